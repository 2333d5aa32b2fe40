"""Turn Home Assistant's ChatLog and LLM tools into backend-neutral requests, trimmed to a context budget."""

from __future__ import annotations

from collections.abc import Callable

from homeassistant.components import conversation
from homeassistant.helpers import llm
from homeassistant.helpers.json import json_dumps
import probatio

from .backends.base import ChatMessage, ChatRequest, ToolCall, ToolSpec

# The stable part of the system prompt (cacheable) ends where live data starts.
DYNAMIC_MARKERS = ("Current time is", "Static Context:", "Live Context:")


def split_system_prompt(
    prompt: str, llm_api: llm.APIInstance | None
) -> tuple[str, str]:
    """Split HA's system prompt into a stable prefix and the part that changes every turn."""
    cuts = [prompt.find(marker) for marker in DYNAMIC_MARKERS]
    if llm_api is not None and llm_api.api_prompt:
        cuts.append(prompt.find(llm_api.api_prompt))
    cut = min((index for index in cuts if index >= 0), default=len(prompt))
    return prompt[:cut].rstrip(), prompt[cut:].strip()


def tool_specs(llm_api: llm.APIInstance | None) -> list[ToolSpec]:
    """Home Assistant's LLM tools as JSON-schema function specs."""
    if llm_api is None:
        return []
    return [
        ToolSpec(
            name=tool.name,
            description=tool.description or "",
            parameters=probatio.to_openapi(
                tool.parameters,
                custom_serializer=llm_api.custom_serializer,
                openapi_version="3.1.0",
            ),
        )
        for tool in llm_api.tools
    ]


def _convert(content: conversation.Content, answerable: set[str]) -> ChatMessage | None:
    """One ChatLog entry as a message; `answerable` collects the ids of the calls a backend made.

    Calls Home Assistant ran itself (external: the built-in intents) are not the model's, so both the call and
    its result are left out; the intent turn's spoken answer follows as plain assistant text.
    """
    if isinstance(content, conversation.UserContent):
        return ChatMessage(role="user", content=content.content)
    if isinstance(content, conversation.AssistantContent):
        calls = tuple(
            ToolCall(id=call.id, name=call.tool_name, arguments=call.tool_args)
            for call in content.tool_calls or ()
            if not call.external
        )
        answerable.update(call.id for call in calls)
        if not calls and not content.content:
            return None
        return ChatMessage(
            role="assistant", content=content.content or "", tool_calls=calls
        )
    if (
        isinstance(content, conversation.ToolResultContent)
        and content.tool_call_id in answerable
    ):
        return ChatMessage(
            role="tool",
            content=json_dumps(content.result.data),
            tool_call_id=content.tool_call_id,
            tool_name=content.tool_name,
            is_error=content.result.error,
        )
    return None


def chat_messages(chat_log: conversation.ChatLog) -> list[tuple[int, ChatMessage]]:
    """All non-system content of the log with its position, without the calls Home Assistant ran itself."""
    answerable: set[str] = set()
    return [
        (index, message)
        for index, content in enumerate(chat_log.content)
        if (message := _convert(content, answerable)) is not None
    ]


def _size(message: ChatMessage) -> int:
    args = sum(len(json_dumps(call.arguments)) for call in message.tool_calls)
    return len(message.content) + args


def trim_messages(messages: list[ChatMessage], max_chars: int) -> list[ChatMessage]:
    """Drop the oldest turns until the rest fits; a kept history always starts with a user message."""
    total = sum(_size(message) for message in messages)
    start = 0
    while total > max_chars and start < len(messages) - 1:
        total -= _size(messages[start])
        start += 1
        while start < len(messages) - 1 and messages[start].role != "user":
            total -= _size(messages[start])
            start += 1
    return messages[start:]


def build_request(
    chat_log: conversation.ChatLog,
    *,
    style: str,
    tools: list[ToolSpec],
    max_chars: int,
    max_tokens: int,
    visible: Callable[[int, str], str | None],
) -> ChatRequest:
    """A request for one backend: stable system prompt + style, live context, trimmed history.

    `visible(position, text)` says what this backend may see of the user turn at that ChatLog position: its
    text, another text (override phrase stripped, redacted) or None (a private turn: the whole turn is left out).
    """
    system = chat_log.content[0]
    prompt = system.content if isinstance(system, conversation.SystemContent) else ""
    stable, dynamic = split_system_prompt(prompt, chat_log.llm_api)
    messages = rewrite_turns(chat_messages(chat_log), visible)
    budget = max(max_chars - len(stable) - len(dynamic), 1000)
    return ChatRequest(
        system=f"{stable}\n{style}".strip(),
        messages=trim_messages(messages, budget),
        tools=tools,
        dynamic_context=dynamic,
        max_tokens=max_tokens,
    )


def rewrite_turns(
    messages: list[tuple[int, ChatMessage]], visible: Callable[[int, str], str | None]
) -> list[ChatMessage]:
    """Apply `visible` to user messages; a turn rewritten to None is dropped with everything answering it."""
    kept: list[ChatMessage] = []
    dropping = False
    for index, message in messages:
        if message.role == "user":
            replacement = visible(index, message.content)
            dropping = replacement is None
            if replacement is not None and replacement != message.content:
                message = ChatMessage(role="user", content=replacement)
        if not dropping:
            kept.append(message)
    return kept
