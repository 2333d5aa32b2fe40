"""Shapes: the words of one language's shape must all stand in the text, whole and in any order."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

from custom_components.llm_router import router
from custom_components.llm_router.router.shapes import Shape, Shapes, lacks
from custom_components.llm_router.router.text import fold

SHAPES = Shapes(
    [
        ("fixture", Shape((r"plays|facing", r"tonight|today"))),
        ("fixture", Shape((r"spielt", r"heute"), lacks(r"musik"))),
        ("apostrophe", Shape((r"a l'affiche", r"encore"))),
    ]
)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("tonight who plays arsenal", "fixture"),
        ("wer spielt heute", "fixture"),
        ("wer spielt heute musik", None),
        ("the display today", None),  # "plays" only as a whole word
        ("heute plays", None),  # words of two languages make no shape
        ("le film est encore a l'affiche", "apostrophe"),
    ],
)
def test_a_shape_holds_only_with_all_its_words_of_one_language(
    text: str, label: str | None
) -> None:
    assert SHAPES.first(text) == label


def test_a_shape_must_start_with_letters_to_gate_on() -> None:
    with pytest.raises(ValueError, match="letters to gate on"):
        Shapes([("digits", Shape((r"\d+", r"euro")))])


def test_every_shapes_finds_what_its_patterns_find(utterances: list[str]) -> None:
    """Each module's `Shapes` finds what running every pattern in order finds.

    The gate and the literals of the words skip only shapes that do not hold.
    """
    found = [
        value
        for module in pkgutil.iter_modules(router.__path__)
        for value in vars(
            importlib.import_module(f"{router.__name__}.{module.name}")
        ).values()
        if isinstance(value, Shapes)
    ]
    assert len(found) > 15
    for shapes in found:
        for text in map(fold, utterances):
            assert shapes.first(text) == next(
                (
                    label
                    for label, pattern, _ in shapes._patterns
                    if pattern.search(text)
                ),
                None,
            ), text
