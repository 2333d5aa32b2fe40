"""Setup and unload of an entry: not-ready when nothing answers, reauth on a rejected key, clean unload."""

from __future__ import annotations

from typing import Any

from homeassistant.config_entries import SOURCE_REAUTH, ConfigEntryState
from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.llm_router.const import DOMAIN


def _entry(hass: HomeAssistant, local_url: str, **cloud: Any) -> MockConfigEntry:
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="Hybrid LLM Router",
        unique_id=local_url.lower(),
        data={
            "local_hosts": [
                {"url": local_url, "server_type": "ollama", "model": "llama3.2:3b"}
            ],
            **cloud,
        },
    )
    entry.add_to_hass(hass)
    return entry


async def test_setup_and_unload(hass: HomeAssistant, ollama_emulator: Any) -> None:
    """A reachable local server: loaded with an agent; unloading leaves nothing behind."""
    entry = _entry(hass, ollama_emulator.url)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.LOADED
    assert hass.states.get("conversation.hybrid_llm_router") is not None
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.NOT_LOADED


async def test_not_ready_when_nothing_reachable(
    hass: HomeAssistant, unreachable_url: str
) -> None:
    """Home Assistant retries later instead of failing for good."""
    entry = _entry(hass, unreachable_url)
    await hass.config_entries.async_setup(entry.entry_id)
    assert entry.state is ConfigEntryState.SETUP_RETRY


@pytest.mark.parametrize(
    ("local", "state"),
    [("up", ConfigEntryState.LOADED), ("down", ConfigEntryState.SETUP_ERROR)],
)
async def test_rejected_cloud_key_starts_reauth(
    hass: HomeAssistant,
    ollama_emulator: Any,
    unreachable_url: str,
    anthropic_emulator: Any,
    local: str,
    state: ConfigEntryState,
) -> None:
    """A key revoked since setup makes the UI ask for a new one; the entry fails only if nothing else answers."""
    entry = _entry(
        hass,
        ollama_emulator.url if local == "up" else unreachable_url,
        claude={
            "api_key": "sk-ant-revoked",
            "base_url": anthropic_emulator.url,
            "model": "claude-sonnet-4-6",
        },
    )
    await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert entry.state is state
    flows = hass.config_entries.flow.async_progress()
    assert [flow["context"]["source"] for flow in flows] == [SOURCE_REAUTH]


async def test_invalid_options_fail_setup_with_reason(
    hass: HomeAssistant, ollama_emulator: Any
) -> None:
    """Options that no longer validate stop setup with a clear error instead of a crash."""
    entry = _entry(hass, ollama_emulator.url)
    hass.config_entries.async_update_entry(
        entry, options={"routing_rules": "- route: nowhere"}
    )
    await hass.config_entries.async_setup(entry.entry_id)
    assert entry.state is ConfigEntryState.SETUP_ERROR
    assert entry.reason and "routing_rules" in entry.reason
