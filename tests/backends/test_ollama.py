"""OllamaClient specifics: options, tools only when capable, argument repair, tool messages, load state."""

from __future__ import annotations

import aiohttp
import pytest

from custom_components.llm_router.backends import base
from custom_components.llm_router.backends.ollama import (
    OllamaClient,
    parse_embeddings,
    repair_tool_arguments,
)
from tests.emulators.ollama import THINKING_MODEL, OllamaEmulator

from .helpers import (
    LIGHT_TOOL,
    ask,
    ask_after_tool_call,
    collect,
    done,
    texts,
    tool_calls,
)


def ollama(session: aiohttp.ClientSession, url: str, **options: object) -> OllamaClient:
    return OllamaClient(session, base_url=url + "/", model="llama3.2:3b", **options)  # type: ignore[arg-type]


async def test_request_carries_options_and_system(
    session: aiohttp.ClientSession, ollama_emulator: OllamaEmulator
) -> None:
    backend = ollama(session, ollama_emulator.url, keep_alive="30m", num_ctx=8192)
    await collect(
        backend.stream_chat(
            ask_after_tool_call(dynamic_context="It is 10:00.", max_tokens=200)
        )
    )
    (request,) = ollama_emulator.chat_requests
    assert request.json["keep_alive"] == "30m"
    assert request.json["options"] == {"num_ctx": 8192, "num_predict": 200}
    assert request.json["stream"] is True
    assert request.json["tools"][0]["function"]["name"] == "HassTurnOn"
    assert request.json["messages"] == [
        {"role": "system", "content": "You are a home assistant.\n\nIt is 10:00."},
        {"role": "user", "content": "Turn on the kitchen light"},
        {
            "role": "assistant",
            "content": "",
            "tool_calls": [
                {"function": {"name": "HassTurnOn", "arguments": {"name": "kitchen"}}}
            ],
        },
        {"role": "tool", "content": '{"success": true}', "tool_name": "HassTurnOn"},
    ]


async def test_tools_only_when_the_model_is_capable(
    session: aiohttp.ClientSession, ollama_emulator: OllamaEmulator
) -> None:
    ollama_emulator.capabilities["llama3.2:3b"] = ["completion"]
    backend = ollama(session, ollama_emulator.url)
    for _ in range(2):
        await collect(backend.stream_chat(ask(tools=[LIGHT_TOOL])))
    assert all("tools" not in request.json for request in ollama_emulator.chat_requests)
    shows = [
        request for request in ollama_emulator.requests if request.path == "/api/show"
    ]
    assert len(shows) == 1  # the capability is cached per model


async def test_repairs_json_string_arguments(
    session: aiohttp.ClientSession, ollama_emulator: OllamaEmulator
) -> None:
    arguments = (
        '{"name": "kitchen", "area": "", "domain": "[\\"light\\"]", "brightness": null}'
    )
    ollama_emulator.reply_tool_call("HassTurnOn", arguments)
    events = await collect(
        ollama(session, ollama_emulator.url).stream_chat(ask(tools=[LIGHT_TOOL]))
    )
    (call,) = tool_calls(events)
    assert call.arguments == {"name": "kitchen", "domain": ["light"]}


def test_repair_keeps_zero_false_and_broken_json_text() -> None:
    repaired = repair_tool_arguments(
        {"brightness": 0, "on": False, "area": None, "note": "{not json}"}
    )
    assert repaired == {"brightness": 0, "on": False, "note": "{not json}"}


async def test_model_without_tools_rejects_them(
    session: aiohttp.ClientSession, ollama_emulator: OllamaEmulator
) -> None:
    ollama_emulator.fail(
        400, "registry.ollama.ai/library/llama3.2:3b does not support tools"
    )
    with pytest.raises(base.BadResponse, match="does not support tools"):
        await collect(ollama(session, ollama_emulator.url).stream_chat(ask()))


