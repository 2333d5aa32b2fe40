"""The small interface every backend speaks: chat requests in, a stream of events out.

This package has no Home Assistant imports; the integration converts its ChatLog into these types.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal, Protocol

# JSON as it crosses the wire: what json.loads returns and json.dumps takes.
type JsonValue = (
    str | int | float | bool | None | list[JsonValue] | dict[str, JsonValue]
)
type JsonObject = dict[str, JsonValue]


class ErrorKind(StrEnum):
    """Why a backend request failed; the agent decides fallback from this, never from strings."""

    UNREACHABLE = "unreachable"
    TIMEOUT = "timeout"
    AUTH_FAILED = "auth_failed"
    RATE_LIMITED = "rate_limited"
    OVERLOADED = "overloaded"
    MODEL_MISSING = "model_missing"
    CONTEXT_TOO_LONG = "context_too_long"
    BAD_RESPONSE = "bad_response"
    TOO_SLOW = "too_slow"


class BackendError(Exception):
    """A failed backend request, typed by ErrorKind; each subclass names its kind in its class line."""

    kind: ErrorKind = ErrorKind.BAD_RESPONSE

    def __init_subclass__(cls, *, kind: ErrorKind, **kwargs: object) -> None:
        """Give the subclass its kind."""
        super().__init_subclass__(**kwargs)
        cls.kind = kind

    def __init__(
        self,
        message: str,
        *,
        backend: str = "",
        status: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        """Store the message and context of the failure."""
        super().__init__(message)
        self.backend = backend
        self.status = status
        self.retry_after = retry_after


class BackendUnreachable(BackendError, kind=ErrorKind.UNREACHABLE):
    """The host refused or dropped the connection."""


class BackendTimeout(BackendError, kind=ErrorKind.TIMEOUT):
    """Connect or first-token timeout, or a stream that went silent."""


class TooSlow(BackendError, kind=ErrorKind.TOO_SLOW):
    """The backend kept answering (thinking, searching) but did not finish within the whole-answer limit."""


class AuthFailed(BackendError, kind=ErrorKind.AUTH_FAILED):
    """The API key was rejected."""


class RateLimited(BackendError, kind=ErrorKind.RATE_LIMITED):
    """429: too many requests or spending limit."""


class Overloaded(BackendError, kind=ErrorKind.OVERLOADED):
    """The service is overloaded (529, 503)."""


class ModelMissing(BackendError, kind=ErrorKind.MODEL_MISSING):
    """The configured model does not exist on the backend."""


class ContextTooLong(BackendError, kind=ErrorKind.CONTEXT_TOO_LONG):
    """The request does not fit the model's context window."""


class BadResponse(BackendError, kind=ErrorKind.BAD_RESPONSE):
    """The backend answered something we could not understand (or failed mid-stream)."""


@dataclass(frozen=True, slots=True)
class ToolSpec:
    """A function the model may call; parameters is a JSON schema object."""

    name: str
    description: str
    parameters: JsonObject


@dataclass(frozen=True, slots=True)
class ToolCall:
    """A call the model asked for."""

    id: str
    name: str
    arguments: JsonObject


@dataclass(frozen=True, slots=True)
class Image:
    """An image sent with a user message; only local models get images (camera content never leaves the house)."""

    mime_type: str
    data: bytes = field(repr=False)  # nor does it reach a log or a traceback


@dataclass(frozen=True, slots=True)
class ChatMessage:
    """One message of the conversation in backend-neutral form."""

    role: Literal["user", "assistant", "tool"]
    content: str
    tool_calls: tuple[ToolCall, ...] = ()
    tool_call_id: str | None = None  # for role "tool": which call this answers
    tool_name: str | None = None  # for role "tool"
    is_error: bool = False  # for role "tool"
    images: tuple[Image, ...] = ()  # for role "user"


