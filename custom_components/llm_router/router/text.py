"""Text normalisation shared by the detectors, the classifier and its training script."""

from __future__ import annotations

from functools import lru_cache
import re
import unicodedata


def _fold_char(char: str) -> str:
    """Return `char` lower-cased and without accents, keeping exactly one character."""
    base = unicodedata.normalize("NFKD", char.lower())[:1]
    return base if base.isascii() and base.isalpha() else char.lower()[:1] or char


_FOLD_TABLE = {
    code: _fold_char(chr(code))
    for code in range(0x41, 0x250)
    if _fold_char(chr(code)) != chr(code)
}
_FOLD_TABLE.update({ord("’"): "'", ord("‘"): "'", ord("´"): "'", ord("`"): "'"})
# Letters Unicode does not decompose: Polish ł, Danish and Norwegian ø and æ (Norwegian spells læge "lege").
_FOLD_TABLE.update(
    {
        ord(char): base
        for chars, base in (("łŁ", "l"), ("øØ", "o"), ("æÆ", "e"), ("đĐ", "d"))
        for char in chars
    }
)

WORD_RE = re.compile(r"[a-zß0-9]+(?:'[a-z]+)?")


@lru_cache(maxsize=64)
def fold(text: str) -> str:
    """Lower-case and strip accents without changing the length, so spans stay valid."""
    return text.translate(_FOLD_TABLE)


@lru_cache(maxsize=64)
def words(folded: str) -> tuple[str, ...]:
    """Split folded text into words (apostrophe contractions split off: "l'alarme" -> "l", "alarme").

    Cached: the detectors, the follow-up check and the classifier all split the same text.
    """
    return tuple(
        WORD_RE.findall(
            folded.replace("'", " ' ").replace(" ' s ", "'s ").replace(" ' ", " ")
        )
    )


# The languages the detectors and the classifier read: the twelve most used Assist languages.
SUPPORTED_LANGUAGES = frozenset(
    {"en", "de", "fr", "es", "it", "nl", "pl", "pt", "sv", "da", "nb", "cs"}
)
_LANGUAGE_ALIASES = {"no": "nb", "nn": "nb"}


def language_code(language: str | None) -> str | None:
    """The base language of a tag ("de-CH" -> "de", "no" -> "nb"), or None when none was given."""
    if not language or not language.strip():
        return None
    base = language.strip().lower().replace("_", "-").split("-")[0]
    return _LANGUAGE_ALIASES.get(base, base)


def first_question(text: str) -> str:
    """The text up to its first question mark ("Está a chover em Coimbra?" of one that says why after it), or ""."""
    return text[: text.find("?") + 1]
