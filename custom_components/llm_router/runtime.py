"""What a loaded entry holds (entry.runtime_data): backends, settings, ledger, health and routing state."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import aiohttp
from homeassistant.config_entries import ConfigEntry

from .backends.anthropic import AnthropicClient
from .backends.base import ChatBackend
from .backends.http import HttpBackend, HttpOptions
from .backends.ollama import OllamaClient
from .backends.openai_compat import OpenAICompatClient
from .backends.pool import LocalPool
from .backends.xai import XaiClient
from .const import (
    BACKEND_CLAUDE,
    BACKEND_GROK,
    BACKEND_LOCAL,
    CONF_API_KEY,
    CONF_BASE_URL,
    CONF_CLAUDE,
    CONF_CONNECT_TIMEOUT,
    CONF_FIRST_TOKEN_TIMEOUT,
    CONF_GROK,
    CONF_KEEP_ALIVE,
    CONF_LOCAL_HOSTS,
    CONF_MODEL,
    CONF_NUM_CTX,
    CONF_SERVER_TYPE,
    CONF_URL,
    ROUTING_MODE_AUTO,
    ROUTING_MODE_REASONING,
    ROUTING_MODE_SEARCH,
    SERVER_OPENAI,
)
from .health import HealthCoordinator
from .ledger_store import LedgerStore
from .router import EmbeddingIndex, HistoryTurn, Route
from .settings import Settings

if TYPE_CHECKING:
    from .agent import TurnRecord

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


@dataclass
class LLMRouterRuntime:
    """Everything a loaded entry needs at run time."""

    backends: dict[str, ChatBackend]
    local_hosts: list[HttpBackend]
    settings: Settings
    ledger: LedgerStore
    health: HealthCoordinator
    local_only: bool = False
    routing_mode: str = ROUTING_MODE_AUTO
    agent_entity_id: str | None = None
    last_turn: TurnRecord | None = None
    # Routes of recent turns per conversation_id (follow-ups stick to them).
    histories: dict[str, list[HistoryTurn]] = field(default_factory=dict)
    # Per conversation_id, what the cloud may see of earlier user turns: the redacted text, or None for a
    # private turn (left out of cloud-bound history entirely).
    cloud_rewrites: dict[str, dict[str, str | None]] = field(default_factory=dict)
    # Embedded routing examples, once built in the background (only when an embedding model is configured).
    semantic_index: EmbeddingIndex | None = None

    @property
    def forced_route(self) -> Route | None:
        """The route the routing-mode select forces (privacy still wins in the router)."""
        return ROUTING_MODE_ROUTES.get(self.routing_mode)

    def backend_for(self, route: Route) -> ChatBackend | None:
        """The configured backend of a route, if any."""
        return self.backends.get(ROUTE_BACKENDS[route])

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


def build_local_host(
    session: aiohttp.ClientSession, host: dict[str, Any], settings: Settings
) -> HttpBackend:
    """A client for one local server (Ollama or OpenAI-compatible)."""
    timeouts = _timeouts(settings)
    if host.get(CONF_SERVER_TYPE) == SERVER_OPENAI:
        return OpenAICompatClient(
            session,
            base_url=host[CONF_URL],
            model=host[CONF_MODEL],
            api_key=host.get(CONF_API_KEY),
            **timeouts,
        )
    return OllamaClient(
        session,
        base_url=host[CONF_URL],
        model=host[CONF_MODEL],
        num_ctx=int(settings.get(CONF_NUM_CTX)),
        keep_alive=int(settings.get(CONF_KEEP_ALIVE)),
        **timeouts,
    )


def build_cloud(
    session: aiohttp.ClientSession,
    backend: str,
    conf: dict[str, Any],
    settings: Settings,
) -> ChatBackend:
    """A client for Claude or Grok."""
    if backend == BACKEND_CLAUDE:
        return AnthropicClient(
            session,
            api_key=conf[CONF_API_KEY],
            base_url=conf[CONF_BASE_URL],
            model=conf[CONF_MODEL],
            **_timeouts(settings),
        )
    return XaiClient(
        session,
        api_key=conf[CONF_API_KEY],
        base_url=conf[CONF_BASE_URL],
        model=conf[CONF_MODEL],
        search=True,
        **_timeouts(settings),
    )


def _timeouts(settings: Settings) -> HttpOptions:
    return HttpOptions(
        connect_timeout=float(settings.get(CONF_CONNECT_TIMEOUT)),
        first_token_timeout=float(settings.get(CONF_FIRST_TOKEN_TIMEOUT)),
    )


def build_backends(
    session: aiohttp.ClientSession, data: dict[str, Any], settings: Settings
) -> tuple[dict[str, ChatBackend], list[HttpBackend]]:
    """All backends of an entry: the local pool (config hosts, then extra hosts) and the cloud ones."""
    hosts = [
        build_local_host(session, host, settings)
        for host in [*data[CONF_LOCAL_HOSTS], *settings.extra_hosts]
    ]
    backends: dict[str, ChatBackend] = {BACKEND_LOCAL: LocalPool(hosts)}
    for backend, key in ((BACKEND_CLAUDE, CONF_CLAUDE), (BACKEND_GROK, CONF_GROK)):
        if conf := data.get(key):
            backends[backend] = build_cloud(session, backend, conf, settings)
    return backends, hosts
