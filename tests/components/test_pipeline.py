"""The agent inside an Assist pipeline: answers stream as intent-progress deltas, role first."""

from __future__ import annotations

from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from tests.helpers import AGENT, entry_data, setup_entry, text_pipeline


async def create_pipeline(client: Any) -> str:
    await client.send_json_auto_id(text_pipeline(AGENT))
    msg = await client.receive_json()
    assert msg["success"], msg
    return str(msg["result"]["id"])


async def run_text(client: Any, pipeline_id: str, text: str) -> list[dict[str, Any]]:
    await client.send_json_auto_id(
        {
            "type": "assist_pipeline/run",
            "start_stage": "intent",
            "end_stage": "intent",
            "input": {"text": text},
            "pipeline": pipeline_id,
        }
    )
    msg = await client.receive_json()
    assert msg["success"], msg
    events: list[dict[str, Any]] = []
    while not events or events[-1]["type"] != "run-end":
        msg = await client.receive_json()
        events.append(msg["event"])
    return events


async def test_pipeline_streams_the_answer(
    hass: HomeAssistant,
    hass_ws_client: WebSocketGenerator,
    ollama_emulator: Any,
) -> None:
    """Text-to-speech can start on the first words: deltas arrive before the intent ends."""
    assert await async_setup_component(hass, "assist_pipeline", {})
    await setup_entry(hass, entry_data(ollama_emulator.url))
    client = await hass_ws_client(hass)
    pipeline_id = await create_pipeline(client)
    ollama_emulator.reply("Once upon a time a lamp wanted to be a star. ", deltas=6)

    events = await run_text(client, pipeline_id, "tell me a joke")

    types = [event["type"] for event in events]
    assert types[0] == "run-start"
    progress = [
        event["data"]["chat_log_delta"]
        for event in events
        if event["type"] == "intent-progress"
    ]
    assert progress[0].get("role") == "assistant"
    pieces = [delta["content"] for delta in progress[1:] if delta.get("content")]
    assert len(pieces) > 2
    assert types.index("intent-progress") < types.index("intent-end")
    end = next(event for event in events if event["type"] == "intent-end")
    speech = end["data"]["intent_output"]["response"]["speech"]["plain"]["speech"]
    assert speech.strip() == "Once upon a time a lamp wanted to be a star."
    assert "".join(pieces) == speech
