"""A local answer that fails its check is never spoken: the next route answers, privacy and budgets permitting."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from homeassistant.components import conversation
from homeassistant.components.conversation import trace
from homeassistant.core import Context, HomeAssistant
from homeassistant.helpers import chat_session
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import (
    async_capture_events,
    async_mock_service,
)

from custom_components.llm_router.models import LLMRouterConfigEntry
from tests.components.test_pipeline import create_pipeline, run_text
from tests.helpers import (
    AGENT,
    converse,
    expose_kitchen_light,
    last_turn,
    setup_entry,
    state_value,
)
from tests.router.test_answer_check import ANSWERS

ESCALATION_SWITCH = "switch.hybrid_llm_router_escalation"
ESCALATIONS = "sensor.hybrid_llm_router_escalations"
STRONG_MODEL = "qwen2.5:7b"
QUESTION = "why is the sky blue"  # routed local; reasoning-like rather than fresh facts
PRIVATE_REASONING = "my doctor says my blood pressure is high, explain in detail what a good weekly plan would be"
CLAUDE_ANSWER = "Sunlight scatters off air molecules, and blue light scatters the most."
GROK_ANSWER = "Today it is sunny in Lyon."


@dataclass
class Turn:
    """What one turn produced: the spoken answer, every delta streamed to the pipeline, the chat log."""

    speech: str
    deltas: list[dict[str, Any]]
    log: list[conversation.Content]

    @property
    def streamed_text(self) -> str:
        """Everything the pipeline could have spoken."""
        return "".join(str(delta.get("content") or "") for delta in self.deltas)


async def _turn(
    hass: HomeAssistant,
    text: str,
    language: str = "en",
    conversation_id: str | None = None,
) -> Turn:
    deltas: list[dict[str, Any]] = []
    user_input = conversation.ConversationInput(
        text=text,
        context=Context(),
        conversation_id=conversation_id,
        device_id=None,
        satellite_id=None,
        language=language,
        agent_id=AGENT,
    )
    agent = conversation.async_get_agent(hass, AGENT)
    with (
        chat_session.async_get_chat_session(hass, conversation_id) as session,
        conversation.async_get_chat_log(
            hass,
            session,
            user_input,
            chat_log_delta_listener=lambda _log, delta: deltas.append(delta),
        ) as chat_log,
    ):
        result = await agent._async_handle_message(user_input, chat_log)  # type: ignore[union-attr]
        log = list(chat_log.content)
    return Turn(str(result.response.speech["plain"]["speech"]), deltas, log)


def _logged_text(turn: Turn) -> str:
    return " ".join(
        content.content or ""
        for content in turn.log
        if isinstance(content, conversation.AssistantContent)
    )


@pytest.fixture
async def strong_entry(
    hass: HomeAssistant, all_backends: dict[str, Any]
) -> LLMRouterConfigEntry:
    """All three backends and a strong local model on the same Ollama server."""
    return await setup_entry(hass, all_backends, {"strong_local_model": STRONG_MODEL})


def _models(emulator: Any) -> list[str]:
    return [request.json["model"] for request in emulator.chat_requests]


@pytest.mark.usefixtures("init_integration")
@pytest.mark.parametrize("language", list(ANSWERS))
async def test_i_do_not_know_escalates_unspoken(
    hass: HomeAssistant,
    ollama_emulator: Any,
    anthropic_emulator: Any,
    language: str,
) -> None:
    """'I don't know' in any supported language: Claude answers, nothing of the local answer is heard or kept."""
    dont_know = ANSWERS[language][0]
    events = async_capture_events(hass, "llm_router_request")
    ollama_emulator.reply(dont_know, deltas=3)
    anthropic_emulator.reply(CLAUDE_ANSWER, deltas=3)

    turn = await _turn(hass, QUESTION, language)

    assert turn.speech == CLAUDE_ANSWER
    assert turn.streamed_text.strip() == CLAUDE_ANSWER
    assert dont_know not in _logged_text(turn)
    assert len(anthropic_emulator.chat_requests) == 1
    sent = str(anthropic_emulator.chat_requests[0].json["messages"])
    assert dont_know not in sent  # the cloud does not see the failed answer either
    event = events[-1].data
    assert (event["route"], event["escalated_from"], event["escalation_reason"]) == (
        "reasoning",
        "local",
        "does_not_know",
    )
    assert state_value(hass, ESCALATIONS) == "1"


