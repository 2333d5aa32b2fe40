"""Where a turn goes when the local answer is not good enough, and which local model a turn starts on.

Local fast -> local strong -> cloud, in the order the user set; only what may leave the house goes up.
"""

from __future__ import annotations

from dataclasses import dataclass

from .answer_check import AnswerFailure
from .classifier import classify
from .settings import RouterSettings
from .types import Availability, EscalationStep, Route, RouteDecision

# Characters per token when estimating a prompt (conservative for the supported languages).
CHARS_PER_TOKEN = 3
# A question the classifier gives at least this search probability needs fresh facts: Grok before Claude.
FRESH_FACTS_LEAN = 0.3


@dataclass(frozen=True, slots=True)
class Target:
    """A route to answer on, and for the local route whether it is the strong model."""

    route: Route
    strong: bool = False

    @property
    def label(self) -> str:
        """'local', 'local_strong', 'reasoning' or 'search' (the event's escalated_from)."""
        return f"{self.route.value}_strong" if self.strong else self.route.value


def escalation_targets(
    decision: RouteDecision,
    failure: AnswerFailure,
    *,
    current: Target,
    settings: RouterSettings,
    availability: Availability,
) -> tuple[Target, ...]:
    """The routes to try, in order, after `current` gave a failing answer.

    Private (or possibly personal) text, local-only mode and a turn the user sent to the local model on purpose (an override) never go
    to the cloud. The strong local model comes first when it is configured and not the one that failed, except
    for a context overflow (it has the same window).
    """
    may_leave = (
        decision.may_leave_home
        and not settings.local_only
        and decision.source != "override"
    )
    targets: list[Target] = []
    for step in settings.escalation_chain:
        if step is EscalationStep.STRONG_LOCAL:
            if (
                settings.strong_local
                and not current.strong
                and failure is not AnswerFailure.CONTEXT_OVERFLOW
            ):
                targets.append(Target(Route.LOCAL, strong=True))
        elif may_leave:
            targets.extend(
                Target(route)
                for route in _cloud_routes(step, decision, failure)
                if availability.is_usable(route)
            )
    return tuple(dict.fromkeys(target for target in targets if target != current))


def _cloud_routes(
    step: EscalationStep, decision: RouteDecision, failure: AnswerFailure
) -> tuple[Route, ...]:
    """The cloud routes a step stands for; a stale answer needs search, nothing else has fresh facts."""
    if step is EscalationStep.REASONING:
        return (Route.REASONING,)
    if step is EscalationStep.SEARCH or failure is AnswerFailure.STALE_FACTS:
        return (Route.SEARCH,)
    if classify(decision.text).probability(Route.SEARCH) >= FRESH_FACTS_LEAN:
        return (Route.SEARCH, Route.REASONING)
    return (Route.REASONING, Route.SEARCH)


def wants_strong_local(
    intended: Route, placed: Route, body: str, *, kept_home: bool
) -> bool:
    """Whether a reasoning-like utterance that must be answered locally should use the strong local model.

    `kept_home`: privacy or local-only mode kept it local before the classifier ran.
    """
    if placed is not Route.LOCAL:
        return False
    if intended is Route.REASONING:
        return True
    return kept_home and classify(body).route is Route.REASONING


def fits_context(prompt_chars: int, max_output_tokens: int, num_ctx: int) -> bool:
    """Whether a prompt of `prompt_chars` plus the answer fits a context window of `num_ctx` tokens."""
    return prompt_chars // CHARS_PER_TOKEN + max_output_tokens <= num_ctx
