"""A vendor body of the wrong shape fails the request with BadResponse, never with a KeyError or TypeError."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
import json

import aiohttp
import pytest

from custom_components.llm_router.backends import base, http
from custom_components.llm_router.backends.anthropic import AnthropicClient
from custom_components.llm_router.backends.json_reader import JsonReader
from custom_components.llm_router.backends.ollama import OllamaClient
from custom_components.llm_router.backends.openai_compat import OpenAICompatClient
from custom_components.llm_router.backends.xai import XaiClient

type ClientFactory = Callable[[aiohttp.ClientSession], http.HttpBackend]


def ollama(session: aiohttp.ClientSession) -> http.HttpBackend:
    return OllamaClient(session, model="llama3.2:3b")


def openai(session: aiohttp.ClientSession) -> http.HttpBackend:
    return OpenAICompatClient(session, model="qwen2.5:7b")


def claude(session: aiohttp.ClientSession) -> http.HttpBackend:
    return AnthropicClient(session, api_key="sk-ant", model="claude-sonnet-4-6")


def grok(session: aiohttp.ClientSession) -> http.HttpBackend:
    return XaiClient(session, api_key="xai", model="grok-4.3")


def sse(*events: object) -> list[bytes]:
    """Server-sent events, one JSON data line each."""
    return [f"data: {json.dumps(event)}\n\n".encode() for event in events]


def ndjson(*chunks: object) -> list[bytes]:
    """Ollama's newline-delimited JSON chunks."""
    return [f"{json.dumps(chunk)}\n".encode() for chunk in chunks]


async def parse(client: http.HttpBackend, body: list[bytes]) -> list[object]:
    """Run a client's stream parser over a body's lines."""

    async def lines() -> AsyncIterator[bytes]:
        for frame in body:
            for line in frame.splitlines(keepends=True):
                yield line

    return [event async for event in client.parse_stream(lines())]


MALFORMED: dict[str, tuple[ClientFactory, list[bytes], str]] = {
    "ollama content is a list": (
        ollama,
        ndjson({"message": {"role": "assistant", "content": ["Hi"]}, "done": False}),
        "content",
    ),
    "ollama token count is text": (
        ollama,
        ndjson({"message": {"content": "Hi"}, "done": True, "eval_count": "x"}),
        "eval_count",
    ),
    "ollama tool_calls is an object": (
        ollama,
        ndjson({"message": {"tool_calls": {"function": {}}}, "done": True}),
        "tool_calls",
    ),
    "openai usage is text": (
        openai,
        sse(
            {"choices": [{"delta": {"content": "Hi"}, "finish_reason": "stop"}]},
            {"choices": [], "usage": "x"},
        ),
        "usage",
    ),
    "openai choices is an object": (
        openai,
        sse({"choices": {"delta": {"content": "Hi"}}}),
        "choices",
    ),
    "anthropic usage is text": (
        claude,
        sse({"type": "message_start", "message": {"model": "claude", "usage": "x"}}),
        "usage",
    ),
    "anthropic delta is text": (
        claude,
        sse({"type": "content_block_delta", "index": 0, "delta": "Hi"}),
        "delta",
    ),
    "xai message content is not a list": (
        grok,
        sse(
            {
                "type": "response.output_item.done",
                "item": {"type": "message", "content": "Hi"},
            }
        ),
        "content",
    ),
    "xai usage is text": (
        grok,
        sse({"type": "response.completed", "response": {"usage": "x"}}),
        "usage",
    ),
}


@pytest.mark.parametrize(
    ("client", "body", "field"), MALFORMED.values(), ids=MALFORMED.keys()
)
async def test_a_field_of_the_wrong_shape_is_a_bad_response(
    session: aiohttp.ClientSession,
    client: ClientFactory,
    body: list[bytes],
    field: str,
) -> None:
    backend = client(session)
    with pytest.raises(base.BadResponse, match=repr(field)) as caught:
        await parse(backend, body)
    assert caught.value.kind is base.ErrorKind.BAD_RESPONSE
    assert caught.value.backend == backend.name


async def test_absent_and_null_fields_read_as_empty(
    session: aiohttp.ClientSession,
) -> None:
    """LiteLLM and vLLM send `null` for what they have nothing for: that is no error."""
    events = await parse(
        openai(session),
        [
            *sse(
                {
                    "model": None,
                    "choices": [{"delta": {"content": "Hi", "tool_calls": None}}],
                },
                {"choices": [{"delta": {}, "finish_reason": "stop"}], "usage": None},
                {
                    "choices": [],
                    "usage": {"prompt_tokens": 12, "prompt_tokens_details": None},
                },
            ),
            b"data: [DONE]\n\n",
        ],
    )
    assert events == [
        base.TextDelta("Hi"),
        http.StreamFinish(usage=base.Usage(input_tokens=12), stop_reason="end_turn"),
    ]


@pytest.mark.parametrize(
    ("path", "body"),
    [
        (("usage", "input_tokens"), {"usage": []}),
        (("usage", "input_tokens"), {"usage": {"input_tokens": 1.5}}),
        (("usage", "input_tokens"), {"usage": {"input_tokens": True}}),
    ],
)
def test_a_count_that_is_no_integer_is_a_bad_response(
    path: tuple[str, ...], body: base.JsonObject
) -> None:
    with pytest.raises(base.BadResponse):
        JsonReader("grok").int_at(body, *path)


def test_tool_arguments_that_are_no_object_are_a_bad_response() -> None:
    reader = JsonReader("local")
    assert reader.tool_arguments('{"name": "kitchen"}') == {"name": "kitchen"}
    assert reader.tool_arguments(" ") == {}
    for raw in (["kitchen"], 3, "[1, 2]", "{not json"):
        with pytest.raises(base.BadResponse):
            reader.tool_arguments(raw)


async def test_a_model_listing_of_the_wrong_shape_is_a_bad_response(
    session: aiohttp.ClientSession,
) -> None:
    backend = openai(session)
    assert backend.model_ids({"data": [{"id": "qwen2.5:7b"}, {"object": "x"}]}) == [
        "qwen2.5:7b"
    ]
    for listing in (["qwen2.5:7b"], {"data": "qwen2.5:7b"}):
        with pytest.raises(base.BadResponse):
            backend.model_ids(listing)
