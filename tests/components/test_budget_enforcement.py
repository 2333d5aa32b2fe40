"""Hard caps end to end: concurrent requests never overshoot, spent budgets raise a repair issue."""

from __future__ import annotations

import asyncio
from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.helpers import issue_registry as ir
import pytest

from custom_components.llm_router.const import DOMAIN
from custom_components.llm_router.ledger import Reservation
from custom_components.llm_router.models import LLMRouterConfigEntry
from tests.helpers import converse, entry_data, record, setup_entry, speech

ANALYSIS = "analyze my energy usage this month and suggest savings"


async def test_concurrent_requests_do_not_overshoot_the_cap(
    hass: HomeAssistant,
    init_integration: LLMRouterConfigEntry,
    anthropic_emulator: Any,
    ollama_emulator: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With room for two estimated requests, four at once: two go to Claude, two are answered locally."""
    store = init_integration.runtime_data.ledger
    estimates: list[float] = []
    reserve = store.reserve

    def spy(backend: str, estimate_usd: float) -> Reservation:
        if backend == "claude":
            estimates.append(estimate_usd)
        return reserve(backend, estimate_usd)

    monkeypatch.setattr(store, "reserve", spy)
    await converse(hass, ANALYSIS)
    spent = store.ledger.budget_spent("claude", store.now, store.tz)
    store.set_cap("claude", spent + 2.5 * estimates[0])
    anthropic_emulator.latency = 0.2
    ollama_emulator.default_text = "Answered locally."

    results = await asyncio.gather(*(converse(hass, ANALYSIS) for _ in range(4)))
    answers = [speech(result) for result in results]

    assert len(anthropic_emulator.chat_requests) == 1 + 2
    assert sum("budget" in answer for answer in answers) == 2
    assert store.ledger.budget_spent("claude", store.now, store.tz) <= store.ledger.cap(
        "claude"
    )


async def test_spent_budget_raises_a_repair_issue_until_reset(
    hass: HomeAssistant,
    init_integration: LLMRouterConfigEntry,
    issue_registry: ir.IssueRegistry,
) -> None:
    """At 100% the user is told in Repairs; resetting the budget clears it."""
    issue_id = f"budget_exhausted_{init_integration.entry_id}_claude"
    record(hass, init_integration, cost_usd=10.5)
    await hass.async_block_till_done()
    issue = issue_registry.async_get_issue(DOMAIN, issue_id)
    assert issue is not None and issue.translation_key == "budget_exhausted"
    await hass.services.async_call(
        DOMAIN, "reset_budget", {"backend": "claude"}, blocking=True
    )
    assert issue_registry.async_get_issue(DOMAIN, issue_id) is None


async def test_missing_local_model_raises_a_repair_issue(
    hass: HomeAssistant,
    ollama_emulator: Any,
    anthropic_emulator: Any,
    issue_registry: ir.IssueRegistry,
) -> None:
    """The server is up but the model was deleted: Repairs says which model to pull."""
    ollama_emulator.models.remove("llama3.2:3b")
    ollama_emulator.models.append("other:1b")
    entry = await setup_entry(
        hass, entry_data(ollama_emulator.url, anthropic_emulator.url), unique_id="m"
    )
    issues = [
        issue
        for (domain, issue_id), issue in issue_registry.issues.items()
        if domain == DOMAIN and issue_id.startswith(f"model_missing_{entry.entry_id}")
    ]
    assert [issue.translation_placeholders["model"] for issue in issues] == [
        "llama3.2:3b"
    ]


async def test_removing_the_entry_removes_its_repair_issues(
    hass: HomeAssistant,
    ollama_emulator: Any,
    anthropic_emulator: Any,
    issue_registry: ir.IssueRegistry,
) -> None:
    """A removed assistant leaves no issues behind about its model or its budget; another entry's stay."""
    ollama_emulator.models.remove("llama3.2:3b")
    removed = await setup_entry(
        hass, entry_data(ollama_emulator.url, anthropic_emulator.url), unique_id="gone"
    )
    record(hass, removed, cost_usd=10.5)
    kept = await setup_entry(
        hass, entry_data(ollama_emulator.url, anthropic_emulator.url), unique_id="kept"
    )
    await hass.async_block_till_done()

    def issues_of(entry: LLMRouterConfigEntry) -> list[str]:
        return [
            issue_id
            for domain, issue_id in issue_registry.issues
            if domain == DOMAIN and entry.entry_id in issue_id
        ]

    assert len(issues_of(removed)) >= 2  # the missing model and the spent budget
    assert issues_of(kept)
    await hass.config_entries.async_remove(removed.entry_id)
    await hass.async_block_till_done()
    assert issues_of(removed) == []
    assert issues_of(kept)
