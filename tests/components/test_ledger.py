"""Tests of the ledger: aggregates per period, budgets, reservations, thresholds and persistence."""

import asyncio
from dataclasses import replace
from datetime import UTC, datetime, tzinfo
import json
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from custom_components.llm_router.ledger import (
    UNKNOWN_PERSON,
    BudgetExceeded,
    Ledger,
    LedgerCorrupt,
    LedgerEntry,
    Period,
    ThresholdCrossing,
)

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
LOS_ANGELES = ZoneInfo("America/Los_Angeles")
NOW = datetime(2025, 6, 20, 12, tzinfo=AMSTERDAM)
ROUTE_OF = {"local": "local", "claude": "reasoning", "grok": "search"}


def make_entry(
    timestamp: datetime,
    backend: str = "claude",
    cost: float = 0.0,
    *,
    all_cloud: float | None = None,
    latency_ms: float = 500.0,
    tokens: tuple[int, int, int, int] = (100, 20, 0, 0),
) -> LedgerEntry:
    input_tokens, output_tokens, cached_tokens, reasoning_tokens = tokens
    return LedgerEntry(
        timestamp=timestamp,
        route=ROUTE_OF[backend],
        backend=backend,
        model=f"{backend}-model",
        input_tokens=input_tokens,
        output_tokens=output_tokens,
        cached_tokens=cached_tokens,
        reasoning_tokens=reasoning_tokens,
        sources=0,
        cost_usd=cost,
        all_cloud_cost_usd=cost if all_cloud is None else all_cloud,
        latency_ms=latency_ms,
        reason="test",
        private=False,
        conversation_id="conv-1",
    )


def spend(
    ledger: Ledger,
    period: Period,
    now: datetime,
    tz: tzinfo,
    backend: str | None = None,
) -> float:
    return ledger.totals(period, now, tz, backend).cost_usd


def capped_ledger(**caps: float) -> Ledger:
    ledger = Ledger()
    for scope, usd in caps.items():
        ledger.set_cap(scope, usd)
    return ledger


def pay(
    ledger: Ledger, backend: str, cost: float, when: datetime = NOW
) -> list[ThresholdCrossing]:
    """Run one request through reserve and settle, as the agent does."""
    reservation = ledger.reserve(backend, cost, when, AMSTERDAM)
    return ledger.settle(reservation, make_entry(when, backend, cost))


def reported(crossings: list[ThresholdCrossing]) -> list[tuple[str, int]]:
    return [(crossing.scope, crossing.percent) for crossing in crossings]


# Aggregates per period


def test_today_rolls_over_at_local_midnight() -> None:
    ledger = Ledger()
    ledger.record(
        make_entry(datetime(2025, 6, 19, 23, 30, tzinfo=AMSTERDAM), cost=0.10),
        AMSTERDAM,
    )
    ledger.record(
        make_entry(datetime(2025, 6, 20, 0, 30, tzinfo=AMSTERDAM), cost=0.20), AMSTERDAM
    )

    just_before_midnight = datetime(2025, 6, 19, 23, 59, tzinfo=AMSTERDAM)
    after_midnight = datetime(2025, 6, 20, 0, 45, tzinfo=AMSTERDAM)
    assert spend(
        ledger, Period.TODAY, just_before_midnight, AMSTERDAM
    ) == pytest.approx(0.10)
    assert spend(ledger, Period.TODAY, after_midnight, AMSTERDAM) == pytest.approx(0.20)
    assert spend(ledger, Period.MONTH, after_midnight, AMSTERDAM) == pytest.approx(0.30)
    assert spend(ledger, Period.TOTAL, after_midnight, AMSTERDAM) == pytest.approx(0.30)


