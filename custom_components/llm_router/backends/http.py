"""Shared HTTP plumbing of the backends: JSON requests and streamed requests with typed errors, the SSE parser.

Every client derives from HttpBackend. A streamed request runs under three limits: the first-token timeout
(the longest silence before the answer starts; thinking and search progress count as life), the idle timeout
(the longest silence once text flows) and the answer timeout (the whole answer, however lively).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Mapping
from contextlib import aclosing
from dataclasses import dataclass, replace
from typing import ClassVar, NamedTuple, Required, TypedDict, Unpack

import aiohttp

from .base import (
    BackendError,
    BackendTimeout,
    BadResponse,
    ChatMessage,
    ChatRequest,
    Citation,
    HealthStatus,
    JsonObject,
    JsonValue,
    ModelMissing,
    Overloaded,
    RateLimited,
    StreamDone,
    StreamEvent,
    TextDelta,
    ToolCallRequested,
    ToolSpec,
    TooSlow,
    Usage,
    current_turn_start,
)
from .errors import error_from_response, transport_error
from .json_reader import JsonReader

DEFAULT_CONNECT_TIMEOUT = 5.0
DEFAULT_FIRST_TOKEN_TIMEOUT = 60.0
DEFAULT_IDLE_TIMEOUT = 10.0
DEFAULT_ANSWER_TIMEOUT = 180.0
DEFAULT_RETRY_AFTER_CAP = 5.0


@dataclass(frozen=True, slots=True)
class StreamFinish:
    """The protocol-level end of a stream; the client adds timings and host to make the StreamDone."""

    usage: Usage
    stop_reason: str
    model: str = ""
    citations: tuple[Citation, ...] = ()


@dataclass(frozen=True, slots=True)
class Progress:
    """The model is working (thinking, searching) without answer text yet: a sign of life, never shown."""


PROGRESS = Progress()

type ParsedEvent = TextDelta | ToolCallRequested | StreamFinish | Progress


class SseEvent(NamedTuple):
    """One server-sent event: its `event:` name ("message" when absent) and joined `data:` lines.

    A named tuple rather than a dataclass: the parser makes one per event, and a tuple is the cheapest to make.
    """

    event: str
    data: str


@dataclass(frozen=True, slots=True)
class StreamLimits:
    """The time limits (seconds) of one streamed answer."""

    first_token: float = DEFAULT_FIRST_TOKEN_TIMEOUT
    idle: float = DEFAULT_IDLE_TIMEOUT
    answer: float = DEFAULT_ANSWER_TIMEOUT


class StreamClock:
    """Start time, first-event time, last sign of life and the resulting read deadline of one streamed request."""

    __slots__ = ("_loop", "first_event_at", "last_life", "limits", "started")

    def __init__(self, limits: StreamLimits) -> None:
        """Start the clock now."""
        self._loop = asyncio.get_running_loop()
        self.limits = limits
        self.started = self.last_life = self._loop.time()
        self.first_event_at: float | None = None

    @property
    def deadline(self) -> float:
        """Loop time by which the next read must finish."""
        quiet = (
            self.limits.first_token if self.first_event_at is None else self.limits.idle
        )
        return min(self.last_life + quiet, self.started + self.limits.answer)

    def mark_life(self) -> None:
        """Record progress: the model is thinking or searching."""
        self.last_life = self._loop.time()

    def mark_event(self) -> None:
        """Record that a text or tool event was produced."""
        self.last_life = self._loop.time()
        if self.first_event_at is None:
            self.first_event_at = self.last_life

    def expired(self, backend: str) -> BackendError:
        """The error for a read that missed the deadline, naming the limit that ran out."""
        if self._loop.time() >= self.started + self.limits.answer:
            return TooSlow(
                f"no complete answer within {self.limits.answer:g} s", backend=backend
            )
        if self.first_event_at is None:
            return BackendTimeout(
                f"no first token and no progress for {self.limits.first_token:g} s",
                backend=backend,
            )
        return BackendTimeout(
            f"the stream stalled: nothing for {self.limits.idle:g} s", backend=backend
        )

    def first_token_s(self) -> float | None:
        """Seconds from request start to the first event, if any."""
        return (
            None if self.first_event_at is None else self.first_event_at - self.started
        )

    def total_s(self) -> float:
        """Seconds since request start."""
        return self._loop.time() - self.started


class LineReader:
    """Async iterator over the lines of a response body, mapping read failures to typed errors."""

    __slots__ = ("_backend", "_clock", "_content")

    def __init__(
        self, response: aiohttp.ClientResponse, clock: StreamClock, backend: str
    ) -> None:
        """Read from response, honouring the clock's deadline."""
        self._content = response.content
        self._clock = clock
        self._backend = backend

    def __aiter__(self) -> LineReader:
        """Return self."""
        return self

    async def __anext__(self) -> bytes:
        """Return the next line (with its line break); stop at the end of the body."""
        try:
            async with asyncio.timeout_at(self._clock.deadline):
                line = await self._content.readline()
        except TimeoutError as err:
            raise self._clock.expired(self._backend) from err
        except (aiohttp.ClientError, ValueError) as err:
            raise transport_error(err, backend=self._backend, mid_stream=True) from err
        if not line:
            raise StopAsyncIteration
        return line


