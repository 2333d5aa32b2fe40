"""Nearest-example routing (vectors, the embedding index, the shipped examples) and the seed baselines."""

from __future__ import annotations

import pytest

from benchmarks.baselines import baseline_keyword_route, baseline_length_route
from custom_components.llm_router.router import EmbeddingIndex, Route, semantic_route
from custom_components.llm_router.router.example_phrases import EXAMPLES
from custom_components.llm_router.router.nearest_examples import (
    cosine_similarity,
    example_texts,
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


def test_embedding_index_pairs_vectors_with_routes() -> None:
    examples = {Route.LOCAL: ["lights on", "timer"], Route.SEARCH: ["news"]}
    assert example_texts(examples) == ["lights on", "timer", "news"]
    index = EmbeddingIndex.from_examples(examples, [[1.0, 0.0], [0.9, 0.1], [0.0, 1.0]])
    assert index.size == 3
    route, similarity = index.nearest([0.1, 2.0])
    assert route is Route.SEARCH
    assert similarity == pytest.approx(0.999, abs=0.001)
    assert index.nearest([1.0, 0.0]) == (Route.LOCAL, pytest.approx(1.0))


def test_embedding_index_needs_one_vector_per_example() -> None:
    with pytest.raises(ValueError, match="2 vectors for 3 examples"):
        EmbeddingIndex.from_examples(
            {Route.LOCAL: ["a", "b"], Route.SEARCH: ["c"]}, [[1.0], [0.0]]
        )


def test_vectors_of_different_sizes_do_not_compare() -> None:
    index = EmbeddingIndex.from_examples({Route.LOCAL: ["a"]}, [[1.0, 0.0]])
    with pytest.raises(ValueError):
        index.nearest([1.0, 0.0, 0.0])
    assert cosine_similarity([0.0, 0.0], [1.0, 0.0]) == 0.0


def test_shipped_examples_cover_every_route_in_six_languages() -> None:
    assert set(EXAMPLES) == set(Route)
    for texts in EXAMPLES.values():
        assert 15 <= len(texts) <= 25
        assert len(set(texts)) == len(texts)