def test_month_boundary_follows_local_time_not_utc() -> None:
    """Both requests fall on 31 January in UTC, but the second is already February in Amsterdam."""
    ledger = Ledger()
    january = datetime(2025, 1, 31, 22, 30, tzinfo=UTC)
    february = datetime(2025, 1, 31, 23, 30, tzinfo=UTC)
    ledger.record(make_entry(january, cost=1.0), AMSTERDAM)
    ledger.record(make_entry(february, cost=2.0), AMSTERDAM)

    feb_first = datetime(2025, 2, 1, 9, tzinfo=AMSTERDAM)
    assert spend(ledger, Period.TODAY, feb_first, AMSTERDAM) == pytest.approx(2.0)
    assert spend(ledger, Period.MONTH, feb_first, AMSTERDAM) == pytest.approx(2.0)
    assert spend(
        ledger, Period.MONTH, datetime(2025, 1, 31, 12, tzinfo=AMSTERDAM), AMSTERDAM
    ) == pytest.approx(1.0)
    assert spend(ledger, Period.TOTAL, feb_first, AMSTERDAM) == pytest.approx(3.0)


def test_los_angeles_evening_counts_for_its_own_local_day_and_month() -> None:
    """07:00 UTC on 1 March is still 28 February in Los Angeles."""
    ledger = Ledger()
    ledger.record(
        make_entry(datetime(2025, 3, 1, 7, tzinfo=UTC), cost=0.5), LOS_ANGELES
    )

    feb_28_evening = datetime(2025, 2, 28, 23, 30, tzinfo=LOS_ANGELES)
    march_1 = datetime(2025, 3, 1, 8, tzinfo=LOS_ANGELES)
    assert spend(ledger, Period.TODAY, feb_28_evening, LOS_ANGELES) == pytest.approx(
        0.5
    )
    assert spend(ledger, Period.MONTH, feb_28_evening, LOS_ANGELES) == pytest.approx(
        0.5
    )
    assert spend(ledger, Period.TODAY, march_1, LOS_ANGELES) == 0.0
    assert spend(ledger, Period.MONTH, march_1, LOS_ANGELES) == 0.0
    assert spend(ledger, Period.TOTAL, march_1, LOS_ANGELES) == pytest.approx(0.5)


def test_totals_per_backend_and_overall() -> None:
    ledger = Ledger()
    ledger.record(
        make_entry(NOW, "claude", 0.03, tokens=(1000, 200, 500, 50)), AMSTERDAM
    )
    ledger.record(make_entry(NOW, "claude", 0.02, tokens=(10, 20, 30, 40)), AMSTERDAM)
    ledger.record(make_entry(NOW, "grok", 0.01, tokens=(300, 100, 0, 0)), AMSTERDAM)
    ledger.record(
        make_entry(NOW, "local", 0.0, all_cloud=0.02, tokens=(400, 50, 0, 0)), AMSTERDAM
    )

    claude = ledger.totals(Period.TOTAL, NOW, AMSTERDAM, "claude")
    assert claude.requests == 2
    assert claude.cost_usd == pytest.approx(0.05)
    assert (
        claude.input_tokens,
        claude.output_tokens,
        claude.cached_tokens,
        claude.reasoning_tokens,
    ) == (
        1010,
        220,
        530,
        90,
    )
    overall = ledger.totals(Period.TODAY, NOW, AMSTERDAM)
    assert overall.requests == 4
    assert overall.cost_usd == pytest.approx(0.06)
    assert overall.input_tokens == 1710
    assert ledger.requests_per_route() == {"reasoning": 2, "search": 1, "local": 1}
    last = ledger.last_entry
    assert last is not None
    assert last.backend == "local"
    assert ledger.totals(Period.TOTAL, NOW, AMSTERDAM, "unknown").requests == 0


def test_savings_compare_with_the_reference_cloud_model() -> None:
    ledger = Ledger()
    ledger.record(make_entry(NOW, "local", 0.0, all_cloud=0.05), AMSTERDAM)
    ledger.record(make_entry(NOW, "claude", 0.04, all_cloud=0.04), AMSTERDAM)
    ledger.record(make_entry(NOW, "grok", 0.01, all_cloud=0.03), AMSTERDAM)
    last_month = datetime(2025, 5, 10, 12, tzinfo=AMSTERDAM)
    ledger.record(make_entry(last_month, "local", 0.0, all_cloud=1.0), AMSTERDAM)

    assert ledger.totals(Period.TODAY, NOW, AMSTERDAM).savings_usd == pytest.approx(
        0.07
    )
    assert ledger.totals(
        Period.MONTH, NOW, AMSTERDAM, "local"
    ).savings_usd == pytest.approx(0.05)
    assert ledger.totals(
        Period.MONTH, NOW, AMSTERDAM, "grok"
    ).savings_usd == pytest.approx(0.02)
    assert ledger.totals(Period.TOTAL, NOW, AMSTERDAM).savings_usd == pytest.approx(
        1.07
    )


