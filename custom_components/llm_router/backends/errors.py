"""The one place that turns HTTP statuses, error bodies and transport failures into typed BackendErrors."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
import json

import aiohttp

from .base import (
    AuthFailed,
    BackendError,
    BackendTimeout,
    BackendUnreachable,
    BadResponse,
    ContextTooLong,
    JsonValue,
    ModelMissing,
    Overloaded,
    RateLimited,
)

# Vendor error types (Anthropic, OpenAI style) -> the HTTP status they stand for; used for errors sent mid-stream.
ERROR_TYPE_STATUS: dict[str, int] = {
    "invalid_request_error": 400,
    "authentication_error": 401,
    "permission_error": 403,
    "not_found_error": 404,
    "model_not_found": 404,
    "request_too_large": 413,
    "rate_limit_error": 429,
    "rate_limit_exceeded": 429,
    "api_error": 500,
    "overloaded_error": 529,
}

_AUTH_HINTS = (
    "incorrect api key",
    "invalid api key",
    "invalid x-api-key",
    "api key not valid",
)
_CONTEXT_HINTS = (
    "context length",
    "context_length",
    "context window",
    "maximum context",
    "prompt is too long",
    "input is too long",
    "too many tokens",
    "exceeds the context",
    "available context size",  # llama.cpp
)
_MAX_MESSAGE_CHARS = 300


def error_for_status(
    status: int | None,
    message: str,
    *,
    backend: str,
    retry_after: float | None = None,
) -> BackendError:
    """Map an HTTP status (None for an error sent inside a 200 stream) and message to a typed error."""
    error_type = _error_type(status, message.lower())
    if error_type is BadResponse:
        message = message or f"HTTP {status}"
    return error_type(message, backend=backend, status=status, retry_after=retry_after)


def _error_type(status: int | None, lowered: str) -> type[BackendError]:
    if status in (401, 403) or any(hint in lowered for hint in _AUTH_HINTS):
        return AuthFailed
    if status == 413 or any(hint in lowered for hint in _CONTEXT_HINTS):
        return ContextTooLong
    if status == 404 or (
        "model" in lowered and ("not found" in lowered or "does not exist" in lowered)
    ):
        return ModelMissing
    if status == 429:
        return RateLimited
    if status in (503, 529):
        return Overloaded
    return BadResponse


def error_for_body(
    status: int | None,
    body: object,
    *,
    backend: str,
    retry_after: float | None = None,
) -> BackendError:
    """Map a decoded error body of any vendor shape, typed by its error type when no status is known."""
    message, error_type = describe_error_body(body)
    if status is None:
        status = ERROR_TYPE_STATUS.get(error_type)
    return error_for_status(status, message, backend=backend, retry_after=retry_after)


def describe_error_body(body: object) -> tuple[str, str]:
    """Return (message, error type) of `{"error": "..."}`, `{"error": {"message", "type"}}` or plain text bodies."""
    if isinstance(body, dict):
        error = body.get("error", body)
        if isinstance(error, str):
            return error, str(body.get("code", ""))
        if isinstance(error, dict):
            message = error.get("message") or error.get("detail") or json.dumps(error)
            return str(message), str(error.get("type") or error.get("code") or "")
    text = body if isinstance(body, str) else json.dumps(body)
    return text[:_MAX_MESSAGE_CHARS], ""


async def error_from_response(
    response: aiohttp.ClientResponse, *, backend: str
) -> BackendError:
    """Read a failed response's body and turn it into a typed error."""
    text = await response.text(errors="replace")
    try:
        body: JsonValue = json.loads(text)
    except ValueError:
        body = text or response.reason or ""
    retry_after = parse_retry_after(response.headers.get("retry-after"))
    return error_for_body(
        response.status, body, backend=backend, retry_after=retry_after
    )


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a `retry-after` header (delta-seconds or HTTP date)."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except TypeError, ValueError:
        return None
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def transport_error(err: Exception, *, backend: str, mid_stream: bool) -> BackendError:
    """Map aiohttp/asyncio failures: timeouts, refused or dropped connections, broken streams."""
    if isinstance(err, BackendError):
        return err
    if isinstance(err, TimeoutError):
        return BackendTimeout(
            f"timed out: {err or type(err).__name__}", backend=backend
        )
    if mid_stream:
        return BadResponse(
            f"stream broken: {err or type(err).__name__}", backend=backend
        )
    return BackendUnreachable(
        f"cannot reach the server: {err or type(err).__name__}", backend=backend
    )
