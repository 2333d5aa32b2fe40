"""xAI Grok backend: the Responses API over SSE, with server-side web and X search and billed cost."""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Iterable
import json
from typing import Unpack

import aiohttp

from . import base, http
from .errors import error_for_body

DEFAULT_XAI_URL = "https://api.x.ai/v1"
USD_PER_TICK = 1e-10
SEARCH_TOOLS: tuple[base.JsonObject, ...] = (
    {"type": "web_search"},
    {"type": "x_search"},
)
_KEY_BLOCK_FLAGS = ("team_blocked", "api_key_blocked", "api_key_disabled")


class XaiClient(http.HttpBackend):
    """Chat with Grok through `POST /v1/responses` (nothing stored server-side)."""

    chat_path = "/responses"
    models_path = "/models"
    default_url = DEFAULT_XAI_URL
    default_name = "grok"

    def __init__(
        self,
        session: aiohttp.ClientSession,
        *,
        search: bool = False,
        **client: Unpack[http.ClientOptions],
    ) -> None:
        """Configure the client; search offers the web_search and x_search tools."""
        super().__init__(session, **client)
        self.search = search

    def api_base(self, base_url: str) -> str:
        """The API's URL: `https://api.x.ai` and `https://api.x.ai/v1` mean the same API."""
        base_url = super().api_base(base_url)
        return base_url if base_url.endswith("/v1") else base_url + "/v1"

    async def chat_body(self, request: base.ChatRequest) -> base.JsonObject:
        """Build the Responses body, stable prefix first (xAI caches it): instructions, tools, earlier turns.

        The volatile context goes with the current user message; function tools are flat; store false.
        """
        body: base.JsonObject = {
            "model": request.model or self.model,
            "input": xai_input_items(http.messages_with_context(request)),
            "max_output_tokens": request.max_tokens,
            "stream": True,
            "store": False,
        }
        if instructions := http.stable_system_prompt(request):
            body["instructions"] = instructions
        tools: list[base.JsonValue] = [
            {
                "type": "function",
                "name": tool.name,
                "description": tool.description,
                "parameters": tool.parameters,
            }
            for tool in request.tools
        ]
        if self.search:
            tools.extend(SEARCH_TOOLS)
        if tools:
            body["tools"] = tools
        return body

    async def parse_stream(
        self, lines: AsyncIterator[bytes]
    ) -> AsyncGenerator[http.ParsedEvent]:
        """Parse Responses SSE events: text deltas, finished function calls, citations, the final usage.

        Every other event (reasoning, search calls and their progress) is a sign of life.
        """
        citations: dict[str, base.Citation] = {}
        function_calls = search_items = 0
        wire = self.wire
        async for event in http.sse_events(lines):
            data = wire.parse_object(event.data)
            match data.get("type", event.event):
                case "response.output_text.delta":
                    if delta := wire.text_at(data, "delta"):
                        yield base.TextDelta(delta)
                case "response.output_text.annotation.added":
                    self._add_citations(citations, [wire.object_at(data, "annotation")])
                case "response.output_item.done":
                    item = wire.object_at(data, "item")
                    if item.get("type") == "function_call":
                        function_calls += 1
                        yield base.ToolCallRequested(self._tool_call(item))
                    elif item.get("type") == "web_search_call":
                        search_items += 1
                    self._add_citations(citations, self._annotations(item))
                case "response.completed" | "response.incomplete":
                    response = wire.object_at(data, "response")
                    yield http.StreamFinish(
                        usage=self._usage(
                            wire.object_at(response, "usage"), search_items
                        ),
                        stop_reason=self._stop_reason(response, function_calls),
                        model=wire.text_at(response, "model"),
                        citations=tuple(citations.values()),
                    )
                    return
                case "response.failed":
                    response = wire.object_at(data, "response")
                    raise error_for_body(
                        None,
                        {"error": response.get("error") or "response failed"},
                        backend=self.name,
                    )
                case "error":
                    raise error_for_body(None, data, backend=self.name)
                case (
                    _
                ):  # reasoning, search calls, argument deltas: the model is working
                    yield http.PROGRESS

    def _tool_call(self, item: base.JsonObject) -> base.ToolCall:
        """Convert a finished function_call output item to a ToolCall."""
        return base.ToolCall(
            id=self.wire.text_at(item, "call_id"),
            name=self.wire.text_at(item, "name"),
            arguments=self.wire.tool_arguments(item.get("arguments")),
        )

    def _stop_reason(self, response: base.JsonObject, function_calls: int) -> str:
        """Our stop reason for a completed or incomplete response."""
        if response.get("status") == "incomplete":
            details = self.wire.object_at(response, "incomplete_details")
            reason = self.wire.text_at(details, "reason")
            return (
                "max_tokens"
                if reason == "max_output_tokens"
                else reason or "incomplete"
            )
        return "tool_use" if function_calls else "end_turn"

    def _annotations(self, item: base.JsonObject) -> list[base.JsonObject]:
        """Return the annotations of a message output item's text parts."""
        if item.get("type") != "message":
            return []
        return [
            annotation
            for part in self.wire.objects_at(item, "content")
            for annotation in self.wire.objects_at(part, "annotations")
        ]

    def _add_citations(
        self,
        citations: dict[str, base.Citation],
        annotations: Iterable[base.JsonObject],
    ) -> None:
        """Add url_citation annotations, keeping the first of each URL."""
        for annotation in annotations:
            if annotation.get("type") == "url_citation" and (
                url := self.wire.text_at(annotation, "url")
            ):
                citations.setdefault(
                    url, base.Citation(url, self.wire.text_at(annotation, "title"))
                )

    def _usage(self, raw: base.JsonObject, search_items: int) -> base.Usage:
        """Usage of a finished response, split into our fields.

        `output_tokens` includes the reasoning tokens; `input_tokens` includes the cached ones, except in reports
        whose cached count exceeds the input (then input is the uncached part). The search count comes from
        `server_side_tool_usage_details`, else from `num_server_side_tools_used` or the response's search items.
        """
        wire = self.wire
        reported_input = wire.int_at(raw, "input_tokens")
        cached = wire.int_at(raw, "input_tokens_details", "cached_tokens")
        reasoning = wire.int_at(raw, "output_tokens_details", "reasoning_tokens")
        ticks = raw.get("cost_in_usd_ticks")
        web_searches, x_searches = self._search_calls(raw, search_items)
        return base.Usage(
            input_tokens=reported_input - cached
            if cached <= reported_input
            else reported_input,
            output_tokens=max(0, wire.int_at(raw, "output_tokens") - reasoning),
            cached_input_tokens=cached,
            reasoning_tokens=reasoning,
            web_search_calls=web_searches,
            x_search_calls=x_searches,
            sources_used=wire.int_at(raw, "num_sources_used"),
            billed_usd=ticks * USD_PER_TICK if isinstance(ticks, int | float) else None,
        )

    def _search_calls(self, raw: base.JsonObject, search_items: int) -> tuple[int, int]:
        """(web, x) search calls: per kind when the details are reported, else all counted as web searches."""
        if details := self.wire.object_at(raw, "server_side_tool_usage_details"):
            return (
                self.wire.int_at(details, "web_search_calls"),
                self.wire.int_at(details, "x_search_calls"),
            )
        return max(self.wire.int_at(raw, "num_server_side_tools_used"), search_items), 0

    async def check_key(self) -> None:
        """Raise AuthFailed unless `GET /v1/api-key` says the key and its team are usable."""
        info = await self.request_json("GET", "/api-key")
        blocked = [
            flag
            for flag in _KEY_BLOCK_FLAGS
            if isinstance(info, dict) and info.get(flag)
        ]
        if blocked:
            raise base.AuthFailed(
                f"xAI API key unusable: {', '.join(blocked)}", backend=self.name
            )

    async def check_health(self) -> base.HealthStatus:
        """Report available when the key is usable and `/v1/models` lists the model."""
        try:
            await self.check_key()
        except base.BackendError as err:
            return http.unavailable(err)
        return await super().check_health()


def xai_input_items(messages: Iterable[base.ChatMessage]) -> list[base.JsonValue]:
    """Messages as Responses input items; tool calls and results as function_call(_output) items."""
    items: list[base.JsonValue] = []
    for message in messages:
        if message.role == "tool":
            items.append(
                {
                    "type": "function_call_output",
                    "call_id": message.tool_call_id or "",
                    "output": message.content,
                }
            )
            continue
        if message.content or not message.tool_calls:
            items.append({"role": message.role, "content": message.content})
        items.extend(
            {
                "type": "function_call",
                "call_id": call.id,
                "name": call.name,
                "arguments": json.dumps(call.arguments),
            }
            for call in message.tool_calls
        )
    return items