@pytest.mark.usefixtures("init_integration")
@pytest.mark.parametrize(
    ("script", "reason"),
    [
        (lambda emulator: emulator.reply(ANSWERS["en"][1]), "refused"),
        (
            lambda emulator: emulator.reply(
                "The first thing to know is", stop_reason="length"
            ),
            "cut_off",
        ),
        (lambda emulator: emulator.reply(""), "empty"),
        (
            lambda emulator: emulator.reply_tool_call(
                "HassLaunchRocket", {"target": "moon"}
            ),
            "unknown_tool",
        ),
        (lambda emulator: emulator.reply(ANSWERS["de"][3]), "wrong_language"),
    ],
)
async def test_failing_answers_escalate(
    hass: HomeAssistant,
    ollama_emulator: Any,
    anthropic_emulator: Any,
    script: Any,
    reason: str,
) -> None:
    """A refusal, a cut-off or empty answer, an unknown tool or another language: Claude answers instead."""
    events = async_capture_events(hass, "llm_router_request")
    script(ollama_emulator)
    anthropic_emulator.reply(CLAUDE_ANSWER)

    turn = await _turn(hass, QUESTION)

    assert turn.speech == CLAUDE_ANSWER
    assert turn.streamed_text.strip() == CLAUDE_ANSWER
    assert not any(
        isinstance(content, conversation.ToolResultContent) for content in turn.log
    )
    assert events[-1].data["escalation_reason"] == reason
    assert len(ollama_emulator.chat_requests) == 1


async def test_unknown_tool_is_never_run(
    hass: HomeAssistant,
    init_integration: LLMRouterConfigEntry,
    ollama_emulator: Any,
    anthropic_emulator: Any,
) -> None:
    """Arguments the tool's schema rejects: the call is not made, Claude answers."""
    await expose_kitchen_light(hass)
    calls = async_mock_service(hass, "light", "turn_on")
    ollama_emulator.reply_tool_call(
        "intent__HassTurnOn", {"name": ["Kitchen", "light"]}
    )
    anthropic_emulator.reply(CLAUDE_ANSWER)

    turn = await _turn(hass, QUESTION)

    assert turn.speech == CLAUDE_ANSWER
    assert calls == []
    assert last_turn(init_integration).escalation_reason == "bad_tool_arguments"


async def test_stale_facts_go_to_grok(
    hass: HomeAssistant,
    init_integration: LLMRouterConfigEntry,
    ollama_emulator: Any,
    anthropic_emulator: Any,
    xai_emulator: Any,
) -> None:
    """'As of my last update' means the question needs fresh facts: Grok answers, Claude is not asked."""
    ollama_emulator.reply(ANSWERS["en"][2])
    xai_emulator.reply(GROK_ANSWER)

    turn = await _turn(hass, QUESTION)

    assert turn.speech.startswith(GROK_ANSWER)
    assert anthropic_emulator.chat_requests == []
    assert last_turn(init_integration).route == "search"


@pytest.mark.usefixtures("init_integration")
async def test_passing_answer_is_spoken_as_it_streams(
    hass: HomeAssistant,
    ollama_emulator: Any,
    anthropic_emulator: Any,
) -> None:
    """A good local answer is spoken, in pieces, with no cloud call and no escalation."""
    events = async_capture_events(hass, "llm_router_request")
    answer = "Sunlight is scattered by the air, and blue light is scattered much more than red light, so the sky looks blue."
    ollama_emulator.reply(answer, deltas=10)

    turn = await _turn(hass, QUESTION)

    assert turn.speech == answer
    pieces = [delta["content"] for delta in turn.deltas[1:] if delta.get("content")]
    assert len(pieces) > 3
    assert anthropic_emulator.chat_requests == []
    assert events[-1].data["escalated_from"] is None
    assert state_value(hass, ESCALATIONS) == "0"


