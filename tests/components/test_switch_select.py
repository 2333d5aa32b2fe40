"""The local-only switch and the routing-mode select: consistent with each other, restored on restart."""

from __future__ import annotations

from typing import Any

from homeassistant.components.select import (
    ATTR_OPTION,
    ATTR_OPTIONS,
    DOMAIN as SELECT_DOMAIN,
    SERVICE_SELECT_OPTION,
)
from homeassistant.const import (
    ATTR_ENTITY_ID,
    SERVICE_TURN_OFF,
    SERVICE_TURN_ON,
    STATE_OFF,
    STATE_ON,
    Platform,
)
from homeassistant.core import HomeAssistant, State
from pytest_homeassistant_custom_component.common import mock_restore_cache

from custom_components.llm_router.models import LLMRouterConfigEntry
from tests.helpers import entry_data, setup_entry, state_value

SWITCH = "switch.hybrid_llm_router_local_only"
SELECT = "select.hybrid_llm_router_routing_mode"


async def _switch(hass: HomeAssistant, service: str) -> None:
    await hass.services.async_call(
        Platform.SWITCH, service, {ATTR_ENTITY_ID: SWITCH}, blocking=True
    )


async def _select(hass: HomeAssistant, option: str) -> None:
    await hass.services.async_call(
        SELECT_DOMAIN,
        SERVICE_SELECT_OPTION,
        {ATTR_ENTITY_ID: SELECT, ATTR_OPTION: option},
        blocking=True,
    )


def _assert_mode(hass: HomeAssistant, entry: LLMRouterConfigEntry, mode: str) -> None:
    runtime = entry.runtime_data
    assert runtime.routing_mode == mode
    assert runtime.local_only is (mode == "local_only")
    assert state_value(hass, SELECT) == mode
    assert state_value(hass, SWITCH) == (
        STATE_ON if mode == "local_only" else STATE_OFF
    )


async def test_defaults(
    hass: HomeAssistant, init_integration: LLMRouterConfigEntry
) -> None:
    """The router decides by default; the select offers the four modes."""
    _assert_mode(hass, init_integration, "auto")
    state = hass.states.get(SELECT)
    assert state and state.attributes[ATTR_OPTIONS] == [
        "auto",
        "local_only",
        "reasoning",
        "search",
    ]


async def test_switch_and_select_stay_consistent(
    hass: HomeAssistant, init_integration: LLMRouterConfigEntry
) -> None:
    """The switch sets the mode to local_only and back to auto; a cloud mode turns the switch off."""
    await _switch(hass, SERVICE_TURN_ON)
    _assert_mode(hass, init_integration, "local_only")
    await _select(hass, "reasoning")
    _assert_mode(hass, init_integration, "reasoning")
    await _select(hass, "local_only")
    _assert_mode(hass, init_integration, "local_only")
    await _switch(hass, SERVICE_TURN_OFF)
    _assert_mode(hass, init_integration, "auto")
    await _select(hass, "search")
    _assert_mode(hass, init_integration, "search")


async def _setup_with_restored(
    hass: HomeAssistant, data: dict[str, Any], *states: State
) -> LLMRouterConfigEntry:
    mock_restore_cache(hass, states)
    return await setup_entry(hass, data)


async def test_local_only_restored(hass: HomeAssistant, ollama_emulator: Any) -> None:
    """Local-only stays on across a restart."""
    entry = await _setup_with_restored(
        hass,
        entry_data(ollama_emulator.url),
        State(SWITCH, STATE_ON),
        State(SELECT, "local_only"),
    )
    _assert_mode(hass, entry, "local_only")


async def test_routing_mode_restored(
    hass: HomeAssistant, ollama_emulator: Any, anthropic_emulator: Any
) -> None:
    """A selected cloud mode is restored too."""
    entry = await _setup_with_restored(
        hass,
        entry_data(ollama_emulator.url, anthropic_emulator.url),
        State(SWITCH, STATE_OFF),
        State(SELECT, "reasoning"),
    )
    _assert_mode(hass, entry, "reasoning")


async def test_cloud_modes_need_their_backend(
    hass: HomeAssistant, ollama_emulator: Any
) -> None:
    """Without Claude and Grok only auto and local_only are offered; a restored cloud mode is dropped."""
    entry = await _setup_with_restored(
        hass, entry_data(ollama_emulator.url), State(SELECT, "reasoning")
    )
    _assert_mode(hass, entry, "auto")
    state = hass.states.get(SELECT)
    assert state and state.attributes[ATTR_OPTIONS] == ["auto", "local_only"]
