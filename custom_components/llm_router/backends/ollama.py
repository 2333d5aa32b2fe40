"""Ollama backend: `/api/chat` NDJSON streaming, tools when the model has the capability, health, embeddings."""

from __future__ import annotations

import base64
from collections.abc import AsyncGenerator, AsyncIterator, Mapping
import json
from typing import Unpack
from uuid import uuid4

import aiohttp

from . import base, http
from .errors import error_for_body

DEFAULT_OLLAMA_URL = "http://localhost:11434"
_STOP_REASONS = {"stop": "end_turn", "length": "max_tokens"}
_EMPTY_VALUES: tuple[base.JsonValue, ...] = (None, "", [], {})


class OllamaClient(http.HttpBackend):
    """Chat with a model through Ollama's native API."""

    chat_path = "/api/chat"
    default_url = DEFAULT_OLLAMA_URL
    default_name = "ollama"

    def __init__(
        self,
        session: aiohttp.ClientSession,
        *,
        keep_alive: str | int | None = None,
        num_ctx: int | None = None,
        think: bool = False,
        **client: Unpack[http.ClientOptions],
    ) -> None:
        """Configure the client; keep_alive (e.g. "30m", -1) and num_ctx are sent when set.

        Unless think is set, models with the `thinking` capability are told not to think (`think: false`).
        """
        super().__init__(session, **client)
        self.keep_alive = keep_alive
        self.num_ctx = num_ctx
        self.think = think
        self._capabilities: dict[str, frozenset[str]] = {}

    async def capabilities(self) -> frozenset[str]:
        """The model's capabilities per `/api/show` (asked once per model)."""
        known = self._capabilities.get(self.model)
        if known is None:
            show = await self.request_json(
                "POST", "/api/show", body={"model": self.model}
            )
            known = self._capabilities[self.model] = _capabilities(show)
        return known

    async def supports_tools(self) -> bool:
        """Whether the model has the `tools` capability."""
        return "tools" in await self.capabilities()

    async def chat_body(self, request: base.ChatRequest) -> base.JsonObject:
        """Build the `/api/chat` body; tools only when the model supports them, `think: false` unless allowed."""
        options: base.JsonObject = {"num_predict": request.max_tokens}
        if self.num_ctx:
            options["num_ctx"] = self.num_ctx
        body: base.JsonObject = {
            "model": self.model,
            "messages": http.messages_with_system(request, _ollama_message),
            "stream": True,
            "options": options,
        }
        if self.keep_alive is not None:
            body["keep_alive"] = self.keep_alive
        if request.tools and await self.supports_tools():
            body["tools"] = [http.nested_function_tool(tool) for tool in request.tools]
        if request.json_schema is not None:
            body["format"] = request.json_schema
        if not self.think and "thinking" in await self.capabilities():
            body["think"] = False
        return body

    async def parse_stream(
        self, lines: AsyncIterator[bytes]
    ) -> AsyncGenerator[http.ParsedEvent]:
        """Parse NDJSON chunks; an `{"error": ...}` line raises, the `done` line finishes; thinking is progress."""
        tool_calls = 0
        async for line in lines:
            if not line.strip():
                continue
            chunk = self.wire.parse_object(line)
            if "error" in chunk:
                raise error_for_body(None, chunk, backend=self.name)
            message = self.wire.object_at(chunk, "message")
            if text := self.wire.text_at(message, "content"):
                yield base.TextDelta(text)
            elif message.get("thinking"):
                yield http.PROGRESS  # thinking text is never spoken nor stored
            for call in self.wire.objects_at(message, "tool_calls"):
                tool_calls += 1
                yield base.ToolCallRequested(self._tool_call(call))
            if chunk.get("done"):
                yield http.StreamFinish(
                    usage=base.Usage(
                        input_tokens=self.wire.int_at(chunk, "prompt_eval_count"),
                        output_tokens=self.wire.int_at(chunk, "eval_count"),
                    ),
                    stop_reason="tool_use"
                    if tool_calls
                    else _STOP_REASONS.get(
                        self.wire.text_at(chunk, "done_reason"), "end_turn"
                    ),
                    model=self.wire.text_at(chunk, "model"),
                )
                return

    def _tool_call(self, call: base.JsonObject) -> base.ToolCall:
        """Convert a whole tool call of a chunk, repairing its arguments."""
        function = self.wire.object_at(call, "function")
        arguments = self.wire.tool_arguments(function.get("arguments"))
        return base.ToolCall(
            id=self.wire.text_at(call, "id") or f"call_{uuid4().hex[:12]}",
            name=self.wire.text_at(function, "name"),
            arguments=repair_tool_arguments(arguments),
        )

    async def check_health(self) -> base.HealthStatus:
        """Available when the server answers and has the model; loaded per `/api/ps`."""
        try:
            tags = await self.request_json("GET", "/api/tags")
            running = await self.request_json("GET", "/api/ps")
        except base.BackendError as err:
            return http.unavailable(err)
        present = _lists_model(tags, self.model)
        return base.HealthStatus(
            available=present,
            model_present=present,
            model_loaded=_lists_model(running, self.model),
            detail=""
            if present
            else f"model {self.model} is not pulled on {self.base_url}",
        )

    async def list_models(self) -> list[str]:
        """Names of the pulled models."""
        return _model_names(await self.request_json("GET", "/api/tags"))

    async def embed(self, texts: list[str], model: str) -> list[list[float]]:
        """One vector per text, in order, from an embedding model (e.g. `nomic-embed-text`) via `/api/embed`."""
        answer = await self.request_json(
            "POST", "/api/embed", body={"model": model, "input": list(texts)}
        )
        return parse_embeddings(answer, len(texts), backend=self.name)


