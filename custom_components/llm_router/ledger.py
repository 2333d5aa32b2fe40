"""The ledger: costs, tokens, savings and budget caps of every routed request.

Pure Python (no Home Assistant imports). The integration persists it through to_dict()/from_dict()
and calls it from the event loop; nothing here awaits, so a budget check and its reservation are atomic.
"""

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import astuple, dataclass, fields
from datetime import date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from itertools import count
import math
from statistics import median
from typing import Any, Final

LEDGER_VERSION: Final = 1
LOCAL_BACKEND: Final = "local"
TOTAL_SCOPE: Final = "total"
# Where the spend of people no longer in Home Assistant is kept.
UNKNOWN_PERSON: Final = "unknown"
BUDGET_SCOPES: Final = ("claude", "grok", TOTAL_SCOPE)
THRESHOLD_PERCENTS: Final = (80, 100)
DAY_RETENTION: Final = timedelta(days=400)
RECENT_ENTRIES: Final = 200
LATENCY_WINDOW: Final = 100
# Costs are floats: sums such as 0.1 + 0.2 must still fit a 0.3 cap.
_USD_TOLERANCE: Final = 1e-9
_ONE_DAY: Final = timedelta(days=1)


class Period(StrEnum):
    """A span of time to sum: the local calendar day, the budget month, or all time."""

    TODAY = "today"
    MONTH = "month"
    TOTAL = "total"


class LedgerCorrupt(Exception):
    """Stored ledger data is malformed."""


class BudgetExceeded(Exception):
    """A cloud request would take a scope over its cap."""

    def __init__(self, scope: str, cap: float, spent: float) -> None:
        """Describe the scope; spent is what it has billed plus what is reserved this budget month."""
        super().__init__(
            f"{scope} budget of {cap:.2f} USD would be exceeded ({spent:.2f} USD spent or reserved)"
        )
        self.scope = scope
        self.cap = cap
        self.spent = spent


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    """One routed request as it was billed; all_cloud_cost_usd is its price on the reference cloud model."""

    timestamp: datetime
    route: str
    backend: str
    model: str
    input_tokens: int
    output_tokens: int
    cached_tokens: int
    reasoning_tokens: int
    sources: int
    cost_usd: float
    all_cloud_cost_usd: float
    latency_ms: float
    reason: str
    private: bool
    conversation_id: str | None
    # Where the request came from (ids) and the origin policy that kept it local, when known.
    person: str | None = None
    area: str | None = None
    device: str | None = None
    policy: str | None = None
    energy_usd: float = 0.0  # the local server's electricity for this answer
    usd_rate: float = 1.0  # units of the home currency per USD when it was booked

    def __post_init__(self) -> None:
        """Reject a naive timestamp: its local day would depend on the machine's time zone."""
        _require_aware(self.timestamp)


@dataclass(frozen=True, slots=True)
class Totals:
    """Summed usage of a set of requests; money in USD and in the home currency (each booking at its own rate)."""

    requests: int = 0
    cost_usd: float = 0.0
    all_cloud_cost_usd: float = 0.0
    input_tokens: int = 0
    output_tokens: int = 0
    cached_tokens: int = 0
    reasoning_tokens: int = 0
    energy_usd: float = 0.0
    cost_home: float = 0.0
    all_cloud_cost_home: float = 0.0
    energy_home: float = 0.0

    @classmethod
    def of(cls, entry: LedgerEntry) -> Totals:
        """Return the totals of a single request."""
        rate = entry.usd_rate
        return cls(
            1,
            entry.cost_usd,
            entry.all_cloud_cost_usd,
            entry.input_tokens,
            entry.output_tokens,
            entry.cached_tokens,
            entry.reasoning_tokens,
            entry.energy_usd,
            entry.cost_usd * rate,
            entry.all_cloud_cost_usd * rate,
            entry.energy_usd * rate,
        )

    @property
    def savings_usd(self) -> float:
        """What these requests saved against sending all of them to the reference cloud model, energy paid."""
        return self.all_cloud_cost_usd - self.cost_usd - self.energy_usd

    @property
    def savings_home(self) -> float:
        """The savings in the home currency, each booking at its own rate."""
        return self.all_cloud_cost_home - self.cost_home - self.energy_home

    def __add__(self, other: Totals) -> Totals:
        """Sum two totals field by field."""
        return Totals(
            *(
                mine + theirs
                for mine, theirs in zip(astuple(self), astuple(other), strict=True)
            )
        )


