"""Nearest-example routing and the seed baselines."""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import (
    Route,
    baseline_keyword_route,
    baseline_length_route,
    semantic_route,
)


def test_semantic_route_picks_the_nearest_example() -> None:
    examples = {Route.LOCAL: [[1.0, 0.0]], Route.SEARCH: [[0.0, 1.0], [0.6, 0.8]]}
    route, similarity = semantic_route([0.5, 0.9], examples)
    assert route is Route.SEARCH
    assert similarity == pytest.approx(0.99, abs=0.01)


def test_semantic_route_needs_examples() -> None:
    with pytest.raises(ValueError, match="no example vectors"):
        semantic_route([1.0], {})


def test_baselines() -> None:
    assert baseline_keyword_route("what's the latest news") is Route.SEARCH
    assert baseline_keyword_route("analyze my bills") is Route.REASONING
    assert baseline_keyword_route("turn on the light") is Route.LOCAL
    assert baseline_length_route("x" * 500) is Route.REASONING
    assert baseline_length_route("short") is Route.LOCAL
