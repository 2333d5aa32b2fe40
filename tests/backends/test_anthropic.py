"""AnthropicClient specifics: request body (caching, roles, tool results), usage, retry-after, pagination."""

from __future__ import annotations

import aiohttp
import pytest

from custom_components.llm_router.backends import base
from custom_components.llm_router.backends.anthropic import AnthropicClient
from tests.emulators.anthropic import AnthropicEmulator

from .helpers import LIGHT_TOOL, SCRIPTED_USAGE, TIMER_TOOL, ask, collect, done


def claude(
    session: aiohttp.ClientSession,
    emulator: AnthropicEmulator,
    key: str = "sk-ant-test",
) -> AnthropicClient:
    return AnthropicClient(
        session,
        api_key=key,
        base_url=emulator.url + "/",
        model="claude-sonnet-4-6",
        retry_after_cap=0,
    )


EPHEMERAL = {"type": "ephemeral"}


async def test_body_puts_stable_parts_first_with_a_breakpoint_after_each(
    session: aiohttp.ClientSession, anthropic_emulator: AnthropicEmulator
) -> None:
    request = ask(
        "And the hallway?",
        tools=[TIMER_TOOL, LIGHT_TOOL],
        home_context="Static Context: kitchen light, hallway light",
        dynamic_context="Now: 10:00. You are in the kitchen.",
    )
    request.messages[:0] = [
        base.ChatMessage("user", "Is the kitchen light on?"),
        base.ChatMessage("assistant", "Yes, it is."),
    ]
    await collect(claude(session, anthropic_emulator).stream_chat(request))
    (sent,) = anthropic_emulator.chat_requests
    assert sent.headers["x-api-key"] == "sk-ant-test"
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert "cache_control" not in sent.json["tools"][0]
    assert sent.json["tools"][1] == {
        "name": "HassTurnOn",
        "description": "Turn on a device",
        "input_schema": LIGHT_TOOL.parameters,
        "cache_control": EPHEMERAL,
    }
    assert sent.json["system"] == [
        {
            "type": "text",
            "text": "You are a home assistant.",
            "cache_control": EPHEMERAL,
        },
        {
            "type": "text",
            "text": "Static Context: kitchen light, hallway light",
            "cache_control": EPHEMERAL,
        },
    ]
    assert sent.json["messages"] == [
        {
            "role": "user",
            "content": [{"type": "text", "text": "Is the kitchen light on?"}],
        },
        {
            "role": "assistant",
            "content": [
                {"type": "text", "text": "Yes, it is.", "cache_control": EPHEMERAL}
            ],
        },
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "Now: 10:00. You are in the kitchen."},
                {"type": "text", "text": "And the hallway?"},
            ],
        },
    ]
    assert {"temperature", "top_p", "top_k"}.isdisjoint(sent.json)
    assert sent.json["stream"] is True


async def test_a_tier_model_replaces_the_configured_one(
    session: aiohttp.ClientSession, anthropic_emulator: AnthropicEmulator
) -> None:
    anthropic_emulator.reply("Quick.")
    final = done(
        await collect(
            claude(session, anthropic_emulator).stream_chat(
                ask(model="claude-haiku-4-5")
            )
        )
    )
    assert anthropic_emulator.chat_requests[0].json["model"] == "claude-haiku-4-5"
    assert final.model == "claude-haiku-4-5"


async def test_same_role_messages_are_merged(
    session: aiohttp.ClientSession, anthropic_emulator: AnthropicEmulator
) -> None:
    call = base.ToolCall("toolu_1", "HassTurnOn", {"name": "a"})
    request = ask("first")
    request.messages += [
        base.ChatMessage("user", "second"),
        base.ChatMessage("assistant", "", tool_calls=(call,)),
        base.ChatMessage(
            "tool", "error: no such device", tool_call_id="toolu_1", is_error=True
        ),
        base.ChatMessage("user", "never mind"),
    ]
    await collect(claude(session, anthropic_emulator).stream_chat(request))
    messages = anthropic_emulator.chat_requests[0].json["messages"]
    assert [message["role"] for message in messages] == ["user", "assistant", "user"]
    assert [block["text"] for block in messages[0]["content"]] == ["first", "second"]
    assert messages[2]["content"] == [
        {
            "type": "tool_result",
            "tool_use_id": "toolu_1",
            "content": "error: no such device",
            "is_error": True,
            "cache_control": EPHEMERAL,  # the end of the earlier turns
        },
        {"type": "text", "text": "never mind"},
    ]


async def test_usage_with_cache_reads_and_writes(
    session: aiohttp.ClientSession, anthropic_emulator: AnthropicEmulator
) -> None:
    anthropic_emulator.reply("Hi", **SCRIPTED_USAGE)
    usage = done(
        await collect(claude(session, anthropic_emulator).stream_chat(ask()))
    ).usage
    assert (
        usage.input_tokens,
        usage.cached_input_tokens,
        usage.cache_write_tokens,
    ) == (900, 100, 500)
    assert (usage.output_tokens, usage.web_search_calls) == (40, 2)


@pytest.mark.parametrize(
    ("status", "error_type"), [(429, base.RateLimited), (529, base.Overloaded)]
)
async def test_retry_after_is_honoured_once(
    session: aiohttp.ClientSession,
    anthropic_emulator: AnthropicEmulator,
    status: int,
    error_type: type[base.BackendError],
) -> None:
    anthropic_emulator.fail(status, retry_after=2)
    anthropic_emulator.reply("Recovered")
    assert (
        done(
            await collect(claude(session, anthropic_emulator).stream_chat(ask()))
        ).stop_reason
        == "end_turn"
    )
    assert len(anthropic_emulator.chat_requests) == 2
    anthropic_emulator.fail(status, retry_after=2)
    anthropic_emulator.fail(status, retry_after=2)
    anthropic_emulator.reply("never reached")
    with pytest.raises(error_type):
        await collect(claude(session, anthropic_emulator).stream_chat(ask()))
    assert len(anthropic_emulator.chat_requests) == 4


async def test_no_retry_without_retry_after(
    session: aiohttp.ClientSession, anthropic_emulator: AnthropicEmulator
) -> None:
    anthropic_emulator.fail(529)
    with pytest.raises(base.Overloaded):
        await collect(claude(session, anthropic_emulator).stream_chat(ask()))
    assert len(anthropic_emulator.chat_requests) == 1


async def test_overloaded_error_event_after_200(
    session: aiohttp.ClientSession, anthropic_emulator: AnthropicEmulator
) -> None:
    anthropic_emulator.fail_mid_stream(after_deltas=1)
    with pytest.raises(base.Overloaded):
        await collect(claude(session, anthropic_emulator).stream_chat(ask()))


async def test_bad_key(
    session: aiohttp.ClientSession, anthropic_emulator: AnthropicEmulator
) -> None:
    backend = claude(session, anthropic_emulator, key="sk-ant-wrong")
    with pytest.raises(base.AuthFailed):
        await collect(backend.stream_chat(ask()))
    assert (await backend.check_health()).error_kind == base.ErrorKind.AUTH_FAILED


async def test_list_models_follows_pages(
    session: aiohttp.ClientSession, anthropic_emulator: AnthropicEmulator
) -> None:
    anthropic_emulator.models += [f"claude-test-{index}" for index in range(150)]
    assert (
        await claude(session, anthropic_emulator).list_models()
        == anthropic_emulator.models
    )
    pages = [
        request.query
        for request in anthropic_emulator.requests
        if request.path == "/v1/models"
    ]
    assert pages == [{"limit": "100"}, {"limit": "100", "after_id": "claude-test-97"}]
