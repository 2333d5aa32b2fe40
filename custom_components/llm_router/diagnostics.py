"""Diagnostics: configuration (redacted), health and a ledger summary without any utterance."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from homeassistant.components.diagnostics import async_redact_data
from homeassistant.core import HomeAssistant

from .clients import local_servers
from .const import (
    BACKEND_LOCAL,
    CLOUD_BACKENDS,
    CONF_API_KEY,
    CONF_HOUSEHOLD_NAMES,
    CONF_PROMPT,
    CONF_ROUTING_RULES,
)
from .credentials import without_credentials_in
from .ledger import BUDGET_SCOPES, Period
from .ledger_store import LedgerStore
from .models import LLMRouterConfigEntry

# Keys, household names and the free texts that may contain them.
TO_REDACT = {
    CONF_API_KEY,
    CONF_HOUSEHOLD_NAMES,
    CONF_PROMPT,
    CONF_ROUTING_RULES,
}


def _redact(data: Any) -> Any:
    return without_credentials_in(async_redact_data(data, TO_REDACT))


def _ledger_summary(store: LedgerStore) -> dict[str, Any]:
    """Totals, budgets and latencies; nothing that says what was asked."""
    ledger, now, tz = store.ledger, store.now, store.tz
    last = ledger.last_entry
    return {
        "reset_day": ledger.reset_day,
        "budgets": {
            scope: {
                "cap_usd": ledger.cap(scope),
                "spent_usd": ledger.budget_spent(scope, now, tz),
                "exhausted": ledger.is_exhausted(scope, now, tz),
            }
            for scope in BUDGET_SCOPES
        },
        "totals": {
            period.value: asdict(ledger.totals(period, now, tz)) for period in Period
        },
        "requests_per_route": ledger.requests_per_route(),
        "median_latency_ms": {
            backend: ledger.median_latency_ms(backend)
            for backend in (BACKEND_LOCAL, *CLOUD_BACKENDS)
        },
        "last_request": None
        if last is None
        else {
            "timestamp": last.timestamp.isoformat(),
            "route": last.route,
            "backend": last.backend,
            "model": last.model,
            "private": last.private,
        },
    }


async def async_get_config_entry_diagnostics(
    hass: HomeAssistant, entry: LLMRouterConfigEntry
) -> dict[str, Any]:
    """Return diagnostics of a config entry."""
    runtime = entry.runtime_data
    return {
        "title": entry.title,
        "data": _redact(dict(entry.data)),
        "options": _redact(dict(entry.options)),
        "local_servers": [
            _redact(dict(server.conf)) for server in local_servers(entry)
        ],
        "local_only": runtime.local_only,
        "routing_mode": runtime.routing_mode,
        "health": _redact(
            {key: asdict(status) for key, status in (runtime.health.data or {}).items()}
        ),
        "health_last_update_success": runtime.health.last_update_success,
        "ledger": _ledger_summary(runtime.ledger),
    }