async def test_loaded_state(
    session: aiohttp.ClientSession, ollama_emulator: OllamaEmulator
) -> None:
    backend = ollama(session, ollama_emulator.url)
    assert (await backend.check_health()).model_loaded is False
    ollama_emulator.loaded.append("llama3.2:3b")
    assert (await backend.check_health()).model_loaded is True


async def test_embed_returns_one_vector_per_text(
    session: aiohttp.ClientSession, ollama_emulator: OllamaEmulator
) -> None:
    vectors = await ollama(session, ollama_emulator.url).embed(
        ["turn on the light", "turn on the lights", "latest news"], "nomic-embed-text"
    )
    assert len(vectors) == 3
    assert all(len(vector) == len(vectors[0]) > 0 for vector in vectors)
    (request,) = ollama_emulator.requests
    assert request.path == "/api/embed"
    assert request.json == {
        "model": "nomic-embed-text",
        "input": ["turn on the light", "turn on the lights", "latest news"],
    }


@pytest.mark.parametrize(
    ("model", "error", "message"),
    [
        ("llama3.2:3b", base.BadResponse, "does not support embeddings"),
        ("all-minilm", base.ModelMissing, "not found"),
    ],
)
async def test_embed_errors_are_typed(
    session: aiohttp.ClientSession,
    ollama_emulator: OllamaEmulator,
    model: str,
    error: type[base.BackendError],
    message: str,
) -> None:
    with pytest.raises(error, match=message):
        await ollama(session, ollama_emulator.url).embed(["hello"], model)


@pytest.mark.parametrize(
    "answer",
    [
        {"embeddings": [[0.1, 0.2]]},  # one vector for two texts
        {"embeddings": [[0.1], []]},
        {"embeddings": [[0.1], [True]]},
        {"embedding": [0.1]},
        [[0.1], [0.2]],
    ],
)
def test_malformed_embeddings_are_bad_responses(answer: object) -> None:
    with pytest.raises(base.BadResponse, match="expected 2 embeddings"):
        parse_embeddings(answer, 2, backend="ollama")


async def test_thinking_model_is_told_not_to_think(
    session: aiohttp.ClientSession, ollama_emulator: OllamaEmulator
) -> None:
    backend = OllamaClient(session, base_url=ollama_emulator.url, model=THINKING_MODEL)
    for _ in range(2):
        events = await collect(backend.stream_chat(ask()))
        assert "".join(texts(events)) == ollama_emulator.default_text
    assert [request.json["think"] for request in ollama_emulator.chat_requests] == [
        False,
        False,
    ]
    shows = [
        request for request in ollama_emulator.requests if request.path == "/api/show"
    ]
    assert len(shows) == 1  # the capability is asked once


async def test_thinking_when_allowed_is_never_spoken(
    session: aiohttp.ClientSession, ollama_emulator: OllamaEmulator
) -> None:
    backend = OllamaClient(
        session, base_url=ollama_emulator.url, model=THINKING_MODEL, think=True
    )
    ollama_emulator.reply("Seventeen.", output_tokens=3)
    events = await collect(backend.stream_chat(ask()))
    assert "think" not in ollama_emulator.chat_requests[0].json
    assert "".join(texts(events)) == "Seventeen."
    # Ollama counts the thinking tokens in eval_count: they are billed output all the same.
    assert done(events).usage.output_tokens == 3 + ollama_emulator.thinking_tokens


async def test_models_that_cannot_think_get_no_think_field(
    session: aiohttp.ClientSession, ollama_emulator: OllamaEmulator
) -> None:
    await collect(ollama(session, ollama_emulator.url).stream_chat(ask()))
    assert "think" not in ollama_emulator.chat_requests[0].json


async def test_emulator_refuses_thinking_for_a_model_that_cannot(
    session: aiohttp.ClientSession, ollama_emulator: OllamaEmulator
) -> None:
    body = {"model": "llama3.2:3b", "messages": [], "think": True}
    async with session.post(ollama_emulator.url + "/api/chat", json=body) as answer:
        assert answer.status == 400
        assert await answer.json() == {
            "error": '"llama3.2:3b" does not support thinking'
        }
