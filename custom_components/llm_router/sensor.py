"""Spend, savings, token, request, route and latency sensors, fed by the ledger."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, time, tzinfo
from functools import partial
from typing import Any

from homeassistant.components.sensor import (
    SensorDeviceClass,
    SensorEntity,
    SensorEntityDescription,
    SensorStateClass,
)
from homeassistant.const import UnitOfTime
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from homeassistant.helpers.typing import StateType

from .const import BACKEND_LOCAL, CLOUD_BACKENDS, CURRENCY_USD, ROUTE_BUILTIN
from .entity import DEVICE_ROUTER, LedgerEntity, backend_configured
from .ledger import TOTAL_SCOPE, Ledger, Period
from .models import ROUTE_BACKENDS, LLMRouterConfigEntry

PARALLEL_UPDATES = 0

UNIT_TOKENS = "tokens"
# Route of a request -> the backend that must be configured for it to happen (None: always).
ROUTES: dict[str, str | None] = {
    **{
        route.value: None if backend == BACKEND_LOCAL else backend
        for route, backend in ROUTE_BACKENDS.items()
    },
    ROUTE_BUILTIN: None,
}
USD_DIGITS = 6

type LedgerValue = Callable[[Ledger, datetime, tzinfo], StateType]
type LedgerReset = Callable[[Ledger, datetime, tzinfo], datetime | None]


@dataclass(frozen=True, kw_only=True)
class LedgerSensorDescription(SensorEntityDescription):
    """A ledger sensor: its device, value, period start and attributes."""

    device: str
    value_fn: LedgerValue
    last_reset_fn: LedgerReset | None = None
    attributes_fn: Callable[[Ledger], dict[str, Any]] | None = None
    requires: str | None = None  # backend that must be configured


def _start_of_day(_ledger: Ledger, now: datetime, tz: tzinfo) -> datetime:
    return datetime.combine(now.astimezone(tz).date(), time(), tzinfo=tz)


def _start_of_budget_month(ledger: Ledger, now: datetime, tz: tzinfo) -> datetime:
    return ledger.budget_period_start(now, tz)


PERIOD_RESETS: dict[Period, LedgerReset | None] = {
    Period.TODAY: _start_of_day,
    Period.MONTH: _start_of_budget_month,
    Period.TOTAL: None,
}


def _cost(
    period: Period, backend: str | None, ledger: Ledger, now: datetime, tz: tzinfo
) -> float:
    return round(ledger.totals(period, now, tz, backend).cost_usd, USD_DIGITS)


def _savings(period: Period, ledger: Ledger, now: datetime, tz: tzinfo) -> float:
    return round(ledger.totals(period, now, tz).savings_usd, USD_DIGITS)


def _remaining(scope: str, ledger: Ledger, now: datetime, tz: tzinfo) -> float | None:
    remaining = ledger.budget_remaining(scope, now, tz)
    return None if remaining is None else round(remaining, USD_DIGITS)


def _tokens(backend: str, field: str, ledger: Ledger, now: datetime, tz: tzinfo) -> int:
    totals = ledger.totals(Period.TOTAL, now, tz, backend)
    return int(getattr(totals, field))


def _requests(route: str, ledger: Ledger, _now: datetime, _tz: tzinfo) -> int:
    return ledger.requests_per_route().get(route, 0)


def _latency(backend: str, ledger: Ledger, _now: datetime, _tz: tzinfo) -> float | None:
    latency = ledger.median_latency_ms(backend)
    return None if latency is None else round(latency)


def _last_route(ledger: Ledger, _now: datetime, _tz: tzinfo) -> str | None:
    last = ledger.last_entry
    return last.route if last is not None and last.route in ROUTES else None


def _last_route_attributes(ledger: Ledger) -> dict[str, Any]:
    if (last := ledger.last_entry) is None:
        return {}
    return {
        "reason": last.reason,
        "backend": last.backend,
        "model": last.model,
        "private": last.private,
        "area": last.area,
        "device": last.device,
        "person": last.person,
        "policy": last.policy,
    }


def _money(
    key: str, translation_key: str, device: str, value_fn: LedgerValue, **extra: Any
) -> LedgerSensorDescription:
    """Describe a monetary sensor in USD."""
    return LedgerSensorDescription(
        key=key,
        translation_key=translation_key,
        device=device,
        device_class=SensorDeviceClass.MONETARY,
        native_unit_of_measurement=CURRENCY_USD,
        suggested_display_precision=2,
        value_fn=value_fn,
        **extra,
    )


def _spend_sensors(scope: str) -> Iterator[LedgerSensorDescription]:
    """Spend today, this budget month and in total, and the budget left, of a cloud backend or (total) of all."""
    backend = None if scope == TOTAL_SCOPE else scope
    device = backend or DEVICE_ROUTER
    for period in Period:
        yield _money(
            f"spend_{period}_{scope}",
            f"spend_{period}",
            device,
            partial(_cost, period, backend),
            state_class=SensorStateClass.TOTAL,
            last_reset_fn=PERIOD_RESETS[period],
            requires=backend,
        )
    yield _money(
        f"budget_remaining_{scope}",
        "budget_remaining",
        device,
        partial(_remaining, scope),
        requires=backend,
    )


def _savings_sensors() -> Iterator[LedgerSensorDescription]:
    """Describe what routing saved compared with sending everything to the cloud."""
    for period in (Period.MONTH, Period.TOTAL):
        yield _money(
            f"savings_{period}",
            f"savings_{period}",
            DEVICE_ROUTER,
            partial(_savings, period),
            state_class=SensorStateClass.TOTAL,
            last_reset_fn=PERIOD_RESETS[period],
        )


def _backend_sensors(backend: str) -> Iterator[LedgerSensorDescription]:
    """Tokens (disabled by default) and median latency of a backend."""
    requires = None if backend == BACKEND_LOCAL else backend
    for direction in ("input", "output"):
        yield LedgerSensorDescription(
            key=f"{direction}_tokens_{backend}",
            translation_key=f"{direction}_tokens",
            device=backend,
            native_unit_of_measurement=UNIT_TOKENS,
            state_class=SensorStateClass.TOTAL_INCREASING,
            value_fn=partial(_tokens, backend, f"{direction}_tokens"),
            requires=requires,
            # Rarely looked at (spend and latency say more); enable them in the entity settings.
            entity_registry_enabled_default=False,
        )
    yield LedgerSensorDescription(
        key=f"median_latency_{backend}",
        translation_key="median_latency",
        device=backend,
        device_class=SensorDeviceClass.DURATION,
        native_unit_of_measurement=UnitOfTime.MILLISECONDS,
        state_class=SensorStateClass.MEASUREMENT,
        suggested_display_precision=0,
        value_fn=partial(_latency, backend),
        requires=requires,
    )


def _route_sensors() -> Iterator[LedgerSensorDescription]:
    """Describe the requests per route and the route of the last request."""
    for route, requires in ROUTES.items():
        yield LedgerSensorDescription(
            key=f"requests_{route}",
            translation_key=f"requests_{route}",
            device=DEVICE_ROUTER,
            state_class=SensorStateClass.TOTAL_INCREASING,
            value_fn=partial(_requests, route),
            requires=requires,
        )
    yield LedgerSensorDescription(
        key="last_route",
        translation_key="last_route",
        device=DEVICE_ROUTER,
        device_class=SensorDeviceClass.ENUM,
        options=list(ROUTES),
        value_fn=_last_route,
        attributes_fn=_last_route_attributes,
    )


SENSORS: tuple[LedgerSensorDescription, ...] = (
    *(
        sensor
        for scope in (*CLOUD_BACKENDS, TOTAL_SCOPE)
        for sensor in _spend_sensors(scope)
    ),
    *_savings_sensors(),
    *(
        sensor
        for backend in (BACKEND_LOCAL, *CLOUD_BACKENDS)
        for sensor in _backend_sensors(backend)
    ),
    *_route_sensors(),
)


async def async_setup_entry(
    hass: HomeAssistant,
    entry: LLMRouterConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the ledger sensors of the configured backends."""
    async_add_entities(
        LedgerSensor(entry, description)
        for description in SENSORS
        if backend_configured(entry, description.requires)
    )


class LedgerSensor(LedgerEntity, SensorEntity):
    """A value computed from the ledger."""

    entity_description: LedgerSensorDescription

    def __init__(
        self, entry: LLMRouterConfigEntry, description: LedgerSensorDescription
    ) -> None:
        """Create the sensor of a description."""
        super().__init__(entry, description.device, description.key)
        self.entity_description = description

    @property
    def native_value(self) -> StateType:
        """Current value from the ledger."""
        store = self.runtime.ledger
        return self.entity_description.value_fn(store.ledger, store.now, store.tz)

    @property
    def last_reset(self) -> datetime | None:
        """Start of the current day or budget month, for period sensors."""
        if (reset_fn := self.entity_description.last_reset_fn) is None:
            return None
        store = self.runtime.ledger
        return reset_fn(store.ledger, store.now, store.tz)

    @property
    def extra_state_attributes(self) -> dict[str, Any] | None:
        """Details of the last request, for the last-route sensor."""
        if (attributes_fn := self.entity_description.attributes_fn) is None:
            return None
        return attributes_fn(self.runtime.ledger.ledger)
