"""OllamaClient against the Ollama emulator."""

from __future__ import annotations

import aiohttp
import pytest

from custom_components.llm_router.backends import base
from custom_components.llm_router.backends.ollama import (
    OllamaClient,
    repair_tool_arguments,
)
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


def client(session: aiohttp.ClientSession, url: str, **options: object) -> OllamaClient:
    return OllamaClient(session, base_url=url + "/", model="llama3.2:3b", **options)  # type: ignore[arg-type]


async def test_streams_text_in_order(
    session: aiohttp.ClientSession, ollama_emulator: OllamaEmulator
) -> None:
    ollama_emulator.reply(
        "The kitchen light is on.", deltas=4, input_tokens=31, output_tokens=7
    )
    events = await collect(client(session, ollama_emulator.url).stream_chat(ask()))
    assert texts(events) == ["The ki", "tchen ", "light ", "is on."]
    final = done(events)
    assert (final.usage.input_tokens, final.usage.output_tokens) == (31, 7)
    assert final.stop_reason == "end_turn"
    assert final.host == ollama_emulator.url
    assert final.model == "llama3.2:3b"
    assert final.first_token_s is not None
    assert final.total_s >= final.first_token_s


async def test_request_carries_options_and_system(
    session: aiohttp.ClientSession, ollama_emulator: OllamaEmulator
) -> None:
    backend = client(session, ollama_emulator.url, keep_alive="30m", num_ctx=8192)
    await collect(
        backend.stream_chat(ask("Hi", dynamic_context="It is 10:00.", max_tokens=200))
    )
    (request,) = ollama_emulator.chat_requests
    assert request.json["keep_alive"] == "30m"
    assert request.json["options"] == {"num_ctx": 8192, "num_predict": 200}
    assert request.json["stream"] is True
    assert request.json["messages"][0] == {
        "role": "system",
        "content": "You are a home assistant.\n\nIt is 10:00.",
    }
    assert request.json["messages"][1] == {"role": "user", "content": "Hi"}


async def test_tool_round_trip(
    session: aiohttp.ClientSession, ollama_emulator: OllamaEmulator
) -> None:
    backend = client(session, ollama_emulator.url)
    ollama_emulator.reply_tool_call("HassTurnOn", {"name": "kitchen light"})
    ollama_emulator.reply("Done, the light is on.")
    first = await collect(
        backend.stream_chat(ask("Turn on the kitchen light", tools=[LIGHT_TOOL]))
    )
    (call,) = tool_calls(first)
    assert (call.name, call.arguments) == ("HassTurnOn", {"name": "kitchen light"})
    assert done(first).stop_reason == "tool_use"
    final = await tool_round_trip(backend, first)
    assert texts(final) == ["Done, the light is on."]
    sent = ollama_emulator.chat_requests[-1].json
    assert sent["tools"][0]["function"]["name"] == "HassTurnOn"
    assert sent["messages"][-2]["tool_calls"] == [
        {"function": {"name": "HassTurnOn", "arguments": {"name": "kitchen light"}}}
    ]
    assert sent["messages"][-1] == {
        "role": "tool",
        "content": '{"success": true}',
        "tool_name": "HassTurnOn",
    }


async def test_tools_only_when_model_is_capable(
    session: aiohttp.ClientSession, ollama_emulator: OllamaEmulator
) -> None:
    ollama_emulator.capabilities["llama3.2:3b"] = ["completion"]
    backend = client(session, ollama_emulator.url)
    await collect(backend.stream_chat(ask(tools=[LIGHT_TOOL])))
    await collect(backend.stream_chat(ask(tools=[LIGHT_TOOL])))
    assert all("tools" not in request.json for request in ollama_emulator.chat_requests)
    shows = [
        request for request in ollama_emulator.requests if request.path == "/api/show"
    ]
    assert len(shows) == 1  # the capability is cached per model


