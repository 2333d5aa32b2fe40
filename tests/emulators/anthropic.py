"""Anthropic's Messages API: `/v1/messages` SSE, `/v1/models` (paginated), real error bodies and checks."""

from __future__ import annotations

from itertools import pairwise
from typing import Any
from uuid import uuid4

from aiohttp import web

from .core import Emulator, Reply, StreamPlan, endpoint, json_pieces, sse_frame
from .prompt_cache import MAX_BREAKPOINTS, CacheBill, PromptCache, breakpoint_count

ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    413: "request_too_large",
    429: "rate_limit_error",
    500: "api_error",
    529: "overloaded_error",
}


class AnthropicEmulator(Emulator):
    """Anthropic server: checks the key, version header, model and message roles like the real API.

    Input usage is billed from the request through the prompt cache (see prompt_cache.py), unless the
    scripted reply gives its own input_tokens.
    """

    chat_path = "/v1/messages"
    default_models = ("claude-sonnet-4-6", "claude-haiku-4-5")
    default_valid_keys = frozenset({"sk-ant-test"})

    def __init__(self, **kwargs: Any) -> None:
        """Prepare the server with an empty prompt cache."""
        super().__init__(**kwargs)
        self.prompt_cache = PromptCache()
        self.bills: list[CacheBill] = []

    def error_body(self, status: int, message: str) -> dict[str, Any]:
        """Anthropic's `{"type": "error", "error": {"type", "message"}, "request_id"}`."""
        error_type = ERROR_TYPES.get(status, "api_error")
        return {
            "type": "error",
            "error": {"type": error_type, "message": message},
            "request_id": _request_id(),
        }

    def _rejection(self, request: web.Request) -> web.Response | None:
        """The error answer for a missing version header or a bad key, if any."""
        if "anthropic-version" not in request.headers:
            return self.error_response(400, "anthropic-version: header is required")
        if request.headers.get("x-api-key") not in self.valid_keys:
            return self.error_response(401, "invalid x-api-key")
        return None

    @endpoint("GET", "/v1/models")
    async def _models(self, request: web.Request) -> web.Response:
        if rejection := self._rejection(request):
            return rejection
        limit = int(request.query.get("limit", "20"))
        after = request.query.get("after_id")
        start = self.models.index(after) + 1 if after in self.models else 0
        page = self.models[start : start + limit]
        return web.json_response(
            {
                "data": [_model_info(model) for model in page],
                "has_more": start + limit < len(self.models),
                "first_id": page[0] if page else None,
                "last_id": page[-1] if page else None,
            }
        )

    @endpoint("GET", "/v1/models/{model_id}")
    async def _model(self, request: web.Request) -> web.Response:
        if rejection := self._rejection(request):
            return rejection
        model = request.match_info["model_id"]
        if model not in self.models:
            return self.error_response(404, f"model: {model}")
        return web.json_response(_model_info(model))

    @endpoint("POST", "/v1/messages")
    async def _messages(self, request: web.Request) -> web.StreamResponse:
        if rejection := self._rejection(request):
            return rejection
        body = await request.json()
        if problem := _invalid_request(body):
            return self.error_response(400, problem)
        if body["model"] not in self.models:
            self.next_reply()
            return self.error_response(404, f"model: {body['model']}")
        return await self.answer(
            request,
            lambda reply: _plan(body["model"], reply, self._input_usage(body, reply)),
        )

    def _input_usage(self, body: dict[str, Any], reply: Reply) -> dict[str, Any]:
        """The input side of the usage: scripted, or billed through the prompt cache."""
        if reply.input_tokens is not None:
            return {
                "input_tokens": reply.input_tokens,
                "cache_creation_input_tokens": reply.cache_write_tokens,
                "cache_read_input_tokens": reply.cached_tokens,
            }
        bill = self.prompt_cache.bill(body)
        self.bills.append(bill)
        return bill.usage()


def _request_id() -> str:
    """A request id as the API returns it."""
    return f"req_{uuid4().hex[:24]}"


def _model_info(model: str) -> dict[str, Any]:
    """One model object of `/v1/models`."""
    return {
        "type": "model",
        "id": model,
        "display_name": model,
        "created_at": "2026-02-17T00:00:00Z",
    }


def _invalid_request(body: dict[str, Any]) -> str:
    """The API's complaint about a Messages body, or "" when it would be accepted."""
    if "model" not in body or "max_tokens" not in body:
        return "model and max_tokens: Field required"
    roles = [message.get("role") for message in body.get("messages", [])]
    if not roles or roles[0] != "user":
        return "messages: first message must use the user role"
    if any(first == second for first, second in pairwise(roles)):
        return 'messages: roles must alternate between "user" and "assistant"'
    if (breakpoints := breakpoint_count(body)) > MAX_BREAKPOINTS:
        return f"A maximum of {MAX_BREAKPOINTS} blocks with cache_control may be provided. Found {breakpoints}."
    if _has_empty_text(body):
        return "messages: text content blocks must be non-empty"
    return _unpaired_tool_blocks(body["messages"])


def _blocks(message: dict[str, Any], kind: str, key: str) -> list[str]:
    """The `key` of every content block of type `kind` in a message (string content has none)."""
    content = message.get("content")
    if not isinstance(content, list):
        return []
    return [block.get(key, "") for block in content if block.get("type") == kind]


