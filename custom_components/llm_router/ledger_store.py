"""Persists the ledger with Home Assistant's Store, fires budget events and raises repair issues."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import issue_registry as ir
from homeassistant.helpers.dispatcher import async_dispatcher_send
from homeassistant.helpers.storage import Store
from homeassistant.util import dt as dt_util

from .const import DOMAIN, LOGGER
from .ledger import (
    BUDGET_SCOPES,
    Ledger,
    LedgerCorrupt,
    LedgerEntry,
    Reservation,
    ThresholdCrossing,
)

STORAGE_VERSION = 1
SAVE_DELAY_S = 5
EVENT_BUDGET_THRESHOLD = "llm_router_budget_threshold"


def signal_ledger_updated(entry_id: str) -> str:
    """Dispatcher signal sent after every change of the ledger."""
    return f"{DOMAIN}_{entry_id}_ledger_updated"


class LedgerStore:
    """The entry's ledger, saved shortly after every change and on shutdown."""

    def __init__(self, hass: HomeAssistant, entry_id: str) -> None:
        """Prepare the store; call async_load before use."""
        self.hass = hass
        self.entry_id = entry_id
        self.ledger = Ledger()
        self._store: Store[dict[str, Any]] = Store(
            hass, STORAGE_VERSION, f"{DOMAIN}.{entry_id}.ledger", private=True
        )

    async def async_load(self) -> None:
        """Load the ledger; a corrupted file is kept aside and reported as a repair issue."""
        data = await self._store.async_load()
        if data is None:
            return
        try:
            self.ledger = Ledger.from_dict(data)
        except LedgerCorrupt as err:
            LOGGER.error("Cost ledger is corrupted, starting a new one: %s", err)
            await self._keep_corrupted_copy(data)
            ir.async_create_issue(
                self.hass,
                DOMAIN,
                f"store_corrupted_{self.entry_id}",
                is_fixable=False,
                severity=ir.IssueSeverity.WARNING,
                translation_key="store_corrupted",
                translation_placeholders={"detail": str(err)},
            )

    async def _keep_corrupted_copy(self, data: dict[str, Any]) -> None:
        backup: Store[dict[str, Any]] = Store(
            self.hass,
            STORAGE_VERSION,
            f"{DOMAIN}.{self.entry_id}.ledger.corrupt",
            private=True,
        )
        await backup.async_save(data)

    @property
    def now(self) -> datetime:
        """Current time (the ledger needs it for periods)."""
        return dt_util.now()

    @property
    def tz(self) -> Any:
        """Home Assistant's configured time zone."""
        return dt_util.get_default_time_zone()

    def is_exhausted(self, scope: str) -> bool:
        """Whether a budget scope ("claude", "grok", "total") is spent for this budget month."""
        return self.ledger.is_exhausted(scope, self.now, self.tz)

    def reserve(self, backend: str, estimate_usd: float) -> Reservation:
        """Reserve budget for a cloud request; raises BudgetExceeded when it would run past a cap."""
        return self.ledger.reserve(backend, estimate_usd, self.now, self.tz)

    def release(self, reservation: Reservation) -> None:
        """The request failed; free its reservation."""
        self.ledger.release(reservation)

    @callback
    def settle(self, reservation: Reservation, entry: LedgerEntry) -> None:
        """Record a finished request, then save, notify entities and fire threshold events."""
        crossings = self.ledger.settle(reservation, entry)
        self._changed()
        for crossing in crossings:
            self._announce(crossing)

    @callback
    def set_cap(self, scope: str, usd: float) -> None:
        """Change a monthly cap (from a number entity)."""
        self.ledger.set_cap(scope, usd)
        self._changed()
        self._update_exhausted_issues()

    @callback
    def set_reset_day(self, day: int) -> None:
        """Change the day of the month the budgets start over."""
        self.ledger.reset_day = day
        self._changed()

    @callback
    def reset_budget(self, scope: str | None) -> None:
        """Start the budget month over for one scope or all."""
        self.ledger.reset_budget(scope, self.now, self.tz)
        self._changed()
        self._update_exhausted_issues()

    async def async_flush(self) -> None:
        """Write now (on unload)."""
        await self._store.async_save(self.ledger.to_dict())

    def _changed(self) -> None:
        self._store.async_delay_save(self.ledger.to_dict, SAVE_DELAY_S)
        async_dispatcher_send(self.hass, signal_ledger_updated(self.entry_id))

    def _announce(self, crossing: ThresholdCrossing) -> None:
        self.hass.bus.async_fire(
            EVENT_BUDGET_THRESHOLD,
            {
                "scope": crossing.scope,
                "percent": crossing.percent,
                "spent_usd": round(crossing.spent, 4),
                "cap_usd": crossing.cap,
            },
        )
        self._update_exhausted_issues()

    def _update_exhausted_issues(self) -> None:
        for scope in BUDGET_SCOPES:
            issue_id = f"budget_exhausted_{self.entry_id}_{scope}"
            if self.is_exhausted(scope):
                ir.async_create_issue(
                    self.hass,
                    DOMAIN,
                    issue_id,
                    is_fixable=False,
                    severity=ir.IssueSeverity.WARNING,
                    translation_key="budget_exhausted",
                    translation_placeholders={
                        "scope": scope,
                        "cap": f"{self.ledger.cap(scope):.2f}",
                    },
                )
            else:
                ir.async_delete_issue(self.hass, DOMAIN, issue_id)
