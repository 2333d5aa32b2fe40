"""LocalPool: failover between hosts before the first token, never after."""

from __future__ import annotations

import aiohttp
import pytest

from custom_components.llm_router.backends import base
from custom_components.llm_router.backends.ollama import OllamaClient
from custom_components.llm_router.backends.pool import LocalPool
from tests.emulators.ollama import OllamaEmulator

from .helpers import ask, collect, collect_until_error, done, texts


def pool(session: aiohttp.ClientSession, *urls: str) -> LocalPool:
    return LocalPool(
        [
            OllamaClient(
                session, base_url=url, model="qwen2.5:7b", first_token_timeout=5
            )
            for url in urls
        ]
    )


async def test_first_host_down_second_answers(
    session: aiohttp.ClientSession,
    unreachable_url: str,
    ollama_emulator: OllamaEmulator,
) -> None:
    ollama_emulator.reply("From the second host.", deltas=2)
    local = pool(session, unreachable_url, ollama_emulator.url)
    events = await collect(local.stream_chat(ask()))
    assert "".join(texts(events)) == "From the second host."
    assert done(events).host == ollama_emulator.url
    assert (local.name, local.model) == ("local", "qwen2.5:7b")


@pytest.mark.parametrize("fault", ["http_error", "timeout", "error_line_first"])
async def test_errors_before_the_first_token_fail_over(
    session: aiohttp.ClientSession,
    ollama_emulator: OllamaEmulator,
    ollama_emulator_2: OllamaEmulator,
    fault: str,
) -> None:
    if fault == "http_error":
        ollama_emulator.fail(500, "llama runner process has terminated")
    elif fault == "timeout":
        ollama_emulator.latency = 30
    else:
        ollama_emulator.fail_mid_stream(after_deltas=0)
    local = LocalPool(
        [
            OllamaClient(
                session,
                base_url=ollama_emulator.url,
                model="qwen2.5:7b",
                first_token_timeout=0.05,
            ),
            OllamaClient(session, base_url=ollama_emulator_2.url, model="qwen2.5:7b"),
        ]
    )
    events = await collect(local.stream_chat(ask()))
    assert done(events).host == ollama_emulator_2.url
    assert (
        len(ollama_emulator.chat_requests) == len(ollama_emulator_2.chat_requests) == 1
    )


async def test_error_after_the_first_token_does_not_fail_over(
    session: aiohttp.ClientSession,
    ollama_emulator: OllamaEmulator,
    ollama_emulator_2: OllamaEmulator,
) -> None:
    ollama_emulator.drop_mid_stream(after_deltas=1)
    events, error = await collect_until_error(
        pool(session, ollama_emulator.url, ollama_emulator_2.url).stream_chat(ask())
    )
    assert len(texts(events)) == 1
    assert isinstance(error, base.BadResponse)
    assert error.backend == "local"
    assert ollama_emulator_2.chat_requests == []


async def test_all_hosts_down(
    session: aiohttp.ClientSession, unreachable_url: str
) -> None:
    with pytest.raises(
        base.BackendUnreachable, match="no local host answered"
    ) as caught:
        await collect(
            pool(session, unreachable_url, unreachable_url).stream_chat(ask())
        )
    assert caught.value.backend == "local"


def test_needs_a_host() -> None:
    with pytest.raises(ValueError, match="at least one host"):
        LocalPool([])
