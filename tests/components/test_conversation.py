"""The agent as people use it: built-in intents first, streamed answers, tools, fallback and privacy."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.components import conversation
from homeassistant.core import Context, HomeAssistant
from homeassistant.helpers import chat_session, intent
import pytest
from pytest_homeassistant_custom_component.common import (
    async_capture_events,
    async_fire_time_changed,
    async_mock_service,
)

from custom_components.llm_router.models import LLMRouterConfigEntry
from tests.helpers import (
    AGENT,
    converse,
    entry_data,
    last_turn,
    reload_entry,
    setup_entry,
    setup_kitchen_entry,
    speech,
)

ESCALATION_SWITCH = "switch.hybrid_llm_router_escalation"


@pytest.fixture
async def entry(
    hass: HomeAssistant, all_backends: dict[str, Any]
) -> LLMRouterConfigEntry:
    """All three backends, a kitchen light exposed to Assist."""
    return await setup_kitchen_entry(hass, all_backends)


async def test_device_command_needs_no_model(
    hass: HomeAssistant, entry: LLMRouterConfigEntry, ollama_emulator: Any
) -> None:
    """'Turn on the kitchen light' is done by Home Assistant's intents, with no model call."""
    calls = async_mock_service(hass, "light", "turn_on")
    result = await converse(hass, "turn on the kitchen light")
    assert result.response.response_type is intent.IntentResponseType.ACTION_DONE
    assert [call.data["entity_id"] for call in calls] == [["light.kitchen"]]
    assert ollama_emulator.chat_requests == []
    assert last_turn(entry).route == "builtin"


@pytest.mark.usefixtures("entry")
async def test_local_chat_with_tool_call(
    hass: HomeAssistant,
    ollama_emulator: Any,
    anthropic_emulator: Any,
) -> None:
    """The local model calls an Assist tool; the result goes back to it; nothing reaches the cloud."""
    calls = async_mock_service(hass, "light", "turn_on")
    ollama_emulator.reply_tool_call("intent__HassTurnOn", {"name": "Kitchen light"})
    ollama_emulator.reply("The kitchen light is on now.", deltas=4)
    result = await converse(hass, "could you make the kitchen a bit brighter please")
    assert speech(result) == "The kitchen light is on now."
    assert len(calls) == 1
    second = ollama_emulator.chat_requests[1].json
    assert second["messages"][-1]["role"] == "tool"
    assert any(
        tool["function"]["name"] == "intent__HassTurnOn" for tool in second["tools"]
    )
    assert anthropic_emulator.chat_requests == []


async def test_claude_analysis_with_tool_call(
    hass: HomeAssistant,
    entry: LLMRouterConfigEntry,
    anthropic_emulator: Any,
    ollama_emulator: Any,
) -> None:
    """Analysis goes to Claude, which may read the home through tools; cost is recorded."""
    anthropic_emulator.reply_tool_call("GetLiveContext", {})
    anthropic_emulator.reply(
        "Your usage peaks in the evening; shift the dishwasher to noon.", deltas=5
    )
    result = await converse(
        hass, "analyze my energy usage this month and suggest savings"
    )
    assert "dishwasher" in speech(result)
    follow_up = anthropic_emulator.chat_requests[1].json
    results = [
        block
        for message in follow_up["messages"]
        if isinstance(message["content"], list)
        for block in message["content"]
        if block["type"] == "tool_result"
    ]
    assert len(results) == 1
    assert ollama_emulator.chat_requests == []
    turn = last_turn(entry)
    assert turn.route == "reasoning" and turn.cost_usd > 0


@pytest.mark.usefixtures("entry")
async def test_grok_search_cites_sites_not_urls(
    hass: HomeAssistant, xai_emulator: Any
) -> None:
    """Fresh information comes from Grok; the answer names its sources without reading URLs."""
    xai_emulator.reply(
        "The Artemis crew landed safely yesterday, see https://www.nasa.gov/artemis for more.",
        deltas=6,
        citations=[
            ("https://www.nasa.gov/artemis", "NASA"),
            ("https://www.bbc.co.uk/news/x", "BBC"),
        ],
    )
    result = await converse(hass, "what's the latest news about the Artemis mission")
    spoken = speech(result)
    assert "landed safely" in spoken
    assert "http" not in spoken
    assert "nasa.gov" in spoken and "bbc.co.uk" in spoken
    body = xai_emulator.chat_requests[0].json
    assert body["store"] is False
    assert {tool["type"] for tool in body["tools"]} >= {"web_search", "x_search"}


