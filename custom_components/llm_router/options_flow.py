"""Options flow: routing rules, origin policies, tool exposure per route, answer style, budgets' reset day, local pool, prices."""

from __future__ import annotations

from typing import Any

from homeassistant.config_entries import ConfigFlowResult, OptionsFlowWithReload
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
    CONF_CLOUD_AREAS,
    CONF_CONNECT_TIMEOUT,
    CONF_EMBEDDING_MODEL,
    CONF_EXTRA_LOCAL_HOSTS,
    CONF_FALLBACK_LOCAL_DOWN,
    CONF_FIRST_TOKEN_TIMEOUT,
    CONF_HOUSEHOLD_NAMES,
    CONF_KEEP_ALIVE,
    CONF_LLM_API_LOCAL,
    CONF_LLM_API_REASONING,
    CONF_LLM_API_SEARCH,
    CONF_LOCAL_AREAS,
    CONF_LOCAL_DEVICES,
    CONF_LOCAL_PEOPLE,
    CONF_MAX_TOOL_ITERATIONS,
    CONF_NUM_CTX,
    CONF_PREFER_BUILTIN_INTENTS,
    CONF_PRICE_OVERRIDES,
    CONF_PROMPT,
    CONF_REDACT_CLOUD,
    CONF_RESET_DAY,
    CONF_ROUTING_RULES,
    FALLBACK_NONE,
    FALLBACK_REASONING_SEARCH,
    FALLBACK_SEARCH_REASONING,
    STYLE_DETAILED,
    STYLE_NORMAL,
    STYLE_SHORT,
)
from .entry_options import DEFAULTS, OptionError, parse_settings

YAML_TEXT = TextSelector(TextSelectorConfig(multiline=True))


def _number(minimum: float, maximum: float, step: float = 1) -> NumberSelector:
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


def _options_schema(api_choices: list[SelectOptionDict]) -> vol.Schema:
    apis = SelectSelector(SelectSelectorConfig(options=api_choices, multiple=True))
    fields: dict[str, Any] = {
        CONF_PREFER_BUILTIN_INTENTS: BooleanSelector(),
        CONF_LLM_API_LOCAL: apis,
        CONF_LLM_API_REASONING: apis,
        CONF_LLM_API_SEARCH: apis,
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
        CONF_EXTRA_LOCAL_HOSTS: YAML_TEXT,
        CONF_CONNECT_TIMEOUT: _number(1, 60, 0.5),
        CONF_FIRST_TOKEN_TIMEOUT: _number(1, 300, 1),
        CONF_NUM_CTX: _number(1024, 131072, 1024),
        CONF_KEEP_ALIVE: _number(-1, 86400),
        CONF_MAX_TOOL_ITERATIONS: _number(1, 20),
        CONF_EMBEDDING_MODEL: TextSelector(),
    }
    return vol.Schema({vol.Optional(key): selector for key, selector in fields.items()})


class LLMRouterOptionsFlow(OptionsFlowWithReload):
    """Edit the routing and backend options; invalid YAML or values are shown on the field."""

    async def async_step_init(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Show and validate the options form."""
        errors: dict[str, str] = {}
        placeholders = {"detail": ""}
        if user_input is not None:
            try:
                parse_settings(user_input)
            except OptionError as err:
                errors[err.field] = f"invalid_{err.field}"
                placeholders["detail"] = err.detail
            else:
                return self.async_create_entry(data=_normalise(user_input))
        api_choices = [
            SelectOptionDict(label=api.name, value=api.id)
            for api in llm.async_get_apis(self.hass)
        ]
        current = {**DEFAULTS, **self.config_entry.options, **(user_input or {})}
        return self.async_show_form(
            step_id="init",
            data_schema=self.add_suggested_values_to_schema(
                _options_schema(api_choices), current
            ),
            errors=errors,
            description_placeholders=placeholders,
        )


def _normalise(user_input: dict[str, Any]) -> dict[str, Any]:
    """Number selectors return floats; store whole numbers as int."""
    whole = (CONF_RESET_DAY, CONF_NUM_CTX, CONF_KEEP_ALIVE, CONF_MAX_TOOL_ITERATIONS)
    return {
        key: int(value) if key in whole else value for key, value in user_input.items()
    }
