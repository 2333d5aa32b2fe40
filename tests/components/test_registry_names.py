"""The home's own names from real registries change the decision, and Home Assistant's recognition is a signal."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from homeassistant.components import conversation, person
from homeassistant.components.homeassistant.exposed_entities import async_expose_entity
from homeassistant.core import HomeAssistant
from homeassistant.helpers import area_registry as ar, entity_registry as er
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import async_fire_time_changed

from custom_components.llm_router.const import DOMAIN
from custom_components.llm_router.registry_names import REBUILD_COOLDOWN
from tests.helpers import converse

# Names no generic pattern knows: only the home's vocabulary makes these presence or home.
PRESENCE = "Théo back yet?"
PUMP = "prüf mal die Aquariumpumpe"


async def _route(
    hass: HomeAssistant, text: str, language: str = "en"
) -> dict[str, Any]:
    response = await hass.services.async_call(
        DOMAIN,
        "route",
        {"text": text, "language": language},
        blocking=True,
        return_response=True,
    )
    assert response is not None
    return dict(response)


async def _settle(hass: HomeAssistant) -> None:
    """Let the debounced rebuild run."""
    async_fire_time_changed(
        hass, dt_util.utcnow() + timedelta(seconds=REBUILD_COOLDOWN + 1)
    )
    await hass.async_block_till_done()


@pytest.mark.usefixtures("init_integration")
async def test_a_new_household_member_makes_presence_private(
    hass: HomeAssistant,
) -> None:
    assert not (await _route(hass, PRESENCE))["private"]
    assert await async_setup_component(hass, "person", {})
    await person.async_create_person(hass, "Théo")
    await _settle(hass)
    routed = await _route(hass, PRESENCE)
    assert routed["private"]
    assert routed["route"] == "local"
    assert "household member (Théo)" in routed["reason"]


@pytest.mark.usefixtures("init_integration")
async def test_an_area_alias_and_an_exposed_entity_alias_are_home(
    hass: HomeAssistant,
) -> None:
    before = await _route(hass, PUMP, "de")
    assert "names the home's" not in before["reason"]
    registry = er.async_get(hass)
    pump = registry.async_get_or_create("switch", "aquarium", "pump")
    registry.async_update_entity(pump.entity_id, aliases={"Aquariumpumpe"})
    hass.states.async_set(pump.entity_id, "on", {"friendly_name": "Aquarium pump"})
    async_expose_entity(hass, conversation.DOMAIN, pump.entity_id, True)
    await _settle(hass)
    routed = await _route(hass, PUMP, "de")
    assert routed["route"] == "local"
    assert "names the home's entity 'Aquariumpumpe'" in routed["reason"]
    async_expose_entity(hass, conversation.DOMAIN, pump.entity_id, False)
    await _settle(hass)
    assert "names the home's" not in (await _route(hass, PUMP, "de"))["reason"]
    ar.async_get(hass).async_create("Aquarium room", aliases={"Aquariumpumpe"})
    await _settle(hass)
    assert "names the home's area" in (await _route(hass, PUMP, "de"))["reason"]


@pytest.mark.usefixtures("init_integration")
async def test_a_recognized_intent_is_local_and_answered_once(
    hass: HomeAssistant,
    ollama_emulator: Any,
    xai_emulator: Any,
) -> None:
    """A request to turn on "bitcoin price" reads like a search; with an exposed switch of that name it is home."""
    text = "turn on bitcoin price"
    assert (await _route(hass, text))["route"] == "search"
    hass.states.async_set(
        "switch.bitcoin_price", "off", {"friendly_name": "Bitcoin price"}
    )
    async_expose_entity(hass, conversation.DOMAIN, "switch.bitcoin_price", True)
    calls = []
    hass.services.async_register("switch", "turn_on", calls.append)
    routed = await _route(hass, text)
    assert routed["route"] == "local"
    assert "recognized a home command (HassTurnOn)" in routed["reason"]
    assert calls == []  # the dry run only recognized it
    result = await converse(hass, text)
    assert result.response.response_type.value == "action_done"
    assert len(calls) == 1
    assert xai_emulator.chat_requests == []
    assert ollama_emulator.chat_requests == []
