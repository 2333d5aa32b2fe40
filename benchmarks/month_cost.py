"""What a month of requests costs through the router, against sending everything to Claude Sonnet.

Replays `--days` x `--per-day` requests: by default each is an utterance drawn (seeded) from the routing
dataset and routed by `router.decide` (with its conversation history), so the route mix is the router's
own; `--mix local=80,reasoning=15,search=5` sets the mix directly instead. Every request is priced with
the integration's `PriceTable` from per-route token sizes (`--tokens reasoning=2500:600`, `--searches`).
Prints the spend per backend, the all-cloud cost (`claude-sonnet-4-6` for everything, searches at
Anthropic's price) and the savings, then the worked example: 1000 queries a month split 80/15/5.
Pure computation: no servers, no network.

    python benchmarks/month_cost.py [--dataset PATH] [--per-day 100] [--days 30] [--mix ...] [--tokens ...]
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
import json
from pathlib import Path
import random
from typing import Any

from _env import (
    REPO_DIR,
    argument_parser,
    print_environment,
)  # also puts the repository on sys.path

from custom_components.llm_router.backends.base import Usage
from custom_components.llm_router.backends.pricing import REFERENCE_MODEL, PriceTable
from custom_components.llm_router.const import DEFAULT_CLAUDE_MODEL, DEFAULT_GROK_MODEL
from custom_components.llm_router.router import HistoryTurn, Route, decide

DEFAULT_DATASET = REPO_DIR.parent / "shared" / "routing" / "dev.jsonl"
LOCAL_MODEL = "llama3.2:3b"
BACKENDS = {Route.LOCAL: "local", Route.REASONING: "claude", Route.SEARCH: "grok"}
DEFAULT_TOKENS = {
    Route.LOCAL: (600, 80),
    Route.REASONING: (2500, 600),
    Route.SEARCH: (1200, 300),
}
WORKED_EXAMPLE = ({Route.LOCAL: 800, Route.REASONING: 150, Route.SEARCH: 50}, 1000)


@dataclass(slots=True)
class Line:
    """Requests, usage and cost of one backend."""

    requests: int = 0
    usage: Usage = field(default_factory=Usage)
    cost_usd: float = 0.0


@dataclass(slots=True)
class Bill:
    """A month's spend by backend and what the same requests would cost all on the reference model."""

    lines: dict[str, Line] = field(
        default_factory=lambda: {name: Line() for name in BACKENDS.values()}
    )
    all_cloud_usd: float = 0.0

    @property
    def total_usd(self) -> float:
        """What was actually spent."""
        return sum(line.cost_usd for line in self.lines.values())

    @property
    def requests(self) -> int:
        """How many requests were priced."""
        return sum(line.requests for line in self.lines.values())


@dataclass(frozen=True, slots=True)
class Pricing:
    """Models and per-route request sizes used to price a route."""

    table: PriceTable
    tokens: Mapping[Route, tuple[int, int]]
    searches: int
    models: Mapping[Route, str]

    def usage(self, route: Route) -> Usage:
        """The usage of one request on a route."""
        input_tokens, output_tokens = self.tokens[route]
        searches = self.searches if route is Route.SEARCH else 0
        return Usage(
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            web_search_calls=searches,
        )

    def bill(self, routes: Iterable[Route]) -> Bill:
        """Price a sequence of routed requests."""
        bill = Bill()
        for route in routes:
            usage = self.usage(route)
            line = bill.lines[BACKENDS[route]]
            line.requests += 1
            line.usage.add(usage)
            line.cost_usd += self.table.cost_usd(self.models[route], usage)
            bill.all_cloud_usd += self.table.all_cloud_cost_usd(usage)
        return bill


def load_dataset(path: Path) -> list[dict[str, Any]]:
    """The routing dataset's rows (text, route, private, lang, optional history)."""
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def route_of(row: Mapping[str, Any]) -> Route:
    """Where the router sends a dataset utterance, given its conversation history."""
    history = [
        HistoryTurn(
            role=turn["role"],
            text=turn["text"],
            route=Route(turn["route"]) if turn.get("route") else None,
        )
        for turn in row.get("history", ())
    ]
    return decide(row["text"], language=row.get("lang"), history=history).route


def replay_dataset(
    rows: list[dict[str, Any]], count: int, rng: random.Random
) -> list[Route]:
    """Routes of `count` utterances drawn from the dataset (each routed once, then reused)."""
    routes = [route_of(row) for row in rows]
    return [routes[rng.randrange(len(rows))] for _ in range(count)]


def replay_mix(
    mix: Mapping[Route, float], count: int, rng: random.Random
) -> list[Route]:
    """Routes of `count` requests drawn with the given weights."""
    return rng.choices(list(mix), weights=list(mix.values()), k=count)


def parse_mix(text: str) -> dict[Route, float]:
    """`local=80,reasoning=15,search=5` -> weights per route."""
    mix = {
        Route(name.strip()): float(weight)
        for name, weight in (part.split("=") for part in text.split(","))
    }
    if sum(mix.values()) <= 0:
        raise argparse.ArgumentTypeError("the mix needs a positive weight")
    return mix


