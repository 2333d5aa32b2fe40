"""Conversation paths across turns and failures: mixed intent/cloud turns, failing tool rounds, cut answers."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import aiohttp
from freezegun.api import FrozenDateTimeFactory
from homeassistant.components import conversation
from homeassistant.core import HomeAssistant
from homeassistant.helpers.chat_session import CONVERSATION_TIMEOUT
import pytest
from pytest_homeassistant_custom_component.common import (
    async_fire_time_changed,
    async_mock_service,
)

from custom_components.llm_router import agent as agent_module
from custom_components.llm_router.agent import cause_key
from custom_components.llm_router.backends.base import BackendError, ErrorKind
from custom_components.llm_router.models import LLMRouterConfigEntry
from custom_components.llm_router.session_memory import DATA_MEMORIES
from custom_components.llm_router.speech import phrase
from tests.emulators.core import Reply
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

LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pl", "pt", "sv", "da", "nb", "cs")
SENTENCES = (
    *("private_blocked", "all_failed", "cut_off", "no_answer", "cut_short"),
    *("unfinished", "local_down", "cloud_down", "auth_failed", "rate_limited"),
    *("overloaded", "server_error", "bad_request", "context_too_long"),
    *("model_missing", "bad_stream", "timeout", "budget_spent", "budget_reserved"),
    *("answered_locally", "asked_cloud"),
)


@pytest.fixture
async def entry(
    hass: HomeAssistant, all_backends: dict[str, Any]
) -> LLMRouterConfigEntry:
    """All three backends, a kitchen light exposed to Assist (turning it on is recorded, not done)."""
    async_mock_service(hass, "light", "turn_on")
    return await setup_kitchen_entry(hass, all_backends)


@pytest.mark.usefixtures("entry")
async def test_intent_turn_then_claude_turn(
    hass: HomeAssistant, anthropic_emulator: Any
) -> None:
    """Claude gets no orphan tool_result from the intent turn, and sees what that turn answered."""
    first = await converse(hass, "turn on the kitchen light")
    anthropic_emulator.reply("Here is the script, and how it works.")
    second = await converse(
        hass,
        "write a python script that renames my photos by date and explain it",
        first.conversation_id,
    )
    assert speech(second) == "Here is the script, and how it works."
    messages = anthropic_emulator.chat_requests[0].json["messages"]
    assert "tool_result" not in str(messages)
    assert [message["role"] for message in messages] == ["user", "assistant", "user"]
    assert "light" in str(messages[1]["content"]).lower()


@pytest.mark.usefixtures("entry")
async def test_intent_turn_then_grok_turn(
    hass: HomeAssistant, xai_emulator: Any
) -> None:
    """Grok gets no function_call_output without its call."""
    first = await converse(hass, "turn on the kitchen light")
    xai_emulator.reply("The crew landed yesterday.")
    second = await converse(
        hass, "what's the latest news about the Artemis mission", first.conversation_id
    )
    assert speech(second).startswith("The crew landed yesterday.")
    assert "function_call_output" not in str(xai_emulator.chat_requests[0].json)


async def _post(url: str, headers: dict[str, str], body: dict[str, Any]) -> Any:
    async with (
        aiohttp.ClientSession() as session,
        session.post(url, headers=headers, json=body) as response,
    ):
        return response.status, await response.json()


async def test_anthropic_emulator_rejects_unpaired_tool_blocks(
    anthropic_emulator: Any,
) -> None:
    """As the real API: a tool_result needs its tool_use just before, and roles alternate."""
    headers = {"x-api-key": "sk-ant-test", "anthropic-version": "2023-06-01"}
    url = f"{anthropic_emulator.url}/v1/messages"
    result = {"type": "tool_result", "tool_use_id": "toolu_1", "content": "{}"}
    orphan = {"model": "claude-sonnet-4-6", "max_tokens": 10}
    for messages in (
        [{"role": "user", "content": [result]}],
        [
            {"role": "user", "content": "hi"},
            {
                "role": "assistant",
                "content": [
                    {"type": "tool_use", "id": "toolu_1", "name": "x", "input": {}}
                ],
            },
            {"role": "user", "content": "no result"},
        ],
        [{"role": "user", "content": "a"}, {"role": "user", "content": "b"}],
    ):
        status, body = await _post(url, headers, {**orphan, "messages": messages})
        assert status == 400
        assert body["type"] == "error"
        assert body["error"]["type"] == "invalid_request_error"
        assert body["request_id"].startswith("req_")


@pytest.mark.parametrize(
    ("items", "message"),
    [
        (
            [{"type": "function_call_output", "call_id": "call_1", "output": "{}"}],
            "No tool call found for function call output with call_id call_1.",
        ),
        (
            [
                {
                    "type": "function_call",
                    "call_id": "call_1",
                    "name": "x",
                    "arguments": "{}",
                }
            ],
            "No tool output found for function call call_1.",
        ),
    ],
)
async def test_xai_emulator_rejects_unpaired_calls(
    xai_emulator: Any, items: list[dict[str, str]], message: str
) -> None:
    """As the real API: a function_call_output must follow its function_call, and a call needs its output."""
    status, body = await _post(
        f"{xai_emulator.url}/responses",
        {"Authorization": "Bearer xai-test"},
        {
            "model": "grok-4-1-fast-non-reasoning",
            "input": [{"role": "user", "content": "hi"}, *items],
        },
    )
    assert status == 400
    assert body == {"code": "Client specified an invalid argument", "error": message}


@pytest.mark.usefixtures("entry")
async def test_second_tool_round_failing_before_its_first_token_ends_with_a_sentence(
    hass: HomeAssistant, anthropic_emulator: Any
) -> None:
    """The tool ran, then Claude answers 500: the user hears why, not core's 'Unable to get response'."""
    anthropic_emulator.reply_tool_call("GetLiveContext", {})
    anthropic_emulator.fail(500)
    result = await converse(
        hass, "analyze my energy usage this month and suggest savings"
    )
    assert speech(result) == (
        "The service had an internal error. I could not finish the answer."
    )


