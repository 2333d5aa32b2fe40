"""The routing mode: let the router decide, keep everything local, or prefer one cloud route."""

from __future__ import annotations

from homeassistant.components.select import SelectEntity
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from homeassistant.helpers.restore_state import RestoreEntity

from .entity import ROUTING_MODES, ModeEntity
from .models import ROUTING_MODE_ROUTES, LLMRouterConfigEntry

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

    def __init__(self, entry: LLMRouterConfigEntry, key: str) -> None:
        """Offer the cloud modes of the configured cloud backends only."""
        super().__init__(entry, key)
        runtime = entry.runtime_data
        self._attr_options = [
            mode
            for mode in ROUTING_MODES
            if mode not in ROUTING_MODE_ROUTES
            or runtime.backend_for(ROUTING_MODE_ROUTES[mode]) is not None
        ]

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
