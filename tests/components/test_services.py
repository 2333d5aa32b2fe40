"""The ask, route and reset_budget services: answers, dry runs, budgets and translated errors."""

from __future__ import annotations

from typing import Any, cast

from homeassistant.const import ATTR_ENTITY_ID, SERVICE_TURN_ON, Platform
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
import pytest

from custom_components.llm_router.const import DOMAIN
from custom_components.llm_router.models import LLMRouterConfigEntry
from tests.helpers import converse, entry_data, record, setup_entry, state_value

ASK_KEYS = {
    "response",
    "route",
    "backend",
    "model",
    "private",
    "reason",
    "input_tokens",
    "output_tokens",
    "cost_usd",
    "latency_ms",
    "conversation_id",
    "escalated_from",
    "escalation_reason",
}
ROUTE_KEYS = {
    "route",
    "backend",
    "model",
    "private",
    "confidence",
    "reason",
    "fallback_chain",
    "origin",
    "policy",
    "tier",
    "tier_reason",
    "concern",
}


async def _call(hass: HomeAssistant, service: str, **data: Any) -> dict[str, Any]:
    response = await hass.services.async_call(
        DOMAIN, service, data, blocking=True, return_response=True
    )
    assert response is not None
    return cast("dict[str, Any]", response)


async def _error(
    hass: HomeAssistant, service: str, **data: Any
) -> ServiceValidationError:
    with pytest.raises(ServiceValidationError) as err:
        await _call(hass, service, **data)
    return err.value


async def _assert_error(
    hass: HomeAssistant,
    service: str,
    key: str,
    placeholders: dict[str, str] | None = None,
    **data: Any,
) -> None:
    error = await _error(hass, service, **data)
    assert (error.translation_domain, error.translation_key) == (DOMAIN, key)
    if placeholders is not None:
        assert error.translation_placeholders == placeholders


# ask


@pytest.mark.usefixtures("init_integration")
async def test_ask_local(hass: HomeAssistant, ollama_emulator: Any) -> None:
    """A forced local turn is answered by the local model and described in full."""
    ollama_emulator.reply("Paris.")
    response = await _call(
        hass, "ask", text="What is the capital of France?", route="local"
    )
    assert set(response) == ASK_KEYS
    assert response["response"] == "Paris."
    assert (response["route"], response["backend"], response["model"]) == (
        "local",
        "local",
        "llama3.2:3b",
    )
    assert response["private"] is False
    assert response["cost_usd"] == 0.0
    assert response["conversation_id"]


@pytest.mark.usefixtures("init_integration")
async def test_ask_reasoning(hass: HomeAssistant, anthropic_emulator: Any) -> None:
    """A forced reasoning turn goes to Claude, is billed and counted by the sensors."""
    anthropic_emulator.reply(
        "Here is your automation.", input_tokens=1000, output_tokens=200
    )
    response = await _call(
        hass,
        "ask",
        text="Write an automation that turns on the porch light at sunset",
        route="reasoning",
    )
    assert (response["route"], response["backend"], response["model"]) == (
        "reasoning",
        "claude",
        "claude-sonnet-4-6",
    )
    assert response["response"] == "Here is your automation."
    assert response["cost_usd"] > 0
    await hass.async_block_till_done()
    assert state_value(hass, "sensor.hybrid_llm_router_reasoning_requests") == "1"
    assert float(state_value(hass, "sensor.claude_spend_today")) == pytest.approx(
        response["cost_usd"]
    )


@pytest.mark.usefixtures("init_local_only")
async def test_ask_errors(hass: HomeAssistant) -> None:
    """Empty text, an unknown route and a route without a backend are refused before anything is sent."""
    await _assert_error(hass, "ask", "empty_text", text="   ")
    await _assert_error(
        hass,
        "ask",
        "invalid_route",
        {"route": "moon", "routes": "local, reasoning, search"},
        text="hello",
        route="moon",
    )
    await _assert_error(
        hass,
        "ask",
        "route_not_configured",
        {"route": "reasoning"},
        text="hello",
        route="reasoning",
    )


async def test_ask_before_the_agent_exists(
    hass: HomeAssistant, init_local_only: LLMRouterConfigEntry
) -> None:
    """Between setup and the agent entity being added, ask says so instead of failing oddly."""
    init_local_only.runtime_data.agent_entity_id = None
    with pytest.raises(HomeAssistantError) as err:
        await hass.services.async_call(
            DOMAIN, "ask", {"text": "hello"}, blocking=True, return_response=True
        )
    assert err.value.translation_key == "agent_not_ready"


# route


@pytest.mark.usefixtures("init_integration")
async def test_route_dry_run(
    hass: HomeAssistant,
    ollama_emulator: Any,
    anthropic_emulator: Any,
    xai_emulator: Any,
) -> None:
    """The decision is described and nothing is sent to any backend."""
    sent_before = [
        len(e.chat_requests)
        for e in (ollama_emulator, anthropic_emulator, xai_emulator)
    ]
    response = await _call(hass, "route", text="Turn off the kitchen light")
    assert set(response) == ROUTE_KEYS
    assert (response["route"], response["backend"], response["model"]) == (
        "local",
        "local",
        "llama3.2:3b",
    )
    assert isinstance(response["fallback_chain"], list)
    assert 0 <= response["confidence"] <= 1
    assert [
        len(e.chat_requests)
        for e in (ollama_emulator, anthropic_emulator, xai_emulator)
    ] == sent_before


