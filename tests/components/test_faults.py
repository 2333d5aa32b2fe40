"""Faults from a run in a real Home Assistant: rejected keys, spent budgets, secrets in URLs, crashes and reloads."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
import logging
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.config_entries import SOURCE_REAUTH, ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.helpers import issue_registry as ir
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_fire_time_changed,
)
from yarl import URL

from custom_components.llm_router.const import DOMAIN
from custom_components.llm_router.coordinator import CHECK_INTERVAL
from custom_components.llm_router.ledger import Ledger
from custom_components.llm_router.ledger_store import SAVE_DELAY_S
from custom_components.llm_router.models import LLMRouterConfigEntry
from tests.helpers import (
    AGENT,
    CLAUDE_MODEL,
    TITLE,
    converse,
    entry_data,
    ledger_entry,
    record,
    reload_entry,
    setup_entry,
    speech,
)

ANALYSIS = "analyze my energy usage this month and suggest savings"


async def _advance(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, delta: timedelta
) -> None:
    freezer.tick(delta)
    async_fire_time_changed(hass)
    await hass.async_block_till_done(wait_background_tasks=True)


def _ledger_key(entry_id: str) -> str:
    return f"{DOMAIN}.{entry_id}.ledger"


async def _setup_with_stored_ledger(
    hass: HomeAssistant,
    hass_storage: dict[str, Any],
    data: dict[str, Any],
    stored: dict[str, Any],
    entry_id: str,
) -> MockConfigEntry:
    """Set up an entry whose ledger file (Store wrapper with its version) a previous run left."""
    hass_storage[_ledger_key(entry_id)] = {"key": _ledger_key(entry_id), **stored}
    entry = MockConfigEntry(domain=DOMAIN, title=TITLE, data=data, entry_id=entry_id)
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    return entry


def _spent_claude_ledger(now: datetime) -> dict[str, Any]:
    """Stored ledger data of a previous run whose Claude budget is spent this month."""
    ledger = Ledger()
    for scope, cap in (("claude", 1.0), ("grok", 5.0), ("total", 15.0)):
        ledger.set_cap(scope, cap)
    reservation = ledger.reserve("claude", 0.0, now, dt_util.get_default_time_zone())
    ledger.settle(reservation, ledger_entry(cost_usd=1.0, model=CLAUDE_MODEL, when=now))
    return ledger.to_dict()


# Path 5 and 6: a rejected cloud key


async def test_rejected_cloud_key_keeps_the_local_assistant(
    hass: HomeAssistant, ollama_emulator: Any, anthropic_emulator: Any
) -> None:
    """Setup loads with local, asks for the new key, and answers Claude's route locally meanwhile."""
    anthropic_emulator.valid_keys = frozenset({"sk-ant-new"})
    entry = await setup_entry(
        hass, entry_data(ollama_emulator.url, anthropic_emulator.url)
    )
    flows = hass.config_entries.flow.async_progress()
    assert [flow["context"]["source"] for flow in flows] == [SOURCE_REAUTH]
    ollama_emulator.reply("A local analysis.")
    assert speech(await converse(hass, ANALYSIS)) == (
        "The API key was rejected. So I answered locally. A local analysis."
    )
    assert anthropic_emulator.chat_requests == []
    assert entry.state is ConfigEntryState.LOADED


async def test_reauth_refuses_an_empty_form(
    hass: HomeAssistant, init_integration: LLMRouterConfigEntry
) -> None:
    """Submitting no key is not 'the key works': the form asks for one."""
    result = await init_integration.start_reauth_flow(hass)
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {})
    assert result["errors"] == {"base": "key_required"}
    assert init_integration.data["claude"]["api_key"] == "sk-ant-test"


# Path 7: the budget-spent issue follows the ledger


async def test_spent_budget_issue_is_raised_at_load(
    hass: HomeAssistant,
    hass_storage: dict[str, Any],
    ollama_emulator: Any,
    anthropic_emulator: Any,
    issue_registry: ir.IssueRegistry,
) -> None:
    """After a restart, a budget that is still spent still has its repair issue."""
    await _setup_with_stored_ledger(
        hass,
        hass_storage,
        entry_data(ollama_emulator.url, anthropic_emulator.url),
        {"version": 1, "data": _spent_claude_ledger(dt_util.now())},
        "restarted",
    )
    assert issue_registry.async_get_issue(DOMAIN, "budget_exhausted_restarted_claude")


