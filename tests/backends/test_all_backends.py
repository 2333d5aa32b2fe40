"""Behaviour every backend shares: streaming, tool calls, usage, timings, typed errors, health."""

from __future__ import annotations

from typing import Any

import aiohttp
import pytest

from custom_components.llm_router.backends import base
from custom_components.llm_router.backends.http import HttpBackend
from tests.emulators.ollama import OllamaEmulator

from .helpers import (
    LIGHT_TOOL,
    ask,
    collect,
    collect_until_error,
    done,
    texts,
    tool_calls,
    tool_round_trip,
)
from .wires import WIRES, Connected


@pytest.fixture(params=list(WIRES))
def wire(request: pytest.FixtureRequest, session: aiohttp.ClientSession) -> Connected:
    """Each backend in turn, with its emulator running."""
    spec = WIRES[request.param]
    return Connected(spec, request.getfixturevalue(spec.emulator_fixture), session)


async def test_streams_deltas_in_order_then_done(wire: Connected) -> None:
    wire.emulator.reply(
        "Sure, the kitchen light is now on.", deltas=5, input_tokens=40, output_tokens=9
    )
    events = await collect(wire.client().stream_chat(ask()))
    assert texts(events) == ["Sure, t", "he kitc", "hen lig", "ht is n", "ow on."]
    final = done(events)
    assert (final.usage.input_tokens, final.usage.output_tokens) == (40, 9)
    assert (final.host, final.model, final.stop_reason) == (
        wire.emulator.url,
        wire.wire.model,
        "end_turn",
    )
    assert final.first_token_s is not None
    assert final.total_s >= final.first_token_s


async def test_tool_call_round_trip(wire: Connected) -> None:
    backend = wire.client()
    wire.emulator.reply_tool_call(
        "HassTurnOn", {"name": "kitchen light", "domain": ["light"]}
    )
    wire.emulator.reply("The light is on.", deltas=2)
    first = await collect(
        backend.stream_chat(ask("Turn on the kitchen light", tools=[LIGHT_TOOL]))
    )
    (call,) = tool_calls(first)
    assert (call.name, call.arguments) == (
        "HassTurnOn",
        {"name": "kitchen light", "domain": ["light"]},
    )
    assert call.id
    assert done(first).stop_reason == "tool_use"
    final = await tool_round_trip(backend, first)
    assert "".join(texts(final)) == "The light is on."
    assert done(final).stop_reason == "end_turn"
    assert len(wire.emulator.chat_requests) == 2


async def test_error_after_http_200_raises_after_the_first_deltas(
    wire: Connected,
) -> None:
    wire.emulator.fail_mid_stream(after_deltas=2, message="the model crashed")
    events, error = await collect_until_error(wire.client().stream_chat(ask()))
    assert len(texts(events)) == 2
    assert "the model crashed" in str(error)
    assert error.backend == wire.client().name


async def test_dropped_connection_mid_stream_is_a_bad_response(wire: Connected) -> None:
    wire.emulator.drop_mid_stream(after_deltas=1)
    events, error = await collect_until_error(wire.client().stream_chat(ask()))
    assert len(texts(events)) == 1
    assert isinstance(error, base.BadResponse)


async def test_unreachable_host(wire: Connected, unreachable_url: str) -> None:
    with pytest.raises(base.BackendUnreachable):
        await collect(wire.client(unreachable_url).stream_chat(ask()))


async def test_first_token_timeout(wire: Connected) -> None:
    """Only progress counts as life: a backend that says nothing times out."""
    wire.emulator.latency = 30
    with pytest.raises(base.BackendTimeout, match="no first token"):
        await collect(wire.client(first_token_timeout=0.05).stream_chat(ask()))


async def test_missing_model(wire: Connected) -> None:
    wire.emulator.models.remove(wire.wire.model)
    with pytest.raises(base.ModelMissing):
        await collect(wire.client().stream_chat(ask()))
    status = await wire.client().check_health()
    assert (status.available, status.model_present) == (False, False)


@pytest.mark.parametrize(
    ("status", "message", "error_type"),
    [
        (
            413,
            "prompt is too long: 210000 tokens > 200000 maximum",
            base.ContextTooLong,
        ),
        (
            400,
            "This model's maximum context length is 8192 tokens",
            base.ContextTooLong,
        ),
        (429, "rate limit exceeded", base.RateLimited),
        (503, "server busy", base.Overloaded),
        (529, "Overloaded", base.Overloaded),
        (500, "internal server error", base.BadResponse),
    ],
)
async def test_http_errors_are_typed(
    wire: Connected, status: int, message: str, error_type: type[base.BackendError]
) -> None:
    for _ in range(2):  # Anthropic retries a busy server once
        wire.emulator.fail(status, message, retry_after=7)
    with pytest.raises(error_type, match=message[:12]) as caught:
        await collect(wire.client().stream_chat(ask()))
    assert caught.value.status == status
    assert caught.value.backend == wire.client().name
    if status == 429:
        assert caught.value.retry_after == 7


async def test_health_and_models(wire: Connected) -> None:
    status = await wire.client().check_health()
    assert (status.available, status.model_present, status.error_kind) == (
        True,
        True,
        None,
    )
    assert await wire.client().list_models() == wire.emulator.models


async def test_health_when_unreachable(wire: Connected, unreachable_url: str) -> None:
    status = await wire.client(unreachable_url).check_health()
    assert not status.available
    assert status.error_kind == base.ErrorKind.UNREACHABLE


def _thinking_client(wire: Connected, **options: Any) -> HttpBackend:
    """A client whose model thinks before answering (Ollama: a thinking-capable model it lets think)."""
    if isinstance(wire.emulator, OllamaEmulator):
        wire.emulator.capabilities[wire.wire.model] = ["completion", "thinking"]
        options["think"] = True
    return wire.client(**options)


async def test_thinking_longer_than_the_first_token_timeout_is_a_live_stream(
    wire: Connected,
) -> None:
    """Thinking (or searching) deltas are life: the answer comes, and none of the thinking is in it."""
    # 8 thinking deltas 0.1 s apart outlast the 0.5 s timeout; the margins survive a loaded machine
    wire.emulator.token_interval = 0.1
    wire.emulator.reply("Seventeen.", thinking=8, web_search_calls=1)
    events = await collect(
        _thinking_client(wire, first_token_timeout=0.5).stream_chat(ask())
    )
    assert "".join(texts(events)) == "Seventeen."
    assert done(events).stop_reason == "end_turn"


async def test_the_answer_limit_ends_endless_thinking(wire: Connected) -> None:
    wire.emulator.token_interval = 0.02
    wire.emulator.reply("Never said.", thinking=200)
    client = _thinking_client(wire, first_token_timeout=1, answer_timeout=0.2)
    with pytest.raises(base.TooSlow, match="no complete answer within 0.2 s"):
        await collect(client.stream_chat(ask()))


async def test_a_stall_after_the_first_words_ends_at_the_idle_timeout(
    wire: Connected,
) -> None:
    """Silence in the middle of an answer is a failure long before the stream would resume."""
    wire.emulator.stall_mid_stream(after_deltas=1, seconds=2)
    client = wire.client(first_token_timeout=5, idle_timeout=0.1)
    events, error = await collect_until_error(client.stream_chat(ask()))
    assert texts(events) == ["Part"]
    assert isinstance(error, base.BackendTimeout)
    assert "stalled" in str(error)
