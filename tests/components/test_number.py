"""Budget caps: defaults, changes reaching the ledger, persistence."""

from __future__ import annotations

from homeassistant.components.number.const import (
    ATTR_MAX,
    ATTR_MIN,
    ATTR_STEP,
    ATTR_VALUE,
    DOMAIN as NUMBER_DOMAIN,
    SERVICE_SET_VALUE,
    NumberMode,
)
from homeassistant.const import (
    ATTR_ENTITY_ID,
    ATTR_MODE,
    ATTR_UNIT_OF_MEASUREMENT,
    EntityCategory,
)
from homeassistant.core import HomeAssistant
from homeassistant.helpers import entity_registry as er
import pytest

from custom_components.llm_router.models import LLMRouterConfigEntry
from tests.helpers import record, reload_entry, state_value

CAPS = {
    "number.claude_monthly_budget": ("claude", 10.0),
    "number.grok_monthly_budget": ("grok", 5.0),
    "number.hybrid_llm_router_monthly_budget": ("total", 15.0),
}


async def _set(hass: HomeAssistant, entity_id: str, value: float) -> None:
    await hass.services.async_call(
        NUMBER_DOMAIN,
        SERVICE_SET_VALUE,
        {ATTR_ENTITY_ID: entity_id, ATTR_VALUE: value},
        blocking=True,
    )


async def test_default_caps(
    hass: HomeAssistant,
    init_integration: LLMRouterConfigEntry,
    entity_registry: er.EntityRegistry,
) -> None:
    """A new ledger gets claude 10, grok 5 and total 15 USD, and the ledger enforces them."""
    ledger = init_integration.runtime_data.ledger.ledger
    for entity_id, (scope, default) in CAPS.items():
        state = hass.states.get(entity_id)
        assert state is not None
        assert float(state.state) == default
        assert ledger.cap(scope) == default
        assert state.attributes[ATTR_MIN] == 0
        assert state.attributes[ATTR_MAX] == 1000
        assert state.attributes[ATTR_STEP] == 0.5
        assert state.attributes[ATTR_MODE] == NumberMode.BOX
        assert state.attributes[ATTR_UNIT_OF_MEASUREMENT] == "USD"
        registered = entity_registry.async_get(entity_id)
        assert registered and registered.entity_category is EntityCategory.CONFIG


async def test_setting_a_cap(
    hass: HomeAssistant, init_integration: LLMRouterConfigEntry
) -> None:
    """A new cap reaches the ledger, and the budget left follows it."""
    record(hass, init_integration, cost_usd=0.25)
    await _set(hass, "number.claude_monthly_budget", 1.5)
    await hass.async_block_till_done()
    assert init_integration.runtime_data.ledger.ledger.cap("claude") == 1.5
    assert float(state_value(hass, "number.claude_monthly_budget")) == 1.5
    assert float(state_value(hass, "sensor.claude_budget_remaining")) == pytest.approx(
        1.25
    )


async def test_caps_survive_reload(
    hass: HomeAssistant, init_integration: LLMRouterConfigEntry
) -> None:
    """The ledger persists caps; after a reload the numbers show them, not the defaults."""
    await _set(hass, "number.grok_monthly_budget", 42.5)
    await _set(hass, "number.hybrid_llm_router_monthly_budget", 0)
    await reload_entry(hass, init_integration)
    assert float(state_value(hass, "number.grok_monthly_budget")) == 42.5
    assert float(state_value(hass, "number.hybrid_llm_router_monthly_budget")) == 0.0
    assert init_integration.runtime_data.ledger.ledger.cap("total") == 0.0


@pytest.mark.usefixtures("init_local_only")
async def test_only_configured_backends_have_caps(hass: HomeAssistant) -> None:
    """Without cloud backends only the total cap exists."""
    assert hass.states.get("number.hybrid_llm_router_monthly_budget") is not None
    assert hass.states.get("number.claude_monthly_budget") is None
    assert hass.states.get("number.grok_monthly_budget") is None
