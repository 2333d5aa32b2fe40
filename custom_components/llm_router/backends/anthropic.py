"""Anthropic Messages API backend: SSE streaming, tool use, prompt caching that hits, retry-after honoured once."""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Sequence
from dataclasses import dataclass, field

from . import base, http
from .errors import error_for_body

DEFAULT_ANTHROPIC_URL = "https://api.anthropic.com"
ANTHROPIC_VERSION = "2023-06-01"
EPHEMERAL_CACHE: base.JsonObject = {"type": "ephemeral"}
_MAX_MODEL_PAGES = 5
_USAGE_FIELDS = {
    "input_tokens": "input_tokens",
    "output_tokens": "output_tokens",
    "cache_read_input_tokens": "cached_input_tokens",
    "cache_creation_input_tokens": "cache_write_tokens",
}


@dataclass(slots=True)
class _ToolBlock:
    """A tool_use content block whose input JSON is still arriving."""

    id: str
    name: str
    json_parts: list[str] = field(default_factory=list)


class AnthropicClient(http.HttpBackend):
    """Chat with Claude through the Messages API."""

    chat_path = "/v1/messages"
    default_url = DEFAULT_ANTHROPIC_URL
    default_name = "claude"
    # A 429 or 529 with retry-after is retried once, after min(retry-after, retry_after_cap).
    busy_retries = 1

    def auth_headers(self, api_key: str | None) -> dict[str, str]:
        """The key in `x-api-key`, and the API version."""
        return {"x-api-key": api_key or "", "anthropic-version": ANTHROPIC_VERSION}

    async def chat_body(self, request: base.ChatRequest) -> base.JsonObject:
        """Build the Messages body, most stable first, with a cache breakpoint after each stable part.

        Breakpoints (at most the API's four): the last tool, the instructions, the home's context and the
        last earlier turn. The volatile context opens the current user message, after all of them. No temperature.
        """
        body: base.JsonObject = {
            "model": request.model or self.model,
            "max_tokens": request.max_tokens,
            "stream": True,
            "messages": anthropic_messages(
                request.messages, dynamic_context=request.dynamic_context
            ),
        }
        if system := _system_blocks(request):
            body["system"] = system
        if request.tools:
            body["tools"] = _tools(request.tools)
        return body

    async def parse_stream(
        self, lines: AsyncIterator[bytes]
    ) -> AsyncGenerator[http.ParsedEvent]:
        """Parse Messages SSE events; tool input JSON is joined and parsed at content_block_stop."""
        usage = base.Usage()
        stop_reason = ""
        model = ""
        tool_blocks: dict[int, _ToolBlock] = {}
        wire = self.wire
        async for event in http.sse_events(lines):
            data = wire.parse_object(event.data)
            match data.get("type", event.event):
                case "message_start":
                    message = wire.object_at(data, "message")
                    model = wire.text_at(message, "model")
                    self._update_usage(usage, wire.object_at(message, "usage"))
                case "content_block_start":
                    block = wire.object_at(data, "content_block")
                    if block.get("type") == "tool_use":
                        tool_blocks[wire.int_at(data, "index")] = _ToolBlock(
                            wire.text_at(block, "id"), wire.text_at(block, "name")
                        )
                    elif text := wire.text_at(block, "text"):
                        yield base.TextDelta(text)
                case "content_block_delta":
                    delta = wire.object_at(data, "delta")
                    if delta.get("type") == "text_delta" and (
                        text := wire.text_at(delta, "text")
                    ):
                        yield base.TextDelta(text)
                        continue
                    if delta.get("type") == "input_json_delta" and (
                        tool := tool_blocks.get(wire.int_at(data, "index"))
                    ):
                        tool.json_parts.append(wire.text_at(delta, "partial_json"))
                    yield http.PROGRESS  # tool input, thinking, signatures: the model is working
                case "content_block_stop":
                    if tool := tool_blocks.pop(wire.int_at(data, "index"), None):
                        yield base.ToolCallRequested(self._tool_call(tool))
                case "message_delta":
                    delta = wire.object_at(data, "delta")
                    stop_reason = wire.text_at(delta, "stop_reason") or stop_reason
                    self._update_usage(usage, wire.object_at(data, "usage"))
                case "message_stop":
                    usage.output_tokens = max(
                        0, usage.output_tokens - usage.reasoning_tokens
                    )
                    yield http.StreamFinish(
                        usage=usage, stop_reason=stop_reason or "end_turn", model=model
                    )
                    return
                case "error":
                    raise error_for_body(None, data, backend=self.name)

    def _tool_call(self, block: _ToolBlock) -> base.ToolCall:
        """Return the finished tool call of a tool_use block."""
        arguments = self.wire.tool_arguments("".join(block.json_parts))
        return base.ToolCall(id=block.id, name=block.name, arguments=arguments)

    def _update_usage(self, usage: base.Usage, raw: base.JsonObject) -> None:
        """Take the fields a message_start or (cumulative) message_delta usage object carries."""
        for wire_name, attribute in _USAGE_FIELDS.items():
            if raw.get(wire_name) is not None:
                setattr(usage, attribute, self.wire.int_at(raw, wire_name))
        if searches := self.wire.int_at(raw, "server_tool_use", "web_search_requests"):
            usage.web_search_calls = searches
        if thinking := self.wire.int_at(
            raw, "output_tokens_details", "thinking_tokens"
        ):
            usage.reasoning_tokens = thinking

    async def check_health(self) -> base.HealthStatus:
        """Available when the key works and `/v1/models/{model}` knows the model (or alias)."""
        try:
            await self.request_json("GET", f"/v1/models/{self.model}")
        except base.BackendError as err:
            return http.unavailable(err)
        return base.HealthStatus(available=True)

    async def list_models(self) -> list[str]:
        """Model ids of `/v1/models`, following has_more for a few pages."""
        ids: list[str] = []
        params = {"limit": "100"}
        for _ in range(_MAX_MODEL_PAGES):
            page = self.wire.as_object(
                await self.request_json("GET", "/v1/models", params=params), "models"
            )
            ids.extend(self.model_ids(page))
            last_id = self.wire.text_at(page, "last_id")
            if not page.get("has_more") or not last_id:
                break
            params = {"limit": "100", "after_id": last_id}
        return ids


