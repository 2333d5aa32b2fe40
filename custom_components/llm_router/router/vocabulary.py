"""The home's own names as routing input: people, areas, floors, exposed entities with their aliases, and zones.

Names are folded like utterances and indexed by their first word, so finding every name in an utterance costs one
dictionary look-up per word. People's names are also indexed in the inflected forms the twelve languages give
them ("Kuby", "Ondru", "Petrovi", "Emmas"), so "gdzie jest Kuba" and "kde je Ondra" and "napiš to pro Ondru" all
name the same person.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
import re

from .text import fold, words


class NameKind(StrEnum):
    """What a name in the home's vocabulary names."""

    PERSON = "person"
    AREA = "area"
    FLOOR = "floor"
    ENTITY = "entity"
    ZONE = "zone"


@dataclass(frozen=True)
class NameHit:
    """A name of the home found in an utterance: its kind, the name as the home spells it, and its word span."""

    kind: NameKind
    name: str
    first_word: int
    end_word: int


_VOWELS = frozenset("aeiouy")
# Case endings of first names in Polish and Czech, which decline them ("Kuba" -> "Kuby", "Ondra" -> "Ondru").
_CASE_ENDINGS = ("a", "e", "i", "o", "u", "y", "em", "ou", "ovi", "ie", "owi", "om")
# Czech possessive adjectives of names: "Jakubova octavia", "Petrův pokoj", "Petřino auto" (Petra's car).
_POSSESSIVE_ENDINGS = (
    "ova",
    "ovo",
    "ovy",
    "ove",
    "ovu",
    "uv",
    "in",
    "ina",
    "ino",
    "iny",
    "inu",
)
_DECLINING_LANGUAGES = frozenset({"pl", "cs"})
# A one-word name that is also a common word of the utterance's language does not name anything on its own
# there: "when will it rain" is not about Will, Italian "mia" is "my", and a room called "Den" is Danish "the".
_SCANDINAVIAN = (
    "den",
    "det",
    "de",
    "en",
    "et",
    "ett",
    "er",
    "har",
    "og",
    "och",
    "pa",
    "til",
    "med",
    "som",
    "om",
)
_COMMON_WORDS: Mapping[str, frozenset[str]] = {
    "en": frozenset(
        {
            "will",
            "may",
            "can",
            "bill",
            "mark",
            "rose",
            "sky",
            "max",
            "art",
            "pat",
            "sue",
        }
    ),
    "de": frozenset(
        {
            "will",
            "rose",
            "max",
            "da",
            "so",
            "den",
            "der",
            "die",
            "das",
            "ein",
            "im",
            "am",
        }
    ),
    "it": frozenset({"mia", "mio", "da", "la", "le", "il", "un", "una", "di", "in"}),
    "es": frozenset(
        {"mia", "mio", "la", "le", "da", "el", "los", "un", "una", "de", "en", "entre"}
    ),
    "pt": frozenset({"da", "do", "em", "um", "uma", "de", "o", "a", "entre", "sem"}),
    "fr": frozenset(
        {"la", "le", "les", "un", "une", "du", "de", "en", "rose", "entre"}
    ),
    "nl": frozenset({"da", "de", "het", "een", "in", "op"}),
    "pl": frozenset({"da", "ma", "w", "na", "z", "do", "to"}),
    "cs": frozenset({"ma", "da", "v", "na", "z", "do", "je", "to"}),
    "sv": frozenset({"max", "ma", *_SCANDINAVIAN}),
    "da": frozenset({"max", *_SCANDINAVIAN}),
    "nb": frozenset({"max", *_SCANDINAVIAN}),
}
_NO_COMMON_WORDS: frozenset[str] = frozenset()
# Southern German says a first name with its article: "is der max heut heimkommen" is Max, "auf max" is not.
_NAME_ARTICLES: Mapping[str, frozenset[str]] = {"de": frozenset({"der", "den", "dem"})}
# Opening a sentence before a verb, the word is the name: "Mia está todavía con su novio", "Mia è a scuola?".
_VERBS_AFTER_AN_OPENING_NAME: Mapping[str, frozenset[str]] = {
    "es": frozenset({"esta", "sigue", "ha", "volvio", "llego", "salio", "se"}),
    "it": frozenset({"e", "sta", "ha", "torna", "e'", "si"}),
    # "Max is at Grandma's until Sunday", "Max ist noch beim Training", "Max är hos mormor"
    "en": frozenset(
        {
            "is",
            "was",
            "has",
            "had",
            "went",
            "left",
            "came",
            "got",
            "will",
            "needs",
            "wants",
        }
    ),
    "de": frozenset({"ist", "war", "hat", "kommt", "geht", "muss", "soll"}),
    "sv": frozenset({"ar", "har", "kom", "gick", "ska"}),
    "da": frozenset({"er", "har", "kom", "gik", "skal"}),
    "nb": frozenset({"er", "har", "kom", "gikk", "skal"}),
}

