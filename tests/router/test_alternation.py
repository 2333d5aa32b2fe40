"""A word-bounded alternation searched by first letter finds exactly what the one pattern finds, in every module."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
import importlib
from itertools import chain
import pkgutil
import re

import pytest

from custom_components.llm_router import router
from custom_components.llm_router.router.alternation import WordAlternation
from custom_components.llm_router.router.required import required_literals
from custom_components.llm_router.router.text import fold

# Alternatives that start with a letter, with a group of them, optionally, or anywhere (a word of any letter), and
# the places where two of them match first at the same place and the order decides.
SOURCES = [
    r"(?<![\w@])(?:is (?:\w+ )?home|(?:is|are) \w+ back|\w+ is out|is|i)(?![\w@])",
    r"(?<![\w@])(?:(?:my |our )?(?:wife|kids?) (?:is|are) \w+|\w+ (?:is|are) home|kids?)(?![\w@])",
    r"(?<![a-z])(?:(?:dis)?arm (?:the )?alarm(?: \w+){0,3}? \d+|arm|alarm \d|\w{2,}dor(?:en)? \d+)(?![a-z])",
    r"(?<![\w@])(?:medications?|medicines?|meds|med)(?![\w@])",
    r"(?<![\w@])(?:(?:a||b)c|bc d|c)(?![\w@])",
    r"(?<![\w@])(?:(?:x)??y|xy|(?:x)*z|(?:q)+r)(?![\w@])",
    r"(?<![\w@])(?:secret santa|secret|(?:que )?no (?:lo )?sabe nadie|no)(?![\w@])",
    r"(?<![\w@])(?:(?:nog |still )?(?:alleen|alone) thuis|thuis|(?:b)?)(?![\w@])",
    # a group of many first letters before a long rest: looked for from where the group first matches
    (
        r"(?<![\w@])(?:(?:alarm|door|gate|kids|lock|safe|tor|\w+deur)(?: \w+){0,5}? (?:is|are|ist|er|ar|e|es"
        r"|est|heeft|har|hat|has|c'est|je|jest|to|its|tem|ma)(?: now| jetzt| nu| still)? \d(?: ?\d){3,}|i|kids)"
        r"(?![\w@])"
    ),
]
TEXTS = [
    "is the kitchen light on",
    "is emma home yet, is she back",
    "are the kids back or is tom out",
    "my wife is home and our kids are asleep",
    "i think kids are home",
    "disarm the alarm now 4821 and arm it again",
    "the alarm 7 at the frontdoren 1234",
    "she takes her medication and other meds, med",
    "ac bc d c b c",
    "xy y xxz qqr z",
    "it is a secret santa secret, no lo sabe nadie, no",
    "sind sie nog alleen thuis of still alone thuis",
    "",
    " b ",
    "the side gate is now 4190 and the voordeur is 1 2 3 4, kids are 7777",
    "the kids door har 5 5 1 9 i think",
]


def _spans(matches: Iterable[re.Match[str]]) -> list[tuple[int, int]]:
    return [match.span() for match in matches]


@pytest.mark.parametrize("source", SOURCES)
def test_same_matches_as_the_one_pattern(source: str) -> None:
    """Every search from every place, and every run through the text, finds the one pattern's matches."""
    whole, alternation = re.compile(source), WordAlternation(source)
    for text in TEXTS:
        assert _spans(alternation.finditer(text)) == _spans(whole.finditer(text))
        for pos in range(len(text) + 1):
            for endpos in (len(text), max(pos, len(text) - 3)):
                found = alternation.search(text, pos, endpos)
                expected = whole.search(text, pos, endpos)
                assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize(
    ("source", "literals"),
    [
        ("abc", {"abc"}),
        ("a+bc", {"bc"}),
        ("a{2,3}bcd|x{,3}bcde", {"bcd", "bcde"}),
        (r"(?:hello )?world|earth", {"world", "earth"}),
        (r"(?<![a-z])(?:is|are) (?:\w+ )?(?:home|back)(?![a-z])", {"home", "back"}),
        (r"me(?<![a-z]me)(?:dicine|ds)", {"me"}),
        (r"[abc]def\.", {"def."}),
        (r"(?:x|)z+", {"z"}),
        (r"(a)bc", {"bc"}),
        # optional, repeated from zero, looked around, or not read: nothing is required
        (r"(?:ab)?c?", None),
        (r"(?=abc)\w+", None),
        (r"abc|\d+", None),
        (r"(?i)abc", None),
        (r"\x41bc", None),
        (r"(?P<name>abc)", None),
    ],
)
def test_required_literals(source: str, literals: set[str] | None) -> None:
    """The literals one of which every match contains, as far as the source can be read."""
    assert required_literals(source) == (
        None if literals is None else frozenset(literals)
    )


