"""Shared test helpers: a loaded entry against the emulators, and ledger records.

Use from a test module with `pytest_plugins = ["tests.helpers"]` (for the fixtures) and plain imports (for the
functions).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from homeassistant.components import conversation
from homeassistant.components.homeassistant.exposed_entities import async_expose_entity
from homeassistant.config_entries import ConfigEntryState, ConfigSubentryData
from homeassistant.core import Context, HomeAssistant
from homeassistant.data_entry_flow import section
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util
import probatio as vol
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from yarl import URL

from custom_components.llm_router.const import DOMAIN
from custom_components.llm_router.ledger import LedgerEntry
from custom_components.llm_router.models import LLMRouterConfigEntry, TurnRecord

TITLE = "Hybrid LLM Router"
AGENT = "conversation.hybrid_llm_router"
LOCAL_MODEL = "llama3.2:3b"
CLAUDE_MODEL = "claude-sonnet-4-6"
GROK_MODEL = "grok-4-1-fast-non-reasoning"
CLAUDE_KEY = "sk-ant-test"
GROK_KEY = "xai-test"


def entry_data(
    local_url: str, claude_url: str | None = None, grok_url: str | None = None
) -> dict[str, Any]:
    """Config entry data: one local host, and Claude / Grok when their URL is given."""
    data: dict[str, Any] = {
        "local_hosts": [
            {"url": local_url, "server_type": "ollama", "model": LOCAL_MODEL}
        ]
    }
    if claude_url is not None:
        data["claude"] = {
            "api_key": CLAUDE_KEY,
            "base_url": claude_url,
            "model": CLAUDE_MODEL,
        }
    if grok_url is not None:
        data["grok"] = {"api_key": GROK_KEY, "base_url": grok_url, "model": GROK_MODEL}
    return data


def local_server_subentry(host: dict[str, Any]) -> ConfigSubentryData:
    """A local server after the first, as the subentry flow stores it."""
    url = URL(host["url"])
    return ConfigSubentryData(
        data={"server_type": "ollama", **host},
        subentry_type="local_server",
        title=f"{url.host}:{url.port}",
        unique_id=host["url"].lower(),
    )


async def setup_entry(
    hass: HomeAssistant,
    data: dict[str, Any],
    options: dict[str, Any] | None = None,
    unique_id: str | None = None,
    *,
    local_servers: Sequence[dict[str, Any]] = (),
    version: int = 2,
) -> LLMRouterConfigEntry:
    """Add an entry (more local servers as subentries) and set it up; it must load."""
    assert await async_setup_component(hass, "homeassistant", {})
    entry = MockConfigEntry(
        domain=DOMAIN,
        title=TITLE,
        data=data,
        options=options or {},
        unique_id=unique_id,
        version=version,
        subentries_data=[local_server_subentry(host) for host in local_servers],
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.LOADED
    loaded: LLMRouterConfigEntry = entry
    return loaded


async def reload_entry(hass: HomeAssistant, entry: LLMRouterConfigEntry) -> None:
    """Unload and set up again (the ledger is written on unload and read on setup)."""
    assert await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.LOADED


@pytest.fixture
def all_backends(
    ollama_emulator: Any, anthropic_emulator: Any, xai_emulator: Any
) -> dict[str, Any]:
    """Entry data with the local emulator, Claude and Grok."""
    return entry_data(ollama_emulator.url, anthropic_emulator.url, xai_emulator.url)


@pytest.fixture
async def init_integration(
    hass: HomeAssistant, all_backends: dict[str, Any]
) -> LLMRouterConfigEntry:
    """A loaded entry with a local host, Claude and Grok."""
    return await setup_entry(hass, all_backends)


@pytest.fixture
async def init_local_only(
    hass: HomeAssistant, ollama_emulator: Any
) -> LLMRouterConfigEntry:
    """A loaded entry with a local host and no cloud backend."""
    return await setup_entry(hass, entry_data(ollama_emulator.url))


def ledger_entry(
    *,
    backend: str = "claude",
    route: str = "reasoning",
    cost_usd: float = 0.0,
    all_cloud_cost_usd: float | None = None,
    input_tokens: int = 100,
    output_tokens: int = 20,
    latency_ms: float = 500.0,
    private: bool = False,
    reason: str = "test",
    model: str = "test-model",
    when: datetime | None = None,
) -> LedgerEntry:
    """One billed request as the agent records it."""
    return LedgerEntry(
        timestamp=when or dt_util.now(),
        route=route,
        backend=backend,
        model=model,
        input_tokens=input_tokens,
        output_tokens=output_tokens,
        cached_tokens=0,
        reasoning_tokens=0,
        sources=0,
        cost_usd=cost_usd,
        all_cloud_cost_usd=cost_usd
        if all_cloud_cost_usd is None
        else all_cloud_cost_usd,
        latency_ms=latency_ms,
        reason=reason,
        private=private,
        conversation_id=None,
    )


def record(
    hass: HomeAssistant,
    entry: LLMRouterConfigEntry,
    *,
    backend: str = "claude",
    **details: Any,
) -> None:
    """Bill one request (ledger_entry fields) through the entry's ledger store, as the agent does."""
    store = entry.runtime_data.ledger
    reservation = store.reserve(backend, 0.0)
    store.settle(reservation, ledger_entry(backend=backend, **details))