@pytest.mark.usefixtures("init_integration")
async def test_private_text_never_escalates_to_the_cloud(
    hass: HomeAssistant,
    ollama_emulator: Any,
    anthropic_emulator: Any,
    xai_emulator: Any,
) -> None:
    """Private and 'I don't know': the user hears the local answer; 0 cloud requests; the event has no text."""
    events = async_capture_events(hass, "llm_router_request")
    ollama_emulator.reply(ANSWERS["en"][0])

    turn = await _turn(hass, PRIVATE_REASONING)

    assert turn.speech == ANSWERS["en"][0]
    assert anthropic_emulator.chat_requests == [] and xai_emulator.chat_requests == []
    event = events[-1].data
    assert event["private"] and "text" not in event
    assert event["escalated_from"] is None


@pytest.mark.usefixtures("strong_entry")
async def test_private_reasoning_uses_the_strong_local_model(
    hass: HomeAssistant,
    ollama_emulator: Any,
    anthropic_emulator: Any,
) -> None:
    """Reasoning-like private text goes straight to the strong local model; nothing leaves the house."""
    ollama_emulator.reply("Walk thirty minutes a day and cut down on salt.")

    turn = await _turn(hass, PRIVATE_REASONING)

    assert turn.speech == "Walk thirty minutes a day and cut down on salt."
    assert _models(ollama_emulator) == [STRONG_MODEL]
    assert anthropic_emulator.chat_requests == []


@pytest.mark.usefixtures("strong_entry")
async def test_fast_model_escalates_to_the_strong_one_first(
    hass: HomeAssistant,
    ollama_emulator: Any,
    anthropic_emulator: Any,
) -> None:
    """Local fast 'I don't know' -> local strong answers; the cloud is not asked."""
    events = async_capture_events(hass, "llm_router_request")
    ollama_emulator.reply(ANSWERS["en"][0])
    ollama_emulator.reply("Blue light scatters more in the air than red light.")

    turn = await _turn(hass, QUESTION)

    assert turn.speech == "Blue light scatters more in the air than red light."
    assert _models(ollama_emulator) == ["llama3.2:3b", STRONG_MODEL]
    assert anthropic_emulator.chat_requests == []
    event = events[-1].data
    assert (event["route"], event["model"], event["escalated_from"]) == (
        "local",
        STRONG_MODEL,
        "local",
    )


@pytest.mark.usefixtures("strong_entry")
async def test_both_local_models_fail_then_the_cloud(
    hass: HomeAssistant,
    ollama_emulator: Any,
    anthropic_emulator: Any,
) -> None:
    """Fast and strong both do not know: Claude answers; the escalation counts once, from the first model."""
    events = async_capture_events(hass, "llm_router_request")
    ollama_emulator.reply(ANSWERS["en"][0])
    ollama_emulator.reply(ANSWERS["en"][1])
    anthropic_emulator.reply(CLAUDE_ANSWER)

    turn = await _turn(hass, QUESTION)

    assert turn.speech == CLAUDE_ANSWER
    assert ANSWERS["en"][0] not in turn.streamed_text
    assert ANSWERS["en"][1] not in turn.streamed_text
    assert (
        events[-1].data["escalated_from"],
        events[-1].data["escalation_reason"],
    ) == (
        "local",
        "does_not_know",
    )
    assert state_value(hass, ESCALATIONS) == "1"


@pytest.mark.usefixtures("strong_entry")
async def test_private_strong_model_failing_stays_home(
    hass: HomeAssistant,
    ollama_emulator: Any,
    anthropic_emulator: Any,
    xai_emulator: Any,
) -> None:
    """Private: fast fails, strong fails too, the user hears the strong model's answer; 0 cloud requests."""
    ollama_emulator.reply(ANSWERS["en"][0])
    ollama_emulator.reply(ANSWERS["en"][1])

    turn = await _turn(hass, "what does my password hunter2 mean")

    assert turn.speech == ANSWERS["en"][1]
    assert _models(ollama_emulator) == ["llama3.2:3b", STRONG_MODEL]
    assert anthropic_emulator.chat_requests == [] and xai_emulator.chat_requests == []