def test_median_latency_covers_the_most_recent_requests_of_each_backend() -> None:
    ledger = Ledger()
    assert ledger.median_latency_ms("claude") is None
    for latency in range(150):
        ledger.record(make_entry(NOW, "claude", latency_ms=float(latency)), AMSTERDAM)
    for local_latency in (300.0, 100.0, 200.0):
        ledger.record(make_entry(NOW, "local", latency_ms=local_latency), AMSTERDAM)

    assert ledger.median_latency_ms("claude") == pytest.approx(
        99.5
    )  # median of 50..149
    assert ledger.median_latency_ms("local") == pytest.approx(200.0)
    assert ledger.median_latency_ms("grok") is None


def test_old_days_are_dropped_but_totals_are_kept() -> None:
    ledger = Ledger()
    ledger.record(
        make_entry(datetime(2023, 1, 1, 12, tzinfo=AMSTERDAM), cost=1.0), AMSTERDAM
    )
    ledger.record(make_entry(NOW, cost=2.0), AMSTERDAM)

    assert list(ledger.to_dict()["days"]) == ["2025-06-20"]
    assert spend(ledger, Period.TOTAL, NOW, AMSTERDAM) == pytest.approx(3.0)


def test_naive_datetimes_are_rejected() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        make_entry(datetime(2025, 6, 20, 12))
    with pytest.raises(ValueError, match="timezone-aware"):
        Ledger().totals(Period.TODAY, datetime(2025, 6, 20, 12), AMSTERDAM)


# Budget periods


@pytest.mark.parametrize(
    ("local_now", "expected_start"),
    [
        (datetime(2025, 1, 14, 23, 59), datetime(2024, 12, 15)),
        (datetime(2025, 1, 15, 0, 0), datetime(2025, 1, 15)),
        (datetime(2025, 1, 3, 12, 0), datetime(2024, 12, 15)),
        (datetime(2025, 3, 31, 12, 0), datetime(2025, 3, 15)),
    ],
)
def test_budget_month_starts_on_the_reset_day(
    local_now: datetime, expected_start: datetime
) -> None:
    ledger = Ledger(reset_day=15)
    start = ledger.budget_period_start(
        local_now.replace(tzinfo=LOS_ANGELES), LOS_ANGELES
    )
    assert start == expected_start.replace(tzinfo=LOS_ANGELES)


def test_budget_month_with_reset_day_15_spans_the_14th_to_the_15th() -> None:
    ledger = Ledger(reset_day=15)
    ledger.set_cap("claude", 10.0)
    ledger.record(
        make_entry(datetime(2025, 2, 14, 23, 59, tzinfo=LOS_ANGELES), cost=1.0),
        LOS_ANGELES,
    )
    ledger.record(
        make_entry(datetime(2025, 2, 15, 0, 1, tzinfo=LOS_ANGELES), cost=2.0),
        LOS_ANGELES,
    )

    on_the_14th = datetime(2025, 2, 14, 23, 59, 30, tzinfo=LOS_ANGELES)
    on_the_15th = datetime(2025, 2, 15, 8, tzinfo=LOS_ANGELES)
    assert ledger.budget_spent("claude", on_the_14th, LOS_ANGELES) == pytest.approx(1.0)
    assert ledger.budget_spent("claude", on_the_15th, LOS_ANGELES) == pytest.approx(2.0)
    assert spend(ledger, Period.MONTH, on_the_15th, LOS_ANGELES) == pytest.approx(2.0)
    assert ledger.budget_remaining("claude", on_the_15th, LOS_ANGELES) == pytest.approx(
        8.0
    )
    next_period = datetime(2025, 3, 15, tzinfo=LOS_ANGELES)
    assert ledger.budget_spent("claude", next_period, LOS_ANGELES) == 0.0


def test_reset_day_must_exist_in_every_month() -> None:
    with pytest.raises(ValueError, match=r"1\.\.28"):
        Ledger(reset_day=29)