def anthropic_messages(
    messages: Sequence[base.ChatMessage], *, dynamic_context: str = ""
) -> list[base.JsonValue]:
    """Messages as content blocks, a cache breakpoint on the last earlier turn, the volatile context first in the current one.

    Tool results become user turns and same-role neighbours are merged.
    """
    start = base.current_turn_start(list(messages))
    turns = [
        (
            "assistant" if message.role == "assistant" else "user",
            _content_blocks(message),
        )
        for message in messages
    ]
    if earlier := [blocks for _role, blocks in turns[:start] if blocks]:
        earlier[-1][-1]["cache_control"] = EPHEMERAL_CACHE
    if dynamic_context and start < len(turns):
        turns[start][1].insert(0, {"type": "text", "text": dynamic_context})
    merged: list[tuple[str, list[base.JsonValue]]] = []
    for role, blocks in turns:
        if not blocks:
            continue
        if merged and merged[-1][0] == role:
            merged[-1][1].extend(blocks)
        else:
            merged.append((role, list(blocks)))
    return [{"role": role, "content": content} for role, content in merged]


def _content_blocks(message: base.ChatMessage) -> list[base.JsonObject]:
    """Return the content blocks of one message (empty text is left out: the API rejects it)."""
    if message.role == "tool":
        result: base.JsonObject = {
            "type": "tool_result",
            "tool_use_id": message.tool_call_id or "",
            "content": message.content,
        }
        if message.is_error:
            result["is_error"] = True
        return [result]
    blocks: list[base.JsonObject] = (
        [{"type": "text", "text": message.content}] if message.content else []
    )
    blocks.extend(
        {"type": "tool_use", "id": call.id, "name": call.name, "input": call.arguments}
        for call in message.tool_calls
    )
    return blocks


def _system_blocks(request: base.ChatRequest) -> list[base.JsonValue]:
    """Return the instructions and the home's context, each ending in a cache breakpoint."""
    return [
        {"type": "text", "text": text, "cache_control": EPHEMERAL_CACHE}
        for text in (request.system, request.home_context)
        if text
    ]


def _tools(tools: list[base.ToolSpec]) -> list[base.JsonValue]:
    """Tool definitions with a cache breakpoint on the last one."""
    *earlier, last = map(_tool, tools)
    last["cache_control"] = EPHEMERAL_CACHE
    return [*earlier, last]


def _tool(tool: base.ToolSpec) -> base.JsonObject:
    """One tool definition."""
    return {
        "name": tool.name,
        "description": tool.description,
        "input_schema": tool.parameters,
    }
