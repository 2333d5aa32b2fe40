"""Connection tests for the config flows: reach each server, check the key and that the model exists."""

from __future__ import annotations

from typing import Any

import aiohttp

from .backends.base import ModelMissing
from .backends.http import HttpOptions
from .clients import claude_client, grok_client, local_client
from .const import CONF_MODEL

PROBE_TIMEOUTS = HttpOptions(connect_timeout=10.0, first_token_timeout=15.0)


async def probe_local(
    session: aiohttp.ClientSession, host: dict[str, Any]
) -> list[str]:
    """Models of a local server (Ollama /api/tags or OpenAI-compatible /v1/models)."""
    return await local_client(session, host, PROBE_TIMEOUTS).list_models()


def _require_model(models: list[str], model: str, backend: str) -> list[str]:
    if not any(listed == model or listed.startswith(f"{model}-") for listed in models):
        raise ModelMissing(f"{model} is not offered by this key", backend=backend)
    return models


async def probe_claude(
    session: aiohttp.ClientSession, conf: dict[str, Any]
) -> list[str]:
    """Check the Anthropic key (GET /v1/models) and that the model is listed."""
    client = claude_client(session, conf, PROBE_TIMEOUTS)
    return _require_model(await client.list_models(), conf[CONF_MODEL], client.name)


async def probe_grok(session: aiohttp.ClientSession, conf: dict[str, Any]) -> list[str]:
    """Check the xAI key (GET /v1/api-key, not blocked or disabled) and that the model is listed."""
    client = grok_client(session, conf, PROBE_TIMEOUTS)
    await client.check_key()
    return _require_model(await client.list_models(), conf[CONF_MODEL], client.name)
