"""Background health checks of every backend, with backoff for the ones that are down."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, replace
from datetime import timedelta

from homeassistant.config_entries import ConfigEntry
from homeassistant.core import HomeAssistant
from homeassistant.helpers.update_coordinator import DataUpdateCoordinator
from homeassistant.util import dt as dt_util
from homeassistant.util.hass_dict import HassKey

from .backends.base import BackendError, ErrorKind, HealthStatus, ServerBackend
from .const import CLOUD_BACKENDS, DOMAIN, LOGGER
from .credentials import without_credentials
from .repairs import async_update_model_missing

CHECK_INTERVAL = timedelta(seconds=30)
MAX_BACKOFF_S = 600.0
# Health keys already logged as down, per entry: kept across setup retries and reloads so each outage logs once.
DATA_LOGGED_DOWN: HassKey[dict[str, set[str]]] = HassKey(f"{DOMAIN}_logged_down")


@dataclass(slots=True)
class _Schedule:
    """When a backend is due for its next check; the delay doubles while it stays down."""

    next_check: float = 0.0
    delay_s: float = CHECK_INTERVAL.total_seconds()


class HealthCoordinator(DataUpdateCoordinator[dict[str, HealthStatus]]):
    """Checks each backend (each local host separately) and keeps the last known status."""

    def __init__(
        self,
        hass: HomeAssistant,
        entry: ConfigEntry,
        targets: dict[str, ServerBackend],
    ) -> None:
        """Check `targets` (health key -> backend) every CHECK_INTERVAL, backing off the failing ones."""
        super().__init__(
            hass,
            LOGGER,
            config_entry=entry,
            name="llm_router health",
            update_interval=CHECK_INTERVAL,
        )
        self.targets = targets
        self._schedules = {key: _Schedule() for key in targets}
        self.auth_failed: set[str] = set()
        self.data = {}

    def status(self, key: str) -> HealthStatus | None:
        """Last known health of a key, None before its first check."""
        return (self.data or {}).get(key)

    def is_healthy(self, key: str) -> bool:
        """Last known health; unknown counts as healthy so a first request is not refused."""
        status = (self.data or {}).get(key)
        return status is None or status.available

    def report_failure(self, key: str, err: BackendError) -> None:
        """A live request failed in a way that says the backend is down: mark it now, recheck soon."""
        self._set_status(key, HealthStatus(available=False, detail=str(err)))
        self._schedules[key].next_check = 0.0
        self.async_update_listeners()

    def report_success(self, key: str) -> None:
        """A live request worked: the backend is up."""
        current = (self.data or {}).get(key)
        if current is None or not current.available:
            self._set_status(key, HealthStatus(available=True))
            self._schedules[key] = _Schedule()
            self.async_update_listeners()

    async def _async_update_data(self) -> dict[str, HealthStatus]:
        now = dt_util.utcnow().timestamp()
        due = [key for key, sched in self._schedules.items() if sched.next_check <= now]
        results = await asyncio.gather(*(self._check(key) for key in due))
        for key, status in zip(due, results, strict=True):
            self._set_status(key, status)
            self._reschedule(key, status, now)
        return dict(self.data)

    async def _check(self, key: str) -> HealthStatus:
        try:
            status = await self.targets[key].check_health()
        except BackendError as err:
            status = HealthStatus(available=False, detail=str(err), error_kind=err.kind)
        if status.error_kind is ErrorKind.AUTH_FAILED:
            self.auth_failed.add(key)
        else:
            self.auth_failed.discard(key)
        return status

    def _reschedule(self, key: str, status: HealthStatus, now: float) -> None:
        schedule = self._schedules[key]
        if status.available:
            schedule.delay_s = CHECK_INTERVAL.total_seconds()
        else:
            schedule.delay_s = min(schedule.delay_s * 2, MAX_BACKOFF_S)
        # Slightly early so the next periodic refresh picks it up.
        schedule.next_check = now + schedule.delay_s - 1

    def _set_status(self, key: str, status: HealthStatus) -> None:
        status = replace(status, detail=without_credentials(status.detail))
        self._log_change(key, status)
        self.data = {**(self.data or {}), key: status}
        if key not in CLOUD_BACKENDS:
            target = self.targets[key]
            async_update_model_missing(
                self.hass,
                self._entry_id,
                key,
                present=status.model_present,
                model=target.model,
                url=str(getattr(target, "base_url", key)),
            )

    def _log_change(self, key: str, status: HealthStatus) -> None:
        """Log once when a backend goes down and once when it is back, across setup retries and reloads."""
        down = self.hass.data.setdefault(DATA_LOGGED_DOWN, {}).setdefault(
            self._entry_id, set()
        )
        name = without_credentials(key)
        if not status.available and key not in down:
            down.add(key)
            LOGGER.warning("Backend %s is unavailable: %s", name, status.detail)
        elif status.available and key in down:
            down.discard(key)
            LOGGER.info("Backend %s is available again", name)

    @property
    def _entry_id(self) -> str:
        return self.config_entry.entry_id if self.config_entry else ""
