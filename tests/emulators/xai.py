"""xAI's API: `/v1/responses` SSE with server-side search, `/v1/api-key`, `/v1/models`, real error bodies."""

from __future__ import annotations

import json
import time
from typing import Any
from uuid import uuid4

from aiohttp import web

from .core import (
    Emulator,
    Reply,
    ScriptedToolCall,
    StreamPlan,
    endpoint,
    json_pieces,
    sse_frame,
)

_MODEL_PRICES = {  # US cents per 100 million tokens: input, cached input, output
    "grok-4-1-fast-non-reasoning": (2000, 500, 5000),
    "grok-4.3": (12500, 2000, 25000),
}
_SEARCH_CALL_TICKS = 50_000_000  # $5 per 1000 calls
_STATUS_CODES = {
    400: "Client specified an invalid argument",
    403: "The caller does not have permission to execute the specified operation",
    404: "Some requested entity was not found",
    410: "The requested feature is no longer available",
    429: "Too many requests",
    500: "Internal error",
    503: "The service is currently unavailable",
}


class XaiEmulator(Emulator):
    """xAI server; its url ends in `/v1` like `https://api.x.ai/v1`. `key_flags` feeds `/v1/api-key`.

    Streams look like the recordings: data-only SSE events, reasoning summary deltas, search calls with their
    progress events, `annotation.added` citations, usage whose output includes reasoning. Older answers are
    emulated with `search_usage_details = False` (no `server_side_tool_usage_details` and no cost ticks: the
    search count only in `num_server_side_tools_used` and the items) and `input_includes_cached = False` (input
    reported without the cached part).
    """

    chat_path = "/responses"
    url_prefix = "/v1"
    default_models = ("grok-4-1-fast-non-reasoning", "grok-4.3")
    default_valid_keys = frozenset({"xai-test"})

    def __init__(self, *, host: str = "127.0.0.1", port: int = 0) -> None:
        """Prepare the server with a usable key; `mid_stream_failure` is "error" or "response.failed"."""
        super().__init__(host=host, port=port)
        self.key_flags = {
            "team_blocked": False,
            "api_key_blocked": False,
            "api_key_disabled": False,
        }
        self.mid_stream_failure = "error"
        self.search_usage_details = True
        self.input_includes_cached = True

    def error_body(self, status: int, message: str) -> dict[str, Any]:
        """XAI's `{"code": "...", "error": "message string"}`."""
        return {"code": _STATUS_CODES.get(status, "Internal error"), "error": message}

    def default_error_message(self, status: int) -> str:
        """XAI's messages for scripted statuses."""
        if status == 429:
            return "Your team has either used all available credits or reached its monthly spending limit."
        return super().default_error_message(status)

    def _rejection(self, request: web.Request) -> web.Response | None:
        """The answer to a bad key (xAI says 400), if any."""
        key = request.headers.get("Authorization", "").removeprefix("Bearer ")
        if key not in self.valid_keys:
            return self.error_response(
                400,
                f"Incorrect API key provided: {key[:2]}***{key[-2:]}. You can obtain an API key from https://console.x.ai.",
            )
        return None

    @endpoint("GET", "/api-key")
    async def _api_key(self, request: web.Request) -> web.Response:
        if rejection := self._rejection(request):
            return rejection
        return web.json_response(
            {
                "redacted_api_key": "xai-****test",
                "user_id": "user-emulator",
                "name": "emulator key",
                "api_key_id": "key-emulator",
                "team_id": "team-emulator",
                "acls": ["api-key:model:*", "api-key:endpoint:*"],
                **self.key_flags,
            }
        )

    @endpoint("GET", "/models")
    async def _models(self, request: web.Request) -> web.Response:
        if rejection := self._rejection(request):
            return rejection
        return web.json_response(
            {"object": "list", "data": [_model_info(model) for model in self.models]}
        )

    @endpoint("POST", "/chat/completions")
    async def _chat_completions(self, request: web.Request) -> web.Response:
        if "search_parameters" in await request.json():
            return self.error_response(
                410,
                "Live search is deprecated. Please use the agent tools on /v1/responses.",
            )
        return self.error_response(404, "this emulator only streams /v1/responses")

    @endpoint("POST", "/responses")
    async def _responses(self, request: web.Request) -> web.StreamResponse:
        if rejection := self._rejection(request):
            return rejection
        body = await request.json()
        if problem := _unpaired_calls(body.get("input")):
            return self.error_response(400, problem)
        model = body.get("model", "")
        if model not in self.models:
            self.next_reply()
            return self.error_response(
                404,
                f"The model {model} does not exist or your team does not have access to it.",
            )
        return await self.answer(
            request, lambda reply: _ResponsePlan(self, model, reply).plan()
        )


