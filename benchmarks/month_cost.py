"""What a month of requests costs through the router, with and without model tiers and prompt caching.

Simulates a month of conversations (seeded): each has a route drawn from a mix (the seeds' 80/15/5, their
60/25/15 heavy use, or the router's own mix on the routing set) and one to a few turns a minute apart, spread
over the waking hours. Each request takes its text from the routing set (an utterance the router sends to that
route), so the tier is the one `router.decide` picks for it. Every request is priced with the integration's
`PriceTable`:

- Input: the stable prompt (Claude and the local model: tools, instructions and the home's exposed entities,
  `--prompt-tokens`, measured by tests/components/test_prompt_cache.py with 150 lights; Grok gets no tools by
  default: `--search-prompt-tokens`), the earlier turns, and the new question with the volatile context.
- Caching as Anthropic bills it (tests/emulators/prompt_cache.py: the model's minimum cacheable prefix, entries
  living 5 minutes from their last use, writes at 1.25x, reads at 0.1x); Grok caches any repeated prefix for the
  same window at its cached price.
- Search requests pay their web-search calls (`--searches`, $5 per 1000 at xAI; the all-Sonnet reference pays
  Anthropic's $10 per 1000).
- The all-Sonnet reference: every request on `claude-sonnet-4-6`, same tokens, no caching.

Pure computation: no servers, no network.

    python benchmarks/month_cost.py [--dataset PATH] [--per-day 33] [--days 30] [--seed 1]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
import json
from pathlib import Path
import random
from typing import Any

from _env import REPO_DIR, argument_parser, print_environment

from custom_components.llm_router.backends.base import Usage
from custom_components.llm_router.backends.pricing import REFERENCE_MODEL, PriceTable
from custom_components.llm_router.router import HistoryTurn, Route, Tier, decide
from tests.emulators.prompt_cache import TTL_SECONDS, min_cacheable_tokens

DEFAULT_DATASET = REPO_DIR.parent / "shared" / "routing" / "dev.jsonl"
CACHE_TTL_S = TTL_SECONDS["5m"]
SECONDS_BETWEEN_TURNS = 60.0
WAKING_SECONDS = 16 * 3600
SEED_MIXES: dict[str, dict[Route, float]] = {
    "seeds 80/15/5": {Route.LOCAL: 80, Route.REASONING: 15, Route.SEARCH: 5},
    "seeds heavy use 60/25/15": {
        Route.LOCAL: 60,
        Route.REASONING: 25,
        Route.SEARCH: 15,
    },
}
OUTPUT_TOKENS = {Route.LOCAL: 80, Route.REASONING: 600, Route.SEARCH: 300}
NEW_TOKENS = {
    Route.LOCAL: 40,
    Route.REASONING: 100,
    Route.SEARCH: 900,
}  # search: results read
REASONING_TOKENS_OF_GROK_MAIN = 500


@dataclass(frozen=True, slots=True)
class Models:
    """The models of the cloud routes: main and (None: no tiers) fast."""

    claude: str
    grok: str
    claude_fast: str | None = None
    grok_fast: str | None = None

    def model(self, route: Route, tier: Tier) -> str:
        """The model a request on a cloud route goes to."""
        fast = self.claude_fast if route is Route.REASONING else self.grok_fast
        main = self.claude if route is Route.REASONING else self.grok
        return fast if tier is Tier.FAST and fast else main


@dataclass(frozen=True, slots=True)
class Request:
    """One turn of a simulated conversation."""

    at: float  # seconds into the month
    route: Route
    tier: Tier
    turn: int  # 0 for the first turn of its conversation


@dataclass(slots=True)
class Bill:
    """Spend of a month by backend, search fees apart, and the all-Sonnet reference."""

    spend: Counter[str] = field(default_factory=Counter)
    search_fees: float = 0.0
    reference: float = 0.0
    requests: Counter[str] = field(default_factory=Counter)
    cached_share: list[float] = field(default_factory=list)  # Claude requests
    repeat_share: list[float] = field(
        default_factory=list
    )  # Claude turns after the first

    @property
    def total(self) -> float:
        """What the cloud cost."""
        return sum(self.spend.values())


@dataclass(frozen=True, slots=True)
class Sizes:
    """Token sizes of the prompt's parts."""

    prompt: int
    search_prompt: int
    searches: int


