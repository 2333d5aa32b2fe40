"""Connectivity binary sensors of the local hosts, Claude and Grok, from the health checks."""

from __future__ import annotations

from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.components.binary_sensor.const import BinarySensorDeviceClass
from homeassistant.const import ATTR_DEVICE_CLASS, STATE_OFF, STATE_ON, EntityCategory
from homeassistant.core import HomeAssistant
from homeassistant.helpers import entity_registry as er
import pytest
from pytest_homeassistant_custom_component.common import async_fire_time_changed

from custom_components.llm_router.coordinator import CHECK_INTERVAL
from tests.helpers import state_value

CLAUDE = "binary_sensor.claude_connectivity"
GROK = "binary_sensor.grok_connectivity"


# The first local server's sensor has a stable id whatever its URL (the README's dashboard uses it).
LOCAL = "binary_sensor.local_models_connectivity"


async def _next_checks(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, times: int = 1
) -> None:
    """Let the health coordinator run `times` more periodic refreshes."""
    for _ in range(times):
        freezer.tick(CHECK_INTERVAL)
        async_fire_time_changed(hass)
        await hass.async_block_till_done(wait_background_tasks=True)


@pytest.mark.usefixtures("init_integration")
async def test_all_up(
    hass: HomeAssistant,
    entity_registry: er.EntityRegistry,
) -> None:
    """Every backend answers: all on, diagnostic connectivity sensors with model details."""
    local = LOCAL
    for entity_id in (local, CLAUDE, GROK):
        state = hass.states.get(entity_id)
        assert state is not None, entity_id
        assert state.state == STATE_ON
        assert (
            state.attributes[ATTR_DEVICE_CLASS] == BinarySensorDeviceClass.CONNECTIVITY
        )
        assert state.attributes["model_present"] is True
        registered = entity_registry.async_get(entity_id)
        assert registered and registered.entity_category is EntityCategory.DIAGNOSTIC
    local_state = hass.states.get(local)
    assert local_state and "model_loaded" in local_state.attributes


@pytest.mark.usefixtures("init_integration")
async def test_cloud_backend_goes_down_and_comes_back(
    hass: HomeAssistant,
    anthropic_emulator: Any,
    freezer: FrozenDateTimeFactory,
) -> None:
    """Claude stops answering: off with a detail, Grok unaffected; on again once it is back."""
    await anthropic_emulator.stop()
    await _next_checks(hass, freezer)
    state = hass.states.get(CLAUDE)
    assert state and state.state == STATE_OFF
    assert state.attributes["detail"]
    assert state_value(hass, GROK) == STATE_ON

    await anthropic_emulator.start()
    await _next_checks(
        hass, freezer, times=3
    )  # the check backs off while the backend is down
    assert state_value(hass, CLAUDE) == STATE_ON


@pytest.mark.usefixtures("init_integration")
async def test_local_model_missing(
    hass: HomeAssistant,
    ollama_emulator: Any,
    freezer: FrozenDateTimeFactory,
) -> None:
    """The host answers but the model was removed: off, model_present false."""
    ollama_emulator.models = []
    await _next_checks(hass, freezer)
    state = hass.states.get(LOCAL)
    assert state and state.state == STATE_OFF
    assert state.attributes["model_present"] is False
    assert "llama3.2:3b" in state.attributes["detail"]


@pytest.mark.usefixtures("init_local_only")
async def test_no_cloud_sensors_without_cloud(hass: HomeAssistant) -> None:
    """Only the local host has a connectivity sensor when no cloud backend is configured."""
    assert hass.states.get(LOCAL) is not None
    assert hass.states.get(CLAUDE) is None
    assert hass.states.get(GROK) is None