async def test_spent_budget_issue_ends_with_the_budget_month(
    hass: HomeAssistant,
    init_integration: LLMRouterConfigEntry,
    issue_registry: ir.IssueRegistry,
    freezer: FrozenDateTimeFactory,
) -> None:
    """At the start of the next budget month the issue goes, with no request needed."""
    freezer.move_to("2026-03-20 12:00:00+00:00")
    ledger = init_integration.runtime_data.ledger
    ledger.set_cap("claude", 1.0)
    record(hass, init_integration, cost_usd=1.0)
    issue_id = f"budget_exhausted_{init_integration.entry_id}_claude"
    assert issue_registry.async_get_issue(DOMAIN, issue_id)
    await reload_entry(hass, init_integration)  # the month timer is set up at load
    await _advance(hass, freezer, timedelta(days=13))
    assert issue_registry.async_get_issue(DOMAIN, issue_id) is None


# Path 8: credentials in URLs


async def test_url_credentials_stay_out_of_sensor_logs_and_repairs(
    hass: HomeAssistant,
    ollama_emulator: Any,
    anthropic_emulator: Any,
    issue_registry: ir.IssueRegistry,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A local URL with user:password: its secret is in no state attribute, log line or repair issue."""
    url = str(URL(ollama_emulator.url).with_user("admin").with_password("hunter2"))
    ollama_emulator.models = []  # the model is missing: a repair issue names the server
    caplog.set_level(logging.DEBUG)
    entry = await setup_entry(hass, entry_data(url, anthropic_emulator.url))
    await ollama_emulator.stop()
    anthropic_emulator.reply("From the cloud.")
    await converse(hass, "tell me a joke")
    issues = [
        issue
        for (domain, _), issue in issue_registry.issues.items()
        if domain == DOMAIN
    ]
    assert any(issue.translation_key == "model_missing" for issue in issues)
    assert "hunter2" not in str(
        [(i.issue_id, i.translation_placeholders) for i in issues]
    )
    states = [state.as_dict() for state in hass.states.async_all()]
    assert "127.0.0.1" in str(states)
    assert "hunter2" not in str(states)
    assert "hunter2" not in caplog.text
    assert entry.state is ConfigEntryState.LOADED


# Faults: saves, crashes, reloads and old or new files


async def test_steady_traffic_cannot_postpone_the_save(
    hass: HomeAssistant,
    hass_storage: dict[str, Any],
    init_integration: LLMRouterConfigEntry,
    freezer: FrozenDateTimeFactory,
) -> None:
    """A paid request every few seconds: the first is written within SAVE_DELAY_S, whatever follows."""
    key = _ledger_key(init_integration.entry_id)
    hass_storage.pop(key, None)
    step = timedelta(seconds=SAVE_DELAY_S * 0.6)
    record(hass, init_integration, cost_usd=0.01)
    await _advance(hass, freezer, step)
    record(hass, init_integration, cost_usd=0.01)
    await _advance(hass, freezer, step)
    assert hass_storage[key]["data"]["routes"]["reasoning"] >= 1


async def test_a_request_in_flight_is_saved_and_counted_after_a_crash(
    hass: HomeAssistant,
    hass_storage: dict[str, Any],
    init_integration: LLMRouterConfigEntry,
    freezer: FrozenDateTimeFactory,
) -> None:
    """Killed mid-request: the stored ledger still holds the reservation, and a new run counts it."""
    store = init_integration.runtime_data.ledger
    store.set_cap("claude", 1.0)
    store.reserve("claude", 0.75)
    await _advance(hass, freezer, timedelta(seconds=SAVE_DELAY_S + 1))
    stored = hass_storage[_ledger_key(init_integration.entry_id)]["data"]
    after_crash = Ledger.from_dict(stored)
    now, tz = dt_util.now(), dt_util.get_default_time_zone()
    assert after_crash.budget_spent("claude", now, tz) == pytest.approx(0.75)
    assert after_crash.budget_remaining("claude", now, tz) == pytest.approx(0.25)


async def test_reload_during_a_paid_stream_keeps_its_cost(
    hass: HomeAssistant,
    hass_storage: dict[str, Any],
    init_integration: LLMRouterConfigEntry,
    anthropic_emulator: Any,
) -> None:
    """The turn that outlives a reload is billed in the ledger that is saved, not in a discarded copy."""
    anthropic_emulator.latency = 0.3
    anthropic_emulator.reply("Your usage peaks in the evening.")
    turn = hass.async_create_task(converse(hass, ANALYSIS))
    while not anthropic_emulator.chat_requests:  # noqa: ASYNC110  # the emulator has no event to wait on
        await asyncio.sleep(0.01)
    await reload_entry(hass, init_integration)
    await turn
    record(hass, init_integration, backend="local", route="local")
    await init_integration.runtime_data.ledger.async_flush()
    stored = Ledger.from_dict(
        hass_storage[_ledger_key(init_integration.entry_id)]["data"]
    )
    assert stored.requests_per_route() == {"reasoning": 1, "local": 1}


@pytest.mark.parametrize("version", [0, 1])
async def test_older_ledger_files_are_migrated(
    hass: HomeAssistant,
    hass_storage: dict[str, Any],
    ollama_emulator: Any,
    version: int,
) -> None:
    """A file from an older storage version is read, not a setup crash."""
    entry = await _setup_with_stored_ledger(
        hass,
        hass_storage,
        entry_data(ollama_emulator.url),
        {"version": version, "data": _spent_claude_ledger(dt_util.now())},
        "migrated",
    )
    assert entry.runtime_data.ledger.ledger.requests_per_route() == {"reasoning": 1}


async def test_a_newer_ledger_file_is_kept_aside_with_a_repair(
    hass: HomeAssistant,
    hass_storage: dict[str, Any],
    ollama_emulator: Any,
    issue_registry: ir.IssueRegistry,
) -> None:
    """A file from a newer version (a downgrade): the agent loads, the user is told, the file is kept."""
    entry = await _setup_with_stored_ledger(
        hass,
        hass_storage,
        entry_data(ollama_emulator.url),
        {"version": 2, "data": {"format": "future"}},
        "downgraded",
    )
    assert entry.state is ConfigEntryState.LOADED
    assert hass.states.get(AGENT) is not None
    issue = issue_registry.async_get_issue(DOMAIN, "store_too_new_downgraded")
    assert issue is not None
    assert issue.translation_placeholders == {"found": "2", "supported": "1"}
    newer = hass_storage[f"{_ledger_key('downgraded')}.newer"]
    assert newer["data"] == {"format": "future"}


# Faults: log noise while a backend is down at boot


def _messages(caplog: pytest.LogCaptureFixture, text: str) -> list[str]:
    return [r.getMessage() for r in caplog.records if text in r.getMessage()]


async def test_a_backend_down_at_boot_is_logged_once_and_its_return_once(
    hass: HomeAssistant,
    ollama_emulator: Any,
    anthropic_emulator: Any,
    caplog: pytest.LogCaptureFixture,
    freezer: FrozenDateTimeFactory,
) -> None:
    """Down at boot, rechecked, reloaded: one warning; back up: one info."""
    await ollama_emulator.stop()
    entry = await setup_entry(
        hass, entry_data(ollama_emulator.url, anthropic_emulator.url)
    )
    for _ in range(4):
        await _advance(hass, freezer, CHECK_INTERVAL * 4)
    await reload_entry(hass, entry)
    await _advance(hass, freezer, CHECK_INTERVAL * 4)
    assert len(_messages(caplog, "is unavailable")) == 1
    await ollama_emulator.start()
    for _ in range(3):
        await _advance(hass, freezer, timedelta(minutes=11))
    assert len(_messages(caplog, "is available again")) == 1
    assert len(_messages(caplog, "is unavailable")) == 1


async def test_setup_retries_while_everything_is_down_log_once(
    hass: HomeAssistant,
    unreachable_url: str,
    caplog: pytest.LogCaptureFixture,
    freezer: FrozenDateTimeFactory,
) -> None:
    """Home Assistant retries the setup; the backend's outage is one warning, not one per retry."""
    entry = MockConfigEntry(
        domain=DOMAIN, title=TITLE, data=entry_data(unreachable_url)
    )
    entry.add_to_hass(hass)
    await hass.config_entries.async_setup(entry.entry_id)
    for _ in range(4):
        await _advance(hass, freezer, timedelta(minutes=10))
    assert entry.state is ConfigEntryState.SETUP_RETRY
    assert len(_messages(caplog, "is unavailable")) == 1
