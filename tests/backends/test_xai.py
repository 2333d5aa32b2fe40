"""XaiClient specifics: Responses body, search tools, function_call items, citations, usage and cost, key check."""

from __future__ import annotations

from dataclasses import replace

import aiohttp
import pytest

from custom_components.llm_router.backends import base
from custom_components.llm_router.backends.pricing import PriceTable
from custom_components.llm_router.backends.xai import XaiClient
from tests.emulators.xai import XaiEmulator

from .helpers import (
    LIGHT_TOOL,
    SCRIPTED_USAGE,
    ask,
    ask_after_tool_call,
    collect,
    done,
    tool_calls,
)


def grok(
    session: aiohttp.ClientSession,
    emulator: XaiEmulator,
    key: str = "xai-test",
    *,
    search: bool = False,
) -> XaiClient:
    return XaiClient(
        session, api_key=key, base_url=emulator.url, model="grok-4.3", search=search
    )


async def test_body(session: aiohttp.ClientSession, xai_emulator: XaiEmulator) -> None:
    request = ask_after_tool_call(dynamic_context="Now: 10:00.", max_tokens=300)
    await collect(grok(session, xai_emulator, search=True).stream_chat(request))
    (sent,) = xai_emulator.chat_requests
    assert sent.path == "/v1/responses"
    assert sent.headers["authorization"] == "Bearer xai-test"
    assert (
        sent.json["stream"],
        sent.json["store"],
        sent.json["max_output_tokens"],
    ) == (True, False, 300)
    # The volatile context rides with the current user message: instructions and tools stay a stable prefix.
    assert sent.json["instructions"] == "You are a home assistant."
    assert sent.json["input"] == [
        {"role": "user", "content": "Now: 10:00.\n\nTurn on the kitchen light"},
        {
            "type": "function_call",
            "call_id": "call_1",
            "name": "HassTurnOn",
            "arguments": '{"name": "kitchen"}',
        },
        {
            "type": "function_call_output",
            "call_id": "call_1",
            "output": '{"success": true}',
        },
    ]
    assert sent.json["tools"] == [
        {
            "type": "function",
            "name": "HassTurnOn",
            "description": "Turn on a device",
            "parameters": LIGHT_TOOL.parameters,
        },
        {"type": "web_search"},
        {"type": "x_search"},
    ]


async def test_no_search_tools_unless_enabled(
    session: aiohttp.ClientSession, xai_emulator: XaiEmulator
) -> None:
    await collect(grok(session, xai_emulator).stream_chat(ask()))
    assert "tools" not in xai_emulator.chat_requests[0].json


async def test_citations_and_usage(
    session: aiohttp.ClientSession, xai_emulator: XaiEmulator
) -> None:
    citations = [
        ("https://weather.example/a", "Forecast"),
        ("https://x.com/b", "Post"),
        ("https://weather.example/a", ""),
    ]
    xai_emulator.reply(
        "Rain is expected tomorrow.", deltas=3, citations=citations, **SCRIPTED_USAGE
    )
    final = done(
        await collect(grok(session, xai_emulator, search=True).stream_chat(ask()))
    )
    assert final.citations == (
        base.Citation("https://weather.example/a", "Forecast"),
        base.Citation("https://x.com/b", "Post"),
    )
    usage = final.usage
    assert (
        usage.input_tokens,
        usage.cached_input_tokens,
        usage.cache_write_tokens,
    ) == (900, 100, 0)
    assert (usage.output_tokens, usage.reasoning_tokens, usage.sources_used) == (
        40,
        200,
        5,
    )
    assert (usage.web_search_calls, usage.x_search_calls) == (2, 1)
    # The emulator bills list price; our table must agree with the vendor's bill.
    expected = (900 * 1.25 + 100 * 0.20 + (40 + 200) * 2.50) / 1e6 + 3 * 0.005
    assert usage.billed_usd == pytest.approx(expected)
    assert PriceTable().cost_usd(
        "grok-4.3", replace(usage, billed_usd=None)
    ) == pytest.approx(expected)