class Month:
    """Prices a month of requests for one configuration (models, caching on or off)."""

    def __init__(self, models: Models, sizes: Sizes, *, caching: bool) -> None:
        """Start with an empty cache."""
        self.models, self.sizes, self.caching = models, sizes, caching
        self.table = PriceTable()
        self._cache: dict[
            str, float
        ] = {}  # cache entry -> expiry (seconds into the month)

    def bill(self, requests: Sequence[Request]) -> Bill:
        """Price every request in time order."""
        bill = Bill()
        for request in requests:
            self._price(request, bill)
        return bill

    def _price(self, request: Request, bill: Bill) -> None:
        route = request.route
        prompt = (
            self.sizes.search_prompt if route is Route.SEARCH else self.sizes.prompt
        )
        history = request.turn * (NEW_TOKENS[route] + OUTPUT_TOKENS[route])
        total_in = prompt + history + NEW_TOKENS[route]
        searches = self.sizes.searches if route is Route.SEARCH else 0
        reference = Usage(
            input_tokens=total_in,
            output_tokens=OUTPUT_TOKENS[route],
            web_search_calls=searches,
        )
        bill.reference += self.table.all_cloud_cost_usd(reference)
        if route is Route.LOCAL:
            bill.requests["local"] += 1
            return
        model = self.models.model(route, request.tier)
        usage = self._cached(request, model, prompt, history, total_in)
        usage.output_tokens = OUTPUT_TOKENS[route]
        if route is Route.SEARCH and model == self.models.grok:
            usage.reasoning_tokens = REASONING_TOKENS_OF_GROK_MAIN
        usage.web_search_calls = searches
        price = self.table.price(model)
        assert price is not None, model
        bill.search_fees += searches * price.per_search_call
        bill.spend[model] += self.table.cost_usd(model, usage)
        bill.requests[model] += 1
        if route is Route.REASONING:
            share = usage.cached_input_tokens / total_in
            bill.cached_share.append(share)
            if request.turn:
                bill.repeat_share.append(share)

    def _cached(
        self, request: Request, model: str, prompt: int, history: int, total_in: int
    ) -> Usage:
        """Split the input into read, written and uncached tokens, and keep the cache entries.

        Entries: the home's prompt (shared by all conversations) and each conversation's prefix through its
        latest earlier turn, as the client's breakpoints place them.
        """
        if not self.caching:
            return Usage(input_tokens=total_in)
        anthropic = model.startswith("claude")
        minimum = min_cacheable_tokens(model) if anthropic else 0
        now = request.at
        conversation = now - request.turn * SECONDS_BETWEEN_TURNS
        pair = NEW_TOKENS[request.route] + OUTPUT_TOKENS[request.route]
        entries = [(prompt, f"{model} home")]
        if request.turn:
            entries.append(
                (prompt + history - pair, f"{model} {conversation} {request.turn - 1}")
            )
        read = max(
            (
                size
                for size, key in entries
                if size >= minimum and self._cache.get(key, -1.0) > now
            ),
            default=0,
        )
        cacheable = prompt + history
        written = cacheable - read if cacheable >= minimum else 0
        if cacheable >= minimum:
            for key in (f"{model} home", f"{model} {conversation} {request.turn}"):
                self._cache[key] = now + CACHE_TTL_S
        uncached = total_in - read - written
        if anthropic:
            return Usage(
                input_tokens=uncached,
                cached_input_tokens=read,
                cache_write_tokens=written,
            )
        return Usage(input_tokens=uncached + written, cached_input_tokens=read)


