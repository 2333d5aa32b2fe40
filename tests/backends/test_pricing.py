"""PriceTable: shipped prices, id matching, costs, overrides and their validation."""

from __future__ import annotations

from typing import Any

import pytest

from custom_components.llm_router.backends.base import Usage
from custom_components.llm_router.backends.pricing import (
    PriceTable,
    all_cloud_cost_usd,
    validate_price_overrides,
)

MILLION = 1_000_000


@pytest.mark.parametrize(
    ("model", "input_price", "output_price"),
    [
        ("claude-haiku-4-5", 1, 5),
        ("claude-sonnet-4-5-20250929", 3, 15),
        ("claude-sonnet-4-6", 3, 15),
        ("claude-opus-4-8", 5, 25),
        ("claude-sonnet-5", 2, 10),
        ("grok-4-1-fast-non-reasoning", 0.20, 0.50),
        ("grok-4-fast-reasoning", 0.20, 0.50),
        ("grok-4.20-beta-0309-reasoning", 1.25, 2.50),
        ("grok-4.3", 1.25, 2.50),
        ("grok-4.6", 2, 6),
        ("grok-4-0709", 3, 15),
    ],
)
def test_shipped_prices(model: str, input_price: float, output_price: float) -> None:
    price = PriceTable().price(model)
    assert price is not None
    assert (price.input, price.output) == (input_price, output_price)


@pytest.mark.parametrize("model", ["llama3.2:3b", "claude-sonnet-5-5", "grok-4.30"])
def test_unknown_models_are_free(model: str) -> None:
    assert PriceTable().price(model) is None
    assert (
        PriceTable().cost_usd(model, Usage(input_tokens=MILLION, output_tokens=MILLION))
        == 0.0
    )


def test_cost_from_tokens_caches_reasoning_and_searches() -> None:
    usage = Usage(
        MILLION, MILLION, MILLION, MILLION, MILLION, web_search_calls=2
    )  # reasoning billed as output
    assert PriceTable().cost_usd("claude-sonnet-4-6", usage) == pytest.approx(
        3 + 15 + 0.30 + 3.75 + 15 + 0.02
    )


def test_billed_amount_wins() -> None:
    assert (
        PriceTable().cost_usd("grok-4.3", Usage(input_tokens=MILLION, billed_usd=0.5))
        == 0.5
    )


def test_all_cloud_reference_cost() -> None:
    usage = Usage(input_tokens=MILLION, output_tokens=MILLION)
    assert all_cloud_cost_usd(usage) == pytest.approx(18)
    assert PriceTable().all_cloud_cost_usd(usage, "claude-haiku-4-5") == pytest.approx(
        6
    )
    with pytest.raises(ValueError, match="reference model"):
        all_cloud_cost_usd(usage, "llama3.2:3b")


def test_overrides() -> None:
    table = PriceTable(
        {
            "claude-sonnet-4-6": {"input": 2.5},
            "my-proxy-model": {"input": 1, "output": 2},
        }
    )
    sonnet = table.price("claude-sonnet-4-6-20260101")
    assert sonnet is not None
    assert (sonnet.input, sonnet.output) == (2.5, 15)
    assert table.cost_usd(
        "my-proxy-model", Usage(input_tokens=MILLION, output_tokens=MILLION)
    ) == pytest.approx(3)
    assert PriceTable().price("my-proxy-model") is None


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        (["claude"], "mapping of model id"),
        ({"": {"input": 1}}, "non-empty string"),
        ({"claude-haiku-4-5": 3}, "must be a mapping"),
        ({"claude-haiku-4-5": {"inptu": 1}}, "unknown price field.*inptu"),
        ({"claude-haiku-4-5": {"input": -1}}, "non-negative number"),
        ({"claude-haiku-4-5": {"input": "cheap"}}, "non-negative number"),
        ({"claude-haiku-4-5": {"input": float("nan")}}, "non-negative number"),
        ({"claude-haiku-4-5": {"input": True}}, "non-negative number"),
        ({"brand-new": {"input": 1}}, "needs output"),
    ],
)
def test_invalid_overrides(overrides: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        validate_price_overrides(overrides)


def test_unknown_cloud_model_is_priced_like_the_reference() -> None:
    """A model newer than the table still counts against budgets when the caller says so."""
    table = PriceTable()
    usage = Usage(input_tokens=1_000_000, output_tokens=0)
    assert table.cost_usd("claude-brand-new-9", usage) == 0.0
    assert table.cost_usd(
        "claude-brand-new-9", usage, unknown_as="claude-sonnet-4-6"
    ) == pytest.approx(3.0)
