"""OpenAI-compatible local servers (llama-swap, LiteLLM, vLLM, llama.cpp): `/v1/chat/completions` over SSE."""

from __future__ import annotations

import base64
from collections.abc import AsyncGenerator, AsyncIterator, Iterator
from dataclasses import dataclass, field
import json

from . import base, http
from .errors import error_for_body
from .ollama import repair_tool_arguments

DEFAULT_OPENAI_COMPAT_URL = "http://localhost:8080"
_STOP_REASONS = {"stop": "end_turn", "tool_calls": "tool_use", "length": "max_tokens"}


@dataclass(slots=True)
class _PartialCall:
    """A tool call whose argument fragments are still arriving."""

    id: str = ""
    name: str = ""
    arguments: list[str] = field(default_factory=list)


class OpenAICompatClient(http.HttpBackend):
    """Chat with any server that speaks OpenAI's chat-completions streaming."""

    chat_path = "/v1/chat/completions"
    default_url = DEFAULT_OPENAI_COMPAT_URL
    default_name = "openai_compat"

    def api_base(self, base_url: str) -> str:
        """The server's root: base_url may end in `/v1`."""
        return super().api_base(base_url).removesuffix("/v1")

    async def chat_body(self, request: base.ChatRequest) -> base.JsonObject:
        """Build the chat-completions body, asking for the usage chunk at the end."""
        body: base.JsonObject = {
            "model": self.model,
            "messages": http.messages_with_system(request, _openai_message),
            "max_tokens": request.max_tokens,
            "stream": True,
            "stream_options": {"include_usage": True},
        }
        if request.tools:
            body["tools"] = [http.nested_function_tool(tool) for tool in request.tools]
        if request.json_schema is not None:
            body["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": "answer", "schema": request.json_schema},
            }
        return body

    async def parse_stream(
        self, lines: AsyncIterator[bytes]
    ) -> AsyncGenerator[http.ParsedEvent]:
        """Parse chunks until `[DONE]`; tool-call fragments are joined by index and emitted at finish.

        A stream that ends without `[DONE]` after its finish reason and usage chunk is complete too.
        """
        calls: dict[int, _PartialCall] = {}
        finish_reason = ""
        usage: base.Usage | None = None
        model = ""
        async for event in http.sse_events(lines):
            if event.data == "[DONE]":
                break
            chunk = self.wire.parse_object(event.data)
            if event.event == "error" or "error" in chunk:
                raise error_for_body(None, chunk, backend=self.name)
            model = self.wire.text_at(chunk, "model") or model
            if raw_usage := self.wire.object_at(chunk, "usage"):
                usage = self._usage(raw_usage)
            for choice in self.wire.objects_at(chunk, "choices"):
                delta = self.wire.object_at(choice, "delta")
                if text := self.wire.text_at(delta, "content"):
                    yield base.TextDelta(text)
                elif (
                    delta.get("reasoning")
                    or delta.get("reasoning_content")
                    or delta.get("tool_calls")
                ):
                    yield http.PROGRESS  # thinking (never spoken) or tool arguments arriving
                for fragment in self.wire.objects_at(delta, "tool_calls"):
                    self._merge_fragment(calls, fragment)
                if reason := self.wire.text_at(choice, "finish_reason"):
                    finish_reason = reason
                    for call in self._drain(calls):
                        yield base.ToolCallRequested(call)
        else:
            if not (finish_reason and usage):
                return  # cut short: the caller raises BadResponse
        for call in self._drain(calls):
            yield base.ToolCallRequested(call)
        yield http.StreamFinish(
            usage=usage or base.Usage(),
            stop_reason=_STOP_REASONS.get(finish_reason, finish_reason),
            model=model,
        )

    def _drain(self, calls: dict[int, _PartialCall]) -> Iterator[base.ToolCall]:
        """Yield the completed tool calls in index order, emptying calls."""
        for index in sorted(calls):
            partial = calls.pop(index)
            arguments = self.wire.tool_arguments("".join(partial.arguments))
            yield base.ToolCall(
                id=partial.id or f"call_{index}",
                name=partial.name,
                arguments=repair_tool_arguments(arguments),
            )

    def _merge_fragment(
        self, calls: dict[int, _PartialCall], fragment: base.JsonObject
    ) -> None:
        """Add one tool-call delta to the call with the same index."""
        partial = calls.setdefault(self.wire.int_at(fragment, "index"), _PartialCall())
        partial.id = self.wire.text_at(fragment, "id") or partial.id
        function = self.wire.object_at(fragment, "function")
        partial.name = self.wire.text_at(function, "name") or partial.name
        if arguments := self.wire.text_at(function, "arguments"):
            partial.arguments.append(arguments)

    def _usage(self, raw: base.JsonObject) -> base.Usage:
        """Usage of the final chunk; cached and reasoning tokens are split out of the totals."""
        cached = self.wire.int_at(raw, "prompt_tokens_details", "cached_tokens")
        reasoning = self.wire.int_at(
            raw, "completion_tokens_details", "reasoning_tokens"
        )
        return base.Usage(
            input_tokens=self.wire.int_at(raw, "prompt_tokens") - cached,
            output_tokens=self.wire.int_at(raw, "completion_tokens") - reasoning,
            cached_input_tokens=cached,
            reasoning_tokens=reasoning,
        )


def _openai_message(message: base.ChatMessage) -> base.JsonObject:
    """Convert a ChatMessage to chat-completions format (tool results carry tool_call_id)."""
    if message.role == "tool":
        return {
            "role": "tool",
            "tool_call_id": message.tool_call_id or "",
            "content": message.content,
        }
    converted: base.JsonObject = {"role": message.role, "content": message.content}
    if message.images:
        converted["content"] = [
            {"type": "text", "text": message.content},
            *(_image_part(image) for image in message.images),
        ]
    if message.tool_calls:
        converted["tool_calls"] = [
            {
                "id": call.id,
                "type": "function",
                "function": {
                    "name": call.name,
                    "arguments": json.dumps(call.arguments),
                },
            }
            for call in message.tool_calls
        ]
    return converted


def _image_part(image: base.Image) -> base.JsonObject:
    """An image as a content part with a data URL."""
    data = base64.b64encode(image.data).decode()
    return {
        "type": "image_url",
        "image_url": {"url": f"data:{image.mime_type};base64,{data}"},
    }
