"""Is a local answer good enough to speak? A pure, fast check of its first words, its end and its tool calls.

No model call: phrase patterns (folded, in the twelve supported languages) for "I don't know", refusals and
"as of my last update"; a stopword count for an answer in another language than the user's; the stop reason for
an empty or cut-off answer; and the offered tools' JSON schemas for tool calls.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
import re

from .text import fold, words

# Home Assistant's pipeline starts streaming text-to-speech once an answer has more than 60 characters
# (assist_pipeline STREAM_RESPONSE_CHARS): holding that much back to judge it costs no spoken latency.
HOLD_CHARS = 60
CUT_OFF_STOP_REASONS = frozenset({"max_tokens", "length"})
# An answer in another language needs this many stopwords of that language the user's does not share.
MIN_FOREIGN_STOPWORDS = 3
MIN_WORDS_FOR_LANGUAGE = 6


class AnswerFailure(StrEnum):
    """Why a local answer is not good enough (also the `escalation_reason` users see)."""

    EMPTY = "empty"
    CUT_OFF = "cut_off"
    DOES_NOT_KNOW = "does_not_know"
    REFUSED = "refused"
    STALE_FACTS = "stale_facts"
    WRONG_LANGUAGE = "wrong_language"
    UNKNOWN_TOOL = "unknown_tool"
    BAD_TOOL_ARGUMENTS = "bad_tool_arguments"
    CONTEXT_OVERFLOW = "context_overflow"


# Patterns on folded text (lower case, accents stripped, apostrophes straight); ß stays, ł, ø and æ become l, o and e.
_DOES_NOT_KNOW = (
    # en
    r"\bi (?:really |honestly )?(?:don't|do not|dont) know\b",
    r"\bi have no (?:idea|information)\b",
    r"\bi (?:don't|do not) have (?:any )?(?:information|data|details) (?:about|on)\b",
    r"\bi(?:'m| am) (?:not able|unable) to (?:find|answer|determine|say)\b",
    r"\bi (?:can't|cannot|can not) (?:answer|say|tell you)\b",
    # de
    r"\bich wei(?:ß|ss) (?:es |das )?(?:leider )?nicht\b",
    r"\b(?:das|es) wei(?:ß|ss) ich (?:leider )?nicht\b",
    r"\bkeine ahnung\b",
    r"\bich habe (?:leider )?keine (?:informationen|daten)\b",
    r"\b(?:das|diese frage) kann ich (?:leider )?nicht (?:sagen|beantworten)\b",
    # fr
    r"\bje ne (?:le )?sais pas\b",
    r"\bje n'en sais rien\b",
    r"\bje n'ai (?:pas|aucune) (?:d')?informations?\b",
    r"\baucune idee\b",
    r"\bje ne peux pas (?:repondre|le dire)\b",
    # es
    r"\bno lo se\b",
    r"\bno se(?: la respuesta| nada)?(?:[.,;!]|$)",
    r"\bno tengo (?:ni idea|informacion|datos)\b",
    r"\bno puedo responder\b",
    # it
    r"\bnon (?:lo )?so\b",
    r"\bnon saprei\b",
    r"\bnon ho (?:idea|informazioni|dati)\b",
    r"\bnon posso rispondere\b",
    # nl
    r"\bik weet (?:het )?(?:echt )?niet\b",
    r"\b(?:dat|het) weet ik (?:echt )?niet\b",
    r"\bgeen idee\b",
    r"\bik heb geen informatie\b",
    r"\bdat kan ik niet (?:zeggen|beantwoorden)\b",
    # pl
    r"\bnie wiem\b",
    r"\bnie mam (?:pojecia|informacji|danych)\b",
    r"\bnie potrafie (?:na to )?odpowiedziec\b",
    # pt
    r"\bnao sei\b",
    r"\bnao faco ideia\b",
    r"\bnao tenho (?:ideia|informac(?:ao|oes)|dados)\b",
    r"\bnao consigo responder\b",
    # sv
    r"\bjag vet (?:det )?inte\b",
    r"\bdet vet jag inte\b",
    r"\bingen aning\b",
    r"\bjag har ingen information\b",
    r"\bjag kan inte svara pa\b",
    # da, nb
    r"\bjeg (?:ved|vet) (?:det )?ikke\b",
    r"\bdet (?:ved|vet) jeg ikke\b",
    r"\bingen anelse\b",
    r"\bjeg har ingen (?:information|informasjon|oplysninger)\b",
    r"\bjeg kan ikke svare pa\b",
    # cs
    r"\bnevim\b",
    r"\bnemam (?:tuseni|(?:zadne )?informace)\b",
    r"\bneznam odpoved\b",
)
_REFUSED = (
    # en
    r"\bi (?:can't|cannot|can not|won't|will not) (?:help|assist|do that|comply)\b",
    r"\bi(?:'m| am) (?:not able|unable) to (?:help|assist|do that|comply)\b",
    r"\bi(?:'m| am) sorry,? but i (?:can't|cannot|won't)\b",
    r"\bi (?:must|have to) decline\b",
    # de
    r"\b(?:dabei|damit) kann ich (?:dir |ihnen )?(?:leider )?nicht helfen\b",
    r"\bich kann (?:dir |ihnen )?(?:dabei |damit )?(?:leider )?nicht helfen\b",
    r"\bdas darf ich (?:leider )?nicht\b",
    # fr
    r"\bje ne peux pas (?:vous |t')?aider\b",
    r"\bje ne suis pas en mesure de\b",
    # es
    r"\bno puedo ayudar(?:te|le)?\b",
    r"\blo siento,? (?:pero )?no puedo\b",
    # it
    r"\bnon posso aiutar(?:ti|la|vi)\b",
    r"\bmi dispiace,? ma non posso\b",
    r"\bnon sono in grado di\b",
    # nl
    r"\b(?:daar|hiermee|daarmee) kan ik (?:je |u )?niet (?:mee )?helpen\b",
    r"\bik kan (?:je |u )?(?:daar |hierbij )?niet (?:mee )?helpen\b",
    # pl
    r"\bnie moge (?:ci |pani |panu )?(?:w tym )?pomoc\b",
    r"\bprzykro mi,? ale nie moge\b",
    # pt
    r"\bnao (?:posso|consigo) (?:te |lhe )?ajudar\b",
    r"\bdesculpe,? mas nao posso\b",
    # sv
    r"\bjag kan inte hjalpa\b",
    r"\btyvarr kan jag inte\b",
    # da, nb
    r"\bjeg kan (?:desverre |dessverre )?ikke hjelpe\b",
    r"\bdet kan jeg (?:desverre |dessverre )?ikke hjelpe\b",
    # cs
    r"\b(?:s tim )?(?:vam |ti )?nemohu (?:vam |ti )?(?:s tim )?pomoci\b",
    r"\bbohuzel nemohu\b",
)
_STALE_FACTS = (
    # en
    r"\bas of my (?:last|latest) (?:update|training|knowledge)",
    r"\bmy (?:knowledge|training) (?:cutoff|cut-off|cut off)\b",
    r"\bmy training data\b",
    r"\bi (?:don't|do not) have (?:access to )?(?:real[- ]time|current|live|up[- ]to[- ]date)\b",
    r"\bi (?:can't|cannot) (?:browse|access the internet)\b",
    # de
    r"\b(?:stand|zum zeitpunkt) meine[rs]? (?:letzten )?(?:wissens|aktualisierung|trainings)",
    r"\bmein(?:em)? wissensstand\b",
    r"\bmeine[rn]? trainingsdaten\b",
    r"\bkeinen zugriff auf (?:aktuelle|echtzeit|das internet)",
    # fr
    r"\b(?:a la date de|depuis|selon) ma derniere mise a jour\b",
    r"\bma date (?:limite|de coupure) de connaissances?\b",
    r"\bmes donnees d'entrainement\b",
    r"\bje n'ai pas acces (?:a internet|aux informations en temps reel|en temps reel)\b",
    # es
    r"\b(?:hasta|segun) mi ultima actualizacion\b",
    r"\bmi fecha (?:de )?corte\b",
    r"\bmis datos de entrenamiento\b",
    r"\bno tengo acceso a (?:internet|informacion en tiempo real|datos en tiempo real)\b",
    # it
    r"\b(?:al|fino al|secondo il) mio ultimo aggiornamento\b",
    r"\bla mia data di (?:cutoff|cut-off|aggiornamento)\b",
    r"\bi miei dati di addestramento\b",
    r"\bnon ho accesso a (?:internet|informazioni in tempo reale|dati in tempo reale)\b",
    # nl
    r"\b(?:tot|volgens) mijn laatste update\b",
    r"\bmijn kennis(?:afsluitdatum| loopt tot)\b",
    r"\bmijn trainingsgegevens\b",
    r"\bik heb geen toegang tot (?:internet|actuele|realtime)",
    # pl
    r"\bwedlug mojej ostatniej aktualizacji\b",
    r"\bmoja wiedza (?:siega|konczy sie)\b",
    r"\bmoich danych treningowych\b",
    r"\bnie mam dostepu do (?:internetu|aktualnych|informacji w czasie rzeczywistym)",
    # pt
    r"\b(?:ate|desde|segundo) a? ?minha ultima atualizacao\b",
    r"\bminha data de corte\b",
    r"\bmeus dados de treinamento\b",
    r"\bnao tenho acesso a (?:internet|informacoes em tempo real)",
    # sv
    r"\benligt min senaste uppdatering\b",
    r"\bmin kunskap stracker sig\b",
    r"\bmina traningsdata\b",
    r"\bjag har inte tillgang till (?:internet|realtid|aktuell)",
    # da
    r"\bifolge min seneste opdatering\b",
    r"\bmin viden (?:rekker|gar) (?:kun )?til\b",
    r"\bjeg har ikke adgang til (?:internettet|realtid|aktuelle)",
    # nb
    r"\bifolge min siste oppdatering\b",
    r"\bmin kunnskap (?:strekker seg|gar) (?:kun )?til\b",
    r"\bmine treningsdata\b",
    r"\bjeg har ikke tilgang til (?:internett|sanntid|oppdatert)",
    # cs
    r"\b(?:k datu|podle) me posledni aktualizace\b",
    r"\bmoje znalosti (?:sahaji|konci)\b",
    r"\bmych trenovacich dat\b",
    r"\bnemam pristup k (?:internetu|aktualnim|informacim v realnem case)",
)
# Checked in this order: a stale "as of my last update, I don't know" is a search question first.
_PHRASES: tuple[tuple[AnswerFailure, re.Pattern[str]], ...] = tuple(
    (failure, re.compile("|".join(patterns)))
    for failure, patterns in (
        (AnswerFailure.STALE_FACTS, _STALE_FACTS),
        (AnswerFailure.REFUSED, _REFUSED),
        (AnswerFailure.DOES_NOT_KNOW, _DOES_NOT_KNOW),
    )
)

# Frequent function words (folded) that tell the twelve languages apart.
_STOPWORDS: dict[str, frozenset[str]] = {
    language: frozenset(text.split())
    for language, text in {
        "en": "the and is are of to it that you with for this have was what not be can will your there",
        "de": "der die das und ist nicht ich sie es ein eine mit auf fur den dem sind auch wir du zu noch",
        "fr": "le la les et est des une un pas je vous il que qui dans pour sur avec ce sont du au",
        "es": "el los las y es que una un por para con del se no lo su como esta mas pero muy hay",
        "it": "il lo gli e che di una un per non con del della sono come questo anche ma piu ci sei",
        "nl": "de het een en is van dat niet ik je op te met voor zijn er maar ook wat dit hij",
        "pl": "i w nie jest to sie na z ze do jak co ale tak czy sa dla od juz jestem mozna",
        "pt": "o os as e que de do da em um uma nao com para por se mais mas voce esta sao isso",
        "sv": "och att det som en ett ar inte jag har pa med for av till den om kan vi du sa vad",
        "da": "og at det er en et ikke jeg har pa med for af til den som kan vi du sa hvad de",
        "nb": "og at det er en et ikke jeg har pa med for av til den som kan vi du sa hva de",
        "cs": "a je to se na v ze s z do jak co ale tak jsem byl pro ktery jsou mi by",
    }.items()
}
# Languages whose speakers read each other's answers as their own: Danish and Norwegian (Bokmål, Nynorsk).
_KIN: dict[str, tuple[str, ...]] = dict.fromkeys(("da", "nb", "no", "nn"), ("da", "nb"))


def base_language(language: str | None) -> str | None:
    """'de-CH' -> 'de', 'nb_NO' -> 'nb'; None when unknown."""
    if not language:
        return None
    return language.replace("_", "-").split("-")[0].lower()


def check_text(text: str, language: str | None) -> AnswerFailure | None:
    """Judge the beginning of an answer: does it admit not knowing, refuse, answer from stale memory, or switch language."""
    folded = fold(text)
    for failure, pattern in _PHRASES:
        if pattern.search(folded):
            return failure
    if is_other_language(folded, language):
        return AnswerFailure.WRONG_LANGUAGE
    return None


def check_end(text: str, stop_reason: str, *, tool_calls: int) -> AnswerFailure | None:
    """Judge a finished answer: empty (no words, no tool call) or cut off at the output limit."""
    if stop_reason in CUT_OFF_STOP_REASONS:
        return AnswerFailure.CUT_OFF
    if not text.strip() and not tool_calls:
        return AnswerFailure.EMPTY
    return None


def is_other_language(folded: str, language: str | None) -> bool:
    """Whether folded text is clearly in another supported language than `language` (unknown languages: never).

    Only stopwords the two languages do not share count: another language needs MIN_FOREIGN_STOPWORDS of its
    own, and more than twice the user's.
    """
    user = base_language(language)
    if user is None:
        return False
    own_languages = _KIN.get(user, (user,))
    if not all(own in _STOPWORDS for own in own_languages):
        return False
    tokens = words(folded)
    if len(tokens) < MIN_WORDS_FOR_LANGUAGE:
        return False
    own_words = frozenset().union(*(_STOPWORDS[own] for own in own_languages))
    return any(
        _clearly_other(tokens, own_words, stop)
        for other, stop in _STOPWORDS.items()
        if other not in own_languages
    )


def _clearly_other(
    tokens: tuple[str, ...], own: frozenset[str], other: frozenset[str]
) -> bool:
    theirs = sum(1 for token in tokens if token in other and token not in own)
    ours = sum(1 for token in tokens if token in own and token not in other)
    return theirs >= MIN_FOREIGN_STOPWORDS and theirs >= 2 * ours + 2


def check_tool_call(
    name: str,
    arguments: Mapping[str, object],
    schemas: Mapping[str, Mapping[str, object]],
) -> AnswerFailure | None:
    """Judge a tool call against the offered tools (name -> JSON schema of the arguments)."""
    schema = schemas.get(name)
    if schema is None:
        return AnswerFailure.UNKNOWN_TOOL
    return None if fits_schema(arguments, schema) else AnswerFailure.BAD_TOOL_ARGUMENTS


_NUMERIC = re.compile(r"^-?\d+(?:\.\d+)?$")


def fits_schema(value: object, schema: Mapping[str, object]) -> bool:
    """Whether value fits a JSON schema, as leniently as Home Assistant's tools coerce (numbers as text pass).

    A part of the schema of the wrong shape (a `properties` that is no object) constrains nothing.
    """
    options = schema.get("anyOf") or schema.get("oneOf")
    if isinstance(options, list):
        return any(
            isinstance(option, Mapping) and fits_schema(value, option)
            for option in options
        )
    enum = schema.get("enum")
    if isinstance(enum, list) and value not in enum:
        return False
    kind = schema.get("type")
    if isinstance(kind, list):
        return any(fits_schema(value, {**schema, "type": one}) for one in kind)
    if kind == "object":
        return isinstance(value, Mapping) and _fits_object(value, schema)
    if kind == "array":
        items = schema.get("items")
        item_schema = items if isinstance(items, Mapping) else {}
        return isinstance(value, list) and all(
            fits_schema(item, item_schema) for item in value
        )
    return _fits_scalar(value, kind)


def _fits_object(value: Mapping[str, object], schema: Mapping[str, object]) -> bool:
    properties = schema.get("properties")
    if not isinstance(properties, Mapping):
        properties = {}
    required = schema.get("required")
    if isinstance(required, list) and any(key not in value for key in required):
        return False
    if schema.get("additionalProperties") is False and set(value) - set(properties):
        return False
    return all(
        fits_schema(item, item_schema)
        for key, item in value.items()
        if isinstance(item_schema := properties.get(key), Mapping)
    )


def _fits_scalar(value: object, kind: object) -> bool:
    if kind in ("number", "integer"):
        if isinstance(value, str):
            return bool(_NUMERIC.match(value.strip()))
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind == "boolean":
        return isinstance(value, bool) or value in ("true", "false")
    if kind == "string":
        return isinstance(value, str | int | float) and not isinstance(value, bool)
    if kind == "null":
        return value is None
    return True
