"""The routing mode: let the router decide, keep everything local, or prefer one cloud route."""

from __future__ import annotations

from homeassistant.components.select import SelectEntity
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from homeassistant.helpers.restore_state import RestoreEntity

from .entity import ROUTING_MODES, ModeEntity
from .runtime import LLMRouterConfigEntry

PARALLEL_UPDATES = 0


async def async_setup_entry(
    hass: HomeAssistant,
    entry: LLMRouterConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the routing-mode select."""
    async_add_entities([RoutingModeSelect(entry, "routing_mode")])


class RoutingModeSelect(ModeEntity, SelectEntity, RestoreEntity):
    """auto, local_only, reasoning or search; private utterances stay local in every mode."""

    _attr_options = list(ROUTING_MODES)

    async def async_added_to_hass(self) -> None:
        """Restore the mode selected before the restart."""
        await super().async_added_to_hass()
        last_state = await self.async_get_last_state()
        if last_state is not None and last_state.state in self.options:
            self.set_mode(last_state.state)

    @property
    def current_option(self) -> str:
        """The mode in effect."""
        return self.runtime.routing_mode

    async def async_select_option(self, option: str) -> None:
        """Change the mode."""
        self.set_mode(option)
