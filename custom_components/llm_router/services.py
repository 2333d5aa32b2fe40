"""Services: ask (a full turn), route (a dry run of the router) and reset_budget."""

from __future__ import annotations

from typing import cast

from homeassistant.components import conversation
from homeassistant.const import ATTR_CONFIG_ENTRY_ID
from homeassistant.core import (
    HomeAssistant,
    ServiceCall,
    ServiceResponse,
    SupportsResponse,
    callback,
)
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import config_validation as cv, service
from homeassistant.helpers.typing import VolDictType
from homeassistant.util.json import JsonValueType
import probatio

from .agent import async_ask
from .const import CLOUD_BACKENDS, DOMAIN
from .ledger import BUDGET_SCOPES
from .models import LLMRouterConfigEntry, LLMRouterRuntime
from .router import HistoryTurn, Route
from .session_memory import remembered_history
from .turn_decision import async_route

SERVICE_ASK = "ask"
SERVICE_ROUTE = "route"
SERVICE_RESET_BUDGET = "reset_budget"

ATTR_TEXT = "text"
ATTR_ROUTE = "route"
ATTR_CONVERSATION_ID = "conversation_id"
ATTR_LANGUAGE = "language"
ATTR_HISTORY = "history"
ATTR_ROLE = "role"
ATTR_BACKEND = "backend"
ATTR_DEVICE_ID = "device_id"
ATTR_AREA_ID = "area_id"
ATTR_PERSON = "person"

_BASE_SCHEMA: VolDictType = {
    probatio.Optional(ATTR_CONFIG_ENTRY_ID): cv.string,
}
_TEXT_SCHEMA: VolDictType = {
    **_BASE_SCHEMA,
    probatio.Required(ATTR_TEXT): cv.string,
    probatio.Optional(ATTR_CONVERSATION_ID): cv.string,
    probatio.Optional(ATTR_LANGUAGE): cv.string,
}
ASK_SCHEMA = probatio.Schema({**_TEXT_SCHEMA, probatio.Optional(ATTR_ROUTE): cv.string})
ROUTE_SCHEMA = probatio.Schema(
    {
        **_TEXT_SCHEMA,
        probatio.Optional(ATTR_HISTORY): [
            probatio.Schema(
                {
                    probatio.Required(ATTR_ROLE): probatio.In(["user", "assistant"]),
                    probatio.Required(ATTR_TEXT): cv.string,
                    probatio.Optional(ATTR_ROUTE): probatio.Any(None, cv.string),
                }
            )
        ],
        probatio.Optional(ATTR_DEVICE_ID): cv.string,
        probatio.Optional(ATTR_AREA_ID): cv.string,
        probatio.Optional(ATTR_PERSON): cv.entity_domain("person"),
    }
)
RESET_BUDGET_SCHEMA = probatio.Schema(
    {**_BASE_SCHEMA, probatio.Optional(ATTR_BACKEND): cv.string}
)


def _invalid(key: str, **placeholders: str) -> ServiceValidationError:
    return ServiceValidationError(
        translation_domain=DOMAIN,
        translation_key=key,
        translation_placeholders=placeholders,
    )


@callback
def _entry(call: ServiceCall) -> LLMRouterConfigEntry:
    """Return the entry named by config_entry_id, or else the only loaded one."""
    if (entry_id := call.data.get(ATTR_CONFIG_ENTRY_ID)) is not None:
        entry: LLMRouterConfigEntry = service.async_get_config_entry(
            call.hass, DOMAIN, entry_id
        )
        return entry
    loaded: list[LLMRouterConfigEntry] = call.hass.config_entries.async_loaded_entries(
        DOMAIN
    )
    if len(loaded) != 1:
        raise _invalid("entry_required" if loaded else "no_loaded_entry")
    return loaded[0]


def _text(call: ServiceCall) -> str:
    text: str = call.data[ATTR_TEXT].strip()
    if not text:
        raise _invalid("empty_text")
    return text


def _parse_route(value: str) -> Route:
    try:
        return Route(value)
    except ValueError:
        raise _invalid(
            "invalid_route", route=value, routes=", ".join(route for route in Route)
        ) from None


def _configured_route(runtime: LLMRouterRuntime, value: str) -> Route:
    route = _parse_route(value)
    if runtime.backend_for(route) is None:
        raise _invalid("route_not_configured", route=route)
    return route


