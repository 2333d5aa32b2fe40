"""Measure the router on labelled JSONL files against the two seed baselines, per source and per language.

Usage: python benchmarks/route_eval.py [PATH ...] [--home HOME.json] [--intents CHECKOUT] [--recognize] [--errors]
       [--passes N]

Each PATH is a JSONL file or a folder of them (searched recursively); each file is one source.
Each line: {"text", "route", "private", "lang"?, "category"?, "history"?: [{"role", "text", "route"}]}.

Prints, for every source, every language and all items together: accuracy (and the keyword baseline's),
precision and recall per route, privacy recall (private items the router keeps in the house: private, or unsure
whether they are personal, so never sent to the cloud, even as a fallback), the false-private rate (other items
kept in the house that way), private items routed off the box, and home commands sent to the cloud
(items labelled local in a home-command category: device control, state and sensor questions, timers, lists,
media, scenes and scripts, announcements). Then microseconds per decision for the router and both baselines,
timed in the same run (median and p99 over all passes, the first, cold, pass included), and the router with
origin policies and origin rules set, for turns from an office satellite (cloud allowed) and from the kids' room
(kept local), with its p99 as a ratio to the plain router's.

--home loads the home's vocabulary the router is given, as Home Assistant's registries would give it:
{"persons": [...], "areas": [...], "floors": [...], "entities": [...], "zones": [...]}, each a name or {"name", "aliases"}.
Looking its names up in every utterance is part of each timed decision.

--recognize gives the router, for each utterance, the intent Home Assistant's own sentences recognize in it (see
`intent_recognition.py`), as the conversation integration does before the router decides in a real install; the
recognition itself is not timed.

--intents adds Home Assistant's own intent test sentences in the twelve languages, read from a checkout of
github.com/home-assistant/intents (`git clone --depth 1 https://github.com/home-assistant/intents`), each
language with its test home as vocabulary: nothing of them is copied here.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import partial
import json
import os
from pathlib import Path
import platform
import statistics
import sys
import time
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.baselines import baseline_keyword_route, baseline_length_route
from benchmarks.intent_recognition import recognized_intent
from custom_components.llm_router.router import (
    HistoryTurn,
    Origin,
    Policies,
    Route,
    RouterSettings,
    compile_rules,
    decide,
)
from custom_components.llm_router.router.text import SUPPORTED_LANGUAGES
from custom_components.llm_router.router.vocabulary import (
    EMPTY_VOCABULARY,
    HomeVocabulary,
)

HOME_COMMAND_CATEGORIES = frozenset(
    {
        "device_control",
        "state_query",
        "sensor_query",
        "timer",
        "list",
        "media",
        "scene_script",
        "announce",
        "home_command",
        "home_state",
    }
)
CLOUD = frozenset({Route.REASONING, Route.SEARCH})


@dataclass(frozen=True)
class Item:
    """One labelled utterance and where it came from."""

    ident: str
    text: str
    route: Route
    private: bool
    language: str | None
    category: str
    source: str
    history: tuple[HistoryTurn, ...]
    # The item's own home (Home Assistant's intent tests each have one); None: the run's --home.
    home: HomeVocabulary | None = None
    # The intent Home Assistant's own sentences recognize in it (with --recognize).
    recognized: str | None = None


@dataclass(frozen=True)
class Outcome:
    """What a router said about one item."""

    route: Route
    private: bool


Router = Callable[[Item], Outcome]


def jsonl_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Every JSONL file named, or found under a named folder, in a stable order."""
    for path in paths:
        yield from sorted(path.rglob("*.jsonl")) if path.is_dir() else (path,)


def source_name(path: Path) -> str:
    """A short label for a file: its last three path parts (e.g. blind/dev/en.jsonl)."""
    return "/".join(path.resolve().parts[-3:])


def load(path: Path) -> list[Item]:
    """Read one JSONL file."""
    source = source_name(path)
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
                row.get("category", ""),
                source,
                history,
            )
        )
    return items


