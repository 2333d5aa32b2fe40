"""Ollama's native API: `/api/chat` NDJSON streaming, `/api/embed`, `/api/tags`, `/api/ps`, `/api/show`, `/api/version`."""

from __future__ import annotations

import asyncio
import base64
from datetime import UTC, datetime
import json
import math
import re
from typing import Any
import zlib

from aiohttp import web

from .core import Emulator, Reply, StreamPlan, endpoint

_MODEL_DETAILS = {
    "format": "gguf",
    "family": "llama",
    "parameter_size": "3.2B",
    "quantization_level": "Q4_K_M",
}
DEFAULT_CAPABILITIES = ("completion", "tools")
EMBEDDING_MODEL = "nomic-embed-text:latest"
THINKING_MODEL = (
    "qwen3:8b"  # thinks before every answer unless the request sends think: false
)
DEFAULT_THINKING_TOKENS = 150
EMBEDDING_DIMENSIONS = 256
_WORD = re.compile(r"\w+")


def _now() -> str:
    """Ollama's created_at timestamp."""
    return datetime.now(UTC).isoformat().replace("+00:00", "Z")


class OllamaEmulator(Emulator):
    """Ollama server. `loaded` lists what `/api/ps` reports; `capabilities` overrides per model.

    Models with the `thinking` capability stream `thinking_tokens` thinking deltas before each answer, as
    qwen3 does, unless the request sends `think: false`; `think: true` for another model is refused.
    """

    chat_path = "/api/chat"
    content_type = "application/x-ndjson"
    default_models = ("llama3.2:3b", "qwen2.5:7b", THINKING_MODEL, EMBEDDING_MODEL)

    def __init__(self, *, host: str = "127.0.0.1", port: int = 0) -> None:
        """Prepare the server with no model loaded, the chat models tool-capable, one thinking and one embedding model."""
        super().__init__(host=host, port=port)
        self.loaded: list[str] = []
        self.capabilities: dict[str, list[str]] = {
            EMBEDDING_MODEL: ["embedding"],
            THINKING_MODEL: ["completion", "tools", "thinking"],
        }
        self.thinking_tokens = DEFAULT_THINKING_TOKENS

    def error_body(self, status: int, message: str) -> dict[str, Any]:
        """Ollama's `{"error": "..."}`."""
        return {"error": message}

    def capabilities_of(self, model: str) -> list[str]:
        """The capabilities `/api/show` reports for a model."""
        return self.capabilities.get(model, list(DEFAULT_CAPABILITIES))

    def _listing(self, names: list[str]) -> dict[str, Any]:
        """An `/api/tags` or `/api/ps` body."""
        return {
            "models": [
                {
                    "name": name,
                    "model": name,
                    "size": 2019393189,
                    "digest": "a80c4f17acd5",
                    "details": _MODEL_DETAILS,
                }
                for name in names
            ]
        }

    @endpoint("GET", "/api/tags")
    async def _tags(self, request: web.Request) -> web.Response:
        return web.json_response(self._listing(self.models))

    @endpoint("GET", "/api/ps")
    async def _ps(self, request: web.Request) -> web.Response:
        body = self._listing(self.loaded)
        for entry in body["models"]:
            entry |= {
                "expires_at": "2026-11-21T22:00:00Z",
                "size_vram": 2019393189,
                "context_length": 8192,
            }
        return web.json_response(body)

    @endpoint("GET", "/api/version")
    async def _version(self, request: web.Request) -> web.Response:
        return web.json_response({"version": "0.12.6"})

    @endpoint("POST", "/api/show")
    async def _show(self, request: web.Request) -> web.Response:
        model = (await request.json()).get("model", "")
        if model not in self.models:
            return self.error_response(404, f"model '{model}' not found")
        return web.json_response(
            {
                "modelfile": f"FROM {model}",
                "template": "{{ .Prompt }}",
                "details": _MODEL_DETAILS,
                "model_info": {"general.architecture": "llama"},
                "capabilities": self.capabilities_of(model),
            }
        )

    @endpoint("POST", "/api/embed")
    async def _embed(self, request: web.Request) -> web.Response:
        """Hashed bag-of-words vectors (texts sharing words are similar) from models with `embedding`."""
        body = await request.json()
        model = _with_tag(body.get("model", ""))
        await asyncio.sleep(self.latency)
        if model not in self.models:
            return self.error_response(
                404, f'model "{body.get("model")}" not found, try pulling it first'
            )
        if "embedding" not in self.capabilities_of(model):
            return self.error_response(400, "this model does not support embeddings")
        texts = body.get("input", [])
        texts = [texts] if isinstance(texts, str) else texts
        return web.json_response(
            {
                "model": model,
                "embeddings": [bag_of_words_vector(text) for text in texts],
                "total_duration": 14_000_000,
                "load_duration": 1_000_000,
                "prompt_eval_count": sum(len(_WORD.findall(text)) for text in texts),
            }
        )

    @endpoint("POST", "/api/chat")
    async def _chat(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        model = body.get("model", "")
        if model not in self.models:
            self.next_reply()
            return self.error_response(
                404, f'model "{model}" not found, try pulling it first'
            )
        capabilities = self.capabilities_of(model)
        for wanted, capability, refusal in (
            (
                bool(body.get("tools")),
                "tools",
                f"registry.ollama.ai/library/{model} does not support tools",
            ),
            (
                body.get("think") is True,
                "thinking",
                f'"{model}" does not support thinking',
            ),
        ):
            if wanted and capability not in capabilities:
                self.next_reply()
                return self.error_response(400, refusal)
        if problem := self._images_problem(model, body.get("messages", [])):
            self.next_reply()
            return self.error_response(400, problem)
        if "format" in body and not (
            body["format"] == "json" or isinstance(body["format"], dict)
        ):
            self.next_reply()
            return self.error_response(400, "invalid format")
        thinks = "thinking" in capabilities and body.get("think") is not False
        return await self.answer(
            request, lambda reply: self._plan(model, reply, thinks=thinks)
        )

    def _images_problem(self, model: str, messages: list[dict[str, Any]]) -> str:
        """Why the images of a chat request are refused: the model cannot see, or one is not base64."""
        images = [image for message in messages for image in message.get("images", [])]
        if images and "vision" not in self.capabilities_of(model):
            return f"registry.ollama.ai/library/{model} does not support images"
        for image in images:
            try:
                base64.b64decode(image, validate=True)
            except ValueError:
                return "illegal base64 data at input byte 0"
        return ""

    def _plan(self, model: str, reply: Reply, *, thinks: bool) -> StreamPlan:
        """NDJSON chunks: thinking deltas, one per text piece, one with all tool calls, then the done chunk."""
        thinking = reply.thinking_pieces(self.thinking_tokens) if thinks else []
        progress = [
            self._chunk(model, {"role": "assistant", "content": "", "thinking": piece})
            for piece in thinking
        ]
        pieces = [
            self._chunk(model, {"role": "assistant", "content": piece})
            for piece in reply.pieces
        ]
        if reply.tool_calls:
            calls = [
                {
                    "id": call.id,
                    "function": {
                        "index": index,
                        "name": call.name,
                        "arguments": call.arguments,
                    },
                }
                for index, call in enumerate(reply.tool_calls)
            ]
            pieces.append(
                self._chunk(
                    model, {"role": "assistant", "content": "", "tool_calls": calls}
                )
            )
        done = {
            "model": model,
            "created_at": _now(),
            "message": {"role": "assistant", "content": ""},
            "done": True,
            "done_reason": reply.stop_reason or "stop",
            "total_duration": 1_200_000_000,
            "load_duration": 50_000_000,
            "prompt_eval_count": reply.uncached_input_tokens,
            "prompt_eval_duration": 300_000_000,
            "eval_count": reply.output_token_count + len(thinking),
            "eval_duration": 800_000_000,
        }
        error = {
            "error": reply.error_message
            or "an error was encountered while running the model: unexpected EOF"
        }
        return StreamPlan(
            head=[],
            pieces=pieces,
            tail=[_line(done)],
            error_frame=_line(error),
            progress=progress,
        )

    def _chunk(self, model: str, message: dict[str, Any]) -> bytes:
        """One streamed chunk."""
        return _line(
            {"model": model, "created_at": _now(), "message": message, "done": False}
        )


def bag_of_words_vector(text: str) -> list[float]:
    """A unit vector with one signed bucket per lower-cased word (all zeros for a text without words)."""
    vector = [0.0] * EMBEDDING_DIMENSIONS
    for word in _WORD.findall(text.lower()):
        digest = zlib.crc32(word.encode())
        vector[digest % EMBEDDING_DIMENSIONS] += 1.0 if digest & 1 << 31 else -1.0
    norm = math.sqrt(sum(value * value for value in vector))
    return [value / norm for value in vector] if norm else vector


def _with_tag(name: str) -> str:
    """A model name with its tag, `:latest` by default."""
    return name if ":" in name else f"{name}:latest"


def _line(data: dict[str, Any]) -> bytes:
    """One NDJSON line."""
    return json.dumps(data, separators=(",", ":")).encode() + b"\n"
