"""Follow-ups ("and tomorrow?", "make it shorter", "und morgen?") that continue the previous turn's route."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
import re

from .features import mentions_place
from .text import fold, words
from .types import HistoryTurn, Route

MAX_FOLLOW_UP_WORDS = 12
_LEADING_MARKERS = re.compile(
    r"^\W*(?:and|also|what about|how about|now|then|ok now|okay now|same|und|auch|was ist mit|wie ist es mit|und jetzt|y|tambien|que tal|y en|y el|y la|et|aussi|et pour|et le|et la|"
    r"en|ook|wat dacht je van|hoe zit het met|e|anche|e per|e il|e la|ma)\b"
)
_ANAPHORA = re.compile(
    r"\b(?:it|that|this|those|them|there|then|one|ones|too|again|instead|shorter|longer|funnier|simpler|es|das|dort|da|auch|nochmal|kurzer|lo|la|eso|alli|ahi|tambien|"
    r"le|ca|cela|la-bas|aussi|het|dat|daar|ook|korter|lo|quello|li|anche|piu)\b"
)
_EDIT_REQUEST = re.compile(
    r"^\W*(?:make it|make that|turn it|change it|boil (?:it|that)|mach es|maak het|rendilo|fallo|hazlo|rends-le|fais-le)\b"
)
_HERE = re.compile(
    r"\b(?:here|at home|at our place|bei uns|hier|aqui|en casa|ici|chez nous|qui|a casa|da noi|thuis|hier bij ons)\b"
)


@dataclass(frozen=True)
class Context:
    """What the conversation so far says about the current turn."""

    previous_route: Route
    previous_user_text: str


def conversation_context(history: Sequence[HistoryTurn]) -> Context | None:
    """Return the latest known route and the latest user text, or None without usable history."""
    route = next(
        (turn.route for turn in reversed(history) if turn.route is not None), None
    )
    user_text = next(
        (turn.text for turn in reversed(history) if turn.role == "user"), ""
    )
    return Context(route, user_text) if route is not None else None


def is_follow_up(text: str) -> bool:
    """Return whether `text` reads as a continuation of the previous turn rather than a new request."""
    folded = fold(text)
    tokens = words(folded)
    if not tokens or len(tokens) > MAX_FOLLOW_UP_WORDS:
        return False
    return len(tokens) <= 3 or bool(
        _LEADING_MARKERS.search(folded)
        or _EDIT_REQUEST.search(folded)
        or _ANAPHORA.search(folded)
    )


def place_switch(text: str, previous_route: Route) -> Route | None:
    """Return the route implied by a follow-up that moves the question elsewhere or back home, if any."""
    folded = fold(text)
    if previous_route is not Route.SEARCH and mentions_place(words(folded)):
        return Route.SEARCH
    if previous_route is Route.SEARCH and _HERE.search(folded):
        return Route.LOCAL
    return None