# ... and the verbs before one, with the words that may follow it: "¿Dónde está Mia ahora mismo?", "dov'è Mia",
# not "dov'è mia figlia" (my daughter).
_VERBS_BEFORE_A_CLOSING_NAME: Mapping[str, frozenset[str]] = {
    "es": frozenset({"esta", "llego", "salio", "vuelve", "viene", "sigue", "con", "y"}),
    "it": frozenset({"e", "dov'e", "sta", "torna", "arriva", "con"}),
}
_AFTER_A_CLOSING_NAME: Mapping[str, frozenset[str]] = {
    "es": frozenset({"ahora", "ya", "hoy", "todavia", "aun", "en", "a", "de", "con"}),
    "it": frozenset(
        {
            "ora",
            "adesso",
            "oggi",
            "stasera",
            "gia",
            "ancora",
            "a",
            "al",
            "in",
            "da",
            "con",
        }
    ),
}

# A phrase, what it names, the name as the home spells it, and the languages whose form it is ("" for all):
# SLAVIC for the Polish and Czech case forms ("Kuby"), NORDIC for the definite forms ("köket").
type _Entry = tuple[tuple[str, ...], NameKind, str, str]
_ANY, _SLAVIC, _NORDIC = "", "slavic", "nordic"
_NORDIC_LANGUAGES = frozenset({"sv", "da", "nb"})


def _declined(word: str) -> set[str]:
    """The Polish and Czech case forms of one word of a name (not the word itself).

    A final vowel gives way to the ending ("Kuba" -> "Kuby"); the e of -ek and -ec drops ("Tomek" -> "Tomka",
    "kroužek" -> "kroužku").
    """
    stems = {word[:-1] if word[-1] in _VOWELS and len(word) > 3 else word}
    if word.endswith(("ek", "ec")) and len(word) > 4:
        stems.add(word[:-2] + word[-1])
    forms = {
        stem + ending
        for stem in stems
        if len(stem) >= 3
        for ending in (*_CASE_ENDINGS, *_POSSESSIVE_ENDINGS)
    }
    if word.endswith("ia") and len(word) > 4:
        forms.add(word[:-1])  # Polish "Zosia" -> "Zosi", "Kasia" -> "Kasi"
    if word.endswith("o") and len(word) == _SHORT_MASCULINE:
        forms |= {
            word[:-1] + "a",
            word + "vi",
        }  # Czech "Leo" -> "vyzvednout Lea", "Leovi"
    return forms - {word}


_SHORT_MASCULINE = 3


def _definite(word: str) -> set[str]:
    """The Swedish, Danish and Norwegian definite forms of a room's or a device's one-word name.

    "kök" -> "köket", "Roborock" -> "roborocken", "stue" -> "stuen", "badrum" -> "badrummet".
    """
    if len(word) < _SHORTEST_DEFINITE or not word.isalpha():
        return set()
    if word[-1] in _VOWELS:
        return {word + "n", word + "t"}
    return {word + "en", word + "et", word + word[-1] + "en", word + word[-1] + "et"}


_SHORTEST_DEFINITE = 3


def _spellings(word: str) -> set[str]:
    """Other spellings speech-to-text writes for the same first name: Eric for Erik, Tomas for Thomas, Stefan.

    A final k or c, th and t, ph and f, a doubled letter, a final -ie as -i; short names keep their one spelling.
    """
    if len(word) < 4:
        return set()
    forms = {word.replace("th", "t"), word.replace("ph", "f")}
    single = _DOUBLED.sub(r"\1", word)
    if len(single) >= 5:  # Tomaso for Tommaso; not "dan" for Daan
        forms.add(single)
    if word.endswith("ie") and len(word) >= 5:  # Leoni for Leonie
        forms.add(word[:-1])
    if word[-1] in "ck":
        forms.add(word[:-1] + ("k" if word[-1] == "c" else "c"))
    return forms - {word}


