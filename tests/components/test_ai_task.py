"""AI Task entity: ai_task.generate_data routed like a conversation turn, structured output, camera images local only."""

from __future__ import annotations

import base64
from collections.abc import Iterator
import json
from typing import Any
from unittest.mock import patch

from homeassistant.components import ai_task, camera
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.setup import async_setup_component
import probatio as vol
import pytest
from pytest_homeassistant_custom_component.common import async_capture_events

from custom_components.llm_router.models import LLMRouterConfigEntry
from tests.helpers import entry_data, last_turn, setup_entry

ENTITY = "ai_task.hybrid_llm_router"
PHOTO = b"\xff\xd8\xff\xe0 a tiny jpeg"
STRUCTURE = vol.Schema(
    {vol.Required("summary"): str, vol.Optional("count"): vol.Coerce(int)}
)


@pytest.fixture
async def entry(
    hass: HomeAssistant, all_backends: dict[str, Any]
) -> LLMRouterConfigEntry:
    """A loaded entry with the local server, Claude and Grok, and the AI Task integration."""
    loaded = await setup_entry(hass, all_backends)
    assert await async_setup_component(hass, "ai_task", {})
    return loaded


CAMERA = [
    {
        "media_content_id": "media-source://camera/camera.front_door",
        "media_content_type": "image/jpeg",
    }
]


@pytest.fixture
def snapshot_of_front_door() -> Iterator[None]:
    """camera.front_door's snapshot is PHOTO."""
    image = camera.Image(content_type="image/jpeg", content=PHOTO)
    with patch.object(camera, "async_get_image", return_value=image):
        yield


async def _generate(
    hass: HomeAssistant, instructions: str, **task: Any
) -> ai_task.GenDataTaskResult:
    return await ai_task.async_generate_data(
        hass, task_name="test", entity_id=ENTITY, instructions=instructions, **task
    )


async def test_local_task_with_structure(
    hass: HomeAssistant, entry: LLMRouterConfigEntry, ollama_emulator: Any
) -> None:
    """A small task stays local; Ollama is given the JSON schema as `format`; the JSON comes back parsed."""
    ollama_emulator.reply('{"summary": "Two lights are on", "count": 2}', deltas=3)
    result = await _generate(hass, "how many lights are on", structure=STRUCTURE)
    assert result.data == {"summary": "Two lights are on", "count": 2}
    body = ollama_emulator.chat_requests[0].json
    assert body["format"]["properties"]["summary"] == {"type": "string"}
    assert body["format"]["required"] == ["summary"]
    turn = last_turn(entry)
    assert turn.route == "local"


async def test_reasoning_task_goes_to_claude_and_is_billed(
    hass: HomeAssistant,
    entry: LLMRouterConfigEntry,
    anthropic_emulator: Any,
    ollama_emulator: Any,
) -> None:
    """Analysis goes to Claude, told the schema; the ledger bills it and the request event fires."""
    events = async_capture_events(hass, "llm_router_request")
    anthropic_emulator.reply(
        '```json\n{"summary": "Shift the dishwasher to noon"}\n```', deltas=4
    )
    result = await _generate(
        hass,
        "analyze my energy usage this month and suggest savings",
        structure=STRUCTURE,
    )
    assert result.data == {"summary": "Shift the dishwasher to noon"}
    body = anthropic_emulator.chat_requests[0].json
    assert "JSON schema" in json.dumps(body["system"])
    assert ollama_emulator.chat_requests == []
    turn = last_turn(entry)
    assert turn.route == "reasoning" and turn.cost_usd > 0
    assert entry.runtime_data.ledger.ledger.last_entry.backend == "claude"
    assert events[-1].data["route"] == "reasoning"
    assert events[-1].data["answered"] is True


