"""Persists the ledger with Home Assistant's Store, fires budget events and keeps the budget repair issues true.

One LedgerStore per entry and run: a reload keeps it, so a paid stream that outlives the reload settles into the
ledger that is saved, instead of into an old copy that the new one overwrites.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.helpers.dispatcher import async_dispatcher_send
from homeassistant.helpers.event import async_track_point_in_time
from homeassistant.helpers.storage import Store
from homeassistant.util import dt as dt_util
from homeassistant.util.hass_dict import HassKey

from .const import DOMAIN, LOGGER
from .ledger import (
    BUDGET_SCOPES,
    Ledger,
    LedgerCorrupt,
    LedgerEntry,
    Reservation,
    ThresholdCrossing,
)
from .repairs import (
    async_create_store_corrupted,
    async_create_store_too_new,
    async_update_budget_exhausted,
)

STORAGE_VERSION = 1
# The longest a change waits before it is written: later changes do not push the write further out.
SAVE_DELAY_S = 5
EVENT_BUDGET_THRESHOLD = "llm_router_budget_threshold"
DATA_LEDGERS: HassKey[dict[str, LedgerStore]] = HassKey(f"{DOMAIN}_ledgers")


def signal_ledger_updated(entry_id: str) -> str:
    """Dispatcher signal sent after every change of the ledger."""
    return f"{DOMAIN}_{entry_id}_ledger_updated"


class LedgerFileTooNew(Exception):
    """The ledger file was written by a newer version of the integration."""

    def __init__(self, version: int, data: dict[str, Any]) -> None:
        """Keep the version found and the data, so that it can be set aside."""
        super().__init__(
            f"ledger storage version {version} is newer than {STORAGE_VERSION}"
        )
        self.version = version
        self.data = data


class _LedgerFile(Store[dict[str, Any]]):
    """The ledger's Store: older versions are read as they are (the ledger checks them), newer ones refused."""

    def __init__(self, hass: HomeAssistant, key: str) -> None:
        # Every version reaches the migration, so a newer file can be kept aside instead of failing setup.
        super().__init__(
            hass, STORAGE_VERSION, key, private=True, max_readable_version=2**31
        )

    async def _async_migrate_func(
        self, old_major_version: int, old_minor_version: int, old_data: dict[str, Any]
    ) -> dict[str, Any]:
        if old_major_version > STORAGE_VERSION:
            raise LedgerFileTooNew(old_major_version, old_data)
        return old_data


async def async_get_ledger(hass: HomeAssistant, entry_id: str) -> LedgerStore:
    """The entry's ledger, loaded on the first setup of this run and kept across reloads."""
    ledgers = hass.data.setdefault(DATA_LEDGERS, {})
    if (store := ledgers.get(entry_id)) is None:
        store = LedgerStore(hass, entry_id)
        await store.async_load()
        ledgers[entry_id] = store
    return store


async def async_remove_ledger(hass: HomeAssistant, entry_id: str) -> None:
    """Forget and delete the ledger of a removed entry."""
    store = hass.data.get(DATA_LEDGERS, {}).pop(entry_id, None)
    await (store or LedgerStore(hass, entry_id)).async_remove()


