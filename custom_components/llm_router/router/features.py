"""Hashed features of an utterance for the intent classifier: words, word pairs, character n-grams and a few cues.

Shared by the router (inference) and tools/router_training/train.py (training), so both see exactly the same features.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise
import re
import zlib

from .text import fold, words

BUCKET_BITS = 18
BUCKET_MASK = (1 << BUCKET_BITS) - 1
CHAR_NGRAM_SIZES = (3, 4)
MAX_WORDS = 80

_PLACE_PREPOSITIONS = frozenset({"in", "en", "nach", "naar", "te", "at"})
_NOT_A_PLACE = frozenset(
    [
        "the",
        "a",
        "an",
        "der",
        "die",
        "das",
        "dem",
        "den",
        "des",
        "de",
        "het",
        "een",
        "el",
        "la",
        "los",
        "las",
        "le",
        "les",
        "l",
        "il",
        "lo",
        "gli",
        "un",
        "una",
        "uno",
        "une",
        "du",
        "del",
        "della",
        "dello",
        "dei",
        "my",
        "our",
        "your",
        "his",
        "her",
        "their",
        "this",
        "that",
        "these",
        "those",
        "mein",
        "meinem",
        "meiner",
        "unserem",
        "unserer",
        "mijn",
        "ons",
        "onze",
        "mi",
        "mis",
        "nuestro",
        "nuestra",
        "mon",
        "ma",
        "mes",
        "notre",
        "mio",
        "mia",
        "nostro",
        "nostra",
        "it",
        "them",
        "there",
        "here",
        "home",
        "casa",
        "rete",  # Italian "the grid": "quanta ne abbiamo immessa in rete"
        "huis",
        "bed",
        "front",
        "back",
        "kitchen",
        "bathroom",
        "bedroom",
        "office",
        "garage",
        "garden",
        "basement",
        "attic",
        "hallway",
        "cucina",
        "bagno",
        "soggiorno",
        "camera",
        "salotto",
        "sala",
        "giardino",
        "ufficio",
        "cantina",
        "corridoio",
        "ingresso",
        "taverna",
        "cameretta",
        "studio",
        "minutes",
        "minute",
        "hours",
        "hour",
        "seconds",
        "minuten",
        "minuut",
        "minuti",
        "minutos",
        "horas",
        "ore",
        "uur",
        "stunden",
        "half",
        "total",
        "general",
        "detail",
        "details",
        "english",
        "german",
        "french",
        "spanish",
        "italian",
        "dutch",
        "python",
        "yaml",
        "javascript",
        "bash",
        "celsius",
        "fahrenheit",
        "euros",
        "euro",
        "dollars",
        "percent",
        "prozent",
        "procent",
        "advance",
        "case",
        "summer",
        "winter",
        "spring",
        "autumn",
        "fall",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "morning",
        "evening",
        "night",
        "afternoon",
        "eco",
        "mode",
        "auto",
        "standby",
        "progress",
        "order",
        "time",
        "future",
        "line",
        "mind",
        "charge",
        "stock",
        "use",
        "total",
        "line",
        "bulk",
        "person",
        "advance",
        "mind",
        "short",
        "simple",
        "plain",
        "words",
        "full",
        "place",
        "turns",
        "one",
        "two",
        "three",
        "four",
        "five",
        "ten",
        "addition",
    ]
)
_DIGIT_RE = re.compile(r"\d")


_WORD_SALT, _CHAR_SALT, _PAIR_SALT, _CUE_SALT = 1, 2, 3, 4


def _bucket(feature: bytes, salt: int) -> int:
    """Map a feature to a stable bucket (CRC-32, independent of Python's hash randomisation); the salt separates feature kinds."""
    return zlib.crc32(feature, salt) & BUCKET_MASK


@lru_cache(maxsize=32768)
def _word_buckets(word: str) -> frozenset[int]:
    """Buckets of one word: the word itself and its character n-grams (cached, words repeat a lot)."""
    data = word.encode()
    padded = b"<" + data + b">"
    grams = {
        _bucket(padded[start : start + size], _CHAR_SALT)
        for size in CHAR_NGRAM_SIZES
        for start in range(len(padded) - size + 1)
    }
    grams.add(_bucket(data, _WORD_SALT))
    return frozenset(grams)


def _length_cue(count: int) -> str:
    """Bucket the number of words."""
    for limit in (3, 6, 12, 20, 35):
        if count <= limit:
            return f"m:len{limit}"
    return "m:len_long"


def cue_features(raw_text: str, tokens: Sequence[str]) -> list[str]:
    """Non-lexical cues: length, digits, question mark, first word and a mention of a place away from home."""
    cues = [_length_cue(len(tokens))]
    if tokens:
        cues.append("m:first:" + tokens[0])
    if _DIGIT_RE.search(raw_text):
        cues.append("m:digits")
    if "?" in raw_text:
        cues.append("m:question")
    if mentions_place(tokens):
        cues.append("m:place")
    return cues


def mentions_place(tokens: Sequence[str]) -> bool:
    """Return whether the words contain "in <name>" where the name is not a room, article or time word."""
    if _PLACE_PREPOSITIONS.isdisjoint(tokens):
        return False
    return any(
        word in _PLACE_PREPOSITIONS
        and following.isalpha()
        and following not in _NOT_A_PLACE
        for word, following in pairwise(tokens)
    )


def extract(raw_text: str) -> set[int]:
    """Return the de-duplicated feature buckets of `raw_text`."""
    tokens = words(fold(raw_text))[:MAX_WORDS]
    buckets: set[int] = set().union(*map(_word_buckets, tokens))
    buckets.update(
        _bucket(f"{first} {second}".encode(), _PAIR_SALT)
        for first, second in pairwise(tokens)
    )
    buckets.update(
        _bucket(cue.encode(), _CUE_SALT) for cue in cue_features(raw_text, tokens)
    )
    return buckets
