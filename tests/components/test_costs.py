"""What a turn costs: the model tier it used, the local server's electricity, money in the home's currency."""

from __future__ import annotations

from typing import Any

from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.common import async_capture_events

from custom_components.llm_router.agent import EVENT_REQUEST
from custom_components.llm_router.const import DOMAIN
from custom_components.llm_router.entry_options import parse_settings
from custom_components.llm_router.ledger import Period
from custom_components.llm_router.models import LLMRouterConfigEntry
from custom_components.llm_router.money import local_energy_cost, usd_rate
from tests.helpers import converse, entry_data, setup_entry

ROUTER = "sensor.hybrid_llm_router"
PRICE_SENSOR = "sensor.electricity_price"
RATE_SENSOR = "sensor.usd_in_eur"
SIMPLE = "What is the difference between a heat pump and a boiler?"
HARD = "Think hard: what is the difference between a heat pump and a boiler?"
TO_CLAUDE = "- regex: 'boiler'\n  route: reasoning\n"


async def _entry(
    hass: HomeAssistant, emulators: tuple[Any, Any, Any], **options: Any
) -> LLMRouterConfigEntry:
    ollama, anthropic, xai = emulators
    return await setup_entry(
        hass,
        entry_data(ollama.url, anthropic.url, xai.url),
        options={"routing_rules": TO_CLAUDE, **options},
    )


@pytest.fixture
def emulators(
    ollama_emulator: Any, anthropic_emulator: Any, xai_emulator: Any
) -> tuple[Any, Any, Any]:
    """The three backends' emulators."""
    return ollama_emulator, anthropic_emulator, xai_emulator


def _float(hass: HomeAssistant, entity_id: str) -> float:
    state = hass.states.get(entity_id)
    assert state is not None, entity_id
    return float(state.state)


async def test_simple_claude_request_goes_to_the_fast_model(
    hass: HomeAssistant, emulators: tuple[Any, Any, Any], anthropic_emulator: Any
) -> None:
    """Haiku answers the simple question, Sonnet the one asked to think hard; event and dry run say so."""
    await _entry(hass, emulators, claude_fast_model="claude-haiku-4-5")
    events = async_capture_events(hass, EVENT_REQUEST)

    await converse(hass, SIMPLE)
    await converse(hass, HARD)

    assert [request.json["model"] for request in anthropic_emulator.chat_requests] == [
        "claude-haiku-4-5",
        "claude-sonnet-4-6",
    ]
    assert [
        (event.data["model"], event.data["tier"], event.data["tier_reason"])
        for event in events
    ] == [
        ("claude-haiku-4-5", "fast", "short and simple"),
        ("claude-sonnet-4-6", "main", "asked to think hard: 'Think hard'"),
    ]
    dry_run = await hass.services.async_call(
        DOMAIN, "route", {"text": SIMPLE}, blocking=True, return_response=True
    )
    assert dry_run is not None
    assert (dry_run["model"], dry_run["tier"]) == ("claude-haiku-4-5", "fast")


async def test_without_a_fast_model_the_main_one_answers(
    hass: HomeAssistant, emulators: tuple[Any, Any, Any], anthropic_emulator: Any
) -> None:
    await _entry(hass, emulators)
    await converse(hass, SIMPLE)
    assert anthropic_emulator.chat_requests[0].json["model"] == "claude-sonnet-4-6"


async def test_energy_price_comes_from_a_price_sensor(hass: HomeAssistant) -> None:
    """100 W for 36 s is 1 Wh: at 0.30 EUR/kWh 0.0003 EUR; a sensor in EUR/MWh is converted; the option is a fallback."""
    settings = parse_settings(
        {
            "local_power_watts": 100,
            "energy_price": 0.1,
            "energy_price_entity": PRICE_SENSOR,
        }
    )
    assert local_energy_cost(hass, settings, 36) == pytest.approx(
        0.0001
    )  # no sensor yet
    hass.states.async_set(PRICE_SENSOR, "0.30", {"unit_of_measurement": "EUR/kWh"})
    assert local_energy_cost(hass, settings, 36) == pytest.approx(0.0003)
    hass.states.async_set(PRICE_SENSOR, "300", {"unit_of_measurement": "EUR/MWh"})
    assert local_energy_cost(hass, settings, 36) == pytest.approx(0.0003)
    hass.states.async_set(PRICE_SENSOR, "unavailable")
    assert local_energy_cost(hass, settings, 36) == pytest.approx(0.0001)
    assert local_energy_cost(hass, parse_settings({}), 36) == 0.0