@pytest.mark.usefixtures("entry")
async def test_deltas_stream_in_order_with_role_first(
    hass: HomeAssistant, ollama_emulator: Any
) -> None:
    """Piper gets the answer piece by piece; the first delta carries the role."""
    ollama_emulator.reply("One two three four five six seven eight ", deltas=8)
    deltas: list[dict[str, Any]] = []
    user_input = conversation.ConversationInput(
        text="tell me a joke",
        context=Context(),
        conversation_id=None,
        device_id=None,
        satellite_id=None,
        language="en",
        agent_id=AGENT,
    )
    agent = conversation.async_get_agent(hass, AGENT)
    with (
        chat_session.async_get_chat_session(hass) as session,
        conversation.async_get_chat_log(
            hass,
            session,
            user_input,
            chat_log_delta_listener=lambda _log, delta: deltas.append(delta),
        ) as chat_log,
    ):
        await agent._async_handle_message(user_input, chat_log)  # type: ignore[union-attr]
    assert deltas[0]["role"] == "assistant"
    text_pieces = [delta["content"] for delta in deltas[1:] if delta.get("content")]
    assert len(text_pieces) > 3
    assert "".join(text_pieces).split() == [
        "One",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
    ]


@pytest.mark.usefixtures("entry")
async def test_route_change_keeps_history(
    hass: HomeAssistant,
    ollama_emulator: Any,
    anthropic_emulator: Any,
) -> None:
    """A local turn, then a reasoning turn in the same conversation: Claude sees the earlier turn."""
    ollama_emulator.reply("Why did the robot cross the road? To recharge.")
    first = await converse(hass, "tell me a joke")
    anthropic_emulator.reply("Here is a script.")
    await converse(
        hass,
        "write a python script that renames my photos by date",
        first.conversation_id,
    )
    messages = anthropic_emulator.chat_requests[0].json["messages"]
    flat = str(messages)
    assert "tell me a joke" in flat and "recharge" in flat
    assert messages[-1]["role"] == "user"


@pytest.mark.usefixtures("entry")
async def test_private_request_with_local_down_never_reaches_cloud(
    hass: HomeAssistant,
    ollama_emulator: Any,
    anthropic_emulator: Any,
    xai_emulator: Any,
) -> None:
    """Local is offline: the wifi password question is refused with a clear sentence, not sent away."""
    await ollama_emulator.stop()
    result = await converse(hass, "what's the wifi password")
    assert "did not send it to the cloud" in speech(result)
    assert anthropic_emulator.chat_requests == []
    assert xai_emulator.chat_requests == []


@pytest.mark.usefixtures("entry")
async def test_local_down_non_private_goes_to_cloud(
    hass: HomeAssistant,
    ollama_emulator: Any,
    anthropic_emulator: Any,
) -> None:
    """Small talk with local offline is answered by Claude, and the answer says why."""
    await ollama_emulator.stop()
    anthropic_emulator.reply("A joke from the cloud.")
    result = await converse(hass, "tell me a joke")
    assert speech(result).endswith("A joke from the cloud.")
    assert "offline" in speech(result)


async def test_over_budget_falls_back_to_local(
    hass: HomeAssistant,
    entry: LLMRouterConfigEntry,
    ollama_emulator: Any,
    anthropic_emulator: Any,
) -> None:
    """A spent Claude budget means the analysis is answered locally, and the user is told."""
    entry.runtime_data.ledger.set_cap("claude", 0.0)
    ollama_emulator.reply("A local analysis.")
    result = await converse(
        hass, "analyze my energy usage this month and suggest savings"
    )
    assert "budget" in speech(result)
    assert speech(result).endswith("A local analysis.")
    assert anthropic_emulator.chat_requests == []


@pytest.mark.usefixtures("entry")
async def test_failure_after_text_is_an_apology_not_a_fallback(
    hass: HomeAssistant,
    ollama_emulator: Any,
    anthropic_emulator: Any,
) -> None:
    """Once words are spoken no other backend takes over; the turn ends with a short apology."""
    ollama_emulator.fail_mid_stream(
        after_deltas=2,
        text="Once upon a time there was a lamp that wanted to shine brighter than all the stars above the sea, and every night it tried a little harder.",
    )
    result = await converse(hass, "tell me a joke")
    assert "lost the connection" in speech(result)
    assert anthropic_emulator.chat_requests == []


@pytest.mark.usefixtures("entry")
async def test_failure_before_first_token_falls_back(
    hass: HomeAssistant,
    ollama_emulator: Any,
    anthropic_emulator: Any,
) -> None:
    """A local error before anything was said hands the turn to the next backend."""
    ollama_emulator.fail(500)
    anthropic_emulator.reply("Backup answer.")
    result = await converse(hass, "tell me a joke")
    assert speech(result).endswith("Backup answer.")


