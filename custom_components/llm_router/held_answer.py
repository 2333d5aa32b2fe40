"""Hold the start of a local answer back until it can be judged, so that a failing answer is never spoken.

The hold ends as soon as the answer is longer than Home Assistant's own text-to-speech streaming threshold, or
when it ends: a passing answer is released with no latency the pipeline would not have added anyway.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .backends.base import (
    StreamDone,
    StreamEvent,
    TextDelta,
    ToolCallRequested,
    ToolSpec,
)
from .router.answer_check import (
    HOLD_CHARS,
    AnswerFailure,
    check_end,
    check_text,
    check_tool_call,
)
from .router.escalation import Target


@dataclass(slots=True)
class HeldAnswer:
    """The events held back, the rest of the stream, and the check's verdict on what was held."""

    events: list[StreamEvent]
    rest: AsyncIterator[StreamEvent]
    failure: AnswerFailure | None = None
    targets: tuple[Target, ...] = ()  # where a failing answer may escalate to

    async def replay(self) -> AsyncGenerator[StreamEvent]:
        """The whole answer: the held events, then the rest as it arrives."""
        for event in self.events:
            yield event
        async for event in self.rest:
            yield event

    async def aclose(self) -> None:
        """Stop the backend's stream (an escalated answer is not needed any more)."""
        if (aclose := getattr(self.rest, "aclose", None)) is not None:
            await aclose()


async def hold_answer(
    stream: AsyncIterator[StreamEvent],
    *,
    language: str | None,
    tools: Sequence[ToolSpec],
) -> HeldAnswer:
    """Read the stream until the answer can be judged; tool calls are held (and checked) until the stream ends."""
    schemas: Mapping[str, Mapping[str, Any]] = {
        tool.name: tool.parameters for tool in tools
    }
    held = HeldAnswer(events=[], rest=stream)
    text = ""
    calls = 0
    async for event in stream:
        held.events.append(event)
        if isinstance(event, TextDelta):
            text += event.text
            if len(text) > HOLD_CHARS:
                held.failure = check_text(text, language)
                return held
        elif isinstance(event, ToolCallRequested):
            calls += 1
            call = event.call
            if failure := check_tool_call(call.name, call.arguments, schemas):
                held.failure = failure
                return held
        elif isinstance(event, StreamDone):
            held.failure = check_text(text, language) or check_end(
                text, event.stop_reason, tool_calls=calls
            )
            return held
    return held
