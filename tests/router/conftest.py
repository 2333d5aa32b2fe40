"""Fixtures of the router tests."""

from __future__ import annotations

from collections.abc import Callable
import importlib

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