class LedgerStore:
    """The entry's ledger, saved within SAVE_DELAY_S of every change and on shutdown."""

    def __init__(self, hass: HomeAssistant, entry_id: str) -> None:
        """Prepare the store; call async_load before use."""
        self.hass = hass
        self.entry_id = entry_id
        self.ledger = Ledger()
        self._store = _LedgerFile(hass, f"{DOMAIN}.{entry_id}.ledger")
        self._save_deadline: float | None = None

    async def async_load(self) -> None:
        """Load the ledger; a corrupted or too new file is kept aside and reported as a repair issue."""
        try:
            data = await self._store.async_load()
        except LedgerFileTooNew as err:
            LOGGER.error(
                "Cost ledger is from a newer version, starting a new one: %s", err
            )
            await self._keep_copy("newer", err.data)
            async_create_store_too_new(
                self.hass, self.entry_id, err.version, STORAGE_VERSION
            )
            return
        if data is None:
            return
        try:
            self.ledger = Ledger.from_dict(data)
        except LedgerCorrupt as err:
            LOGGER.error("Cost ledger is corrupted, starting a new one: %s", err)
            await self._keep_copy("corrupt", data)
            async_create_store_corrupted(self.hass, self.entry_id, str(err))

    async def _keep_copy(self, suffix: str, data: dict[str, Any]) -> None:
        backup: Store[dict[str, Any]] = Store(
            self.hass,
            STORAGE_VERSION,
            f"{DOMAIN}.{self.entry_id}.ledger.{suffix}",
            private=True,
        )
        await backup.async_save(data)

    async def async_remove(self) -> None:
        """Delete the stored ledger."""
        await self._store.async_remove()

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
        """Reserve budget for a cloud request (saved, so a crash still counts it); raises BudgetExceeded."""
        reservation = self.ledger.reserve(backend, estimate_usd, self.now, self.tz)
        if estimate_usd:
            self._schedule_save()
        return reservation

    def release(self, reservation: Reservation) -> None:
        """The request failed; free its reservation."""
        self.ledger.release(reservation)
        if reservation.estimate_usd:
            self._schedule_save()

    @callback
    def settle(self, reservation: Reservation, entry: LedgerEntry) -> None:
        """Record a finished request, then save, notify entities and fire threshold events."""
        crossings = self.ledger.settle(reservation, entry)
        self._changed()
        for crossing in crossings:
            self._announce(crossing)

    @callback
    def count_escalation(self, reason: str) -> None:
        """Count an escalated turn (the escalation sensor)."""
        self.ledger.count_escalation(reason)
        self._changed()

    @callback
    def set_cap(self, scope: str, usd: float) -> None:
        """Change a monthly cap (from a number entity)."""
        self.ledger.set_cap(scope, usd)
        self._changed()
        self.update_exhausted_issues()

    @callback
    def set_reset_day(self, day: int) -> None:
        """Change the day of the month the budgets start over."""
        self.ledger.reset_day = day
        self._changed()
        self.update_exhausted_issues()

    @callback
    def reset_budget(self, scope: str | None) -> None:
        """Start the budget month over for one scope or all."""
        self.ledger.reset_budget(scope, self.now, self.tz)
        self._changed()
        self.update_exhausted_issues()

    @callback
    def async_track_budget_months(self) -> CALLBACK_TYPE:
        """Re-derive the budget issues at every budget-month start; returns the cancel callback."""
        cancel: Callable[[], None] | None = None

        @callback
        def month_started(_now: datetime) -> None:
            nonlocal cancel
            self.update_exhausted_issues()
            async_dispatcher_send(self.hass, signal_ledger_updated(self.entry_id))
            cancel = schedule()

        def schedule() -> Callable[[], None]:
            return async_track_point_in_time(
                self.hass,
                month_started,
                self.ledger.next_budget_period_start(self.now, self.tz),
            )

        cancel = schedule()

        @callback
        def stop() -> None:
            if cancel is not None:
                cancel()

        return stop

    @callback
    def forget_people(self, keep: Iterable[str]) -> None:
        """Keep the spend of people no longer in Home Assistant under the unknown bucket."""
        if self.ledger.forget_people(keep):
            self._changed()

    @callback
    def rename_person(self, old: str, new: str) -> None:
        """A person's entity id changed: their spend follows."""
        self.ledger.rename_person(old, new)
        self._changed()

    async def async_flush(self) -> None:
        """Write now (on unload)."""
        self._save_deadline = None
        await self._store.async_save(self.ledger.to_dict())

    def _changed(self) -> None:
        self._schedule_save()
        async_dispatcher_send(self.hass, signal_ledger_updated(self.entry_id))

    def _schedule_save(self) -> None:
        """Write by a deadline set by the first unsaved change: steady traffic cannot postpone it."""
        now = self.hass.loop.time()
        if self._save_deadline is None or self._save_deadline <= now:
            self._save_deadline = now + SAVE_DELAY_S
        self._store.async_delay_save(self.ledger.to_dict, self._save_deadline - now)

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
        self.update_exhausted_issues()

    @callback
    def update_exhausted_issues(self) -> None:
        """Raise the budget-spent issue of each scope spent this budget month, remove the others."""
        for scope in BUDGET_SCOPES:
            async_update_budget_exhausted(
                self.hass,
                self.entry_id,
                scope,
                self.ledger.cap(scope),
                spent=self.is_exhausted(scope),
            )
