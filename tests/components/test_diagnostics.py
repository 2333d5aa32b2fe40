"""Config entry diagnostics: useful state, no keys, names, credentials or utterances."""

from __future__ import annotations

import json
import re
from typing import Any

from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.components.diagnostics import (
    get_diagnostics_for_config_entry,
)
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator
from syrupy.assertion import SnapshotAssertion

from custom_components.llm_router.credentials import without_credentials_in
from custom_components.llm_router.models import LLMRouterConfigEntry
from tests.helpers import CLAUDE_KEY, GROK_KEY, record, setup_entry

OPTIONS = {
    "household_names": "Alice, Bob",
    "routing_rules": "- match: [Alice]\n  private: true\n",
    "prompt": "You serve Alice and Bob.",
}
SECOND_SERVER = {
    "url": "http://admin:hunter2@127.0.0.1:9",
    "model": "qwen3:4b",
    "api_key": "sk-local-secret",
}


@pytest.fixture
async def entry(
    hass: HomeAssistant, all_backends: dict[str, Any]
) -> LLMRouterConfigEntry:
    """All three backends, a second local server with credentials in its URL, and names in the options."""
    return await setup_entry(hass, all_backends, OPTIONS, local_servers=[SECOND_SERVER])


async def test_diagnostics(
    hass: HomeAssistant,
    hass_client: ClientSessionGenerator,
    entry: LLMRouterConfigEntry,
) -> None:
    """Options, health and a ledger summary, with every secret redacted."""
    record(
        hass,
        entry,
        cost_usd=0.02,
        reason="Alice asked for her bank password",
        private=True,
    )
    diagnostics = await get_diagnostics_for_config_entry(hass, hass_client, entry)
    text = json.dumps(diagnostics)
    for secret in (
        CLAUDE_KEY,
        GROK_KEY,
        "Alice",
        "Bob",
        "hunter2",
        "admin:",
        "sk-local-secret",
        "bank password",
    ):
        assert secret not in text, secret

    assert diagnostics["data"]["claude"]["api_key"] == "**REDACTED**"
    assert diagnostics["options"]["household_names"] == "**REDACTED**"
    assert diagnostics["local_servers"][1:] == [
        {
            "url": "http://127.0.0.1:9",
            "model": "qwen3:4b",
            "server_type": "ollama",
            "api_key": "**REDACTED**",
        }
    ]
    health = diagnostics["health"]
    assert health["claude"]["available"] is True
    assert health["local:http://127.0.0.1:9"]["available"] is False
    ledger = diagnostics["ledger"]
    assert ledger["budgets"]["claude"] == {
        "cap_usd": 10.0,
        "spent_usd": 0.02,
        "exhausted": False,
    }
    assert ledger["requests_per_route"] == {"reasoning": 1}
    assert ledger["last_request"]["private"] is True
    assert diagnostics["routing_mode"] == "auto"


def test_url_credentials_removed_everywhere() -> None:
    """User and password go from URLs inside any text, keys included."""
    assert without_credentials_in(
        {
            "local:http://u:p@host:1": [
                "failed: https://me@example.com/x",
                "mail me@example.com",
            ]
        }
    ) == {
        "local:http://host:1": ["failed: https://example.com/x", "mail me@example.com"]
    }


async def test_diagnostics_snapshot(
    hass: HomeAssistant,
    hass_client: ClientSessionGenerator,
    entry: LLMRouterConfigEntry,
    ollama_emulator: Any,
    anthropic_emulator: Any,
    xai_emulator: Any,
    snapshot: SnapshotAssertion,
) -> None:
    """The whole diagnostics output is pinned; ports and times are replaced by placeholders."""
    record(hass, entry, cost_usd=0.02, reason="asked for analysis")
    diagnostics = await get_diagnostics_for_config_entry(hass, hass_client, entry)
    text = json.dumps(diagnostics, sort_keys=True)
    for emulator, name in (
        (ollama_emulator, "OLLAMA"),
        (anthropic_emulator, "ANTHROPIC"),
        (xai_emulator, "XAI"),
    ):
        text = text.replace(emulator.url.removeprefix("http://"), name)
    text = re.sub(r"\d{4}-\d\d-\d\dT[\d:.]+(?:[+-]\d\d:\d\d|Z)?", "TIME", text)
    assert json.loads(text) == snapshot
