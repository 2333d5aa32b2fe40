"""Turn Home Assistant's ChatLog and LLM tools into backend-neutral requests, trimmed to a context budget."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
import re

from homeassistant.components import conversation
from homeassistant.helpers import llm
from homeassistant.helpers.json import json_dumps
import probatio

from .backends.base import ChatMessage, ChatRequest, ToolCall, ToolSpec

_TEMPLATE_EXPRESSION = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)


def _rendered_template_pattern(template: str) -> re.Pattern[str]:
    """A pattern matching any rendering of a template, at the end of a text."""
    literals = _TEMPLATE_EXPRESSION.split(template.strip())
    return re.compile(r"\n?" + ".+?".join(map(re.escape, literals)) + r"\s*$")


# Core appends its clock to the prompt when no GetDateTime tool is offered.
_DATE_TIME = _rendered_template_pattern(llm.DATE_TIME_PROMPT)


@dataclass(frozen=True, slots=True)
class PromptParts:
    """Home Assistant's system prompt cut where it changes: per entry, per home, per turn."""

    instructions: str  # the rendered prompt template of the options
    home_context: str  # what the LLM API says about the home: its exposed entities
    volatile: str  # the satellite's area, the clock, an extra system prompt


def split_system_prompt(
    prompt: str,
    *,
    api_prompt: str = "",
    extra_prompt: str | None = None,
    device_free_api_prompt: str | None = None,
) -> PromptParts:
    """Cut HA's prompt along the parts it joins: instructions, API prompt, date/time, extra prompt.

    The cut follows how ChatLog composes the prompt (the parts are known or derived from core's own template),
    not its wording. The API prompt is home context up to where it differs from the same API's prompt for a
    request without a device (the satellite's area and abilities follow the entity overview).
    """
    rest, tail = prompt, []
    if extra_prompt and rest.endswith(extra_prompt):
        rest, tail = rest[: -len(extra_prompt)].removesuffix("\n"), [extra_prompt]
    api_at = rest.rfind(api_prompt) if api_prompt else -1
    if api_at < 0:
        api_prompt = ""
        clock = _DATE_TIME.search(rest)
        api_at = clock.start() if clock else len(rest)
    after_api = rest[api_at + len(api_prompt) :].strip()
    home_end = (
        len(api_prompt)
        if device_free_api_prompt is None
        else _common_lines(api_prompt, device_free_api_prompt)
    )
    volatile = [api_prompt[home_end:].strip(), after_api, *tail]
    return PromptParts(
        instructions=rest[:api_at].strip(),
        home_context=api_prompt[:home_end].strip(),
        volatile="\n".join(part for part in volatile if part),
    )


def _common_lines(first: str, second: str) -> int:
    """Length of the whole lines both texts start with."""
    end = 0
    for mine, theirs in zip(
        first.splitlines(keepends=True), second.splitlines(keepends=True), strict=False
    ):
        if mine != theirs:
            break
        end += len(mine)
    return end


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


def prompt_chars(chat_log: conversation.ChatLog) -> int:
    """The size of the whole conversation in characters, untrimmed: system prompt and every message."""
    system = chat_log.content[0] if chat_log.content else None
    prompt = system.content if isinstance(system, conversation.SystemContent) else ""
    return len(prompt) + sum(_size(message) for _, message in chat_messages(chat_log))


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


def request_chars(request: ChatRequest) -> int:
    """The size of a request's prompt in characters: system prompt, home and live context, messages, tool calls."""
    return (
        len(request.system)
        + len(request.home_context)
        + len(request.dynamic_context)
        + sum(_size(message) for message in request.messages)
    )


def build_request(
    chat_log: conversation.ChatLog,
    *,
    style: str,
    tools: list[ToolSpec],
    max_chars: int,
    max_tokens: int,
    visible: Callable[[int, str], str | None],
    device_free_api_prompt: str | None = None,
    model: str = "",
) -> ChatRequest:
    """A request for one backend: instructions + style, the home's context, trimmed history, volatile context.

    `visible(position, text)` says what this backend may see of the user turn at that ChatLog position: its
    text, another text (override phrase stripped, redacted) or None (a private turn: the whole turn is left out).
    """
    system = chat_log.content[0]
    parts = split_system_prompt(
        system.content if isinstance(system, conversation.SystemContent) else "",
        api_prompt=chat_log.llm_api.api_prompt if chat_log.llm_api else "",
        extra_prompt=chat_log.extra_system_prompt,
        device_free_api_prompt=device_free_api_prompt,
    )
    messages = rewrite_turns(chat_messages(chat_log), visible)
    prompt_chars = (
        len(parts.instructions) + len(parts.home_context) + len(parts.volatile)
    )
    return ChatRequest(
        system=f"{parts.instructions}\n{style}".strip(),
        home_context=parts.home_context,
        messages=trim_messages(messages, max(max_chars - prompt_chars, 1000)),
        tools=tools,
        dynamic_context=parts.volatile,
        max_tokens=max_tokens,
        model=model,
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