async def sse_events(lines: AsyncIterator[bytes]) -> AsyncIterator[SseEvent]:
    """Parse server-sent events: `event:`/`data:` fields, blank line ends an event, `:` lines are comments.

    llama.cpp reports a failure as an `error: {json}` line: that becomes an event named "error".
    """
    event = ""
    data: list[str] = []
    async for raw in lines:
        line = raw.decode().rstrip("\r\n")
        if not line:
            if data:
                yield SseEvent(event or "message", "\n".join(data))
            event, data = "", []
            continue
        field, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if field == "data":
            data.append(value)
        elif field == "event":
            event = value
        elif field == "error":  # llama.cpp's own field for a failure mid-stream
            event = "error"
            data.append(value)
    if data:
        yield SseEvent(event or "message", "\n".join(data))


def stable_system_prompt(request: ChatRequest) -> str:
    """Join the instructions and the home's context: the part of the prompt that stays the same."""
    return "\n\n".join(part for part in (request.system, request.home_context) if part)


def system_prompt(request: ChatRequest) -> str:
    """Join the whole system prompt, volatile context last, for APIs without cache breakpoints."""
    return "\n\n".join(
        part
        for part in (stable_system_prompt(request), request.dynamic_context)
        if part
    )


def messages_with_system(
    request: ChatRequest, convert: Callable[[ChatMessage], JsonObject]
) -> list[JsonValue]:
    """The messages of an Ollama or chat-completions body: the whole system prompt as the first, then each converted."""
    system = system_prompt(request)
    messages: list[JsonValue] = (
        [{"role": "system", "content": system}] if system else []
    )
    messages.extend(convert(message) for message in request.messages)
    return messages


def messages_with_context(request: ChatRequest) -> list[ChatMessage]:
    """The messages with the volatile context put before the current user message's text.

    For APIs that cache by prefix: tools, instructions, the home's context and earlier turns stay byte-identical.
    """
    messages = list(request.messages)
    start = current_turn_start(messages)
    if request.dynamic_context and start < len(messages):
        current = messages[start]
        messages[start] = replace(
            current, content=f"{request.dynamic_context}\n\n{current.content}"
        )
    return messages


def nested_function_tool(tool: ToolSpec) -> JsonObject:
    """Convert a ToolSpec to the OpenAI chat-completions shape Ollama also uses: `{type, function: {...}}`."""
    return {
        "type": "function",
        "function": {
            "name": tool.name,
            "description": tool.description,
            "parameters": tool.parameters,
        },
    }