def parse_embeddings(
    answer: base.JsonValue, count: int, *, backend: str
) -> list[list[float]]:
    """The `embeddings` of an `/api/embed` answer: count lists of numbers, or BadResponse."""
    vectors = answer.get("embeddings") if isinstance(answer, dict) else None
    if isinstance(vectors, list) and len(vectors) == count:
        parsed = [_vector(vector) for vector in vectors]
        if all(parsed):
            return parsed
    raise base.BadResponse(
        f"expected {count} embeddings, got: {str(answer)[:200]}", backend=backend
    )


def _vector(value: base.JsonValue) -> list[float]:
    """Value as a vector of numbers, [] when it is not a non-empty list of numbers."""
    if not isinstance(value, list):
        return []
    numbers = [
        float(item)
        for item in value
        if isinstance(item, int | float) and not isinstance(item, bool)
    ]
    return numbers if len(numbers) == len(value) else []


def repair_tool_arguments(arguments: Mapping[str, base.JsonValue]) -> base.JsonObject:
    """Fix small models' arguments: decode JSON-encoded values, drop empty ones (as Home Assistant core does)."""
    return {
        key: _decode_json_text(value)
        for key, value in arguments.items()
        if value not in _EMPTY_VALUES
    }


def _decode_json_text(value: base.JsonValue) -> base.JsonValue:
    """Decode a string that holds a JSON object or list; return anything else unchanged."""
    if not isinstance(value, str):
        return value
    text = value.strip()
    if (text[:1], text[-1:]) not in (("{", "}"), ("[", "]")):
        return value
    try:
        decoded: base.JsonValue = json.loads(text)
    except ValueError:
        return value
    return decoded


def _ollama_message(message: base.ChatMessage) -> base.JsonObject:
    """Convert a ChatMessage to Ollama's format (tool results carry tool_name)."""
    if message.role == "tool":
        return {
            "role": "tool",
            "content": message.content,
            "tool_name": message.tool_name or "",
        }
    converted: base.JsonObject = {"role": message.role, "content": message.content}
    if message.images:
        converted["images"] = [
            base64.b64encode(image.data).decode() for image in message.images
        ]
    if message.tool_calls:
        converted["tool_calls"] = [
            {"function": {"name": call.name, "arguments": call.arguments}}
            for call in message.tool_calls
        ]
    return converted


def _capabilities(show: base.JsonValue) -> frozenset[str]:
    """The capabilities of an `/api/show` answer (older servers list none: tools if the template mentions .Tools)."""
    if not isinstance(show, dict):
        return frozenset()
    capabilities = show.get("capabilities")
    if isinstance(capabilities, list):
        return frozenset(str(capability) for capability in capabilities)
    return (
        frozenset({"tools"})
        if ".Tools" in str(show.get("template", ""))
        else frozenset()
    )


def _model_names(listing: base.JsonValue) -> list[str]:
    """Model names of an `/api/tags` or `/api/ps` answer."""
    models = listing.get("models") if isinstance(listing, dict) else None
    if not isinstance(models, list):
        return []
    return [
        str(entry.get("name") or entry.get("model"))
        for entry in models
        if isinstance(entry, dict)
    ]


def _lists_model(listing: base.JsonValue, model: str) -> bool:
    """Whether a listing names the model (`llama3.2` and `llama3.2:latest` are the same)."""
    wanted = _with_tag(model)
    return any(_with_tag(name) == wanted for name in _model_names(listing))


def _with_tag(name: str) -> str:
    """Return a model name with its tag, `:latest` by default."""
    return name if ":" in name else f"{name}:latest"