async def test_repairs_json_string_arguments(
    session: aiohttp.ClientSession, ollama_emulator: OllamaEmulator
) -> None:
    ollama_emulator.reply_tool_call(
        "HassTurnOn",
        '{"name": "kitchen", "area": "", "domain": "[\\"light\\"]", "brightness": null}',
    )
    events = await collect(
        client(session, ollama_emulator.url).stream_chat(ask(tools=[LIGHT_TOOL]))
    )
    (call,) = tool_calls(events)
    assert call.arguments == {"name": "kitchen", "domain": ["light"]}


def test_repair_keeps_zero_and_false() -> None:
    assert repair_tool_arguments(
        {"brightness": 0, "on": False, "area": None, "x": "{bad json}"}
    ) == {
        "brightness": 0,
        "on": False,
        "x": "{bad json}",
    }


@pytest.mark.parametrize(
    ("status", "message", "error_type"),
    [
        (404, "model 'llama3.2:3b' not found", base.ModelMissing),
        (400, "input length exceeds the context length", base.ContextTooLong),
        (
            503,
            "server busy, please try again.  maximum pending requests exceeded",
            base.Overloaded,
        ),
        (500, "llama runner process has terminated", base.BadResponse),
    ],
)
async def test_http_errors(
    session: aiohttp.ClientSession,
    ollama_emulator: OllamaEmulator,
    status: int,
    message: str,
    error_type: type[Exception],
) -> None:
    ollama_emulator.fail(status, message)
    with pytest.raises(error_type, match=message[:20]) as caught:
        await collect(client(session, ollama_emulator.url).stream_chat(ask()))
    assert caught.value.backend == "ollama"  # type: ignore[attr-defined]
    assert caught.value.status == status  # type: ignore[attr-defined]


async def test_missing_model(
    session: aiohttp.ClientSession, ollama_emulator: OllamaEmulator
) -> None:
    ollama_emulator.models.remove("llama3.2:3b")
    with pytest.raises(base.ModelMissing):
        await collect(client(session, ollama_emulator.url).stream_chat(ask()))


async def test_error_line_after_http_200(
    session: aiohttp.ClientSession, ollama_emulator: OllamaEmulator
) -> None:
    ollama_emulator.fail_mid_stream(after_deltas=2, message="model runner crashed")
    events, error = await collect_until_error(
        client(session, ollama_emulator.url).stream_chat(ask())
    )
    assert len(texts(events)) == 2
    assert isinstance(error, base.BadResponse)
    assert "model runner crashed" in str(error)


async def test_dropped_connection_mid_stream(
    session: aiohttp.ClientSession, ollama_emulator: OllamaEmulator
) -> None:
    ollama_emulator.drop_mid_stream(after_deltas=1)
    with pytest.raises(base.BadResponse):
        await collect(client(session, ollama_emulator.url).stream_chat(ask()))


async def test_unreachable(
    session: aiohttp.ClientSession, unreachable_url: str
) -> None:
    with pytest.raises(base.BackendUnreachable):
        await collect(client(session, unreachable_url).stream_chat(ask()))


async def test_first_token_timeout(
    session: aiohttp.ClientSession, ollama_emulator: OllamaEmulator
) -> None:
    ollama_emulator.latency = 5
    with pytest.raises(base.BackendTimeout):
        await collect(
            client(session, ollama_emulator.url, first_token_timeout=0.05).stream_chat(
                ask()
            )
        )


async def test_health(
    session: aiohttp.ClientSession, ollama_emulator: OllamaEmulator
) -> None:
    backend = client(session, ollama_emulator.url)
    status = await backend.check_health()
    assert (status.available, status.model_present, status.model_loaded) == (
        True,
        True,
        False,
    )
    ollama_emulator.loaded.append("llama3.2:3b")
    assert (await backend.check_health()).model_loaded is True
    ollama_emulator.models.clear()
    status = await backend.check_health()
    assert (status.available, status.model_present) == (False, False)
    assert await backend.list_models() == []


async def test_health_when_unreachable(
    session: aiohttp.ClientSession, unreachable_url: str
) -> None:
    status = await client(session, unreachable_url).check_health()
    assert not status.available
    assert status.error_kind == "unreachable"