def load_dataset(path: Path) -> list[dict[str, Any]]:
    """The routing dataset's rows."""
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def _history(row: Mapping[str, Any]) -> list[HistoryTurn]:
    return [
        HistoryTurn(
            role=turn["role"],
            text=turn["text"],
            route=Route(turn["route"]) if turn.get("route") else None,
        )
        for turn in row.get("history", ())
    ]


def decided(rows: Sequence[Mapping[str, Any]]) -> dict[Route, list[Tier]]:
    """The tiers the router picks for the utterances it sends to each route."""
    tiers: dict[Route, list[Tier]] = {route: [] for route in Route}
    for row in rows:
        decision = decide(row["text"], language=row.get("lang"), history=_history(row))
        tiers[decision.route].append(decision.tier)
    return tiers


def simulate(
    mix: Mapping[Route, float],
    tiers: Mapping[Route, Sequence[Tier]],
    *,
    requests: int,
    days: int,
    rng: random.Random,
) -> list[Request]:
    """A month of conversations of 1-3 turns (mean 1.75), `requests` turns in all, in time order."""
    month: list[Request] = []
    while len(month) < requests:
        route = rng.choices(list(mix), weights=list(mix.values()))[0]
        start = rng.randrange(days) * 86400 + rng.uniform(
            7 * 3600, 7 * 3600 + WAKING_SECONDS
        )
        turns = rng.choices((1, 2, 3), weights=(45, 35, 20))[0]
        month.extend(
            Request(
                start + turn * SECONDS_BETWEEN_TURNS,
                route,
                rng.choice(tiers[route]),
                turn,
            )
            for turn in range(min(turns, requests - len(month)))
        )
    return sorted(month, key=lambda request: request.at)


def configurations(
    claude: str, grok: str, claude_fast: str, grok_fast: str
) -> Iterator[tuple[str, Models, bool]]:
    """Without tiers and caching, each alone, and both."""
    single = Models(claude, grok)
    tiered = Models(claude, grok, claude_fast, grok_fast)
    yield "no tiers, no caching", single, False
    yield "caching only", single, True
    yield "tiers only", tiered, False
    yield "tiers and caching", tiered, True


def print_mix(
    title: str, month: Sequence[Request], models: Models, sizes: Sizes
) -> None:
    """Print one mix: the spend of each configuration against the all-Sonnet reference."""
    routes = Counter(request.route for request in month)
    fast = Counter(request.route for request in month if request.tier is Tier.FAST)
    print(
        f"-- {title}: {len(month)} requests, "
        + " / ".join(
            f"{route.value} {100 * routes[route] / len(month):.1f} %" for route in Route
        )
        + f"; fast tier for {fast[Route.REASONING]} of {routes[Route.REASONING]} reasoning, "
        f"{fast[Route.SEARCH]} of {routes[Route.SEARCH]} search requests"
    )
    print(
        f"{'configuration':<22} {'spend USD':>10} {'of which search fees':>21} {'all-Sonnet USD':>15} {'below all-Sonnet':>17} {'Claude input from cache: all / repeat turns':>44}"
    )
    for name, config, caching in configurations(
        models.claude, models.grok, models.claude_fast or "", models.grok_fast or ""
    ):
        bill = Month(config, sizes, caching=caching).bill(month)
        share, repeat = _mean(bill.cached_share), _mean(bill.repeat_share)
        below = 1 - bill.total / bill.reference
        print(
            f"{name:<22} {bill.total:>10.2f} {bill.search_fees:>21.2f} {bill.reference:>15.2f} {below:>16.1%} {share:>34.1%} / {repeat:>5.1%}"
        )
    print()


