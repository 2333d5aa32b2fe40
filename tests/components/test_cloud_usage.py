"""What a Grok turn with reasoning and search is booked at: xAI's output already holds the reasoning tokens."""

from __future__ import annotations

from typing import Any, cast

from homeassistant.core import HomeAssistant
import pytest

from custom_components.llm_router.backends.base import Usage
from custom_components.llm_router.backends.pricing import PriceTable
from custom_components.llm_router.const import DOMAIN
from tests.emulators.xai import XaiEmulator
from tests.helpers import GROK_MODEL, state_value

# Tokens as the model spent them: 900 uncached + 100 cached input, 40 visible + 200 reasoning output.
SPENT = Usage(
    input_tokens=900,
    cached_input_tokens=100,
    output_tokens=40,
    reasoning_tokens=200,
    web_search_calls=1,
)


async def _ask_search(hass: HomeAssistant) -> dict[str, Any]:
    response = await hass.services.async_call(
        DOMAIN,
        "ask",
        {"text": "what's the weather in Paris tomorrow", "route": "search"},
        blocking=True,
        return_response=True,
    )
    return cast("dict[str, Any]", response)


@pytest.mark.usefixtures("init_integration")
@pytest.mark.parametrize("billed", [True, False])
async def test_grok_reasoning_is_counted_once(
    hass: HomeAssistant,
    xai_emulator: XaiEmulator,
    billed: bool,
) -> None:
    """Tokens, spend and savings count the reasoning once, billed by xAI or at list price."""
    xai_emulator.search_usage_details = (
        billed  # older answers carry neither details nor cost
    )
    xai_emulator.reply(
        "Rain is expected.",
        input_tokens=SPENT.input_tokens,
        cached_tokens=SPENT.cached_input_tokens,
        output_tokens=SPENT.output_tokens,
        reasoning_tokens=SPENT.reasoning_tokens,
        web_search_calls=SPENT.web_search_calls,
    )
    response = await _ask_search(hass)
    assert (response["input_tokens"], response["output_tokens"]) == (1000, 240)
    prices = PriceTable()
    assert response["cost_usd"] == pytest.approx(
        prices.cost_usd(GROK_MODEL, SPENT), abs=1e-6
    )
    await hass.async_block_till_done()
    assert float(state_value(hass, "sensor.grok_spend_today")) == pytest.approx(
        response["cost_usd"], abs=1e-6
    )
    savings = prices.all_cloud_cost_usd(SPENT) - prices.cost_usd(GROK_MODEL, SPENT)
    assert float(
        state_value(hass, "sensor.hybrid_llm_router_savings_total")
    ) == pytest.approx(savings, abs=1e-4)