def _history(call: ServiceCall) -> list[HistoryTurn]:
    """Return the history given in the call, or else the conversation's remembered one."""
    if (turns := call.data.get(ATTR_HISTORY)) is None:
        conversation_id = call.data.get(ATTR_CONVERSATION_ID)
        return remembered_history(call.hass, conversation_id) if conversation_id else []
    return [
        HistoryTurn(
            role=turn[ATTR_ROLE],
            text=turn[ATTR_TEXT],
            route=_parse_route(turn[ATTR_ROUTE]) if turn.get(ATTR_ROUTE) else None,
        )
        for turn in turns
    ]


async def _async_ask(call: ServiceCall) -> ServiceResponse:
    """Run a turn through the conversation agent and describe it."""
    runtime = _entry(call).runtime_data
    text = _text(call)
    route = call.data.get(ATTR_ROUTE)
    return await async_ask(
        call.hass,
        runtime,
        text=text,
        route=None if route is None else _configured_route(runtime, route),
        conversation_id=call.data.get(ATTR_CONVERSATION_ID),
        language=call.data.get(ATTR_LANGUAGE),
        context=call.context,
    )


async def _async_route(call: ServiceCall) -> ServiceResponse:
    """Say where a text would go right now, without sending it anywhere: the decision a real turn would make."""
    runtime = _entry(call).runtime_data
    origin = runtime.origins.trial(
        call.data.get(ATTR_DEVICE_ID),
        call.data.get(ATTR_AREA_ID),
        call.data.get(ATTR_PERSON),
    )
    user_input = conversation.ConversationInput(
        text=_text(call),
        context=call.context,
        conversation_id=call.data.get(ATTR_CONVERSATION_ID),
        device_id=origin.device_id,
        satellite_id=None,
        language=call.data.get(ATTR_LANGUAGE, call.hass.config.language),
        agent_id=runtime.agent_entity_id or DOMAIN,
    )
    routed = await async_route(
        call.hass,
        runtime,
        user_input,
        history=_history(call),
        forced_route=runtime.forced_route,
        origin=origin,
    )
    decision = routed.decision
    backend = runtime.backend_for(decision.route)
    return {
        "route": decision.route.value,
        "backend": backend.name if backend else None,
        "model": runtime.model_for(decision.route, decision.tier),
        "tier": decision.tier.value,
        "tier_reason": decision.tier_reason,
        "private": decision.private,
        "confidence": round(decision.confidence, 3),
        "reason": decision.reason,
        "fallback_chain": [route.value for route in decision.fallback_chain],
        "origin": cast("dict[str, JsonValueType]", origin.as_dict()),
        "policy": decision.policy,
        "concern": decision.concern,
    }


@callback
def _reset_budget(call: ServiceCall) -> ServiceResponse:
    """Start the budget month over for one scope (claude, grok, total) or all."""
    runtime = _entry(call).runtime_data
    scope: str | None = call.data.get(ATTR_BACKEND)
    if scope is not None and scope not in BUDGET_SCOPES:
        raise _invalid(
            "invalid_backend", backend=scope, backends=", ".join(BUDGET_SCOPES)
        )
    if scope in CLOUD_BACKENDS and scope not in runtime.backends:
        raise _invalid("backend_not_configured", backend=scope)
    runtime.ledger.reset_budget(scope)
    return {"reset": [scope] if scope else list(BUDGET_SCOPES)}


@callback
def async_setup_services(hass: HomeAssistant) -> None:
    """Register the services (once, from async_setup)."""
    hass.services.async_register(
        DOMAIN,
        SERVICE_ASK,
        _async_ask,
        schema=ASK_SCHEMA,
        supports_response=SupportsResponse.OPTIONAL,
    )
    hass.services.async_register(
        DOMAIN,
        SERVICE_ROUTE,
        _async_route,
        schema=ROUTE_SCHEMA,
        supports_response=SupportsResponse.ONLY,
    )
    hass.services.async_register(
        DOMAIN,
        SERVICE_RESET_BUDGET,
        _reset_budget,
        schema=RESET_BUDGET_SCHEMA,
        supports_response=SupportsResponse.OPTIONAL,
    )