@dataclass(slots=True)
class ChatRequest:
    """What the agent sends, most stable first: tools, instructions, the home's context, the turns, volatile context."""

    system: str
    messages: list[ChatMessage]
    tools: list[ToolSpec] = field(default_factory=list)
    # Changes every turn (clock, the satellite's area, extra prompt): placed after the last cache breakpoint.
    dynamic_context: str = ""
    max_tokens: int = 1024
    # A JSON schema the answer must match (structured output); servers that support it are told natively.
    json_schema: JsonObject | None = None
    # The home's exposed-entity context: the same for every conversation in the home.
    home_context: str = ""
    # The model to use instead of the backend's configured one (a model tier), "" for the configured one.
    model: str = ""


def current_turn_start(messages: list[ChatMessage]) -> int:
    """Index of the current user message: everything before it is earlier turns (stable, cacheable)."""
    for index in range(len(messages) - 1, -1, -1):
        if messages[index].role == "user":
            return index
    return len(messages)


@dataclass(slots=True)
class Usage:
    """Token and tool usage of one request, as the backend reported it."""

    input_tokens: int = 0  # uncached input
    output_tokens: int = 0  # visible output, excluding reasoning
    cached_input_tokens: int = 0  # cache reads
    cache_write_tokens: int = 0
    reasoning_tokens: int = 0
    web_search_calls: int = 0
    x_search_calls: int = 0
    sources_used: int = 0
    billed_usd: float | None = (
        None  # the amount the vendor says it billed, when it says
    )

    @property
    def all_input_tokens(self) -> int:
        """Every input token the model read: uncached, cache reads and cache writes."""
        return self.input_tokens + self.cached_input_tokens + self.cache_write_tokens

    @property
    def all_output_tokens(self) -> int:
        """Every output token billed: visible output and reasoning."""
        return self.output_tokens + self.reasoning_tokens

    def add(self, other: Usage) -> None:
        """Accumulate another request's usage (a tool loop makes several)."""
        self.input_tokens += other.input_tokens
        self.output_tokens += other.output_tokens
        self.cached_input_tokens += other.cached_input_tokens
        self.cache_write_tokens += other.cache_write_tokens
        self.reasoning_tokens += other.reasoning_tokens
        self.web_search_calls += other.web_search_calls
        self.x_search_calls += other.x_search_calls
        self.sources_used += other.sources_used
        if other.billed_usd is not None:
            self.billed_usd = (self.billed_usd or 0.0) + other.billed_usd


@dataclass(frozen=True, slots=True)
class Citation:
    """A web source the answer used."""

    url: str
    title: str = ""


@dataclass(frozen=True, slots=True)
class TextDelta:
    """A piece of the answer text."""

    text: str


@dataclass(frozen=True, slots=True)
class ToolCallRequested:
    """The model wants a tool called (arguments complete and parsed)."""

    call: ToolCall


@dataclass(frozen=True, slots=True)
class StreamDone:
    """The last event of every successful stream."""

    usage: Usage
    stop_reason: str  # "end_turn", "tool_use", "max_tokens", ...
    model: str
    host: str  # base URL that answered (which pool member, for local)
    first_token_s: float | None  # seconds from request start to first text/tool event
    total_s: float
    citations: tuple[Citation, ...] = ()


StreamEvent = TextDelta | ToolCallRequested | StreamDone


@dataclass(frozen=True, slots=True)
class HealthStatus:
    """Result of a background health check."""

    available: bool
    model_present: bool = True
    model_loaded: bool | None = None  # Ollama /api/ps; None when unknown
    detail: str = ""
    error_kind: ErrorKind | None = None  # why it is unavailable, when a request failed


class ChatBackend(Protocol):
    """What the agent and services need from any backend."""

    name: str  # "local", "claude", "grok"
    model: str

    def stream_chat(self, request: ChatRequest) -> AsyncIterator[StreamEvent]:
        """Stream the answer; raise BackendError subclasses on failure."""


class ServerBackend(ChatBackend, Protocol):
    """One server (not a pool): it can also be health-checked and asked for its models."""

    async def check_health(self) -> HealthStatus:
        """Cheap reachability/model check for the health sensors."""

    async def list_models(self) -> list[str]:
        """Model ids the server offers (config flow)."""
