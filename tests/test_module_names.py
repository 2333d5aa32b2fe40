"""No two of the integration's modules or packages have names that differ by a letter or a word."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parents[1] / "custom_components" / "llm_router"

# Pairs whose names are this close on purpose, and why.
SAME_JOB = {
    frozenset({"binary_sensor", "sensor"}): "Home Assistant's platform names",
    frozenset({"ledger", "ledger_store"}): "the ledger's persistence",
    frozenset({"privacy", "privacy_lexicon"}): "the privacy detectors' phrase lists",
}


def _names() -> set[str]:
    """The stems of every module and the names of every subpackage."""
    modules = {path.stem for path in PACKAGE_DIR.rglob("*.py")} - {"__init__"}
    packages = {path.parent.name for path in PACKAGE_DIR.glob("*/__init__.py")}
    return modules | packages


def _root(word: str) -> str:
    """`word` without an inflection, so that router, routing and routes compare equal."""
    for ending in ("ing", "er", "ed", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def _one_edit_apart(first: str, second: str) -> bool:
    """True when one letter added, dropped or changed turns `first` into `second`."""
    if abs(len(first) - len(second)) > 1:
        return False
    if len(first) == len(second):
        return sum(a != b for a, b in zip(first, second, strict=True)) == 1
    short, long = sorted((first, second), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def too_close(first: str, second: str) -> bool:
    """Whether two names differ only by a letter, an inflection or one added word."""
    words = {_root(word) for word in first.split("_")}
    others = {_root(word) for word in second.split("_")}
    return _one_edit_apart(first, second) or words == others or len(words ^ others) == 1


def test_no_two_module_names_differ_by_a_letter_or_a_word() -> None:
    names = _names()
    assert {"router", "turn_decision", "registry_names"} <= names
    close = {
        frozenset(pair) for pair in combinations(sorted(names), 2) if too_close(*pair)
    }
    assert close - SAME_JOB.keys() == set()


def test_the_names_the_layout_review_found_are_too_close() -> None:
    assert too_close("router", "routing")
    assert too_close("vocabulary", "home_vocabulary")
    assert too_close("model", "models")
    assert too_close("semantic", "semantic_routing")
    assert not too_close("held_answer", "answer_check")
    assert not too_close("decide", "turn_decision")