def parse_tokens(text: str) -> tuple[Route, tuple[int, int]]:
    """`reasoning=2500:600` -> (route, (input tokens, output tokens))."""
    name, sizes = text.split("=")
    input_tokens, output_tokens = sizes.split(":")
    return Route(name.strip()), (int(input_tokens), int(output_tokens))


def mix_line(routes: Counter[Route]) -> str:
    """`local 80.0 % / reasoning 15.0 % / search 5.0 %`."""
    total = sum(routes.values()) or 1
    return " / ".join(
        f"{route.value} {100 * routes[route] / total:.1f} %" for route in BACKENDS
    )


def print_bill(title: str, bill: Bill, pricing: Pricing) -> None:
    """Print a bill as a table with the all-cloud comparison."""
    print(f"-- {title}: {bill.requests} requests")
    print(
        f"{'backend':<8} {'model':<28} {'requests':>8} {'in tokens':>11} {'out tokens':>11} {'searches':>8} {'USD':>10}"
    )
    for route, name in BACKENDS.items():
        line = bill.lines[name]
        print(
            f"{name:<8} {pricing.models[route]:<28} {line.requests:>8} {line.usage.input_tokens:>11} "
            f"{line.usage.output_tokens:>11} {line.usage.web_search_calls:>8} {line.cost_usd:>10.4f}"
        )
    saved = bill.all_cloud_usd - bill.total_usd
    ratio = saved / bill.all_cloud_usd if bill.all_cloud_usd else 0.0
    print(f"{'total spend':<58} {bill.total_usd:>30.4f}")
    print(
        f"{f'all-cloud ({REFERENCE_MODEL} for everything)':<58} {bill.all_cloud_usd:>30.4f}"
    )
    print(f"{'saved':<58} {saved:>30.4f}")
    print(f"savings ratio: {ratio:.1%} (spend is {1 - ratio:.1%} of all-cloud)")
    print()


def main() -> None:
    """Parse options, replay the month, print both bills."""
    parser = argument_parser(__doc__)
    parser.add_argument(
        "--dataset",
        type=Path,
        default=DEFAULT_DATASET,
        help="routing dataset (JSON lines)",
    )
    parser.add_argument("--per-day", type=int, default=100, help="requests a day")
    parser.add_argument("--days", type=int, default=30, help="days in the month")
    parser.add_argument(
        "--mix",
        type=parse_mix,
        help="route weights, e.g. local=80,reasoning=15,search=5 (default: the router on the dataset)",
    )
    parser.add_argument(
        "--tokens",
        type=parse_tokens,
        action="append",
        default=[],
        help="ROUTE=IN:OUT tokens per request (repeatable)",
    )
    parser.add_argument(
        "--searches", type=int, default=2, help="web searches per search request"
    )
    parser.add_argument("--claude-model", default=DEFAULT_CLAUDE_MODEL)
    parser.add_argument("--grok-model", default=DEFAULT_GROK_MODEL)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    print_environment(
        "month_cost: a month of requests through the router and the price table"
    )
    pricing = Pricing(
        table=PriceTable(),
        tokens={**DEFAULT_TOKENS, **dict(args.tokens)},
        searches=args.searches,
        models={
            Route.LOCAL: LOCAL_MODEL,
            Route.REASONING: args.claude_model,
            Route.SEARCH: args.grok_model,
        },
    )
    print(
        "request sizes: "
        + ", ".join(
            f"{route.value} {i} in / {o} out"
            for route, (i, o) in pricing.tokens.items()
        )
        + f", {pricing.searches} web searches per search request"
    )
    count = args.per_day * args.days
    rng = random.Random(args.seed)
    if args.mix:
        routes = replay_mix(args.mix, count, rng)
        print(f"mix (given): {mix_line(Counter(routes))}")
    else:
        rows = load_dataset(args.dataset)
        labels = Counter(Route(row["route"]) for row in rows)
        decided = [route_of(row) for row in rows]
        agree = sum(
            route == Route(row["route"])
            for route, row in zip(decided, rows, strict=True)
        )
        print(f"dataset: {args.dataset} ({len(rows)} utterances)")
        print(f"  labelled mix: {mix_line(labels)}")
        print(
            f"  router's mix: {mix_line(Counter(decided))} (agrees with the label on {agree / len(rows):.1%})"
        )
        routes = replay_dataset(rows, count, rng)
        print(f"replayed mix: {mix_line(Counter(routes))}")
    print()
    month = pricing.bill(routes)
    print_bill(f"month: {args.days} days x {args.per_day} requests", month, pricing)
    print(
        f"per day: {month.total_usd / args.days:.4f} USD spent, {month.all_cloud_usd / args.days:.4f} USD all-cloud"
    )
    print()

    split, total = WORKED_EXAMPLE
    example = pricing.bill(
        route for route, requests in split.items() for _ in range(requests)
    )
    assert example.requests == total
    print_bill(
        "worked example: 1000 queries a month, 80/15/5 local/reasoning/search",
        example,
        pricing,
    )


if __name__ == "__main__":
    main()