async def test_local_answers_book_energy_and_savings_subtract_it(
    hass: HomeAssistant, emulators: tuple[Any, Any, Any], ollama_emulator: Any
) -> None:
    """A local answer is booked with its electricity; the savings are the reference minus spend minus energy."""
    hass.config.currency = "EUR"
    hass.states.async_set(PRICE_SENSOR, "0.30", {"unit_of_measurement": "EUR/kWh"})
    entry = await _entry(
        hass,
        emulators,
        local_power_watts=2_000_000,  # large, so the few milliseconds of the emulator's answer show
        energy_price_entity=PRICE_SENSOR,
        usd_rate=0.5,
    )
    ollama_emulator.latency = 0.05
    ollama_emulator.reply("A short story.", input_tokens=600, output_tokens=80)

    await converse(hass, "tell me a joke")

    store = entry.runtime_data.ledger
    entry_booked = store.ledger.last_entry
    assert entry_booked is not None
    assert entry_booked.backend == "local"
    # At least the 0.05 s of latency: 2 MW for 0.05 s is 27.8 Wh, 0.0083 EUR, 0.0167 USD at 0.5 EUR per USD.
    assert entry_booked.energy_usd >= 2_000_000 * 0.05 / 3600 / 1000 * 0.30 / 0.5
    assert entry_booked.usd_rate == 0.5
    totals = store.ledger.totals(Period.MONTH, store.now, store.tz)
    savings = hass.states.get(f"{ROUTER}_savings_this_month")
    assert savings is not None
    assert savings.attributes["local_energy"] == pytest.approx(
        totals.energy_home, abs=1e-6
    )
    assert float(savings.state) == pytest.approx(
        totals.all_cloud_cost_home - totals.cost_home - totals.energy_home, abs=1e-6
    )
    assert totals.energy_home == pytest.approx(entry_booked.energy_usd * 0.5)
    assert float(savings.state) < totals.all_cloud_cost_home


async def test_money_sensors_convert_each_booking_at_its_own_rate(
    hass: HomeAssistant, emulators: tuple[Any, Any, Any], anthropic_emulator: Any
) -> None:
    """The rate moves from 0.90 to 1.10 EUR per USD mid-month: each Claude answer keeps the rate of its time."""
    hass.config.currency = "EUR"
    hass.states.async_set(RATE_SENSOR, "0.90")
    entry = await _entry(hass, emulators, usd_rate_entity=RATE_SENSOR)
    store = entry.runtime_data.ledger
    costs = []
    for rate in ("0.90", "1.10"):
        hass.states.async_set(RATE_SENSOR, rate)
        anthropic_emulator.reply("An answer.", input_tokens=1000, output_tokens=100)
        await converse(hass, SIMPLE)
        last = store.ledger.last_entry
        assert last is not None
        costs.append(last.cost_usd)
    await hass.async_block_till_done()

    spend = hass.states.get("sensor.claude_spend_this_month")
    assert spend is not None
    assert spend.attributes["unit_of_measurement"] == "EUR"
    assert float(spend.state) == pytest.approx(
        costs[0] * 0.9 + costs[1] * 1.1, abs=1e-6
    )
    assert spend.attributes["usd"] == pytest.approx(sum(costs), abs=1e-6)
    assert (spend.attributes["usd_rate"], spend.attributes["usd_rate_source"]) == (
        1.1,
        RATE_SENSOR,
    )
    # The remaining budget is converted at today's rate.
    store.set_cap("claude", 10.0)
    await hass.async_block_till_done()
    remaining = hass.states.get("sensor.claude_budget_remaining")
    assert remaining is not None
    assert float(remaining.state) == pytest.approx((10.0 - sum(costs)) * 1.1, abs=1e-6)
    assert remaining.attributes["usd_rate_applies_to"] == "this amount"


async def test_a_home_in_dollars_converts_nothing(hass: HomeAssistant) -> None:
    hass.config.currency = "USD"
    hass.states.async_set(RATE_SENSOR, "0.90")
    rate = usd_rate(
        hass, parse_settings({"usd_rate": 2.0, "usd_rate_entity": RATE_SENSOR})
    )
    assert (rate.currency, rate.per_usd, rate.source) == ("USD", 1.0, "USD")
    hass.config.currency = "SEK"
    hass.states.async_set(RATE_SENSOR, "unknown")
    rate = usd_rate(
        hass, parse_settings({"usd_rate": 10.5, "usd_rate_entity": RATE_SENSOR})
    )
    assert (rate.currency, rate.per_usd, rate.source) == ("SEK", 10.5, "option")


async def test_grok_cached_tokens_are_reported(
    hass: HomeAssistant, emulators: tuple[Any, Any, Any], xai_emulator: Any
) -> None:
    """Grok's automatic prefix cache: the cached part of the input shows in the event and the ledger."""
    entry = await _entry(hass, emulators)
    events = async_capture_events(hass, EVENT_REQUEST)
    xai_emulator.reply(
        "Sunny.", input_tokens=200, cached_tokens=800, cost_in_usd_ticks=None
    )
    await converse(hass, "search the web for the weather in Paris tomorrow")
    (event,) = events
    assert (event.data["route"], event.data["cached_input_tokens"]) == ("search", 800)
    assert event.data["input_tokens"] == 1000
    last = entry.runtime_data.ledger.ledger.last_entry
    assert last is not None
    assert last.cached_tokens == 800
