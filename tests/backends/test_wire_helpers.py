"""The shared pieces: status/body to typed error mapping, retry-after, the SSE parser."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from custom_components.llm_router.backends import base
from custom_components.llm_router.backends.errors import (
    error_for_body,
    error_for_status,
    parse_retry_after,
)
from custom_components.llm_router.backends.http import SseEvent, sse_events

EXPECTED_ERRORS: dict[type[base.BackendError], list[tuple[int | None, str]]] = {
    base.AuthFailed: [
        (401, "invalid x-api-key"),
        (403, "permission denied"),
        (400, "Incorrect API key provided"),
    ],
    base.ModelMissing: [(404, "model: claude-imaginary"), (400, "model 'x' not found")],
    base.ContextTooLong: [
        (413, "request too large"),
        (400, "prompt is too long: 250000 tokens"),
    ],
    base.RateLimited: [(429, "slow down")],
    base.Overloaded: [(503, "server busy"), (529, "Overloaded")],
    base.BadResponse: [(500, "boom"), (422, "missing field"), (None, "model crashed")],
}


def test_status_mapping() -> None:
    for error_type, cases in EXPECTED_ERRORS.items():
        for status, message in cases:
            error = error_for_status(status, message, backend="x", retry_after=3)
            assert type(error) is error_type, (status, message)
            assert (error.backend, error.status, error.retry_after, str(error)) == (
                "x",
                status,
                3,
                message,
            )


@pytest.mark.parametrize(
    ("body", "error_type", "message"),
    [
        (
            {
                "type": "error",
                "error": {"type": "overloaded_error", "message": "Overloaded"},
            },
            base.Overloaded,
            "Overloaded",
        ),
        (
            {"type": "error", "error": {"type": "rate_limit_error", "message": "slow"}},
            base.RateLimited,
            "slow",
        ),
        (
            {"code": "Client specified an invalid argument", "error": "bad"},
            base.BadResponse,
            "bad",
        ),
        ({"error": "model 'q' not found"}, base.ModelMissing, "model 'q' not found"),
        ("plain text failure", base.BadResponse, "plain text failure"),
    ],
)
def test_mid_stream_bodies_typed_by_error_type(
    body: Any, error_type: type[base.BackendError], message: str
) -> None:
    error = error_for_body(None, body, backend="x")
    assert type(error) is error_type
    assert str(error) == message


def test_retry_after() -> None:
    assert parse_retry_after("7") == 7
    assert parse_retry_after("1.5") == 1.5
    assert parse_retry_after(None) is None
    assert parse_retry_after("soon") is None
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0


async def _lines(*lines: bytes) -> AsyncIterator[bytes]:
    for line in lines:
        yield line


async def test_sse_parser() -> None:
    stream = _lines(
        b": comment\r\n",
        b"event: message_start\r\n",
        b'data: {"a":1}\r\n',
        b"\r\n",
        b"data: first\n",
        b"data:second\n",
        b"\n",
        b"\n",
        b"data: [DONE]",
    )
    assert [event async for event in sse_events(stream)] == [
        SseEvent("message_start", '{"a":1}'),
        SseEvent("message", "first\nsecond"),
        SseEvent("message", "[DONE]"),
    ]


def test_an_images_bytes_stay_out_of_its_repr() -> None:
    """A camera image logged with its message (a debug log, a traceback) shows its type, never its content."""
    image = base.Image("image/jpeg", b"\xff\xd8 camera frame")
    assert repr(image) == "Image(mime_type='image/jpeg')"
    assert "camera frame" not in repr(
        base.ChatMessage("user", "Who is at the door?", images=(image,))
    )
