"""Patterns that hold when words of one language occur together anywhere in a folded text, in any order."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
import re

from .required import required_literals
from .text import words as split_words
from .word_triggers import WordStartGate

WORD = r"(?<![a-z])(?:{})(?![a-z])"
_GROUP_OR_ESCAPE = re.compile(r"[(\\[]")
_RUN = re.compile(r"(?<![\w])(\w+)([?*{])?")
# A shape's words are looked for among this many literals at most: its pattern, run on a candidate, costs more.
_MOST_LITERALS = 48


def has(words: str) -> str:
    """A lookahead: one of the alternatives `words` stands somewhere ahead as whole words."""
    return "(?=.*?" + WORD.format(words) + ")"


def lacks(words: str) -> str:
    """A lookahead: none of the alternatives `words` stands anywhere ahead."""
    return "(?!.*?" + WORD.format(words) + ")"


def opens_with(verbs: str) -> str:
    """A lookahead: the text starts with one of `verbs` (a question asked verb first: "vann djurgården igår")."""
    return r"(?=\W*(?:" + verbs + r")(?![a-z]))"


def command_first(verbs: str) -> str:
    """A lookahead: the text does not start with one of `verbs` (a command, not a question)."""
    return r"(?!\W*(?:" + verbs + r")(?![a-z]))"


@dataclass(frozen=True)
class Shape:
    """Regex alternatives that must all stand in a text as whole words, unless the lookahead `unless` fails."""

    words: tuple[str, ...]
    unless: str = ""


def _top_level(alternatives: str) -> Iterator[str]:
    """Split a regex alternation at its top-level bars."""
    depth, start, escaped = 0, 0, False
    for index, char in enumerate(alternatives):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            yield alternatives[start:index]
            start = index + 1
    yield alternatives[start:]


def _gate_word(alternative: str) -> str:
    """The longest run of letters that starts a word in every match of an alternative ("affiche" of "a l'affiche").

    Runs stop at a quantifier (the "s" of "faces?" is optional) and nothing after a group or an escape is read.
    """
    runs = [
        run[:-1] if quantified else run
        for run, quantified in (
            (match.group(1), bool(match.group(2)))
            for match in _RUN.finditer(
                _GROUP_OR_ESCAPE.split(alternative, maxsplit=1)[0]
            )
        )
    ]
    longest = max(runs[::-1], key=len, default="")
    if not longest:
        raise ValueError(
            f"a shape's first words need letters to gate on: {alternative!r}"
        )
    return longest


# The gate words of every `Shapes`: one pass over a text's words finds those of all of them.
_GATE_WORDS: set[str] = set()


@lru_cache(maxsize=1)
def _shared_gate(size: int) -> WordStartGate:
    """The gate of all gate words so far (`size` of them: a new `Shapes` with new words makes a new gate)."""
    return WordStartGate(_GATE_WORDS)


def compile_gate() -> None:
    """Compile the shared gate now, once every `Shapes` is built (at import), rather than in the first decision."""
    _shared_gate(len(_GATE_WORDS))


@lru_cache(maxsize=64)
def _gate_words_found(folded: str, size: int) -> frozenset[str]:
    """The gate words that start a word of the folded text (cached: a decision asks a dozen `Shapes`)."""
    return _shared_gate(size).found(split_words(folded))


class Shapes:
    """Named shapes (one per language and kind); tells which one holds first in a folded text.

    One pass over the words (a trie of a word of each of the shapes' first alternatives, shared by all `Shapes`)
    picks the few shapes that may hold; of those, only the ones with a literal of each of their words in the text
    (see `required_literals`) run their lookahead patterns.
    """

    __slots__ = ("_by_prefix", "_gate", "_patterns")

    def __init__(self, shapes: Iterable[tuple[str, Shape]]) -> None:
        """Compile each shape's pattern, the literals of its words and the gate of their first alternatives' prefixes."""
        self._patterns: list[tuple[str, re.Pattern[str], tuple[tuple[str, ...], ...]]]
        self._patterns = []
        self._by_prefix: dict[str, set[int]] = {}
        for index, (label, shape) in enumerate(shapes):
            pattern = "^" + shape.unless + "".join(map(has, shape.words))
            literals = (
                required_literals(WORD.format(words), _MOST_LITERALS)
                for words in shape.words
            )
            self._patterns.append(
                (
                    label,
                    re.compile(pattern, re.DOTALL),
                    tuple(tuple(found) for found in literals if found),
                )
            )
            for alternative in _top_level(shape.words[0]):
                self._by_prefix.setdefault(_gate_word(alternative), set()).add(index)
        self._gate = frozenset(self._by_prefix)
        _GATE_WORDS.update(self._gate)

    def first(self, folded: str) -> str | None:
        """The label of the first shape that holds in the folded text, or None."""
        found = _gate_words_found(folded, len(_GATE_WORDS)) & self._gate
        candidates = sorted(set().union(*map(self._by_prefix.__getitem__, found)))
        return next(
            (
                label
                for label, pattern, literals in map(
                    self._patterns.__getitem__, candidates
                )
                if all(any(map(folded.__contains__, found)) for found in literals)
                and pattern.search(folded)
            ),
            None,
        )
