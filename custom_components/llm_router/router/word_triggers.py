"""Which of many literal triggers start a word of a text, found with one regex pass instead of slicing every word."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
import re

type _Trie = dict[str, _Trie]

_END = ""


def _trie(triggers: Iterable[str]) -> _Trie:
    """Build a character trie of `triggers`; the key "" marks where a trigger ends."""
    root: _Trie = {}
    for trigger in triggers:
        node = root
        for char in trigger:
            node = node.setdefault(char, {})
        node[_END] = {}
    return root


def _longest_first(node: _Trie) -> str:
    """A regex for the trie below `node` that prefers the longest trigger (ending here is the last alternative)."""
    branches = [
        re.escape(char) + _longest_first(child)
        for char, child in sorted(node.items())
        if char != _END
    ]
    if _END in node:
        branches.append("")
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


class WordStartGate:
    """Finds the triggers (non-empty, without spaces) that some word begins with.

    One regex walks a trie of the triggers at each word start and returns the longest trigger there;
    every shorter trigger that is a prefix of it starts the same word, so it is added from a precomputed table.
    """

    __slots__ = ("_pattern", "_prefixes_of")

    def __init__(self, triggers: Iterable[str]) -> None:
        """Compile the trie regex and the table of each trigger's prefixes that are triggers too."""
        unique = frozenset(triggers)
        self._pattern = re.compile(" (" + _longest_first(_trie(unique)) + ")")
        self._prefixes_of = {
            trigger: frozenset(
                trigger[:size] for size in range(1, len(trigger) + 1)
            ).intersection(unique)
            for trigger in unique
        }

    def found(self, words: Sequence[str]) -> frozenset[str]:
        """Return the triggers that at least one of `words` starts with."""
        longest = self._pattern.findall(" " + " ".join(words))
        return frozenset().union(*map(self._prefixes_of.__getitem__, longest))
