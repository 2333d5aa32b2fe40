"""Fixtures of the router tests."""

from __future__ import annotations

from collections.abc import Callable
import importlib
import json
from pathlib import Path

import pytest

from custom_components.llm_router.router.classifier import Prediction


@pytest.fixture
def classifier_says(
    monkeypatch: pytest.MonkeyPatch,
) -> Callable[[Prediction], None]:
    """Make the classifier give one prediction for every text the routing decision scores."""
    decide_module = importlib.import_module(
        "custom_components.llm_router.router.decide"
    )

    def set_prediction(prediction: Prediction) -> None:
        monkeypatch.setattr(decide_module, "classify", lambda _text: prediction)

    return set_prediction


@pytest.fixture(scope="session")
def utterances() -> list[str]:
    """The utterances of the routing data set (when it is beside the checkout) and of the blind dev set."""
    root = Path(__file__).parents[2]
    paths = [
        root.parent / "shared" / "routing" / "dev.jsonl",
        *sorted((root / "benchmarks" / "data" / "blind" / "dev").glob("*.jsonl")),
    ]
    return [
        json.loads(line)["text"]
        for path in paths
        if path.exists()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
