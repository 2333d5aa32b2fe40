"""The seed routers the classifier is measured against."""

from __future__ import annotations

import re

from custom_components.llm_router.router import Route

_SEARCH_WORDS = re.compile(r"\b(?:search|latest|current)\b", re.IGNORECASE)
_REASONING_WORDS = re.compile(
    r"\b(?:analy[sz]e|explain in detail|write code)\b", re.IGNORECASE
)
LONG_TEXT_CHARACTERS = 500


def baseline_keyword_route(text: str) -> Route:
    """Seed keyword router: "search/latest/current" -> search, "analyze/explain in detail/write code" -> reasoning, else local."""
    if _SEARCH_WORDS.search(text):
        return Route.SEARCH
    if _REASONING_WORDS.search(text):
        return Route.REASONING
    return Route.LOCAL


def baseline_length_route(text: str) -> Route:
    """Seed length router: 500 characters or more -> reasoning, else local."""
    return Route.REASONING if len(text) >= LONG_TEXT_CHARACTERS else Route.LOCAL