@pytest.mark.usefixtures("entry")
async def test_answers_are_spoken_in_the_users_language(
    hass: HomeAssistant, ollama_emulator: Any
) -> None:
    """The fixed sentences follow the pipeline language."""
    await ollama_emulator.stop()
    result = await converse(hass, "wat is het wachtwoord van de wifi", language="nl")
    assert "niet naar de cloud" in speech(result)


@pytest.mark.parametrize("reload", [False, True])
async def test_private_turn_is_left_out_of_cloud_history(
    hass: HomeAssistant,
    entry: LLMRouterConfigEntry,
    ollama_emulator: Any,
    anthropic_emulator: Any,
    reload: bool,
) -> None:
    """A private question answered locally is not part of what Claude later sees, even after a reload."""
    ollama_emulator.reply("The code is 4711.")
    first = await converse(hass, "what is the alarm code")
    if reload:
        await reload_entry(hass, entry)
    anthropic_emulator.reply("Here is the automation.")
    await converse(
        hass,
        "write an automation that turns off all lights at midnight",
        first.conversation_id,
    )
    sent = str(anthropic_emulator.chat_requests[0].json)
    assert "alarm code" not in sent
    assert "4711" not in sent
    assert "turns off all lights" in sent


async def test_redaction_keeps_email_at_home(
    hass: HomeAssistant, all_backends: dict[str, Any], anthropic_emulator: Any
) -> None:
    """With redaction on, an e-mail address in a cloud-bound request is replaced before it leaves."""
    await setup_entry(hass, all_backends, {"redact_cloud": True}, unique_id="redact")
    anthropic_emulator.reply("Draft ready.")
    await converse(
        hass,
        "write a long polite letter to my landlord at jan.devries@example.com asking to fix the heating",
    )
    sent = str(anthropic_emulator.chat_requests[0].json)
    assert "jan.devries@example.com" not in sent
    assert "landlord" in sent


@pytest.mark.usefixtures("entry")
async def test_request_event_carries_no_private_text(hass: HomeAssistant) -> None:
    """Automations see every request; a private one arrives without the words that were said."""
    events = async_capture_events(hass, "llm_router_request")
    await converse(hass, "tell me a joke")
    await converse(hass, "what is the alarm code")
    assert [event.data["private"] for event in events] == [False, True]
    assert events[0].data["text"] == "tell me a joke"
    assert events[0].data["route"] == "local"
    assert events[0].data["backend"] == "local"
    assert "text" not in events[1].data


@pytest.mark.usefixtures("entry")
async def test_failed_local_host_shows_offline_at_once_and_recovers(
    hass: HomeAssistant,
    ollama_emulator: Any,
    freezer: FrozenDateTimeFactory,
) -> None:
    """A request that finds local down flips its health sensor; the next check sees it back."""
    sensor = "binary_sensor.local_models_connectivity"
    assert hass.states.get(sensor).state == "on"
    await ollama_emulator.stop()
    await converse(hass, "tell me a joke")
    assert hass.states.get(sensor).state == "off"
    await ollama_emulator.start()
    freezer.tick(timedelta(seconds=31))
    async_fire_time_changed(hass)
    await hass.async_block_till_done(wait_background_tasks=True)
    assert hass.states.get(sensor).state == "on"


@pytest.mark.usefixtures("entry")
async def test_empty_answer_still_says_something(
    hass: HomeAssistant, ollama_emulator: Any
) -> None:
    """A model that returns nothing does not leave the speaker silent (escalation off: nobody else asked)."""
    await hass.services.async_call(
        "switch", "turn_off", {"entity_id": ESCALATION_SWITCH}, blocking=True
    )
    ollama_emulator.reply("")
    result = await converse(hass, "tell me a joke")
    assert speech(result) == "Sorry, I have no answer to that."


async def test_tool_loop_is_bounded(
    hass: HomeAssistant, ollama_emulator: Any, anthropic_emulator: Any
) -> None:
    """A model that keeps calling tools is stopped after the configured number of rounds."""
    async_mock_service(hass, "light", "turn_on")
    await setup_kitchen_entry(
        hass,
        entry_data(ollama_emulator.url, anthropic_emulator.url),
        {"max_tool_iterations": 2},
    )
    for _ in range(5):
        ollama_emulator.reply_tool_call("intent__HassTurnOn", {"name": "Kitchen light"})
    result = await converse(hass, "could you make the kitchen a bit brighter please")
    assert len(ollama_emulator.chat_requests) == 2
    assert speech(result) == "Sorry, I have no answer to that."
