"""The AI Task entity: ai_task.generate_data through the router (structured output; images to local models only)."""

from __future__ import annotations

from json import JSONDecodeError
from pathlib import Path

from homeassistant.components import ai_task, conversation
from homeassistant.core import Context, HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from homeassistant.util.json import json_loads

from .backends.base import Image
from .const import DOMAIN
from .entity import DEVICE_ROUTER, LLMRouterEntity
from .models import LLMRouterConfigEntry
from .task_runner import TaskRunner

PARALLEL_UPDATES = 0


async def async_setup_entry(
    hass: HomeAssistant,
    entry: LLMRouterConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the AI Task entity."""
    async_add_entities([LLMRouterTaskEntity(entry)])


def _read_images(attachments: list[conversation.Attachment]) -> tuple[Image, ...]:
    """The attachments' bytes (in the executor); only images can be sent to a model."""
    images = []
    for attachment in attachments:
        if not attachment.mime_type.startswith("image/"):
            raise HomeAssistantError(
                translation_domain=DOMAIN,
                translation_key="attachment_not_image",
                translation_placeholders={"mime_type": attachment.mime_type},
            )
        images.append(Image(attachment.mime_type, Path(attachment.path).read_bytes()))
    return tuple(images)


def parse_json_answer(text: str) -> object:
    """The JSON value of an answer; a code fence around it is tolerated."""
    body = text.strip()
    if body.startswith("```"):
        body = body.removeprefix("```json").removeprefix("```").removesuffix("```")
    try:
        return json_loads(body)
    except JSONDecodeError as err:
        raise HomeAssistantError(
            translation_domain=DOMAIN, translation_key="task_not_json"
        ) from err


class LLMRouterTaskEntity(ai_task.AITaskEntity, LLMRouterEntity):
    """Generates data for automations, routed like a conversation turn."""

    _attr_name = None
    _attr_supported_features = (
        ai_task.AITaskEntityFeature.GENERATE_DATA
        | ai_task.AITaskEntityFeature.SUPPORT_ATTACHMENTS
    )

    def __init__(self, entry: LLMRouterConfigEntry) -> None:
        """Attach to the router device."""
        self._attach(entry, DEVICE_ROUTER, "ai_task")

    async def _async_generate_data(
        self, task: ai_task.GenDataTask, chat_log: conversation.ChatLog
    ) -> ai_task.GenDataTaskResult:
        """Route the task, let the chosen backend answer, return its text or its JSON."""
        images = await self.hass.async_add_executor_job(
            _read_images, task.attachments or []
        )
        runner = TaskRunner(
            self.hass,
            self.entry,
            task,
            chat_log,
            agent_id=self.entity_id,
            context=self._context or Context(),
            images=images,
        )
        await runner.run()
        record = runner.record
        last = chat_log.content[-1]
        if not record.answered or not isinstance(last, conversation.AssistantContent):
            key = "task_kept_local" if record.decision.private else "task_failed"
            raise HomeAssistantError(translation_domain=DOMAIN, translation_key=key)
        text = last.content or ""
        data = text if task.structure is None else parse_json_answer(text)
        return ai_task.GenDataTaskResult(
            conversation_id=chat_log.conversation_id, data=data
        )
