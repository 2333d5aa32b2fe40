"""xAI Grok backend: the Responses API over SSE, with server-side web and X search and billed cost."""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Iterable, Mapping
import json
from typing import Any, Unpack

import aiohttp

from . import base, http
from .errors import error_for_body

DEFAULT_XAI_URL = "https://api.x.ai/v1"
USD_PER_TICK = 1e-10
SEARCH_TOOLS: tuple[dict[str, Any], ...] = (
    {"type": "web_search"},
    {"type": "x_search"},
)
_KEY_BLOCK_FLAGS = ("team_blocked", "api_key_blocked", "api_key_disabled")


class XaiClient(http.HttpBackend):
    """Chat with Grok through `POST /v1/responses` (nothing stored server-side)."""

    chat_path = "/responses"
    models_path = "/models"

    def __init__(
        self,
        session: aiohttp.ClientSession,
        *,
        api_key: str,
        model: str,
        base_url: str = DEFAULT_XAI_URL,
        name: str = "grok",
        search: bool = False,
        **options: Unpack[http.HttpOptions],
    ) -> None:
        """Configure the client; base_url with or without `/v1`; search offers the web_search and x_search tools."""
        headers = {"Authorization": f"Bearer {api_key}"}
        super().__init__(
            session,
            name=name,
            base_url=with_api_version(base_url),
            model=model,
            headers=headers,
            **options,
        )
        self.search = search

    async def chat_body(self, request: base.ChatRequest) -> dict[str, object]:
        """Build the Responses body, stable prefix first (xAI caches it): instructions, tools, earlier turns.

        The volatile context goes with the current user message; function tools are flat; store false.
        """
        body: dict[str, Any] = {
            "model": request.model or self.model,
            "input": xai_input_items(http.messages_with_context(request)),
            "max_output_tokens": request.max_tokens,
            "stream": True,
            "store": False,
        }
        if instructions := http.stable_system_prompt(request):
            body["instructions"] = instructions
        tools: list[dict[str, Any]] = [
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
        async for event in http.sse_events(lines):
            data = http.parse_json_object(event.data, backend=self.name)
            match data.get("type", event.event):
                case "response.output_text.delta":
                    if delta := data.get("delta"):
                        yield base.TextDelta(delta)
                case "response.output_text.annotation.added":
                    _add_citations(citations, [data.get("annotation")])
                case "response.output_item.done":
                    item = data.get("item") or {}
                    if item.get("type") == "function_call":
                        function_calls += 1
                        yield base.ToolCallRequested(self._tool_call(item))
                    elif item.get("type") == "web_search_call":
                        search_items += 1
                    _add_citations(citations, _annotations(item))
                case "response.completed" | "response.incomplete":
                    response = data.get("response") or {}
                    yield http.StreamFinish(
                        usage=xai_usage(response.get("usage") or {}, search_items),
                        stop_reason=_stop_reason(response, function_calls),
                        model=response.get("model", ""),
                        citations=tuple(citations.values()),
                    )
                    return
                case "response.failed":
                    response = data.get("response") or {}
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

    def _tool_call(self, item: dict[str, Any]) -> base.ToolCall:
        """Convert a finished function_call output item to a ToolCall."""
        arguments = http.parse_tool_arguments(item.get("arguments"), backend=self.name)
        return base.ToolCall(
            id=str(item.get("call_id", "")),
            name=str(item.get("name", "")),
            arguments=arguments,
        )

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


def with_api_version(base_url: str) -> str:
    """Append `/v1` when missing: `https://api.x.ai` and `https://api.x.ai/v1` mean the same API."""
    base_url = base_url.rstrip("/")
    return base_url if base_url.endswith("/v1") else base_url + "/v1"


def xai_input_items(messages: Iterable[base.ChatMessage]) -> list[dict[str, object]]:
    """Messages as Responses input items; tool calls and results as function_call(_output) items."""
    items: list[dict[str, Any]] = []
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


def xai_usage(raw: Mapping[str, object], search_items: int = 0) -> base.Usage:
    """Usage of a finished response, split into our fields.

    `output_tokens` includes the reasoning tokens; `input_tokens` includes the cached ones, except in reports
    whose cached count exceeds the input (then input is the uncached part). The search count comes from
    `server_side_tool_usage_details`, else from `num_server_side_tools_used` or the response's search items.
    """
    reported_input = http.int_field(raw, "input_tokens")
    cached = http.int_field(raw, "input_tokens_details", "cached_tokens")
    reasoning = http.int_field(raw, "output_tokens_details", "reasoning_tokens")
    ticks = raw.get("cost_in_usd_ticks")
    web_searches, x_searches = _search_calls(raw, search_items)
    return base.Usage(
        input_tokens=reported_input - cached
        if cached <= reported_input
        else reported_input,
        output_tokens=max(0, http.int_field(raw, "output_tokens") - reasoning),
        cached_input_tokens=cached,
        reasoning_tokens=reasoning,
        web_search_calls=web_searches,
        x_search_calls=x_searches,
        sources_used=http.int_field(raw, "num_sources_used"),
        billed_usd=ticks * USD_PER_TICK if isinstance(ticks, int | float) else None,
    )


def _search_calls(raw: Mapping[str, object], search_items: int) -> tuple[int, int]:
    """(web, x) search calls: per kind when the details are reported, else all counted as web searches."""
    details = raw.get("server_side_tool_usage_details")
    if isinstance(details, dict):
        return (
            http.int_field(details, "web_search_calls"),
            http.int_field(details, "x_search_calls"),
        )
    return max(http.int_field(raw, "num_server_side_tools_used"), search_items), 0


def _stop_reason(response: dict[str, Any], function_calls: int) -> str:
    """Our stop reason for a completed or incomplete response."""
    if response.get("status") == "incomplete":
        reason = (response.get("incomplete_details") or {}).get("reason", "")
        return "max_tokens" if reason == "max_output_tokens" else reason or "incomplete"
    return "tool_use" if function_calls else "end_turn"


def _annotations(item: dict[str, Any]) -> list[Any]:
    """Return the annotations of a message output item's text parts."""
    if item.get("type") != "message":
        return []
    return [
        annotation
        for part in item.get("content") or ()
        for annotation in part.get("annotations") or ()
    ]


def _add_citations(
    citations: dict[str, base.Citation], annotations: Iterable[Any]
) -> None:
    """Add url_citation annotations, keeping the first of each URL."""
    for annotation in annotations:
        if (
            isinstance(annotation, dict)
            and annotation.get("type") == "url_citation"
            and annotation.get("url")
        ):
            citations.setdefault(
                annotation["url"],
                base.Citation(annotation["url"], annotation.get("title", "")),
            )
