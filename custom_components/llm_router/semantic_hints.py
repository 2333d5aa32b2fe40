"""Semantic routing by nearest examples, asked only when the fast classifier is unsure.

The shipped examples are embedded once, in the background after setup; an utterance is embedded only when the
classifier is unsure about it. Everything here is best effort: when the embedding model is missing, slow or failing, routing simply uses the
classifier's decision.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass

from .backends.base import BackendError, ChatBackend
from .backends.ollama import OllamaClient
from .const import LOGGER
from .credentials import without_credentials
from .router import EmbeddingIndex, RouteDecision, SemanticHint
from .router.decide import SEMANTIC_BELOW_CONFIDENCE
from .router.example_phrases import EXAMPLES
from .router.nearest_examples import example_texts

# An unsure turn waits at most this long (seconds) for its embedding before keeping the classifier's route.
QUERY_TIMEOUT = 1.5


def wants_hint(decision: RouteDecision) -> bool:
    """Whether nearest examples may change the decision: a non-private classifier guess it is unsure about."""
    return (
        not decision.private
        and decision.source == "classifier"
        and decision.confidence < SEMANTIC_BELOW_CONFIDENCE
    )


@dataclass
class SemanticHints:
    """The embedder (the pool's first Ollama server), its embedding model and, once built, the example index."""

    embedder: OllamaClient
    model: str
    index: EmbeddingIndex | None = None

    @classmethod
    def for_pool(cls, hosts: Sequence[ChatBackend], model: str) -> SemanticHints | None:
        """Hints through the first Ollama host; None (with a warning) when the pool has none."""
        embedder = next(
            (host for host in hosts if isinstance(host, OllamaClient)), None
        )
        if embedder is None:
            LOGGER.warning(
                "Semantic routing with %s is off: no Ollama server in the local pool",
                model,
            )
            return None
        return cls(embedder, model)

    async def async_build(self) -> None:
        """Embed the shipped examples; on failure warn once and leave routing as it is."""
        try:
            vectors = await self.embedder.embed(example_texts(EXAMPLES), self.model)
            index = EmbeddingIndex.from_examples(EXAMPLES, vectors)
        except (BackendError, ValueError) as err:
            LOGGER.warning(
                "Semantic routing is off: embedding the examples with %s on %s failed: %s",
                self.model,
                without_credentials(self.embedder.base_url),
                without_credentials(str(err)),
            )
            return
        self.index = index
        LOGGER.debug("Semantic routing ready: %d examples embedded", index.size)

    async def async_hint(self, text: str) -> SemanticHint | None:
        """The nearest example's route and similarity for text, or None (no index yet, slow or failing)."""
        if self.index is None:
            return None
        try:
            async with asyncio.timeout(QUERY_TIMEOUT):
                (vector,) = await self.embedder.embed([text], self.model)
            return self.index.nearest(vector)
        except (BackendError, TimeoutError, ValueError) as err:
            LOGGER.debug(
                "Routing without nearest examples this turn: %s",
                without_credentials(repr(err)),
            )
            return None
