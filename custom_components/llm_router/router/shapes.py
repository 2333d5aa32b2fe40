"""Patterns that hold when words of one language occur together anywhere in a folded text, in any order."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
import re

WORD = r"(?<![a-z])(?:{})(?![a-z])"


def has(words: str) -> str:
    """A lookahead: one of the alternatives `words` stands somewhere ahead as whole words."""
    return "(?=.*?" + WORD.format(words) + ")"


def lacks(words: str) -> str:
    """A lookahead: none of the alternatives `words` stands anywhere ahead."""
    return "(?!.*?" + WORD.format(words) + ")"


class Shapes:
    """Holds when, for one of the shapes (one per language), each of its alternatives stands in the text.

    One pass over the text looks for the first alternatives of all shapes; only when one is there does a pattern
    of lookaheads check whole shapes (and that `unless` does not stop them).
    """

    __slots__ = ("_gate", "_pattern")

    def __init__(self, shapes: Iterable[Sequence[str]], *, unless: str = "") -> None:
        """Compile the gate and the pattern; each shape is a sequence of regex alternatives that must all occur."""
        listed = list(shapes)
        self._gate = re.compile(WORD.format("|".join(shape[0] for shape in listed)))
        checks = ("".join(map(has, shape)) for shape in listed)
        self._pattern = re.compile(f"^{unless}(?:{'|'.join(checks)})", re.DOTALL)

    def found(self, folded: str) -> bool:
        """Whether one shape holds in the folded text."""
        return (
            self._gate.search(folded) is not None
            and self._pattern.search(folded) is not None
        )
