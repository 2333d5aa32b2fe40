"""The local-only (privacy / guest) switch: while on, nothing leaves the house."""

from __future__ import annotations

from typing import Any

from homeassistant.components.switch import SwitchEntity
from homeassistant.const import STATE_ON
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from homeassistant.helpers.restore_state import RestoreEntity

from .const import ROUTING_MODE_AUTO, ROUTING_MODE_LOCAL_ONLY
from .entity import ModeEntity
from .models import LLMRouterConfigEntry

PARALLEL_UPDATES = 0


async def async_setup_entry(
    hass: HomeAssistant,
    entry: LLMRouterConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the local-only switch."""
    async_add_entities([LocalOnlySwitch(entry, "local_only")])


class LocalOnlySwitch(ModeEntity, SwitchEntity, RestoreEntity):
    """On: every utterance stays local (same as routing mode local_only)."""

    async def async_added_to_hass(self) -> None:
        """Turn local-only back on when it was on before the restart."""
        await super().async_added_to_hass()
        last_state = await self.async_get_last_state()
        if last_state is not None and last_state.state == STATE_ON:
            self.set_mode(ROUTING_MODE_LOCAL_ONLY)

    @property
    def is_on(self) -> bool:
        """Whether local-only is on."""
        return self.runtime.local_only

    async def async_turn_on(self, **kwargs: Any) -> None:
        """Keep everything local."""
        self.set_mode(ROUTING_MODE_LOCAL_ONLY)

    async def async_turn_off(self, **kwargs: Any) -> None:
        """Let the router decide again."""
        self.set_mode(ROUTING_MODE_AUTO)