def load_intent_tests(checkout: Path) -> list[Item]:
    """Home Assistant's own intent test sentences, read from a checkout of github.com/home-assistant/intents.

    Every sentence of tests/<lang>/<domain>_<intent>.yaml is a home command (category "intent:<domain>"), local;
    a person's whereabouts ("where is Ada") is private too. Each language's test home (_fixtures.yaml) is its
    vocabulary. HassGetWeather is left out: weather for a named place is search by the routing policy.
    """
    items: list[Item] = []
    for language in sorted(SUPPORTED_LANGUAGES):
        folder = checkout / "tests" / language
        fixtures = yaml.safe_load(
            (folder / "_fixtures.yaml").read_text(encoding="utf-8")
        )
        home = _intent_test_home(fixtures)
        for path in sorted(folder.glob("*.yaml")):
            domain = path.stem.split("_", 1)[0]
            if path.name.startswith("_") or path.stem.endswith("HassGetWeather"):
                continue
            tests = yaml.safe_load(path.read_text(encoding="utf-8")).get("tests") or ()
            items += [
                Item(
                    f"{path.stem}-{index}",
                    sentence,
                    Route.LOCAL,
                    domain == "person",
                    language,
                    f"intent:{domain}",
                    f"intents/{language}",
                    (),
                    home,
                )
                for index, test in enumerate(tests)
                for sentence in test.get("sentences") or ()
            ]
    return items


def _intent_test_home(fixtures: dict[str, Any]) -> HomeVocabulary:
    """The names of an intent test home: its people, areas, floors and other entities."""
    entities = fixtures.get("entities") or ()
    return HomeVocabulary.build(
        persons=[
            entity["name"] for entity in entities if entity["id"].startswith("person.")
        ],
        areas=[area["name"] for area in fixtures.get("areas") or ()],
        floors=[floor["name"] for floor in fixtures.get("floors") or ()],
        entities=[
            (entity["name"], ())
            for entity in entities
            if not entity["id"].startswith(("person.", "zone."))
        ],
        # a person's state is the zone they are in ("Arbeit"), as Home Assistant reports it
        zones=[
            entity["state"]
            for entity in entities
            if entity["id"].startswith("person.")
            and entity.get("state") not in (None, "home", "not_home")
        ],
    )


def _named(entry: str | dict[str, Any]) -> tuple[str, tuple[str, ...]]:
    """A name, or a {"name", "aliases"} object, as its name and aliases."""
    if isinstance(entry, str):
        return entry, ()
    return entry["name"], tuple(entry.get("aliases", ()))


def _spellings(entries: Iterable[str | dict[str, Any]]) -> list[str]:
    """Every name and alias of a list of names or {"name", "aliases"} objects, as the registries give them."""
    return [
        spelling
        for name, aliases in map(_named, entries)
        for spelling in (name, *aliases)
    ]


def load_home(path: Path) -> HomeVocabulary:
    """Read a home's names from JSON (see the module docstring); any kind may give aliases, as areas do."""
    home = json.loads(path.read_text(encoding="utf-8"))
    return HomeVocabulary.build(
        persons=_spellings(home.get("persons", ())),
        areas=_spellings(home.get("areas", ())),
        floors=_spellings(home.get("floors", ())),
        entities=map(_named, home.get("entities", ())),
        zones=_spellings(home.get("zones", ())),
    )


def our_router(item: Item, vocabulary: HomeVocabulary = EMPTY_VOCABULARY) -> Outcome:
    """The shipped router, with the home's vocabulary when one is given."""
    decision = decide(
        item.text,
        language=item.language,
        history=item.history,
        vocabulary=item.home or vocabulary,
        recognized_intent=item.recognized,
    )
    return Outcome(decision.route, not decision.may_leave_home)


