"""Follow-ups ("and tomorrow?", "make it shorter", "und morgen?") that continue the previous turn's route."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
import re

from .features import mentions_place
from .text import fold, words
from .types import HistoryTurn, Route

MAX_FOLLOW_UP_WORDS = 12
SHORT_FOLLOW_UP_WORDS = 3
_LEADING_MARKERS = re.compile(
    r"^\W*(?:and|also|what about|how about|now|then|ok now|okay now|same|und|auch|was ist mit|wie ist es mit|und jetzt|y|tambien|que tal|y en|y el|y la|et|aussi|et pour|et le|et la|"
    r"en|ook|wat dacht je van|hoe zit het met|e|anche|e per|e il|e la|ma|e quanto a|e o|e a|e para|tambem|"
    r"a (?:co|jak|ile|gdzie|kiedy|kde|kdy|kolik|zitra|jutro|dzis|dnes|teraz|ted|potem|pak|tam)|i (?:co|jak|jutro|tam)|tez|taky|"
    r"och|hur ar det med|vad sager du om|ocksa|og|hvad med|hva med|hvordan med|ogsa|ogso)\b"
)
# Pronouns that point back at the previous turn whatever the sentence around them.
_ANAPHORA = re.compile(
    r"\b(?:it|them|there|instead|again|shorter|longer|funnier|simpler|dort|nochmal|kurzer|eso|alli|ahi|ca|cela|la-bas|daar|korter|quello|isso|isto|jeszcze raz|znovu|igen|igjen|en gang till)\b"
)
# Words that are pronouns in a short reply but articles or demonstratives in a complete new sentence.
_SHORT_ANAPHORA = re.compile(
    r"\b(?:that|this|those|one|ones|too|then|es|das|da|auch|lo|tambien|le|aussi|het|dat|ook|anche|piu|tambem|ocksa|ogsa|tez|taky|la|li|det|den|dem|der|dar|tam|to|ono|tego|toho)\b"
)
SHORT_ANAPHORA_WORDS = 5
# "it" and "there" without a referent: the time, the weather, "is there ...".
_DUMMY_IT = re.compile(
    r"\b(?:(?:is|are|was|were) there|there(?:'s| is| are| was| were)|what time is it|how late is it|is it (?:raining|snowing|cold|hot|warm|windy|sunny|going to (?:rain|snow))|it'?s (?:raining|snowing|cold|hot|warm|late))\b"
)
_EDIT_REQUEST = re.compile(
    r"^\W*(?:(?:ok|okay|now|and|then|please|also|jetzt|und|bitte|auch|nu|en|ook|ahora|y|maintenant|et|ora|e|a|i|och|og|teraz|agora|ted)[ ,]+)*"
    r"(?:(?:can|could) you (?:also )?(?:make|change|let)|make it|make that|make them|turn it|change it|boil (?:it|that)|shorten it|rewrite it|translate it|put it|add (?:also )?that|let it|have it|"
    r"mach es|mach das|mach sie|fug (?:noch )?(?:hinzu|dazu) dass|erganze (?:noch )?dass|lass (?:es|sie|ihn)|"
    r"hazlo|haz que|anade (?:tambien )?que|agrega (?:tambien )?que|rends-le|fais-le|fais qu|ajoute (?:aussi )?qu|rendilo|fallo|fai che|aggiungi (?:anche )?che|"
    r"maak het|maak hem|laat (?:het|hem|ze)|voeg (?:ook )?toe dat|faz isso|faz com que|deixa isso|acrescenta (?:tambem )?que|adiciona (?:tambem )?que|"
    r"zrob to|zrob tak|dodaj (?:jeszcze |tez )?(?:zeby|ze|aby)|niech|udelej to|pridej (?:jeste |taky )?(?:at|aby|ze)|gor det|gor sa|lat den|lagg till att|"
    r"kan du (?:ogsa |ocksa |ogsa )?(?:lagga till att|tilfoje at|legge til at|fa den|gora den|gjore den|gore den)|tilfoj (?:ogsa )?at|lad den|gjor det|legg til at|la den)\b"
)
MAX_EDIT_REQUEST_WORDS = 25
_SEPARATORS = re.compile(r"[\s,;:]+")
# "does that ...", "... about that", a pronoun closing the sentence: a reference, not a determiner.
_POINTING_BACK = re.compile(
    r"\b(?:(?:does|did|is|was|will|would|can|could|should) (?:that|this)|(?:about|with|of|for) (?:that|this|those))\b|\b(?:that|this|those)\W*$"
)
_HERE = re.compile(
    r"\b(?:here|at home|at our place|bei uns|hier|aqui|en casa|ici|chez nous|qui|a casa|da noi|thuis|hier bij ons|em casa|tutaj|w domu|u nas|tady|doma|hemma|hos oss|hjemme|hos os)\b"
)


# Prepositions before a place that are also everyday words ("i" is "I" in English, "a" an article): they
# name a place only before a capitalised name ("a w Krakowie?", "e em Lisboa?", "och i Göteborg?", "a v Brně?").
_CAPITAL_PLACE_PREPOSITIONS = frozenset(
    {"w", "we", "em", "no", "na", "i", "v", "ve", "a", "à", "ao"}
)
_RAW_WORD = re.compile(r"[^\W\d_]+")


def names_a_place(text: str) -> bool:
    """Whether `text` names a place away from home: "in <name>", or a capitalised name after "w", "em", "i" or "v"."""
    if mentions_place(words(fold(text))):
        return True
    raw = _RAW_WORD.findall(text)
    return any(
        word.lower() in _CAPITAL_PLACE_PREPOSITIONS and following[:1].isupper()
        for word, following in pairwise(raw)
    )


@dataclass(frozen=True)
class Context:
    """What the conversation so far says about the current turn."""

    previous_route: Route
    previous_user_text: str
    previous_reply: str = ""


def conversation_context(history: Sequence[HistoryTurn]) -> Context | None:
    """Return the latest known route, user text and reply, or None without usable history."""
    route = next(
        (turn.route for turn in reversed(history) if turn.route is not None), None
    )
    user_text = next(
        (turn.text for turn in reversed(history) if turn.role == "user"), ""
    )
    reply = next(
        (turn.text for turn in reversed(history) if turn.role == "assistant"), ""
    )
    return Context(route, user_text, reply) if route is not None else None


def is_follow_up(text: str) -> bool:
    """Return whether `text` reads as a continuation of the previous turn rather than a new request."""
    tokens = words(fold(text))
    if not tokens:
        return False
    if len(tokens) > MAX_FOLLOW_UP_WORDS:
        return len(tokens) <= MAX_EDIT_REQUEST_WORDS and edits_previous(text)
    return len(tokens) <= SHORT_FOLLOW_UP_WORDS or links_back(text)


def links_back(text: str) -> bool:
    """Return whether `text` points at the previous turn: "and ...", "make it ...", a pronoun with no referent of its own.

    A complete new question ("who won the champions league final this year") does not, even when short.
    """
    folded = fold(text)
    tokens = words(folded)
    if not tokens or len(tokens) > MAX_FOLLOW_UP_WORDS:
        return False
    if _LEADING_MARKERS.search(folded) or edits_previous(text):
        return True
    folded = _DUMMY_IT.sub(" ", folded)
    return bool(
        _ANAPHORA.search(folded)
        or _POINTING_BACK.search(folded)
        or (len(tokens) <= SHORT_ANAPHORA_WORDS and _SHORT_ANAPHORA.search(folded))
    )


def edits_previous(text: str) -> bool:
    """Return whether `text` asks to rework the previous answer ("make it shorter", "now boil that down")."""
    return bool(_EDIT_REQUEST.search(_SEPARATORS.sub(" ", fold(text))))


def place_switch(text: str, previous_route: Route) -> Route | None:
    """Return the route implied by a follow-up that moves the question elsewhere or back home, if any."""
    folded = fold(text)
    if previous_route is not Route.SEARCH and names_a_place(text):
        return Route.SEARCH
    if previous_route is Route.SEARCH and _HERE.search(folded):
        return Route.LOCAL
    return None
