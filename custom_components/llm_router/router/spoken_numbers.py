"""Numbers read out in words ("eight five zero one …", "osiemdziesiąt pięć zero trzy …") turned into digits.

Speech-to-text often writes a number someone reads out as words, and people type ids that way too. A run of
number words is rebuilt into its digits so that the identifier checks see it. Words are folded (lower case, no
accents) and looked up in one table for the twelve languages; where two languages spell a number word alike,
the digit count stays right, which is what a long run of them needs.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
import re

from .text import words

# Digits 0-9, then 10-19, then the tens 20-90, per language: folded spellings, one per number, "|" between
# alternatives.
_UNITS: dict[str, str] = {
    "en": "zero|oh|nought one two three four five six seven eight nine",
    "de": "null eins|ein|eine zwei|zwo drei vier funf|fuenf sechs sieben acht neun",
    "fr": "zero un|une deux trois quatre cinq six sept huit neuf",
    "es": "cero uno|una|un dos tres cuatro cinco seis siete ocho nueve",
    "it": "zero uno|una due tre quattro cinque sei sette otto nove",
    "nl": "nul een twee drie vier vijf zes zeven acht negen",
    "pl": "zero jeden|jedna|jedno dwa|dwie trzy cztery piec szesc siedem osiem dziewiec",
    "pt": "zero um|uma dois|duas tres quatro cinco seis sete oito nove",
    "sv": "noll ett|en tva tre fyra fem sex sju atta nio",
    "da": "nul en|et to tre fire fem seks syv otte ni",
    "nb": "null en|ett to tre fire fem seks sju|syv atte ni",
    "cs": "nula jedna|jeden|jedno dva|dve tri ctyri pet sest sedm osm devet",
}
_TEENS: dict[str, str] = {
    "en": "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen",
    "de": "zehn elf zwolf dreizehn vierzehn funfzehn sechzehn siebzehn achtzehn neunzehn",
    "fr": "dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf",
    "es": "diez once doce trece catorce quince dieciseis diecisiete dieciocho diecinueve",
    "it": "dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove",
    "nl": "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien",
    "pl": "dziesiec jedenascie dwanascie trzynascie czternascie pietnascie szesnascie siedemnascie osiemnascie dziewietnascie",
    "pt": "dez onze doze treze catorze|quatorze quinze dezasseis|dezesseis dezassete|dezessete dezoito dezanove|dezenove",
    "sv": "tio elva tolv tretton fjorton femton sexton sjutton arton nitton",
    "da": "ti elleve tolv tretten fjorten femten seksten sytten atten nitten",
    "nb": "ti elleve tolv tretten fjorten femten seksten sytten atten nitten",
    "cs": "deset jedenact dvanact trinact ctrnact patnact sestnact sedmnact osmnact devatenact",
}
_TENS: dict[str, str] = {
    "en": "twenty thirty forty fifty sixty seventy eighty ninety",
    "de": "zwanzig dreissig|dreißig vierzig funfzig sechzig siebzig achtzig neunzig",
    "fr": "vingt trente quarante cinquante soixante septante huitante|quatre-vingt nonante",
    "es": "veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa",
    "it": "venti trenta quaranta cinquanta sessanta settanta ottanta novanta",
    "nl": "twintig dertig veertig vijftig zestig zeventig tachtig negentig",
    "pl": "dwadziescia trzydziesci czterdziesci piecdziesiat szescdziesiat siedemdziesiat osiemdziesiat dziewiecdziesiat",
    "pt": "vinte trinta quarenta cinquenta sessenta setenta oitenta noventa",
    "sv": "tjugo trettio fyrtio femtio sextio sjuttio attio nittio",
    "da": "tyve tredive fyrre halvtreds tres halvfjerds firs halvfems",
    "nb": "tjue tretti|tredve forti femti seksti sytti atti nitti",
    "cs": "dvacet tricet ctyricet padesat sedesat sedmdesat osmdesat devadesat",
}
# How a language writes 21-99 as one word: tens then unit ("tjugoett"), or unit, a joint and tens ("einundzwanzig").
_TENS_FIRST = ("sv", "nb", "it", "cs", "es")
_UNIT_FIRST_JOINTS = {"de": "und", "nl": "en", "da": "og", "nb": "og", "cs": "a"}
# Words that may stand between a tens word and its unit ("vingt et un", "treinta y dos", "vinte e dois").
_JOINTS = frozenset({"and", "y", "e", "et", "und", "og"})
_REPEATERS = {"double": 2, "triple": 3}
# Number words that are also everyday little words ("to" is Polish and Czech for "it is", "en" French for "in"):
# at the edge of a run they are not part of the number ("mój pesel to cztery …"); articles only open a run.
_WEAK_EDGES = _JOINTS | frozenset({"to", "en", "et", "ett", "ni", "ti", "sei"})
_WEAK_OPENERS = _WEAK_EDGES | frozenset(
    ["un", "une", "una", "uno", "um", "uma", "ein", "eine", "een", "oh"]
)
# A read-out number has at least this many number words and digits; fewer is a count, a time or a year.
MIN_WORDS = 3
MIN_DIGITS = 6


def _spellings(spelled: str) -> list[str]:
    return spelled.replace("-", "").split("|")


def _number_words() -> tuple[dict[str, str], dict[str, str]]:
    """Every number word mapped to its digits, and every tens word ("eighty") to its tens digit."""
    numbers: dict[str, str] = {}
    tens_words: dict[str, str] = {}
    for language, spelled_units in _UNITS.items():
        units = spelled_units.split()
        for digit, spelled in enumerate(units):
            for word in _spellings(spelled):
                numbers.setdefault(word, str(digit))
        for number, spelled in enumerate(_TEENS[language].split(), start=10):
            for word in _spellings(spelled):
                numbers.setdefault(word, str(number))
        for tens_digit, spelled in enumerate(_TENS[language].split(), start=2):
            for ten in _spellings(spelled):
                numbers.setdefault(ten, f"{tens_digit}0")
                tens_words.setdefault(ten, str(tens_digit))
                for unit_digit in range(1, 10):
                    for unit in _spellings(units[unit_digit]):
                        for word in _compounds(language, ten, unit):
                            numbers.setdefault(word, f"{tens_digit}{unit_digit}")
    return numbers, tens_words


def _compounds(language: str, ten: str, unit: str) -> list[str]:
    """The one-word spellings of a tens word and a unit in `language` ("ventuno" drops the vowel before "uno")."""
    found: list[str] = []
    if language in _TENS_FIRST:
        found.append(ten + unit)
        if ten[-1] in "aeiou" and unit[0] in "aeiou":
            found.append(ten[:-1] + unit)
    if (joint := _UNIT_FIRST_JOINTS.get(language)) is not None:
        # Dutch also writes "tweeëntwintig", folded "tweeentwintig"
        found += [unit + joint + ten, unit + "e" + joint + ten]
    if language == "es" and ten == "veinte":
        found.append("veinti" + unit)
    return found


NUMBER_WORDS, TENS_WORDS = _number_words()
# One digit said as a word, in any of the languages ("four", "vier", "cztery"), for patterns such as a code.
_DIGIT_SPELLINGS = {
    word
    for spelled in _UNITS.values()
    for word in _spellings(spelled.replace(" ", "|"))
}
DIGIT_WORD = "(?:" + "|".join(sorted(_DIGIT_SPELLINGS, key=len, reverse=True)) + ")"
_TOKEN = re.compile(r"[a-zß0-9]+")
_GAP = re.compile(r"[\s,/-]*")


@dataclass(frozen=True)
class SpokenNumber:
    """A number read out in words: its span in the folded text and its possible digits, likeliest first."""

    start: int
    end: int
    readings: tuple[str, ...]


@lru_cache(maxsize=64)
def spoken_numbers(folded: str) -> tuple[SpokenNumber, ...]:
    """Every run of at least MIN_WORDS number words (digits may stand among them) with MIN_DIGITS or more digits."""
    if sum(word in NUMBER_WORDS for word in words(folded)) < MIN_WORDS:
        return ()
    read = (_read(run) for run in _runs(folded))
    return tuple(number for number in read if number is not None)


def _is_part(word: str) -> bool:
    return (
        word in NUMBER_WORDS or word.isdigit() or word in _REPEATERS or word in _JOINTS
    )


def _runs(folded: str) -> list[list[re.Match[str]]]:
    """Group the text's tokens into runs of number words, digits and joints separated only by spaces or commas."""
    runs: list[list[re.Match[str]]] = [[]]
    for token in _TOKEN.finditer(folded):
        current = runs[-1]
        if not _is_part(token.group()):
            if current:
                runs.append([])
        elif current and _GAP.fullmatch(folded, current[-1].end(), token.start()):
            current.append(token)
        elif current:
            runs.append([token])
        else:
            current.append(token)
    return runs


