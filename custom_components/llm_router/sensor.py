"""Spend, savings, token, request, route and latency sensors, fed by the ledger."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, time, tzinfo
from functools import partial
from typing import Any

from homeassistant.components.sensor import (
    SensorDeviceClass,
    SensorEntity,
    SensorEntityDescription,
    SensorStateClass,
)
from homeassistant.const import Platform, UnitOfTime
from homeassistant.core import Event, HomeAssistant, callback
from homeassistant.helpers import entity_registry as er
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from homeassistant.helpers.typing import StateType

from .const import BACKEND_LOCAL, CLOUD_BACKENDS, DOMAIN, ROUTE_BUILTIN
from .entity import DEVICE_ROUTER, LedgerEntity, backend_configured
from .ledger import TOTAL_SCOPE, UNKNOWN_PERSON, Ledger, Period, Totals
from .models import ROUTE_BACKENDS, LLMRouterConfigEntry
from .money import usd_rate

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
PERSON_DOMAIN = "person"


@dataclass(frozen=True, slots=True)
class Money:
    """An amount in USD (as the ledger keeps it) and in the home currency, with details for the attributes."""

    usd: float
    home: float
    details: dict[str, float] = field(default_factory=dict)  # in the home currency
    converted_now: bool = (
        False  # at today's rate (else each booking at the rate of its time)
    )


type LedgerValue = Callable[[Ledger, datetime, tzinfo], StateType]
type MoneyValue = Callable[[Ledger, datetime, tzinfo, float], Money | None]
type LedgerReset = Callable[[Ledger, datetime, tzinfo], datetime | None]


@dataclass(frozen=True, kw_only=True)
class LedgerSensorDescription(SensorEntityDescription):
    """A ledger sensor: its device, value (or amount of money), period start and attributes."""

    device: str
    value_fn: LedgerValue | None = None
    # Money in the home currency: sums convert each booking at its own rate, a budget at today's rate.
    money_fn: MoneyValue | None = None
    last_reset_fn: LedgerReset | None = None
    attributes_fn: Callable[[Ledger], dict[str, Any]] | None = None
    requires: str | None = None  # backend that must be configured
    name_placeholders: dict[str, str] | None = None


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
    period: Period,
    backend: str | None,
    ledger: Ledger,
    now: datetime,
    tz: tzinfo,
    _rate: float,
) -> Money:
    totals = ledger.totals(period, now, tz, backend)
    return Money(totals.cost_usd, totals.cost_home)


def _person_spend(
    person: str, ledger: Ledger, now: datetime, tz: tzinfo, rate: float
) -> Money:
    spent = ledger.person_spend(person, now, tz)
    return Money(spent, spent * rate, converted_now=True)


def _savings(
    period: Period, ledger: Ledger, now: datetime, tz: tzinfo, _rate: float
) -> Money:
    totals: Totals = ledger.totals(period, now, tz)
    details = {
        "all_cloud_reference": totals.all_cloud_cost_home,
        "cloud_spend": totals.cost_home,
        "local_energy": totals.energy_home,
    }
    return Money(totals.savings_usd, totals.savings_home, details)


def _remaining(
    scope: str, ledger: Ledger, now: datetime, tz: tzinfo, rate: float
) -> Money | None:
    remaining = ledger.budget_remaining(scope, now, tz)
    return (
        None
        if remaining is None
        else Money(remaining, remaining * rate, converted_now=True)
    )


def _tokens(backend: str, field: str, ledger: Ledger, now: datetime, tz: tzinfo) -> int:
    totals = ledger.totals(Period.TOTAL, now, tz, backend)
    return int(getattr(totals, field))


def _requests(route: str, ledger: Ledger, _now: datetime, _tz: tzinfo) -> int:
    return ledger.requests_per_route().get(route, 0)


def _escalations(ledger: Ledger, _now: datetime, _tz: tzinfo) -> int:
    return sum(ledger.escalations().values())


def _escalation_attributes(ledger: Ledger) -> dict[str, Any]:
    return {"reasons": ledger.escalations()}


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
    key: str, translation_key: str, device: str, money_fn: MoneyValue, **extra: Any
) -> LedgerSensorDescription:
    """Describe a monetary sensor (in the home currency)."""
    return LedgerSensorDescription(
        key=key,
        translation_key=translation_key,
        device=device,
        device_class=SensorDeviceClass.MONETARY,
        suggested_display_precision=2,
        money_fn=money_fn,
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


def _router_sensor(
    key: str, value_fn: LedgerValue, **extra: Any
) -> LedgerSensorDescription:
    """Describe a sensor of the router device (its key is also its translation key)."""
    return LedgerSensorDescription(
        key=key, translation_key=key, device=DEVICE_ROUTER, value_fn=value_fn, **extra
    )


def _route_sensors() -> Iterator[LedgerSensorDescription]:
    """Describe the requests per route, the escalations and the route of the last request."""
    for route, requires in ROUTES.items():
        yield _router_sensor(
            f"requests_{route}",
            partial(_requests, route),
            state_class=SensorStateClass.TOTAL_INCREASING,
            requires=requires,
        )
    yield _router_sensor(
        "escalations",
        _escalations,
        state_class=SensorStateClass.TOTAL_INCREASING,
        attributes_fn=_escalation_attributes,
    )
    yield _router_sensor(
        "last_route",
        _last_route,
        device_class=SensorDeviceClass.ENUM,
        options=list(ROUTES),
        attributes_fn=_last_route_attributes,
    )


def _person_sensor(person: str, name: str | None) -> LedgerSensorDescription:
    """Cloud spend this budget month of a person, or (UNKNOWN_PERSON) of people no longer in Home Assistant."""
    return _money(
        f"spend_month_{person}",
        "person_spend" if name is not None else "person_spend_unknown",
        DEVICE_ROUTER,
        partial(_person_spend, person),
        state_class=SensorStateClass.TOTAL,
        last_reset_fn=_start_of_budget_month,
        name_placeholders=None if name is None else {"person": name},
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
    """Add the ledger sensors of the configured backends, and one spend sensor per person."""
    async_add_entities(
        LedgerSensor(entry, description)
        for description in SENSORS
        if backend_configured(entry, description.requires)
    )
    _async_track_people(hass, entry, async_add_entities)


def _people(registry: er.EntityRegistry) -> dict[str, str]:
    """Person entity id -> name, of everyone Home Assistant knows."""
    return {
        person.entity_id: person.name or person.original_name or person.entity_id
        for person in registry.entities.values()
        if person.domain == PERSON_DOMAIN
    }


@callback
def _async_track_people(
    hass: HomeAssistant,
    entry: LLMRouterConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """A spend sensor per person, added and removed with them; a removed person's spend goes to unknown."""
    registry = er.async_get(hass)
    ledger = entry.runtime_data.ledger

    def sensors(people: dict[str, str | None]) -> list[LedgerSensor]:
        return [
            LedgerSensor(entry, _person_sensor(person, name))
            for person, name in people.items()
        ]

    people = _people(registry)
    ledger.forget_people(people)
    async_add_entities(sensors({**people, UNKNOWN_PERSON: None}))

    @callback
    def person_changed(event: Event[er.EventEntityRegistryUpdatedData]) -> None:
        data = event.data
        action, person = data["action"], data["entity_id"]
        old = data.get("old_entity_id") if data["action"] == "update" else None
        if action == "update" and old is None:
            return  # not a new entity id
        if action != "create":
            remove_sensor(old or person)
            if old is not None:
                ledger.rename_person(old, person)
            else:
                ledger.forget_people(_people(registry))
        if action != "remove":
            async_add_entities(sensors({person: _people(registry)[person]}))

    @callback
    def remove_sensor(person: str) -> None:
        if sensor := registry.async_get_entity_id(
            Platform.SENSOR, DOMAIN, f"{entry.entry_id}_spend_month_{person}"
        ):
            registry.async_remove(sensor)

    entry.async_on_unload(
        hass.bus.async_listen(
            er.EVENT_ENTITY_REGISTRY_UPDATED,
            person_changed,
            event_filter=_is_person_event,
        )
    )


