"""An AI Task routed like a conversation turn: the same privacy gate, budgets, fallbacks, ledger and event.

The TurnRunner does the work; this subclass changes what differs for data: nothing is spoken, the answer may
have to match a JSON schema, and a task with attachments (camera images) is private, so only local models see it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from homeassistant.components import ai_task, conversation
from homeassistant.core import Context, HomeAssistant
from homeassistant.helpers import llm
from homeassistant.helpers.json import json_dumps
import probatio

from .agent import TurnRunner
from .backends.base import ChatRequest, Image
from .router import Route, RouteDecision

if TYPE_CHECKING:
    from .models import LLMRouterConfigEntry

TASK_MAX_TOKENS = 2048
JSON_INSTRUCTION = (
    "Answer with one JSON value and nothing else (no prose, no code fence) "
    "that matches this JSON schema: {schema}"
)
PRIVATE_ATTACHMENTS = "the task carries attachments (camera images stay in the house)"


def _json_schema(structure: probatio.Schema) -> dict[str, Any]:
    """The JSON schema of an AI Task's structure."""
    schema: dict[str, Any] = probatio.to_openapi(
        structure,
        custom_serializer=llm.selector_serializer,
        openapi_version="3.1.0",
    )
    return schema


class TaskRunner(TurnRunner):
    """Runs one AI Task through the router; the answer is the last assistant content of the chat log."""

    spoken = False

    def __init__(
        self,
        hass: HomeAssistant,
        entry: LLMRouterConfigEntry,
        task: ai_task.GenDataTask,
        chat_log: conversation.ChatLog,
        *,
        agent_id: str,
        context: Context,
        images: tuple[Image, ...],
    ) -> None:
        """Bind the task: its instructions are the user's turn, its structure the JSON schema (None: free text)."""
        user_input = conversation.ConversationInput(
            text=task.instructions,
            context=context,
            conversation_id=chat_log.conversation_id,
            device_id=None,
            satellite_id=None,
            language=hass.config.language,
            agent_id=agent_id,
        )
        super().__init__(hass, entry, user_input, chat_log, agent_id)
        self.schema = None if task.structure is None else _json_schema(task.structure)
        self.images = images

    def _known_private(self) -> str | None:
        return PRIVATE_ATTACHMENTS if self.images else None

    async def _provide_llm_data(self, route: Route) -> None:
        """The AI Task entity already put the task's instructions and tools into the chat log."""

    def _answer_format(self) -> tuple[str, int]:
        if self.schema is None:
            return "", TASK_MAX_TOKENS
        return JSON_INSTRUCTION.format(schema=json_dumps(self.schema)), TASK_MAX_TOKENS

    def _request(self, route: Route, decision: RouteDecision) -> ChatRequest:
        """The turn's request with the schema, and the images on the task's message (local routes only)."""
        request = replace(super()._request(route, decision), json_schema=self.schema)
        if route is not Route.LOCAL or not self.images:
            return request
        messages = list(request.messages)
        for index in range(len(messages) - 1, -1, -1):
            if messages[index].role == "user":
                messages[index] = replace(messages[index], images=self.images)
                break
        return replace(request, messages=messages)