def seeds_worked_examples(
    sizes: Sizes, tiers: Mapping[Route, Sequence[Tier]], rng: random.Random
) -> None:
    """The seeds' own figures beside ours for the same setups (one model per cloud route, no tiers)."""
    print(
        "-- the seeds' worked figures beside ours (one model per route, as the seeds price them)"
    )
    examples = (
        (
            "1000 requests 80/15/5, Haiku + Grok 4.1 Fast",
            SEED_MIXES["seeds 80/15/5"],
            1000,
            Models("claude-haiku-4-5", "grok-4-1-fast-non-reasoning"),
            "$0.52",
        ),
        (
            "3000 requests 60/25/15, Sonnet + Grok 4",
            SEED_MIXES["seeds heavy use 60/25/15"],
            3000,
            Models("claude-sonnet-4-6", "grok-4-0709"),
            "about $24",
        ),
    )
    print(
        f"{'setup':<48} {'seeds':>10} {'ours, no caching':>17} {'ours, caching':>14} {'search fees':>12}"
    )
    for title, mix, count, models, seeds in examples:
        month = simulate(mix, tiers, requests=count, days=30, rng=rng)
        plain = Month(models, sizes, caching=False).bill(month)
        cached = Month(models, sizes, caching=True).bill(month)
        print(
            f"{title:<48} {seeds:>10} {plain.total:>17.2f} {cached.total:>14.2f} {plain.search_fees:>12.2f}"
        )
    print()


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def _per_route(sizes: Mapping[Route, int]) -> str:
    return ", ".join(f"{route.value} {size}" for route, size in sizes.items())


def main() -> None:
    """Simulate the three mixes and print the bills."""
    parser = argument_parser(__doc__)
    parser.add_argument(
        "--dataset",
        type=Path,
        default=DEFAULT_DATASET,
        help="routing dataset (JSON lines)",
    )
    parser.add_argument(
        "--per-day",
        type=int,
        default=33,
        help="requests a day (33: the seeds' 1000 a month)",
    )
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument(
        "--prompt-tokens",
        type=int,
        default=4000,
        help="tools + instructions + 150 entities",
    )
    parser.add_argument(
        "--search-prompt-tokens", type=int, default=300, help="Grok's instructions"
    )
    parser.add_argument(
        "--searches", type=int, default=2, help="web searches per search request"
    )
    parser.add_argument("--claude-model", default=REFERENCE_MODEL)
    parser.add_argument("--claude-fast-model", default="claude-haiku-4-5")
    parser.add_argument("--grok-model", default="grok-4-1-fast-reasoning")
    parser.add_argument("--grok-fast-model", default="grok-4-1-fast-non-reasoning")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    print_environment(
        "month_cost: a month of conversations through the router and the price table"
    )
    rows = load_dataset(args.dataset)
    tiers = decided(rows)
    sizes = Sizes(args.prompt_tokens, args.search_prompt_tokens, args.searches)
    models = Models(
        args.claude_model, args.grok_model, args.claude_fast_model, args.grok_fast_model
    )
    print(
        f"dataset: {args.dataset} ({len(rows)} utterances); prompt {sizes.prompt} tokens (Claude, local), "
        f"{sizes.search_prompt} (Grok); new tokens per turn {_per_route(NEW_TOKENS)}, "
        f"output {_per_route(OUTPUT_TOKENS)}, {REASONING_TOKENS_OF_GROK_MAIN} reasoning "
        f"tokens per {args.grok_model} answer, {sizes.searches} web searches per search request"
    )
    print(
        f"models: {models.claude} (fast {models.claude_fast}), {models.grok} (fast {models.grok_fast})"
    )
    print()
    requests = args.per_day * args.days
    dev_mix = {route: float(len(found)) for route, found in tiers.items()}
    for title, mix in (
        *SEED_MIXES.items(),
        ("dev mix (the router on the routing set)", dev_mix),
    ):
        month = simulate(
            mix, tiers, requests=requests, days=args.days, rng=random.Random(args.seed)
        )
        print_mix(title, month, models, sizes)
    seeds_worked_examples(sizes, tiers, random.Random(args.seed))


if __name__ == "__main__":
    main()
