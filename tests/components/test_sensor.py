"""Ledger sensors: spend, savings, tokens, requests, last route and latency."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.components.sensor import (
    ATTR_OPTIONS,
    ATTR_STATE_CLASS,
    SensorDeviceClass,
    SensorStateClass,
)
from homeassistant.const import (
    ATTR_DEVICE_CLASS,
    ATTR_UNIT_OF_MEASUREMENT,
    STATE_UNKNOWN,
)
from homeassistant.core import HomeAssistant
from homeassistant.helpers import device_registry as dr, entity_registry as er
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import (
    async_capture_events,
    async_fire_time_changed,
)

from custom_components.llm_router.ledger_store import EVENT_BUDGET_THRESHOLD
from custom_components.llm_router.models import LLMRouterConfigEntry
from tests.helpers import (
    TITLE,
    entry_data,
    record,
    reload_entry,
    setup_entry,
    state_value,
)

ROUTER = "sensor.hybrid_llm_router"
TOKEN_SENSORS = tuple(
    f"sensor.{device}_{direction}_tokens"
    for device in ("local_models", "claude", "grok")
    for direction in ("input", "output")
)


def _float(hass: HomeAssistant, entity_id: str) -> float:
    return float(state_value(hass, entity_id))


def _bill_three(hass: HomeAssistant, entry: LLMRouterConfigEntry) -> None:
    """A Claude, a Grok and a local request; all-cloud cost 0.02 + 0.01 + 0.01."""
    record(
        hass,
        entry,
        backend="claude",
        route="reasoning",
        cost_usd=0.02,
        input_tokens=1000,
        output_tokens=200,
        latency_ms=1200,
        model="claude-sonnet-4-6",
    )
    record(
        hass,
        entry,
        backend="grok",
        route="search",
        cost_usd=0.005,
        all_cloud_cost_usd=0.01,
        input_tokens=500,
        output_tokens=50,
        latency_ms=800,
    )
    record(
        hass,
        entry,
        backend="local",
        route="local",
        cost_usd=0.0,
        all_cloud_cost_usd=0.01,
        input_tokens=300,
        output_tokens=30,
        latency_ms=400,
        reason="device control",
        model="llama3.2:3b",
    )


async def test_spend_and_savings(
    hass: HomeAssistant, init_integration: LLMRouterConfigEntry
) -> None:
    """Spend per cloud backend and overall, and what the local route saved."""
    for entity_id in (f"{ROUTER}_spend_today", "sensor.claude_spend_this_month"):
        assert _float(hass, entity_id) == 0.0
    _bill_three(hass, init_integration)
    await hass.async_block_till_done()

    for period in ("today", "this_month", "total"):
        assert _float(hass, f"sensor.claude_spend_{period}") == pytest.approx(0.02)
        assert _float(hass, f"sensor.grok_spend_{period}") == pytest.approx(0.005)
        assert _float(hass, f"{ROUTER}_spend_{period}") == pytest.approx(0.025)
    assert _float(hass, f"{ROUTER}_savings_this_month") == pytest.approx(0.015)
    assert _float(hass, f"{ROUTER}_savings_total") == pytest.approx(0.015)
    assert _float(hass, "sensor.claude_budget_remaining") == pytest.approx(9.98)
    assert _float(hass, f"{ROUTER}_budget_remaining") == pytest.approx(14.975)


@pytest.mark.usefixtures("init_integration")
async def test_spend_sensor_metadata(hass: HomeAssistant) -> None:
    """Monetary in the home currency with state class total; period sensors carry the start of their period."""
    today = hass.states.get("sensor.claude_spend_today")
    month = hass.states.get(f"{ROUTER}_spend_this_month")
    total = hass.states.get(f"{ROUTER}_spend_total")
    assert today and month and total
    for state in (today, month, total):
        assert state.attributes[ATTR_DEVICE_CLASS] == SensorDeviceClass.MONETARY
        assert state.attributes[ATTR_STATE_CLASS] == SensorStateClass.TOTAL
        assert state.attributes[ATTR_UNIT_OF_MEASUREMENT] == hass.config.currency
    assert today.attributes["last_reset"] == dt_util.start_of_local_day().isoformat()
    month_start = dt_util.start_of_local_day().replace(day=1)
    assert month.attributes["last_reset"] == month_start.isoformat()
    assert "last_reset" not in total.attributes


async def _enable(
    hass: HomeAssistant, entry: LLMRouterConfigEntry, *entity_ids: str
) -> None:
    """Enable entities that are disabled by default, as a user does, and reload the entry."""
    registry = er.async_get(hass)
    for entity_id in entity_ids:
        registry.async_update_entity(entity_id, disabled_by=None)
    await reload_entry(hass, entry)


@pytest.mark.usefixtures("init_integration")
async def test_token_sensors_disabled_by_default(hass: HomeAssistant) -> None:
    """The token counters are registered but disabled; spend, requests and latency are enabled."""
    registry = er.async_get(hass)
    for entity_id in TOKEN_SENSORS:
        registered = registry.async_get(entity_id)
        assert registered, entity_id
        assert registered.disabled_by is er.RegistryEntryDisabler.INTEGRATION
        assert hass.states.get(entity_id) is None
    for entity_id in (
        "sensor.claude_median_latency",
        "sensor.local_models_median_latency",
        f"{ROUTER}_spend_today",
        f"{ROUTER}_local_requests",
    ):
        registered = registry.async_get(entity_id)
        assert registered and registered.disabled_by is None, entity_id


async def test_tokens_requests_latency_last_route(
    hass: HomeAssistant, init_integration: LLMRouterConfigEntry
) -> None:
    """Tokens (once enabled) and median latency per backend, requests per route, the last route."""
    await _enable(hass, init_integration, *TOKEN_SENSORS)
    assert state_value(hass, f"{ROUTER}_last_route") == STATE_UNKNOWN
    assert state_value(hass, "sensor.claude_median_latency") == STATE_UNKNOWN
    _bill_three(hass, init_integration)
    await hass.async_block_till_done()

    assert state_value(hass, "sensor.claude_input_tokens") == "1000"
    assert state_value(hass, "sensor.claude_output_tokens") == "200"
    assert state_value(hass, "sensor.grok_input_tokens") == "500"
    assert state_value(hass, "sensor.local_models_output_tokens") == "30"
    tokens = hass.states.get("sensor.local_models_input_tokens")
    assert (
        tokens
        and tokens.attributes[ATTR_STATE_CLASS] == SensorStateClass.TOTAL_INCREASING
    )
    for route in ("local", "reasoning", "search"):
        assert state_value(hass, f"{ROUTER}_{route}_requests") == "1"
    assert state_value(hass, f"{ROUTER}_built_in_intent_requests") == "0"

    latency = hass.states.get("sensor.claude_median_latency")
    assert latency and latency.state == "1200"
    assert latency.attributes[ATTR_DEVICE_CLASS] == SensorDeviceClass.DURATION
    assert latency.attributes[ATTR_UNIT_OF_MEASUREMENT] == "ms"
    assert latency.attributes[ATTR_STATE_CLASS] == SensorStateClass.MEASUREMENT

    last = hass.states.get(f"{ROUTER}_last_route")
    assert last and last.state == "local"
    assert last.attributes[ATTR_OPTIONS] == ["local", "reasoning", "search", "builtin"]
    assert last.attributes["reason"] == "device control"
    assert last.attributes["backend"] == "local"
    assert last.attributes["model"] == "llama3.2:3b"


async def test_devices_and_unique_ids(
    init_integration: LLMRouterConfigEntry,
    device_registry: dr.DeviceRegistry,
    entity_registry: er.EntityRegistry,
) -> None:
    """One service device per backend plus the router; unique ids are entry id and key."""
    entry_id = init_integration.entry_id
    devices = dr.async_entries_for_config_entry(device_registry, entry_id)
    assert {device.name for device in devices} == {
        TITLE,
        "Local models",
        "Claude",
        "Grok",
    }
    assert all(device.entry_type is dr.DeviceEntryType.SERVICE for device in devices)
    claude = device_registry.async_get_device_by_identifier(
        ("llm_router", f"{entry_id}_claude"), entry_id
    )
    assert (
        claude
        and claude.model == "claude-sonnet-4-6"
        and claude.manufacturer == "Anthropic"
    )
    registered = entity_registry.async_get("sensor.claude_spend_today")
    assert registered and registered.unique_id == f"{entry_id}_spend_today_claude"
    assert registered.device_id == claude.id


@pytest.mark.usefixtures("init_local_only")
async def test_cloud_sensors_only_when_configured(hass: HomeAssistant) -> None:
    """Without Claude and Grok there are no sensors of theirs and no routes to them."""
    assert hass.states.get(f"{ROUTER}_spend_today") is not None
    assert er.async_get(hass).async_get("sensor.local_models_input_tokens") is not None
    assert hass.states.get(f"{ROUTER}_local_requests") is not None
    for entity_id in (
        "sensor.claude_spend_today",
        "sensor.grok_spend_total",
        "sensor.claude_input_tokens",
        f"{ROUTER}_reasoning_requests",
        f"{ROUTER}_search_requests",
    ):
        assert hass.states.get(entity_id) is None
        assert er.async_get(hass).async_get(entity_id) is None


async def test_today_starts_over_at_midnight(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    ollama_emulator: Any,
    anthropic_emulator: Any,
) -> None:
    """At local midnight spend today drops to zero with a new last_reset; the month keeps counting."""
    freezer.move_to(dt_util.now().replace(day=15, hour=23, minute=59, second=0))
    entry = await setup_entry(
        hass, entry_data(ollama_emulator.url, anthropic_emulator.url)
    )
    record(hass, entry, cost_usd=0.5)
    await hass.async_block_till_done()
    assert _float(hass, "sensor.claude_spend_today") == pytest.approx(0.5)

    midnight = dt_util.start_of_local_day(dt_util.now() + timedelta(days=1))
    freezer.move_to(midnight)
    async_fire_time_changed(hass, midnight)
    await hass.async_block_till_done()
    today = hass.states.get("sensor.claude_spend_today")
    assert today and float(today.state) == 0.0
    assert datetime.fromisoformat(today.attributes["last_reset"]) == midnight
    assert _float(hass, "sensor.claude_spend_this_month") == pytest.approx(0.5)


async def test_spend_survives_reload(
    hass: HomeAssistant, init_integration: LLMRouterConfigEntry
) -> None:
    """The ledger is saved on unload and read back: spend sensors keep their values."""
    _bill_three(hass, init_integration)
    await hass.async_block_till_done()
    await reload_entry(hass, init_integration)
    assert _float(hass, "sensor.claude_spend_total") == pytest.approx(0.02)
    assert _float(hass, f"{ROUTER}_spend_this_month") == pytest.approx(0.025)
    assert state_value(hass, f"{ROUTER}_last_route") == "local"


async def test_budget_threshold_events(
    hass: HomeAssistant, init_integration: LLMRouterConfigEntry
) -> None:
    """Crossing 80% and then 100% of the Claude cap (10 USD) fires one event each."""
    events = async_capture_events(hass, EVENT_BUDGET_THRESHOLD)
    record(hass, init_integration, cost_usd=7.0)
    await hass.async_block_till_done()
    assert events == []
    record(hass, init_integration, cost_usd=1.5)
    await hass.async_block_till_done()
    assert [(e.data["scope"], e.data["percent"]) for e in events] == [("claude", 80)]
    record(hass, init_integration, cost_usd=1.5)
    await hass.async_block_till_done()
    crossings: list[tuple[Any, Any]] = [
        (e.data["scope"], e.data["percent"]) for e in events
    ]
    assert crossings == [("claude", 80), ("claude", 100)]
    assert events[-1].data["cap_usd"] == 10.0
    assert _float(hass, "sensor.claude_budget_remaining") == 0.0
