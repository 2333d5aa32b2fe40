"""Options flow: one form in collapsible sections (routing and privacy, origins, budgets and prices, local servers, models).

The sections are declared in SECTIONS (section -> option keys, in display order) and each option's selector in
`_selectors`; options are stored flat, so the rest of the integration reads them without knowing the sections.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from homeassistant.config_entries import ConfigFlowResult, OptionsFlow
from homeassistant.data_entry_flow import section
from homeassistant.helpers import llm
from homeassistant.helpers.selector import (
    AreaSelector,
    AreaSelectorConfig,
    BooleanSelector,
    DeviceSelector,
    DeviceSelectorConfig,
    EntitySelector,
    EntitySelectorConfig,
    NumberSelector,
    NumberSelectorConfig,
    NumberSelectorMode,
    SelectOptionDict,
    Selector,
    SelectSelector,
    SelectSelectorConfig,
    SelectSelectorMode,
    TemplateSelector,
    TextSelector,
    TextSelectorConfig,
)
import probatio as vol

from .const import (
    CONF_ANSWER_STYLE,
    CONF_ANSWER_TIMEOUT,
    CONF_CLAUDE_FAST_MODEL,
    CONF_CLOUD_AREAS,
    CONF_CONNECT_TIMEOUT,
    CONF_EMBEDDING_MODEL,
    CONF_ENERGY_PRICE,
    CONF_ENERGY_PRICE_ENTITY,
    CONF_ESCALATION_CHAIN,
    CONF_FALLBACK_LOCAL_DOWN,
    CONF_FIRST_TOKEN_TIMEOUT,
    CONF_GROK_FAST_MODEL,
    CONF_HOUSEHOLD_NAMES,
    CONF_IDLE_TIMEOUT,
    CONF_KEEP_ALIVE,
    CONF_LOCAL_AREAS,
    CONF_LOCAL_DEVICES,
    CONF_LOCAL_PEOPLE,
    CONF_LOCAL_POWER_W,
    CONF_LOCAL_THINK,
    CONF_MAX_TOOL_ITERATIONS,
    CONF_NUM_CTX,
    CONF_PREFER_BUILTIN_INTENTS,
    CONF_PRICE_OVERRIDES,
    CONF_PROMPT,
    CONF_REDACT_CLOUD,
    CONF_RESET_DAY,
    CONF_ROUTING_RULES,
    CONF_STRONG_LOCAL_MODEL,
    CONF_STRONG_LOCAL_URL,
    CONF_USD_RATE,
    CONF_USD_RATE_ENTITY,
    DEFAULT_OPTIONS,
    FALLBACK_NONE,
    FALLBACK_REASONING_SEARCH,
    FALLBACK_SEARCH_REASONING,
    STYLE_DETAILED,
    STYLE_NORMAL,
    STYLE_SHORT,
)
from .entry_options import (
    ESCALATION_CHAINS,
    LLM_API_OPTIONS,
    OptionError,
    parse_settings,
)

# Each section and its options, in the order the form shows them. A new option goes into one of them
# (tests/components/test_options_flow.py checks that every option in DEFAULT_OPTIONS is in exactly one).
SECTIONS: dict[str, tuple[str, ...]] = {
    "routing_privacy": (
        CONF_PREFER_BUILTIN_INTENTS,
        CONF_FALLBACK_LOCAL_DOWN,
        CONF_ROUTING_RULES,
        CONF_HOUSEHOLD_NAMES,
        CONF_REDACT_CLOUD,
        *LLM_API_OPTIONS.values(),
        CONF_ESCALATION_CHAIN,
    ),
    "origins": (
        CONF_LOCAL_AREAS,
        CONF_LOCAL_DEVICES,
        CONF_LOCAL_PEOPLE,
        CONF_CLOUD_AREAS,
    ),
    "budgets_prices": (
        CONF_RESET_DAY,
        CONF_PRICE_OVERRIDES,
        CONF_LOCAL_POWER_W,
        CONF_ENERGY_PRICE,
        CONF_ENERGY_PRICE_ENTITY,
        CONF_USD_RATE,
        CONF_USD_RATE_ENTITY,
    ),
    "local_servers": (
        CONF_NUM_CTX,
        CONF_KEEP_ALIVE,
        CONF_LOCAL_THINK,
        CONF_EMBEDDING_MODEL,
        CONF_STRONG_LOCAL_MODEL,
        CONF_STRONG_LOCAL_URL,
    ),
    "models_timeouts": (
        CONF_PROMPT,
        CONF_ANSWER_STYLE,
        CONF_CLAUDE_FAST_MODEL,
        CONF_GROK_FAST_MODEL,
        CONF_MAX_TOOL_ITERATIONS,
        CONF_CONNECT_TIMEOUT,
        CONF_FIRST_TOKEN_TIMEOUT,
        CONF_IDLE_TIMEOUT,
        CONF_ANSWER_TIMEOUT,
    ),
}
# Options stored as whole numbers (number selectors return floats).
WHOLE_NUMBERS = {
    CONF_RESET_DAY,
    CONF_NUM_CTX,
    CONF_KEEP_ALIVE,
    CONF_MAX_TOOL_ITERATIONS,
}

YAML_TEXT = TextSelector(TextSelectorConfig(multiline=True))
SENSOR = EntitySelector(EntitySelectorConfig(domain="sensor"))


def _number(
    minimum: float, maximum: float, step: float | Literal["any"] = 1
) -> NumberSelector:
    return NumberSelector(
        NumberSelectorConfig(
            min=minimum, max=maximum, step=step, mode=NumberSelectorMode.BOX
        )
    )


def _select(options: list[str], key: str) -> SelectSelector:
    return SelectSelector(
        SelectSelectorConfig(
            options=options, translation_key=key, mode=SelectSelectorMode.DROPDOWN
        )
    )


def _selectors(api_choices: list[SelectOptionDict]) -> dict[str, Selector[Any]]:
    """The selector of every option."""
    apis = SelectSelector(SelectSelectorConfig(options=api_choices, multiple=True))
    return {
        CONF_PREFER_BUILTIN_INTENTS: BooleanSelector(),
        **dict.fromkeys(LLM_API_OPTIONS.values(), apis),
        CONF_PROMPT: TemplateSelector(),
        CONF_ANSWER_STYLE: _select(
            [STYLE_SHORT, STYLE_NORMAL, STYLE_DETAILED], CONF_ANSWER_STYLE
        ),
        CONF_ROUTING_RULES: YAML_TEXT,
        CONF_HOUSEHOLD_NAMES: TextSelector(),
        CONF_REDACT_CLOUD: BooleanSelector(),
        CONF_LOCAL_AREAS: AreaSelector(AreaSelectorConfig(multiple=True)),
        CONF_LOCAL_DEVICES: DeviceSelector(DeviceSelectorConfig(multiple=True)),
        CONF_LOCAL_PEOPLE: EntitySelector(
            EntitySelectorConfig(domain="person", multiple=True)
        ),
        CONF_CLOUD_AREAS: AreaSelector(AreaSelectorConfig(multiple=True)),
        CONF_FALLBACK_LOCAL_DOWN: _select(
            [FALLBACK_REASONING_SEARCH, FALLBACK_SEARCH_REASONING, FALLBACK_NONE],
            CONF_FALLBACK_LOCAL_DOWN,
        ),
        CONF_RESET_DAY: _number(1, 28),
        CONF_PRICE_OVERRIDES: YAML_TEXT,
        CONF_LOCAL_POWER_W: _number(0, 5000, 1),
        CONF_ENERGY_PRICE: _number(0, 100, "any"),
        CONF_ENERGY_PRICE_ENTITY: SENSOR,
        CONF_USD_RATE: _number(0.0001, 1_000_000, "any"),
        CONF_USD_RATE_ENTITY: SENSOR,
        CONF_CONNECT_TIMEOUT: _number(1, 60, 0.5),
        CONF_FIRST_TOKEN_TIMEOUT: _number(1, 300, 1),
        CONF_IDLE_TIMEOUT: _number(1, 120, 0.5),
        CONF_ANSWER_TIMEOUT: _number(10, 900, 1),
        CONF_LOCAL_THINK: BooleanSelector(),
        CONF_NUM_CTX: _number(1024, 131072, 1024),
        CONF_KEEP_ALIVE: _number(-1, 86400),
        CONF_MAX_TOOL_ITERATIONS: _number(1, 20),
        CONF_EMBEDDING_MODEL: TextSelector(),
        CONF_CLAUDE_FAST_MODEL: TextSelector(),
        CONF_GROK_FAST_MODEL: TextSelector(),
        CONF_STRONG_LOCAL_MODEL: TextSelector(),
        CONF_STRONG_LOCAL_URL: TextSelector(),
        CONF_ESCALATION_CHAIN: _select(list(ESCALATION_CHAINS), CONF_ESCALATION_CHAIN),
    }


def _may_be_empty(selector: Selector[Any]) -> bool:
    """Texts, entities and multiple choices may be emptied; a choice, number or switch always has a value (clearing is refused)."""
    multiple = bool(selector.config.get("multiple"))
    return multiple or isinstance(
        selector, TextSelector | TemplateSelector | EntitySelector
    )


def section_of(key: str) -> str:
    """The section an option is shown in."""
    return next(name for name, keys in SECTIONS.items() if key in keys)


def options_schema(
    api_choices: list[SelectOptionDict], expanded: set[str] | None = None
) -> vol.Schema:
    """The options form: one section per SECTIONS entry, collapsed unless named in `expanded`."""
    selectors = _selectors(api_choices)
    sections: dict[Any, Any] = {}
    for name, keys in SECTIONS.items():
        fields = {
            (
                vol.Optional(key)
                if _may_be_empty(selectors[key])
                else vol.Required(key)
            ): selectors[key]
            for key in keys
        }
        sections[vol.Required(name)] = section(
            vol.Schema(fields), {"collapsed": name not in (expanded or set())}
        )
    return vol.Schema(sections)


def flatten(user_input: Mapping[str, Any]) -> dict[str, Any]:
    """The stored options from the form: a cleared text or list is stored empty, never as its default."""
    options: dict[str, Any] = {}
    for name, keys in SECTIONS.items():
        values = user_input.get(name, {})
        for key in keys:
            value = values.get(key, type(DEFAULT_OPTIONS[key])())
            options[key] = int(value) if key in WHOLE_NUMBERS else value
    return options


def nest(options: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """Current values by section, for the form; an empty text is not suggested (an entity selector rejects it)."""
    return {
        name: {key: options[key] for key in keys if options.get(key, "") != ""}
        for name, keys in SECTIONS.items()
    }


class LLMRouterOptionsFlow(OptionsFlow):
    """Edit the routing and backend options; an invalid value is shown on its section and nothing is saved."""

    async def async_step_init(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Show and validate the options form."""
        errors: dict[str, str] = {}
        placeholders = {"detail": ""}
        current = {**DEFAULT_OPTIONS, **self.config_entry.options}
        if user_input is not None:
            options = {**self.config_entry.options, **flatten(user_input)}
            try:
                parse_settings(options)
            except OptionError as err:
                errors[section_of(err.field)] = f"invalid_{err.field}"
                placeholders["detail"] = err.detail
                current = {**current, **flatten(user_input)}
            else:
                return self.async_create_entry(data=options)
        api_choices = [
            SelectOptionDict(label=api.name, value=api.id)
            for api in llm.async_get_apis(self.hass)
        ]
        return self.async_show_form(
            step_id="init",
            data_schema=self.add_suggested_values_to_schema(
                options_schema(api_choices, set(errors) or {"routing_privacy"}),
                nest(current),
            ),
            errors=errors,
            description_placeholders=placeholders,
        )
