"""xAI's API: `/v1/responses` SSE with server-side search, `/v1/api-key`, `/v1/models`, real error bodies."""

from __future__ import annotations

import time
from typing import Any
from uuid import uuid4

from aiohttp import web

from .core import Emulator, Reply, StreamPlan, endpoint, json_pieces, sse_frame

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
    """xAI server; its url ends in `/v1` like `https://api.x.ai/v1`. `key_flags` feeds `/v1/api-key`."""

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
        if orphan := _orphan_call_output(body.get("input")):
            return self.error_response(
                400,
                f"No tool call found for function call output with call_id {orphan}.",
            )
        model = body.get("model", "")
        if model not in self.models:
            self.next_reply()
            return self.error_response(
                404,
                f"The model {model} does not exist or your team does not have access to it.",
            )
        return await self.answer(
            request,
            lambda reply: _ResponsePlan(model, reply, self.mid_stream_failure).plan(),
        )


def _orphan_call_output(items: Any) -> str:
    """The call_id of the first function_call_output with no function_call before it, or ""."""
    if not isinstance(items, list):
        return ""
    calls: set[str] = set()
    for item in items:
        if item.get("type") == "function_call":
            calls.add(item.get("call_id", ""))
        elif (
            item.get("type") == "function_call_output"
            and item.get("call_id") not in calls
        ):
            return str(item.get("call_id", ""))
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

    def __init__(self, model: str, reply: Reply, failure_event: str) -> None:
        self.model = model
        self.reply = reply
        self.failure_event = failure_event
        self.sequence = 0
        self.response_id = f"resp_{uuid4().hex[:20]}"

    def event(self, name: str, **data: Any) -> bytes:
        """One event with its sequence number."""
        self.sequence += 1
        return sse_frame(name, {"type": name, "sequence_number": self.sequence, **data})

    def response(
        self, status: str, output: list[dict[str, Any]], usage: dict[str, Any] | None
    ) -> dict[str, Any]:
        """The response object of created/completed events."""
        return {
            "id": self.response_id,
            "object": "response",
            "created_at": int(time.time()),
            "model": self.model,
            "status": status,
            "output": output,
            "usage": usage,
            "store": False,
        }

    def plan(self) -> StreamPlan:
        """created, search calls, the message in text pieces, function calls, then completed."""
        reply = self.reply
        head = [
            self.event(
                "response.created", response=self.response("in_progress", [], None)
            )
        ]
        output = [self._search_item() for _ in range(reply.web_search_calls)]
        head.extend(
            self.event("response.output_item.done", output_index=index, item=item)
            for index, item in enumerate(output)
        )
        pieces: list[bytes] = []
        if reply.pieces:
            pieces, message = self._message(len(output))
            output.append(message)
        for call in reply.tool_calls:
            item = {
                "type": "function_call",
                "id": f"fc_{call.id}",
                "call_id": call.id,
                "name": call.name,
            }
            added = self.event(
                "response.output_item.added",
                output_index=len(output),
                item={**item, "arguments": ""},
            )
            deltas = b"".join(
                self.event(
                    "response.function_call_arguments.delta",
                    output_index=len(output),
                    delta=part,
                )
                for part in json_pieces(call.arguments_json)
            )
            item |= {"arguments": call.arguments_json, "status": "completed"}
            pieces.append(
                added
                + deltas
                + self.event(
                    "response.output_item.done", output_index=len(output), item=item
                )
            )
            output.append(item)
        completed = self.event(
            "response.completed",
            response=self.response("completed", output, self._usage()),
        )
        return StreamPlan(
            head=head, pieces=pieces, tail=[completed], error_frame=self._failure()
        )

    def _message(self, output_index: int) -> tuple[list[bytes], dict[str, Any]]:
        """The text pieces (item added, deltas, item done) and the finished message item."""
        reply = self.reply
        item_id = f"msg_{uuid4().hex[:16]}"
        annotations = [
            {"type": "url_citation", "url": url, "title": title}
            for url, title in reply.citations
        ]
        where = {"item_id": item_id, "output_index": output_index, "content_index": 0}
        pieces = [
            self.event("response.output_text.delta", delta=piece, **where)
            for piece in reply.pieces
        ]
        item: dict[str, Any] = {
            "type": "message",
            "id": item_id,
            "role": "assistant",
            "status": "in_progress",
            "content": [],
        }
        pieces[0] = (
            self.event(
                "response.output_item.added", output_index=output_index, item=item
            )
            + pieces[0]
        )
        part: dict[str, Any] = {
            "type": "output_text",
            "text": reply.text,
            "annotations": annotations,
        }
        item = {**item, "status": "completed", "content": [part]}
        pieces[-1] += self.event("response.output_text.done", text=reply.text, **where)
        pieces[-1] += self.event(
            "response.output_item.done", output_index=output_index, item=item
        )
        return pieces, item

    def _search_item(self) -> dict[str, Any]:
        """A finished web_search_call output item."""
        sources = [{"type": "url", "url": url} for url, _ in self.reply.citations]
        action = {"type": "search", "query": "emulated search", "sources": sources}
        return {
            "type": "web_search_call",
            "id": f"ws_{uuid4().hex[:12]}",
            "status": "completed",
            "action": action,
        }

    def _usage(self) -> dict[str, Any]:
        """The usage object of response.completed: input includes cached, output includes reasoning."""
        reply = self.reply
        input_tokens = reply.input_tokens + reply.cached_tokens
        output_tokens = reply.output_token_count + reply.reasoning_tokens
        return {
            "input_tokens": input_tokens,
            "input_tokens_details": {"cached_tokens": reply.cached_tokens},
            "output_tokens": output_tokens,
            "output_tokens_details": {"reasoning_tokens": reply.reasoning_tokens},
            "total_tokens": input_tokens + output_tokens,
            "num_sources_used": reply.sources_used,
            "num_server_side_tools_used": reply.web_search_calls + reply.x_search_calls,
            "server_side_tool_usage_details": {
                "web_search_calls": reply.web_search_calls,
                "x_search_calls": reply.x_search_calls,
                "code_interpreter_calls": 0,
            },
            "cost_in_usd_ticks": self._ticks(),
        }

    def _ticks(self) -> int:
        """The scripted cost, else the list price (cents per 100M tokens x tokens = ticks of 1e-10 USD)."""
        reply = self.reply
        if reply.cost_in_usd_ticks is not None:
            return reply.cost_in_usd_ticks
        prompt, cached, completion = _prices(self.model)
        searches = (reply.web_search_calls + reply.x_search_calls) * _SEARCH_CALL_TICKS
        tokens = reply.input_tokens * prompt + reply.cached_tokens * cached
        return (
            tokens
            + (reply.output_token_count + reply.reasoning_tokens) * completion
            + searches
        )

    def _failure(self) -> bytes:
        """The error event of a mid-stream failure."""
        message = (
            self.reply.error_message
            or "Service temporarily unavailable. The model is overloaded."
        )
        if self.failure_event == "response.failed":
            failed = self.response("failed", [], None) | {
                "error": {"code": "server_error", "message": message}
            }
            return self.event("response.failed", response=failed)
        return self.event("error", code="internal_error", message=message, param=None)
