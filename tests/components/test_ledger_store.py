"""The persisted ledger: written shortly after a request, read back after a restart, repaired when corrupted."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant
from homeassistant.helpers import issue_registry as ir
from homeassistant.setup import async_setup_component
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_fire_time_changed,
)

from custom_components.llm_router.const import DOMAIN
from custom_components.llm_router.ledger_store import SAVE_DELAY_S
from tests.helpers import TITLE, entry_data, record


def _entry(hass: HomeAssistant, url: str) -> MockConfigEntry:
    entry = MockConfigEntry(
        domain=DOMAIN, title=TITLE, data=entry_data(url), entry_id="ledgertest"
    )
    entry.add_to_hass(hass)
    return entry


async def _setup(hass: HomeAssistant, entry: MockConfigEntry) -> None:
    assert await async_setup_component(hass, "homeassistant", {})
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()


async def test_request_is_saved_within_seconds(
    hass: HomeAssistant,
    hass_storage: dict[str, Any],
    ollama_emulator: Any,
    freezer: FrozenDateTimeFactory,
) -> None:
    """A crash shortly after a request loses nothing: the write happens after a short delay, not every 15 min."""
    entry = _entry(hass, ollama_emulator.url)
    await _setup(hass, entry)
    record(hass, entry, backend="local", route="local", cost_usd=0.0)  # type: ignore[arg-type]
    key = f"{DOMAIN}.{entry.entry_id}.ledger"
    assert key not in hass_storage
    freezer.tick(timedelta(seconds=SAVE_DELAY_S + 1))
    async_fire_time_changed(hass)
    await hass.async_block_till_done()
    assert hass_storage[key]["data"]["routes"] == {"local": 1}


async def test_corrupted_store_starts_fresh_with_a_repair_issue(
    hass: HomeAssistant,
    hass_storage: dict[str, Any],
    ollama_emulator: Any,
    issue_registry: ir.IssueRegistry,
) -> None:
    """An unreadable ledger does not stop the agent: it starts over, keeps a copy and tells the user."""
    key = f"{DOMAIN}.ledgertest.ledger"
    hass_storage[key] = {
        "version": 1,
        "key": key,
        "data": {"version": 1, "totals": "garbage"},
    }
    entry = _entry(hass, ollama_emulator.url)
    await _setup(hass, entry)
    assert entry.runtime_data.ledger.ledger.requests_per_route() == {}
    issue = issue_registry.async_get_issue(DOMAIN, "store_corrupted_ledgertest")
    assert issue is not None
    assert issue.translation_key == "store_corrupted"
    assert hass_storage[f"{key}.corrupt"]["data"]["totals"] == "garbage"
