"""The shipped classifier weights are exactly what the committed training data and scripts produce."""

from __future__ import annotations

from collections.abc import Iterator
import importlib
from pathlib import Path
import sys
from types import ModuleType

import pytest

from custom_components.llm_router.router import classifier, features

TRAINING_DIR = Path(__file__).parents[2] / "tools" / "router_training"


@pytest.fixture
def training() -> Iterator[tuple[ModuleType, ModuleType]]:
    """The generate and train scripts, imported as their own folder sees them (flat module names)."""
    sys.path.insert(0, str(TRAINING_DIR))
    try:
        yield importlib.import_module("generate"), importlib.import_module("train")
    finally:
        sys.path.remove(str(TRAINING_DIR))


def test_generated_training_data_is_reproduced_from_the_templates(
    training: tuple[ModuleType, ModuleType],
) -> None:
    generate, _ = training
    committed = (TRAINING_DIR / "generated.jsonl").read_text(encoding="utf-8")
    assert generate.render(generate.build()) == committed


def test_weights_file_is_reproduced_byte_for_byte_from_the_training_data(
    training: tuple[ModuleType, ModuleType],
) -> None:
    """One full training run on the committed data (seeded SGD, about 10 s) must give the shipped file."""
    _, train = training
    assert train.build(features) == classifier.WEIGHTS_FILE.read_bytes()


def test_a_weights_file_for_other_features_is_refused() -> None:
    data = classifier.WEIGHTS_FILE.read_bytes().replace(
        f'"bucket_bits": {features.BUCKET_BITS}'.encode(), b'"bucket_bits": 12', 1
    )
    with pytest.raises(ImportError, match="run tools/router_training/train.py"):
        classifier.load_weights(data)