def test_uncapped_scope_has_no_remaining_budget_and_is_never_exhausted() -> None:
    ledger = Ledger()
    pay(ledger, "claude", 100.0)
    assert ledger.cap("claude") is None
    assert ledger.budget_remaining("claude", NOW, AMSTERDAM) is None
    assert not ledger.is_exhausted("claude", NOW, AMSTERDAM)


# Reservations


async def test_concurrent_reservations_cannot_overshoot_the_cap() -> None:
    ledger = capped_ledger(claude=1.0)

    async def request() -> bool:
        try:
            reservation = ledger.reserve("claude", 0.3, NOW, AMSTERDAM)
        except BudgetExceeded:
            return False
        await asyncio.sleep(0)  # the answer streams while the others try to reserve
        ledger.settle(reservation, make_entry(NOW, "claude", 0.3))
        return True

    results = await asyncio.gather(*(request() for _ in range(10)))

    assert results.count(True) == 3
    assert ledger.budget_spent("claude", NOW, AMSTERDAM) == pytest.approx(0.9)


def test_budget_exceeded_names_the_scope_and_amounts() -> None:
    ledger = capped_ledger(claude=1.0)
    pay(ledger, "claude", 0.7)
    with pytest.raises(BudgetExceeded) as exceeded:
        ledger.reserve("claude", 0.5, NOW, AMSTERDAM)
    assert (exceeded.value.scope, exceeded.value.cap) == ("claude", 1.0)
    assert exceeded.value.spent == pytest.approx(0.7)


def test_release_frees_the_reservation() -> None:
    ledger = capped_ledger(grok=1.0)
    held = ledger.reserve("grok", 0.6, NOW, AMSTERDAM)
    with pytest.raises(BudgetExceeded):
        ledger.reserve("grok", 0.6, NOW, AMSTERDAM)

    ledger.release(held)

    ledger.reserve("grok", 0.6, NOW, AMSTERDAM)
    assert ledger.budget_spent("grok", NOW, AMSTERDAM) == 0.0


def test_settle_counts_the_actual_cost_not_the_estimate() -> None:
    ledger = capped_ledger(claude=1.0)
    reservation = ledger.reserve("claude", 0.1, NOW, AMSTERDAM)
    ledger.settle(reservation, make_entry(NOW, "claude", 0.7))

    assert ledger.budget_spent("claude", NOW, AMSTERDAM) == pytest.approx(0.7)
    assert ledger.budget_remaining("claude", NOW, AMSTERDAM) == pytest.approx(0.3)
    with pytest.raises(BudgetExceeded):
        ledger.reserve("claude", 0.4, NOW, AMSTERDAM)


def test_total_cap_spans_all_cloud_backends() -> None:
    ledger = capped_ledger(total=1.0)
    pay(ledger, "claude", 0.6)
    with pytest.raises(BudgetExceeded) as exceeded:
        ledger.reserve("grok", 0.6, NOW, AMSTERDAM)
    assert exceeded.value.scope == "total"
    ledger.reserve("grok", 0.4, NOW, AMSTERDAM)


def test_float_sums_that_exactly_fill_the_cap_are_allowed() -> None:
    ledger = capped_ledger(claude=0.3)
    pay(ledger, "claude", 0.1)
    pay(ledger, "claude", 0.1)
    pay(ledger, "claude", 0.1)
    assert ledger.is_exhausted("claude", NOW, AMSTERDAM)


def test_zero_cap_blocks_all_cloud_and_never_local() -> None:
    ledger = capped_ledger(total=0.0)
    for backend in ("claude", "grok"):
        with pytest.raises(BudgetExceeded):
            ledger.reserve(backend, 0.0, NOW, AMSTERDAM)

    local = ledger.reserve("local", 0.5, NOW, AMSTERDAM)
    crossings = ledger.settle(local, make_entry(NOW, "local", 0.0, all_cloud=0.02))

    assert crossings == []
    assert ledger.is_exhausted("total", NOW, AMSTERDAM)
    assert ledger.budget_remaining("total", NOW, AMSTERDAM) == 0.0
    assert ledger.totals(Period.TODAY, NOW, AMSTERDAM, "local").requests == 1