@pytest.mark.usefixtures("init_integration")
async def test_route_private_and_local_only(hass: HomeAssistant) -> None:
    """Private texts stay local; with local-only on, everything does."""
    response = await _call(
        hass, "route", text="My bank password is hunter2, remember it"
    )
    assert (response["route"], response["private"]) == ("local", True)

    await hass.services.async_call(
        Platform.SWITCH,
        SERVICE_TURN_ON,
        {ATTR_ENTITY_ID: "switch.hybrid_llm_router_local_only"},
        blocking=True,
    )
    text = "Search the web for today's news about electricity tariffs and write a detailed analysis"
    response = await _call(hass, "route", text=text)
    assert response["route"] == "local"


@pytest.mark.usefixtures("init_integration")
async def test_route_history_from_conversation(
    hass: HomeAssistant, xai_emulator: Any
) -> None:
    """Without history, the remembered turns of conversation_id are used, as given history would be."""
    question = "Who won the football match yesterday?"
    xai_emulator.reply("The home team won 2 to 1.")
    await converse(hass, question, "abc")
    remembered = await _call(
        hass, "route", text="and the day before?", conversation_id="abc"
    )
    given = await _call(
        hass,
        "route",
        text="and the day before?",
        history=[{"role": "user", "text": question, "route": "search"}],
    )
    assert remembered == given
    assert remembered["route"] == "search"


@pytest.mark.usefixtures("init_integration")
async def test_route_errors(hass: HomeAssistant) -> None:
    """Empty text and an unknown route in the history are refused."""
    await _assert_error(hass, "route", "empty_text", text="")
    await _assert_error(
        hass,
        "route",
        "invalid_route",
        text="and tomorrow?",
        history=[{"role": "user", "text": "weather in Rome", "route": "moon"}],
    )


# reset_budget


async def test_reset_budget(
    hass: HomeAssistant, init_integration: LLMRouterConfigEntry
) -> None:
    """Resetting one budget frees its cap; spend this month still shows what was spent."""
    record(hass, init_integration, cost_usd=9.0)
    record(hass, init_integration, backend="grok", route="search", cost_usd=1.0)
    await hass.async_block_till_done()
    assert float(state_value(hass, "sensor.claude_budget_remaining")) == pytest.approx(
        1.0
    )

    assert await _call(hass, "reset_budget", backend="claude") == {"reset": ["claude"]}
    await hass.async_block_till_done()
    assert float(state_value(hass, "sensor.claude_budget_remaining")) == pytest.approx(
        10.0
    )
    assert float(state_value(hass, "sensor.grok_budget_remaining")) == pytest.approx(
        4.0
    )
    assert float(state_value(hass, "sensor.claude_spend_this_month")) == pytest.approx(
        9.0
    )

    assert await _call(hass, "reset_budget") == {"reset": ["claude", "grok", "total"]}
    await hass.async_block_till_done()
    assert float(state_value(hass, "sensor.grok_budget_remaining")) == pytest.approx(
        5.0
    )
    assert float(
        state_value(hass, "sensor.hybrid_llm_router_budget_remaining")
    ) == pytest.approx(15.0)


@pytest.mark.usefixtures("init_local_only")
async def test_reset_budget_errors(hass: HomeAssistant) -> None:
    """An unknown budget and a backend that is not configured are refused."""
    await _assert_error(
        hass,
        "reset_budget",
        "invalid_backend",
        {"backend": "openai", "backends": "claude, grok, total"},
        backend="openai",
    )
    await _assert_error(
        hass,
        "reset_budget",
        "backend_not_configured",
        {"backend": "grok"},
        backend="grok",
    )


# choosing the entry


async def test_entry_selection(hass: HomeAssistant, ollama_emulator: Any) -> None:
    """One loaded entry is the default; with two, config_entry_id is needed; unknown ids are refused."""
    first = await setup_entry(hass, entry_data(ollama_emulator.url), unique_id="first")
    assert await _call(hass, "reset_budget") == {"reset": ["claude", "grok", "total"]}

    await setup_entry(hass, entry_data(ollama_emulator.url), unique_id="second")
    await _assert_error(hass, "reset_budget", "entry_required")
    response = await _call(
        hass, "route", text="hello there", config_entry_id=first.entry_id
    )
    assert response is not None and response["route"] == "local"

    error = await _error(hass, "reset_budget", config_entry_id="no-such-entry")
    assert error.translation_key == "service_config_entry_not_found"


async def test_no_loaded_entry(
    hass: HomeAssistant, init_local_only: LLMRouterConfigEntry
) -> None:
    """After the only entry is unloaded the services say so."""
    assert await hass.config_entries.async_unload(init_local_only.entry_id)
    await _assert_error(hass, "route", "no_loaded_entry", text="hello")