def test_too_many_literals_are_none() -> None:
    """More literals than are worth looking for before a search are as good as none."""
    many = "|".join(f"word{index}" for index in range(20))
    assert required_literals(many) is None
    assert required_literals(many, most=20) == frozenset(many.split("|"))


@pytest.mark.parametrize("source", SOURCES)
def test_every_match_contains_a_required_literal(source: str) -> None:
    """A text without the literals has no match, so skipping its search finds nothing less."""
    literals = required_literals(source) or frozenset({""})
    for text in TEXTS:
        for match in re.finditer(source, text):
            assert any(literal in match.group() for literal in literals), (source, text)


def test_another_shape_is_searched_as_it_is() -> None:
    """A pattern with a group to read, of another shape or with no alternative to split off is searched whole."""
    for source in (
        r"(?<![\w@])(?:(a)b|c)(?![\w@])",
        r"\bfoo|bar",
        r"(?<![\w@])(?:ab)|(?:c)(?![\w@])",
        r"(?<![\w@])(?:\w+ est|\d+)(?![\w@])",
    ):
        alternation = WordAlternation(source)
        assert alternation.pattern == source
        assert _spans(alternation.finditer("ab c foo bar")) == _spans(
            re.compile(source).finditer("ab c foo bar")
        )


def _alternations() -> list[tuple[str, WordAlternation]]:
    """Every word alternation of the router's modules, alone or held by a detector, a tuple or a dict."""
    found: dict[int, tuple[str, WordAlternation]] = {}
    for module in pkgutil.iter_modules(router.__path__):
        for name, value in vars(
            importlib.import_module(f"{router.__name__}.{module.name}")
        ).items():
            found.update(
                (id(pattern), (f"{module.name}.{name}", pattern))
                for pattern in _held(value)
                if isinstance(pattern, WordAlternation)
            )
    return list(found.values())


def _held(value: object) -> list[object]:
    """A module's value and what it holds: a detector's patterns, a collection's items (and their items)."""
    parts = getattr(value, "parts", None)
    items: list[object] = []
    if isinstance(value, Mapping):
        items = list(value.values())
    elif isinstance(value, (tuple, list)):
        items = list(value)
    return [
        value,
        getattr(value, "pattern", None),
        getattr(value, "near_miss", None),
        *(chain.from_iterable(parts.values()) if isinstance(parts, Mapping) else ()),
        *items,
        *chain.from_iterable(item for item in items if isinstance(item, tuple)),
    ]


def test_every_alternation_finds_what_its_one_pattern_finds(
    utterances: list[str],
) -> None:
    """Over the data sets, folded and as typed, every word alternation gives the spans its one pattern gives."""
    texts = utterances + [fold(text) for text in utterances]
    alternations = _alternations()
    assert len(texts) > 700
    assert len(alternations) > 150
    for name, alternation in alternations:
        for text in texts:
            assert _spans(alternation.finditer(text)) == _spans(
                alternation.whole.finditer(text)
            ), (name, text)