def test_exhausted_cloud_caps_do_not_block_local() -> None:
    ledger = capped_ledger(claude=0.5, total=0.5)
    pay(ledger, "claude", 0.5)
    assert ledger.is_exhausted("claude", NOW, AMSTERDAM)
    with pytest.raises(BudgetExceeded):
        ledger.reserve("claude", 0.0, NOW, AMSTERDAM)
    for _ in range(3):
        pay(ledger, "local", 0.0)
    assert ledger.totals(Period.TODAY, NOW, AMSTERDAM, "local").requests == 3


def test_caps_are_validated() -> None:
    ledger = Ledger()
    with pytest.raises(ValueError, match="unknown budget scope"):
        ledger.set_cap("local", 1.0)
    with pytest.raises(ValueError, match=">= 0"):
        ledger.set_cap("claude", -1.0)
    ledger.set_cap("claude", 2.0)
    ledger.set_cap("claude", None)
    assert ledger.cap("claude") is None


# Thresholds and manual resets


def test_thresholds_are_emitted_once_each_per_budget_month() -> None:
    ledger = capped_ledger(claude=1.0)
    assert pay(ledger, "claude", 0.5) == []
    [at_80] = pay(ledger, "claude", 0.3)
    assert (at_80.scope, at_80.percent, at_80.cap) == ("claude", 80, 1.0)
    assert at_80.spent == pytest.approx(0.8)
    assert pay(ledger, "claude", 0.1) == []
    assert reported(pay(ledger, "claude", 0.1)) == [("claude", 100)]

    next_month = datetime(2025, 7, 2, 12, tzinfo=AMSTERDAM)
    crossings = pay(ledger, "claude", 0.9, next_month)
    assert reported(crossings) == [("claude", 80)]


def test_one_request_can_cross_both_thresholds_of_several_scopes() -> None:
    ledger = capped_ledger(grok=1.0, total=2.0)
    crossings = pay(ledger, "grok", 1.0)
    assert reported(crossings) == [
        ("grok", 80),
        ("grok", 100),
    ]
    crossings = pay(ledger, "claude", 0.6)
    assert reported(crossings) == [("total", 80)]


def test_manual_reset_of_one_scope() -> None:
    ledger = capped_ledger(claude=1.0, grok=1.0, total=3.0)
    pay(ledger, "claude", 0.9)
    pay(ledger, "grok", 0.3)
    assert ledger.is_exhausted("claude", NOW, AMSTERDAM) is False

    ledger.reset_budget("claude", NOW, AMSTERDAM)

    assert ledger.budget_spent("claude", NOW, AMSTERDAM) == 0.0
    assert ledger.budget_spent("grok", NOW, AMSTERDAM) == pytest.approx(0.3)
    assert ledger.budget_spent("total", NOW, AMSTERDAM) == pytest.approx(1.2)
    assert spend(ledger, Period.TODAY, NOW, AMSTERDAM, "claude") == pytest.approx(0.9)
    assert spend(ledger, Period.TOTAL, NOW, AMSTERDAM) == pytest.approx(1.2)
    crossings = pay(ledger, "claude", 0.85)
    assert reported(crossings) == [("claude", 80)]
    assert ledger.budget_spent("claude", NOW, AMSTERDAM) == pytest.approx(0.85)


def test_manual_reset_of_all_scopes() -> None:
    ledger = capped_ledger(claude=1.0, grok=1.0, total=1.0)
    yesterday = datetime(2025, 6, 19, 12, tzinfo=AMSTERDAM)
    pay(ledger, "claude", 0.5, yesterday)
    pay(ledger, "grok", 0.5)
    with pytest.raises(BudgetExceeded):
        ledger.reserve("claude", 0.1, NOW, AMSTERDAM)

    ledger.reset_budget(None, NOW, AMSTERDAM)

    for scope in ("claude", "grok", "total"):
        assert ledger.budget_spent(scope, NOW, AMSTERDAM) == 0.0
    crossings = pay(ledger, "grok", 0.8)
    assert set(reported(crossings)) == {
        ("grok", 80),
        ("total", 80),
    }
    assert spend(ledger, Period.MONTH, NOW, AMSTERDAM) == pytest.approx(1.8)