def _unpaired_tool_blocks(messages: list[dict[str, Any]]) -> str:
    """The API's complaint when a tool_result lacks its tool_use just before, or a tool_use its result just after."""
    for index, message in enumerate(messages):
        previous = messages[index - 1] if index else {}
        calls = set(_blocks(previous, "tool_use", "id"))
        if orphans := [
            tool_id
            for tool_id in _blocks(message, "tool_result", "tool_use_id")
            if tool_id not in calls
        ]:
            return (
                f"messages.{index}.content.0: unexpected `tool_use_id` found in `tool_result` blocks: "
                f"{', '.join(orphans)}. Each `tool_result` block must have a corresponding `tool_use` "
                "block in the previous message."
            )
        following = messages[index + 1] if index + 1 < len(messages) else {}
        answered = set(_blocks(following, "tool_result", "tool_use_id"))
        if unanswered := [
            tool_id
            for tool_id in _blocks(message, "tool_use", "id")
            if tool_id not in answered
        ]:
            return (
                f"messages.{index}: `tool_use` ids were found without `tool_result` blocks immediately "
                f"after: {', '.join(unanswered)}. Each `tool_use` block must have a corresponding "
                "`tool_result` block in the next message."
            )
    return ""


def _has_empty_text(body: dict[str, Any]) -> bool:
    """Whether a system or message text block is empty (the API rejects those)."""
    system = body.get("system")
    blocks = list(system) if isinstance(system, list) else []
    for message in body.get("messages", []):
        content = message.get("content")
        blocks.extend(
            content
            if isinstance(content, list)
            else [{"type": "text", "text": content}]
        )
    return any(
        block.get("type") == "text" and not block.get("text") for block in blocks
    )


def _event(name: str, data: dict[str, Any]) -> bytes:
    """One Messages SSE event (the data repeats the event name as `type`)."""
    return sse_frame(name, {"type": name, **data})


def _plan(model: str, reply: Reply, input_usage: dict[str, Any]) -> StreamPlan:
    """message_start, ping, a text block in pieces, tool_use blocks with input_json_delta, message_delta, stop."""
    start_usage = {**input_usage, "output_tokens": 1}
    message: dict[str, Any] = {
        "id": f"msg_{uuid4().hex[:24]}",
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": [],
        "stop_reason": None,
        "stop_sequence": None,
        "usage": start_usage,
    }
    head = [_event("message_start", {"message": message}), _event("ping", {})]
    progress = _thinking_block(reply.thinking_pieces())
    text_index = 1 if progress else 0
    # One entry per text piece (the block's start and stop ride on the first and last) and per tool call.
    pieces = [
        _event(
            "content_block_delta",
            {"index": text_index, "delta": {"type": "text_delta", "text": piece}},
        )
        for piece in reply.pieces
    ]
    if pieces:
        pieces[0] = (
            _event(
                "content_block_start",
                {"index": text_index, "content_block": {"type": "text", "text": ""}},
            )
            + pieces[0]
        )
        pieces[-1] += _event("content_block_stop", {"index": text_index})
    first_tool = text_index + (1 if reply.pieces else 0)
    for index, call in enumerate(reply.tool_calls, start=first_tool):
        block = {
            "type": "tool_use",
            "id": call.id.replace("call_", "toolu_"),
            "name": call.name,
            "input": {},
        }
        deltas = [
            _event(
                "content_block_delta",
                {
                    "index": index,
                    "delta": {"type": "input_json_delta", "partial_json": part},
                },
            )
            for part in json_pieces(call.arguments_json)
        ]
        start = _event("content_block_start", {"index": index, "content_block": block})
        pieces.append(
            start + b"".join(deltas) + _event("content_block_stop", {"index": index})
        )
    # message_delta's usage is cumulative and repeats the input side, as today's API sends it.
    usage: dict[str, Any] = start_usage | {
        "output_tokens": reply.output_token_count + reply.reasoning_tokens,
        "output_tokens_details": {"thinking_tokens": reply.reasoning_tokens},
        "server_tool_use": {
            "web_search_requests": reply.web_search_calls,
            "web_fetch_requests": 0,
        },
    }
    stop_reason = reply.stop_reason or ("tool_use" if reply.tool_calls else "end_turn")
    tail = [
        _event(
            "message_delta",
            {
                "delta": {"stop_reason": stop_reason, "stop_sequence": None},
                "usage": usage,
            },
        ),
        _event("message_stop", {}),
    ]
    error = {
        "error": {
            "type": "overloaded_error",
            "message": reply.error_message or "Overloaded",
        }
    }
    return StreamPlan(
        head=head,
        pieces=pieces,
        tail=tail,
        error_frame=_event("error", error),
        progress=progress,
    )


def _thinking_block(thoughts: list[str]) -> list[bytes]:
    """A thinking block at index 0: one thinking_delta per thought, then its signature (none without thoughts)."""
    if not thoughts:
        return []
    frames = [
        _event(
            "content_block_delta",
            {"index": 0, "delta": {"type": "thinking_delta", "thinking": thought}},
        )
        for thought in thoughts
    ]
    block = {"type": "thinking", "thinking": "", "signature": ""}
    frames[0] = (
        _event("content_block_start", {"index": 0, "content_block": block}) + frames[0]
    )
    signature = {"type": "signature_delta", "signature": "RW11bGF0ZWQ="}
    frames[-1] += _event(
        "content_block_delta", {"index": 0, "delta": signature}
    ) + _event("content_block_stop", {"index": 0})
    return frames
