"""An OpenAI-compatible local server (llama-swap, LiteLLM, vLLM, llama.cpp): `/v1/chat/completions` SSE."""

from __future__ import annotations

import json
import time
from typing import Any

from aiohttp import web

from .core import Emulator, Reply, StreamPlan, endpoint, json_pieces, sse_frame

_FINISH_REASONS = {"end_turn": "stop"}


class OpenAICompatEmulator(Emulator):
    """OpenAI-compatible server; `valid_keys` empty means no key is required.

    `server` picks how failures look: "vllm" (an `{"error": ...}` data chunk, then `[DONE]`) or "llama.cpp"
    (an `error:` SSE field, then `[DONE]`, and its own context-size message). `send_done = False` ends a
    complete stream without `[DONE]`, as some servers do. `context_tokens` limits the prompt (4 characters a
    token): a longer one is refused with the server's 400.
    """

    chat_path = "/v1/chat/completions"
    default_models = ("llama3.2:3b", "qwen2.5:7b")

    def __init__(self, *, host: str = "127.0.0.1", port: int = 0) -> None:
        """Prepare a vLLM-like server that sends `[DONE]` and has a large context."""
        super().__init__(host=host, port=port)
        self.server = "vllm"
        self.send_done = True
        self.context_tokens = 1_000_000

    def error_body(self, status: int, message: str) -> dict[str, Any]:
        """OpenAI's `{"error": {"message", "type", "code"}}`."""
        kind = {
            401: "authentication_error",
            404: "invalid_request_error",
            429: "rate_limit_exceeded",
        }
        return {
            "error": {
                "message": message,
                "type": kind.get(status, "server_error"),
                "param": None,
                "code": status,
            }
        }

    def _authorized(self, request: web.Request) -> bool:
        """Whether the Bearer key is accepted."""
        return not self.valid_keys or request.headers.get("Authorization", "") in {
            f"Bearer {key}" for key in self.valid_keys
        }

    @endpoint("GET", "/health")
    async def _health(self, request: web.Request) -> web.Response:
        return web.Response(text="OK")

    @endpoint("GET", "/v1/models")
    async def _models(self, request: web.Request) -> web.Response:
        if not self._authorized(request):
            return self.error_response(401, "Invalid API key")
        data = [
            {
                "id": model,
                "object": "model",
                "created": 1731000000,
                "owned_by": "llama-swap",
            }
            for model in self.models
        ]
        return web.json_response({"object": "list", "data": data})

    @endpoint("POST", "/v1/chat/completions")
    async def _chat(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        model = body.get("model", "")
        if not self._authorized(request):
            return self.error_response(401, "Invalid API key")
        if model not in self.models:
            self.next_reply()
            return self.error_response(404, f"The model `{model}` does not exist.")
        if (prompt := len(json.dumps(body.get("messages")))) > 4 * self.context_tokens:
            self.next_reply()
            return self._context_refusal(prompt // 4)
        include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
        return await self.answer(
            request, lambda reply: self._plan(model, reply, include_usage=include_usage)
        )

    def _context_refusal(self, tokens: int) -> web.Response:
        """The 400 of a prompt larger than the context, in the server's own words."""
        if self.server == "llama.cpp":
            error = {
                "code": 400,
                "message": "the request exceeds the available context size, try increasing it",
                "type": "exceed_context_size_error",
            }
            return web.json_response({"error": error}, status=400)
        return self.error_response(
            400,
            f"This model's maximum context length is {self.context_tokens} tokens. "
            f"However, you requested {tokens} tokens. Please reduce the length of the messages or completion.",
        )

    def _plan(self, model: str, reply: Reply, *, include_usage: bool) -> StreamPlan:
        """The stream of one reply, ending the way this server ends streams."""
        plan = _plan(model, reply, include_usage=include_usage)
        done = sse_frame(None, "[DONE]")
        if self.send_done:
            plan.tail.append(done)
        if self.server == "llama.cpp":
            error = json.loads(plan.error_frame.removeprefix(b"data: "))["error"]
            plan.error_frame = b"error: " + json.dumps(error | {"code": 500}).encode()
            plan.error_frame += b"\n\n"
        plan.error_frame += done
        return plan


def _plan(model: str, reply: Reply, *, include_usage: bool) -> StreamPlan:
    """Chunks: role, reasoning, content pieces, tool-call fragments by index, finish, usage."""

    def chunk(delta: dict[str, Any], finish_reason: str | None = None) -> bytes:
        choice = {
            "index": 0,
            "delta": delta,
            "logprobs": None,
            "finish_reason": finish_reason,
        }
        return sse_frame(None, {**envelope, "choices": [choice]})

    envelope = {
        "id": "chatcmpl-emulator",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
    }
    pieces = [chunk({"content": piece}) for piece in reply.pieces]
    for index, call in enumerate(reply.tool_calls):
        start = {
            "index": index,
            "id": call.id,
            "type": "function",
            "function": {"name": call.name, "arguments": ""},
        }
        pieces.append(chunk({"tool_calls": [start]}))
        pieces.extend(
            chunk({"tool_calls": [{"index": index, "function": {"arguments": part}}]})
            for part in json_pieces(call.arguments_json)
        )
    finish = reply.stop_reason or ("tool_calls" if reply.tool_calls else "stop")
    tail = [chunk({}, _FINISH_REASONS.get(finish, finish))]
    if include_usage:
        usage = {
            "prompt_tokens": reply.uncached_input_tokens + reply.cached_tokens,
            "completion_tokens": reply.output_token_count + reply.reasoning_tokens,
            "total_tokens": reply.uncached_input_tokens
            + reply.cached_tokens
            + reply.output_token_count
            + reply.reasoning_tokens,
            "prompt_tokens_details": {"cached_tokens": reply.cached_tokens},
            "completion_tokens_details": {"reasoning_tokens": reply.reasoning_tokens},
        }
        tail.append(sse_frame(None, {**envelope, "choices": [], "usage": usage}))
    error = {
        "error": {
            "message": reply.error_message or "upstream model crashed",
            "type": "server_error",
        }
    }
    head = [b": keep-alive\n\n", chunk({"role": "assistant", "content": ""})]
    progress = [
        chunk({"content": "", "reasoning": thought})
        for thought in reply.thinking_pieces()
    ]
    return StreamPlan(
        head=head,
        pieces=pieces,
        tail=tail,
        error_frame=sse_frame(None, error),
        progress=progress,
    )