def _read(run: list[re.Match[str]]) -> SpokenNumber | None:
    """The digits of one run, or None when it is too short to be a read-out number.

    A little word at an edge ("to", "en") is read both ways: the digits without it come first.
    """
    whole = _trimmed(run, _JOINTS, _JOINTS)
    core = _trimmed(whole, _WEAK_OPENERS, _WEAK_EDGES)
    if sum(token.group() in NUMBER_WORDS for token in core) < MIN_WORDS:
        return None
    readings = tuple(
        dict.fromkeys(
            digits
            for tokens in (core, whole)
            if len(digits := _digits([token.group() for token in tokens])) >= MIN_DIGITS
        )
    )
    if not readings:
        return None
    return SpokenNumber(core[0].start(), core[-1].end(), readings)


def _trimmed(
    run: list[re.Match[str]], openers: frozenset[str], closers: frozenset[str]
) -> list[re.Match[str]]:
    start, end = 0, len(run)
    while start < end and run[start].group() in openers:
        start += 1
    while end > start and run[end - 1].group() in closers:
        end -= 1
    return run[start:end]


def _digits(tokens: list[str]) -> str:
    """Join the tokens' digits: a tens word takes a following unit ("eighty five" -> 85), "double two" -> 22."""
    digits: list[str] = []
    repeat = 1
    tens: str | None = None
    for token in tokens:
        value = token if token.isdigit() else NUMBER_WORDS.get(token)
        if token in _REPEATERS:
            repeat = _REPEATERS[token]
        elif value is None:  # a joint keeps a pending tens word open ("vingt et un")
            continue
        elif (
            tens is not None
            and len(value) == 1
            and value != "0"
            and not token.isdigit()
        ):
            digits[-1] = tens + value
        else:
            digits.append(value * repeat)
            repeat = 1
        tens = TENS_WORDS.get(token)
    return "".join(digits)