async def test_spent_budget_means_no_escalation(
    hass: HomeAssistant,
    init_integration: LLMRouterConfigEntry,
    ollama_emulator: Any,
    anthropic_emulator: Any,
    xai_emulator: Any,
) -> None:
    """With the cloud budget spent the user hears the local answer, and nothing is billed."""
    init_integration.runtime_data.ledger.set_cap("total", 0.0)
    ollama_emulator.reply(ANSWERS["en"][0])

    turn = await _turn(hass, QUESTION)

    assert ANSWERS["en"][0] in turn.speech
    assert anthropic_emulator.chat_requests == [] and xai_emulator.chat_requests == []


async def test_reservation_refused_falls_to_the_next_target(
    hass: HomeAssistant,
    init_integration: LLMRouterConfigEntry,
    ollama_emulator: Any,
    anthropic_emulator: Any,
    xai_emulator: Any,
) -> None:
    """Claude's budget cannot hold this request: Grok answers; Claude is never sent it."""
    init_integration.runtime_data.ledger.set_cap("claude", 1e-7)
    ollama_emulator.reply(ANSWERS["en"][0])
    xai_emulator.reply(GROK_ANSWER)

    turn = await _turn(hass, QUESTION)

    assert turn.speech.startswith(GROK_ANSWER)
    assert anthropic_emulator.chat_requests == []


@pytest.mark.usefixtures("init_integration")
async def test_cloud_down_the_local_answer_after_all(
    hass: HomeAssistant,
    ollama_emulator: Any,
    anthropic_emulator: Any,
    xai_emulator: Any,
) -> None:
    """Both escalation targets fail before their first word: the held local answer is spoken, whole."""
    answer = "I don't know. Maybe look it up in an encyclopedia, they explain colours of the sky very well."
    ollama_emulator.reply(answer, deltas=6)
    anthropic_emulator.fail(529)
    xai_emulator.fail(503)

    turn = await _turn(hass, QUESTION)

    assert answer in turn.speech
    assert turn.streamed_text.count("encyclopedia") == 1
    assert len(ollama_emulator.chat_requests) == 1


@pytest.mark.usefixtures("init_integration")
async def test_switch_off_speaks_the_local_answer(
    hass: HomeAssistant,
    ollama_emulator: Any,
    anthropic_emulator: Any,
) -> None:
    """With the escalation switch off, every local answer is spoken as it comes."""
    await hass.services.async_call(
        "switch", "turn_off", {"entity_id": ESCALATION_SWITCH}, blocking=True
    )
    assert state_value(hass, ESCALATION_SWITCH) == "off"
    ollama_emulator.reply(ANSWERS["en"][0])

    turn = await _turn(hass, QUESTION)

    assert turn.speech == ANSWERS["en"][0]
    assert anthropic_emulator.chat_requests == []
    await hass.services.async_call(
        "switch", "turn_on", {"entity_id": ESCALATION_SWITCH}, blocking=True
    )
    assert state_value(hass, ESCALATION_SWITCH) == "on"


@pytest.mark.usefixtures("init_integration")
async def test_ask_service_reports_the_escalation(
    hass: HomeAssistant,
    ollama_emulator: Any,
    anthropic_emulator: Any,
) -> None:
    """The ask service's response says which route failed and why."""
    ollama_emulator.reply(ANSWERS["fr"][0])
    anthropic_emulator.reply(CLAUDE_ANSWER)

    response = await hass.services.async_call(
        "llm_router",
        "ask",
        {"text": QUESTION, "language": "fr"},
        blocking=True,
        return_response=True,
    )

    assert response is not None
    assert response["response"] == CLAUDE_ANSWER
    assert (response["escalated_from"], response["escalation_reason"]) == (
        "local",
        "does_not_know",
    )


def _long_reply(index: int) -> str:
    return f"Story part {index}: " + "the lamp kept shining over the quiet sea. " * 40


async def _long_conversation(
    hass: HomeAssistant, ollama_emulator: Any, text: str
) -> str:
    """Three local turns whose answers together overflow a 2048-token window."""
    conversation_id: str | None = None
    for index in range(3):
        ollama_emulator.reply(_long_reply(index))
        result = await converse(hass, text, conversation_id)
        conversation_id = result.conversation_id
    assert conversation_id is not None
    return conversation_id