@callback
def _is_person_event(data: er.EventEntityRegistryUpdatedData) -> bool:
    return data["entity_id"].startswith(f"{PERSON_DOMAIN}.")


class LedgerSensor(LedgerEntity, SensorEntity):
    """A value computed from the ledger."""

    entity_description: LedgerSensorDescription

    def __init__(
        self, entry: LLMRouterConfigEntry, description: LedgerSensorDescription
    ) -> None:
        """Create the sensor of a description."""
        super().__init__(entry, description.device, description.key)
        self.entity_description = description
        if description.name_placeholders is not None:
            self._attr_translation_placeholders = description.name_placeholders

    @property
    def native_value(self) -> StateType:
        """Current value from the ledger (money in the home currency)."""
        store = self.runtime.ledger
        if self.entity_description.money_fn is not None:
            money = self._money()
            return None if money is None else round(money.home, USD_DIGITS)
        assert self.entity_description.value_fn is not None
        return self.entity_description.value_fn(store.ledger, store.now, store.tz)

    @property
    def native_unit_of_measurement(self) -> str | None:
        """The home currency for money, else the description's unit."""
        if self.entity_description.money_fn is not None:
            return self.hass.config.currency
        return self.entity_description.native_unit_of_measurement

    def _money(self) -> Money | None:
        assert self.entity_description.money_fn is not None
        store = self.runtime.ledger
        rate = usd_rate(self.hass, self.runtime.settings).per_usd
        return self.entity_description.money_fn(store.ledger, store.now, store.tz, rate)

    @property
    def last_reset(self) -> datetime | None:
        """Start of the current day or budget month, for period sensors."""
        if (reset_fn := self.entity_description.last_reset_fn) is None:
            return None
        store = self.runtime.ledger
        return reset_fn(store.ledger, store.now, store.tz)

    @property
    def extra_state_attributes(self) -> dict[str, Any] | None:
        """Details of the last request (last-route sensor), the escalation reasons (escalation sensor); for money its USD amount and the rate used."""
        if self.entity_description.money_fn is not None:
            return self._money_attributes()
        if (attributes_fn := self.entity_description.attributes_fn) is None:
            return None
        return attributes_fn(self.runtime.ledger.ledger)

    def _money_attributes(self) -> dict[str, Any]:
        rate = usd_rate(self.hass, self.runtime.settings)
        attributes: dict[str, Any] = {
            "usd_rate": rate.per_usd,
            "usd_rate_source": rate.source,
        }
        if (money := self._money()) is not None:
            attributes["usd_rate_applies_to"] = (
                "this amount" if money.converted_now else "new bookings"
            )
            attributes["usd"] = round(money.usd, USD_DIGITS)
            attributes.update(
                {key: round(value, USD_DIGITS) for key, value in money.details.items()}
            )
        return attributes
