"""Claude's prompt cache with a real home: 150 exposed lights, Assist tools, five turns, billed by the emulator.

The emulator bills caching as the Messages API does (prompt_cache.py: exact prefix bytes up to a breakpoint,
5-minute lifetime, the model's minimum cacheable prefix), so the shares below are what Anthropic would bill.
"""

from __future__ import annotations

from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.components import conversation
from homeassistant.components.homeassistant.exposed_entities import async_expose_entity
from homeassistant.core import Context, HomeAssistant
from homeassistant.helpers import (
    area_registry as ar,
    device_registry as dr,
    entity_registry as er,
)
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.llm_router.models import LLMRouterConfigEntry
from tests.emulators.anthropic import AnthropicEmulator
from tests.emulators.prompt_cache import CacheBill
from tests.helpers import AGENT, converse, setup_entry

LIGHTS = 150
AREAS = ("Kitchen", "Living room", "Bedroom", "Hallway", "Office", "Garden")
TURNS = (
    "Write an automation that turns on the hallway lights at sunset.",
    "And make it turn them off again at midnight.",
    "Explain step by step how the sunset trigger works.",
    "Write a script that dims every kitchen light to 30 percent.",
)
NEW_CONVERSATION = "Write an automation that turns off all office lights at 18:00."


def cached_share(bill: CacheBill) -> float:
    """The share of a request's input tokens read from the cache."""
    total = (
        bill.input_tokens
        + bill.cache_read_input_tokens
        + bill.cache_creation_input_tokens
    )
    return bill.cache_read_input_tokens / total


@pytest.fixture
async def home(
    hass: HomeAssistant, all_backends: dict[str, Any]
) -> LLMRouterConfigEntry:
    """150 lights in six areas, all exposed to Assist, and the router with every backend."""
    assert await async_setup_component(hass, "intent", {})
    areas = ar.async_get(hass)
    entities = er.async_get(hass)
    for number in range(1, LIGHTS + 1):
        area = areas.async_get_or_create(AREAS[number % len(AREAS)])
        entry = entities.async_get_or_create("light", "test", f"light_{number}")
        entities.async_update_entity(entry.entity_id, area_id=area.id)
        hass.states.async_set(
            entry.entity_id, "off", {"friendly_name": f"Light {number}"}
        )
        async_expose_entity(hass, conversation.DOMAIN, entry.entity_id, True)
    return await setup_entry(
        hass, all_backends, {"routing_rules": "- regex: '.'\n  route: reasoning\n"}
    )


async def _turn(
    hass: HomeAssistant, text: str, conversation_id: str | None
) -> str | None:
    return (await converse(hass, text, conversation_id)).conversation_id


@pytest.mark.usefixtures("home")
async def test_cached_share_with_150_exposed_lights(
    hass: HomeAssistant,
    anthropic_emulator: AnthropicEmulator,
    freezer: FrozenDateTimeFactory,
) -> None:
    """Repeat turns read at least 80 % of their input from the cache, a new conversation at least 70 %."""
    conversation_id = None
    for text in TURNS:
        freezer.tick(37)  # the clock in the prompt moves between turns
        conversation_id = await _turn(hass, text, conversation_id)
    freezer.tick(61)
    await _turn(hass, NEW_CONVERSATION, None)

    bills = anthropic_emulator.bills
    assert len(bills) == len(TURNS) + 1
    shares = [cached_share(bill) for bill in bills]
    # The prompt is large enough for Sonnet 4.6's 2,048-token minimum, and the first turn writes it.
    assert bills[0].cache_creation_input_tokens > 2048
    assert shares[0] == 0
    assert min(shares[1 : len(TURNS)]) >= 0.8, shares
    assert shares[-1] >= 0.7, shares
    # Repeat turns write only what is new: the previous turn's question and answer.
    assert all(bill.cache_creation_input_tokens < 200 for bill in bills[1:])


@pytest.mark.usefixtures("home")
async def test_satellites_in_other_areas_share_the_homes_cache(
    hass: HomeAssistant,
    anthropic_emulator: AnthropicEmulator,
) -> None:
    """The satellite's area and an extra prompt come after the last breakpoint: the home context stays cached."""
    config_entry = MockConfigEntry(domain="test")
    config_entry.add_to_hass(hass)
    devices = dr.async_get(hass)
    areas = ar.async_get(hass)
    satellites = []
    for name in ("Kitchen", "Office"):
        device = devices.async_get_or_create(
            config_entry_id=config_entry.entry_id, identifiers={("test", name)}
        )
        devices.async_update_device(
            device.id, area_id=areas.async_get_or_create(name).id
        )
        satellites.append(device.id)
    for device_id, extra in zip(
        satellites, ("Be brief.", "Be very brief."), strict=True
    ):
        await conversation.async_converse(
            hass,
            "Write an automation for the lights here.",
            None,
            Context(),
            "en",
            agent_id=AGENT,
            device_id=device_id,
            extra_system_prompt=extra,
        )

    first, second = anthropic_emulator.bills
    assert cached_share(second) >= 0.7
    volatile = anthropic_emulator.chat_requests[1].json["messages"][-1]["content"][0][
        "text"
    ]
    assert "Office" in volatile
    assert "Be very brief." in volatile
    system = str(anthropic_emulator.chat_requests[1].json["system"])
    assert "Office" not in system.split("Static Context", maxsplit=1)[0]
    assert first.cache_creation_input_tokens > second.cache_creation_input_tokens