async def test_search_task_goes_to_grok_as_plain_text(
    hass: HomeAssistant, entry: LLMRouterConfigEntry, xai_emulator: Any
) -> None:
    """Without a structure the text comes back as the model wrote it: no speech filter, no spoken sources."""
    answer = "The crew landed; details at https://www.nasa.gov/artemis"
    xai_emulator.reply(answer, deltas=4, citations=[("https://www.nasa.gov/x", "NASA")])
    result = await _generate(hass, "what's the latest news about the Artemis mission")
    assert result.data == answer
    assert last_turn(entry).route == "search"


@pytest.mark.usefixtures("entry")
async def test_falls_back_when_claude_is_down(
    hass: HomeAssistant,
    anthropic_emulator: Any,
    ollama_emulator: Any,
) -> None:
    """A cloud failure falls back to the local model, and nothing spoken is mixed into the data."""
    anthropic_emulator.fail(529, "Overloaded")
    ollama_emulator.reply("Run the dishwasher at noon.")
    result = await _generate(
        hass, "analyze my energy usage this month and suggest savings"
    )
    assert result.data == "Run the dishwasher at noon."


@pytest.mark.usefixtures("snapshot_of_front_door")
async def test_camera_image_goes_only_to_the_local_model(
    hass: HomeAssistant,
    entry: LLMRouterConfigEntry,
    ollama_emulator: Any,
    anthropic_emulator: Any,
    xai_emulator: Any,
) -> None:
    """A camera snapshot makes the task private: local even for 'analyze', the image sent as base64."""
    ollama_emulator.capabilities["llama3.2:3b"] = ["completion", "tools", "vision"]
    ollama_emulator.reply('{"summary": "A parcel at the door"}')
    result = await _generate(
        hass,
        "analyze this picture in depth and describe who is there",
        structure=STRUCTURE,
        attachments=CAMERA,
    )
    assert result.data == {"summary": "A parcel at the door"}
    (request,) = ollama_emulator.chat_requests
    user = [m for m in request.json["messages"] if m["role"] == "user"][-1]
    assert base64.b64decode(user["images"][0]) == PHOTO
    assert anthropic_emulator.chat_requests == []
    assert xai_emulator.chat_requests == []
    turn = last_turn(entry)
    assert turn.decision.private


@pytest.mark.usefixtures("snapshot_of_front_door", "entry")
async def test_private_task_with_local_down_sends_nothing_to_the_cloud(
    hass: HomeAssistant,
    ollama_emulator: Any,
    anthropic_emulator: Any,
    xai_emulator: Any,
) -> None:
    """The local server is down and the task carries a camera image: an error, no cloud request."""
    await ollama_emulator.stop()
    with pytest.raises(HomeAssistantError) as err:
        await _generate(hass, "describe who is at the door", attachments=CAMERA)
    assert err.value.translation_key == "task_kept_local"
    assert anthropic_emulator.chat_requests == []
    assert xai_emulator.chat_requests == []


@pytest.mark.usefixtures("entry")
async def test_answer_that_is_not_json_is_an_error(
    hass: HomeAssistant, ollama_emulator: Any
) -> None:
    """A structured task whose answer does not parse says so."""
    ollama_emulator.reply("Two lights, I think.")
    with pytest.raises(HomeAssistantError) as err:
        await _generate(hass, "how many lights are on", structure=STRUCTURE)
    assert err.value.translation_key == "task_not_json"


@pytest.mark.usefixtures("snapshot_of_front_door")
async def test_local_only_entry_without_images_support(
    hass: HomeAssistant, ollama_emulator: Any
) -> None:
    """A model that cannot see refuses the image (the emulator answers 400 like Ollama): a clear error."""
    await setup_entry(hass, entry_data(ollama_emulator.url))
    assert await async_setup_component(hass, "ai_task", {})
    with pytest.raises(HomeAssistantError) as err:
        await _generate(hass, "describe the picture", attachments=CAMERA)
    assert err.value.translation_key == "task_kept_local"
    assert ollama_emulator.chat_requests[0].json["messages"][-1]["images"]
