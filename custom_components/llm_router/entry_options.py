"""Typed view of the entry's options (defaults in `const.DEFAULT_OPTIONS`), with validation of the free-text (YAML) options."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import yaml

from .backends.pricing import PriceTable, validate_price_overrides
from .const import (
    CONF_CLAUDE_FAST_MODEL,
    CONF_CLOUD_AREAS,
    CONF_ESCALATION_CHAIN,
    CONF_FALLBACK_LOCAL_DOWN,
    CONF_GROK_FAST_MODEL,
    CONF_HOUSEHOLD_NAMES,
    CONF_LLM_API_LOCAL,
    CONF_LLM_API_REASONING,
    CONF_LLM_API_SEARCH,
    CONF_LOCAL_AREAS,
    CONF_LOCAL_DEVICES,
    CONF_LOCAL_PEOPLE,
    CONF_PRICE_OVERRIDES,
    CONF_REDACT_CLOUD,
    CONF_ROUTING_RULES,
    CONF_STRONG_LOCAL_MODEL,
    CONF_STRONG_LOCAL_URL,
    DEFAULT_OPTIONS,
    ESCALATION_AUTO,
    ESCALATION_CLOUD,
    ESCALATION_REASONING,
    ESCALATION_SEARCH,
    ESCALATION_STRONG_LOCAL,
    FALLBACK_NONE,
    FALLBACK_REASONING_SEARCH,
    FALLBACK_SEARCH_REASONING,
)
from .router import Policies, Route, RouterSettings, RulesError, Tier, compile_rules
from .router.types import EscalationStep

ESCALATION_CHAINS: dict[str, tuple[EscalationStep, ...]] = {
    ESCALATION_AUTO: (EscalationStep.STRONG_LOCAL, EscalationStep.CLOUD),
    ESCALATION_STRONG_LOCAL: (EscalationStep.STRONG_LOCAL,),
    ESCALATION_CLOUD: (EscalationStep.CLOUD,),
    ESCALATION_REASONING: (EscalationStep.STRONG_LOCAL, EscalationStep.REASONING),
    ESCALATION_SEARCH: (EscalationStep.STRONG_LOCAL, EscalationStep.SEARCH),
}

FALLBACK_CHAINS: dict[str, tuple[Route, ...]] = {
    FALLBACK_REASONING_SEARCH: (Route.REASONING, Route.SEARCH),
    FALLBACK_SEARCH_REASONING: (Route.SEARCH, Route.REASONING),
    FALLBACK_NONE: (),
}

# The option that holds each route's LLM APIs (tools), and each cloud route's fast model.
LLM_API_OPTIONS: dict[Route, str] = {
    Route.LOCAL: CONF_LLM_API_LOCAL,
    Route.REASONING: CONF_LLM_API_REASONING,
    Route.SEARCH: CONF_LLM_API_SEARCH,
}
FAST_MODEL_OPTIONS: dict[Route, str] = {
    Route.REASONING: CONF_CLAUDE_FAST_MODEL,
    Route.SEARCH: CONF_GROK_FAST_MODEL,
}


class OptionError(ValueError):
    """An option's value is invalid; `field` names the option, `detail` says why."""

    def __init__(self, field_name: str, detail: str) -> None:
        """Store which option failed and why."""
        super().__init__(f"{field_name}: {detail}")
        self.field = field_name
        self.detail = detail


def load_yaml(field_name: str, text: str) -> Any:
    """The YAML of a free-text option (None when empty); OptionError names the option when it does not parse."""
    if not text.strip():
        return None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as err:
        raise OptionError(field_name, f"not valid YAML ({err})") from err


def parse_price_overrides(text: str) -> dict[str, dict[str, float]]:
    """Parse the YAML price overrides (USD per million tokens, per model)."""
    data = load_yaml(CONF_PRICE_OVERRIDES, text)
    if data is None:
        return {}
    try:
        return validate_price_overrides(data)
    except ValueError as err:
        raise OptionError(CONF_PRICE_OVERRIDES, str(err)) from err


def parse_household_names(text: str) -> tuple[str, ...]:
    """Comma or newline separated names."""
    return tuple(
        name.strip() for name in text.replace("\n", ",").split(",") if name.strip()
    )


@dataclass(frozen=True, slots=True)
class Settings:
    """All options of an entry, parsed."""

    raw: Mapping[str, Any]
    router: RouterSettings
    prices: PriceTable

    def _value(self, key: str) -> Any:
        return self.raw.get(key, DEFAULT_OPTIONS[key])

    def number(self, key: str) -> float:
        """A numeric option, or its default."""
        return float(self._value(key))

    def integer(self, key: str) -> int:
        """A whole-number option, or its default."""
        return int(self._value(key))

    def text(self, key: str) -> str:
        """A text option (stripped), or its default."""
        return str(self._value(key)).strip()

    def flag(self, key: str) -> bool:
        """An on/off option, or its default."""
        return bool(self._value(key))

    def llm_apis_for(self, route: Route) -> list[str]:
        """The LLM APIs (tools) a route may use."""
        return [str(api) for api in self._value(LLM_API_OPTIONS[route])]

    def tier_model(self, route: Route, tier: Tier) -> str:
        """The model of a route's tier: the fast model when it is asked for and configured, else "" (the main one)."""
        if tier is not Tier.FAST or route not in FAST_MODEL_OPTIONS:
            return ""
        return self.text(FAST_MODEL_OPTIONS[route])


def _check_strong_local_url(url: str) -> None:
    if url.strip() and not url.strip().startswith(("http://", "https://")):
        raise OptionError(
            CONF_STRONG_LOCAL_URL, "the URL must start with http:// or https://"
        )


def parse_settings(options: Mapping[str, Any]) -> Settings:
    """Validate every option; raises OptionError naming the first bad one."""
    merged = {**DEFAULT_OPTIONS, **options}
    _check_strong_local_url(str(merged[CONF_STRONG_LOCAL_URL]))
    try:
        rules = compile_rules(merged[CONF_ROUTING_RULES])
    except RulesError as err:
        raise OptionError(CONF_ROUTING_RULES, str(err)) from err
    router = RouterSettings(
        redact=merged[CONF_REDACT_CLOUD],
        household_names=parse_household_names(merged[CONF_HOUSEHOLD_NAMES]),
        rules=rules,
        fallback_local_down=FALLBACK_CHAINS[merged[CONF_FALLBACK_LOCAL_DOWN]],
        policies=Policies(
            local_areas=frozenset(merged[CONF_LOCAL_AREAS]),
            local_devices=frozenset(merged[CONF_LOCAL_DEVICES]),
            local_people=frozenset(merged[CONF_LOCAL_PEOPLE]),
            cloud_areas=frozenset(merged[CONF_CLOUD_AREAS]),
        ),
        strong_local=bool(str(merged[CONF_STRONG_LOCAL_MODEL]).strip()),
        escalation_chain=ESCALATION_CHAINS[merged[CONF_ESCALATION_CHAIN]],
    )
    prices = PriceTable(parse_price_overrides(merged[CONF_PRICE_OVERRIDES]))
    return Settings(
        raw=dict(options),
        router=router,
        prices=prices,
    )
