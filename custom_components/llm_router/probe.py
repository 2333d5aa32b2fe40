"""Connection tests for the config flows: reach each server, check the key and that the model exists."""

from __future__ import annotations

from typing import Any

import aiohttp

from .backends.anthropic import AnthropicClient
from .backends.base import ModelMissing
from .backends.http import HttpOptions
from .backends.ollama import OllamaClient
from .backends.openai_compat import OpenAICompatClient
from .backends.xai import XaiClient
from .const import (
    CONF_API_KEY,
    CONF_BASE_URL,
    CONF_MODEL,
    CONF_SERVER_TYPE,
    CONF_URL,
    SERVER_OPENAI,
)

PROBE_TIMEOUTS = HttpOptions(connect_timeout=10.0, first_token_timeout=15.0)


async def probe_local(
    session: aiohttp.ClientSession, host: dict[str, Any]
) -> list[str]:
    """Models of a local server (Ollama /api/tags or OpenAI-compatible /v1/models)."""
    if host.get(CONF_SERVER_TYPE) == SERVER_OPENAI:
        client: OllamaClient | OpenAICompatClient = OpenAICompatClient(
            session,
            base_url=host[CONF_URL],
            model=host.get(CONF_MODEL, ""),
            api_key=host.get(CONF_API_KEY),
            **PROBE_TIMEOUTS,
        )
    else:
        client = OllamaClient(
            session,
            base_url=host[CONF_URL],
            model=host.get(CONF_MODEL, ""),
            **PROBE_TIMEOUTS,
        )
    return await client.list_models()


def _require_model(models: list[str], model: str, backend: str) -> list[str]:
    if not any(listed == model or listed.startswith(f"{model}-") for listed in models):
        raise ModelMissing(f"{model} is not offered by this key", backend=backend)
    return models


async def probe_claude(
    session: aiohttp.ClientSession, conf: dict[str, Any]
) -> list[str]:
    """Check the Anthropic key (GET /v1/models) and that the model is listed."""
    client = AnthropicClient(
        session,
        api_key=conf[CONF_API_KEY],
        base_url=conf[CONF_BASE_URL],
        model=conf[CONF_MODEL],
        **PROBE_TIMEOUTS,
    )
    return _require_model(await client.list_models(), conf[CONF_MODEL], client.name)


async def probe_grok(session: aiohttp.ClientSession, conf: dict[str, Any]) -> list[str]:
    """Check the xAI key (GET /v1/api-key, not blocked or disabled) and that the model is listed."""
    client = XaiClient(
        session,
        api_key=conf[CONF_API_KEY],
        base_url=conf[CONF_BASE_URL],
        model=conf[CONF_MODEL],
        **PROBE_TIMEOUTS,
    )
    await client.check_key()
    return _require_model(await client.list_models(), conf[CONF_MODEL], client.name)
