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
# Case endings and possessives of first names in the twelve languages (Polish and Czech decline names).
_NAME_ENDINGS = ("", "a", "e", "i", "o", "u", "y", "s", "'s", "em", "ou", "ovi", "ie", "owi", "om")
# A first name that is also a common word of the utterance's language ("Will", Italian "mia") does not name a
# person on its own there: "when will it rain" is not about Will.
_COMMON_WORDS: Mapping[str, frozenset[str]] = {
    "en": frozenset({"will", "may", "can", "bill", "mark", "rose", "sky", "max", "art", "pat", "sue"}),
    "de": frozenset({"will", "mark", "rose", "max", "da", "so"}),
    "it": frozenset({"mia", "mio", "da", "la", "le"}),
    "es": frozenset({"mia", "mio", "la", "le", "da"}),
    "pt": frozenset({"da", "ana"}),
    "fr": frozenset({"la", "le", "rose"}),
    "nl": frozenset({"mark", "da"}),
    "pl": frozenset({"da", "ma"}),
    "cs": frozenset({"ma", "da"}),
    "sv": frozenset({"max", "ma"}),
    "da": frozenset({"max"}),
    "nb": frozenset({"max"}),
}
_NO_COMMON_WORDS: frozenset[str] = frozenset()

type _Entry = tuple[tuple[str, ...], NameKind, str]


def _forms(word: str) -> set[str]:
    """The inflected forms of one word of a person's name."""
    stem = word[:-1] if word[-1] in _VOWELS and len(word) > 3 else word
    forms = {word, word + "s", word + "'s"}
    return forms | {stem + ending for ending in _NAME_ENDINGS if len(stem) >= 3}


def _folded_words(name: str) -> tuple[str, ...]:
    return words(fold(name.strip()))


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
                for phrase in self._phrases(kind, name):
                    index.setdefault(phrase[0], []).append((phrase, kind, name))
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
                spelling
                for name, aliases in entities
                for spelling in (name, *aliases)
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
    def _phrases(kind: NameKind, name: str) -> set[tuple[str, ...]]:
        """The word sequences that name `name`: for a person also each word of the name alone, inflected."""
        folded = _folded_words(name)
        if not folded:
            return set()
        if kind is not NameKind.PERSON:
            return {folded}
        return {folded} | {
            (form,)
            for word in folded
            if len(word) >= 2
            for form in _forms(word)
        }

    def __bool__(self) -> bool:
        """Whether the home named anything at all."""
        return bool(self._index)

    def find(
        self, utterance_words: Sequence[str], language: str | None = None
    ) -> tuple[NameHit, ...]:
        """Every name of the home in the folded words of an utterance, left to right, longest match first."""
        hits: list[NameHit] = []
        common = _COMMON_WORDS.get(language or "", _NO_COMMON_WORDS)
        position = 0
        while position < len(utterance_words):
            entry = self._match(utterance_words, position, common)
            if entry is None:
                position += 1
                continue
            phrase, kind, name = entry
            hits.append(NameHit(kind, name, position, position + len(phrase)))
            position += len(phrase)
        return tuple(hits)

    def _match(
        self, utterance_words: Sequence[str], position: int, common: frozenset[str]
    ) -> _Entry | None:
        for entry in self._index.get(utterance_words[position], ()):
            phrase, kind, _name = entry
            if kind is NameKind.PERSON and len(phrase) == 1 and phrase[0] in common:
                continue
            if tuple(utterance_words[position : position + len(phrase)]) == phrase:
                return entry
        return None


EMPTY_VOCABULARY = HomeVocabulary()
