"""Literal texts one of which every match of a regex contains, so a text without any of them need not be searched.

Read in one pass from the source as the detectors write it: literals, groups, alternatives, classes, escapes,
quantifiers and lookarounds. What is optional, repeated from zero, looked around or not plain text requires nothing;
a regex with a flag, a reference or another syntax not read here gives no literals (it is always searched).
"""

from __future__ import annotations

import re

# More literals than this are too many to look for before a search: as good as none.
MAX_LITERALS = 16
_LOOKAROUNDS = ("?=", "?!", "?<=", "?<!")
_ANY_PLACE = frozenset(".^$")
_PLAIN = re.compile(r"[^\\()\[\]|?*+{}.^$]{2,}")
# Escapes of a class or a place; any other escaped letter or digit (a code point, a reference) is not read.
_CLASS_ESCAPES = frozenset("wWdDsSbBAZ")

type _Literals = frozenset[str] | None


class _UnreadError(Exception):
    """The regex uses a syntax that is not read here."""


def required_literals(regex: str, most: int = MAX_LITERALS) -> _Literals:
    """At most `most` literals one of which every match of `regex` contains, or None."""
    try:
        literals, end = _alternatives(regex, 0, most)
    except _UnreadError:
        return None
    return literals if end == len(regex) else None


def _alternatives(regex: str, index: int, most: int) -> tuple[_Literals, int]:
    """The literals of the alternatives from `index` to the end of their group: those of each of them together."""
    union: set[str] | None = set()
    while True:
        literals, index = _sequence(regex, index, most)
        union = None if union is None or literals is None else union | literals
        if union is not None and len(union) > most:
            union = None
        if regex[index : index + 1] != "|":
            return (None if union is None else frozenset(union)), index
        index += 1


def _sequence(regex: str, index: int, most: int) -> tuple[_Literals, int]:
    """The most telling literals of one alternative: its longest run of plain text, or one of its groups'."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def end_run() -> None:
        if run:
            candidates.append(frozenset({"".join(run)}))
            run.clear()

    while index < len(regex) and regex[index] not in "|)":
        char = regex[index]
        if char == "(":
            inner, index, looks = _group(regex, index, most)
            index, least = _quantifier(regex, index)
            end_run()
            if inner and least and not looks:
                candidates.append(inner)
            continue
        if char in "?*+{":
            raise _UnreadError(regex)
        if plain := _PLAIN.match(regex, index):
            # all but the last character of a stretch of plain text: the last may carry a quantifier
            run.extend(plain.group()[:-1])
            index = plain.end() - 1
        literal, after = _atom(regex, index)
        index, least = _quantifier(regex, after)
        if literal is None:
            end_run()
            continue
        if least:
            run.append(literal)
        if index != after:
            end_run()  # repeated or optional: what follows is not right after it
    end_run()
    return max(candidates, key=_telling, default=None), index


def _group(regex: str, index: int, most: int) -> tuple[_Literals, int, bool]:
    """A group's literals, where it ends, and whether it is a lookaround (which consumes nothing)."""
    opening = regex[index + 1 : index + 4]
    looks = opening.startswith(_LOOKAROUNDS)
    if looks:
        index += 4 if opening.startswith("?<") else 3
    elif opening.startswith("?:"):
        index += 3
    elif opening.startswith("?"):
        raise _UnreadError(regex)  # a flag, a named group, a condition
    else:
        index += 1
    inner, index = _alternatives(regex, index, most)
    if regex[index : index + 1] != ")":
        raise _UnreadError(regex)
    return inner, index + 1, looks


def _atom(regex: str, index: int) -> tuple[str | None, int]:
    """The literal character at `index` (None for a class, an escape of one, or a place) and where it ends."""
    char = regex[index]
    if char == "[":
        return None, _class_end(regex, index) + 1
    if char in _ANY_PLACE:
        return None, index + 1
    if char != "\\":
        return char, index + 1
    escaped = regex[index + 1 : index + 2]
    if not escaped.isalnum():
        return escaped or None, index + 2
    if escaped not in _CLASS_ESCAPES:
        raise _UnreadError(regex)
    return None, index + 2


def _telling(literals: frozenset[str]) -> tuple[int, int]:
    """Longer shortest literals are rarer; fewer literals are quicker to look for."""
    return min(map(len, literals)), -len(literals)


def _class_end(regex: str, start: int) -> int:
    """The index of the bracket that closes the character class opened at `start`."""
    index = start + 1
    index += regex[index : index + 1] == "^"
    index += regex[index : index + 1] == "]"
    while index < len(regex):
        if regex[index] == "\\":
            index += 2
        elif regex[index] == "]":
            return index
        else:
            index += 1
    raise _UnreadError(regex)


def _quantifier(regex: str, index: int) -> tuple[int, int]:
    """Read a quantifier at `index`: where it ends and the least number of repeats (1 when there is none)."""
    char = regex[index : index + 1]
    if char in ("?", "*"):
        least, index = 0, index + 1
    elif char == "+":
        least, index = 1, index + 1
    elif char == "{":
        close = regex.find("}", index)
        low, _, high = regex[index + 1 : close].partition(",")
        if close < 0 or not all(part.isdigit() or not part for part in (low, high)):
            raise _UnreadError(regex)
        least, index = int(low or 0), close + 1
    else:
        return index, 1
    if regex[index : index + 1] in ("?", "+"):
        index += 1  # lazy or possessive: the same least number
    return index, least