@pytest.mark.usefixtures("entry")
async def test_the_answer_limit_covers_all_tool_rounds_of_an_answer(
    hass: HomeAssistant, anthropic_emulator: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each round is quick, but the rounds together outlast the limit: no further round, the user hears why."""
    ticks = iter(range(0, 10_000, 100))  # every look at the clock is 100 s later
    monkeypatch.setattr(agent_module, "_clock", lambda: float(next(ticks)))
    for _ in range(3):
        anthropic_emulator.reply_tool_call("GetLiveContext", {})
    result = await converse(
        hass, "analyze my energy usage this month and suggest savings"
    )
    assert (
        len(anthropic_emulator.chat_requests) == 2
    )  # the limit (120 s) passed after round two
    assert speech(result) == (f"{phrase('timeout', 'en')} {phrase('unfinished', 'en')}")


async def test_finished_tool_rounds_are_booked_when_a_later_round_fails(
    hass: HomeAssistant, entry: LLMRouterConfigEntry, anthropic_emulator: Any
) -> None:
    """The first round's tokens were billed by Anthropic: the ledger keeps them although round two failed."""
    anthropic_emulator.reply_tool_call(
        "GetLiveContext", {}, input_tokens=1000, output_tokens=50
    )
    anthropic_emulator.fail(500)
    await converse(hass, "analyze my energy usage this month and suggest savings")
    turn = last_turn(entry)
    assert turn.usage.all_input_tokens == 1000
    assert turn.usage.output_tokens == 50
    assert entry.runtime_data.ledger.ledger.last_entry.cost_usd == pytest.approx(
        (1000 * 3 + 50 * 15) / 1e6
    )


async def test_stream_cut_before_usage_books_the_reservation(
    hass: HomeAssistant, entry: LLMRouterConfigEntry, anthropic_emulator: Any
) -> None:
    """A Claude stream cut before message_delta was still billed: the estimate is booked, not zero."""
    anthropic_emulator.drop_mid_stream(after_deltas=2, text="Your usage peaks at")
    result = await converse(
        hass, "analyze my energy usage this month and suggest savings"
    )
    assert "lost the connection" in speech(result)
    booked = entry.runtime_data.ledger.ledger.last_entry
    assert booked is not None and booked.backend == "claude"
    assert booked.cost_usd > 0


@pytest.mark.usefixtures("entry")
async def test_answer_cut_at_max_tokens_says_so(
    hass: HomeAssistant, anthropic_emulator: Any
) -> None:
    """A reply that hit the output limit is not passed off as complete."""
    anthropic_emulator.reply(
        "Your usage peaks in the evening and", stop_reason="max_tokens"
    )
    result = await converse(
        hass, "analyze my energy usage this month and suggest savings"
    )
    assert speech(result) == (
        "Your usage peaks in the evening and That answer was cut short."
    )


@pytest.mark.usefixtures("entry")
@pytest.mark.parametrize(
    ("status", "message", "cause"),
    [
        (401, "invalid x-api-key", "The API key was rejected."),
        (429, "", "The service is limiting requests right now."),
        (529, "", "The service is overloaded."),
        (500, "", "The service had an internal error."),
        (400, "", "The service rejected the request."),
        (
            400,
            "prompt is too long: 210000 tokens > 200000 maximum",
            "The conversation is too long for the model.",
        ),
        (404, "", "The configured model is not available."),
    ],
)
async def test_each_cloud_failure_names_its_cause(
    hass: HomeAssistant,
    anthropic_emulator: Any,
    ollama_emulator: Any,
    status: int,
    message: str,
    cause: str,
) -> None:
    """When Claude fails and local answers, the note says why Claude failed."""
    anthropic_emulator.fail(status, message)
    ollama_emulator.reply("A local analysis.")
    result = await converse(
        hass, "analyze my energy usage this month and suggest savings"
    )
    assert speech(result) == f"{cause} So I answered locally. A local analysis."


@pytest.mark.parametrize(
    ("options", "fault", "cause"),
    [
        ({}, Reply(text="Once", error_after_deltas=0), "The answer arrived garbled."),
        (
            {"first_token_timeout": 0.2},
            None,
            "The assistant took too long to answer.",
        ),
    ],
)
async def test_local_only_failure_names_its_cause(
    hass: HomeAssistant,
    ollama_emulator: Any,
    options: dict[str, Any],
    fault: Reply | None,
    cause: str,
) -> None:
    """With no cloud to fall back to, the user hears why the local model failed, then the apology."""
    await setup_entry(hass, entry_data(ollama_emulator.url), options=options)
    if fault is None:
        ollama_emulator.latency = 1.0
    else:
        ollama_emulator.script(fault)
    result = await converse(hass, "tell me a joke")
    assert speech(result) == (
        f"{cause} Sorry, none of my assistants can answer right now. Please try again later."
    )


async def test_in_flight_reservations_are_not_called_a_spent_budget(
    hass: HomeAssistant,
    entry: LLMRouterConfigEntry,
    anthropic_emulator: Any,
    ollama_emulator: Any,
) -> None:
    """A cap that only running requests hold is named as such."""
    ledger = entry.runtime_data.ledger
    ledger.set_cap("claude", 1.0)
    held = ledger.reserve("claude", 1.0)
    ollama_emulator.reply("A local analysis.")
    result = await converse(
        hass, "analyze my energy usage this month and suggest savings"
    )
    ledger.release(held)
    assert speech(result) == (
        "The cloud budget is taken up by requests still running. So I answered locally."
        " A local analysis."
    )
    assert anthropic_emulator.chat_requests == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_sentence_exists_in_every_language(language: str) -> None:
    """Each cause has its own sentence, in each language the router supports."""
    sentences = {key: phrase(key, language) for key in SENTENCES}
    assert len(set(sentences.values())) == len(sentences)
    if language != "en":
        assert all(
            sentences[key] != phrase(key, "en") for key in sentences if key != "sources"
        )


@pytest.mark.parametrize(
    ("options", "features"),
    [
        ({}, conversation.ConversationEntityFeature.CONTROL),
        ({"llm_api_local": [], "llm_api_reasoning": [], "llm_api_search": []}, 0),
        (
            {
                "llm_api_local": [],
                "llm_api_reasoning": [],
                "llm_api_search": ["assist"],
            },
            conversation.ConversationEntityFeature.CONTROL,
        ),
    ],
)
async def test_control_is_advertised_only_with_an_llm_api(
    hass: HomeAssistant,
    ollama_emulator: Any,
    options: dict[str, Any],
    features: int,
) -> None:
    """Without tools on any route the agent cannot control the home, so it does not claim to."""
    await setup_entry(hass, entry_data(ollama_emulator.url), options=options)
    state = hass.states.get(AGENT)
    assert state is not None
    assert state.attributes["supported_features"] == features


async def test_follow_ups_stick_across_a_reload(
    hass: HomeAssistant, entry: LLMRouterConfigEntry, xai_emulator: Any
) -> None:
    """'And the day before?' after a search question still goes to search after a reload."""
    xai_emulator.reply("The home team won 2 to 1.")
    first = await converse(hass, "who won the football match yesterday")
    await reload_entry(hass, entry)
    xai_emulator.reply("They lost the day before.")
    await converse(hass, "and the day before?", first.conversation_id)
    assert len(xai_emulator.chat_requests) == 2


@pytest.mark.usefixtures("entry")
async def test_conversation_memory_goes_with_the_chat_session(
    hass: HomeAssistant,
    ollama_emulator: Any,
    freezer: FrozenDateTimeFactory,
) -> None:
    """What the router remembers holds no private words, and is dropped when the session ends."""
    ollama_emulator.reply("The code is 4711.")
    first = await converse(hass, "what is the alarm code")
    memories = hass.data[DATA_MEMORIES]
    assert first.conversation_id in memories
    assert "alarm" not in str(memories)
    freezer.tick(CONVERSATION_TIMEOUT + timedelta(minutes=1))
    async_fire_time_changed(hass)
    await hass.async_block_till_done()
    assert first.conversation_id not in memories


@pytest.mark.parametrize("kind", list(ErrorKind))
@pytest.mark.parametrize("status", [None, 400, 500])
@pytest.mark.parametrize("local", [False, True])
def test_every_error_kind_has_a_sentence(
    kind: ErrorKind, status: int | None, local: bool
) -> None:
    """Whatever a backend fails with, the cause has a sentence in every language."""
    failure = BackendError("x", status=status)
    failure.kind = kind
    key = cause_key(failure, local=local)
    assert key in SENTENCES
    for language in LANGUAGES:
        assert phrase(key, language)
