"""Semantic routing by nearest labelled examples, for when the fast classifier is unsure.

The embeddings are computed elsewhere (I/O); this module only compares vectors.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
import math

from .models import Route

SemanticHint = tuple[Route, float]


def cosine_similarity(first: Sequence[float], second: Sequence[float]) -> float:
    """Cosine similarity of two vectors (0.0 when either is all zeros)."""
    dot = sum(a * b for a, b in zip(first, second, strict=True))
    norms = math.sqrt(sum(a * a for a in first)) * math.sqrt(sum(b * b for b in second))
    return dot / norms if norms else 0.0


def semantic_route(
    query_vector: Sequence[float],
    example_vectors_by_route: Mapping[Route, Sequence[Sequence[float]]],
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
