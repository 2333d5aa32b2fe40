"""Conversation paths across turns and failures: mixed intent/cloud turns, failing tool rounds, cut answers."""

from __future__ import annotations

from typing import Any

import aiohttp
from homeassistant.components import conversation
from homeassistant.components.homeassistant.exposed_entities import async_expose_entity
from homeassistant.core import Context, HomeAssistant
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import async_mock_service

from custom_components.llm_router.models import LLMRouterConfigEntry
from tests.helpers import entry_data, setup_entry

AGENT = "conversation.hybrid_llm_router"


@pytest.fixture
async def entry(
    hass: HomeAssistant,
    ollama_emulator: Any,
    anthropic_emulator: Any,
    xai_emulator: Any,
) -> LLMRouterConfigEntry:
    """All three backends, a kitchen light exposed to Assist."""
    assert await async_setup_component(hass, "intent", {})
    hass.states.async_set("light.kitchen", "off", {"friendly_name": "Kitchen light"})
    async_expose_entity(hass, conversation.DOMAIN, "light.kitchen", True)
    async_mock_service(hass, "light", "turn_on")
    return await setup_entry(
        hass, entry_data(ollama_emulator.url, anthropic_emulator.url, xai_emulator.url)
    )


async def _ask(
    hass: HomeAssistant, text: str, conversation_id: str | None = None
) -> conversation.ConversationResult:
    return await conversation.async_converse(
        hass, text, conversation_id, Context(), "en", agent_id=AGENT
    )


def _speech(result: conversation.ConversationResult) -> str:
    return str(result.response.speech["plain"]["speech"])


async def test_intent_turn_then_claude_turn(
    hass: HomeAssistant, entry: LLMRouterConfigEntry, anthropic_emulator: Any
) -> None:
    """Claude gets no orphan tool_result from the intent turn, and sees what that turn answered."""
    first = await _ask(hass, "turn on the kitchen light")
    anthropic_emulator.reply("Here is the script, and how it works.")
    second = await _ask(
        hass,
        "write a python script that renames my photos by date and explain it",
        first.conversation_id,
    )
    assert _speech(second) == "Here is the script, and how it works."
    messages = anthropic_emulator.chat_requests[0].json["messages"]
    assert "tool_result" not in str(messages)
    assert [message["role"] for message in messages] == ["user", "assistant", "user"]
    assert "light" in str(messages[1]["content"]).lower()


async def test_intent_turn_then_grok_turn(
    hass: HomeAssistant, entry: LLMRouterConfigEntry, xai_emulator: Any
) -> None:
    """Grok gets no function_call_output without its call."""
    first = await _ask(hass, "turn on the kitchen light")
    xai_emulator.reply("The crew landed yesterday.")
    second = await _ask(
        hass, "what's the latest news about the Artemis mission", first.conversation_id
    )
    assert _speech(second).startswith("The crew landed yesterday.")
    assert "function_call_output" not in str(xai_emulator.chat_requests[0].json)


async def _post(url: str, headers: dict[str, str], body: dict[str, Any]) -> Any:
    async with (
        aiohttp.ClientSession() as session,
        session.post(url, headers=headers, json=body) as response,
    ):
        return response.status, await response.json()


async def test_anthropic_emulator_rejects_unpaired_tool_blocks(
    anthropic_emulator: Any,
) -> None:
    """As the real API: a tool_result needs its tool_use just before, and roles alternate."""
    headers = {"x-api-key": "sk-ant-test", "anthropic-version": "2023-06-01"}
    url = f"{anthropic_emulator.url}/v1/messages"
    result = {"type": "tool_result", "tool_use_id": "toolu_1", "content": "{}"}
    orphan = {"model": "claude-sonnet-4-6", "max_tokens": 10}
    for messages in (
        [{"role": "user", "content": [result]}],
        [
            {"role": "user", "content": "hi"},
            {
                "role": "assistant",
                "content": [
                    {"type": "tool_use", "id": "toolu_1", "name": "x", "input": {}}
                ],
            },
            {"role": "user", "content": "no result"},
        ],
        [{"role": "user", "content": "a"}, {"role": "user", "content": "b"}],
    ):
        status, body = await _post(url, headers, {**orphan, "messages": messages})
        assert status == 400
        assert body["type"] == "error"
        assert body["error"]["type"] == "invalid_request_error"
        assert body["request_id"].startswith("req_")


async def test_xai_emulator_rejects_call_output_without_call(xai_emulator: Any) -> None:
    """As the real API: a function_call_output must follow its function_call."""
    status, body = await _post(
        f"{xai_emulator.url}/responses",
        {"Authorization": "Bearer xai-test"},
        {
            "model": "grok-4-1-fast-non-reasoning",
            "input": [
                {"role": "user", "content": "hi"},
                {"type": "function_call_output", "call_id": "call_1", "output": "{}"},
            ],
        },
    )
    assert status == 400
    assert body == {
        "code": "Client specified an invalid argument",
        "error": "No tool call found for function call output with call_id call_1.",
    }
