"""The one decision path of a turn, shared by the conversation agent and the `route` service.

Everything a turn knows goes into `router.decide` the same way for both: history, availability, origin, the home's
vocabulary, Home Assistant's own sentence recognition (a recognized intent is a home command) and the nearest
examples when the classifier is unsure. Recognition runs once per turn: the agent hands the conversation
integration a filter that decides, from the recognized intent, whether the built-in intents may answer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import partial
from typing import TYPE_CHECKING

from hassil.recognize import RecognizeResult
from homeassistant.components import conversation
from homeassistant.components.conversation.agent_manager import async_get_agent
from homeassistant.components.conversation.default_agent import DefaultAgent
from homeassistant.core import HomeAssistant
from homeassistant.helpers import intent

from .models import ROUTE_BACKENDS, local_health_key
from .router import Availability, HistoryTurn, Origin, Route, RouteDecision, decide
from .semantic_hints import wants_hint

if TYPE_CHECKING:
    from .models import LLMRouterRuntime

# Decisions Home Assistant's recognition cannot change: privacy, policies, local-only, a named route, a rule and a
# language the router does not read all come before it.
FIRM_SOURCES = frozenset(
    {"privacy", "policy", "local_only", "override", "rule", "language"}
)


@dataclass(frozen=True)
class Routed:
    """The decision for a turn, and the built-in intents' answer when they already handled it."""

    decision: RouteDecision
    builtin_response: intent.IntentResponse | None = None


def _never(_decision: RouteDecision) -> bool:
    return False


async def async_route(
    hass: HomeAssistant,
    runtime: LLMRouterRuntime,
    user_input: conversation.ConversationInput,
    *,
    history: Sequence[HistoryTurn],
    forced_route: Route | None,
    origin: Origin,
    private: str | None = None,
    chat_log: conversation.ChatLog | None = None,
    builtin_first: Callable[[RouteDecision], bool] = _never,
) -> Routed:
    """Decide where `user_input` goes; with a chat log, let the built-in intents answer when the decision allows.

    Without a chat log (the route service) nothing is executed: the intent is only recognized.
    """
    decide_with = partial(
        decide,
        user_input.text,
        language=user_input.language,
        history=history,
        settings=replace(runtime.settings.router, local_only=runtime.local_only),
        availability=availability(runtime),
        forced_route=forced_route,
        origin=origin,
        private=private,
        vocabulary=runtime.vocabulary.vocabulary,
    )
    decision = decide_with()
    agent = async_get_agent(hass)
    may_answer = chat_log is not None and builtin_first(decision)
    if not isinstance(agent, DefaultAgent) or (
        decision.source in FIRM_SOURCES and not may_answer
    ):
        return Routed(
            await _async_with_hint(runtime, decision, decide_with, user_input.text)
        )
    if chat_log is None:
        result = await agent.async_recognize_intent(
            user_input, strict_intents_only=True
        )
        if isinstance(result, RecognizeResult):
            decide_with = partial(decide_with, recognized_intent=result.intent.name)
            decision = decide_with()
        return Routed(
            await _async_with_hint(runtime, decision, decide_with, user_input.text)
        )
    recognized: list[RouteDecision] = []

    def keep_for_later(result: RecognizeResult) -> bool:
        """Decide with the recognized intent; True keeps the built-in intents from answering."""
        recognized.append(decide_with(recognized_intent=result.intent.name))
        return not (
            recognized[-1].route is Route.LOCAL and builtin_first(recognized[-1])
        )

    response = await agent.async_handle_intents(
        user_input, chat_log, intent_filter=keep_for_later
    )
    if recognized:
        return Routed(recognized[-1], response)
    return Routed(
        await _async_with_hint(runtime, decision, decide_with, user_input.text)
    )


async def _async_with_hint(
    runtime: LLMRouterRuntime,
    decision: RouteDecision,
    decide_with: Callable[..., RouteDecision],
    text: str,
) -> RouteDecision:
    """Ask the nearest examples when the classifier is unsure and the embedding host is up."""
    hints = runtime.semantic
    if (
        hints is None
        or not wants_hint(decision)
        or not runtime.health.is_healthy(local_health_key(hints.embedder.base_url))
    ):
        return decision
    hint = await hints.async_hint(text)
    return decision if hint is None else decide_with(semantic_hint=hint)


def availability(runtime: LLMRouterRuntime) -> Availability:
    """Health and budget state of every route, for the router."""
    ledger = runtime.ledger
    within_budget = {
        route: route is Route.LOCAL
        or not (
            ledger.is_exhausted(ROUTE_BACKENDS[route]) or ledger.is_exhausted("total")
        )
        for route in Route
    }
    healthy = {route: runtime.route_healthy(route) for route in Route}
    return Availability(healthy=healthy, within_budget=within_budget)