@dataclass(frozen=True, slots=True)
class Reservation:
    """Budget held for one request until it is settled or released."""

    id: int
    backend: str
    estimate_usd: float
    tz: tzinfo
    day: date  # local day it was made: where its estimate is booked if it is never settled


@dataclass(frozen=True, slots=True)
class ThresholdCrossing:
    """A scope's budget-month spend reached percent of its cap for the first time."""

    scope: str
    percent: int
    spent: float
    cap: float


@dataclass(frozen=True, slots=True)
class _ResetMarker:
    """A manual budget reset: its local day and the scope's spend on that day until the reset."""

    day: date
    day_spent: float


@dataclass(slots=True)
class _EmittedThresholds:
    """The threshold percentages a scope has already reported in one budget month."""

    period_start: date
    percents: set[int]


class Ledger:
    """Spend, savings and usage statistics of all requests, and the budget caps on cloud spend."""

    def __init__(self, reset_day: int = 1) -> None:
        """Start an empty ledger whose budget month begins on reset_day at local midnight."""
        self._reset_day = _checked_reset_day(reset_day)
        self._caps: dict[str, float] = {}
        self._totals: dict[str, Totals] = {}
        self._days: dict[date, dict[str, Totals]] = {}
        self._people: dict[date, dict[str, float]] = {}
        self._routes: dict[str, int] = {}
        self._escalations: dict[str, int] = {}
        self._latencies: dict[str, deque[float]] = {}
        self._recent: deque[LedgerEntry] = deque(maxlen=RECENT_ENTRIES)
        self._reservations: dict[int, Reservation] = {}
        self._reservation_ids = count(1)
        self._resets: dict[str, _ResetMarker] = {}
        self._emitted: dict[str, _EmittedThresholds] = {}

    # Recording and statistics

    def record(self, entry: LedgerEntry, tz: tzinfo) -> None:
        """Add a request to all aggregates; tz decides the local day it counts for."""
        day = _local_date(entry.timestamp, tz)
        self._add(entry.backend, day, Totals.of(entry))
        if entry.person is not None and entry.cost_usd:
            spend = self._people.setdefault(day, {})
            spend[entry.person] = spend.get(entry.person, 0.0) + entry.cost_usd
        self._routes[entry.route] = self._routes.get(entry.route, 0) + 1
        self._latencies.setdefault(entry.backend, deque(maxlen=LATENCY_WINDOW)).append(
            entry.latency_ms
        )
        self._recent.append(entry)

    def totals(
        self, period: Period, now: datetime, tz: tzinfo, backend: str | None = None
    ) -> Totals:
        """Usage in a period, of one backend or (None) of all backends together."""
        if period is Period.TOTAL:
            buckets: Iterable[Mapping[str, Totals]] = (self._totals,)
        else:
            buckets = self._days_between(
                *self._period_days(period, _local_date(now, tz))
            )
        return _sum_totals(buckets, lambda name: backend is None or name == backend)

    def person_spend(self, person: str, now: datetime, tz: tzinfo) -> float:
        """What a person's requests cost this budget month."""
        start, end = self._period_days(Period.MONTH, _local_date(now, tz))
        return sum(
            spend.get(person, 0.0)
            for day, spend in self._people.items()
            if start <= day < end
        )

    def forget_people(self, keep: Iterable[str]) -> bool:
        """Move the spend of everyone not in `keep` to the unknown bucket; return whether anything moved."""
        kept = {*keep, UNKNOWN_PERSON}
        gone = {person for spend in self._people.values() for person in spend} - kept
        for person in gone:
            self.rename_person(person, UNKNOWN_PERSON)
        return bool(gone)

    def rename_person(self, old: str, new: str) -> None:
        """Book the spend of `old` under `new` (a renamed person, or unknown)."""
        for spend in self._people.values():
            if old in spend:
                spend[new] = spend.get(new, 0.0) + spend.pop(old)

    def requests_per_route(self) -> dict[str, int]:
        """Return the number of requests per route, all time."""
        return dict(self._routes)

    def count_escalation(self, reason: str) -> None:
        """Count a turn a better route answered because the local answer failed its check (reason: why)."""
        self._escalations[reason] = self._escalations.get(reason, 0) + 1

    def escalations(self) -> dict[str, int]:
        """Return the number of escalated turns per reason, all time."""
        return dict(self._escalations)

    @property
    def last_entry(self) -> LedgerEntry | None:
        """The most recently recorded request."""
        return self._recent[-1] if self._recent else None

    def median_latency_ms(self, backend: str) -> float | None:
        """Median latency of the backend's most recent LATENCY_WINDOW requests, None before its first."""
        window = self._latencies.get(backend)
        return median(window) if window else None

    # Budgets

    @property
    def reset_day(self) -> int:
        """Day of the month (1..28) on which the budget month starts at local midnight."""
        return self._reset_day

    @reset_day.setter
    def reset_day(self, day: int) -> None:
        self._reset_day = _checked_reset_day(day)

    def set_cap(self, scope: str, usd: float | None) -> None:
        """Cap a scope's spend per budget month in USD; 0 forbids cloud spend, None removes the cap."""
        _check_scope(scope)
        if usd is None:
            self._caps.pop(scope, None)
        elif math.isfinite(usd) and usd >= 0:
            self._caps[scope] = usd
        else:
            raise ValueError(f"cap must be a finite amount >= 0, got {usd}")

    def cap(self, scope: str) -> float | None:
        """Return the scope's cap in USD per budget month, None when uncapped."""
        _check_scope(scope)
        return self._caps.get(scope)

    def budget_period_start(self, now: datetime, tz: tzinfo) -> datetime:
        """Local midnight at which the current budget month began."""
        return datetime.combine(
            self._budget_month_start(_local_date(now, tz)), time(), tzinfo=tz
        )

    def budget_spent(self, scope: str, now: datetime, tz: tzinfo) -> float:
        """Spend that counts against the scope's cap: this budget month, since the last manual reset."""
        _check_scope(scope)
        start, end = self._period_days(Period.MONTH, _local_date(now, tz))
        counted_before_reset = 0.0
        marker = self._resets.get(scope)
        if marker is not None and start <= marker.day < end:
            start, counted_before_reset = marker.day, marker.day_spent
        return max(0.0, self._scope_cost(scope, start, end) - counted_before_reset)

    def budget_remaining(self, scope: str, now: datetime, tz: tzinfo) -> float | None:
        """Return what the scope may still spend this budget month, None when uncapped."""
        cap = self.cap(scope)
        return (
            None if cap is None else max(0.0, cap - self.budget_spent(scope, now, tz))
        )

    def is_exhausted(self, scope: str, now: datetime, tz: tzinfo) -> bool:
        """Whether the scope has spent its whole cap this budget month (always, for a cap of 0)."""
        cap = self.cap(scope)
        return (
            cap is not None
            and self.budget_spent(scope, now, tz) >= cap - _USD_TOLERANCE
        )

    def reserve(
        self, backend: str, estimate_usd: float, now: datetime, tz: tzinfo
    ) -> Reservation:
        """Hold estimate_usd against the backend's cap and the total cap, or raise BudgetExceeded."""
        scopes = _scopes_of(backend)
        for scope in scopes:
            self._check_room(scope, estimate_usd, now, tz)
        reservation = Reservation(
            next(self._reservation_ids),
            backend,
            estimate_usd,
            tz,
            _local_date(now, tz),
        )
        if scopes:
            self._reservations[reservation.id] = reservation
        return reservation

    def settle(
        self, reservation: Reservation, entry: LedgerEntry
    ) -> list[ThresholdCrossing]:
        """Record the request at its actual cost in place of the estimate; return thresholds newly crossed."""
        self.release(reservation)
        self.record(entry, reservation.tz)
        return [
            crossing
            for scope in _scopes_of(entry.backend)
            for crossing in self._new_crossings(scope, entry.timestamp, reservation.tz)
        ]

    def release(self, reservation: Reservation) -> None:
        """Give back the budget of a request that failed (nothing was billed)."""
        self._reservations.pop(reservation.id, None)

    def next_budget_period_start(self, now: datetime, tz: tzinfo) -> datetime:
        """Local midnight at which the next budget month begins."""
        start = self._budget_month_start(_local_date(now, tz))
        return datetime.combine(_shift_months(start, 1), time(), tzinfo=tz)

    def reset_budget(self, scope: str | None, now: datetime, tz: tzinfo) -> None:
        """Count the scope's (None: every scope's) budget-month spend from zero from now on, and re-arm its thresholds."""
        today = _local_date(now, tz)
        for name in BUDGET_SCOPES if scope is None else (scope,):
            _check_scope(name)
            self._resets[name] = _ResetMarker(
                today, self._scope_cost(name, today, today + _ONE_DAY)
            )
            self._emitted.pop(name, None)

    # Persistence

    def to_dict(self) -> dict[str, Any]:
        """Return the persistent state as JSON-serialisable data.

        Reservations in flight are kept as unsettled spend: after a crash they are booked at their estimate,
        so a cap still holds for requests that may have been billed.
        """
        return {
            "version": LEDGER_VERSION,
            "reset_day": self._reset_day,
            "caps": dict(self._caps),
            "totals": _backend_totals_to_json(self._totals),
            "days": {
                day.isoformat(): _backend_totals_to_json(buckets)
                for day, buckets in self._days.items()
            },
            "people": {
                day.isoformat(): dict(spend) for day, spend in self._people.items()
            },
            "routes": dict(self._routes),
            "escalations": dict(self._escalations),
            "latencies_ms": {
                backend: list(window) for backend, window in self._latencies.items()
            },
            "recent": [_entry_to_json(entry) for entry in self._recent],
            "resets": {
                scope: {"day": marker.day.isoformat(), "day_spent": marker.day_spent}
                for scope, marker in self._resets.items()
            },
            "thresholds": {
                scope: {
                    "period_start": emitted.period_start.isoformat(),
                    "percents": sorted(emitted.percents),
                }
                for scope, emitted in self._emitted.items()
            },
            "unsettled": [
                {
                    "backend": held.backend,
                    "estimate_usd": held.estimate_usd,
                    "day": held.day.isoformat(),
                }
                for held in self._reservations.values()
            ],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Ledger:
        """Rebuild a ledger from to_dict() data; raise LedgerCorrupt when it is malformed."""
        ledger = cls()
        try:
            ledger._load(_as_object(data))
        except (KeyError, TypeError, ValueError) as err:
            raise LedgerCorrupt(f"malformed ledger data: {err!r}") from err
        return ledger

    def _load(self, data: Mapping[str, Any]) -> None:
        """Replace this (empty) ledger's state with the stored one."""
        if data["version"] != LEDGER_VERSION:
            raise LedgerCorrupt(f"unsupported ledger version {data['version']!r}")
        self.reset_day = _as_int(data["reset_day"])
        for scope, usd in _parse_mapping(data["caps"], str, _as_float).items():
            self.set_cap(scope, usd)
        self._totals = _parse_backend_totals(data["totals"])
        self._days = _parse_mapping(
            data["days"], date.fromisoformat, _parse_backend_totals
        )
        self._people = _parse_mapping(
            data.get("people", {}), date.fromisoformat, _parse_person_spend
        )
        self._routes = _parse_mapping(data["routes"], str, _as_int)
        # Ledgers saved before escalation existed have no counts.
        self._escalations = _parse_mapping(data.get("escalations", {}), str, _as_int)
        self._latencies = _parse_mapping(
            data["latencies_ms"], str, _parse_latency_window
        )
        self._recent.extend(
            _entry_from_json(entry) for entry in _as_list(data["recent"])
        )
        self._resets = _parse_mapping(
            data["resets"], _checked_scope, _parse_reset_marker
        )
        self._emitted = _parse_mapping(
            data["thresholds"], _checked_scope, _parse_emitted_thresholds
        )
        for held in _as_list(data.get("unsettled", [])):
            self._book_unsettled(_as_object(held))

    def _book_unsettled(self, held: Mapping[str, Any]) -> None:
        """Count a request that was in flight when the ledger was last written at its estimate."""
        usd = _as_float(held["estimate_usd"])
        self._add(
            _as_str(held["backend"]),
            date.fromisoformat(_as_str(held["day"])),
            Totals(requests=1, cost_usd=usd, all_cloud_cost_usd=usd),
        )

    def _add(self, backend: str, day: date, addition: Totals) -> None:
        """Add to a backend's all-time and daily totals."""
        for buckets in (self._totals, self._day_buckets(day)):
            buckets[backend] = buckets.get(backend, Totals()) + addition

    # Internals

    def _day_buckets(self, day: date) -> dict[str, Totals]:
        """Return a local day's per-backend buckets, created (pruning days past retention) on first use."""
        if day not in self._days:
            oldest_kept = day - DAY_RETENTION
            for stale in [known for known in self._days if known < oldest_kept]:
                del self._days[stale]
                self._people.pop(stale, None)
            self._days[day] = {}
        return self._days[day]

    def _days_between(self, start: date, end: date) -> Iterator[Mapping[str, Totals]]:
        """Yield the day buckets from start up to (excluding) end."""
        day = start
        while day < end:
            yield self._days.get(day, {})
            day += _ONE_DAY

    def _period_days(self, period: Period, today: date) -> tuple[date, date]:
        """First day and the day after the last of the day or budget month that contains today."""
        if period is Period.TODAY:
            return today, today + _ONE_DAY
        start = self._budget_month_start(today)
        return start, _shift_months(start, 1)

    def _budget_month_start(self, today: date) -> date:
        """First local day of the budget month that contains today."""
        start = today.replace(day=self._reset_day)
        return start if start <= today else _shift_months(start, -1)

    def _scope_cost(self, scope: str, start: date, end: date) -> float:
        """Return what the scope's backends cost from start up to (excluding) end."""
        return _sum_totals(
            self._days_between(start, end), lambda backend: _in_scope(scope, backend)
        ).cost_usd

    def _reserved(self, scope: str) -> float:
        """Return the sum of the estimates of the scope's requests in flight."""
        return sum(
            held.estimate_usd
            for held in self._reservations.values()
            if _in_scope(scope, held.backend)
        )

    def _check_room(
        self, scope: str, estimate_usd: float, now: datetime, tz: tzinfo
    ) -> None:
        """Raise BudgetExceeded unless the scope's cap has room for estimate_usd beside spend and reservations."""
        cap = self._caps.get(scope)
        if cap is None:
            return
        committed = self.budget_spent(scope, now, tz) + self._reserved(scope)
        if (
            committed >= cap - _USD_TOLERANCE
            or committed + estimate_usd > cap + _USD_TOLERANCE
        ):
            raise BudgetExceeded(scope, cap, committed)

    def _new_crossings(
        self, scope: str, now: datetime, tz: tzinfo
    ) -> list[ThresholdCrossing]:
        """Return the scope's thresholds reached but not yet reported this budget month, and mark them reported."""
        cap = self._caps.get(scope)
        if not cap:  # uncapped, or 0 where no percentage exists
            return []
        spent = self.budget_spent(scope, now, tz)
        period_start = self._budget_month_start(_local_date(now, tz))
        emitted = self._emitted.get(scope)
        if emitted is None or emitted.period_start != period_start:
            emitted = self._emitted[scope] = _EmittedThresholds(period_start, set())
        reached = [
            percent
            for percent in THRESHOLD_PERCENTS
            if percent not in emitted.percents
            and spent >= cap * percent / 100 - _USD_TOLERANCE
        ]
        emitted.percents.update(reached)
        return [ThresholdCrossing(scope, percent, spent, cap) for percent in reached]


def _require_aware(moment: datetime) -> None:
    """Raise ValueError for a naive datetime."""
    if moment.utcoffset() is None:
        raise ValueError(f"datetime must be timezone-aware, got {moment!r}")


def _local_date(moment: datetime, tz: tzinfo) -> date:
    """Return the calendar date of an aware moment in tz."""
    _require_aware(moment)
    return moment.astimezone(tz).date()


def _shift_months(day: date, months: int) -> date:
    """Return the same day of the month, months later (day must exist in every month, as reset days do)."""
    month_index = day.year * 12 + day.month - 1 + months
    return day.replace(year=month_index // 12, month=month_index % 12 + 1)


def _checked_reset_day(day: int) -> int:
    """Return day if it exists in every month, else raise ValueError."""
    if not 1 <= day <= 28:
        raise ValueError(f"reset day must be 1..28, got {day}")
    return day


def _check_scope(scope: str) -> None:
    """Raise ValueError for an unknown budget scope."""
    if scope not in BUDGET_SCOPES:
        raise ValueError(
            f"unknown budget scope {scope!r}; expected one of {BUDGET_SCOPES}"
        )


def _in_scope(scope: str, backend: str) -> bool:
    """Whether the backend's spend counts against the scope (local spend never does)."""
    return backend != LOCAL_BACKEND and scope in (backend, TOTAL_SCOPE)


def _scopes_of(backend: str) -> tuple[str, ...]:
    """Return the budget scopes the backend's spend counts against."""
    return tuple(scope for scope in BUDGET_SCOPES if _in_scope(scope, backend))


def _sum_totals(
    buckets: Iterable[Mapping[str, Totals]], include: Callable[[str], bool]
) -> Totals:
    """Sum the totals of the included backends over all buckets."""
    return sum(
        (
            totals
            for bucket in buckets
            for backend, totals in bucket.items()
            if include(backend)
        ),
        Totals(),
    )


# Serialisation helpers: every parser raises LedgerCorrupt, KeyError, TypeError or ValueError.


def _expect[T](value: object, kind: type[T], what: str) -> T:
    """Return value if it is of kind (a bool is not a number here), else raise LedgerCorrupt."""
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise LedgerCorrupt(f"expected {what}, got {value!r}")
    return value


def _as_int(value: object) -> int:
    """Parse an integer."""
    return _expect(value, int, "an integer")


def _as_str(value: object) -> str:
    """Parse a string."""
    return _expect(value, str, "a string")


def _as_list(value: object) -> list[Any]:
    """Parse a list."""
    return _expect(value, list, "a list")


def _as_object(value: object) -> dict[Any, Any]:
    """Parse a JSON object."""
    return _expect(value, dict, "an object")


def _as_float(value: object) -> float:
    """Parse a finite number."""
    number = float(value if isinstance(value, float) else _as_int(value))
    if not math.isfinite(number):
        raise LedgerCorrupt(f"expected a finite number, got {value!r}")
    return number


def _checked_scope(value: str) -> str:
    """Parse a budget scope name."""
    _check_scope(value)
    return value


def _parse_mapping[K, V](
    data: object, parse_key: Callable[[str], K], parse_value: Callable[[Any], V]
) -> dict[K, V]:
    """Parse a JSON object with string keys, key by key and value by value."""
    return {
        parse_key(_as_str(key)): parse_value(value)
        for key, value in _as_object(data).items()
    }


def _backend_totals_to_json(buckets: Mapping[str, Totals]) -> dict[str, list[float]]:
    """Serialise per-backend totals compactly, as lists in field order."""
    return {backend: list(astuple(totals)) for backend, totals in buckets.items()}


def _parse_totals(data: object) -> Totals:
    """Parse one Totals list; one stored before energy and currency counts no energy and 1 unit per USD."""
    requests, cost, all_cloud_cost, *rest = _as_list(data)
    tokens, money = rest[:4], rest[4:]
    if len(tokens) != 4 or len(money) not in (0, 4):
        raise LedgerCorrupt(f"expected 7 or 11 totals, got {data!r}")
    usd = (_as_float(cost), _as_float(all_cloud_cost))
    amounts = [_as_float(value) for value in money] or [0.0, *usd, 0.0]
    return Totals(_as_int(requests), *usd, *map(_as_int, tokens), *amounts)


def _parse_backend_totals(data: object) -> dict[str, Totals]:
    """Parse per-backend totals."""
    return _parse_mapping(data, str, _parse_totals)


def _parse_person_spend(data: object) -> dict[str, float]:
    """Parse a day's spend per person."""
    return _parse_mapping(data, str, _as_float)


def _parse_latency_window(data: object) -> deque[float]:
    """Parse a backend's recent latencies."""
    return deque(map(_as_float, _as_list(data)), maxlen=LATENCY_WINDOW)


def _parse_reset_marker(data: object) -> _ResetMarker:
    """Parse a manual reset marker."""
    marker = _as_object(data)
    return _ResetMarker(
        date.fromisoformat(_as_str(marker["day"])), _as_float(marker["day_spent"])
    )


def _parse_emitted_thresholds(data: object) -> _EmittedThresholds:
    """Parse the thresholds a scope has reported in a budget month."""
    emitted = _as_object(data)
    percents = set(map(_as_int, _as_list(emitted["percents"])))
    if not percents <= set(THRESHOLD_PERCENTS):
        raise LedgerCorrupt(f"unknown threshold percentages {sorted(percents)}")
    return _EmittedThresholds(
        date.fromisoformat(_as_str(emitted["period_start"])), percents
    )


def _entry_to_json(entry: LedgerEntry) -> dict[str, Any]:
    """Serialise an entry."""
    return {field.name: getattr(entry, field.name) for field in fields(entry)} | {
        "timestamp": entry.timestamp.isoformat()
    }


def _as_optional_str(value: object) -> str | None:
    """Parse a string or null."""
    return None if value is None else _as_str(value)


_ENTRY_FIELD_PARSERS: Final[dict[str, Callable[[Any], Any]]] = {
    "timestamp": lambda value: datetime.fromisoformat(_as_str(value)),
    **dict.fromkeys(("route", "backend", "model", "reason"), _as_str),
    **dict.fromkeys(
        (
            "input_tokens",
            "output_tokens",
            "cached_tokens",
            "reasoning_tokens",
            "sources",
        ),
        _as_int,
    ),
    **dict.fromkeys(("cost_usd", "all_cloud_cost_usd", "latency_ms"), _as_float),
    "private": lambda value: _expect(value, bool, "a boolean"),
    "conversation_id": _as_optional_str,
}
# Fields added later: entries stored before them lack them (None, or the field's default).
_OPTIONAL_ENTRY_FIELDS: Final = ("person", "area", "device", "policy")
_OPTIONAL_NUMBER_FIELDS: Final = ("energy_usd", "usd_rate")


def _entry_from_json(data: object) -> LedgerEntry:
    """Parse an entry, field by field."""
    entry = _as_object(data)
    fields_: dict[str, Any] = {
        name: parse(entry[name]) for name, parse in _ENTRY_FIELD_PARSERS.items()
    }
    for name in _OPTIONAL_ENTRY_FIELDS:
        fields_[name] = _as_optional_str(entry.get(name))
    fields_.update(
        {
            name: _as_float(entry[name])
            for name in _OPTIONAL_NUMBER_FIELDS
            if name in entry
        }
    )
    return LedgerEntry(**fields_)
