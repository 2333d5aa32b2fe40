"""Semantic routing through the agent: the examples are embedded once, and only unsure turns embed the utterance."""

from __future__ import annotations

import logging
from typing import Any

from homeassistant.core import HomeAssistant
import pytest

from custom_components.llm_router import semantic_hints
from custom_components.llm_router.backends.base import BackendUnreachable
from custom_components.llm_router.models import LLMRouterConfigEntry, local_health_key
from custom_components.llm_router.router.classifier import classify
from custom_components.llm_router.router.example_phrases import EXAMPLES
from tests.emulators.ollama import EMBEDDING_MODEL, OllamaEmulator
from tests.helpers import converse, entry_data, last_turn, setup_entry

# The classifier leans local but is unsure (0.54); its nearest example is "explain how quantum computing works".
UNSURE = "explain how quantum stuff works"
EXAMPLE_COUNT = sum(len(texts) for texts in EXAMPLES.values())


def _embeds(emulator: OllamaEmulator) -> list[Any]:
    return [
        request.json for request in emulator.requests if request.path == "/api/embed"
    ]


async def _setup(
    hass: HomeAssistant, data: dict[str, Any], model: str = "nomic-embed-text"
) -> LLMRouterConfigEntry:
    entry = await setup_entry(hass, data, options={"embedding_model": model})
    await hass.async_block_till_done(wait_background_tasks=True)
    return entry


@pytest.fixture
async def entry(
    hass: HomeAssistant, ollama_emulator: OllamaEmulator, anthropic_emulator: Any
) -> LLMRouterConfigEntry:
    """A local host, Claude and an embedding model; the example index is built."""
    return await _setup(hass, entry_data(ollama_emulator.url, anthropic_emulator.url))


def test_the_example_utterance_is_one_the_classifier_is_unsure_about() -> None:
    prediction = classify(UNSURE)
    assert prediction.route.value == "local"
    assert prediction.confidence < 0.6


async def test_examples_are_embedded_once_in_the_background(
    entry: LLMRouterConfigEntry, ollama_emulator: OllamaEmulator
) -> None:
    (request,) = _embeds(ollama_emulator)
    assert request["model"] == "nomic-embed-text"
    assert len(request["input"]) == EXAMPLE_COUNT
    hints = entry.runtime_data.semantic
    assert hints is not None and hints.index is not None
    assert hints.index.size == EXAMPLE_COUNT


async def test_unsure_utterance_goes_where_its_nearest_examples_go(
    hass: HomeAssistant,
    entry: LLMRouterConfigEntry,
    ollama_emulator: OllamaEmulator,
    anthropic_emulator: Any,
) -> None:
    anthropic_emulator.reply("Qubits can be zero and one at once.")
    await converse(hass, UNSURE)
    assert _embeds(ollama_emulator)[1:] == [
        {"model": "nomic-embed-text", "input": [UNSURE]}
    ]
    turn = last_turn(entry)
    assert (turn.route, turn.decision.source) == ("reasoning", "semantic")
    assert turn.decision.confidence >= 0.75
    assert "closest to known reasoning examples" in turn.reason
    assert len(anthropic_emulator.chat_requests) == 1
    assert ollama_emulator.chat_requests == []


@pytest.mark.parametrize(
    "text",
    [
        "tell me a joke",
        "what is the alarm code",
        "ask claude explain quantum computing",
    ],
)
async def test_confident_private_or_overridden_turns_embed_nothing(
    hass: HomeAssistant,
    entry: LLMRouterConfigEntry,
    ollama_emulator: OllamaEmulator,
    text: str,
) -> None:
    await converse(hass, text)
    assert len(_embeds(ollama_emulator)) == 1  # the examples only
    turn = last_turn(entry)
    assert turn.decision.source != "semantic"


async def test_embedding_failure_keeps_the_classifier_decision(
    hass: HomeAssistant, entry: LLMRouterConfigEntry, ollama_emulator: OllamaEmulator
) -> None:
    ollama_emulator.capabilities[EMBEDDING_MODEL] = ["completion"]
    ollama_emulator.reply("A local explanation.")
    await converse(hass, UNSURE)
    assert len(_embeds(ollama_emulator)) == 2  # tried, answered 400
    turn = last_turn(entry)
    assert (turn.route, turn.decision.source) == ("local", "classifier")
    assert len(ollama_emulator.chat_requests) == 1


async def test_slow_embedding_keeps_the_classifier_decision(
    hass: HomeAssistant,
    entry: LLMRouterConfigEntry,
    ollama_emulator: OllamaEmulator,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(semantic_hints, "QUERY_TIMEOUT", 0.05)
    ollama_emulator.latency = 0.3
    await converse(hass, UNSURE)
    turn = last_turn(entry)
    assert (turn.route, turn.decision.source) == ("local", "classifier")


async def test_no_embedding_while_the_local_host_is_down(
    hass: HomeAssistant,
    entry: LLMRouterConfigEntry,
    ollama_emulator: OllamaEmulator,
    anthropic_emulator: Any,
) -> None:
    entry.runtime_data.health.report_failure(
        local_health_key(ollama_emulator.url),
        BackendUnreachable("refused", backend="local"),
    )
    await converse(hass, UNSURE)
    assert len(_embeds(ollama_emulator)) == 1
    assert len(anthropic_emulator.chat_requests) == 1


async def test_model_without_embeddings_turns_semantic_routing_off(
    hass: HomeAssistant,
    ollama_emulator: OllamaEmulator,
    caplog: pytest.LogCaptureFixture,
) -> None:
    entry = await _setup(hass, entry_data(ollama_emulator.url), model="llama3.2:3b")
    warnings = [
        record.getMessage()
        for record in caplog.records
        if record.name == "custom_components.llm_router"
        and record.levelno == logging.WARNING
    ]
    assert len(warnings) == 1
    assert "does not support embeddings" in warnings[0]
    hints = entry.runtime_data.semantic
    assert hints is not None and hints.index is None
    await converse(hass, UNSURE)
    assert len(_embeds(ollama_emulator)) == 1  # the failed index build only


async def test_pool_without_ollama_turns_semantic_routing_off(
    hass: HomeAssistant,
    openai_compat_emulator: Any,
    caplog: pytest.LogCaptureFixture,
) -> None:
    data = entry_data(openai_compat_emulator.url)
    data["local_hosts"][0]["server_type"] = "openai"
    entry = await _setup(hass, data)
    assert entry.runtime_data.semantic is None
    assert "no Ollama server in the local pool" in caplog.text


async def test_without_the_option_nothing_is_embedded(
    hass: HomeAssistant, ollama_emulator: OllamaEmulator
) -> None:
    entry = await setup_entry(hass, entry_data(ollama_emulator.url))
    await hass.async_block_till_done(wait_background_tasks=True)
    await converse(hass, UNSURE)
    assert entry.runtime_data.semantic is None
    assert _embeds(ollama_emulator) == []
