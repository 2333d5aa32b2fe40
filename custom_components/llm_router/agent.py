"""One conversation turn: route it, try built-in intents, stream the backend's answer, fall back, record it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from functools import partial
import time
from typing import TYPE_CHECKING, Any

from homeassistant.components import conversation
from homeassistant.core import Context, HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import intent, llm
from homeassistant.util import dt as dt_util

from .backends.base import (
    AuthFailed,
    BackendError,
    ChatBackend,
    ChatRequest,
    Citation,
    ErrorKind,
    StreamDone,
    StreamEvent,
    TextDelta,
    ToolCallRequested,
    TooSlow,
    Usage,
)
from .backends.pricing import REFERENCE_MODEL
from .chat_convert import build_request, prompt_chars, request_chars, tool_specs
from .const import (
    BACKEND_LOCAL,
    CONF_ANSWER_STYLE,
    CONF_ANSWER_TIMEOUT,
    CONF_MAX_TOOL_ITERATIONS,
    CONF_NUM_CTX,
    CONF_PREFER_BUILTIN_INTENTS,
    CONF_PROMPT,
    DOMAIN,
    LOGGER,
    ROUTE_BUILTIN,
    STYLE_DETAILED,
    STYLE_NORMAL,
)
from .credentials import without_credentials
from .held_answer import HeldAnswer, hold_answer
from .ledger import BudgetExceeded, LedgerEntry, Reservation
from .models import ROUTE_BACKENDS, TurnRecord, local_health_key
from .money import local_energy_cost, usd_rate
from .router import Route, RouteDecision
from .router.answer_check import AnswerFailure
from .router.escalation import CHARS_PER_TOKEN, Target, escalation_targets, fits_context
from .session_memory import TurnMarker, session_memory
from .speech import SpeechFilter, phrase, spoken_sources
from .turn_decision import Routed, async_route, availability

if TYPE_CHECKING:
    from .models import LLMRouterConfigEntry, LLMRouterRuntime

EVENT_REQUEST = "llm_router_request"
CLOUD_CONTEXT_CHARS = 400_000
MAX_OUTPUT_TOKENS = {STYLE_DETAILED: 2048, STYLE_NORMAL: 1024}
DEFAULT_MAX_OUTPUT_TOKENS = 512
# Failures that say the backend is down, not that this request was bad.
DOWN_KINDS = {ErrorKind.UNREACHABLE, ErrorKind.TIMEOUT, ErrorKind.OVERLOADED}

STYLE_PROMPTS = {
    "short": "Answer for a voice assistant: one to three short sentences, plain words, no markdown, no lists, no URLs. Answer in the language the user speaks.",
    STYLE_NORMAL: "Answer for a voice assistant: a short paragraph, plain words, no markdown, no URLs. Answer in the language the user speaks.",
    STYLE_DETAILED: "Answer for a voice assistant: complete but spoken-friendly, plain words, no markdown, no URLs. Answer in the language the user speaks.",
}


# The clock of the answer limit (monotonic; tests move it).
_clock = time.monotonic


@dataclass(slots=True)
class AskRequest:
    """Set by the ask service around async_converse: a forced route, and where to put the record."""

    route: Route | None
    record: TurnRecord | None = None


current_ask: ContextVar[AskRequest | None] = ContextVar("llm_router_ask", default=None)


@dataclass(slots=True)
class _StreamState:
    """Per-turn progress shared between the delta generator and the loop."""

    prefix: str = ""
    busy_s: float = 0.0  # time the backend spent answering, over the tool loop
    speak_sources: bool = False
    text_out: bool = False
    cut_off: bool = False
    done: StreamDone | None = None
    # What the current round would cost by estimate; booked for a round cut before it reported usage.
    round_estimate_usd: float = 0.0
    unmetered_usd: float = 0.0
    # A later tool round that failed before its first event: the turn ends with its cause.
    failure: BackendError | None = None
    usage: Usage = field(default_factory=Usage)
    citations: tuple[Citation, ...] = ()


class PlainText:
    """The text of an answer that is not spoken (an AI Task's data): passed through as the model wrote it."""

    def feed(self, text: str) -> str:
        """Return the text unchanged."""
        return text

    def flush(self) -> str:
        """Nothing is held back."""
        return ""


class TurnRunner:
    """Runs one turn for the conversation entity (and, through it, for the ask service).

    Subclasses (the AI Task runner) reuse the whole turn and change its hooks: `spoken`, `_known_private`,
    `_provide_llm_data`, `_answer_format` and `_request`.
    """

    # Answers are spoken: speech filter, notes, sources, built-in intents first, never silent.
    spoken = True

    def __init__(
        self,
        hass: HomeAssistant,
        entry: LLMRouterConfigEntry,
        user_input: conversation.ConversationInput,
        chat_log: conversation.ChatLog,
        agent_id: str,
    ) -> None:
        """Bind the turn's inputs."""
        self.hass = hass
        self.entry = entry
        self.runtime: LLMRouterRuntime = entry.runtime_data
        self.user_input = user_input
        self.chat_log = chat_log
        self.agent_id = agent_id
        self.language = user_input.language
        self.ask = current_ask.get()
        self.started = time.monotonic()
        # Once anything reached the chat log, no other backend may take over.
        self._streamed = False
        # Why each tried route did not answer (a speech.py cause key).
        self._causes: dict[Route, str] = {}
        self.memory = session_memory(hass, chat_log.conversation_id)
        # Where this turn's user content sits in the ChatLog (the memory's key for it).
        self._position = max(
            (
                index
                for index, content in enumerate(chat_log.content)
                if isinstance(content, conversation.UserContent)
            ),
            default=len(chat_log.content),
        )
        self._device_free_api_prompt: str | None = None
        self._router_settings = replace(
            self.runtime.settings.router, local_only=self.runtime.local_only
        )

    async def run(self) -> conversation.ConversationResult:
        """Decide, answer, record; never raises for backend trouble (the user hears a sentence)."""
        routed = await self._route()
        decision = routed.decision
        record = TurnRecord(
            decision=decision, route=decision.route.value, reason=decision.reason
        )
        self.record = record
        self.chat_log.async_trace(
            {
                "llm_router": _decision_trace(
                    decision, self.runtime.model_for(decision.route, decision.tier)
                )
            }
        )
        result = await self._answer(routed, record)
        if record.escalated_from is not None:
            self.chat_log.async_trace(
                {"llm_router_escalation": _escalation_trace(record)}
            )
        record.latency_ms = self._elapsed_ms()
        self._remember(decision, record)
        if self.ask is not None:
            self.ask.record = record
        return result

    async def _route(self) -> Routed:
        """Decide through the one decision path; the built-in intents may answer during it."""
        forced = self.ask.route if self.ask else self.runtime.forced_route
        origin = self.runtime.origins.resolve(
            self.user_input.device_id,
            self.user_input.satellite_id,
            self.user_input.context.user_id,
        )
        return await async_route(
            self.hass,
            self.runtime,
            self.user_input,
            history=self.memory.history(self.chat_log, self._position),
            forced_route=forced,
            origin=origin,
            private=self._known_private(),
            chat_log=self.chat_log,
            builtin_first=self._builtin_first,
        )

    def _known_private(self) -> str | None:
        """Why this turn is private whatever its text says (None: let the router judge the text)."""
        return None

    async def _answer(
        self, routed: Routed, record: TurnRecord
    ) -> conversation.ConversationResult:
        decision = routed.decision
        if (response := routed.builtin_response) is not None:
            record.route, record.backend, record.model = (
                ROUTE_BUILTIN,
                BACKEND_LOCAL,
                "builtin-intents",
            )
            record.answered = True
            self._settle_local_builtin(record)
            self.chat_log.async_add_assistant_content_without_tools(
                conversation.AssistantContent(
                    agent_id=self.agent_id,
                    content=response.speech.get("plain", {}).get("speech", ""),
                )
            )
            return conversation.ConversationResult(
                response=response, conversation_id=self.chat_log.conversation_id
            )
        if decision.blocked:
            return self._spoken_error(_blocked_sentence(decision, self.language))
        note = (
            _opening_note(self.runtime, decision, self.language) if self.spoken else ""
        )
        for route in (decision.route, *decision.fallback_chain):
            strong = decision.strong_local and route is Route.LOCAL
            outcome = await self._try_route(
                route, decision, record, note, strong=strong
            )
            if outcome is not None:
                return outcome
            if self._streamed:
                break
            note = self._fallback_note(decision)
        if self._streamed:
            return conversation.async_get_result_from_chat_log(
                self.user_input, self.chat_log
            )
        if not decision.may_leave_home or decision.policy is not None:
            return self._spoken_error(_blocked_sentence(decision, self.language))
        causes = [phrase(cause, self.language) for cause in self._causes.values()]
        return self._spoken_error(
            " ".join([*causes[:1], phrase("all_failed", self.language)])
        )

    def _builtin_first(self, decision: RouteDecision) -> bool:
        return (
            self.spoken
            and self.runtime.settings.flag(CONF_PREFER_BUILTIN_INTENTS)
            and (decision.source not in ("override", "rule") or decision.private)
        )

    def _fallback_note(self, decision: RouteDecision) -> str:
        """Why the last route failed, and where the answer comes from instead."""
        if not self._causes or decision.private or not self.spoken:
            return ""
        failed, cause = list(self._causes.items())[-1]
        outcome = "asked_cloud" if failed is Route.LOCAL else "answered_locally"
        return f"{phrase(cause, self.language)} {phrase(outcome, self.language)}"

    async def _try_route(
        self,
        route: Route,
        decision: RouteDecision,
        record: TurnRecord,
        note: str,
        *,
        strong: bool = False,
        check: bool = True,
        resume: HeldAnswer | None = None,
    ) -> conversation.ConversationResult | None:
        """Answer through one route; None means try the next one (nothing reached the user).

        A local answer is checked before it is spoken (`check`) and a failing one escalates; `resume` is a
        held answer to speak after all, because no better route answered.
        """
        backend = self.runtime.backend_for(route, strong=strong)
        if backend is None:
            return None
        current = Target(route, strong)
        check = (
            check and self.spoken and route is Route.LOCAL and self.runtime.escalation
        )
        try:
            await self._provide_llm_data(route)
        except conversation.ConverseError as err:
            return err.as_conversation_result()
        if route is not Route.LOCAL:
            self._device_free_api_prompt = await _device_free_api_prompt(
                self.chat_log.llm_api
            )
        if check and (targets := self._context_targets(current, decision)):
            return await self._escalate(
                AnswerFailure.CONTEXT_OVERFLOW, targets, current, decision, record, note
            )
        first_request = self._request(route, decision)
        estimate_usd = self._estimate_usd(backend, first_request)
        try:
            reservation = self.runtime.ledger.reserve(backend.name, estimate_usd)
        except BudgetExceeded as err:
            spent = self.runtime.ledger.is_exhausted(err.scope)
            LOGGER.info(
                "Not sending to %s: %s budget is %s",
                backend.name,
                err.scope,
                "spent" if spent else "held by requests in flight",
            )
            self._causes[route] = "budget_spent" if spent else "budget_reserved"
            return None
        state = _StreamState(
            prefix=note + " " if note else "",
            speak_sources=self.spoken and route is Route.SEARCH,
            round_estimate_usd=estimate_usd,
        )
        try:
            held = await self._tool_loop(
                current, backend, decision, first_request, state, check, resume
            )
        except BackendError as err:
            self.runtime.ledger.release(reservation)
            self._on_backend_error(route, err)
            return None
        if held is not None and held.failure is not None:
            self.runtime.ledger.release(reservation)
            return await self._escalate(
                held.failure, held.targets, current, decision, record, note, held
            )
        self._settle(reservation, backend, route, decision, record, state)
        self._ensure_spoken_answer(state)
        return conversation.async_get_result_from_chat_log(
            self.user_input, self.chat_log
        )

    async def _provide_llm_data(self, route: Route) -> None:
        """The route's tools, the instructions and the live context into the chat log."""
        await self.chat_log.async_provide_llm_data(
            self.user_input.as_llm_context(DOMAIN),
            self.runtime.settings.llm_apis_for(route) or None,
            self.runtime.settings.text(CONF_PROMPT),
            self.user_input.extra_system_prompt,
        )

    def _targets(
        self, failure: AnswerFailure, current: Target, decision: RouteDecision
    ) -> tuple[Target, ...]:
        return escalation_targets(
            decision,
            failure,
            current=current,
            settings=self._router_settings,
            availability=availability(self.runtime),
        )

    def _context_targets(
        self, current: Target, decision: RouteDecision
    ) -> tuple[Target, ...]:
        """Where to go instead when the whole conversation does not fit the local context window."""
        _, max_tokens = self._answer_format()
        if fits_context(
            prompt_chars(self.chat_log),
            max_tokens,
            self.runtime.settings.integer(CONF_NUM_CTX),
        ):
            return ()
        return self._targets(AnswerFailure.CONTEXT_OVERFLOW, current, decision)

    async def _escalate(
        self,
        failure: AnswerFailure,
        targets: tuple[Target, ...],
        current: Target,
        decision: RouteDecision,
        record: TurnRecord,
        note: str,
        held: HeldAnswer | None = None,
    ) -> conversation.ConversationResult | None:
        """Let the next target that can answer do so; when none does, `current` answers after all."""
        LOGGER.debug("%s answer failed its check (%s)", current.label, failure)
        for target in targets:
            outcome = await self._try_route(
                target.route, decision, record, "", strong=target.strong
            )
            if self._streamed or outcome is not None:
                if held is not None:
                    await held.aclose()
                if record.escalated_from is None:  # a nested escalation already counted
                    self.runtime.ledger.count_escalation(failure)
                record.escalated_from = current.label
                record.escalation_reason = failure.value
                record.reason = f"{decision.reason}; the {current.label} answer failed its check ({failure}), {record.route} answered"
                return outcome
        return await self._try_route(
            current.route,
            decision,
            record,
            note,
            strong=current.strong,
            check=False,
            resume=held,
        )

    def _ensure_spoken_answer(self, state: _StreamState) -> None:
        """An empty answer, a tool loop cut at its limit or a failed later round still ends with a sentence."""
        last = self.chat_log.content[-1]
        if not self.spoken or (
            isinstance(last, conversation.AssistantContent)
            and (last.content or "").strip()
        ):
            return
        if state.failure is None:
            sentence = phrase("no_answer", self.language)
        else:
            cause = phrase(cause_key(state.failure, local=False), self.language)
            sentence = f"{cause} {phrase('unfinished', self.language)}"
        self.chat_log.async_add_assistant_content_without_tools(
            conversation.AssistantContent(agent_id=self.agent_id, content=sentence)
        )

    def _answer_format(self) -> tuple[str, int]:
        """The style instruction of the answer and its output-token limit."""
        style = self.runtime.settings.text(CONF_ANSWER_STYLE)
        return (
            STYLE_PROMPTS.get(style, STYLE_PROMPTS["short"]),
            MAX_OUTPUT_TOKENS.get(style, DEFAULT_MAX_OUTPUT_TOKENS),
        )

    def _request(self, route: Route, decision: RouteDecision) -> ChatRequest:
        """The request for `route`; a local one is trimmed (newest turns kept) to the context window."""
        settings = self.runtime.settings
        style, max_tokens = self._answer_format()
        max_chars = (
            CLOUD_CONTEXT_CHARS
            if route is not Route.LOCAL
            else (settings.integer(CONF_NUM_CTX) - max_tokens) * CHARS_PER_TOKEN
        )
        return build_request(
            self.chat_log,
            style=style,
            tools=tool_specs(self.chat_log.llm_api),
            max_chars=max_chars,
            max_tokens=max_tokens,
            visible=partial(self._visible_text, route, decision),
            device_free_api_prompt=self._device_free_api_prompt
            if route is not Route.LOCAL
            else None,
            model=settings.tier_model(route, decision.tier),
        )

    def _visible_text(
        self, route: Route, decision: RouteDecision, position: int, text: str
    ) -> str | None:
        """What the backend may see of a user turn: the cloud never sees earlier private or unredacted text."""
        if position == self._position:
            return decision.text_for(route)
        if route is Route.LOCAL:
            return text
        return self.memory.cloud_text(position, text)

    def _estimate_usd(self, backend: ChatBackend, request: ChatRequest) -> float:
        estimate = Usage(
            input_tokens=request_chars(request) // CHARS_PER_TOKEN,
            output_tokens=request.max_tokens,
        )
        return self._cost_usd(backend, request.model or backend.model, estimate)

    async def _tool_loop(
        self,
        current: Target,
        backend: ChatBackend,
        decision: RouteDecision,
        request: ChatRequest,
        state: _StreamState,
        check: bool,
        resume: HeldAnswer | None,
    ) -> HeldAnswer | None:
        """Stream answers, letting HA run the tools, until the model stops asking for tools.

        With `check`, the first answer is held until it can be judged; a failing one that a better route
        may answer is returned unspoken.
        """
        limit_s = self.runtime.settings.number(CONF_ANSWER_TIMEOUT)
        deadline = _clock() + limit_s
        for round_index in range(
            self.runtime.settings.integer(CONF_MAX_TOOL_ITERATIONS)
        ):
            if round_index and _clock() >= deadline:
                # The limit is on the whole answer: tool rounds do not each get it anew.
                state.failure = TooSlow(f"no complete answer within {limit_s:.0f} s")
                return None
            stream = resume.replay() if resume else aiter(backend.stream_chat(request))
            resume = None
            try:
                if check:
                    check = False
                    held = await hold_answer(
                        stream, language=self.language, tools=request.tools
                    )
                    if held.failure is not None:
                        held.targets = self._targets(held.failure, current, decision)
                        if held.targets:
                            return held
                    stream = held.replay()
                first = await anext(stream)
            except BackendError as err:
                if not self._streamed:
                    raise  # nothing reached the user: another route may answer
                self._on_backend_error(current.route, err)
                state.failure = err
                return None
            self._streamed = True
            async for _content in self.chat_log.async_add_delta_content_stream(
                self.agent_id, self._deltas(first, stream, state)
            ):
                pass
            if state.cut_off or not self.chat_log.unresponded_tool_results:
                break
            request = self._request(current.route, decision)
            state.round_estimate_usd = self._estimate_usd(backend, request)
        return None

    async def _deltas(
        self, first: StreamEvent, rest: AsyncIterator[StreamEvent], state: _StreamState
    ) -> AsyncIterator[conversation.AssistantContentDeltaDict]:
        """Backend events as ChatLog deltas; the first delta carries the role (Piper needs it)."""
        yield {"role": "assistant", "content": state.prefix}
        state.prefix = ""
        speech = SpeechFilter() if self.spoken else PlainText()
        metered = False
        event: StreamEvent | None = first
        while event is not None:
            if isinstance(event, TextDelta):
                if spoken := speech.feed(event.text):
                    state.text_out = True
                    yield {"content": spoken}
            elif isinstance(event, ToolCallRequested):
                call = event.call
                yield {
                    "tool_calls": [
                        llm.ToolInput(
                            id=call.id, tool_name=call.name, tool_args=call.arguments
                        )
                    ]
                }
            elif isinstance(event, StreamDone):
                state.done, metered = event, True
                state.busy_s += event.total_s
                state.usage.add(event.usage)
                state.citations += event.citations
            event = await self._next_event(rest, state)
        if tail := speech.flush():
            yield {"content": tail}
        if state.cut_off and not metered:  # billed, but the usage never arrived
            state.unmetered_usd += state.round_estimate_usd
        if not self.spoken:
            return
        if state.cut_off:
            yield {"content": " " + phrase("cut_off", self.language)}
        elif state.done and state.done.stop_reason == "max_tokens":
            yield {"content": " " + phrase("cut_short", self.language)}
        if state.speak_sources and state.done and state.done.citations:
            yield {"content": " " + spoken_sources(state.done.citations, self.language)}

    async def _next_event(
        self, rest: AsyncIterator[StreamEvent], state: _StreamState
    ) -> StreamEvent | None:
        try:
            return await anext(rest)
        except StopAsyncIteration:
            return None
        except BackendError as err:
            LOGGER.warning("Answer cut off: %s", without_credentials(str(err)))
            state.cut_off = True
            return None

    def _on_backend_error(self, route: Route, err: BackendError) -> None:
        LOGGER.warning(
            "%s failed (%s): %s",
            route.value,
            err.kind.value,
            without_credentials(str(err)),
        )
        self._causes[route] = cause_key(err, local=route is Route.LOCAL)
        if isinstance(err, AuthFailed):
            self.entry.async_start_reauth(self.hass)
        if err.kind in DOWN_KINDS:
            for key in self._health_keys(route):
                self.runtime.health.report_failure(key, err)

    def _health_keys(self, route: Route) -> list[str]:
        if route is Route.LOCAL:
            return [local_health_key(url) for url in self.runtime.local_urls]
        return [ROUTE_BACKENDS[route]]

    def _cost_usd(self, backend: ChatBackend, model: str, usage: Usage) -> float:
        """Local answers are free; a cloud model missing from the price table is priced like the reference model."""
        if backend.name == BACKEND_LOCAL:
            return 0.0
        return self.runtime.settings.prices.cost_usd(
            model, usage, unknown_as=REFERENCE_MODEL
        )

    def _settle(
        self,
        reservation: Reservation,
        backend: ChatBackend,
        route: Route,
        decision: RouteDecision,
        record: TurnRecord,
        state: _StreamState,
    ) -> None:
        settings = self.runtime.settings
        model = (
            state.done.model
            if state.done
            else settings.tier_model(route, decision.tier) or backend.model
        )
        record.route, record.backend, record.model = route.value, backend.name, model
        record.usage, record.citations, record.answered = (
            state.usage,
            state.citations,
            True,
        )
        record.cost_usd = (
            self._cost_usd(backend, model, state.usage) + state.unmetered_usd
        )
        if backend.name == BACKEND_LOCAL:
            energy = local_energy_cost(self.hass, settings, state.busy_s)
            record.energy_usd = energy / usd_rate(self.hass, settings).per_usd
        if route is not decision.route:
            record.reason = (
                f"{decision.reason}; answered by {route.value} after a failure"
            )
        host = state.done.host if state.done else ""
        if backend.name == BACKEND_LOCAL and host:
            self.runtime.health.report_success(local_health_key(host))
        elif backend.name != BACKEND_LOCAL:
            self.runtime.health.report_success(backend.name)
        self.runtime.ledger.settle(
            reservation,
            self._ledger_entry(
                record,
                settings.prices.all_cloud_cost_usd(state.usage) + state.unmetered_usd,
            ),
        )

    def _settle_local_builtin(self, record: TurnRecord) -> None:
        reservation = self.runtime.ledger.reserve(BACKEND_LOCAL, 0.0)
        self.runtime.ledger.settle(reservation, self._ledger_entry(record, 0.0))

    def _ledger_entry(self, record: TurnRecord, all_cloud_usd: float) -> LedgerEntry:
        usage = record.usage
        return LedgerEntry(
            timestamp=dt_util.now(),
            route=record.route,
            backend=record.backend,
            model=record.model,
            input_tokens=usage.all_input_tokens,
            output_tokens=usage.output_tokens,
            cached_tokens=usage.cached_input_tokens,
            reasoning_tokens=usage.reasoning_tokens,
            sources=usage.sources_used,
            cost_usd=record.cost_usd,
            all_cloud_cost_usd=all_cloud_usd,
            latency_ms=self._elapsed_ms(),
            reason=record.reason,
            private=record.decision.private,
            conversation_id=self.chat_log.conversation_id,
            person=record.decision.origin.person,
            area=record.decision.origin.area_id,
            device=record.decision.origin.device_id,
            policy=record.decision.policy,
            energy_usd=record.energy_usd,
            usd_rate=usd_rate(self.hass, self.runtime.settings).per_usd,
        )

    def _elapsed_ms(self) -> float:
        return (time.monotonic() - self.started) * 1000

    def _remember(self, decision: RouteDecision, record: TurnRecord) -> None:
        conversation_id = self.chat_log.conversation_id
        cloud_text = decision.text_for(Route.REASONING)
        self.memory.turns[self._position] = TurnMarker(
            route=decision.route if record.route != ROUTE_BUILTIN else Route.LOCAL,
            private=not decision.may_leave_home,
            cloud_text=None if cloud_text == self.user_input.text else cloud_text,
        )
        self.runtime.last_turn = record
        self.hass.bus.async_fire(
            EVENT_REQUEST,
            request_event_data(record, self.user_input.text, conversation_id),
        )

    def _spoken_error(self, sentence: str) -> conversation.ConversationResult:
        response = intent.IntentResponse(language=self.language)
        response.async_set_error(intent.IntentResponseErrorCode.UNKNOWN, sentence)
        return conversation.ConversationResult(
            response=response, conversation_id=self.chat_log.conversation_id
        )


def cause_key(err: BackendError, *, local: bool) -> str:
    """The speech.py key of the sentence that names why a backend failed."""
    return _cause_of_kind(err.kind, err.status, local=local)


def _cause_of_kind(kind: ErrorKind | None, status: int | None, *, local: bool) -> str:
    if kind is None or kind is ErrorKind.UNREACHABLE:
        return "local_down" if local else "cloud_down"
    if kind is ErrorKind.TOO_SLOW:
        return ErrorKind.TIMEOUT.value  # alive but slow: it still took too long
    if kind is not ErrorKind.BAD_RESPONSE:
        return kind.value
    if status is None:
        return "bad_stream"
    return "server_error" if status >= 500 else "bad_request"


def _blocked_sentence(decision: RouteDecision, language: str | None) -> str:
    """The local model is down and the turn must stay home: because it is or may be private, or by a policy."""
    return phrase(
        "policy_blocked" if decision.may_leave_home else "private_blocked", language
    )


def _opening_note(
    runtime: LLMRouterRuntime, decision: RouteDecision, language: str | None
) -> str:
    """What the answer starts with: why it is not where it was meant or asked to go (a health check's cause)."""
    if decision.overruled is not None:
        return (
            f"{phrase('stays_home', language)} {phrase('answered_locally', language)}"
        )
    if not decision.degraded:
        return ""
    local = decision.intended_route is Route.LOCAL
    if not local and "budget" in decision.reason:
        cause = "budget_spent"
    else:
        status = runtime.health.status(
            local_health_key(runtime.local_urls[0])
            if local
            else ROUTE_BACKENDS[decision.intended_route]
        )
        kind = status.error_kind if status is not None else None
        cause = _cause_of_kind(kind, None, local=local)
    outcome = "answered_locally" if decision.route is Route.LOCAL else "asked_cloud"
    return f"{phrase(cause, language)} {phrase(outcome, language)}"


async def _device_free_api_prompt(llm_api: llm.APIInstance | None) -> str | None:
    """The LLM API's prompt for the same request without its device (None when it has no device).

    Where it differs from the real prompt starts what is particular to the satellite (its area, its abilities).
    """
    if llm_api is None or llm_api.llm_context.device_id is None:
        return None
    context = replace(llm_api.llm_context, device_id=None)
    return (await llm_api.api.async_get_api_instance(context)).api_prompt


def _decision_trace(decision: RouteDecision, model: str | None) -> dict[str, Any]:
    return {
        "route": decision.route.value,
        "model": model,
        "tier": decision.tier.value,
        "tier_reason": decision.tier_reason,
        "intended_route": decision.intended_route.value,
        "private": decision.private,
        "confidence": round(decision.confidence, 3),
        "reason": decision.reason,
        "fallback_chain": [route.value for route in decision.fallback_chain],
        "strong_local": decision.strong_local,
        "source": decision.source,
        "redactions": list(decision.redactions),
        "origin": decision.origin.as_dict(),
        "policy": decision.policy,
    }


def _escalation_trace(record: TurnRecord) -> dict[str, Any]:
    """Which route's answer failed its check and why (no text: safe for private turns)."""
    return {
        "escalated_from": record.escalated_from,
        "escalation_reason": record.escalation_reason,
    }


def request_event_data(
    record: TurnRecord, text: str, conversation_id: str
) -> dict[str, Any]:
    """The llm_router_request event; private requests carry no utterance text."""
    data: dict[str, Any] = {
        "route": record.route,
        "backend": record.backend,
        "model": record.model,
        "private": record.decision.private,
        "reason": record.reason,
        "tier": record.decision.tier.value,
        "tier_reason": record.decision.tier_reason,
        "input_tokens": record.usage.all_input_tokens,
        "cached_input_tokens": record.usage.cached_input_tokens,
        "output_tokens": record.usage.all_output_tokens,
        "cost_usd": round(record.cost_usd, 6),
        "energy_cost_usd": round(record.energy_usd, 6),
        "latency_ms": round(record.latency_ms, 1),
        "answered": record.answered,
        "conversation_id": conversation_id,
        "origin": record.decision.origin.as_dict(),
        "policy": record.decision.policy,
        **_escalation_trace(record),
    }
    if not record.decision.private:
        data["text"] = text
    return data


async def async_ask(
    hass: HomeAssistant,
    runtime: LLMRouterRuntime,
    *,
    text: str,
    route: Route | None,
    conversation_id: str | None,
    language: str | None,
    context: Context,
) -> dict[str, Any]:
    """Run a full turn through the conversation agent (as the ask service does) and describe it."""
    if runtime.agent_entity_id is None:
        raise HomeAssistantError(
            translation_domain=DOMAIN, translation_key="agent_not_ready"
        )
    request = AskRequest(route=route)
    token = current_ask.set(request)
    try:
        result = await conversation.async_converse(
            hass,
            text,
            conversation_id,
            context,
            language,
            agent_id=runtime.agent_entity_id,
        )
    finally:
        current_ask.reset(token)
    record = request.record
    if record is None:  # another agent answered: the entity id no longer points at ours
        raise HomeAssistantError(
            translation_domain=DOMAIN, translation_key="agent_not_ready"
        )
    return {
        "response": result.response.speech.get("plain", {}).get("speech", ""),
        "route": record.route,
        "backend": record.backend,
        "model": record.model,
        "private": record.decision.private,
        "reason": record.reason,
        "input_tokens": record.usage.all_input_tokens,
        "output_tokens": record.usage.all_output_tokens,
        "cost_usd": round(record.cost_usd, 6),
        "latency_ms": round(record.latency_ms, 1),
        "conversation_id": result.conversation_id,
        **_escalation_trace(record),
    }