def _unpaired_calls(items: Any) -> str:
    """The API's complaint about a function_call_output without its call, or a call without its output."""
    if not isinstance(items, list):
        return ""
    calls: set[str] = set()
    answered: set[str] = set()
    for item in items:
        call_id = str(item.get("call_id", ""))
        if item.get("type") == "function_call":
            calls.add(call_id)
        elif item.get("type") == "function_call_output":
            if call_id not in calls:
                return f"No tool call found for function call output with call_id {call_id}."
            answered.add(call_id)
    if unanswered := sorted(calls - answered):
        return f"No tool output found for function call {unanswered[0]}."
    return ""


def _model_info(model: str) -> dict[str, Any]:
    """One `/v1/models` entry with its prices."""
    prompt, cached, completion = _prices(model)
    return {
        "id": model,
        "object": "model",
        "created": 1760000000,
        "owned_by": "xai",
        "prompt_text_token_price": prompt,
        "cached_prompt_text_token_price": cached,
        "completion_text_token_price": completion,
    }


def _prices(model: str) -> tuple[int, int, int]:
    """A model's prices in US cents per 100 million tokens: input, cached input, output."""
    return _MODEL_PRICES.get(model, (20000, 5000, 60000))


class _ResponsePlan:
    """The Responses SSE events of one scripted reply."""

    def __init__(self, emulator: XaiEmulator, model: str, reply: Reply) -> None:
        self.emulator = emulator
        self.model = model
        self.reply = reply
        self.sequence = 0
        self.response_id = str(uuid4())
        self.output: list[dict[str, Any]] = []

    def event(self, name: str, **data: Any) -> bytes:
        """One data-only event with its sequence number, as xAI sends them."""
        self.sequence += 1
        return sse_frame(None, {"sequence_number": self.sequence, "type": name, **data})

    def response(self, status: str, usage: dict[str, Any] | None) -> dict[str, Any]:
        """The response object of created/completed events."""
        return {
            "id": self.response_id,
            "object": "response",
            "created_at": int(time.time()),
            "model": self.model,
            "status": status,
            "output": list(self.output),
            "usage": usage,
            "store": False,
        }

    def item_added(self, item: dict[str, Any]) -> bytes:
        """The output_item.added event of the next output item."""
        return self.event(
            "response.output_item.added", output_index=len(self.output), item=item
        )

    def item_done(self, item: dict[str, Any]) -> bytes:
        """The output_item.done event of an item, which joins the output."""
        self.output.append(item)
        return self.event(
            "response.output_item.done", output_index=len(self.output) - 1, item=item
        )

    def plan(self) -> StreamPlan:
        """created, reasoning and search progress, the message in text pieces, function calls, completed."""
        head = [
            self.event("response.created", response=self.response("in_progress", None)),
            self.event(
                "response.in_progress", response=self.response("in_progress", None)
            ),
        ]
        progress = self._reasoning()
        for _ in range(self.reply.web_search_calls):
            progress += self._web_search()
        for _ in range(self.reply.x_search_calls):
            progress += self._x_search()
        pieces = self._message() if self.reply.pieces else []
        pieces += [self._function_call(call) for call in self.reply.tool_calls]
        completed = self.event(
            "response.completed", response=self.response("completed", self._usage())
        )
        return StreamPlan(
            head=head,
            pieces=pieces,
            tail=[completed],
            error_frame=self._failure(),
            progress=progress,
        )

    def _reasoning(self) -> list[bytes]:
        """A reasoning item whose summary streams in deltas (none when the reply does not think)."""
        thoughts = self.reply.thinking_pieces()
        if not thoughts:
            return []
        item = {"id": f"rs_{self.response_id}", "summary": [], "type": "reasoning"}
        where = {"item_id": item["id"], "output_index": len(self.output)}
        frames = [
            self.event(
                "response.reasoning_summary_text.delta",
                delta=thought,
                summary_index=0,
                **where,
            )
            for thought in thoughts
        ]
        frames[0] = (
            self.item_added(item | {"status": "in_progress"})
            + self.event(
                "response.reasoning_summary_part.added",
                part={"text": "", "type": "summary_text"},
                summary_index=0,
                **where,
            )
            + frames[0]
        )
        summary = {"text": "".join(thoughts), "type": "summary_text"}
        frames[-1] += self.event(
            "response.reasoning_summary_text.done",
            text=summary["text"],
            summary_index=0,
            **where,
        ) + self.item_done(item | {"summary": [summary], "status": "completed"})
        return frames

    def _web_search(self) -> list[bytes]:
        """A web_search_call item: added and in progress, searching, completed with its sources."""
        item_id = f"ws_{self.response_id}_call_{uuid4().hex[:8]}"
        where = {"item_id": item_id, "output_index": len(self.output)}
        action = {"type": "search", "query": "", "sources": []}
        item = {"id": item_id, "type": "web_search_call", "action": action}
        sources = [{"type": "url", "url": url} for url, _ in self.reply.citations]
        return [
            self.item_added(item | {"status": "in_progress"})
            + self.event("response.web_search_call.in_progress", **where),
            self.event("response.web_search_call.searching", **where),
            self.event("response.web_search_call.completed", **where)
            + self.item_done(
                item
                | {
                    "status": "completed",
                    "action": action | {"query": "emulated", "sources": sources},
                }
            ),
        ]

    def _x_search(self) -> list[bytes]:
        """An X search, which xAI streams as a custom_tool_call item (x_keyword_search)."""
        call_id = f"xs_call_{uuid4().hex[:8]}"
        item = {
            "call_id": call_id,
            "name": "x_keyword_search",
            "type": "custom_tool_call",
            "id": f"ctc_{self.response_id}_{call_id}",
        }
        query = json.dumps({"query": "emulated", "limit": 10, "mode": "Latest"})
        where = {"item_id": item["id"], "output_index": len(self.output)}
        return [
            self.item_added(item | {"input": "", "status": "in_progress"})
            + self.event("response.custom_tool_call_input.delta", delta=query, **where),
            self.event("response.custom_tool_call_input.done", input=query, **where)
            + self.item_done(item | {"input": query, "status": "completed"}),
        ]

    def _message(self) -> list[bytes]:
        """The message item: added, text deltas, one annotation.added per citation, done."""
        reply = self.reply
        item: dict[str, Any] = {
            "content": [],
            "id": f"msg_{self.response_id}",
            "role": "assistant",
            "type": "message",
        }
        where = {"item_id": item["id"], "output_index": len(self.output)}
        part: dict[str, Any] = {
            "type": "output_text",
            "text": "",
            "logprobs": [],
            "annotations": [],
        }
        pieces = [
            self.event(
                "response.output_text.delta",
                content_index=0,
                delta=piece,
                logprobs=[],
                **where,
            )
            for piece in reply.pieces
        ]
        pieces[0] = (
            self.item_added(item | {"status": "in_progress"})
            + self.event(
                "response.content_part.added", content_index=0, part=part, **where
            )
            + pieces[0]
        )
        annotations = [
            {"type": "url_citation", "url": url, "title": title}
            for url, title in reply.citations
        ]
        pieces[-1] += b"".join(
            self.event(
                "response.output_text.annotation.added",
                annotation=annotation,
                annotation_index=index,
                content_index=0,
                **where,
            )
            for index, annotation in enumerate(annotations)
        )
        part |= {"text": reply.text, "annotations": annotations}
        pieces[-1] += (
            self.event(
                "response.output_text.done", content_index=0, text=reply.text, **where
            )
            + self.event(
                "response.content_part.done", content_index=0, part=part, **where
            )
            + self.item_done(item | {"content": [part], "status": "completed"})
        )
        return pieces

    def _function_call(self, call: ScriptedToolCall) -> bytes:
        """A function_call item: added, argument deltas, arguments done, item done."""
        item = {
            "type": "function_call",
            "id": f"fc_{call.id}",
            "call_id": call.id,
            "name": call.name,
        }
        where = {"item_id": item["id"], "output_index": len(self.output)}
        added = self.item_added(item | {"arguments": "", "status": "in_progress"})
        deltas = b"".join(
            self.event("response.function_call_arguments.delta", delta=part, **where)
            for part in json_pieces(call.arguments_json)
        )
        arguments_done = self.event(
            "response.function_call_arguments.done",
            arguments=call.arguments_json,
            **where,
        )
        return (
            added
            + deltas
            + arguments_done
            + self.item_done(
                item | {"arguments": call.arguments_json, "status": "completed"}
            )
        )

    def _usage(self) -> dict[str, Any]:
        """The usage object of response.completed: output includes reasoning; input includes cached unless told."""
        reply = self.reply
        input_tokens = reply.uncached_input_tokens + (
            reply.cached_tokens if self.emulator.input_includes_cached else 0
        )
        output_tokens = reply.output_token_count + reply.reasoning_tokens
        usage: dict[str, Any] = {
            "input_tokens": input_tokens,
            "input_tokens_details": {"cached_tokens": reply.cached_tokens},
            "output_tokens": output_tokens,
            "output_tokens_details": {"reasoning_tokens": reply.reasoning_tokens},
            "total_tokens": input_tokens + output_tokens,
            "num_sources_used": reply.sources_used,
            "num_server_side_tools_used": reply.web_search_calls + reply.x_search_calls,
        }
        if self.emulator.search_usage_details:
            usage["server_side_tool_usage_details"] = {
                "web_search_calls": reply.web_search_calls,
                "x_search_calls": reply.x_search_calls,
                "code_interpreter_calls": 0,
                "file_search_calls": 0,
                "mcp_calls": 0,
                "document_search_calls": 0,
            }
            usage["cost_in_usd_ticks"] = self._ticks()
        return usage

    def _ticks(self) -> int:
        """The scripted cost, else the list price (cents per 100M tokens x tokens = ticks of 1e-10 USD)."""
        reply = self.reply
        if reply.cost_in_usd_ticks is not None:
            return reply.cost_in_usd_ticks
        prompt, cached, completion = _prices(self.model)
        searches = (reply.web_search_calls + reply.x_search_calls) * _SEARCH_CALL_TICKS
        tokens = reply.uncached_input_tokens * prompt + reply.cached_tokens * cached
        return (
            tokens
            + (reply.output_token_count + reply.reasoning_tokens) * completion
            + searches
        )

    def _failure(self) -> bytes:
        """The error event of a mid-stream failure (`error`, as recorded, or `response.failed`)."""
        message = (
            self.reply.error_message
            or "Service temporarily unavailable. The model is overloaded."
        )
        if self.emulator.mid_stream_failure == "response.failed":
            failed = self.response("failed", None) | {
                "error": {"code": "server_error", "message": message}
            }
            return self.event("response.failed", response=failed)
        return self.event("error", code="internal_error", message=message, param=None)