# A household with every kind of origin policy and origin rule; the office satellite is allowed the cloud.
POLICY_SETTINGS = RouterSettings(
    policies=Policies(
        local_areas=frozenset({"kids_room", "guest_room"}),
        local_devices=frozenset({"guest-satellite"}),
        local_people=frozenset({"person.ben"}),
        cloud_areas=frozenset({"office", "living_room"}),
    ),
    rules=compile_rules(
        "- area: kids_room\n  match: [homework]\n  route: local\n"
        "- floor: upstairs\n  person: person.anna\n  route: local\n"
        "- satellite: assist_satellite.office\n  match: [stock price]\n  route: search\n"
    ),
)
OFFICE = Origin(
    device_id="office-satellite",
    satellite_id="assist_satellite.office",
    area_id="office",
    floor_id="ground",
    person="person.anna",
)
KIDS_ROOM = Origin(device_id="kids-satellite", area_id="kids_room", floor_id="upstairs")


def policy_router(origin: Origin, vocabulary: HomeVocabulary) -> Router:
    """The shipped router with the policies above, for turns from `origin`."""

    def route(item: Item) -> Outcome:
        decision = decide(
            item.text,
            language=item.language,
            history=item.history,
            settings=POLICY_SETTINGS,
            origin=origin,
            vocabulary=item.home or vocabulary,
            recognized_intent=item.recognized,
        )
        return Outcome(decision.route, decision.private)

    return route


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


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "  -  "


Pair = tuple[Item, Outcome]


def group_line(name: str, pairs: list[Pair], keyword: list[Outcome]) -> str:
    """One table row: the figures of the router (and the keyword baseline's accuracy) on one group of items."""
    correct = sum(outcome.route is item.route for item, outcome in pairs)
    keyword_correct = sum(
        outcome.route is item.route
        for (item, _), outcome in zip(pairs, keyword, strict=True)
    )
    cells = [
        f"{name:<34}",
        f"{len(pairs):>5}",
        _share(correct, len(pairs)),
        _share(keyword_correct, len(pairs)),
    ]
    for route in Route:
        hits = sum(
            outcome.route is route and item.route is route for item, outcome in pairs
        )
        predicted = sum(outcome.route is route for _, outcome in pairs)
        actual = sum(item.route is route for item, _ in pairs)
        cells.append(f"{_share(hits, predicted)}/{_share(hits, actual)}")
    private = [outcome for item, outcome in pairs if item.private]
    public = [outcome for item, outcome in pairs if not item.private]
    home = [
        outcome
        for item, outcome in pairs
        if item.route is Route.LOCAL
        and (
            item.category in HOME_COMMAND_CATEGORIES
            or item.category.startswith("intent:")
        )
    ]
    cells += [
        _share(sum(outcome.private for outcome in private), len(private)),
        _share(sum(outcome.private for outcome in public), len(public)),
        f"{sum(outcome.route is not Route.LOCAL for outcome in private)}/{len(private)}",
        f"{sum(outcome.route in CLOUD for outcome in home)}/{len(home)}",
    ]
    return "  ".join(cells)


HEADER = "  ".join(
    [
        f"{'group':<34}",
        f"{'n':>5}",
        "acc  ",
        "kw   ",
        "local P/R  ",
        "reason P/R ",
        "search P/R ",
        "priv R",
        "false",
        "off box",
        "home->cloud",
    ]
)


def report_groups(
    items: list[Item], ours: list[Outcome], keyword: list[Outcome]
) -> None:
    """Print the table: each source, each language, then everything."""
    groups: dict[str, list[int]] = defaultdict(list)
    for index, item in enumerate(items):
        groups[f"source {item.source}"].append(index)
    languages: dict[str, list[int]] = defaultdict(list)
    for index, item in enumerate(items):
        languages[f"lang {item.language or '?'}"].append(index)
    print(
        "\nacc = accuracy, kw = keyword baseline accuracy, P/R = precision/recall, priv R = privacy recall,"
        "\nfalse = false-private rate, off box = private items not routed local, home->cloud = home commands sent to the cloud\n"
    )
    print(HEADER)
    for name, indexes in [
        *groups.items(),
        *sorted(languages.items()),
        ("all", list(range(len(items)))),
        (
            "all non-private items",
            [index for index, item in enumerate(items) if not item.private],
        ),
    ]:
        print(
            group_line(
                name,
                [(items[index], ours[index]) for index in indexes],
                [keyword[index] for index in indexes],
            )
        )


