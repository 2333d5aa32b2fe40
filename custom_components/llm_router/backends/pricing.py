"""Cloud price table (USD per million tokens, per search call), user overrides, and the cost of a request."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
import math
import re

from .base import Usage

TOKENS_PER_PRICE_UNIT = 1_000_000
REFERENCE_MODEL = "claude-sonnet-4-6"
_ANTHROPIC_SEARCH_CALL = 0.01  # $10 per 1000 web searches
_XAI_SEARCH_CALL = 0.005  # $5 per 1000 web_search / x_search calls
_DATED_SUFFIX = re.compile(r"-(\d{8}|latest)$")


@dataclass(frozen=True, slots=True)
class ModelPrice:
    """USD per million tokens (input, output, cache write, cache read) and per server-side search call."""

    input: float
    output: float
    cache_write: float = 0.0
    cache_read: float = 0.0
    per_search_call: float = 0.0


PRICE_FIELDS = frozenset(price_field.name for price_field in fields(ModelPrice))


def _claude(input_price: float, output_price: float) -> ModelPrice:
    """Build a Claude price: 5-minute cache writes at 1.25x input, reads at 0.1x."""
    return ModelPrice(
        input_price,
        output_price,
        input_price * 1.25,
        input_price * 0.1,
        _ANTHROPIC_SEARCH_CALL,
    )


def _grok(input_price: float, cached_price: float, output_price: float) -> ModelPrice:
    """Build a Grok price: no cache-write surcharge."""
    return ModelPrice(
        input_price, output_price, input_price, cached_price, _XAI_SEARCH_CALL
    )


# A key ending in "*" matches every id that starts with the rest; other keys match exactly or with a
# date/`-latest` suffix (claude-sonnet-4-5-20250929).
DEFAULT_PRICES: dict[str, ModelPrice] = {
    "claude-haiku-4-5": _claude(1, 5),
    "claude-sonnet-4-5": _claude(3, 15),
    "claude-sonnet-4-6": _claude(3, 15),
    "claude-opus-4-5": _claude(5, 25),
    "claude-opus-4-6": _claude(5, 25),
    "claude-opus-4-7": _claude(5, 25),
    "claude-opus-4-8": _claude(5, 25),
    "claude-sonnet-5": _claude(2, 10),  # not fully verified
    "grok-4-1-fast*": _grok(0.20, 0.05, 0.50),
    "grok-4-fast*": _grok(0.20, 0.05, 0.50),
    "grok-4.3": _grok(1.25, 0.20, 2.50),
    "grok-4.20*": _grok(1.25, 0.20, 2.50),
    "grok-4.5": _grok(2, 0.50, 6),
    "grok-4.6": _grok(2, 0.50, 6),
    "grok-4-0709": _grok(3, 0.75, 15),
}


class PriceTable:
    """Looks up a model's price (unknown models, such as local ones, are free) and prices usage."""

    def __init__(
        self, overrides: Mapping[str, Mapping[str, float]] | None = None
    ) -> None:
        """Use the shipped prices with validated overrides `{model: {input, output, cache_write, ...}}` on top."""
        self._prices = dict(DEFAULT_PRICES)
        for model, values in validate_price_overrides(overrides or {}).items():
            self._prices[model] = replace(
                self.price(model) or ModelPrice(0.0, 0.0), **values
            )

    def price(self, model: str) -> ModelPrice | None:
        """Find the price of a model id (see find_price); None for unknown, e.g. local, models."""
        return find_price(self._prices, model)

    def cost_usd(
        self, model: str, usage: Usage, *, unknown_as: str | None = None
    ) -> float:
        """Return what a request cost: the vendor's billed amount when given, else tokens and searches at list price.

        A model without a known price costs nothing (local models), or, with `unknown_as`, is priced like that
        model: a cloud model newer than this table must still count against the budget.
        """
        if usage.billed_usd is not None:
            return usage.billed_usd
        price = self.price(model)
        if price is None and unknown_as is not None:
            price = self.price(unknown_as)
        return 0.0 if price is None else token_cost_usd(price, usage)

    def all_cloud_cost_usd(
        self, usage: Usage, reference_model: str = REFERENCE_MODEL
    ) -> float:
        """Return what usage would have cost on reference_model at list price (the "savings" of local answers)."""
        price = self.price(reference_model)
        if price is None:
            raise ValueError(f"no price known for reference model {reference_model!r}")
        return token_cost_usd(price, usage)


def find_price(prices: Mapping[str, ModelPrice], model: str) -> ModelPrice | None:
    """Find a model id's price: exact, then without a date suffix, then the longest `*` prefix key."""
    for candidate in (model, _DATED_SUFFIX.sub("", model)):
        if candidate in prices:
            return prices[candidate]
    prefixes = [
        key for key in prices if key.endswith("*") and model.startswith(key[:-1])
    ]
    return prices[max(prefixes, key=len)] if prefixes else None


def token_cost_usd(price: ModelPrice, usage: Usage) -> float:
    """Return the list-price cost of usage; reasoning tokens are billed at the output rate."""
    token_cost = (
        usage.input_tokens * price.input
        + usage.cached_input_tokens * price.cache_read
        + usage.cache_write_tokens * price.cache_write
        + (usage.output_tokens + usage.reasoning_tokens) * price.output
    ) / TOKENS_PER_PRICE_UNIT
    return (
        token_cost
        + (usage.web_search_calls + usage.x_search_calls) * price.per_search_call
    )


def all_cloud_cost_usd(usage: Usage, reference_model: str = REFERENCE_MODEL) -> float:
    """Return what usage would have cost on reference_model at the shipped list price."""
    return PriceTable().all_cloud_cost_usd(usage, reference_model)


def validate_price_overrides(overrides: object) -> dict[str, dict[str, float]]:
    """Check user price overrides; raise ValueError saying what is wrong. New models need input and output."""
    if not isinstance(overrides, Mapping):
        raise ValueError(  # noqa: TRY004  # the options flow catches ValueError
            f"price overrides must be a mapping of model id to prices, not {type(overrides).__name__}"
        )
    validated: dict[str, dict[str, float]] = {}
    for model, values in overrides.items():
        if not isinstance(model, str) or not model.strip():
            raise ValueError(
                f"price override model id must be a non-empty string, not {model!r}"
            )
        validated[model] = _validated_prices(model, values)
        missing = {"input", "output"} - validated[model].keys()
        if missing and find_price(DEFAULT_PRICES, model) is None:
            raise ValueError(
                f"price override for new model {model!r} needs {', '.join(sorted(missing))}"
            )
    return validated


def _validated_prices(model: str, values: object) -> dict[str, float]:
    """Return one model's override fields as floats, or raise ValueError."""
    if not isinstance(values, Mapping):
        raise ValueError(  # noqa: TRY004  # the options flow catches ValueError
            f"prices of {model!r} must be a mapping of {sorted(PRICE_FIELDS)}"
        )
    if unknown := set(values) - PRICE_FIELDS:
        raise ValueError(
            f"unknown price field(s) for {model!r}: {', '.join(sorted(map(str, unknown)))}"
        )
    for key, value in values.items():
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
            or value < 0
        ):
            raise ValueError(
                f"price {key} of {model!r} must be a non-negative number, not {value!r}"
            )
    return {key: float(value) for key, value in values.items()}
