"""Where a failing local answer escalates to, which local model a turn starts on, and the context estimate."""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import (
    Availability,
    Route,
    RouteDecision,
    RouterSettings,
    decide,
)
from custom_components.llm_router.router.answer_check import AnswerFailure
from custom_components.llm_router.router.escalation import (
    Target,
    escalation_targets,
    fits_context,
)
from custom_components.llm_router.router.types import ALL_AVAILABLE, EscalationStep

FAST = Target(Route.LOCAL)
STRONG = Target(Route.LOCAL, strong=True)
CLAUDE = Target(Route.REASONING)
GROK = Target(Route.SEARCH)
WITH_STRONG = RouterSettings(strong_local=True)
PRIVATE_REASONING = "my doctor says my blood pressure is high, explain in detail what a good weekly plan would be"


def _targets(
    text: str,
    failure: AnswerFailure = AnswerFailure.DOES_NOT_KNOW,
    *,
    current: Target = FAST,
    settings: RouterSettings = WITH_STRONG,
    availability: Availability = ALL_AVAILABLE,
    decision: RouteDecision | None = None,
) -> tuple[Target, ...]:
    """Where `text` (or an already made decision) escalates after `failure` of `current`."""
    if decision is None:
        decision = decide(text, settings=settings, availability=availability)
    return escalation_targets(
        decision, failure, current=current, settings=settings, availability=availability
    )


def test_default_chain_strong_local_then_the_fitting_cloud_route() -> None:
    """Strong local first; then Claude for a reasoning-like question, Grok first when it needs fresh facts."""
    assert _targets("why is the sky blue") == (STRONG, CLAUDE, GROK)
    assert _targets("how do magnets work") == (STRONG, CLAUDE, GROK)
    assert _targets("why is the sky blue", AnswerFailure.STALE_FACTS) == (STRONG, GROK)


def test_search_lean_goes_to_grok_first() -> None:
    """A local question the classifier gives a real chance of needing the web asks Grok before Claude."""
    assert decide("what's the population of lyon today").route is Route.LOCAL
    assert _targets("what's the population of lyon today") == (STRONG, GROK, CLAUDE)


def test_from_the_strong_model_only_the_cloud_is_left() -> None:
    """The strong local model failing too goes to the cloud, never back to itself."""
    assert _targets("why is the sky blue", current=STRONG) == (CLAUDE, GROK)


def test_without_a_strong_model_straight_to_the_cloud() -> None:
    """No strong local model configured: the first step is skipped."""
    assert _targets("why is the sky blue", settings=RouterSettings()) == (CLAUDE, GROK)


def test_private_text_never_leaves_the_house() -> None:
    """A private utterance may try the strong local model, never a cloud route."""
    assert _targets(PRIVATE_REASONING) == (STRONG,)
    assert _targets(PRIVATE_REASONING, settings=RouterSettings()) == ()
    assert _targets("what does my password hunter2 mean") == (STRONG,)


def test_local_only_mode_never_leaves_the_house() -> None:
    """Local-only mode keeps escalation at home too."""
    settings = RouterSettings(strong_local=True, local_only=True)
    assert _targets("why is the sky blue", settings=settings) == (STRONG,)


def test_local_on_purpose_stays_local() -> None:
    """A turn the user sent to the local model (service call or spoken override) escalates only at home."""
    decision = decide(
        "why is the sky blue", settings=WITH_STRONG, forced_route=Route.LOCAL
    )
    targets = escalation_targets(
        decision,
        AnswerFailure.DOES_NOT_KNOW,
        current=FAST,
        settings=WITH_STRONG,
        availability=ALL_AVAILABLE,
    )
    assert targets == (STRONG,)


def test_unusable_cloud_routes_are_skipped() -> None:
    """A cloud route that is down or over budget is no escalation target."""
    claude_spent = Availability(healthy={}, within_budget={Route.REASONING: False})
    assert _targets("why is the sky blue", availability=claude_spent) == (STRONG, GROK)
    all_down = Availability(
        healthy={Route.REASONING: False, Route.SEARCH: False}, within_budget={}
    )
    assert _targets("why is the sky blue", availability=all_down) == (STRONG,)


def test_context_overflow_skips_the_strong_local_model() -> None:
    """The strong local model has the same window: an overflow goes to the cloud."""
    assert _targets("why is the sky blue", AnswerFailure.CONTEXT_OVERFLOW) == (
        CLAUDE,
        GROK,
    )


@pytest.mark.parametrize(
    ("chain", "expected"),
    [
        ((EscalationStep.STRONG_LOCAL,), (STRONG,)),
        ((EscalationStep.CLOUD,), (CLAUDE, GROK)),
        ((EscalationStep.STRONG_LOCAL, EscalationStep.SEARCH), (STRONG, GROK)),
        ((EscalationStep.STRONG_LOCAL, EscalationStep.REASONING), (STRONG, CLAUDE)),
    ],
)
def test_the_user_sets_the_chain(
    chain: tuple[EscalationStep, ...], expected: tuple[Target, ...]
) -> None:
    """Each preset chain gives its steps in its order."""
    settings = RouterSettings(strong_local=True, escalation_chain=chain)
    assert _targets("why is the sky blue", settings=settings) == expected


def test_reasoning_that_must_stay_local_uses_the_strong_model() -> None:
    """Private, local-only, cloud down or over budget: reasoning-like text is placed on the strong local model."""
    private = decide(PRIVATE_REASONING, settings=WITH_STRONG)
    assert (private.route, private.private, private.strong_local) == (
        Route.LOCAL,
        True,
        True,
    )
    assert "strong local model" in private.reason
    local_only = decide(
        "analyze my energy usage this month and suggest savings",
        settings=RouterSettings(strong_local=True, local_only=True),
    )
    assert local_only.route is Route.LOCAL and local_only.strong_local
    claude_down = decide(
        "analyze my energy usage this month and suggest savings",
        settings=WITH_STRONG,
        availability=Availability(healthy={Route.REASONING: False}, within_budget={}),
    )
    assert claude_down.route is Route.LOCAL and claude_down.strong_local
    over_budget = decide(
        "analyze my energy usage this month and suggest savings",
        settings=WITH_STRONG,
        availability=Availability(healthy={}, within_budget={Route.REASONING: False}),
    )
    assert over_budget.route is Route.LOCAL and over_budget.strong_local


def test_simple_or_cloud_turns_keep_the_fast_model() -> None:
    """Small talk, a private simple question and a turn that goes to Claude do not use the strong model."""
    assert not decide("tell me a joke", settings=WITH_STRONG).strong_local
    assert not decide(
        "what does my password hunter2 mean", settings=WITH_STRONG
    ).strong_local
    cloud = decide(
        "analyze my energy usage this month and suggest savings", settings=WITH_STRONG
    )
    assert cloud.route is Route.REASONING and not cloud.strong_local
    assert not decide(PRIVATE_REASONING).strong_local  # none configured


def test_context_estimate() -> None:
    """A prompt fits when its estimated tokens plus the answer's fit the window."""
    assert fits_context(3 * 7000, 1000, 8192)
    assert not fits_context(3 * 7500, 1000, 8192)
