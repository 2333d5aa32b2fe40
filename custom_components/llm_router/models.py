"""The runtime data of a loaded entry (entry.runtime_data), its typed ConfigEntry, and the record of a turn."""

from __future__ import annotations

from dataclasses import dataclass, field

from homeassistant.config_entries import ConfigEntry

from .backends.base import ChatBackend, Citation, Usage
from .backends.http import HttpBackend
from .const import (
    BACKEND_CLAUDE,
    BACKEND_GROK,
    BACKEND_LOCAL,
    ROUTING_MODE_AUTO,
    ROUTING_MODE_REASONING,
    ROUTING_MODE_SEARCH,
)
from .coordinator import HealthCoordinator
from .entry_options import Settings
from .ledger_store import LedgerStore
from .origin import OriginResolver
from .registry_names import HomeVocabularyIndex
from .router import Route, RouteDecision, Tier
from .semantic_hints import SemanticHints

ROUTING_MODE_ROUTES: dict[str, Route] = {
    ROUTING_MODE_REASONING: Route.REASONING,
    ROUTING_MODE_SEARCH: Route.SEARCH,
}

ROUTE_BACKENDS: dict[Route, str] = {
    Route.LOCAL: BACKEND_LOCAL,
    Route.REASONING: BACKEND_CLAUDE,
    Route.SEARCH: BACKEND_GROK,
}


def local_health_key(url: str) -> str:
    """Health key of one local host."""
    return f"{BACKEND_LOCAL}:{url}"


@dataclass(slots=True)
class TurnRecord:
    """What a turn did; sensors, the event, the trace and the ask service read it."""

    decision: RouteDecision
    route: str
    backend: str = ""
    model: str = ""
    reason: str = ""
    usage: Usage = field(default_factory=Usage)
    cost_usd: float = 0.0
    energy_usd: float = 0.0  # the local server's electricity
    latency_ms: float = 0.0
    citations: tuple[Citation, ...] = ()
    answered: bool = False
    # Set when the first route's answer failed its check and a better route answered instead.
    escalated_from: str | None = None
    escalation_reason: str | None = None


@dataclass
class LLMRouterRuntime:
    """Everything a loaded entry needs at run time."""

    backends: dict[str, ChatBackend]
    local_hosts: list[HttpBackend]
    settings: Settings
    ledger: LedgerStore
    health: HealthCoordinator
    origins: OriginResolver
    vocabulary: HomeVocabularyIndex
    local_only: bool = False
    routing_mode: str = ROUTING_MODE_AUTO
    agent_entity_id: str | None = None
    last_turn: TurnRecord | None = None
    # Embedded routing examples, once built in the background (only when an embedding model is configured).
    semantic: SemanticHints | None = None
    # The strong local model (same or another local server), when one is configured.
    strong_local: ChatBackend | None = None
    # The escalation switch: check local answers and let a better route answer the failing ones.
    escalation: bool = True

    @property
    def forced_route(self) -> Route | None:
        """The route the routing-mode select forces (privacy still wins in the router)."""
        return ROUTING_MODE_ROUTES.get(self.routing_mode)

    def backend_for(self, route: Route, *, strong: bool = False) -> ChatBackend | None:
        """The configured backend of a route (strong: the strong local model), if any."""
        if strong:
            return self.strong_local
        return self.backends.get(ROUTE_BACKENDS[route])

    def model_for(self, route: Route, tier: Tier) -> str | None:
        """The model a route's tier answers with (the fast one only when configured), None without a backend."""
        backend = self.backend_for(route)
        if backend is None:
            return None
        return self.settings.tier_model(route, tier) or backend.model

    def route_healthy(self, route: Route) -> bool:
        """Whether the route's backend is configured and (as far as we know) up."""
        if route is Route.LOCAL:
            return any(
                self.health.is_healthy(local_health_key(url)) for url in self.local_urls
            )
        backend = ROUTE_BACKENDS[route]
        return backend in self.backends and self.health.is_healthy(backend)

    @property
    def local_urls(self) -> list[str]:
        """URLs of the local pool, in priority order."""
        return [host.base_url for host in self.local_hosts]


type LLMRouterConfigEntry = ConfigEntry[LLMRouterRuntime]
