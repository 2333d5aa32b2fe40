"""Value types shared by the router: routes, history turns, availability and the decision."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from .policy import NO_ORIGIN, Origin


class Route(StrEnum):
    """Where an utterance is answered."""

    LOCAL = "local"
    REASONING = "reasoning"
    SEARCH = "search"


class Tier(StrEnum):
    """Which of a cloud backend's models answers: the main one or the optional fast one."""

    MAIN = "main"
    FAST = "fast"


class EscalationStep(StrEnum):
    """One step of the user's escalation chain (after a local answer failed the check)."""

    STRONG_LOCAL = "strong_local"
    CLOUD = "cloud"  # Claude for reasoning-like questions, Grok for fresh facts
    REASONING = "reasoning"
    SEARCH = "search"


DEFAULT_ESCALATION_CHAIN: tuple[EscalationStep, ...] = (
    EscalationStep.STRONG_LOCAL,
    EscalationStep.CLOUD,
)

CLOUD_ROUTES: frozenset[Route] = frozenset({Route.REASONING, Route.SEARCH})

BACKEND_NAMES: Mapping[Route, str] = {
    Route.LOCAL: "the local model",
    Route.REASONING: "Claude",
    Route.SEARCH: "Grok",
}


@dataclass(frozen=True)
class HistoryTurn:
    """One earlier turn of the conversation, with the route it took when known."""

    role: str
    text: str
    route: Route | None = None


@dataclass(frozen=True)
class Availability:
    """Health and budget state of the backends; missing entries count as healthy / within budget."""

    healthy: Mapping[Route, bool]
    within_budget: Mapping[Route, bool]

    def is_healthy(self, route: Route) -> bool:
        """Return whether the backend of `route` is reachable."""
        return self.healthy.get(route, True)

    def has_budget(self, route: Route) -> bool:
        """Return whether `route` may still spend money (local is always free)."""
        return route is Route.LOCAL or self.within_budget.get(route, True)

    def is_usable(self, route: Route) -> bool:
        """Return whether `route` is both healthy and within budget."""
        return self.is_healthy(route) and self.has_budget(route)


ALL_AVAILABLE = Availability(healthy={}, within_budget={})


@dataclass(frozen=True)
class PrivacyFinding:
    """Why a text must stay in the house: the kind of data, the matched span and a short label."""

    kind: str
    start: int
    end: int
    label: str

    @property
    def redactable(self) -> bool:
        """Return whether redacting the span is enough to let the text leave the house."""
        return self.kind in REDACTABLE_KINDS


REDACTABLE_KINDS: frozenset[str] = frozenset({"email", "phone"})


@dataclass(frozen=True)
class RouteDecision:
    """The router's verdict for one utterance."""

    route: Route
    intended_route: Route
    private: bool
    confidence: float
    reason: str
    fallback_chain: tuple[Route, ...]
    text: str
    redactions: tuple[str, ...]
    source: str
    degraded: bool
    blocked: bool
    cloud_text: str | None = None
    origin: Origin = NO_ORIGIN
    # The origin policy that kept the turn local, and the cloud route it overruled (asked for by name).
    policy: str | None = None
    overruled: Route | None = None
    # The model tier on a cloud route ("main" or "fast", see tiers.py) and why.
    tier: Tier = Tier.MAIN
    tier_reason: str = ""
    # What might be personal in a text that is not private (a weakly checked number, an unknown language...):
    # it kept the text off the cloud, now and in later turns' history.
    concern: str | None = None
    # A local answer uses the strong local model (reasoning-like text that must stay in the house).
    strong_local: bool = False

    @property
    def may_leave_home(self) -> bool:
        """Whether this text may ever be sent to the cloud (in this turn or as history of a later one)."""
        return not self.private and self.concern is None

    def text_for(self, route: Route) -> str:
        """Return the text to send to `route` (redacted for cloud routes when redaction is on)."""
        if route in CLOUD_ROUTES and self.cloud_text is not None:
            return self.cloud_text
        return self.text