async def converse(
    hass: HomeAssistant,
    text: str,
    conversation_id: str | None = None,
    language: str = "en",
) -> conversation.ConversationResult:
    """One turn with the router's agent."""
    return await conversation.async_converse(
        hass, text, conversation_id, Context(), language, agent_id=AGENT
    )


def speech(result: conversation.ConversationResult) -> str:
    """What the agent said."""
    return str(result.response.speech["plain"]["speech"])


def text_pipeline(agent_id: str) -> dict[str, Any]:
    """The websocket command that creates a text-only Assist pipeline (no wake word, STT or TTS) around an agent."""
    return {
        "type": "assist_pipeline/pipeline/create",
        "name": "Hybrid",
        "conversation_engine": agent_id,
        "conversation_language": "en",
        "language": "en",
        **dict.fromkeys(
            (
                "stt_engine",
                "stt_language",
                "tts_engine",
                "tts_language",
                "tts_voice",
                "wake_word_entity",
                "wake_word_id",
            )
        ),
    }


def last_turn(entry: LLMRouterConfigEntry) -> TurnRecord:
    """The record of the entry's last turn, which must exist."""
    turn = entry.runtime_data.last_turn
    assert turn is not None, "no turn was recorded"
    return turn


def state_value(hass: HomeAssistant, entity_id: str) -> str:
    """The state of an entity that must exist."""
    state = hass.states.get(entity_id)
    assert state is not None, f"{entity_id} does not exist"
    return state.state


def form_values(result: Mapping[str, Any]) -> dict[str, Any]:
    """What a form shows a user (suggested values, else defaults), sections nested: submitting it changes nothing."""
    return _schema_values(result["data_schema"])


def _schema_values(schema: vol.Schema) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for marker, validator in schema.schema.items():
        if isinstance(validator, section):
            values[str(marker)] = _schema_values(validator.schema)
        elif (
            suggested := (marker.description or {}).get("suggested_value")
        ) is not None:
            values[str(marker)] = suggested
        elif marker.default is not vol.UNDEFINED:
            values[str(marker)] = marker.default()
    return values


async def expose_kitchen_light(hass: HomeAssistant) -> None:
    """A kitchen light exposed to Assist, with Home Assistant's intents loaded."""
    assert await async_setup_component(hass, "intent", {})
    hass.states.async_set("light.kitchen", "off", {"friendly_name": "Kitchen light"})
    async_expose_entity(hass, conversation.DOMAIN, "light.kitchen", True)


async def setup_kitchen_entry(
    hass: HomeAssistant, data: dict[str, Any], options: dict[str, Any] | None = None
) -> LLMRouterConfigEntry:
    """A loaded entry and a kitchen light exposed to Assist."""
    await expose_kitchen_light(hass)
    return await setup_entry(hass, data, options)
