"""Semantic routing by nearest examples, asked only when the fast classifier is unsure.

The shipped examples are embedded once, in the background after setup; an utterance is embedded only when the
classifier is unsure about it. Everything here is best effort: when the embedding model is missing, slow or failing, routing simply uses the
classifier's decision.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .backends.base import BackendError, ChatBackend
from .backends.ollama import OllamaClient
from .const import CONF_EMBEDDING_MODEL, LOGGER
from .models import local_health_key
from .router import EmbeddingIndex, RouteDecision, SemanticHint
from .router.decide import SEMANTIC_BELOW_CONFIDENCE
from .router.example_phrases import EXAMPLES
from .router.nearest_examples import example_texts

if TYPE_CHECKING:
    from .models import LLMRouterRuntime

# An unsure turn waits at most this long (seconds) for its embedding before keeping the classifier's route.
QUERY_TIMEOUT = 1.5


def embedding_model(runtime: LLMRouterRuntime) -> str:
    """The configured embedding model ("" when semantic routing is off)."""
    return str(runtime.settings.get(CONF_EMBEDDING_MODEL)).strip()


def find_embedder(hosts: Sequence[ChatBackend]) -> OllamaClient | None:
    """The first Ollama host of the local pool (OpenAI-compatible hosts are not asked for embeddings)."""
    return next((host for host in hosts if isinstance(host, OllamaClient)), None)


async def async_build_index(runtime: LLMRouterRuntime) -> None:
    """Embed the examples and put the index on the runtime; on failure warn once and leave routing as it is."""
    model = embedding_model(runtime)
    embedder = find_embedder(runtime.local_hosts)
    if embedder is None:
        LOGGER.warning(
            "Semantic routing with %s is off: no Ollama server in the local pool",
            model,
        )
        return
    try:
        vectors = await embedder.embed(example_texts(EXAMPLES), model)
        index = EmbeddingIndex.from_examples(EXAMPLES, vectors)
    except (BackendError, ValueError) as err:
        LOGGER.warning(
            "Semantic routing is off: embedding the examples with %s on %s failed: %s",
            model,
            embedder.base_url,
            err,
        )
        return
    runtime.semantic_index = index
    LOGGER.debug("Semantic routing ready: %d examples embedded", index.size)


def wants_hint(decision: RouteDecision) -> bool:
    """Whether nearest examples may change the decision: a non-private classifier guess it is unsure about."""
    return (
        not decision.private
        and decision.source == "classifier"
        and decision.confidence < SEMANTIC_BELOW_CONFIDENCE
    )


async def async_semantic_hint(
    runtime: LLMRouterRuntime, text: str
) -> SemanticHint | None:
    """The nearest example's route and similarity for text, or None (no index, host down, slow or failing)."""
    index = runtime.semantic_index
    embedder = find_embedder(runtime.local_hosts)
    if (
        index is None
        or embedder is None
        or not runtime.health.is_healthy(local_health_key(embedder.base_url))
    ):
        return None
    try:
        async with asyncio.timeout(QUERY_TIMEOUT):
            (vector,) = await embedder.embed([text], embedding_model(runtime))
        return index.nearest(vector)
    except (BackendError, TimeoutError, ValueError) as err:
        LOGGER.debug("Routing without nearest examples this turn: %r", err)
        return None