_DOUBLED = re.compile(r"([a-z])\1")


def _folded_words(name: str) -> tuple[str, ...]:
    return words(fold(name.strip()))


# Titles before a name, in the twelve languages: alone, they name nobody in particular.
_TITLES = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "herr",
        "frau",
        "fru",
        "froken",
        "hr",
        "mme",
        "mlle",
        "monsieur",
        "madame",
        "senor",
        "senora",
        "sr",
        "sra",
        "signor",
        "signora",
        "sig",
        "pan",
        "pani",
        "pana",
        "panu",
        "pane",
        "senhor",
        "senhora",
        "meneer",
        "mevrouw",
        "mevr",
        "dhr",
    }
)


@dataclass(frozen=True)
class HomeVocabulary:
    """Everything the home calls by name, folded and indexed by first word for O(words) look-ups."""

    persons: tuple[str, ...] = ()
    areas: tuple[str, ...] = ()
    floors: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()
    zones: tuple[str, ...] = ()
    _index: Mapping[str, tuple[_Entry, ...]] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        """Index every name by its first folded word, longest names first."""
        index: dict[str, list[_Entry]] = {}
        for kind, names in self._named():
            for name in names:
                for phrase, family in self._phrases(kind, name):
                    index.setdefault(phrase[0], []).append((phrase, kind, name, family))
        object.__setattr__(
            self,
            "_index",
            {
                word: tuple(sorted(entries, key=lambda entry: -len(entry[0])))
                for word, entries in index.items()
            },
        )

    @classmethod
    def build(
        cls,
        *,
        persons: Iterable[str] = (),
        areas: Iterable[str] = (),
        floors: Iterable[str] = (),
        entities: Iterable[tuple[str, Iterable[str]]] = (),
        zones: Iterable[str] = (),
    ) -> HomeVocabulary:
        """Build from the registries' names; each entity comes with its aliases. Blank names are left out."""

        def clean(names: Iterable[str]) -> tuple[str, ...]:
            return tuple(dict.fromkeys(name.strip() for name in names if name.strip()))

        return cls(
            persons=clean(persons),
            areas=clean(areas),
            floors=clean(floors),
            entities=clean(
                spelling for name, aliases in entities for spelling in (name, *aliases)
            ),
            zones=clean(zones),
        )

    def _named(self) -> Iterable[tuple[NameKind, tuple[str, ...]]]:
        return (
            (NameKind.PERSON, self.persons),
            (NameKind.AREA, self.areas),
            (NameKind.FLOOR, self.floors),
            (NameKind.ENTITY, self.entities),
            (NameKind.ZONE, self.zones),
        )

    @staticmethod
    def _phrases(kind: NameKind, name: str) -> set[tuple[tuple[str, ...], str]]:
        """The word sequences that name `name`, and the languages whose form each is (see `_Entry`).

        A person is also named by each word of their name alone, with a possessive s, or declined.
        """
        folded = _folded_words(name)
        if not folded:
            return set()
        # mid-sentence, "Grandma's" stays one word ("at grandma's until sunday"); at the end it splits in two
        phrases = {(folded, _ANY), (words(fold(name.strip()) + " "), _ANY)}
        if kind is NameKind.ZONE and len(folded) == 1:
            phrases |= {((form,), _SLAVIC) for form in _declined(folded[0])}
        if kind in (NameKind.AREA, NameKind.ENTITY) and len(folded) == 1:
            phrases |= {((form,), _NORDIC) for form in _definite(folded[0])}
        if kind is NameKind.PERSON:
            for word in folded:
                if word in _TITLES or len(word) < 2:
                    continue  # "Pani Kowalska" is not every "pani" the utterance says
                phrases |= {
                    ((form,), _ANY)
                    for form in (word, word + "s", word + "'s", *_spellings(word))
                }
                phrases |= {((form,), _SLAVIC) for form in _declined(word)}
        return phrases

    def __bool__(self) -> bool:
        """Whether the home named anything at all."""
        return bool(self._index)

    def find(
        self, utterance_words: Sequence[str], language: str | None = None
    ) -> tuple[NameHit, ...]:
        """Every name of the home in the folded words of an utterance, left to right, longest match first."""
        hits: list[NameHit] = []
        common = _COMMON_WORDS.get(language or "", _NO_COMMON_WORDS)
        articles = _NAME_ARTICLES.get(language or "", _NO_COMMON_WORDS)
        opening_common = _common_at_the_opening(
            utterance_words,
            common,
            _VERBS_AFTER_AN_OPENING_NAME.get(language or "", _NO_COMMON_WORDS),
        )
        families = {_ANY}
        if language is None or language in _DECLINING_LANGUAGES:
            families.add(_SLAVIC)
        if language is None or language in _NORDIC_LANGUAGES:
            families.add(_NORDIC)
        position = 0
        while position < len(utterance_words):
            entry = self._match(
                utterance_words,
                position,
                opening_common
                if position == 0
                else _common_after_a_verb(utterance_words, position, common, language),
                articles,
                families,
            )
            if entry is not None:
                phrase, kind, name, _family = entry
                hits.append(NameHit(kind, name, position, position + len(phrase)))
                position += len(phrase)
            elif (person := self._split_person(utterance_words, position)) is not None:
                hits.append(NameHit(NameKind.PERSON, person, position, position + 2))
                position += 2
            else:
                position += 1
        return tuple(hits)

    def person_named_in(
        self, hit: NameHit, utterance_words: Sequence[str]
    ) -> str | None:
        """The household member whose name is part of another name the utterance names ("móvil de Carlos")."""
        return next(
            (
                name
                for word in utterance_words[hit.first_word : hit.end_word]
                for phrase, kind, name, family in self._index.get(word, ())
                if kind is NameKind.PERSON and family == _ANY and phrase == (word,)
            ),
            None,
        )

    def _split_person(
        self, utterance_words: Sequence[str], position: int
    ) -> str | None:
        """A person's one-word name that speech-to-text split before its last letters ("ani a" for Ania)."""
        if (
            position + 1 >= len(utterance_words)
            or len(utterance_words[position]) < 3
            or len(utterance_words[position + 1]) > 2
        ):
            return None
        joined = utterance_words[position] + utterance_words[position + 1]
        return next(
            (
                name
                for phrase, kind, name, family in self._index.get(joined, ())
                if kind is NameKind.PERSON and family == _ANY and phrase == (joined,)
            ),
            None,
        )

    def _match(
        self,
        utterance_words: Sequence[str],
        position: int,
        common: frozenset[str],
        articles: frozenset[str],
        families: set[str],
    ) -> _Entry | None:
        for entry in self._index.get(utterance_words[position], ()):
            phrase, _kind, _name, family = entry
            if family not in families or (
                len(phrase) == 1
                and phrase[0] in common
                and (position == 0 or utterance_words[position - 1] not in articles)
            ):
                continue
            if tuple(utterance_words[position : position + len(phrase)]) == phrase:
                return entry
        return None


def _common_at_the_opening(
    utterance_words: Sequence[str], common: frozenset[str], verbs: frozenset[str]
) -> frozenset[str]:
    """The common words at the opening: not the first word when a verb follows it ("Mia está" names Mia)."""
    if utterance_words[1:2] and utterance_words[1] in verbs:
        return common - frozenset(utterance_words[:1])
    return common


def _common_after_a_verb(
    utterance_words: Sequence[str],
    position: int,
    common: frozenset[str],
    language: str | None,
) -> frozenset[str]:
    """The common words at `position`: not a word after a verb that ends the sentence or leads to a place or time."""
    verbs = _VERBS_BEFORE_A_CLOSING_NAME.get(language or "")
    word = utterance_words[position]
    if not verbs or word not in common or utterance_words[position - 1] not in verbs:
        return common
    after = utterance_words[position + 1 : position + 2]
    if not after or after[0] in _AFTER_A_CLOSING_NAME[language or ""]:
        return common - {word}
    return common


EMPTY_VOCABULARY = HomeVocabulary()
