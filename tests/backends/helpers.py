"""Helpers shared by the backend tests: requests, collecting a stream, the tool round trip."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from custom_components.llm_router.backends.base import (
    BackendError,
    ChatBackend,
    ChatMessage,
    ChatRequest,
    StreamDone,
    StreamEvent,
    TextDelta,
    ToolCall,
    ToolCallRequested,
    ToolSpec,
)

LIGHT_TOOL = ToolSpec(
    name="HassTurnOn",
    description="Turn on a device",
    parameters={"type": "object", "properties": {"name": {"type": "string"}}},
)
TIMER_TOOL = ToolSpec(
    name="HassStartTimer", description="Start a timer", parameters={"type": "object"}
)


# Usage numbers scripted into emulators (Reply fields), in one place.
SCRIPTED_USAGE = {
    "input_tokens": 900,
    "cached_tokens": 100,
    "cache_write_tokens": 500,
    "output_tokens": 40,
    "reasoning_tokens": 200,
    "web_search_calls": 2,
    "x_search_calls": 1,
    "sources_used": 5,
}


TOOL_CALL = ToolCall("call_1", "HassTurnOn", {"name": "kitchen"})


def ask_after_tool_call(**options: Any) -> ChatRequest:
    """A request whose history holds a HassTurnOn call and its result."""
    request = ask("Turn on the kitchen light", tools=[LIGHT_TOOL], **options)
    request.messages += [
        ChatMessage("assistant", "", tool_calls=(TOOL_CALL,)),
        ChatMessage(
            "tool", '{"success": true}', tool_call_id="call_1", tool_name="HassTurnOn"
        ),
    ]
    return request


def ask(text: str = "Hello", **options: Any) -> ChatRequest:
    """A one-message request with a system prompt."""
    return ChatRequest(
        system="You are a home assistant.",
        messages=[ChatMessage("user", text)],
        **options,
    )


async def collect(stream: AsyncIterator[StreamEvent]) -> list[StreamEvent]:
    """Every event of a stream."""
    return [event async for event in stream]


async def collect_until_error(
    stream: AsyncIterator[StreamEvent],
) -> tuple[list[StreamEvent], BackendError]:
    """The events received before the stream failed, and its error."""
    events: list[StreamEvent] = []
    try:
        async for event in stream:
            events.append(event)  # noqa: PERF401  # keeps what arrived before the error
    except BackendError as err:
        return events, err
    raise AssertionError("the stream did not fail")


def texts(events: list[StreamEvent]) -> list[str]:
    """The text deltas, in order."""
    return [event.text for event in events if isinstance(event, TextDelta)]


def tool_calls(events: list[StreamEvent]) -> list[ToolCall]:
    """The requested tool calls."""
    return [event.call for event in events if isinstance(event, ToolCallRequested)]


def done(events: list[StreamEvent]) -> StreamDone:
    """The final event (asserting there is exactly one, last)."""
    assert isinstance(events[-1], StreamDone)
    assert sum(isinstance(event, StreamDone) for event in events) == 1
    return events[-1]


async def tool_round_trip(
    backend: ChatBackend, first_events: list[StreamEvent]
) -> list[StreamEvent]:
    """Answer the tool call of first_events and stream the model's final answer."""
    (call,) = tool_calls(first_events)
    request = ask("Turn on the kitchen light", tools=[LIGHT_TOOL])
    request.messages += [
        ChatMessage("assistant", "", tool_calls=(call,)),
        ChatMessage(
            "tool", '{"success": true}', tool_call_id=call.id, tool_name=call.name
        ),
    ]
    return await collect(backend.stream_chat(request))
