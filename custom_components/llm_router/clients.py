"""The one place backend clients are built: for a loaded entry and for the config flow's connection tests."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, TypedDict

import aiohttp
from homeassistant.config_entries import ConfigEntry
from yarl import URL

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
    CONF_ANSWER_TIMEOUT,
    CONF_API_KEY,
    CONF_BASE_URL,
    CONF_CLAUDE,
    CONF_CONNECT_TIMEOUT,
    CONF_FIRST_TOKEN_TIMEOUT,
    CONF_GROK,
    CONF_IDLE_TIMEOUT,
    CONF_KEEP_ALIVE,
    CONF_LOCAL_HOSTS,
    CONF_LOCAL_THINK,
    CONF_MODEL,
    CONF_NUM_CTX,
    CONF_SERVER_TYPE,
    CONF_STRONG_LOCAL_MODEL,
    CONF_STRONG_LOCAL_URL,
    CONF_URL,
    SERVER_OLLAMA,
    SERVER_OPENAI,
    SUBENTRY_LOCAL_SERVER,
)
from .entry_options import Settings


def local_client(
    session: aiohttp.ClientSession,
    host: dict[str, Any],
    timeouts: HttpOptions,
    settings: Settings | None = None,
) -> HttpBackend:
    """A client for one local server (Ollama or OpenAI-compatible); settings add Ollama's num_ctx, keep_alive, think."""
    if host.get(CONF_SERVER_TYPE) == SERVER_OPENAI:
        return OpenAICompatClient(
            session,
            base_url=host[CONF_URL],
            model=host.get(CONF_MODEL, ""),
            api_key=host.get(CONF_API_KEY),
            **timeouts,
        )
    return OllamaClient(
        session,
        base_url=host[CONF_URL],
        model=host.get(CONF_MODEL, ""),
        num_ctx=settings.integer(CONF_NUM_CTX) if settings else None,
        keep_alive=settings.integer(CONF_KEEP_ALIVE) if settings else None,
        think=settings.flag(CONF_LOCAL_THINK) if settings else False,
        **timeouts,
    )


class CloudAccount(TypedDict):
    """What a cloud backend's entry data gives its client."""

    api_key: str
    base_url: str
    model: str


def _cloud_account(conf: Mapping[str, Any]) -> CloudAccount:
    """The key, base URL and model of Claude's or Grok's entry data."""
    return CloudAccount(
        api_key=conf[CONF_API_KEY], base_url=conf[CONF_BASE_URL], model=conf[CONF_MODEL]
    )


def claude_client(
    session: aiohttp.ClientSession, conf: Mapping[str, Any], timeouts: HttpOptions
) -> AnthropicClient:
    """A client for Claude."""
    return AnthropicClient(session, **_cloud_account(conf), **timeouts)


def grok_client(
    session: aiohttp.ClientSession, conf: Mapping[str, Any], timeouts: HttpOptions
) -> XaiClient:
    """A client for Grok, with live web and X search."""
    return XaiClient(session, search=True, **_cloud_account(conf), **timeouts)


def entry_timeouts(settings: Settings) -> HttpOptions:
    """The timeouts the user chose in the options."""
    return HttpOptions(
        connect_timeout=settings.number(CONF_CONNECT_TIMEOUT),
        first_token_timeout=settings.number(CONF_FIRST_TOKEN_TIMEOUT),
        idle_timeout=settings.number(CONF_IDLE_TIMEOUT),
        answer_timeout=settings.number(CONF_ANSWER_TIMEOUT),
    )


@dataclass(frozen=True, slots=True)
class LocalServer:
    """One local server of an entry: the first (entry data) or a subentry's; `subentry_id` is None for the first."""

    conf: Mapping[str, Any]
    subentry_id: str | None = None
    title: str = ""


def local_servers(entry: ConfigEntry) -> list[LocalServer]:
    """The entry's local servers in the order the pool tries them: the first, then each subentry as added."""
    servers = [LocalServer(host) for host in entry.data[CONF_LOCAL_HOSTS]]
    servers.extend(
        LocalServer(sub.data, sub.subentry_id, sub.title)
        for sub in entry.subentries.values()
        if sub.subentry_type == SUBENTRY_LOCAL_SERVER
    )
    return servers


def local_server_title(host: Mapping[str, Any]) -> str:
    """A local server's name in the UI: host and port (never credentials)."""
    parsed = URL(host[CONF_URL])
    return f"{parsed.host}:{parsed.port}"


def strong_local_pool(
    session: aiohttp.ClientSession, entry: ConfigEntry, settings: Settings
) -> LocalPool | None:
    """The strong local model, when one is set: on the server it names, else on every local server in order."""
    if not (model := settings.text(CONF_STRONG_LOCAL_MODEL)):
        return None
    configs = [dict(server.conf) for server in local_servers(entry)]
    if url := settings.text(CONF_STRONG_LOCAL_URL).rstrip("/"):
        configs = [host for host in configs if host[CONF_URL].rstrip("/") == url] or [
            {CONF_URL: url, CONF_SERVER_TYPE: SERVER_OLLAMA}
        ]
    timeouts = entry_timeouts(settings)
    return LocalPool(
        [
            local_client(session, {**host, CONF_MODEL: model}, timeouts, settings)
            for host in configs
        ],
        name=BACKEND_LOCAL,
    )


def build_backends(
    session: aiohttp.ClientSession, entry: ConfigEntry, settings: Settings
) -> tuple[dict[str, ChatBackend], list[HttpBackend]]:
    """All backends of an entry: the local pool (every local server, in order) and the cloud ones."""
    timeouts = entry_timeouts(settings)
    data = entry.data
    hosts = [
        local_client(session, dict(server.conf), timeouts, settings)
        for server in local_servers(entry)
    ]
    backends: dict[str, ChatBackend] = {BACKEND_LOCAL: LocalPool(hosts)}
    if conf := data.get(CONF_CLAUDE):
        backends[BACKEND_CLAUDE] = claude_client(session, conf, timeouts)
    if conf := data.get(CONF_GROK):
        backends[BACKEND_GROK] = grok_client(session, conf, timeouts)
    return backends, hosts