def test_manual_reset_is_forgotten_in_the_next_budget_month() -> None:
    ledger = capped_ledger(claude=5.0)
    ledger.reset_budget("claude", NOW, AMSTERDAM)
    next_month = datetime(2025, 7, 1, 10, tzinfo=AMSTERDAM)
    pay(ledger, "claude", 1.0, next_month)
    assert ledger.budget_spent("claude", next_month, AMSTERDAM) == pytest.approx(1.0)


# Persistence


def busy_ledger() -> Ledger:
    ledger = capped_ledger(claude=1.0, grok=0.5, total=1.2)
    ledger.reset_day = 15
    pay(ledger, "claude", 0.85, datetime(2025, 6, 10, 9, tzinfo=AMSTERDAM))
    pay(ledger, "grok", 0.2)
    pay(ledger, "local", 0.0)
    ledger.record(
        make_entry(NOW, "local", 0.0, all_cloud=0.01, latency_ms=123.0), AMSTERDAM
    )
    ledger.reset_budget("grok", NOW, AMSTERDAM)
    return ledger


def all_reads(ledger: Ledger, now: datetime) -> dict[str, Any]:
    """Everything sensors and budget enforcement read from a ledger."""
    backends = ("local", "claude", "grok", None)
    scopes = ("claude", "grok", "total")
    return {
        "totals": {
            (period, backend): ledger.totals(period, now, AMSTERDAM, backend)
            for period in Period
            for backend in backends
        },
        "routes": ledger.requests_per_route(),
        "last": ledger.last_entry,
        "latency": {
            backend: ledger.median_latency_ms(backend)
            for backend in backends
            if backend
        },
        "reset_day": ledger.reset_day,
        "period_start": ledger.budget_period_start(now, AMSTERDAM),
        "budgets": {
            scope: (
                ledger.cap(scope),
                ledger.budget_spent(scope, now, AMSTERDAM),
                ledger.budget_remaining(scope, now, AMSTERDAM),
                ledger.is_exhausted(scope, now, AMSTERDAM),
            )
            for scope in scopes
        },
    }


def test_round_trip_keeps_every_read() -> None:
    ledger = busy_ledger()
    stored = json.loads(json.dumps(ledger.to_dict()))

    restored = Ledger.from_dict(stored)

    assert stored["version"] == 1
    for now in (
        NOW,
        datetime(2025, 6, 10, 12, tzinfo=AMSTERDAM),
        datetime(2025, 7, 20, tzinfo=AMSTERDAM),
    ):
        assert all_reads(restored, now) == all_reads(ledger, now)
    assert restored.to_dict() == ledger.to_dict()


def test_round_trip_remembers_emitted_thresholds() -> None:
    ledger = capped_ledger(claude=1.0)
    pay(ledger, "claude", 0.85)
    restored = Ledger.from_dict(json.loads(json.dumps(ledger.to_dict())))
    assert pay(restored, "claude", 0.05) == []
    assert reported(pay(restored, "claude", 0.1)) == [("claude", 100)]


def corrupt(change: Any) -> dict[str, Any]:
    """Return the stored data of a busy ledger, changed by change(data)."""
    data: dict[str, Any] = json.loads(json.dumps(busy_ledger().to_dict()))
    change(data)
    return data


