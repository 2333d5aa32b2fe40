"""Semantic routing by nearest labelled examples, for when the fast classifier is unsure.

The embeddings are computed elsewhere (I/O); this module only compares vectors.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
import math

from .types import Route

SemanticHint = tuple[Route, float]
type Vector = Sequence[float]


def cosine_similarity(first: Vector, second: Vector) -> float:
    """Cosine similarity of two vectors (0.0 when either is all zeros); ValueError when their sizes differ."""
    norms = math.sqrt(math.sumprod(first, first)) * math.sqrt(
        math.sumprod(second, second)
    )
    return math.sumprod(first, second) / norms if norms else 0.0


def semantic_route(
    query_vector: Vector,
    example_vectors_by_route: Mapping[Route, Sequence[Vector]],
) -> SemanticHint:
    """Return the route of the most similar example vector and that similarity.

    Raises ValueError when there are no example vectors at all.
    """
    best: SemanticHint | None = None
    for route, vectors in example_vectors_by_route.items():
        for vector in vectors:
            similarity = cosine_similarity(query_vector, vector)
            if best is None or similarity > best[1]:
                best = (route, similarity)
    if best is None:
        raise ValueError("no example vectors to compare with")
    return best


def example_texts(examples: Mapping[Route, Sequence[str]]) -> list[str]:
    """All example texts, route by route: the order `EmbeddingIndex.from_examples` expects their vectors in."""
    return [text for texts in examples.values() for text in texts]


@dataclass(frozen=True, slots=True)
class EmbeddingIndex:
    """The embedded example set: example vectors per route, searched for the nearest one."""

    vectors: Mapping[Route, Sequence[Vector]]

    @classmethod
    def from_examples(
        cls, examples: Mapping[Route, Sequence[str]], vectors: Sequence[Vector]
    ) -> EmbeddingIndex:
        """Pair the vectors of `example_texts(examples)` with their routes; ValueError when the counts differ."""
        if len(vectors) != sum(len(texts) for texts in examples.values()):
            raise ValueError(
                f"{len(vectors)} vectors for {len(example_texts(examples))} examples"
            )
        by_route: dict[Route, Sequence[Vector]] = {}
        start = 0
        for route, texts in examples.items():
            by_route[route] = tuple(vectors[start : start + len(texts)])
            start += len(texts)
        return cls(by_route)

    @property
    def size(self) -> int:
        """How many example vectors the index holds."""
        return sum(len(vectors) for vectors in self.vectors.values())

    def nearest(self, query_vector: Vector) -> SemanticHint:
        """The route of the most similar example and that similarity."""
        return semantic_route(query_vector, self.vectors)
