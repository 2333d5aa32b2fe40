"""The routing decision: privacy guard, origin policies, explicit overrides, user rules, follow-ups, classifier, then availability."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .classifier import classify
from .fallback import place
from .followup import (
    Context,
    conversation_context,
    edits_previous,
    is_follow_up,
    links_back,
    place_switch,
)
from .nearest_examples import SemanticHint
from .overrides import Override, find_override
from .policy import NO_ORIGIN, Origin
from .privacy import detect_hard_private, find_redactable
from .redaction import redact
from .settings import DEFAULT_SETTINGS, RouterSettings
from .text import fold
from .tiers import choose_tier
from .types import (
    ALL_AVAILABLE,
    BACKEND_NAMES,
    CLOUD_ROUTES,
    Availability,
    HistoryTurn,
    Route,
    RouteDecision,
)

SEMANTIC_BELOW_CONFIDENCE = 0.6
SEMANTIC_MIN_SIMILARITY = 0.75
SWITCH_CONFIDENCE = 0.9
STICKY_CONFIDENCE = 0.8

_CLASSIFIER_REASONS = {
    Route.LOCAL: "local: home control or a simple question",
    Route.REASONING: "reasoning: needs multi-step thinking, code or long writing",
    Route.SEARCH: "search: needs fresh information from the internet",
}


@dataclass(frozen=True)
class Verdict:
    """What the policy wants, before looking at availability."""

    route: Route
    private: bool
    confidence: float
    reason: str
    source: str
    policy: str | None = None
    overruled: Route | None = None


def decide(
    text: str,
    *,
    language: str | None = None,
    history: Sequence[HistoryTurn] = (),
    settings: RouterSettings = DEFAULT_SETTINGS,
    availability: Availability | None = None,
    forced_route: Route | None = None,
    semantic_hint: SemanticHint | None = None,
    origin: Origin = NO_ORIGIN,
    private: str | None = None,
) -> RouteDecision:
    """Decide where `text` goes. Pure and fast: no I/O, no Home Assistant.

    `language` is accepted for callers that know it; detectors and classifier cover all six languages without it.
    `semantic_hint` is nearest-example evidence (route, similarity) from `semantic_route`, used only when the
    classifier is unsure. `origin` (satellite, area, floor, person) feeds the policies and rule conditions.
    `private` is a reason the caller already knows the request is private (e.g. it carries camera images).
    """
    override = find_override(text)
    body = override.remaining_text if override else text
    context = conversation_context(history)
    verdict = _policy(
        text,
        body,
        override,
        context,
        settings,
        forced_route,
        semantic_hint,
        origin,
        private,
    )
    placement = place(
        verdict.route,
        private=verdict.private or verdict.policy is not None,
        settings=settings,
        availability=availability or ALL_AVAILABLE,
    )
    reason = verdict.reason
    if placement.degraded:
        reason = f"{verdict.route.value} wanted but {placement.note}"
    elif placement.note:
        reason = f"{reason}; {placement.note}"
    sent_text: str = body
    cloud_text: str | None = None
    redactions: tuple[str, ...] = ()
    if settings.redact and not verdict.private:
        redacted = redact(body, settings.household_names)
        cloud_text = redacted.text if redacted.kinds else None
        if placement.route in CLOUD_ROUTES and redacted.kinds:
            sent_text, redactions = redacted.text, redacted.kinds
            reason = f"{reason}; redacted {', '.join(redacted.kinds)}"
    tier = choose_tier(body, placement.route)
    return RouteDecision(
        route=placement.route,
        intended_route=verdict.route,
        private=verdict.private,
        confidence=verdict.confidence,
        reason=reason,
        fallback_chain=placement.chain,
        text=sent_text,
        redactions=redactions,
        source=verdict.source,
        degraded=placement.degraded,
        blocked=placement.blocked,
        cloud_text=cloud_text,
        origin=origin,
        policy=verdict.policy,
        overruled=verdict.overruled,
        tier=tier.tier,
        tier_reason=tier.reason,
    )


def _policy(
    text: str,
    body: str,
    override: Override | None,
    context: Context | None,
    settings: RouterSettings,
    forced_route: Route | None,
    semantic_hint: SemanticHint | None,
    origin: Origin,
    private: str | None,
) -> Verdict:
    """Apply in order: privacy, origin policies, local-only, forced route, spoken override, rules, follow-up, classifier."""
    wanted = forced_route or (override.route if override else None)
    asked = (
        f" (kept local although {BACKEND_NAMES[wanted]} was asked for)"
        if wanted in CLOUD_ROUTES
        else ""
    )
    private_reason = private or _private_reason(text, context, settings, origin)
    if private_reason is not None:
        return Verdict(
            Route.LOCAL, True, 1.0, f"private: {private_reason}{asked}", "privacy"
        )
    if (kept := settings.policies.keep_local(origin)) is not None:
        return Verdict(
            Route.LOCAL,
            False,
            1.0,
            f"policy: {kept.reason}{asked}",
            "policy",
            policy=kept.policy,
            overruled=wanted if asked else None,
        )
    if settings.local_only:
        return Verdict(Route.LOCAL, False, 1.0, "local-only mode is on", "local_only")
    if forced_route is not None:
        return Verdict(
            forced_route,
            False,
            1.0,
            f"override: the service call asked for {forced_route.value}",
            "override",
        )
    if override is not None:
        return Verdict(
            override.route, False, 1.0, f"override: '{override.phrase}'", "override"
        )
    rule = settings.rules.route_rule(body, origin)
    if rule is not None and rule.route is not None:
        return Verdict(rule.route, False, 1.0, f"rule: {rule.label}", "rule")
    if (
        context is not None
        and is_follow_up(body)
        and (edits_previous(body) or not _clear_new_request(body))
    ):
        return _follow_up(body, context)
    return _classify(body, semantic_hint)


def _private_reason(
    text: str, context: Context | None, settings: RouterSettings, origin: Origin
) -> str | None:
    """Return why `text` must stay in the house, or None."""
    folded = fold(text)
    finding = detect_hard_private(folded)
    if finding is not None:
        return finding.label
    rule = settings.rules.privacy_rule(text, origin)
    if rule is not None:
        return f"rule {rule.label}"
    if not settings.redact:
        soft = find_redactable(folded)
        if soft:
            return f"{soft[0].label} (redaction is off)"
    if context is not None and context.previous_user_text and is_follow_up(text):
        earlier = detect_hard_private(fold(context.previous_user_text))
        if earlier is not None and not _clear_new_request(text):
            return f"follow-up to {earlier.label}"
    return None


def _clear_new_request(text: str) -> bool:
    """A turn the classifier confidently sends to the cloud is a new request, not a continuation."""
    prediction = classify(text)
    return (
        prediction.route in CLOUD_ROUTES and prediction.confidence >= SWITCH_CONFIDENCE
    )


def _follow_up(body: str, context: Context) -> Verdict:
    """Keep the previous route unless the follow-up clearly asks for something else."""
    editing = edits_previous(body)
    switched = None if editing else place_switch(body, context.previous_route)
    if switched is not None:
        return Verdict(
            switched,
            False,
            STICKY_CONFIDENCE,
            f"follow-up moves the question {'away from home' if switched is Route.SEARCH else 'back home'}",
            "classifier",
        )
    prediction = classify(body)
    if (
        prediction.route is not context.previous_route
        and prediction.confidence >= SWITCH_CONFIDENCE
        and not editing
    ):
        # A bare short turn ("kitchen lights off") stands on its own; one that points back ("and shorter?")
        # switches only when it still reads the same with the previous question in front of it.
        if (
            not links_back(body)
            or classify(f"{context.previous_user_text} {body}").route
            is prediction.route
        ):
            return Verdict(
                prediction.route,
                False,
                prediction.confidence,
                f"new request: {_CLASSIFIER_REASONS[prediction.route]}",
                "classifier",
            )
    return Verdict(
        context.previous_route,
        False,
        STICKY_CONFIDENCE,
        f"follow-up: staying with {context.previous_route.value}",
        "sticky",
    )


def _classify(body: str, semantic_hint: SemanticHint | None) -> Verdict:
    """Use the classifier, or nearest-example evidence when the classifier is unsure."""
    prediction = classify(body)
    if (
        prediction.confidence < SEMANTIC_BELOW_CONFIDENCE
        and semantic_hint is not None
        and semantic_hint[1] >= SEMANTIC_MIN_SIMILARITY
    ):
        route, similarity = semantic_hint
        return Verdict(
            route,
            False,
            similarity,
            f"{route.value}: closest to known {route.value} examples (classifier unsure)",
            "semantic",
        )
    return Verdict(
        prediction.route,
        False,
        round(prediction.confidence, 3),
        _CLASSIFIER_REASONS[prediction.route],
        "classifier",
    )
