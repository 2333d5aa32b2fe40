"""The integration installed in a real Home Assistant, driven over its HTTP API against the emulators."""

from __future__ import annotations

import pytest

from tests.components.test_services import (
    ASK_KEYS,
)  # the response fields the unit tests also check
from tests.e2e.harness import KITCHEN_LIGHT, Stack
from tests.emulators.core import Emulator

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(180)]

LOCAL_TEXT = "Tell me a joke."
REASONING_TEXT = "Write a JavaScript debounce function for a button click handler and explain how it works."
SEARCH_TEXT = "Look up reviews for the Bosch Serie 6 dishwasher."
PRIVATE_TEXT = "What is the wifi password?"


def _speech(result: dict[str, object]) -> str:
    response = result["response"]
    assert isinstance(response, dict)
    speech: str = response["speech"]["plain"]["speech"]
    return speech


def _received_text(emulator: Emulator, text: str) -> bool:
    """Whether any request the emulator recorded carried the text."""
    return any(text in str(request.json) for request in emulator.requests)


def test_setup_by_config_flow(stack: Stack) -> None:
    entries = stack.client.request(
        "GET", "/api/config/config_entries/entry", params={"domain": "llm_router"}
    )
    assert [entry["state"] for entry in entries] == ["loaded"]
    assert stack.entry.agent_id.startswith("conversation.")
    for key in (
        "spend_total_claude",
        "spend_total_grok",
        "spend_total_total",
    ):
        assert stack.client.state(stack.entity(key))["state"] not in (
            "unavailable",
            "unknown",
        )
    assert [line for line in stack.process.error_lines() if "llm_router" in line] == []


@pytest.mark.parametrize(
    ("text", "route", "target"),
    [
        (LOCAL_TEXT, "local", "ollama"),
        (REASONING_TEXT, "reasoning", "anthropic"),
        (SEARCH_TEXT, "search", "xai"),
    ],
)
def test_turn_reaches_only_its_backend(
    stack: Stack, text: str, route: str, target: str
) -> None:
    emulators = stack.emulators
    answer = f"Scripted {route} answer."
    decision = stack.client.call_service("llm_router", "route", {"text": text})
    assert decision["route"] == route
    emulators.script_reply(getattr(emulators, target), answer)

    result = stack.client.converse(text, agent_id=stack.entry.agent_id)

    assert _speech(result) == answer
    assert result["conversation_id"]
    for emulator in emulators.all:
        reached = emulator is getattr(emulators, target)
        assert len(emulator.chat_requests) == int(reached), emulators.chat_counts()
        assert _received_text(emulator, text) is reached
    assert stack.client.state(stack.entity("last_route"))["state"] == route


def test_private_turn_with_local_down_stays_home(stack: Stack) -> None:
    emulators = stack.emulators
    assert (
        stack.client.call_service("llm_router", "route", {"text": PRIVATE_TEXT})[
            "private"
        ]
        is True
    )
    emulators.loop.stop(emulators.ollama)
    try:
        result = stack.client.converse(PRIVATE_TEXT, agent_id=stack.entry.agent_id)
    finally:
        emulators.loop.start(emulators.ollama)  # same port again
        stack.client.reload_entry(stack.entry.entry_id)  # forget that local was down

    assert "did not send it to the cloud" in _speech(result)
    for emulator in (emulators.anthropic, emulators.xai):
        assert emulator.chat_requests == []
        assert not _received_text(emulator, PRIVATE_TEXT)


def test_route_service_is_a_dry_run(stack: Stack) -> None:
    decision = stack.client.call_service("llm_router", "route", {"text": SEARCH_TEXT})

    assert decision["route"] == "search"
    assert decision["backend"] == "grok"
    assert decision["model"] == "grok-4-1-fast-non-reasoning"
    assert decision["private"] is False
    assert decision["reason"]
    assert {"confidence", "fallback_chain"} <= decision.keys()
    assert all(emulator.requests == [] for emulator in stack.emulators.all)


def test_ask_service_describes_the_turn(stack: Stack) -> None:
    stack.emulators.script_reply(
        stack.emulators.ollama, "Local answer.", input_tokens=150, output_tokens=12
    )

    reply = stack.client.call_service(
        "llm_router", "ask", {"text": LOCAL_TEXT, "route": "local"}
    )

    assert reply.keys() >= ASK_KEYS
    assert reply["response"] == "Local answer."
    assert (reply["route"], reply["backend"], reply["model"]) == (
        "local",
        "local",
        "llama3.2:3b",
    )
    assert (reply["input_tokens"], reply["output_tokens"]) == (150, 12)
    assert reply["cost_usd"] == 0
    assert reply["private"] is False
    assert reply["conversation_id"]
    assert stack.emulators.chat_counts() == {
        "OllamaEmulator": 1,
        "AnthropicEmulator": 0,
        "XaiEmulator": 0,
    }


def test_ai_task_returns_structured_data(stack: Stack) -> None:
    """ai_task.generate_data on the router's AI Task entity: routed local, JSON of the asked shape."""
    stack.emulators.script_reply(
        stack.emulators.ollama, '{"summary": "All quiet", "lights_on": 2}'
    )

    reply = stack.client.call_service(
        "ai_task",
        "generate_data",
        {
            "task_name": "e2e",
            "entity_id": stack.entity("ai_task"),
            "instructions": "How many lights are on?",
            "structure": {
                "summary": {"selector": {"text": None}, "required": True},
                "lights_on": {"selector": {"number": None}},
            },
        },
    )

    assert reply["data"] == {"summary": "All quiet", "lights_on": 2}
    assert stack.emulators.chat_counts()["OllamaEmulator"] == 1
    sent = stack.emulators.ollama.chat_requests[-1].json
    assert sent["format"]["required"] == ["summary"]


def test_device_command_needs_no_model(stack: Stack) -> None:
    result = stack.client.converse(
        "turn on the kitchen light", agent_id=stack.entry.agent_id
    )

    assert result["response"]["response_type"] == "action_done"
    stack.client.wait_state(KITCHEN_LIGHT, "on")
    assert all(emulator.chat_requests == [] for emulator in stack.emulators.all)


def test_spend_sensors_move_and_survive_a_restart(stack: Stack) -> None:
    before = {
        key: stack.number(key)
        for key in ("spend_total_claude", "spend_total_total", "spend_month_claude")
    }
    stack.emulators.script_reply(
        stack.emulators.anthropic,
        "Reasoned answer.",
        input_tokens=2000,
        output_tokens=500,
    )

    reply = stack.client.call_service("llm_router", "ask", {"text": REASONING_TEXT})

    assert (reply["route"], reply["backend"]) == ("reasoning", "claude")
    assert reply["cost_usd"] > 0
    after = {key: stack.number(key) for key in before}
    for key, value in after.items():
        assert value == pytest.approx(before[key] + reply["cost_usd"], abs=1e-6), key

    stack.process.stop()
    stack.process.start()
    stack.client.wait_running()

    assert {key: stack.number(key) for key in before} == pytest.approx(after, abs=1e-9)
