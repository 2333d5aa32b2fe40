"""Explicit routing requests spoken by the user ("ask Claude …", "search the web for …", "locally …")."""

from __future__ import annotations

from dataclasses import dataclass
import re

from .text import fold
from .types import Route

_FILLER = r"(?:(?:hey|hi|ok|okay|so|please|pls|can you|could you|would you|bitte|mal|kannst du|por favor|puedes|s'il te plait|stp|tu peux|per favore|puoi|alsjeblieft|kun je|even|prosze|czy mozesz|podes|pode|kan du|snalla|vil du|prosim|muzes)[ ,]+)*"
_START = r"^\W*" + _FILLER
_SEARCH_TARGETS = r"(?:the web|the internet|the net|online|google|the news)"
_NOT_A_DEVICE = (
    r"(?! home| nest| assistant| tv| chromecast| calendar| maps?| speaker| mini)"
)

# "hey google, play ..." addresses a speaker by its wake word: it names no route.
_WAKE_WORD = re.compile(
    r"^\W*(?:(?:hey|hi|ok|okay|hallo|hej|hei|ei|oi|ola|ahoj|czesc) (?:google|alexa|siri|jarvis|nabu|assist)|alexa|siri)\b[ ,:]*"
)

_OVERRIDES: tuple[tuple[Route, re.Pattern[str]], ...] = (
    (
        Route.REASONING,
        re.compile(
            _START
            + r"(?:(?:ask|use|let) claude(?: to| about| for)?|frag(?:e)? (?:mal |doch )?claude"
            r"|preguntale a claude(?: sobre)?|pregunta a claude(?: sobre)?|usa claude(?: para)?|demande a claude(?: de)?"
            r"|vraag (?:het |even |eens )*(?:aan )?claude(?: om)?|chiedi a claude(?: di)?"
            r"|zapytaj claude(?:a)?(?: o)?|pergunta ao claude(?: sobre)?|pergunte ao claude(?: sobre)?|fraga claude(?: om)?|sporg claude(?: om)?|spor claude(?: om)?|zeptej se claud(?:e|a|eho)(?: na)?|claude)\b[ ,:]*"
        ),
    ),
    (
        Route.SEARCH,
        re.compile(
            _START
            + r"(?:(?:ask|use|let) grok(?: to| about| for)?|frag(?:e)? (?:mal |doch )?grok"
            r"|preguntale a grok(?: sobre)?|pregunta a grok(?: sobre)?|demande a grok(?: de)?|vraag (?:het |even |eens )*(?:aan )?grok(?: om)?"
            r"|chiedi a grok(?: di)?|grok|search (?:on )?(?:x|twitter) for|search (?:on |in )?"
            + _SEARCH_TARGETS
            + r"(?: for| about)?|look (?:up )?online(?: for)?"
            r"|(?:google|googla|googlaj|googlen|googel|wygoogluj|zgoogluj|vygoogli|vygoogluj)"
            + _NOT_A_DEVICE
            # a search for what someone asks: "zoek even op wat de regels zijn", "look up when the next eclipse is"
            + r"|(?:zoek (?:even |eens )?op|look up|sla (?:op|opp|upp))(?= (?:wat|wie|waar|wanneer|hoe|hoeveel|welke"
            r"|what|who|where|when|how|whether|which|hvad|hva|vad|hvem|vem|hvor|var|nar))"
            r"|(?:procura|pesquisa|busca|cerca|cherche|such|zoek|szukaj|sok|sog|hledej) (?:no|en|su|sur|auf|op|na|pa|w)"
            r" (?:x|twitter)(?: o| a| por| para| nach| naar| po| efter| etter)?"
            + r"|such(?:e)? (?:mal )?(?:im internet|online|im netz|bei google)(?: nach)?|google mal|googel mal|schau (?:mal )?im internet(?: nach)?"
            r"|busca(?:me)? en (?:internet|google|la web|linea)|googlea|cherche(?:-moi)? (?:sur internet|sur le web|en ligne|sur google)|recherche (?:sur internet|sur le web|en ligne)"
            r"|zoek (?:even |eens )?(?:op internet|online|op het web|op google)(?: op| naar)?|cerca(?:mi)? (?:su internet|online|sul web|su google|in rete)"
            r"|zapytaj groka?(?: o)?|pergunta ao grok(?: sobre)?|fraga grok(?: om)?|sporg grok(?: om)?|spor grok(?: om)?|zeptej se groka?(?: na)?"
            r"|(?:sprawdz|poszukaj|wyszukaj|znajdz) (?:w internecie|w sieci|online|w google)|(?:procura|pesquisa|procure|pesquise) (?:na internet|online|no google)"
            r"|(?:sok|kolla) (?:pa natet|pa internet|online|pa google)|(?:sog|tjek) (?:pa nettet|pa internettet|online|pa google)|(?:sok|sjekk) (?:pa nettet|pa internett|online|pa google)"
            r"|(?:najdi|vyhledej|podivej se) (?:na internetu|na netu|online|na googlu))(?: efter| etter| om| o| na| po)?\b[ ,:]*"
        ),
    ),
    (
        Route.SEARCH,
        re.compile(
            r"[ ,]*\b(?:look (?:it|this|that) up online|look (?:it|this|that) up on the (?:web|internet)|search (?:the web|online|the internet) for (?:it|this|that)|check online"
            r"|schau (?:das |es )?im internet nach|such (?:das|es) im internet|buscalo en internet|cherche-le sur internet|zoek het op internet|cercalo su internet)\b\W*$"
        ),
    ),
    (
        Route.LOCAL,
        re.compile(
            _START
            + r"(?:(?:ask|use) the local model(?: to| about| for)?|locally|frag (?:das )?lokale modell|lokal|pregunta al modelo local|localmente|en local"
            r"|demande au modele local|localement|vraag (?:het )?(?:aan )?het lokale model|lokaal|chiedi al modello locale|in locale"
            r"|lokalnie|lokalt|lokalne)\b[ ,:]*"
        ),
    ),
    (
        Route.LOCAL,
        re.compile(
            r"[ ,]*\b(?:locally|ask the local model|use the local model|(?:answer|do it|keep it) (?:locally|local)|without the cloud|lokal|ohne (?:die )?cloud|localmente"
            r"|en local|sin la nube|localement|sans le cloud|lokaal|zonder (?:de )?cloud|in locale|senza (?:il )?cloud|lokalnie|bez chmury|sem a nuvem|lokalt|utan molnet|uden skyen|uten skyen|lokalne|bez cloudu)\b\W*$"
        ),
    ),
)