def report_timings(name: str, timings: Timings) -> None:
    """Print the time per decision of one router."""
    for clock, values in (("wall", timings.wall), ("cpu ", timings.cpu)):
        print(
            f"{name:<20} µs per decision ({clock}): median {statistics.median(values):7.1f}  p99 {percentile(values, 0.99):7.1f}  max {max(values):8.1f}  (n={len(values)})"
        )


def report_errors(items: list[Item], outcomes: list[Outcome]) -> None:
    """List the items the router got wrong (route or privacy)."""
    print("\nmisrouted:")
    for item, outcome in zip(items, outcomes, strict=True):
        if outcome.route is not item.route or outcome.private != item.private:
            flags = (
                f" private {item.private}->{outcome.private}"
                if outcome.private != item.private
                else ""
            )
            print(
                f"  {item.ident} [{item.category}] {item.route.value}->{outcome.route.value}{flags} | {item.text[:120]}"
            )


def main() -> None:
    """Parse arguments and print the report."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("paths", type=Path, nargs="*", metavar="PATH")
    parser.add_argument(
        "--errors", action="store_true", help="list misrouted items (our router only)"
    )
    parser.add_argument("--passes", type=int, default=5)
    parser.add_argument(
        "--home", type=Path, help="JSON file with the home's names (see above)"
    )
    parser.add_argument(
        "--intents",
        type=Path,
        metavar="CHECKOUT",
        help="also Home Assistant's intent test sentences, from a checkout of home-assistant/intents",
    )
    parser.add_argument(
        "--recognize",
        action="store_true",
        help="give the router the intent Home Assistant's own sentences recognize, as a real install does",
    )
    args = parser.parse_args()
    vocabulary = load_home(args.home) if args.home else EMPTY_VOCABULARY
    files = list(jsonl_files(args.paths))
    items = [item for path in files for item in load(path)]
    if args.intents:
        items += load_intent_tests(args.intents)
    if args.recognize:
        items = [
            replace(
                item,
                recognized=recognized_intent(
                    item.text, item.language, item.home or vocabulary
                ),
            )
            for item in items
        ]
        recognized = sum(item.recognized is not None for item in items)
        print(
            f"Home Assistant's sentences recognize {recognized} of {len(items)} items"
        )
    load_average = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    print(
        f"python {platform.python_version()} ({platform.python_implementation()}), {os.cpu_count()} CPUs, {platform.machine()}, load average {load_average}"
    )
    print(f"{len(items)} items from {len(files)} files; {args.passes} passes")
    if args.home:
        names = sum(
            map(
                len,
                (
                    vocabulary.persons,
                    vocabulary.areas,
                    vocabulary.floors,
                    vocabulary.entities,
                    vocabulary.zones,
                ),
            )
        )
        print(f"home vocabulary from {args.home}: {names} names")
    results = {
        name: run(router, items, args.passes)
        for name, router in (
            ("hybrid router", partial(our_router, vocabulary=vocabulary)),
            ("policies, office", policy_router(OFFICE, vocabulary)),
            ("policies, kids' room", policy_router(KIDS_ROOM, vocabulary)),
            ("baseline: keywords", keyword_router),
            ("baseline: length", length_router),
        )
    }
    report_groups(items, results["hybrid router"][0], results["baseline: keywords"][0])
    print()
    for name, (_, timings) in results.items():
        report_timings(name, timings)
    ours, keyword = (
        results["hybrid router"][1].cpu,
        results["baseline: keywords"][1].cpu,
    )
    print(
        f"router / keyword baseline (cpu): median {statistics.median(ours) / statistics.median(keyword):.1f}x, "
        f"p99 {percentile(ours, 0.99) / percentile(keyword, 0.99):.1f}x"
    )
    for name in ("policies, office", "policies, kids' room"):
        with_policies = results[name][1].cpu
        print(
            f"{name} / router (cpu): p99 {percentile(with_policies, 0.99) / percentile(ours, 0.99):.2f}x"
        )
    if args.errors:
        report_errors(items, results["hybrid router"][0])


if __name__ == "__main__":
    main()
