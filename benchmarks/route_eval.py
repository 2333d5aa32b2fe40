"""Measure the router on a labelled JSONL file against the two seed baselines.

Usage: python benchmarks/route_eval.py FILE.jsonl [--errors] [--passes N]

Each line: {"text", "route", "private", "lang"?, "history"?: [{"role", "text", "route"}]}.
Prints the environment, accuracy, per-route precision/recall, private leaks (private items not routed local),
privacy recall and microseconds per decision (median and p99 over all passes, the first, cold, pass included).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
import json
import os
from pathlib import Path
import platform
import statistics
import sys
import time

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.baselines import baseline_keyword_route, baseline_length_route
from custom_components.llm_router.router import HistoryTurn, Route, decide


@dataclass(frozen=True)
class Item:
    """One labelled utterance."""

    ident: str
    text: str
    route: Route
    private: bool
    language: str | None
    history: tuple[HistoryTurn, ...]


@dataclass(frozen=True)
class Outcome:
    """What a router said about one item."""

    route: Route
    private: bool


Router = Callable[[Item], Outcome]


def load(path: Path) -> list[Item]:
    """Read the JSONL file."""
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        history = tuple(
            HistoryTurn(
                turn["role"],
                turn["text"],
                Route(turn["route"]) if turn.get("route") else None,
            )
            for turn in row.get("history", ())
        )
        items.append(
            Item(
                row.get("id", ""),
                row["text"],
                Route(row["route"]),
                bool(row.get("private")),
                row.get("lang"),
                history,
            )
        )
    return items


def our_router(item: Item) -> Outcome:
    """The shipped router."""
    decision = decide(item.text, language=item.language, history=item.history)
    return Outcome(decision.route, decision.private)


def keyword_router(item: Item) -> Outcome:
    """Seed keyword baseline (no privacy notion)."""
    return Outcome(baseline_keyword_route(item.text), private=False)


def length_router(item: Item) -> Outcome:
    """Seed length baseline (no privacy notion)."""
    return Outcome(baseline_length_route(item.text), private=False)


@dataclass
class Timings:
    """Microseconds per decision: wall clock (perf_counter_ns) and this thread's CPU time (immune to other processes)."""

    wall: list[float]
    cpu: list[float]


def run(
    router: Router, items: list[Item], passes: int
) -> tuple[list[Outcome], Timings]:
    """Route every item `passes` times; return the outcomes of the last pass and every timing in microseconds."""
    timings = Timings([], [])
    outcomes: list[Outcome] = []
    for _ in range(passes):
        outcomes = []
        for item in items:
            start, start_cpu = time.perf_counter_ns(), time.thread_time_ns()
            outcome = router(item)
            timings.cpu.append((time.thread_time_ns() - start_cpu) / 1000)
            timings.wall.append((time.perf_counter_ns() - start) / 1000)
            outcomes.append(outcome)
    return outcomes, timings


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def report(
    name: str,
    items: list[Item],
    outcomes: list[Outcome],
    timings: Timings,
    show_errors: bool,
) -> None:
    """Print the figures of one router."""
    correct = sum(
        outcome.route is item.route
        for item, outcome in zip(items, outcomes, strict=True)
    )
    print(f"\n== {name}\naccuracy {correct / len(items):.4f} ({correct}/{len(items)})")
    for route in Route:
        predicted = sum(outcome.route is route for outcome in outcomes)
        actual = sum(item.route is route for item in items)
        hits = sum(
            outcome.route is route and item.route is route
            for item, outcome in zip(items, outcomes, strict=True)
        )
        precision = hits / predicted if predicted else 0.0
        recall = hits / actual if actual else 0.0
        print(
            f"  {route.value:<9} precision {precision:.3f}  recall {recall:.3f}  (predicted {predicted}, actual {actual})"
        )
    private_items = [
        (item, outcome)
        for item, outcome in zip(items, outcomes, strict=True)
        if item.private
    ]
    leaks = [
        item for item, outcome in private_items if outcome.route is not Route.LOCAL
    ]
    flagged = sum(outcome.private for _, outcome in private_items)
    false_flags = sum(
        outcome.private
        for item, outcome in zip(items, outcomes, strict=True)
        if not item.private
    )
    print(
        f"private leaks {len(leaks)} of {len(private_items)}; privacy recall {flagged / max(1, len(private_items)):.3f}; non-private items flagged private {false_flags}"
    )
    for clock, values in (("wall", timings.wall), ("cpu ", timings.cpu)):
        print(
            f"µs per decision ({clock}): median {statistics.median(values):.1f}  p99 {percentile(values, 0.99):.1f}  max {max(values):.1f}  (n={len(values)})"
        )
    if show_errors:
        for item, outcome in zip(items, outcomes, strict=True):
            if outcome.route is not item.route or outcome.private != item.private:
                flags = (
                    f"private {item.private}->{outcome.private}"
                    if outcome.private != item.private
                    else ""
                )
                print(
                    f"  {item.ident} {item.route.value}->{outcome.route.value} {flags} | {item.text[:120]}"
                )


def main() -> None:
    """Parse arguments and print the report."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("file", type=Path)
    parser.add_argument(
        "--errors", action="store_true", help="list misrouted items (our router only)"
    )
    parser.add_argument("--passes", type=int, default=5)
    args = parser.parse_args()
    items = load(args.file)
    load_average = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    print(
        f"python {platform.python_version()} ({platform.python_implementation()}), {os.cpu_count()} CPUs, {platform.machine()}, load average {load_average}"
    )
    print(f"{len(items)} items from {args.file}; {args.passes} passes")
    for name, router in (
        ("hybrid router", our_router),
        ("baseline: keywords", keyword_router),
        ("baseline: length", length_router),
    ):
        outcomes, timings = run(router, items, args.passes)
        report(
            name,
            items,
            outcomes,
            timings,
            show_errors=args.errors and router is our_router,
        )


if __name__ == "__main__":
    main()
