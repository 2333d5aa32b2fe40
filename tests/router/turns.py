"""Conversation histories for the router tests."""

from __future__ import annotations

from custom_components.llm_router.router import HistoryTurn, Route


def after_local(user: str, reply: str) -> list[HistoryTurn]:
    """A history of one exchange with the local model: the user's turn and its reply."""
    return [
        HistoryTurn("user", user, Route.LOCAL),
        HistoryTurn("assistant", reply, Route.LOCAL),
    ]
