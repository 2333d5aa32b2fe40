r"""Word-bounded regex alternations that try, at each place, only the alternatives that can start with its letter.

Python's engine tries every alternative of `(?<![\w@])(?:a|b|...)(?![\w@])` at every word it meets; a detector of a
few hundred alternatives spends most of its time on alternatives whose first letter is not there. `WordAlternation`
finds exactly the matches of that pattern (same spans, same order) with a few patterns: the alternatives that start
with a plain letter, grouped by it; those that open with a group, tried only where one of their groups matches; and
the others, in their order. Where two match at the same place first, the whole pattern decides which alternative wins
there. A part (or a pattern of another shape) whose every match contains one of a few literals (`required_literals`)
is searched only in a text where one of them occurs; each of the others with such literals is a part of its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise
import os
import re
import sys

from .required import required_literals

_QUANTIFIERS = ("?", "*", "+", "{")
# An alternative spread to more than this many times its length (a long rest after a group of many first letters)
# stays whole: compiling the copies would cost more, once, than they save. Up to twelve times, the groups of
# pronouns and question words that open many presence alternatives are spread: the presence detector's search of a
# long text takes a third of the time, for about 0.1 s more at import.
_MAX_GROWTH = 12
_MIN_BUDGET = 200
# A longer part is seldom confined to a few literals (see `required_literals`): it is not read, for a quicker import.
_MAX_READ = 3000
# Up to this many first letters, each letter's branches open with their shared characters and the lookbehind after
# them ("me(?<![a-z]me)(?:dicine|ds)"): the engine skips to those characters before it tries anything else. With
# more letters nearly every place starts one, and one lookbehind first is cheaper.
_LETTER_FIRST_AT_MOST = 8


def structure(regex: str) -> Iterator[tuple[int, str, int]]:
    """Yield each unescaped character outside a character class, with its index and the group depth before it."""
    depth, escaped, in_class = 0, False, False
    for index, char in enumerate(regex):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        else:
            yield index, char, depth
            depth += {"(": 1, ")": -1}.get(char, 0)


def top_level_branches(regex: str) -> list[str]:
    """Split a regex at the bars outside any group."""
    bars = [
        index for index, char, depth in structure(regex) if char == "|" and not depth
    ]
    return [regex[start + 1 : end] for start, end in pairwise([-1, *bars, len(regex)])]


def first_literal(alternative: str) -> str | None:
    """Return the letter or digit every match of a regex alternative starts with, or None when that is not plain."""
    if not alternative[:1].isalnum() or alternative[1:2] in _QUANTIFIERS:
        return None
    return None if len(top_level_branches(alternative)) > 1 else alternative[0]


def _spread(alternative: str) -> list[str]:
    """The alternative as branches tried in the same order, as many as possible starting with a plain letter.

    The alternative has no bars outside a group. An opening group's branches spread over the rest: "(?:x|y)rest" tries x then rest, then y then
    rest, as "xrest|yrest" does; an optional group ("(?:my )?rest") is the group or nothing. Branches that start
    with a letter are gathered by it ("(?:lock|door|deur)rest" is "l(?:ock)rest|d(?:oor|eur)rest"), never across a
    branch that may start with any letter: only such branches and those of the same letter can match at one place.
    """
    if not alternative.startswith("(?:"):
        return [alternative]
    end = next(
        index
        for index, char, depth in structure(alternative)
        if char == ")" and depth == 1
    )
    inner = [
        spread
        for branch in top_level_branches(alternative[3:end])
        for spread in _spread(branch)
    ]
    rest = alternative[end + 1 :]
    if rest[:1] == "?" and rest[1:2] not in ("?", "+"):
        inner, rest = [*inner, ""], rest[1:]
    elif rest[:1] in _QUANTIFIERS:
        return [alternative]
    spread: list[str] = []
    by_letter: dict[str, list[str]] = {}
    for branch in [*inner, None]:
        if branch is not None and first_literal(branch) is not None:
            by_letter.setdefault(branch[0], []).append(branch[1:])
            continue
        spread += [
            f"{letter}(?:{'|'.join(tails)}){rest}"
            for letter, tails in by_letter.items()
        ]
        by_letter = {}
        if branch is not None:
            spread += _spread(rest) if branch == "" else [branch + rest]
    return spread


# A word-bounded alternation: a lookbehind, the alternatives in one group, a lookahead ("(?<![a-z])(?:x|y)(?![a-z])").
_BOUNDED = re.compile(r"\(\?<!(\[[^\]]+\])\)\(\?:(.*)\)(\(\?!\[[^\]]+\]\))", re.DOTALL)
_META_CHARACTERS = frozenset("\\.^$*+?{}[]()|")


def _alternatives(source: str) -> tuple[str, list[str], str] | None:
    """Split a word-bounded alternation into the class its lookbehind excludes, its alternatives and its lookahead.

    None when `source` has another shape.
    """
    if (bounded := _BOUNDED.fullmatch(source)) is None:
        return None
    before, inner, after = bounded.groups()
    if any(char == ")" and depth == 0 for _, char, depth in structure(inner)):
        return None  # the group closes early: "(?:a)|(?:b)" is not one group
    return before, top_level_branches(inner), after


def literal_prefix(alternative: str) -> str:
    """Return the literal text every match of a regex alternative starts with ("" when there is none)."""
    literal: list[str] = []
    for char in alternative:
        if char in _META_CHARACTERS:
            if char in "?*{" and literal:
                literal.pop()
            break
        literal.append(char)
    return "".join(literal)


def _lettered(before: str, groups: list[list[str]]) -> str:
    """The alternation of the branches that start with a letter, grouped by it, without its lookahead."""
    if len(groups) > _LETTER_FIRST_AT_MOST:
        return (
            f"(?<!{before})(?:"
            + "|".join(f"(?:{'|'.join(group)})" for group in groups)
            + ")"
        )
    return "(?:" + "|".join(_letter_first(before, group) for group in groups) + ")"


def _letter_first(before: str, group: list[str]) -> str:
    """Branches of one first letter: what they all start with, the lookbehind after it, then the rest of each."""
    shared = os.path.commonprefix([literal_prefix(branch) for branch in group])
    tails = "|".join(branch[len(shared) :] for branch in group)
    return f"{shared}(?<!{before}{shared})(?:{tails})"


def _head(branch: str) -> str | None:
    """The opening group every match of a branch starts with ("(?:lock|door)" of "(?:lock|door) code"), or None."""
    if not branch.startswith("(?:"):
        return None
    end = next(
        index for index, char, depth in structure(branch) if char == ")" and depth == 1
    )
    return None if branch[end + 1 : end + 2] in _QUANTIFIERS else branch[: end + 1]


class _Part:
    """Some of the branches in their order, the heads that open their matches, the literals their matches contain.

    The literals (one of which every match contains) are kept when they are few enough to look for first.
    """

    __slots__ = ("heads", "literals", "pattern")

    def __init__(self, pattern: str, heads: str | None = None) -> None:
        self.pattern = re.compile(pattern)
        self.heads = None if heads is None else re.compile(heads)
        literals = required_literals(pattern) if len(pattern) <= _MAX_READ else None
        self.literals = tuple(literals) if literals else None

    def search(self, string: str, pos: int, endpos: int) -> re.Match[str] | None:
        """The part's leftmost match, looked for only where one of its literals and one of its heads are."""
        if self.literals is not None:
            text = string if pos == 0 and endpos >= len(string) else string[pos:endpos]
            if not any(map(text.__contains__, self.literals)):
                return None
        if self.heads is None:
            return self.pattern.search(string, pos, endpos)
        # a match opens with a head: tried only where one is, the leftmost first
        while (head := self.heads.search(string, pos, endpos)) is not None:
            if (match := self.pattern.match(string, head.start(), endpos)) is not None:
                return match
            pos = head.start() + 1
        return None


