"""Follow-ups ("and tomorrow?", "make it shorter", "und morgen?") that continue the previous turn's route.

A turn continues the previous one when it is short, points back at it (a leading "and", a pronoun with no
referent of its own, "it doesn't work"), asks to rework the answer just given, in any of the twelve languages
(a verb that shortens, adds, removes, continues or summarises, or a fragment that starts with a degree or a
comparative: "mais curta por favor", "kortere og mer for barn"), or answers the question the assistant just asked.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
import re

from .alternation import WordAlternation
from .home_requests import about_home_things, names_a_place
from .text import fold, words
from .types import HistoryTurn, Route

MAX_FOLLOW_UP_WORDS = 12
SHORT_FOLLOW_UP_WORDS = 3
# A reply to the assistant's question ("yeah", "sí, como sensor en yaml", "nur bad und küche") is this short.
MAX_ANSWER_WORDS = 6
_LEADING_MARKERS = re.compile(
    r"^\W*(?:(?:ok|okay|okej|okei|oke)\W+)?(?:and|also|what about|how about|now|then|ok now|okay now|same|und|auch|was ist mit|wie ist es mit|und jetzt|y|tambien|que tal|y en|y el|y la|et|aussi|et pour|et le|et la|"
    r"en|ook|wat dacht je van|hoe zit het met|e|anche|e per|e il|e la|ma|e quanto a|e o|e a|e para|tambem|"
    r"a (?:co|jak|ile|gdzie|kiedy|kde|kdy|kolik|zitra|jutro|dzis|dnes|teraz|ted|potem|pak|tam)|i (?:co|jak|jutro|tam)|tez|taky|"
    r"och|hur ar det med|vad sager du om|ocksa|og|hvad med|hva med|hvordan med|ogsa|ogso|"
    r"quindi|allora|donc|alors|entonces|entao|dus|wiec|takze|altsa)\b"
)
# Czech and Polish "a" is "and" before any word ("a slavia", "a ile teraz"); elsewhere an article or a preposition.
_AND_A = re.compile(r"^\W*a\b")
_AND_A_IN = frozenset({"cs", "pl"})
# Pronouns that point back at the previous turn whatever the sentence around them.
_ANAPHORA = re.compile(
    r"\b(?:it|them|there|instead|again|shorter|longer|funnier|simpler|dort|nochmal|kurzer|eso|alli|ahi|ca|cela|la-bas|daar|korter|quello|isso|isto|jeszcze raz|znovu|igen|igjen|en gang till)\b"
)
# Words that are pronouns in a short reply but articles or demonstratives in a complete new sentence.
_SHORT_ANAPHORA = re.compile(
    r"\b(?:that|this|those|one|ones|too|then|they|es|das|da|auch|lo|tambien|le|aussi|het|dat|ook|anche|piu|tambem|ocksa|ogsa|tez|taky|la|li|det|den|dem|der|dar|tam|to|ono|tego|toho)\b"
)
# "They" where the word is no preposition too (Polish "ze" is "from"): "wanneer spelen ze weer thuis".
_THEY_IN = {"nl": re.compile(r"\bze\b")}
# Portuguese, Italian and Spanish "da" is "of the" or "from" ("fecha os estores da sala"), no pronoun.
_DA_IS_A_PREPOSITION_IN = frozenset({"pt", "it", "es"})
SHORT_ANAPHORA_WORDS = 5
# "it" and "there" without a referent: the time, the weather, "is there ...".
_DUMMY_IT = re.compile(
    r"\b(?:(?:is|are|was|were) there|there(?:'s| is| are| was| were)|what time is it|how late is it|is it (?:raining|snowing|cold|hot|warm|windy|sunny|going to (?:rain|snow))|it'?s (?:raining|snowing|cold|hot|warm|late))\b"
)
# What the previous answer made does not work ("nefunguje to", "den funkar inte"): the same conversation.
_FAILS = re.compile(
    r"\b(?:(?:doesn'?t|does not|didn'?t|did not|isn'?t|is not|won'?t) work(?:ing)?|not working|"
    r"funktioniert (?:nicht|gar nicht)|geht (?:nicht|gar nicht)|klappt nicht|ne (?:marche|fonctionne) pas|"
    r"no (?:funciona|va|sirve)|non (?:funziona|va)|werkt (?:niet|nog steeds niet)|nie dziala|nao (?:funciona|funcionou|da)|"
    r"(?:fungerar|funkar) inte|(?:virker|fungerer|funker) ikke|nefunguj\w*|nejde)\b"
)
_POLITE_LEAD = (
    r"(?:(?:ok|okay|now|and|then|please|also|jetzt|und|bitte|auch|nu|en|ook|ahora|y|maintenant|et|ora|e|a|i|och|og"
    r"|teraz|agora|ted|quindi|allora|donc|alors|entonces|entao|dus|wiec|takze|altsa|so"
    r"|but|aber|mais|pero|ma|maar|ale|mas|men)[ ,]+)*"
)
_EDIT_REQUEST = re.compile(
    r"^\W*"
    + _POLITE_LEAD
    + r"(?:(?:can|could) you (?:also )?(?:make|change|let)|make it|make that|make them|turn it|change it|boil (?:it|that)|shorten it|rewrite it|translate it|put it|add (?:also )?that|let it|have it|"
    r"mach es|mach das|mach sie|fug (?:noch )?(?:hinzu|dazu) dass|erganze (?:noch )?dass|lass (?:es|sie|ihn)|"
    r"hazlo|hazla|hazlos|hazlas|haz que|anade (?:tambien )?que|agrega (?:tambien )?que|rends-le|fais-le|fais qu|ajoute (?:aussi )?qu|rendilo|fallo|fai che|aggiungi (?:anche )?che|"
    r"maak het|maak hem|laat (?:het|hem|ze)|voeg (?:ook )?toe dat|faz isso|faz com que|deixa isso|acrescenta (?:tambem )?que|adiciona (?:tambem )?que|"
    r"zrob to|zrob tak|dodaj (?:jeszcze |tez )?(?:zeby|ze|aby)|niech|udelej to|pridej (?:jeste |taky )?(?:at|aby|ze)|gor det|gor den|gor dem|gor sa|lat den|lagg till att|"
    r"kan du (?:ogsa |ocksa |ogsa )?(?:lagga till att|tilfoje at|legge til at|fa den|gora den|gjore den|gore den)|tilfoj (?:ogsa )?at|lad den|gjor det|gjor den|legg til at|la den)\b"
)
# A verb that reworks the text just written, first in the turn: shorten, lengthen, rewrite, summarise, continue,
# add, remove, replace, include, translate, or don't write something, in the twelve languages.
_REWORK = re.compile(
    r"^\W*" + _POLITE_LEAD + r"(?:"
    r"shorten|lengthen|rewrite|rephrase|reword|redo|summari[sz]e|sum (?:it|that|this) up|continue|go on|keep going"
    r"|expand|simplify|translate|tone (?:it|that|this) down|add|remove|drop|take out|leave out|replace|swap|include"
    r"|don'?t (?:mention|say|write|include)|give me (?:a |an )?(?:shorter|longer|simpler|different|other|another)"
    r"|kurze|verkurze|verlangere|schreib \w+ (?:um|neu|weiter)|formulier\w*|fass \w+(?: \w+){0,4} zusammen"
    r"|fahr fort|mach weiter|schreib weiter|erzahl weiter|erweitere|vereinfache|ubersetze|fug|nimm|streich\w*"
    r"|ersetze|tausch\w*|lass \w+(?: \w+){0,3} weg"
    r"|raccourcis|rallonge|allonge|reecris|reformule|resume|continue|poursuis|developpe|simplifie|traduis|ajoute"
    r"|enleve|retire|supprime|remplace|rends-(?:le|la)|fais-(?:le|la|en)|mets-(?:le|la|y)|ne (?:mets|dis|parle) pas"
    r"|acorta\w*|alarga\w*|reescribe\w*|reformula\w*|resume\w*|continua\w*|amplia\w*|simplifica\w*|traduce\w*"
    r"|anade\w*|agrega\w*|quita\w*|elimina\w*|sustituye\w*|reemplaza\w*|incluye\w*|ponlo|ponla|ponle|dame otr[ao]"
    r"|no (?:pongas|menciones|digas)"
    r"|accorcia\w*|allunga\w*|riscrivi\w*|riassumi\w*|vai avanti|prosegui\w*|semplifica\w*|traduci\w*"
    r"|aggiungi\w*|togli\w*|rimuovi\w*|sostituisci\w*|includi\w*|rendila|falla|dimmelo|mettici|non (?:mettere|scrivere)"
    r"|kort \w+ in|verkort|herschrijf|herformuleer|vat \w+(?: \w+){0,4} samen|ga door|ga verder|schrijf verder"
    r"|breid \w+(?: \w+){0,3} uit|vereenvoudig|vertaal|voeg|haal \w+(?: \w+){0,3} weg|verwijder|vervang|zet er"
    r"|skroc|wydluz|przepisz|przeredaguj|podsumuj|streszcz|kontynuuj|pisz dalej|rozwin|uprosc|przetlumacz|dodaj"
    r"|dodasz|dopisz|usun|wyrzuc|zamien|uwzglednij|nie pisz|pomin"
    r"|encurta|reduz|alonga|reescreve|desenvolve|traduz|acrescenta|adiciona|junta|tira|remove|retira|substitui"
    r"|troca|inclui|poe(?:-na|-no)? (?:mais|menos|um pouco)|deixa-(?:a|o)|nao (?:ponhas|digas|escrevas)"
    r"|korta|forkorta|forlang|skriv om|formulera om|sammanfatta|fortsatt|utveckla|forenkla|oversatt|lagg till"
    r"|ta bort|stryk|byt|ersatt|inkludera|skriv inte|hoppa over|(?:kan du )?bytte ut|kan du erstatte"
    r"|forkort|skriv \w+ om|omformuler|opsummer|sammenfat|fortset|udvid|forenkl|overset|tilfoj|fjern|erstat"
    r"|inkluder|skriv ikke|undlad"
    r"|oppsummer|fortsett|utvid|forenkle|oversett|legg til|bytt|erstatt|ta med|dropp"
    r"|zkrat|prodluz|prepis|preformuluj|shrn|pokracuj|rozved|zjednodus|preloz|pridej|odeber|odstran|smaz|vyhod"
    r"|nahrad|vymen|dej to|nepis|nezminuj|vynech"
    # French imperatives carry their pronoun: "raccourcis-la pour leboncoin"
    r")(?:-(?:la|le|les|lui|moi|en|y)(?![\w-])|(?![\w-]))"
)
# "Can you share it out more fairly", "kan du fordele det mer rettferdig": the previous answer, with a degree.
_ASKED_MORE = re.compile(
    r"(?:can you|could you|kan du|kun je|kan je|puedes|puoi|peux-tu|tu peux|podes|mozesz|muzes) \w+ "
    r"(?:it|that|them|det|den|dem|het|dat|lo|la|le|to|je) "
    r"(?:more|less|mer|mere|mindre|meer|minder|mas|menos|piu|meno|plus|moins|mais|bardziej|mniej|vic|mene)\b"
    # "kan het grappiger", "could it be shorter", "kann es kürzer sein": the text just written, compared.
    r"|^\W*(?:can|could|kan|kann) (?:it|that|het|dat|es|das|det|den) (?:be |zijn |vaere |vara )?"
    r"(?:a bit |a little |iets |wat |etwas |lidt |litt |lite )?(?:more|less|meer|minder|mehr|weniger|\w{3,}er)\b"
)
# A degree first, or a comparative of the text's length, tone or style: "more for kids", "mais curta", "iets luchtiger".
_DEGREE = (
    r"more|less|a bit|a little|slightly|shorter|longer|funnier|simpler|friendlier|nicer|clearer"
    r"|mehr|weniger|etwas|ein bisschen|bisschen|kurzer|langer|lustiger|einfacher|freundlicher|formeller"
    r"|plus|moins|un peu|menos|un poco|piu|meno|un po"
    r"|meer|minder|iets|een beetje|korter|grappiger|eenvoudiger|vriendelijker|formeler"
    r"|bardziej|mniej|troche|krocej|dluzej|um pouco|mer|mindre|lite|mere|flere|lidt|litt|lengre|langre|bedre|battre|storre|vic|mene|trochu|kratsi|delsi"
)
# Degrees that are other words elsewhere (Portuguese "mas" is "but", French "mais" too), and comparatives by their
# ending where it is one ("kortere", "roligare", "dłuższe", "formálnější").
_DEGREE_IN = {
    "es": r"mas",
    "pt": r"mais",
    "sv": r"\w{3,}are",
    "da": r"\w{3,}ere",
    "nb": r"\w{3,}ere",
    "pl": r"\w{3,}sz[aey]",
    "cs": r"\w{3,}ejsi",
}
_DEGREE_FIRST = {
    language: re.compile(
        rf"^\W*{_POLITE_LEAD}(?:{_DEGREE}{'|' + extra if extra else ''})(?![\w-])"
    )
    for language, extra in (("", ""), *_DEGREE_IN.items())
}
# Words with those endings that are no comparatives: ours, the first, a teacher, a player, a loudspeaker.
_NOT_COMPARATIVES = frozenset(
    {
        "nasze",
        "wasze",
        "pierwsze",
        "larare",
        "spelare",
        "hogtalare",
        "lakare",
        "anvandare",
    }
)
MAX_EDIT_REQUEST_WORDS = 25
_SEPARATORS = re.compile(r"[\s,;:]+")
# "does that ...", "... about that", a pronoun closing the sentence: a reference, not a determiner.
_POINTING_BACK = WordAlternation(
    r"\b(?:(?:does|did|is|was|will|would|can|could|should) (?:that|this)|(?:about|with|of|for) (?:that|this|those))\b|\b(?:that|this|those)\W*$"
)
# A demonstrative closing the sentence, perhaps before one last word ("wie viel zeitverlust ist das ungefähr").
_CLOSING_PRONOUN = re.compile(
    r"\b(?:das|dies|dat|dit|ca|cela|eso|esto|questo|quello|isso|isto)(?:\W+\w+)?\W*$"
)
_HERE_WORDS = {
    "en": r"here|at home|at our place",
    "de": r"bei uns|hier|zu hause|daheim",
    "es": r"aqui|en casa",
    "fr": r"ici|chez nous|a la maison",
    "it": r"qui|qua|a casa|da noi",
    "nl": r"hier|thuis|hier bij ons",
    "pt": r"aqui|em casa|ca",
    "pl": r"tutaj|tu|w domu|u nas",
    "cs": r"tady|tu|doma|u nas",
    "sv": r"hemma|hos oss|har hemma|har hos oss",
    "da": r"her|hjemme|hos os",
    "nb": r"her|hjemme|hos oss",
}
# Without a language, the words of here that are no other everyday word ("qui" is French "who", "her" English).
_HERE_ANY = (
    r"here|at home|at our place|bei uns|hier|aqui|en casa|ici|chez nous|qui|a casa|da noi|thuis|hier bij ons|em casa"
    r"|tutaj|w domu|u nas|tady|doma|hemma|hos oss|hjemme|hos os"
)
_HERE = {
    language: WordAlternation(rf"\b(?:{here})\b")
    for language, here in _HERE_WORDS.items()
}
_HERE_UNKNOWN = re.compile(rf"\b(?:{_HERE_ANY})\b")
# Near here is a place of the world around the home: "il cinema qui vicino", "a pharmacy near here".
_NEAR_HERE = re.compile(
    r"\b(?:near here|nearby|around here|hier in der nahe|in der nahe|pres d'ici|a cote|cerca de aqui|por aqui"
    r"|qui vicino|qua vicino|qui intorno|hier in de buurt|in de buurt|tu w poblizu|w poblizu|aqui perto|perto daqui"
    r"|har i narheten|i narheten|her i nerheden|i nerheden|her i nerheten|i nerheten|tady pobliz|v okoli)\b"
)
# An assistant turn that asks something: a question mark in its last sentence.
_ASKS = re.compile(r"\?[\s\"'»”)]*$")


@dataclass(frozen=True)
class Context:
    """What the conversation so far says about the current turn."""

    previous_route: Route
    previous_user_text: str
    previous_reply: str = ""
    # The assistant's last turn ended on a question ("Should it only run after sunset?").
    asked: bool = False
    # The last two user turns, latest first: a private question two turns back still colours a follow-up.
    recent_user_texts: tuple[str, ...] = ()


def conversation_context(history: Sequence[HistoryTurn]) -> Context | None:
    """Return the latest known route, user text and reply, or None without usable history."""
    route = next(
        (turn.route for turn in reversed(history) if turn.route is not None), None
    )
    if route is None:
        return None
    user_text = next(
        (turn.text for turn in reversed(history) if turn.role == "user"), ""
    )
    reply = next(
        (turn.text for turn in reversed(history) if turn.role == "assistant"), ""
    )
    last = history[-1]
    asked = last.role == "assistant" and _ASKS.search(last.text.strip()) is not None
    recent = tuple(
        turn.text for turn in reversed(history) if turn.role == "user" and turn.text
    )[:_RECENT_USER_TURNS]
    return Context(route, user_text, reply, asked, recent)


_RECENT_USER_TURNS = 2


def answers_question(text: str, context: Context) -> bool:
    """Whether `text` is a short reply ("yeah", "oui vingt minutes") to the question the assistant just asked."""
    return context.asked and 0 < len(words(fold(text))) <= MAX_ANSWER_WORDS


def is_follow_up(text: str, language: str | None = None) -> bool:
    """Return whether `text` reads as a continuation of the previous turn rather than a new request."""
    tokens = words(fold(text))
    if not tokens:
        return False
    if len(tokens) > MAX_FOLLOW_UP_WORDS:
        return len(tokens) <= MAX_EDIT_REQUEST_WORDS and edits_previous(text, language)
    return len(tokens) <= SHORT_FOLLOW_UP_WORDS or links_back(text, language)


def links_back(text: str, language: str | None = None) -> bool:
    """Return whether `text` points at the previous turn: "and ...", "make it ...", a pronoun with no referent of its own.

    A complete new question ("who won the champions league final this year") does not, even when short.
    """
    folded = fold(text)
    tokens = words(folded)
    if not tokens or len(tokens) > MAX_FOLLOW_UP_WORDS:
        return False
    if (
        _LEADING_MARKERS.search(folded)
        or (language in _AND_A_IN and _AND_A.search(folded))
        or _FAILS.search(folded)
        or edits_previous(text, language)
    ):
        return True
    folded = _DUMMY_IT.sub(" ", folded)
    if language in _DA_IS_A_PREPOSITION_IN:
        folded = re.sub(r"\bda\b", " ", folded)
    return bool(
        _ANAPHORA.search(folded)
        or _POINTING_BACK.search(folded)
        or _CLOSING_PRONOUN.search(folded)
        or (
            len(tokens) <= SHORT_ANAPHORA_WORDS
            and (
                _SHORT_ANAPHORA.search(folded)
                or (language in _THEY_IN and _THEY_IN[language].search(folded))
            )
        )
    )


def edits_previous(text: str, language: str | None = None) -> bool:
    """Return whether `text` asks to rework the previous answer ("make it shorter", "kortere og mer for barn").

    Adding to or removing from a list, a timer or the music, or a turn with a switch verb ("más tarde apaga las
    luces") is a home command, not a rework.
    """
    folded = _SEPARATORS.sub(" ", fold(text))
    if _EDIT_REQUEST.search(folded):
        return True
    if about_home_things(text):
        return False
    if _REWORK.search(folded) or _ASKED_MORE.search(folded):
        return True
    degree = _DEGREE_FIRST.get(language or "", _DEGREE_FIRST[""]).search(folded)
    return (
        degree is not None
        and len(words(folded)) <= MAX_FOLLOW_UP_WORDS
        and degree.group(0).split()[-1] not in _NOT_COMPARATIVES
    )


def says_here(text: str, language: str | None = None) -> bool:
    """Whether `text` says here, at home ("qui da noi", "bei uns"), not near here (the world around the home)."""
    folded = fold(text)
    here = _HERE.get(language or "", _HERE_UNKNOWN)
    return here.search(folded) is not None and _NEAR_HERE.search(folded) is None


def place_switch(
    text: str, previous_route: Route, language: str | None = None
) -> Route | None:
    """Return the route implied by a follow-up that moves the question elsewhere or back home, if any."""
    if previous_route is not Route.SEARCH and names_a_place(text, language):
        return Route.SEARCH
    if previous_route is Route.SEARCH and says_here(text, language):
        return Route.LOCAL
    return None