@dataclass(frozen=True)
class Override:
    """An explicit routing request found in the text, and the text without it."""

    route: Route
    phrase: str
    remaining_text: str


_HINTS = (
    "claude",
    "grok",
    "search",
    "googl",
    "online",
    "internet",
    "web",
    " net",
    "local",
    "lokal",
    "lokaal",
    "cloud",
    "nube",
    "such",
    "busca",
    "cherche",
    "zoek",
    "cerca",
    "twitter",
    "sprawdz",
    "szukaj",
    "znajdz",
    "procur",
    "pesquis",
    "sok ",
    "sog ",
    "kolla",
    "tjek",
    "sjekk",
    "najdi",
    "vyhledej",
    "podivej",
    "pergunt",
    "zapytaj",
    "fraga",
    "sporg",
    "spor ",
    "zeptej",
    "look up",
    "sla op",
    "sla upp",
    "hledej",
)


def find_override(text: str) -> Override | None:
    """Return the explicit routing request in `text`, if any, with the phrase stripped from the text."""
    folded = fold(text)
    if not any(map(folded.__contains__, _HINTS)):
        return None
    wake_word = _WAKE_WORD.match(folded)
    if wake_word is not None:
        text, folded = text[wake_word.end() :], folded[wake_word.end() :]
    for route, pattern in _OVERRIDES:
        match = pattern.search(folded)
        if match is None or match.end() == match.start():
            continue
        remaining = (text[: match.start()] + " " + text[match.end() :]).strip(" ,:;-")
        if remaining:
            return Override(
                route, text[match.start() : match.end()].strip(" ,:;-"), remaining
            )
    return None
