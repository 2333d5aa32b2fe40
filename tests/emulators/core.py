"""What every wire-protocol emulator shares: the server, request recording, scripted replies and faults.

Script the next chat answers with `reply()`, `reply_tool_call()`, `fail()`, `fail_mid_stream()`,
`drop_mid_stream()` and `stall_mid_stream()`; each call queues one answer, consumed by the next chat request
(FIFO). With nothing queued the emulator answers `default_text`. `latency` (seconds) delays the first token of
every answer; `token_interval` (seconds, 1 / tokens per second) paces every streamed piece, thinking included.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from itertools import pairwise
import json
from types import TracebackType
from typing import Any, ClassVar, Self
from uuid import uuid4

from aiohttp import web

DEFAULT_INPUT_TOKENS = 20

type Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def endpoint[HandlerT: Callable[..., Any]](
    method: str, path: str
) -> Callable[[HandlerT], HandlerT]:
    """Mark an emulator method as the handler of `method path` (path without the url_prefix)."""

    def mark(handler: HandlerT) -> HandlerT:
        handler.endpoint = (method, path)  # type: ignore[attr-defined]
        return handler

    return mark


def _endpoint_handlers(emulator: object) -> list[Handler]:
    """The bound handlers an emulator marked with @endpoint."""
    handlers = (
        getattr(emulator, name)
        for name in dir(type(emulator))
        if not name.startswith("__")
    )
    return [handler for handler in handlers if hasattr(handler, "endpoint")]


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    """One request the emulator received."""

    method: str
    path: str
    headers: dict[str, str]
    json: Any
    query: dict[str, str]


@dataclass(slots=True)
class ScriptedToolCall:
    """A tool call the model will make; arguments given as a string are sent verbatim (broken models)."""

    name: str
    arguments: dict[str, Any] | str
    id: str = field(default_factory=lambda: f"call_{uuid4().hex[:10]}")

    @property
    def arguments_json(self) -> str:
        """The arguments as JSON text."""
        return (
            self.arguments
            if isinstance(self.arguments, str)
            else json.dumps(self.arguments)
        )


@dataclass(slots=True)
class Reply:
    """One scripted answer: text in `deltas` pieces, tool calls, usage numbers, or a fault."""

    text: str = ""
    deltas: int = 1
    tool_calls: list[ScriptedToolCall] = field(default_factory=list)
    # Usage as the vendor reports it
    input_tokens: int | None = (
        None  # uncached; None: counted from the request (Anthropic) or 20
    )
    cached_tokens: int = 0
    cache_write_tokens: int = 0
    output_tokens: int | None = None  # default: one per delta plus ten per tool call
    reasoning_tokens: int = 0
    cost_in_usd_ticks: int | None = None  # xAI; default: list price
    # Server-side search (xAI, Anthropic)
    web_search_calls: int = 0
    x_search_calls: int = 0
    citations: list[tuple[str, str]] = field(default_factory=list)  # (url, title)
    sources_used: int = 0
    stop_reason: str | None = None  # the vendor's own value; default from the content
    # Thinking (reasoning) deltas streamed before the answer; None: the model's own habit (Ollama thinking models)
    thinking: int | None = None
    # Faults
    status: int = 200  # an HTTP error with the vendor's real error body
    error_message: str = ""
    retry_after: float | None = None
    error_after_deltas: int | None = (
        None  # HTTP 200, then an error event after this many pieces
    )
    drop_after_deltas: int | None = (
        None  # HTTP 200, then the connection is cut after this many pieces
    )
    stall_after_deltas: int | None = (
        None  # HTTP 200, then silence for stall_s after this many pieces
    )
    stall_s: float = 0.0

    @property
    def pieces(self) -> list[str]:
        """The text split into `deltas` nearly equal pieces (none for empty text)."""
        if not self.text:
            return []
        count = max(1, min(self.deltas, len(self.text)))
        size, extra = divmod(len(self.text), count)
        bounds = [index * size + min(index, extra) for index in range(count + 1)]
        return [self.text[start:end] for start, end in pairwise(bounds)]

    @property
    def uncached_input_tokens(self) -> int:
        """The scripted uncached input tokens (20 when none are scripted)."""
        return DEFAULT_INPUT_TOKENS if self.input_tokens is None else self.input_tokens

    @property
    def output_token_count(self) -> int:
        """The output tokens reported."""
        if self.output_tokens is not None:
            return self.output_tokens
        return len(self.pieces) + 10 * len(self.tool_calls)

    def thinking_pieces(self, default: int = 0) -> list[str]:
        """The thinking deltas (`default` of them unless the reply says how many)."""
        count = default if self.thinking is None else self.thinking
        return [f"{THINKING_MARK} {index}. " for index in range(count)]


# Every thinking delta starts with this, so that tests can tell thinking text apart from the answer.
THINKING_MARK = "Thinking step"


@dataclass(slots=True)
class StreamPlan:
    """The frames of one streamed answer: before the first token, thinking or search progress, one per piece, after."""

    head: list[bytes]
    pieces: list[bytes]
    tail: list[bytes]
    error_frame: bytes  # sent instead of the rest when a mid-stream error is scripted
    progress: list[bytes] = field(default_factory=list)  # paced like pieces


class Emulator:
    """An aiohttp server speaking one vendor's wire protocol, for tests, benchmarks and end-to-end runs."""

    chat_path: ClassVar[str]
    url_prefix: ClassVar[str] = (
        ""  # part of the base URL clients are given (xAI: "/v1")
    )
    content_type: ClassVar[str] = "text/event-stream"
    default_models: ClassVar[tuple[str, ...]] = ()
    default_valid_keys: ClassVar[frozenset[str]] = frozenset()
    default_text: ClassVar[str] = "Hello from the emulator."

    def __init__(self, *, host: str = "127.0.0.1", port: int = 0) -> None:
        """Prepare the server; start() binds it (port 0: a free port)."""
        self.host = host
        self.port = port
        self.requests: list[RecordedRequest] = []
        self.models: list[str] = list(self.default_models)
        self.valid_keys: set[str] = set(self.default_valid_keys)
        self.latency = 0.0
        self.token_interval = 0.0
        self._script: deque[Reply] = deque()
        self._runner: web.AppRunner | None = None

    @property
    def url(self) -> str:
        """The base URL clients use."""
        return f"http://{self.host}:{self.port}{self.url_prefix}"

    @property
    def chat_requests(self) -> list[RecordedRequest]:
        """The recorded chat requests only."""
        return [
            request
            for request in self.requests
            if request.path == self.url_prefix + self.chat_path
        ]

    def error_body(self, status: int, message: str) -> dict[str, Any]:
        """The vendor's error body for an HTTP status."""
        raise NotImplementedError

    def default_error_message(self, status: int) -> str:
        """A realistic message for a scripted error status."""
        return {
            400: "invalid request",
            401: "invalid api key",
            403: "permission denied",
            404: "model not found",
            413: "request too large: prompt is too long",
            429: "rate limit exceeded",
            500: "internal server error",
            503: "server busy, please try again",
            529: "Overloaded",
        }.get(status, f"error {status}")

    # Scripting

    def reply(self, text: str, *, deltas: int = 1, **details: Any) -> Reply:
        """Queue a text answer split into `deltas` pieces; details are Reply fields (usage, citations...)."""
        return self.script(Reply(text=text, deltas=deltas, **details))

    def reply_tool_call(
        self,
        name: str,
        arguments: dict[str, Any] | str,
        *,
        text: str = "",
        **details: Any,
    ) -> Reply:
        """Queue an answer that calls one tool (after optional text)."""
        return self.script(
            Reply(text=text, tool_calls=[ScriptedToolCall(name, arguments)], **details)
        )

    def fail(
        self, status: int, message: str = "", *, retry_after: float | None = None
    ) -> Reply:
        """Queue an HTTP error with the vendor's error body (and retry-after header when given)."""
        return self.script(
            Reply(status=status, error_message=message, retry_after=retry_after)
        )

    def fail_mid_stream(
        self, *, after_deltas: int = 1, message: str = "", text: str = "Partial answer"
    ) -> Reply:
        """Queue an answer whose stream (HTTP 200) carries an error event after some pieces."""
        return self.script(
            Reply(
                text=text,
                deltas=4,
                error_after_deltas=after_deltas,
                error_message=message,
            )
        )

    def drop_mid_stream(
        self, *, after_deltas: int = 1, text: str = "Partial answer"
    ) -> Reply:
        """Queue an answer whose connection is cut after some pieces."""
        return self.script(Reply(text=text, deltas=4, drop_after_deltas=after_deltas))

    def stall_mid_stream(
        self, *, after_deltas: int = 1, seconds: float, text: str = "Partial answer"
    ) -> Reply:
        """Queue an answer whose stream goes silent for some seconds after some pieces, then goes on."""
        return self.script(
            Reply(text=text, deltas=4, stall_after_deltas=after_deltas, stall_s=seconds)
        )

    def script(self, reply: Reply) -> Reply:
        """Queue any Reply."""
        self._script.append(reply)
        return reply

    def next_reply(self) -> Reply:
        """The next scripted answer, or the default one."""
        return (
            self._script.popleft()
            if self._script
            else Reply(text=self.default_text, deltas=3)
        )

    # Server

    async def start(self) -> Self:
        """Start serving; returns self."""
        app = web.Application(middlewares=[self._record])
        for handler in _endpoint_handlers(self):
            method, path = handler.endpoint  # type: ignore[attr-defined]
            app.router.add_route(method, self.url_prefix + path, handler)
        self._runner = web.AppRunner(
            app, handler_cancellation=True, shutdown_timeout=0.5, access_log=None
        )
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        self.port = self._runner.addresses[0][1]
        return self

    async def stop(self) -> None:
        """Stop serving."""
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Self:
        """Start on entering."""
        return await self.start()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Stop on leaving."""
        await self.stop()

    @web.middleware
    async def _record(
        self, request: web.Request, handler: Handler
    ) -> web.StreamResponse:
        """Record every request before handling it."""
        body = await request.read()
        self.requests.append(
            RecordedRequest(
                method=request.method,
                path=request.path,
                headers={key.lower(): value for key, value in request.headers.items()},
                json=json.loads(body) if body else None,
                query=dict(request.query),
            )
        )
        return await handler(request)

    # Answers

    def error_response(
        self, status: int, message: str = "", retry_after: float | None = None
    ) -> web.Response:
        """An HTTP error with the vendor's body."""
        headers = (
            {"retry-after": f"{retry_after:g}"} if retry_after is not None else None
        )
        body = self.error_body(status, message or self.default_error_message(status))
        return web.json_response(body, status=status, headers=headers)

    async def answer(
        self, request: web.Request, plan_for: Callable[[Reply], StreamPlan]
    ) -> web.StreamResponse:
        """Answer a chat request with the next scripted reply, its fault included."""
        reply = self.next_reply()
        if reply.status >= 400:
            await asyncio.sleep(self.latency)
            return self.error_response(
                reply.status, reply.error_message, reply.retry_after
            )
        return await self.stream(request, reply, plan_for(reply))

    async def stream(
        self, request: web.Request, reply: Reply, plan: StreamPlan
    ) -> web.StreamResponse:
        """Send a planned stream, applying latency, a mid-stream error or a dropped connection."""
        response = web.StreamResponse(
            headers={"Content-Type": self.content_type, "Cache-Control": "no-cache"}
        )
        await response.prepare(request)
        await _write_all(response, plan.head)
        await asyncio.sleep(self.latency)
        for frame in plan.progress:
            await self._paced_write(response, frame)
        for index, frame in enumerate(plan.pieces):
            if index == reply.drop_after_deltas:
                return _cut(request, response)
            if index == reply.error_after_deltas:
                await response.write(plan.error_frame)
                await response.write_eof()
                return response
            if index == reply.stall_after_deltas:
                await asyncio.sleep(reply.stall_s)
            await self._paced_write(response, frame)
        if reply.drop_after_deltas is not None:
            return _cut(request, response)
        await _write_all(response, plan.tail)
        await response.write_eof()
        return response

    async def _paced_write(self, response: web.StreamResponse, frame: bytes) -> None:
        """Write one streamed piece after the time the model takes to produce it."""
        if self.token_interval:
            await asyncio.sleep(self.token_interval)
        await response.write(frame)


async def _write_all(response: web.StreamResponse, frames: Iterable[bytes]) -> None:
    """Write frames in order."""
    for frame in frames:
        await response.write(frame)


def _cut(request: web.Request, response: web.StreamResponse) -> web.StreamResponse:
    """Drop the connection in the middle of a chunked body."""
    assert request.transport is not None
    request.transport.abort()
    return response


def sse_frame(event: str | None, data: Any) -> bytes:
    """One server-sent event; data is JSON-encoded unless it is a string."""
    payload = data if isinstance(data, str) else json.dumps(data, separators=(",", ":"))
    prefix = f"event: {event}\n" if event else ""
    return f"{prefix}data: {payload}\n\n".encode()


def json_pieces(text: str, count: int = 3) -> list[str]:
    """Split JSON text into up to count fragments, as streaming APIs send arguments."""
    return Reply(text=text, deltas=count).pieces or [""]
