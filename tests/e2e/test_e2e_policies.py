"""Origin policies in a real Home Assistant: the same sentence from two satellites in two areas, through Assist."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.e2e.harness import Stack, wait_for
from tests.helpers import text_pipeline

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(180)]

SENTENCE = "Ask Claude to write a short poem about autumn leaves."
ORIGINS = "origins"


def _satellite(stack: Stack, name: str, area_id: str) -> str:
    """Add a stand-in satellite through its config flow and place its device in an area."""
    result = stack.client.flow("e2e_satellite", [{"name": name}])
    entry_id = result["result"]["entry_id"]
    devices = stack.client.ws({"type": "config/device_registry/list"})
    device_id: str = next(
        device["id"] for device in devices if entry_id in device["config_entries"]
    )
    stack.client.ws(
        {
            "type": "config/device_registry/update",
            "device_id": device_id,
            "area_id": area_id,
        }
    )
    return device_id


def _set_local_areas(stack: Stack, areas: list[str]) -> None:
    """Save the option through the options form and wait until the reloaded entry's agent is back."""
    before = stack.client.state(stack.entry.agent_id)["last_updated"]
    stack.client.set_options(stack.entry.entry_id, {ORIGINS: {"local_areas": areas}})

    def reloaded() -> bool:
        response = stack.client.request(
            "GET", f"/api/states/{stack.entry.agent_id}", expect=None
        )
        return (
            isinstance(response, dict)
            and response.get("last_updated", before) != before
        )

    def loaded() -> bool:
        entries = stack.client.request(
            "GET", "/api/config/config_entries/entry", params={"domain": "llm_router"}
        )
        return [entry["state"] for entry in entries] == ["loaded"]

    wait_for(reloaded, 30, "the router entry to reload with its new options")
    wait_for(loaded, 30, "the reloaded router entry to be set up")


@pytest.fixture
def home(stack: Stack) -> Iterator[dict[str, Any]]:
    """An office and a kids' room with a satellite each, the kids' room kept local, and an Assist pipeline."""
    areas = {
        key: stack.client.ws({"type": "config/area_registry/create", "name": name})[
            "area_id"
        ]
        for key, name in (("office", "Office"), ("kids", "Kids room"))
    }
    pipeline = stack.client.ws(text_pipeline(stack.entry.agent_id))["id"]
    _set_local_areas(stack, [areas["kids"]])
    try:
        yield {
            "areas": areas,
            "pipeline": pipeline,
            "office": _satellite(stack, "Office satellite", areas["office"]),
            "kids": _satellite(stack, "Kids room satellite", areas["kids"]),
        }
    finally:
        _set_local_areas(stack, [])


def _speech(run: list[dict[str, Any]]) -> str:
    intent_end = next(event for event in run if event["type"] == "intent-end")
    speech: str = intent_end["data"]["intent_output"]["response"]["speech"]["plain"][
        "speech"
    ]
    return speech


def test_same_sentence_from_two_areas(stack: Stack, home: dict[str, Any]) -> None:
    """From the office the poem reaches Claude; from the kids' room it stays local, and the event says why."""
    emulators = stack.emulators
    emulators.script_reply(emulators.anthropic, "A poem from Claude.")
    office_run, office_events = stack.client.assist(
        SENTENCE, pipeline=home["pipeline"], device_id=home["office"]
    )
    emulators.script_reply(emulators.ollama, "A poem from home.")
    kids_run, kids_events = stack.client.assist(
        SENTENCE, pipeline=home["pipeline"], device_id=home["kids"]
    )

    assert _speech(office_run) == "A poem from Claude."
    assert (
        _speech(kids_run)
        == "This request stays in the house. So I answered locally. A poem from home."
    )
    assert emulators.chat_counts() == {
        "OllamaEmulator": 1,
        "AnthropicEmulator": 1,
        "XaiEmulator": 0,
    }
    office, kids = office_events[-1], kids_events[-1]
    assert (office["route"], office["backend"], office["policy"]) == (
        "reasoning",
        "claude",
        None,
    )
    owner = "person.e2e_owner"  # onboarding links the owner's user to a person
    assert office["origin"] == {
        "device_id": home["office"],
        "area_id": home["areas"]["office"],
        "person": owner,
    }
    assert (kids["route"], kids["backend"], kids["policy"]) == (
        "local",
        "local",
        "local_area",
    )
    assert kids["origin"] == {
        "device_id": home["kids"],
        "area_id": home["areas"]["kids"],
        "person": owner,
    }
    assert "kept local although Claude was asked for" in kids["reason"]