def _split(before: str, alternatives: list[str], after: str) -> list[_Part]:
    """The parts of a word-bounded alternation: by first letter, headed, the others; none when nothing splits off."""
    by_letter: dict[str, list[str]] = {}
    headed: list[str] = []
    others: list[str] = []
    for alternative in alternatives:
        spread = _spread(alternative)
        if sum(map(len, spread)) > _MAX_GROWTH * len(alternative) + _MIN_BUDGET:
            spread = [alternative]
        for branch in spread:
            if (letter := first_literal(branch)) is not None:
                by_letter.setdefault(letter, []).append(branch)
            else:
                (others if _head(branch) is None else headed).append(branch)
    if not by_letter and not headed:
        return []
    parts = []
    if by_letter:
        parts.append(_Part(_lettered(before, list(by_letter.values())) + after))
    if headed:
        heads = dict.fromkeys(
            spread for branch in headed for spread in _spread(_head(branch) or "")
        )
        parts.append(
            _Part(
                f"(?<!{before})(?:{'|'.join(headed)}){after}",
                f"(?<!{before})(?:{'|'.join(heads)})",
            )
        )
    # the others are tried at every place: each with its own literals apart, looked for only where they occur
    alone = [_Part(f"(?<!{before})(?:{branch}){after}") for branch in others]
    rest = [
        branch for branch, part in zip(others, alone, strict=True) if not part.literals
    ]
    parts += [part for part in alone if part.literals]
    if rest:
        parts.append(_Part(f"(?<!{before})(?:{'|'.join(rest)}){after}"))
    return parts


class WordAlternation:
    """A word-bounded alternation that looks for its matches by first letter (see the module docstring).

    Its `search` and `finditer` give the same matches as the compiled `source`; a pattern of another shape, or
    with groups (which could be referred back to or read), is searched as it is, where its literals occur.
    """

    __slots__ = ("_parts", "whole")

    def __init__(self, source: str) -> None:
        """Compile `source` and, when it is a word-bounded alternation, its parts by first letter."""
        self.whole = re.compile(source)
        parts = None if self.whole.groups else _alternatives(source)
        self._parts = [] if parts is None else _split(*parts)
        if not self._parts and (whole := _Part(source)).literals is not None:
            self._parts = [whole]  # searched as it is, where one of its literals occurs

    @property
    def pattern(self) -> str:
        """The whole pattern's source."""
        return self.whole.pattern

    def search(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        """Return the leftmost match in `string[pos:endpos]`, as the whole pattern's `search` does."""
        if not self._parts:
            return self.whole.search(string, pos, endpos)
        first: re.Match[str] | None = None
        tied = False
        for part in self._parts:
            match = part.search(string, pos, endpos)
            if match is None:
                continue
            if first is None or match.start() < first.start():
                first, tied = match, False
            elif match.start() == first.start():
                tied = True
        if tied and first is not None:
            # two parts match first at the same place: the order of the one pattern decides
            return self.whole.match(string, first.start(), endpos)
        return first

    def finditer(self, string: str) -> Iterator[re.Match[str]]:
        """Yield the matches left to right, as the whole pattern's `finditer` does."""
        pos = 0
        while (match := self.search(string, pos)) is not None:
            if match.end() == match.start():
                # after an empty match the engine's own rules apply: let the whole pattern go on from there
                yield from self.whole.finditer(string, match.start())
                return
            yield match
            pos = match.end()


# What the detectors search with: a compiled pattern or a word-bounded alternation.
type Pattern = re.Pattern[str] | WordAlternation