@pytest.mark.parametrize(
    "data",
    [
        pytest.param([], id="not an object"),
        pytest.param(corrupt(lambda data: data.pop("days")), id="missing key"),
        pytest.param(
            corrupt(lambda data: data.update(version=99)), id="unknown version"
        ),
        pytest.param(
            corrupt(lambda data: data.update(reset_day=31)), id="reset day out of range"
        ),
        pytest.param(
            corrupt(lambda data: data.update(reset_day="15")), id="reset day a string"
        ),
        pytest.param(
            corrupt(lambda data: data["caps"].update(claude=-1)), id="negative cap"
        ),
        pytest.param(
            corrupt(lambda data: data["caps"].update(openai=1.0)),
            id="unknown cap scope",
        ),
        pytest.param(
            corrupt(lambda data: data.update(days={"2025-13-01": {}})), id="bad date"
        ),
        pytest.param(corrupt(lambda data: data.update(days=[])), id="days a list"),
        pytest.param(
            corrupt(lambda data: data["totals"].update(claude=[1, 0.5])),
            id="short totals",
        ),
        pytest.param(
            corrupt(lambda data: data["totals"]["claude"].__setitem__(0, True)),
            id="bool as count",
        ),
        pytest.param(
            corrupt(lambda data: data["totals"]["claude"].__setitem__(1, "0.5")),
            id="cost a string",
        ),
        pytest.param(
            corrupt(lambda data: data["latencies_ms"].update(claude=[float("nan")])),
            id="nan latency",
        ),
        pytest.param(
            corrupt(lambda data: data["recent"][0].pop("backend")),
            id="entry missing field",
        ),
        pytest.param(
            corrupt(
                lambda data: data["recent"][0].update(timestamp="2025-06-20T12:00:00")
            ),
            id="naive timestamp",
        ),
        pytest.param(
            corrupt(lambda data: data["recent"][0].update(timestamp=1750000000)),
            id="timestamp a number",
        ),
        pytest.param(
            corrupt(lambda data: data["recent"][0].update(private="no")),
            id="private a string",
        ),
        pytest.param(
            corrupt(lambda data: data["resets"]["grok"].update(day="yesterday")),
            id="bad reset day",
        ),
        pytest.param(
            corrupt(lambda data: data["thresholds"]["claude"].update(percents=[50])),
            id="unknown threshold",
        ),
        pytest.param(
            corrupt(lambda data: data["thresholds"].update(local={})),
            id="threshold of local",
        ),
        pytest.param(
            corrupt(lambda data: data.update(people={"2025-06-20": {"p": "1"}})),
            id="person spend a string",
        ),
        pytest.param(
            corrupt(lambda data: data["recent"][0].update(person=3)),
            id="person a number",
        ),
    ],
)
def test_malformed_data_raises_ledger_corrupt(data: Any) -> None:
    with pytest.raises(LedgerCorrupt):
        Ledger.from_dict(data)


def _booked(ledger: Ledger, when: datetime, person: str | None, cost: float) -> None:
    ledger.record(replace(make_entry(when, cost=cost), person=person), AMSTERDAM)


def test_spend_per_person_this_budget_month() -> None:
    ledger = Ledger(reset_day=15)
    _booked(ledger, NOW, "person.anna", 0.25)
    _booked(ledger, NOW.replace(day=16), "person.anna", 0.5)
    _booked(ledger, NOW.replace(day=10), "person.anna", 2.0)  # last budget month
    _booked(ledger, NOW, "person.ben", 0.125)
    _booked(ledger, NOW, None, 4.0)  # nobody known: counted in totals only
    assert ledger.person_spend("person.anna", NOW, AMSTERDAM) == 0.75
    assert ledger.person_spend("person.ben", NOW, AMSTERDAM) == 0.125
    assert ledger.person_spend("person.carl", NOW, AMSTERDAM) == 0.0
    assert spend(ledger, Period.TOTAL, NOW, AMSTERDAM) == 6.875


def test_removed_people_keep_their_spend_as_unknown_and_it_persists() -> None:
    ledger = Ledger()
    _booked(ledger, NOW, "person.anna", 0.25)
    _booked(ledger, NOW, "person.ben", 0.5)
    _booked(ledger, NOW, "person.dora", 0.125)
    assert ledger.forget_people(["person.ben", "person.dora"])
    assert not ledger.forget_people(["person.ben", "person.dora"])
    ledger.rename_person("person.dora", "person.dorothea")
    restored = Ledger.from_dict(json.loads(json.dumps(ledger.to_dict())))
    assert {
        person: restored.person_spend(person, NOW, AMSTERDAM)
        for person in ("person.anna", UNKNOWN_PERSON, "person.ben", "person.dorothea")
    } == {
        "person.anna": 0.0,
        UNKNOWN_PERSON: 0.25,
        "person.ben": 0.5,
        "person.dorothea": 0.125,
    }


def test_data_stored_before_per_person_spend_still_loads() -> None:
    data: dict[str, Any] = json.loads(json.dumps(busy_ledger().to_dict()))
    del data["people"]
    for entry in data["recent"]:
        for name in ("person", "area", "device", "policy"):
            del entry[name]
    restored = Ledger.from_dict(data)
    assert restored.person_spend("person.anna", NOW, AMSTERDAM) == 0.0
    assert restored.last_entry is not None and restored.last_entry.person is None
