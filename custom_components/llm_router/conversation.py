"""The Assist conversation agent: routes every utterance and streams the answer into the chat log."""

from __future__ import annotations

from typing import Literal

from homeassistant.components import conversation
from homeassistant.const import MATCH_ALL
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .agent import TurnRunner
from .entity import DEVICE_ROUTER, device_info
from .models import LLMRouterConfigEntry
from .router import Route

PARALLEL_UPDATES = 0


async def async_setup_entry(
    hass: HomeAssistant,
    entry: LLMRouterConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the agent."""
    async_add_entities([LLMRouterConversationEntity(entry)])


class LLMRouterConversationEntity(conversation.ConversationEntity):
    """Local first, private always: one agent in front of the local model, Claude and Grok."""

    _attr_has_entity_name = True
    _attr_name = None
    _attr_supports_streaming = True

    def __init__(self, entry: LLMRouterConfigEntry) -> None:
        """Bind the agent to its entry; it controls the home only when some route has an LLM API (tools)."""
        self.entry = entry
        self._attr_unique_id = f"{entry.entry_id}_agent"
        self._attr_device_info = device_info(entry, DEVICE_ROUTER)
        settings = entry.runtime_data.settings
        if any(settings.llm_apis_for(route) for route in Route):
            self._attr_supported_features = (
                conversation.ConversationEntityFeature.CONTROL
            )

    @property
    def supported_languages(self) -> list[str] | Literal["*"]:
        """Every language: the router and the models are multilingual."""
        return MATCH_ALL

    async def async_added_to_hass(self) -> None:
        """Register as a conversation agent and tell the services where to find it."""
        await super().async_added_to_hass()
        self.entry.runtime_data.agent_entity_id = self.entity_id

    async def async_will_remove_from_hass(self) -> None:
        """Forget the agent."""
        self.entry.runtime_data.agent_entity_id = None
        await super().async_will_remove_from_hass()

    async def _async_handle_message(
        self,
        user_input: conversation.ConversationInput,
        chat_log: conversation.ChatLog,
    ) -> conversation.ConversationResult:
        """Route and answer one utterance."""
        runner = TurnRunner(self.hass, self.entry, user_input, chat_log, self.entity_id)
        return await runner.run()