def unavailable(err: BackendError) -> HealthStatus:
    """Return the health status of a backend whose check failed."""
    return HealthStatus(
        available=False,
        model_present=not isinstance(err, ModelMissing),
        detail=f"{err.kind}: {err}",
        error_kind=err.kind,
    )


class HttpOptions(TypedDict, total=False):
    """Timeouts (seconds) every client accepts."""

    connect_timeout: float
    first_token_timeout: (
        float  # longest silence before the first text/tool event (progress is life)
    )
    idle_timeout: float  # longest silence between two events once text flows
    answer_timeout: (
        float  # longest time one streamed answer may take, from request to last event
    )
    retry_after_cap: (
        float  # longest honoured retry-after (clients that retry a busy server)
    )


class ClientOptions(HttpOptions, total=False):
    """What every client takes besides its session: the model, and the server, name and key when not the default."""

    model: Required[str]
    base_url: str | None
    name: str | None
    api_key: str | None


class HttpBackend:
    """Base of the HTTP clients: shared session, base URL, timeouts, typed errors and streamed chat.

    Subclasses set chat_path, default_url and default_name, implement chat_body and parse_stream, and override
    api_base and auth_headers where their API differs.
    """

    chat_path: ClassVar[str]
    default_url: ClassVar[str]
    default_name: ClassVar[str]
    models_path: ClassVar[str] = "/v1/models"
    busy_retries: ClassVar[int] = 0  # retries of a 429/529 that carries retry-after

    def __init__(
        self,
        session: aiohttp.ClientSession,
        *,
        model: str,
        base_url: str | None = None,
        name: str | None = None,
        api_key: str | None = None,
        **options: Unpack[HttpOptions],
    ) -> None:
        """Configure the client; the session belongs to the caller (Home Assistant's shared one)."""
        self._session = session
        self.name = name or self.default_name
        self.base_url = self.api_base(base_url or self.default_url)
        self.model = model
        self.wire = JsonReader(self.name)
        self.limits = StreamLimits(
            first_token=options.get("first_token_timeout", DEFAULT_FIRST_TOKEN_TIMEOUT),
            idle=options.get("idle_timeout", DEFAULT_IDLE_TIMEOUT),
            answer=options.get("answer_timeout", DEFAULT_ANSWER_TIMEOUT),
        )
        self.retry_after_cap = options.get("retry_after_cap", DEFAULT_RETRY_AFTER_CAP)
        self._headers = self.auth_headers(api_key)
        self._timeout = aiohttp.ClientTimeout(
            total=None,
            sock_connect=options.get("connect_timeout", DEFAULT_CONNECT_TIMEOUT),
            sock_read=max(self.limits.idle, self.limits.first_token),
        )

    def api_base(self, base_url: str) -> str:
        """The URL the API paths are appended to."""
        return base_url.rstrip("/")

    def auth_headers(self, api_key: str | None) -> dict[str, str]:
        """The headers that carry the key: a Bearer token, when there is a key."""
        return {"Authorization": f"Bearer {api_key}"} if api_key else {}

    async def chat_body(self, request: ChatRequest) -> JsonObject:
        """Build the vendor's JSON body for a streamed chat request."""
        raise NotImplementedError

    def parse_stream(self, lines: AsyncIterator[bytes]) -> AsyncGenerator[ParsedEvent]:
        """Turn the body lines of a streamed answer into events, ending with a StreamFinish."""
        raise NotImplementedError

    async def list_models(self) -> list[str]:
        """Return the model ids of the server's OpenAI-style model listing."""
        return self.model_ids(await self.request_json("GET", self.models_path))

    async def check_health(self) -> HealthStatus:
        """Report available when the model listing answers and names the model."""
        try:
            models = await self.list_models()
        except BackendError as err:
            return unavailable(err)
        present = self.model in models
        return HealthStatus(
            available=present,
            model_present=present,
            detail="" if present else f"{self.base_url} does not list {self.model}",
        )

    def model_ids(self, listing: JsonValue) -> list[str]:
        """The ids of an OpenAI-style `{"data": [{"id": ...}]}` model listing."""
        entries = self.wire.objects_at(self.wire.as_object(listing, "models"), "data")
        return [str(entry["id"]) for entry in entries if "id" in entry]

    def url(self, path: str) -> str:
        """Absolute URL of an API path such as `/api/chat`."""
        return self.base_url + path

    async def request_json(
        self,
        method: str,
        path: str,
        *,
        body: JsonValue = None,
        params: Mapping[str, str] | None = None,
    ) -> JsonValue:
        """Send a small JSON request and return the decoded answer."""
        try:
            async with self._session.request(
                method,
                self.url(path),
                json=body,
                params=params,
                headers=self._headers,
                timeout=self._timeout,
            ) as response:
                if response.status >= 400:
                    raise await error_from_response(response, backend=self.name)
                answer: JsonValue = await response.json(content_type=None)
                return answer
        except ValueError as err:
            raise BadResponse(
                f"invalid JSON from {path}: {err}", backend=self.name
            ) from err
        except (aiohttp.ClientError, TimeoutError) as err:
            raise transport_error(err, backend=self.name, mid_stream=False) from err

    async def stream_chat(self, request: ChatRequest) -> AsyncGenerator[StreamEvent]:
        """Stream the answer to request; raise BackendError subclasses on failure."""
        clock = StreamClock(self.limits)
        body = await self.chat_body(request)
        response = await self._open_stream(self.chat_path, body, clock)
        try:
            async with aclosing(
                self.parse_stream(LineReader(response, clock, self.name))
            ) as items:
                async for item in items:
                    if isinstance(item, Progress):
                        clock.mark_life()
                        continue
                    if isinstance(item, StreamFinish):
                        yield self._done(item, clock, request.model)
                        return
                    clock.mark_event()
                    yield item
        finally:
            _close(response)
        raise BadResponse("the stream ended before its final event", backend=self.name)

    async def _open_stream(
        self, path: str, body: JsonObject, clock: StreamClock
    ) -> aiohttp.ClientResponse:
        """Start the streamed request, waiting out a busy server's retry-after up to busy_retries times."""
        retries = self.busy_retries
        while True:
            try:
                return await self._post(path, body, clock)
            except (RateLimited, Overloaded) as err:
                if retries == 0 or err.retry_after is None:
                    raise
                retries -= 1
                await asyncio.sleep(min(err.retry_after, self.retry_after_cap))

    async def _post(
        self, path: str, body: JsonObject, clock: StreamClock
    ) -> aiohttp.ClientResponse:
        """POST and wait for the response headers before the clock's deadline; raise typed errors."""
        try:
            async with asyncio.timeout_at(clock.deadline):
                response = await self._session.post(
                    self.url(path),
                    json=body,
                    headers=self._headers,
                    timeout=self._timeout,
                )
                if response.status >= 400:
                    try:
                        raise await error_from_response(response, backend=self.name)
                    finally:
                        response.release()
        except aiohttp.ClientError as err:  # connect timeouts included
            raise transport_error(err, backend=self.name, mid_stream=False) from err
        except TimeoutError as err:
            raise clock.expired(self.name) from err
        return response

    def _done(self, finish: StreamFinish, clock: StreamClock, model: str) -> StreamDone:
        """Build the StreamDone of a finished stream (model: the one asked for, when the stream names none)."""
        return StreamDone(
            usage=finish.usage,
            stop_reason=finish.stop_reason,
            model=finish.model or model or self.model,
            host=self.base_url,
            first_token_s=clock.first_token_s(),
            total_s=clock.total_s(),
            citations=finish.citations,
        )


def _close(response: aiohttp.ClientResponse) -> None:
    """Give the connection back for reuse when the body was read to the end, else drop it."""
    if response.content.at_eof():
        response.release()
    else:
        response.close()
