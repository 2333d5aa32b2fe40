"""Thinking models and slow or stalled streams, as a user of the agent notices them."""

from __future__ import annotations

import json
from typing import Any

from homeassistant.core import HomeAssistant
from pytest_homeassistant_custom_component.common import async_capture_events

from custom_components.llm_router.agent import EVENT_REQUEST
from custom_components.llm_router.const import (
    CONF_ANSWER_TIMEOUT,
    CONF_FIRST_TOKEN_TIMEOUT,
    CONF_IDLE_TIMEOUT,
    CONF_LOCAL_THINK,
)
from tests.emulators.core import THINKING_MARK
from tests.emulators.ollama import THINKING_MODEL, OllamaEmulator
from tests.helpers import converse, entry_data, setup_entry, speech, state_value


async def _thinking_entry(
    hass: HomeAssistant,
    emulator: OllamaEmulator,
    thinking_tokens: int = 0,
    **options: Any,
) -> None:
    """An entry whose local model is the emulator's thinking model, thinking at 50 tokens/s when it may."""
    emulator.token_interval = 0.02
    emulator.thinking_tokens = thinking_tokens
    data = entry_data(emulator.url)
    data["local_hosts"][0]["model"] = THINKING_MODEL
    await setup_entry(hass, data, options)


LOCAL_SENSOR = "binary_sensor.local_models_connectivity"


async def test_thinking_model_is_told_not_to_think_by_default(
    hass: HomeAssistant, ollama_emulator: OllamaEmulator
) -> None:
    await _thinking_entry(hass, ollama_emulator, 15)
    ollama_emulator.reply("Why did the light blush? It saw the switch.")
    result = await converse(hass, "tell me a joke")
    assert speech(result) == "Why did the light blush? It saw the switch."
    assert ollama_emulator.chat_requests[-1].json["think"] is False


async def test_thinking_longer_than_the_first_token_timeout_is_answered(
    hass: HomeAssistant, ollama_emulator: OllamaEmulator
) -> None:
    """Allowed to think, the model thinks past the first-token timeout: it is answering, not down."""
    await _thinking_entry(
        hass,
        ollama_emulator,
        15,
        **{CONF_LOCAL_THINK: True, CONF_FIRST_TOKEN_TIMEOUT: 0.1},
    )
    events = async_capture_events(hass, EVENT_REQUEST)
    ollama_emulator.reply("Seventeen times twenty-three is 391.")
    result = await converse(hass, "tell me a joke")
    assert speech(result) == "Seventeen times twenty-three is 391."
    assert "think" not in ollama_emulator.chat_requests[-1].json
    assert state_value(hass, LOCAL_SENSOR) == "on"
    # The thinking is neither spoken nor kept: the next turn's history has none of it.
    ollama_emulator.reply("You're welcome.")
    await converse(hass, "thanks", result.conversation_id)
    history = json.dumps(ollama_emulator.chat_requests[-1].json["messages"])
    assert "391" in history
    assert THINKING_MARK not in history
    assert THINKING_MARK not in json.dumps([event.data for event in events])


async def test_a_stall_mid_answer_ends_with_an_apology(
    hass: HomeAssistant, ollama_emulator: OllamaEmulator
) -> None:
    await setup_entry(hass, entry_data(ollama_emulator.url), {CONF_IDLE_TIMEOUT: 0.1})
    # Long enough that the first two pieces are spoken (past the hold of the answer check).
    ollama_emulator.stall_mid_stream(
        after_deltas=2,
        seconds=3,
        text="Once upon a time a little lamp wanted to shine brighter than all the stars, and every single night it tried a little harder than before.",
    )
    result = await converse(hass, "tell me a joke")
    assert speech(result).startswith("Once upon")
    assert "lost the connection" in speech(result)
    assert "harder than before" not in speech(result)
    assert state_value(hass, LOCAL_SENSOR) == "on"


async def test_endless_thinking_ends_at_the_answer_limit_without_marking_local_down(
    hass: HomeAssistant, ollama_emulator: OllamaEmulator
) -> None:
    await _thinking_entry(
        hass,
        ollama_emulator,
        100,
        **{CONF_LOCAL_THINK: True, CONF_ANSWER_TIMEOUT: 0.3},
    )
    result = await converse(hass, "tell me a joke")
    assert "took too long" in speech(result)
    assert THINKING_MARK not in speech(result)
    assert state_value(hass, LOCAL_SENSOR) == "on"