async def test_long_conversation_overflows_to_the_cloud(
    hass: HomeAssistant,
    all_backends: dict[str, Any],
    ollama_emulator: Any,
    anthropic_emulator: Any,
    xai_emulator: Any,
) -> None:
    """A conversation that no longer fits the local window goes to the cloud, whole, instead of being trimmed."""
    entry = await setup_entry(hass, all_backends, {"num_ctx": 2048})
    conversation_id = await _long_conversation(
        hass, ollama_emulator, "tell me a long joke"
    )
    local_calls = len(ollama_emulator.chat_requests)
    for cloud in (anthropic_emulator, xai_emulator):
        cloud.reply("And they lived happily ever after.")

    turn = await _turn(hass, "and then what happened", conversation_id=conversation_id)

    assert turn.speech == "And they lived happily ever after."
    assert len(ollama_emulator.chat_requests) == local_calls
    cloud_requests = anthropic_emulator.chat_requests + xai_emulator.chat_requests
    assert len(cloud_requests) == 1
    sent = str(cloud_requests[0].json)
    assert all(f"Story part {index}" in sent for index in range(3))
    assert last_turn(entry).escalation_reason == "context_overflow"


async def test_long_private_conversation_is_trimmed_locally(
    hass: HomeAssistant,
    all_backends: dict[str, Any],
    ollama_emulator: Any,
    anthropic_emulator: Any,
    xai_emulator: Any,
) -> None:
    """The same overflow in a private conversation stays home: the newest turns are kept, the oldest dropped."""
    await setup_entry(hass, all_backends, {"num_ctx": 2048})
    text = "what does my password hunter2 mean"
    conversation_id = await _long_conversation(hass, ollama_emulator, text)
    ollama_emulator.reply("It is a well-known example password.")

    turn = await _turn(hass, text, conversation_id=conversation_id)

    assert turn.speech == "It is a well-known example password."
    assert anthropic_emulator.chat_requests == [] and xai_emulator.chat_requests == []
    sent = str(ollama_emulator.chat_requests[-1].json["messages"])
    assert "Story part 2" in sent and "Story part 0" not in sent


@pytest.mark.usefixtures("init_integration")
async def test_pipeline_never_hears_the_failed_answer(
    hass: HomeAssistant,
    hass_ws_client: Any,
    ollama_emulator: Any,
    anthropic_emulator: Any,
) -> None:
    """In an Assist pipeline, the intent-progress deltas (what text-to-speech reads) carry only Claude's answer."""
    assert await async_setup_component(hass, "assist_pipeline", {})
    client = await hass_ws_client(hass)
    pipeline_id = await create_pipeline(client)
    ollama_emulator.reply(ANSWERS["en"][0] + " Perhaps ask someone else.", deltas=5)
    anthropic_emulator.reply(CLAUDE_ANSWER, deltas=4)

    events = await run_text(client, pipeline_id, QUESTION)

    deltas = [
        event["data"]["chat_log_delta"]
        for event in events
        if event["type"] == "intent-progress" and "chat_log_delta" in event["data"]
    ]
    assert [delta.get("role") for delta in deltas].count("assistant") == 1
    assert (
        "".join(delta.get("content") or "" for delta in deltas).strip() == CLAUDE_ANSWER
    )


@pytest.mark.usefixtures("init_integration")
async def test_trace_names_the_escalation(
    hass: HomeAssistant,
    ollama_emulator: Any,
    anthropic_emulator: Any,
) -> None:
    """The conversation trace says which answer failed its check and why (no answer text)."""
    ollama_emulator.reply(ANSWERS["en"][1])
    anthropic_emulator.reply(CLAUDE_ANSWER)

    await converse(hass, QUESTION)

    events = trace.async_get_traces()[-1].as_dict()["events"]
    escalations = [
        event["data"]["llm_router_escalation"]
        for event in events
        if "llm_router_escalation" in (event["data"] or {})
    ]
    assert escalations == [{"escalated_from": "local", "escalation_reason": "refused"}]
