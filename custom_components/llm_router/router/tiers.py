"""The model tier within a cloud route: the fast model for short, simple requests, the main one for hard ones.

Pure and cheap: it looks only at the text the router already has (length, steps, code or writing asked for)
and at a spoken "think hard" / "quick answer" in any supported language, which always wins.
"""

from __future__ import annotations

from dataclasses import dataclass
import re

from .text import fold, words
from .types import CLOUD_ROUTES, Route, Tier


@dataclass(frozen=True)
class TierChoice:
    """The tier for one utterance and why."""

    tier: Tier
    reason: str


LONG_WORDS = 40
LONG_CHARACTERS = 240
MANY_SENTENCES = 3

# Spoken requests, folded (lower case, no accents), per language: en, de, fr, es, it, nl, pl, pt, sv, da, nb, cs.
_THINK_HARD = (
    "think hard|think harder|think carefully|think it through|take your time|in depth"
    "|denk gut nach|denk genau nach|denk grundlich nach|uberleg gut|uberleg genau|nimm dir zeit"
    "|reflechis bien|reflechis serieusement|prends ton temps|en profondeur"
    "|piensa bien|piensalo bien|piensa con calma|tomate tu tiempo|a fondo"
    "|pensaci bene|pensa bene|rifletti bene|prenditi il tuo tempo|approfondisci"
    "|denk goed na|denk er goed over na|neem je tijd|grondig"
    "|pomysl dobrze|zastanow sie dobrze|przemysl to|dokladnie"
    "|pense bem|pensa bem|pensa com calma|reflita bem|reflete bem"
    "|tank efter ordentligt|tank noga|ta din tid|grundligt"
    "|tenk dig godt om|tenk grundigt|tag dig tid|grundigt"
    "|tenk deg godt om|tenk grundig|ta deg tid|grundig"
    "|premyslej poradne|dobre se zamysli|zamysli se|dukladne"
)
_QUICK_ANSWER = (
    "quick answer|quickly|short answer|briefly|in short|keep it short"
    "|kurze antwort|schnelle antwort|kurz und knapp|ganz kurz|kurz gesagt"
    "|reponse rapide|reponse courte|rapidement|en bref|vite fait"
    "|respuesta rapida|respuesta corta|rapidamente|en resumen|brevemente"
    "|risposta veloce|risposta rapida|risposta breve|in breve|velocemente"
    "|kort antwoord|snel antwoord|in het kort|kort gezegd"
    "|szybka odpowiedz|krotka odpowiedz|krotko|szybko"
    "|resposta rapida|resposta curta|rapidinho|em resumo"
    "|snabbt svar|kort svar|kortfattat|snabbt"
    "|hurtigt svar|kort fortalt|hurtigt"
    "|raskt svar|kjapt|raskt"
    "|rychla odpoved|kratka odpoved|strucne|rychle"
)
_POLITE = r"(?:please|bitte|s'il te plait|por favor|per favore|alsjeblieft|prosze|snalla|tak|ver sa snill|prosim)"


def _spoken(phrases: str) -> re.Pattern[str]:
    """The phrases at the start or the end of an utterance (where people put instructions to the assistant)."""
    core = rf"(?:{phrases})"
    return re.compile(
        rf"^\W*(?:{_POLITE}[ ,]+)?{core}\b|\b{core}(?:[ ,]+{_POLITE})?\W*$"
    )


_SPOKEN: tuple[tuple[Tier, re.Pattern[str], str], ...] = (
    (Tier.MAIN, _spoken(_THINK_HARD), "asked to think hard"),
    (Tier.FAST, _spoken(_QUICK_ANSWER), "asked for a quick answer"),
)


def _stems(stems: str, exact: str = "") -> re.Pattern[str]:
    """Words starting with one of the stems, or equal to one of the exact words (folded text)."""
    alternatives = [rf"\b(?:{stems})\w*"] + ([rf"\b(?:{exact})\b"] if exact else [])
    return re.compile("|".join(alternatives))


# Folded stems and words that ask for code, longer writing or several steps of thought.
_CODE = re.compile(
    r"```|[{}<>]|"
    + _stems(
        "code|coding|yaml|json|jinja|template|automation|automatisierung|automatisation|automatizacion"
        "|automazione|automatisering|automatyzacj|automacao|automatizac|script|skript|python|javascript"
        "|typescript|regex|sql|bash|function|funktion|fonction|funcion|funzione|functie|funkcj|funcao"
        "|debug|stacktrace|compil|kompil|programm|codice|codigo",
        "bug|bugs|kod|koden|kodu|program",
    ).pattern
)
_WRITING = _stems(
    "write|draft|compose|schreib|verfass|ecri|redige|escrib|redact|scriv|redig|schrijf|napisz|napisa"
    "|escrev|skriv|napis|letter|lettre|lettera|essay|aufsatz|dissertation|ensayo|saggio|opstel"
    "|wypracowan|redacao|uppsats|esej|story|stories|geschichte|histoire|verhaal|opowiad|berattelse"
    "|pribeh|poem|gedicht|poeme|poesia|wiersz|basen|speech|discours|discurso|discorso|toespraak"
    "|przemowien|prejev|summar|zusammenfass|resum|riassun|samenvat|podsumuj|sammanfatt|sammenfat"
    "|oppsummer|shrn",
    "carta|poema|dikt|digt|plan|plans",
)
_STEPS = _stems(
    "analy|analis|analiz|compar|vergleich|vergelijk|porown|porovn|jamfor|sammenlign|tradeoff|trade-off"
    "|debug",
    "step by step|schritt fur schritt|etape par etape|paso a paso|passo dopo passo|passo a passo"
    "|stap voor stap|krok po kroku|steg for steg|trin for trin|krok za krokem|pros and cons"
    "|vor und nachteile|avantages et inconvenients|pros y contras|pro e contro|voor en nadelen",
)
_SENTENCE_END = re.compile(r"[.!?;]+(?:\s|$)")
_NUMBERED = re.compile(r"(?:^|\n)\s*(?:\d+[.)]|[-*•])\s")


def spoken_tier(text: str) -> TierChoice | None:
    """The tier the user asked for ("think hard", "quick answer", in any supported language), if any."""
    folded = fold(text)
    for tier, pattern, reason in _SPOKEN:
        if match := pattern.search(folded):
            return TierChoice(
                tier, f"{reason}: '{text[match.start() : match.end()].strip(' ,.!?')}'"
            )
    return None


def choose_tier(text: str, route: Route) -> TierChoice:
    """Pick the tier for a cloud route: the user's request first, then what the text asks for."""
    if route not in CLOUD_ROUTES:
        return TierChoice(Tier.MAIN, "local route: one model")
    if (asked := spoken_tier(text)) is not None:
        return asked
    folded = fold(text)
    if len(words(folded)) > LONG_WORDS or len(text) > LONG_CHARACTERS:
        return TierChoice(Tier.MAIN, "long request")
    if route is Route.REASONING and _CODE.search(folded):
        return TierChoice(Tier.MAIN, "code or an automation asked for")
    if route is Route.REASONING and _WRITING.search(folded):
        return TierChoice(Tier.MAIN, "writing asked for")
    if _STEPS.search(folded):
        return TierChoice(Tier.MAIN, "several steps of thought asked for")
    if (
        len(_SENTENCE_END.findall(text.strip())) >= MANY_SENTENCES
        or len(_NUMBERED.findall(text)) >= 2
        or text.count("?") >= 2
    ):
        return TierChoice(Tier.MAIN, "several questions or steps")
    return TierChoice(Tier.FAST, "short and simple")
