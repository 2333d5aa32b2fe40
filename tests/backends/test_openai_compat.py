"""OpenAICompatClient specifics: body, tool-call fragments by index, usage chunk, Bearer key."""

from __future__ import annotations

import aiohttp
import pytest

from custom_components.llm_router.backends import base
from custom_components.llm_router.backends.openai_compat import OpenAICompatClient
from tests.emulators.core import Reply, ScriptedToolCall
from tests.emulators.openai_compat import OpenAICompatEmulator

from .helpers import (
    LIGHT_TOOL,
    TIMER_TOOL,
    ask,
    ask_after_tool_call,
    collect,
    done,
    tool_calls,
)


def local(
    session: aiohttp.ClientSession,
    emulator: OpenAICompatEmulator,
    key: str | None = None,
) -> OpenAICompatClient:
    return OpenAICompatClient(
        session, base_url=emulator.url + "/v1/", model="qwen2.5:7b", api_key=key
    )


async def test_body_asks_for_usage(
    session: aiohttp.ClientSession, openai_compat_emulator: OpenAICompatEmulator
) -> None:
    await collect(
        local(session, openai_compat_emulator).stream_chat(
            ask_after_tool_call(max_tokens=99)
        )
    )
    (sent,) = openai_compat_emulator.chat_requests
    assert sent.json["stream_options"] == {"include_usage": True}
    assert sent.json["max_tokens"] == 99
    assert sent.json["tools"][0] == {
        "type": "function",
        "function": {
            "name": "HassTurnOn",
            "description": "Turn on a device",
            "parameters": LIGHT_TOOL.parameters,
        },
    }
    assert "authorization" not in sent.headers
    assert sent.json["messages"][-2:] == [
        {
            "role": "assistant",
            "content": "",
            "tool_calls": [
                {
                    "id": "call_1",
                    "type": "function",
                    "function": {
                        "name": "HassTurnOn",
                        "arguments": '{"name": "kitchen"}',
                    },
                }
            ],
        },
        {"role": "tool", "tool_call_id": "call_1", "content": '{"success": true}'},
    ]


async def test_parallel_tool_calls_joined_by_index(
    session: aiohttp.ClientSession, openai_compat_emulator: OpenAICompatEmulator
) -> None:
    calls = [
        ScriptedToolCall("HassTurnOn", {"name": "kitchen light"}),
        ScriptedToolCall("HassStartTimer", {"minutes": 5}),
    ]
    openai_compat_emulator.script(
        Reply(tool_calls=calls, input_tokens=50, cached_tokens=30, output_tokens=12)
    )
    events = await collect(
        local(session, openai_compat_emulator).stream_chat(
            ask(tools=[LIGHT_TOOL, TIMER_TOOL])
        )
    )
    assert [(call.id, call.name, call.arguments) for call in tool_calls(events)] == [
        (calls[0].id, "HassTurnOn", {"name": "kitchen light"}),
        (calls[1].id, "HassStartTimer", {"minutes": 5}),
    ]
    usage = done(events).usage
    assert (usage.input_tokens, usage.cached_input_tokens, usage.output_tokens) == (
        50,
        30,
        12,
    )


async def test_bearer_key(
    session: aiohttp.ClientSession, openai_compat_emulator: OpenAICompatEmulator
) -> None:
    openai_compat_emulator.valid_keys.add("sk-local")
    with pytest.raises(base.AuthFailed):
        await collect(local(session, openai_compat_emulator).stream_chat(ask()))
    events = await collect(
        local(session, openai_compat_emulator, key="sk-local").stream_chat(ask())
    )
    assert done(events).stop_reason == "end_turn"
    assert (
        openai_compat_emulator.chat_requests[-1].headers["authorization"]
        == "Bearer sk-local"
    )


async def test_images_and_schema(
    session: aiohttp.ClientSession, openai_compat_emulator: OpenAICompatEmulator
) -> None:
    """An image goes as a data URL content part; a JSON schema as response_format."""
    openai_compat_emulator.reply('{"ok": true}')
    request = base.ChatRequest(
        system="",
        messages=[
            base.ChatMessage(
                role="user",
                content="what is this",
                images=(base.Image("image/png", b"\x89PNG"),),
            )
        ],
        json_schema={"type": "object"},
    )
    await collect(local(session, openai_compat_emulator).stream_chat(request))
    (sent,) = openai_compat_emulator.chat_requests
    assert sent.json["messages"][0]["content"] == [
        {"type": "text", "text": "what is this"},
        {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw=="}},
    ]
    assert sent.json["response_format"] == {
        "type": "json_schema",
        "json_schema": {"name": "answer", "schema": {"type": "object"}},
    }


async def test_llamacpp_error_field_mid_stream_is_an_error(
    session: aiohttp.ClientSession, openai_compat_emulator: OpenAICompatEmulator
) -> None:
    """llama.cpp reports a failure as an `error:` SSE field, then `[DONE]`: not an empty answer."""
    openai_compat_emulator.server = "llama.cpp"
    openai_compat_emulator.fail_mid_stream(after_deltas=0, message="slot unavailable")
    with pytest.raises(base.BackendError, match="slot unavailable"):
        await collect(local(session, openai_compat_emulator).stream_chat(ask()))


@pytest.mark.parametrize("server", ["llama.cpp", "vllm"])
async def test_context_overflow_is_context_too_long(
    session: aiohttp.ClientSession,
    openai_compat_emulator: OpenAICompatEmulator,
    server: str,
) -> None:
    openai_compat_emulator.server = server
    openai_compat_emulator.context_tokens = 8
    with pytest.raises(base.ContextTooLong) as caught:
        await collect(local(session, openai_compat_emulator).stream_chat(ask()))
    assert caught.value.status == 400


async def test_complete_stream_without_done(
    session: aiohttp.ClientSession, openai_compat_emulator: OpenAICompatEmulator
) -> None:
    """Some servers end a complete stream after its finish reason and usage, without `[DONE]`."""
    openai_compat_emulator.send_done = False
    openai_compat_emulator.reply("All done.", deltas=2, input_tokens=12)
    events = await collect(local(session, openai_compat_emulator).stream_chat(ask()))
    assert (done(events).stop_reason, done(events).usage.input_tokens) == (
        "end_turn",
        12,
    )


async def test_stream_cut_before_its_usage_is_a_bad_response(
    session: aiohttp.ClientSession, openai_compat_emulator: OpenAICompatEmulator
) -> None:
    openai_compat_emulator.drop_mid_stream(after_deltas=2)
    with pytest.raises(base.BadResponse):
        await collect(local(session, openai_compat_emulator).stream_chat(ask()))
