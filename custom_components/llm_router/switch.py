"""The local-only (privacy / guest) switch, and the escalation switch (check local answers, escalate failing ones)."""

from __future__ import annotations

from typing import Any

from homeassistant.components.switch import SwitchEntity
from homeassistant.const import STATE_OFF, STATE_ON, EntityCategory
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from homeassistant.helpers.restore_state import RestoreEntity

from .const import ROUTING_MODE_AUTO, ROUTING_MODE_LOCAL_ONLY
from .entity import DEVICE_ROUTER, LLMRouterEntity, ModeEntity
from .models import LLMRouterConfigEntry

PARALLEL_UPDATES = 0


async def async_setup_entry(
    hass: HomeAssistant,
    entry: LLMRouterConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the local-only and escalation switches."""
    async_add_entities([LocalOnlySwitch(entry, "local_only"), EscalationSwitch(entry)])


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


class EscalationSwitch(LLMRouterEntity, SwitchEntity, RestoreEntity):
    """On (default): a local answer that fails its check is not spoken; a better route answers instead."""

    _attr_should_poll = False
    _attr_entity_category = EntityCategory.CONFIG
    _attr_translation_key = "escalation"

    def __init__(self, entry: LLMRouterConfigEntry) -> None:
        """Attach to the router device."""
        super().__init__(entry, DEVICE_ROUTER, "escalation")

    async def async_added_to_hass(self) -> None:
        """Stay off when it was off before the restart."""
        await super().async_added_to_hass()
        last_state = await self.async_get_last_state()
        if last_state is not None and last_state.state == STATE_OFF:
            self.runtime.escalation = False

    @property
    def is_on(self) -> bool:
        """Whether local answers are checked and escalated."""
        return self.runtime.escalation

    async def async_turn_on(self, **kwargs: Any) -> None:
        """Check local answers again."""
        self.runtime.escalation = True
        self.async_write_ha_state()

    async def async_turn_off(self, **kwargs: Any) -> None:
        """Speak every local answer as it comes."""
        self.runtime.escalation = False
        self.async_write_ha_state()