async def test_billed_ticks_win(
    session: aiohttp.ClientSession, xai_emulator: XaiEmulator
) -> None:
    xai_emulator.reply("Hi", cost_in_usd_ticks=123_400_000)
    usage = done(await collect(grok(session, xai_emulator).stream_chat(ask()))).usage
    assert PriceTable().cost_usd("grok-4.3", usage) == pytest.approx(0.01234)


@pytest.mark.parametrize("failure", ["error", "response.failed"])
async def test_failure_events_after_200(
    session: aiohttp.ClientSession, xai_emulator: XaiEmulator, failure: str
) -> None:
    xai_emulator.mid_stream_failure = failure
    xai_emulator.fail_mid_stream(after_deltas=1, message="upstream overloaded")
    with pytest.raises(base.BackendError, match="upstream overloaded"):
        await collect(grok(session, xai_emulator).stream_chat(ask()))


async def test_bad_key_is_auth_failed(
    session: aiohttp.ClientSession, xai_emulator: XaiEmulator
) -> None:
    backend = grok(session, xai_emulator, key="xai-wrong")
    with pytest.raises(base.AuthFailed, match="Incorrect API key"):
        await collect(backend.stream_chat(ask()))
    with pytest.raises(base.AuthFailed):
        await backend.check_key()


async def test_forbidden_is_auth_failed(
    session: aiohttp.ClientSession, xai_emulator: XaiEmulator
) -> None:
    xai_emulator.fail(403, "Your team has no credits left")
    with pytest.raises(base.AuthFailed):
        await collect(grok(session, xai_emulator).stream_chat(ask()))


@pytest.mark.parametrize(
    "flag", ["team_blocked", "api_key_blocked", "api_key_disabled"]
)
async def test_blocked_key(
    session: aiohttp.ClientSession, xai_emulator: XaiEmulator, flag: str
) -> None:
    xai_emulator.key_flags[flag] = True
    with pytest.raises(base.AuthFailed, match=flag):
        await grok(session, xai_emulator).check_key()
    status = await grok(session, xai_emulator).check_health()
    assert (status.available, status.error_kind) == (False, base.ErrorKind.AUTH_FAILED)


async def test_search_count_without_usage_details(
    session: aiohttp.ClientSession, xai_emulator: XaiEmulator
) -> None:
    """Older answers count searches only in num_server_side_tools_used and the web_search_call items."""
    xai_emulator.search_usage_details = False
    xai_emulator.reply("Rain tomorrow.", web_search_calls=2, reasoning_tokens=30)
    usage = done(
        await collect(grok(session, xai_emulator, search=True).stream_chat(ask()))
    ).usage
    assert (usage.web_search_calls, usage.billed_usd) == (2, None)
    assert (usage.output_tokens, usage.reasoning_tokens) == (1, 30)
    # No bill in the answer: list price, every search and reasoning token once.
    expected = (20 * 1.25 + (1 + 30) * 2.50) / 1e6 + 2 * 0.005
    assert PriceTable().cost_usd("grok-4.3", usage) == pytest.approx(expected)


async def test_x_searches_come_as_custom_tool_calls(
    session: aiohttp.ClientSession, xai_emulator: XaiEmulator
) -> None:
    xai_emulator.reply("Posts say so.", x_search_calls=1)
    events = await collect(grok(session, xai_emulator, search=True).stream_chat(ask()))
    assert tool_calls(events) == []
    usage = done(events).usage
    assert (usage.web_search_calls, usage.x_search_calls) == (0, 1)


async def test_cached_count_larger_than_input(
    session: aiohttp.ClientSession, xai_emulator: XaiEmulator
) -> None:
    """Some answers report input without the cached part: the cached count then exceeds it."""
    xai_emulator.input_includes_cached = False
    xai_emulator.reply("hello", input_tokens=4142, cached_tokens=4328)
    usage = done(await collect(grok(session, xai_emulator).stream_chat(ask()))).usage
    assert (usage.input_tokens, usage.cached_input_tokens) == (4142, 4328)
    assert usage.all_input_tokens == 8470
