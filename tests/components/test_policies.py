"""Origin policies in a real registry: areas, floors, satellites and people decide what may reach the cloud."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from homeassistant.components import conversation, person
from homeassistant.components.conversation import trace
from homeassistant.core import Context, HomeAssistant
from homeassistant.helpers import (
    area_registry as ar,
    device_registry as dr,
    entity_registry as er,
    floor_registry as fr,
)
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_capture_events,
)

from custom_components.llm_router.agent import EVENT_REQUEST
from custom_components.llm_router.const import DOMAIN
from custom_components.llm_router.models import LLMRouterConfigEntry
from tests.helpers import AGENT, last_turn, reload_entry, setup_entry, state_value

ASK_CLAUDE = "ask Claude to write a short poem about autumn leaves"
REASONING = (
    "write a python script that renames my holiday photos by the date they were taken"
)
POLICY_NOTE = "This request stays in the house. So I answered locally."


@dataclass(frozen=True)
class Home:
    """Two satellites upstairs (kids' room) and downstairs (office), a phone that follows Ben, and two users."""

    kids_room: str
    office: str
    upstairs: str
    kids_satellite: str
    kids_device: str
    office_satellite: str
    office_device: str
    phone_device: str
    anna_user: str
    ben_user: str


def _satellite(
    hass: HomeAssistant, entry: MockConfigEntry, name: str, area_id: str
) -> tuple[str, str]:
    """A voice satellite device in an area and its assist_satellite entity."""
    device = dr.async_get(hass).async_get_or_create(
        config_entry_id=entry.entry_id, identifiers={("satellite", name)}, name=name
    )
    dr.async_get(hass).async_update_device(device.id, area_id=area_id)
    entity = er.async_get(hass).async_get_or_create(
        "assist_satellite", "satellite", name, device_id=device.id
    )
    return entity.entity_id, device.id


@pytest.fixture
async def home(hass: HomeAssistant) -> Home:
    """Real floor, area, device, entity, user and person registries with a small household."""
    upstairs = fr.async_get(hass).async_create("Upstairs")
    kids_room = ar.async_get(hass).async_create("Kids room", floor_id=upstairs.floor_id)
    office = ar.async_get(hass).async_create("Office")
    devices = MockConfigEntry(domain="satellite")
    devices.add_to_hass(hass)
    kids_satellite, kids_device = _satellite(hass, devices, "kids", kids_room.id)
    office_satellite, office_device = _satellite(hass, devices, "office", office.id)
    phone = dr.async_get(hass).async_get_or_create(
        config_entry_id=devices.entry_id, identifiers={("phone", "ben")}, name="Phone"
    )
    er.async_get(hass).async_get_or_create(
        "device_tracker", "phone", "ben", device_id=phone.id, suggested_object_id="ben"
    )
    anna = await hass.auth.async_create_user("Anna")
    ben = await hass.auth.async_create_user("Ben")
    assert await async_setup_component(hass, "person", {})
    await person.async_create_person(hass, "Anna", user_id=anna.id)
    await person.async_create_person(
        hass, "Ben", user_id=ben.id, device_trackers=["device_tracker.ben"]
    )
    await hass.async_block_till_done()
    return Home(
        kids_room=kids_room.id,
        office=office.id,
        upstairs=upstairs.floor_id,
        kids_satellite=kids_satellite,
        kids_device=kids_device,
        office_satellite=office_satellite,
        office_device=office_device,
        phone_device=phone.id,
        anna_user=anna.id,
        ben_user=ben.id,
    )


@dataclass(frozen=True)
class Backends:
    """The local and Claude emulators a test watches."""

    local: Any
    claude: Any


@pytest.fixture
def backends(ollama_emulator: Any, anthropic_emulator: Any) -> Backends:
    """The emulators behind the router's local and reasoning routes."""
    return Backends(ollama_emulator, anthropic_emulator)


@pytest.fixture
async def router(hass: HomeAssistant, home: Home, all_backends: dict[str, Any]) -> Any:
    """Set up the router with the given options (call it)."""

    async def setup(**options: Any) -> LLMRouterConfigEntry:
        return await setup_entry(hass, all_backends, options)

    return setup


async def _say(
    hass: HomeAssistant,
    text: str,
    *,
    device_id: str | None = None,
    satellite_id: str | None = None,
    user_id: str | None = None,
) -> str:
    result = await conversation.async_converse(
        hass,
        text,
        None,
        Context(user_id=user_id),
        "en",
        agent_id=AGENT,
        device_id=device_id,
        satellite_id=satellite_id,
    )
    return str(result.response.speech["plain"]["speech"])


async def _turn(hass: HomeAssistant, text: str, **where: str) -> tuple[str, str | None]:
    """One turn; returns the route and policy its llm_router_request event reports."""
    events = async_capture_events(hass, EVENT_REQUEST)
    await _say(hass, text, **where)
    return events[-1].data["route"], events[-1].data["policy"]


async def test_local_area_blocks_cloud_even_when_claude_is_asked(
    hass: HomeAssistant, home: Home, router: Any, backends: Backends
) -> None:
    """'Ask Claude …' from the kids' room is answered locally with a short note; from the office it reaches Claude."""
    await router(local_areas=[home.kids_room])
    events = async_capture_events(hass, EVENT_REQUEST)
    backends.local.reply("Leaves fall softly.")
    speech = await _say(hass, ASK_CLAUDE, satellite_id=home.kids_satellite)
    assert speech.startswith(POLICY_NOTE)
    assert "Leaves fall softly." in speech
    assert backends.claude.chat_requests == []
    assert len(backends.local.chat_requests) == 1
    kept = events[-1].data
    assert (kept["route"], kept["policy"]) == ("local", "local_area")
    assert kept["origin"] == {
        "device_id": home.kids_device,
        "satellite_id": home.kids_satellite,
        "area_id": home.kids_room,
        "floor_id": home.upstairs,
    }
    assert "kept local although Claude was asked for" in kept["reason"]
    details = [
        event["data"]["llm_router"]
        for event in trace.async_get_traces()[-1].as_dict()["events"]
        if event["event_type"] == trace.ConversationTraceEventType.AGENT_DETAIL
        and "llm_router" in (event["data"] or {})
    ]
    assert [(detail["policy"], detail["origin"]) for detail in details] == [
        ("local_area", kept["origin"])
    ]

    await _say(hass, ASK_CLAUDE, satellite_id=home.office_satellite)
    assert len(backends.claude.chat_requests) == 1
    assert (events[-1].data["route"], events[-1].data["policy"]) == (
        "reasoning",
        None,
    )


async def test_local_satellite_and_floor_rule(
    hass: HomeAssistant, home: Home, router: Any, backends: Backends
) -> None:
    """A satellite kept local stays local wherever it stands; a rule can name a floor."""
    await router(
        local_devices=[home.office_device],
        routing_rules="- floor: upstairs\n  match: [poem]\n  route: reasoning\n",
    )
    office = await _turn(hass, ASK_CLAUDE, device_id=home.office_device)
    assert office == ("local", "local_device")
    assert backends.claude.chat_requests == []
    kids = await _turn(hass, "tell me a poem", device_id=home.kids_device)
    assert kids == ("reasoning", None)
    assert await _turn(hass, "tell me a poem") == ("local", None)


async def test_person_policy_follows_the_user_from_any_satellite(
    hass: HomeAssistant, home: Home, router: Any, backends: Backends
) -> None:
    """Anna opted out: her requests stay local in every room; Ben's from the same satellite reach Claude."""
    await router(local_people=["person.anna"])
    events = async_capture_events(hass, EVENT_REQUEST)
    for satellite in (home.office_satellite, home.kids_satellite):
        await _say(hass, REASONING, satellite_id=satellite, user_id=home.anna_user)
        assert events[-1].data["policy"] == "local_person"
        assert events[-1].data["origin"]["person"] == "person.anna"
    assert backends.claude.chat_requests == []
    await _say(
        hass, REASONING, satellite_id=home.office_satellite, user_id=home.ben_user
    )
    assert len(backends.claude.chat_requests) == 1
    assert events[-1].data["origin"]["person"] == "person.ben"


async def test_person_known_from_the_device_that_follows_them(
    hass: HomeAssistant, home: Home, router: Any, backends: Backends
) -> None:
    """Without a user, the person whose device tracker sits on the speaking device is the speaker."""
    await router(local_people=["person.ben"])
    events = async_capture_events(hass, EVENT_REQUEST)
    await _say(hass, REASONING, device_id=home.phone_device)
    assert events[-1].data["origin"]["person"] == "person.ben"
    assert events[-1].data["policy"] == "local_person"
    assert backends.claude.chat_requests == []


async def test_cloud_allow_list(
    hass: HomeAssistant, home: Home, router: Any, backends: Backends
) -> None:
    """Claude and Grok only from the office: the office reaches Claude, the kids' room and no area stay local."""
    await router(cloud_areas=[home.office])
    office = await _turn(hass, REASONING, satellite_id=home.office_satellite)
    assert office == ("reasoning", None)
    for where in ({"satellite_id": home.kids_satellite}, {}):
        assert await _turn(hass, REASONING, **where) == ("local", "cloud_areas")
    assert len(backends.claude.chat_requests) == 1


async def test_moving_a_satellite_changes_its_policy(
    hass: HomeAssistant, home: Home, router: Any, backends: Backends
) -> None:
    """The origin index follows the device registry: a satellite moved into the kids' room stays local."""
    await router(local_areas=[home.kids_room])
    office = home.office_device
    assert await _turn(hass, REASONING, device_id=office) == ("reasoning", None)
    dr.async_get(hass).async_update_device(office, area_id=home.kids_room)
    await hass.async_block_till_done()
    assert await _turn(hass, REASONING, device_id=office) == ("local", "local_area")
    assert len(backends.claude.chat_requests) == 1


async def test_last_route_sensor_shows_origin_and_policy(
    hass: HomeAssistant, home: Home, router: Any
) -> None:
    """The last-route sensor names where the request came from and the policy that kept it local."""
    await router(local_areas=[home.kids_room])
    await _say(
        hass, ASK_CLAUDE, satellite_id=home.kids_satellite, user_id=home.anna_user
    )
    sensor = "sensor.hybrid_llm_router_last_route"
    assert state_value(hass, sensor) == "local"
    state = hass.states.get(sensor)
    assert state is not None
    assert {
        key: state.attributes[key] for key in ("area", "device", "person", "policy")
    } == {
        "area": home.kids_room,
        "device": home.kids_device,
        "person": "person.anna",
        "policy": "local_area",
    }


async def _dry_run(hass: HomeAssistant, **data: Any) -> dict[str, Any]:
    response = await hass.services.async_call(
        DOMAIN,
        "route",
        {"text": ASK_CLAUDE, **data},
        blocking=True,
        return_response=True,
    )
    return cast("dict[str, Any]", response)


async def test_dry_run_reports_the_policy(
    hass: HomeAssistant, home: Home, router: Any
) -> None:
    """The route service tries a policy out for a device, an area or a person."""
    await router(local_areas=[home.kids_room], local_people=["person.anna"])
    assert (await _dry_run(hass))["route"] == "reasoning"
    by_device = await _dry_run(hass, device_id=home.kids_device)
    assert (by_device["route"], by_device["policy"]) == ("local", "local_area")
    assert by_device["origin"] == {
        "device_id": home.kids_device,
        "area_id": home.kids_room,
        "floor_id": home.upstairs,
    }
    by_area = await _dry_run(hass, device_id=home.kids_device, area_id=home.office)
    assert (by_area["route"], by_area["policy"]) == ("reasoning", None)
    by_person = await _dry_run(hass, area_id=home.office, person="person.anna")
    assert (by_person["route"], by_person["policy"]) == ("local", "local_person")
    assert "requests of person.anna stay local" in by_person["reason"]


async def test_policy_keeps_local_when_local_is_down(
    hass: HomeAssistant, home: Home, router: Any, backends: Backends
) -> None:
    """With the local server down, a kept-local request is not sent to the cloud instead."""
    entry = await router(local_areas=[home.kids_room])
    await backends.local.stop()
    speech = await _say(hass, REASONING, device_id=home.kids_device)
    assert "this request stays in the house" in speech
    assert backends.claude.chat_requests == []
    assert last_turn(entry).decision.policy == "local_area"


@pytest.mark.usefixtures("home")
async def test_a_person_added_later_is_recognised(
    hass: HomeAssistant, router: Any, backends: Backends
) -> None:
    """The person index is rebuilt when a person appears, not when someone merely moves between zones."""
    await router(local_people=["person.carl"])
    carl = await hass.auth.async_create_user("Carl")
    assert await _turn(hass, REASONING, user_id=carl.id) == ("reasoning", None)
    anna = hass.states.get("person.anna")
    assert anna is not None
    hass.states.async_set("person.anna", "not_home", anna.attributes)
    await person.async_create_person(hass, "Carl", user_id=carl.id)
    await hass.async_block_till_done()
    assert await _turn(hass, REASONING, user_id=carl.id) == ("local", "local_person")
    assert len(backends.claude.chat_requests) == 1


ANNA_SPEND = "sensor.hybrid_llm_router_cloud_spend_this_month_anna"
BEN_SPEND = "sensor.hybrid_llm_router_cloud_spend_this_month_ben"
UNKNOWN_SPEND = "sensor.hybrid_llm_router_cloud_spend_this_month_of_removed_people"


@pytest.mark.usefixtures("backends")
async def test_spend_per_person_survives_restart_and_removal(
    hass: HomeAssistant, home: Home, router: Any
) -> None:
    """Each person has a cloud spend sensor; a removed person's spend moves to the removed-people sensor."""
    entry = await router()
    await _say(
        hass, REASONING, satellite_id=home.office_satellite, user_id=home.anna_user
    )
    await _say(hass, "tell me a joke", user_id=home.ben_user)
    anna_spend = float(state_value(hass, ANNA_SPEND))
    assert anna_spend > 0
    assert float(state_value(hass, BEN_SPEND)) == 0
    assert float(state_value(hass, UNKNOWN_SPEND)) == 0

    await reload_entry(hass, entry)
    assert float(state_value(hass, ANNA_SPEND)) == anna_spend

    anna = hass.states.get("person.anna")
    assert anna is not None
    await hass.data[person.DOMAIN][1].async_delete_item(anna.attributes["id"])
    await hass.async_block_till_done()
    assert hass.states.get(ANNA_SPEND) is None
    assert float(state_value(hass, UNKNOWN_SPEND)) == anna_spend
    await reload_entry(hass, entry)
    assert float(state_value(hass, UNKNOWN_SPEND)) == anna_spend


async def test_renamed_person_keeps_their_spend(
    hass: HomeAssistant, home: Home, router: Any
) -> None:
    """A person whose entity id changes keeps their spend under the new sensor."""
    entry = await router()
    await _say(hass, REASONING, user_id=home.ben_user)
    ben_spend = float(state_value(hass, BEN_SPEND))
    assert ben_spend > 0
    er.async_get(hass).async_update_entity(
        "person.ben", new_entity_id="person.benjamin"
    )
    await hass.async_block_till_done()
    renamed = er.async_get(hass).async_get_entity_id(
        "sensor", DOMAIN, f"{entry.entry_id}_spend_month_person.benjamin"
    )
    assert renamed is not None
    assert float(state_value(hass, renamed)) == ben_spend
    assert (
        er.async_get(hass).async_get_entity_id(
            "sensor", DOMAIN, f"{entry.entry_id}_spend_month_person.ben"
        )
        is None
    )
