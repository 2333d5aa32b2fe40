"""How the router reads an utterance before any policy: the folded text, its language, the home's names in it, and who it is about."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
import itertools
import re

from .alternation import WordAlternation
from .known_facts import opens_asking_who_made_a_work
from .privacy_lexicon import (
    AGAIN_BEFORE_A_VERB,
    ANY_BEFORE_A_NOUN,
    AT_A_PLACE,
    AT_WORK_OR_SCHOOL,
    AT_WORK_OR_SCHOOL_EN,
    AUTHORING,
    AUTOMATIC,
    BACK_REFERENCES,
    BACK_REFERENCES_IN,
    BEEN,
    BEFORE_THE_PLACE,
    CARERS,
    CHILDREN,
    DEVICE_STATE,
    DWELLINGS,
    EMERGENCY_CALLS,
    ENTERED,
    EVERYONE_BEFORE,
    EVERYONE_PAIRS,
    FAMILY,
    FAMILY_ONLY_IN,
    FIRST_PERSON,
    FIRST_PERSON_IN,
    FIRST_PERSON_OBJECTS,
    GOT_TO,
    HOME_AWAY,
    HOME_GROUNDS,
    HOUSE_ADJECTIVES,
    HOUSE_ROOMS,
    HOUSES,
    HOW_IT_WENT,
    HOW_MUCH,
    IN_OWN_ROOM,
    INJURED,
    MONEY_AMOUNT,
    MOTION,
    NOT_CUES_AFTER,
    NOT_CUES_BEFORE,
    OF_US,
    ONE_OF,
    OUT_AFTER_GOING,
    OWNERS,
    PASSPORTS,
    PASSPORTS_IN,
    PEOPLE,
    PETS,
    PETS_ONLY_IN,
    PICK_UP,
    PICK_UP_PAIRS,
    PICKED_UP_THINGS,
    PLACE_ARTICLES,
    PLACE_PREPOSITIONS,
    PLANTS,
    PRESENCE_CUES,
    PRESENCE_CUES_IN,
    QUANTITIES,
    ROOM_OWNERS,
    SHARING_OUT,
    SOMEBODY,
    SOMEBODY_FOLLOWERS,
    SPEAKER,
    SPEAKER_BITTEN,
    SPEAKER_ONLY_IN,
    STILL_OR_GONE,
    STILL_YET,
    THIRD_PERSON,
    THIRD_PERSON_ONLY_IN,
    TO_BE,
    VISITORS,
    WHERE,
    WHERE_PAIRS,
    WHICH,
    WHICH_CHILD,
)
from .spoken_numbers import NUMBER_WORDS
from .text import SUPPORTED_LANGUAGES, fold, language_code, words
from .vocabulary import HomeVocabulary, NameHit, NameKind

# "Se lo volvió a llevar", "volvió a salir": again, but still coming or going.
_COMING_OR_GOING = frozenset(
    {
        "llevar",
        "salir",
        "entrar",
        "venir",
        "llegar",
        "marchar",
        "sair",
        "levar",
        "chegar",
        "vir",
        "ir",
        "partir",
    }
)
# Born, not arrived: "Mia er kommet til verden".
_INTO_THE_WORLD = frozenset({("til", "verden"), ("till", "varlden")})
# How many words may stand between a household member and where they are, and after it.
_TO_THE_PLACE = 3
# At most this long, "the children" with a word for home asks whether they are home.
SHORT_QUESTION_WORDS = 8

_ROOMS = frozenset({NameKind.AREA, NameKind.FLOOR})
# For someone, not at their place: "para a avó Fátima", "til farmor".
_FOR = frozenset(
    {"para", "for", "til", "till", "per", "pour", "fur", "voor", "dla", "pro", "to"}
)
# Czech and Polish "mi": "to me".
_DATIVE_MI = frozenset({"cs", "pl"})
# A family word and a word for coming or going this many words apart are one statement about them.
_NEAR = 4
_WHEN_REACH = 6
_SHORTEST_GENITIVE = 4  # "papas Auto"; not "mas" for "ma"
_GENITIVE_S_LANGUAGES = frozenset({"de", "nl", "en", "sv", "da", "nb"})
_ASKS_WHEN = re.compile(
    r"\W*(?:when|what time|at what time|wann|um wie viel uhr|quand|a quelle heure|cuando|a que hora|quando|a che ora"
    r"|wanneer|hoe laat|kiedy|o ktorej|a que horas|nar|hvornar|nar|kdy|v kolik"
    # how often: "hoe vaak is opa deze week 's nachts opgestaan"
    r"|how often|how many times|wie oft|combien de fois|cuantas veces|quante volte|hoe vaak|ile razy|jak czesto"
    r"|quantas vezes|hur ofta|hur manga ganger|hvor ofte|hvor mange gange|hvor mange ganger|kolikrat|jak casto)(?![a-z])"
)
_INJURED = WordAlternation(rf"(?<![a-z])(?:{INJURED})(?![a-z])")
_SPEAKER_BITTEN = WordAlternation(rf"(?<![a-z])(?:{SPEAKER_BITTEN})(?![a-z])")
_EMERGENCY_CALLS = WordAlternation(rf"(?<![a-z]){EMERGENCY_CALLS}(?![a-z])")
_PASSPORT = WordAlternation(rf"(?<![a-z])(?:{PASSPORTS})(?![a-z])")
_PASSPORT_IN = {
    language: WordAlternation(rf"(?<![a-z])(?:{PASSPORTS}{extra})(?![a-z])")
    for language, extra in PASSPORTS_IN.items()
}

# An article makes a name the word it also is: "a qué hora sale el sol" (Sol lives here), "the will".
_ARTICLES_BEFORE_A_WORD = {
    "es": frozenset({"el", "la", "los", "las", "un", "una"}),
    "en": frozenset({"the", "a", "an"}),
}

_DEVICE_STATE = re.compile(rf"(?<![a-z])(?:{DEVICE_STATE})")
# Children in general, not the household's: "une histoire pour enfants", "les symptômes chez les enfants".
_IN_GENERAL_BEFORE_ARTICLE = frozenset(
    {
        "chez",
        "en",
        "bei",
        "nei",
        "bij",
        "hos",
        "pour",
        "para",
        "per",
        "for",
        "til",
        "u",
        "in",
        "among",
        "entre",
    }
)
_GENERAL_ARTICLES = frozenset(
    {"les", "los", "las", "gli", "i", "die", "de", "the", "os", "as"}
)


def _visitor_come_or_gone(tokens: Sequence[str], reach: int) -> str | None:
    """A visitor or carer within `reach` words of a word for having left, arrived or still being here."""
    gone = [
        index
        for index, (token, after) in enumerate(
            zip(tokens, (*tokens[1:], ""), strict=True)
        )
        if (token in STILL_OR_GONE and (token, after) not in NOT_CUES_BEFORE)
        or (token == "check" and after in ("out", "in"))
    ]
    return next(
        (
            token
            for index, token in enumerate(tokens)
            if token in VISITORS or token in CARERS
            for cue in gone
            if abs(index - cue) <= reach
        ),
        None,
    )


def _comes_or_goes(token: str) -> bool:
    """A word for coming, going or home, not for motion in a room (which an automation reads from a sensor)."""
    return (token in PRESENCE_CUES or token in HOME_AWAY) and token not in MOTION


def _children_in_general(tokens: Sequence[str], index: int) -> bool:
    """Whether the children word at `index` follows "for" or "among the": children in general."""
    before = tokens[index - 1] if index > 0 else ""
    two_before = tokens[index - 2] if index > 1 else ""
    return before in _FOR or (
        before in _GENERAL_ARTICLES and two_before in _IN_GENERAL_BEFORE_ARTICLE
    )


# Names that may hold a person's: a phone ("el móvil de Carlos"), a room ("el cuarto de Lucía").
_NAMED_AFTER_SOMEONE = frozenset({NameKind.ENTITY, NameKind.AREA})
_IN_OWN_ROOM = re.compile(rf"(?<![a-z]){IN_OWN_ROOM}(?![a-z])")
# French "il" that is nobody: "il faut", "il y a", "il pleut", "il est possible".
_IMPERSONAL_IL = re.compile(
    r"(?<![a-z])il (?:ne |n )?(?:faut|y a|fait|pleut|neige|semble|parait|vaut|suffit|reste|s agit"
    r"|est (?:temps|possible|vrai|normal|conseille|recommande|interdit|dangereux|grave|utile|important))(?![a-z])"
)


# How far "which" may stand before the children it asks of: "which one of the kids", "welches von den Kindern".
_WHICH_REACH = 4


def _which_child(tokens: Sequence[str]) -> bool:
    """Whether "which" asks of the children a few words on: "which one of the kids has been in the kitchen"."""
    return any(
        token in WHICH_CHILD
        and not WHICH.isdisjoint(tokens[max(0, index - _WHICH_REACH) : index])
        for index, token in enumerate(tokens)
    )


_MONEY_AMOUNT = re.compile(MONEY_AMOUNT)
_SHARING_OUT = re.compile(SHARING_OUT)


def _infinitive(tokens: Sequence[str], index: int) -> bool:
    """Whether a Spanish or Portuguese infinitive, not one of coming or going, stands at `index` ("dejar", "fazer")."""
    return (
        index < len(tokens)
        and tokens[index].endswith(("ar", "er", "ir"))
        and tokens[index] not in _COMING_OR_GOING
    )


# "a rota for four people", "5 people streaming", "una casa con cinque persone", "per persona": how many live
# there, or a share each, not who is where
_COUNTING_PEOPLE = NUMBER_WORDS.keys() | frozenset(
    {"per", "pro", "par", "por", "na", "ogni", "cada"}
)


# what follows "ou" when it is "or" ("da Noor ou do Jonas", "ou la cuisine"), not "où"
_ARTICLES_AFTER_OR = frozenset(
    {
        "do",
        "da",
        "dos",
        "das",
        "du",
        "de",
        "des",
        "le",
        "la",
        "les",
        "o",
        "a",
        "os",
        "as",
        "un",
        "une",
        "um",
        "uma",
    }
)
# "at someone's", which in a device command is their room: "u Thea", "hos Theo", "chez Léa", "bei Mia"
_AT_SOMEONES = frozenset({"u", "hos", "chez", "bei", "bij", "da"})
# A cleaning rota gives each room to somebody: "a rota where nobody gets the bathroom two weeks in a row"
_CHORE_ROTA = WordAlternation(
    # English "rota" only after a chore or "the": Spanish and Portuguese "rota" is broken, or a route
    r"(?<![a-z])(?:(?:cleaning|chore|chores|house|household|laundry|washing up|the) rotas?|rosters?|putzplan|dienstplan|planning (?:de )?menage|tableau des taches|turnos de limpieza"
    r"|turni delle pulizie|schoonmaakrooster|grafik sprzatania|grafik dyzurow|escala de limpeza|stadschema"
    r"|rengoringsplan|vaskeliste|vaskeplan|rozpis uklidu|rozpis sluzeb)(?![a-z])"
)


def _the_bathroom(tokens: Sequence[str], index: int) -> bool:
    """Portuguese "casa" in "a casa de banho" (the bathroom) is a room, not home."""
    return tokens[index] == "casa" and tokens[index + 1 : index + 3] == ("de", "banho")


def _in_a_room_after(tokens: Sequence[str], index: int) -> bool:
    """One of any home's rooms, or a house, right after the word at `index`.

    "ktoś jest w łazience", "is anyone at the house", "babcia jest w pokoju gościnnym", "einer von uns im neuen Haus".
    """
    after = index + 1
    while after < min(len(tokens), index + 3) and (
        tokens[after] in BEFORE_THE_PLACE
        or tokens[after] in ENTERED
        or tokens[after] in GOT_TO
    ):
        after += 1
    if after >= len(tokens) or not (
        tokens[after] in AT_A_PLACE
        or (tokens[after] == "to" and tokens[after - 1] in GOT_TO)
    ):
        return False
    room = after + 1
    while room < min(len(tokens), after + 3) and (
        tokens[room] in PLACE_ARTICLES
        or tokens[room] in ROOM_OWNERS
        or tokens[room] in HOUSE_ADJECTIVES
    ):
        room += 1
    return room < len(tokens) and (
        tokens[room] in HOUSE_ROOMS or tokens[room] in HOUSES
    )


def _one_of_us(tokens: Sequence[str], index: int) -> bool:
    """Whether "one of us", a household member, stands at `index` ("nogen af os", "einer von uns", "někdo z nás")."""
    return (
        (tokens[index] in ONE_OF or tokens[index] in SOMEBODY)
        and index + 2 < len(tokens)
        and (tokens[index + 1], tokens[index + 2]) in OF_US
    )


def _said_to_be_in_a_room(tokens: Sequence[str], first: int, last: int) -> bool:
    """Someone (the words `first` to `last`) said to be in a room: "czy babcia jest w pokoju", "is emil in the kitchen".

    The verb stands between or before: "a song for emil in the living room" says where it plays.
    """
    said_to_be = (first > 0 and tokens[first - 1] in TO_BE) or (
        last + 1 < len(tokens) and tokens[last + 1] in TO_BE
    )
    return said_to_be and _in_a_room_after(tokens, last)


# "For" before a relative: music for grandma in her room is played there, not a question of where she is.
_FOR_SOMEONE = frozenset(
    {
        "for",
        "fur",
        "pour",
        "para",
        "per",
        "voor",
        "dla",
        "til",
        "till",
        "pro",
        "a",
        "al",
    }
)
# How many words before or after a household member's name a presence cue may stand to be about them.
_CUE_REACH = 6


@dataclass(frozen=True)
class Reading:
    """What the router knows about an utterance before any policy: its folded text, language and home names."""

    folded: str
    language: str | None
    names: tuple[NameHit, ...]
    vocabulary: HomeVocabulary

    @classmethod
    def of(cls, text: str, language: str | None, vocabulary: HomeVocabulary) -> Reading:
        """Fold the text once and look up the home's names in it (one dictionary look-up per word)."""
        folded = fold(text)
        code = language_code(language)
        names = vocabulary.find(words(folded), code) if vocabulary else ()
        return cls(folded, code, names, vocabulary)

    def of_earlier(self, text: str) -> Reading:
        """The same reading of an earlier turn of the conversation."""
        return Reading.of(text, self.language, self.vocabulary)

    @property
    def knows_people(self) -> bool:
        """Whether the home told the router who lives in it."""
        return bool(self.vocabulary.persons)

    @property
    def unknown_language(self) -> bool:
        """A language was given and the detectors and the classifier do not read it."""
        return self.language is not None and self.language not in SUPPORTED_LANGUAGES

    def person(self) -> NameHit | None:
        """The first household member the utterance names, also inside a device's or a room's name ("el móvil de Carlos")."""
        tokens = words(self.folded)
        articles = _ARTICLES_BEFORE_A_WORD.get(self.language or "", frozenset())
        named = next(
            (
                hit
                for hit in self.names
                if hit.kind is NameKind.PERSON
                and (
                    hit.first_word == 0
                    or tokens[hit.first_word - 1] not in articles
                    # a household member called by a family word: "la abuela"
                    or fold(hit.name) in FAMILY
                )
            ),
            None,
        )
        if named is not None:
            return named
        return next(
            (
                NameHit(NameKind.PERSON, person, hit.first_word, hit.end_word)
                for hit in self.names
                if hit.kind in _NAMED_AFTER_SOMEONE
                and (person := self.vocabulary.person_named_in(hit, tokens)) is not None
            ),
            None,
        )

    def home_name(self) -> NameHit | None:
        """The first area, floor, exposed entity or person the utterance names (a person's name is household information)."""
        return next((hit for hit in self.names if hit.kind is not NameKind.ZONE), None)

    def _or_between_names(self, tokens: Sequence[str], index: int) -> bool:
        """French "où" folds to "ou", which is also "or" between two names: "Lucía ou Kasper", "da Noor ou do Jonas"."""
        after = index + 1
        return any(hit.end_word == index for hit in self.names) and (
            (after < len(tokens) and tokens[after] in _ARTICLES_AFTER_OR)
            or any(hit.first_word == after for hit in self.names)
        )

    def only_at_their_place(self) -> bool:
        """The one presence cue is "at someone's" right before a household member ("pusť zvlhčovač u Thea")."""
        person = self.person()
        if person is None or person.first_word == 0:
            return False
        tokens = words(self.folded)
        cues = [index for index in range(len(tokens)) if self._is_cue(tokens, index)]
        return (
            cues == [person.first_word - 1]
            and tokens[person.first_word - 1] in _AT_SOMEONES
            and WHERE_PAIRS.isdisjoint(itertools.pairwise(tokens))
        )

    def presence_cue(self, *, own_room: bool = True) -> bool:
        """Whether a word asks where someone is or when they come or go, in one's own room, or a zone is named."""
        tokens = words(self.folded)
        return any(
            self._is_cue(tokens, index) for index in range(len(tokens))
        ) or self._presence_phrase(tokens, own_room=own_room)

    def _presence_phrase(self, tokens: Sequence[str], *, own_room: bool) -> bool:
        """A "where is", a pick-up, someone in their own room or a zone with its cue ("at Grandma's")."""
        return (
            not WHERE_PAIRS.isdisjoint(itertools.pairwise(tokens))
            or (
                not PICK_UP_PAIRS.isdisjoint(itertools.pairwise(tokens))
                and PICKED_UP_THINGS.isdisjoint(tokens)
            )
            or (own_room and _IN_OWN_ROOM.search(self.folded) is not None)
            or any(
                hit.kind is NameKind.ZONE and self._zone_cue(hit) for hit in self.names
            )
        )

    def asks_who_is_where(self) -> str | None:
        """What a question about somebody's presence asks ("who is at Work"), or None.

        A word for somebody or for people, with a word for home, away, work or school, with one of the home's rooms
        or zones, or (for somebody) with "where": "is anyone at work", "how many people are home", "kdo není doma".
        Writing an automation about an empty room is not such a question.
        """
        folded_words = words(self.folded)
        tokens = {
            word
            for index, (before, word, after) in enumerate(
                zip(
                    ("", *folded_words),
                    folded_words,
                    (*folded_words[1:], ""),
                    strict=False,
                )
            )
            if (word, after)
            not in NOT_CUES_BEFORE  # "people on X about Home Assistant"
            and (before, word) not in NOT_CUES_AFTER  # "cuando compras una casa"
            and not (word == "hvor" and after in HOW_MUCH)  # "hvor længe", how long
            and not _the_bathroom(folded_words, index)
        }
        somebody = (
            self._somebody(folded_words)
            or (self.language == "nl" and "wie" in tokens)  # German "wie" is "how"
            or self._everyone_somewhere()
        )
        people = (
            somebody
            or any(
                word in PEOPLE and not (before.isdigit() or before in _COUNTING_PEOPLE)
                for before, word in zip(("", *folded_words), folded_words, strict=False)
            )
            or (_which_child(folded_words) and not BEEN.isdisjoint(tokens))
        )
        if (
            not people
            or self.authoring()
            or self.asks_who_made_a_work()
            or _CHORE_ROTA.search(self.folded) is not None
        ):
            return None
        place = next((hit for hit in self.names if self._is_a_place(hit)), None)
        if place is not None:
            return (
                f"who is {'at' if place.kind is NameKind.ZONE else 'in'} {place.name}"
            )
        if not HOME_AWAY.isdisjoint(tokens):
            return "who is home or away"
        if somebody and not HOME_GROUNDS.isdisjoint(tokens):
            return "who is in the garden or the yard"
        if somebody and self._somebody_in_a_room(folded_words):
            return "who is in a room or a house"
        if somebody and not WHERE.isdisjoint(tokens):
            return "where someone is"
        at_work = not AT_WORK_OR_SCHOOL.isdisjoint(tokens) or not (
            AT_WORK_OR_SCHOOL_EN.isdisjoint(itertools.pairwise(words(self.folded)))
        )
        return "who is at work or school" if at_work else None

    def _somebody(self, tokens: Sequence[str]) -> bool:
        """A word for somebody, or "one of us".

        The Nordic "nogen", "noen", "någon" before a noun is "any" ("er nogen kontakter tændt").
        """
        return any(
            _one_of_us(tokens, index)
            or (
                token in SOMEBODY
                and not (
                    token in ANY_BEFORE_A_NOUN
                    and index + 1 < len(tokens)
                    and tokens[index + 1] not in SOMEBODY_FOLLOWERS
                )
            )
            for index, token in enumerate(tokens)
        )

    def _somebody_in_a_room(self, tokens: Sequence[str]) -> bool:
        """Somebody in one of any home's rooms, right after the word: "is anyone in the kitchen", "czy ktoś jest w łazience"."""
        return any(
            (token in SOMEBODY and _in_a_room_after(tokens, index))
            or (_one_of_us(tokens, index) and _in_a_room_after(tokens, index + 2))
            for index, token in enumerate(tokens)
        )

    def _everyone_somewhere(self) -> bool:
        """All or many, being somewhere: "sind alle zu Hause", "hur många är hemma" (see EVERYONE_PAIRS)."""
        tokens = words(self.folded)
        return any(
            pair in EVERYONE_PAIRS
            and (
                index + 2 == len(tokens)
                or tokens[index + 2] in HOME_AWAY
                or tokens[index + 2] in PLACE_PREPOSITIONS
                or tokens[index + 2] in EVERYONE_BEFORE
            )
            for index, pair in enumerate(itertools.pairwise(tokens))
        )

    def _zone_cue(self, hit: NameHit) -> bool:
        """Whether a zone is named as a place someone is at.

        After a preposition always; else not after a possessive ("her gym bag"), not a zone called like a family
        member ("a poem for mormor Anne" names grandma, not her house) and not "Home Assistant".
        """
        tokens = words(self.folded)
        after = tokens[hit.end_word] if hit.end_word < len(tokens) else ""
        if (tokens[hit.end_word - 1], after) in NOT_CUES_BEFORE:
            return False  # "it's a school night"
        if not FAMILY.isdisjoint(words(fold(hit.name))):
            # "at grandma's", but not "a message for grandma"
            return self._is_a_place(hit) and _FOR.isdisjoint(
                tokens[max(0, hit.first_word - 3) : hit.first_word]
            )
        return self._is_a_place(hit) or not self._owned(hit)

    def _owned(self, hit: NameHit) -> bool:
        """Whether a name follows a possessive: "her gym bag", "jake's school" name a thing, not a place one is at."""
        before = words(self.folded)[hit.first_word - 1] if hit.first_word else ""
        return before.endswith("'s") or before in OWNERS

    def _is_a_place(self, hit: NameHit) -> bool:
        """An area or floor; a zone only after a preposition ("at Work", "in der Schule", not "who can work")."""
        if hit.kind is not NameKind.ZONE:
            return hit.kind in _ROOMS
        before = words(self.folded)[max(0, hit.first_word - 2) : hit.first_word]
        if before and before[-1] in PLACE_ARTICLES:
            before = before[:-1]
        return bool(before) and before[-1] in PLACE_PREPOSITIONS

    def speaks_of_self_or_household(
        self, *, as_object: bool = True, datives: bool = False
    ) -> bool:
        """Whether the speaker talks about themselves ("my", "mir", "moje") or names a household member.

        Without `as_object`, "me" as in "explain to me" does not count: only what is the speaker's. With `datives`,
        neither does the Czech and Polish "mi" ("vysvětli mi"), which in "bolí mi hlava" is the speaker's pain.
        """
        own = FIRST_PERSON if as_object else FIRST_PERSON - FIRST_PERSON_OBJECTS
        tokens = set(words(self.folded))
        if datives and self.language in _DATIVE_MI:
            tokens.discard("mi")
        return self._names_the_speaker(own, tokens)

    def _names_the_speaker(self, own: frozenset[str], tokens: set[str]) -> bool:
        return (
            not own.isdisjoint(tokens)
            or any(
                self.language is None or self.language in FIRST_PERSON_IN[word]
                for word in FIRST_PERSON_IN.keys() & tokens
            )
            or self.person() is not None
        )

    def _words_in(
        self, vocabulary: frozenset[str], only_in: Mapping[str, frozenset[str]]
    ) -> list[str]:
        """The utterance's words in `vocabulary`; a word that is another word elsewhere counts in its languages."""
        return [
            word
            for word in (token.removesuffix("'s") for token in words(self.folded))
            if word in vocabulary
            and (
                word not in only_in
                or self.language is None
                or self.language in only_in[word]
            )
        ]

    def refers_back(self) -> bool:
        """Whether a word points back at what was said ("send it to grandma", "schick den", "vad det betyder").

        Not the "it" of "how did it go" ("hvordan gik det for fck i går"): a new question about a team or a day.
        """
        found = set(self._words_in(BACK_REFERENCES, BACK_REFERENCES_IN))
        if not found:
            return False
        tokens = words(self.folded)
        return any(
            index == 0 or tokens[index - 1] not in HOW_IT_WENT
            for index, token in enumerate(tokens)
            if token in found
        )

    def speaks_of_someone(self) -> bool:
        """Whether a word for him or her occurs ("is it normal that she still coughs"); not the French "il faut"."""
        found = self._words_in(THIRD_PERSON, THIRD_PERSON_ONLY_IN)
        if set(found) == {"il"}:
            personal = _IMPERSONAL_IL.sub(" ", self.folded.replace("'", " "))
            return " il " in f" {personal} "
        return bool(found)

    def names_a_pet_or_plant(self) -> bool:
        """A pet or a plant is named, and neither the family nor a household member is."""
        return (
            (
                bool(self._words_in(PETS, PETS_ONLY_IN))
                or not PLANTS.isdisjoint(words(self.folded))
            )
            and "male cane"
            not in self.folded  # "mi fa un male cane": it hurts like hell
            and not self.names_family()
            and self.person() is None
        )

    def about_a_pet(self) -> bool:
        """A pet is named and neither the speaker as a subject ("I") or bitten, the family nor a household member is."""
        return (
            self.names_a_pet_or_plant()
            and not self._words_in(SPEAKER, SPEAKER_ONLY_IN)
            and _SPEAKER_BITTEN.search(self.folded) is None
        )

    def names_family(self) -> bool:
        """Whether a family word ("grandma", "Bruder", "babcia", "Papas Auto") occurs."""
        return bool(self._words_in(FAMILY, FAMILY_ONLY_IN)) or any(
            map(self._family_genitive, words(self.folded))
        )

    def _family_genitive(self, token: str) -> bool:
        """A family word with the genitive s of German, Dutch, English and the Nordic languages ("papas Auto").

        Not in Spanish, where "papas" are potatoes.
        """
        return (
            self.language in _GENITIVE_S_LANGUAGES
            and len(token) > _SHORTEST_GENITIVE
            and token.endswith("s")
            and token[:-1] in FAMILY
        )

    def present_relative(self) -> str | None:
        """A family member or a carer ("my husband", "the nanny") with a word for coming, going or home nearby.

        Nearby is within four words (six in a question of when), so "a story where the octopus…" for a daughter is
        not her whereabouts.
        Children in the plural need a word for coming or going, unless the question is short: "are the children
        home yet", not "a birthday at home for ten children". Guests and workmen count only with a word for having
        left, arrived or still being here ("sind die handwerker heute rein"), so "a menu for guests coming" is not.
        """
        tokens = words(self.folded)
        authoring = self.authoring()
        # "a qué hora salió el coche de mi marido": a question of when someone came or went reaches further
        reach = _WHEN_REACH if _ASKS_WHEN.match(self.folded) else _NEAR
        visitor = _visitor_come_or_gone(tokens, reach)
        people = [
            index
            for index, token in enumerate(tokens)
            if token in CARERS
            or (token in CHILDREN and not _children_in_general(tokens, index))
            or token.removesuffix("'s") in FAMILY
            or self._family_genitive(token)
        ]
        if not people:
            return visitor
        cues = [
            index
            for index, token in enumerate(tokens)
            if self._is_cue(tokens, index) and (not authoring or _comes_or_goes(token))
        ]
        # a relative still here or gone, as for visitors: "mis suegros siguen aquí o ya se fueron"
        still_or_gone = [
            index
            for index, token in enumerate(tokens)
            if token in STILL_OR_GONE and not authoring
        ]
        near = next(
            (
                person
                for person in people
                for cue in cues
                if abs(person - cue) <= reach
                and (
                    tokens[person] not in CHILDREN
                    or len(tokens) <= SHORT_QUESTION_WORDS
                    or (tokens[cue] in PRESENCE_CUES and tokens[cue] not in HOME_AWAY)
                )
            ),
            None,
        )
        if near is None:
            near = next(
                (
                    person
                    for person in people
                    for cue in still_or_gone
                    if abs(person - cue) <= reach and tokens[person] not in CHILDREN
                ),
                None,
            )
        if near is None and not authoring and _IN_OWN_ROOM.search(self.folded):
            # "check if grandma is in her room", "är mormor i sitt rum"
            near = next(
                (
                    person
                    for person in people
                    if tokens[person] not in CHILDREN
                    and (person == 0 or tokens[person - 1] not in _FOR_SOMEONE)
                ),
                None,
            )
        if near is None:
            # "la abuela está en el baño todavía"
            near = next(
                (
                    person
                    for person in people
                    if tokens[person] not in CHILDREN
                    and _said_to_be_in_a_room(tokens, person, person)
                ),
                None,
            )
        if near is None or (
            tokens[near] not in CARERS | CHILDREN and not self.names_family()
        ):
            return visitor
        return tokens[near]

    def _right_after_a_person(self, index: int) -> bool:
        """Whether the word at `index` follows a household member's name (or its genitive) directly."""
        return any(
            hit.kind is NameKind.PERSON and hit.end_word == index for hit in self.names
        )

    def _is_cue(self, tokens: Sequence[str], index: int) -> bool:
        """A word for coming, going or home; not "hvor" before "mye" or "fort" ("how"), nor an idiom ("hvordan gik det")."""
        token = tokens[index]
        after = tokens[index + 1] if index + 1 < len(tokens) else ""
        before = tokens[index - 1] if index > 0 else ""
        if token in OUT_AFTER_GOING and self.language not in PRESENCE_CUES_IN.get(
            token, ()
        ):
            return (
                before in OUT_AFTER_GOING[token]
                and (token, after) not in NOT_CUES_BEFORE
            )
        if (
            (token == "hvor" and after in HOW_MUCH)
            or _the_bathroom(tokens, index)
            or (token == "ou" and self._or_between_names(tokens, index))
            or (
                token in AGAIN_BEFORE_A_VERB
                and after == "a"
                and _infinitive(tokens, index + 2)
            )
            or (
                (token in DWELLINGS or token in _AT_SOMEONES)
                and self._about_a_device_state
            )
            or (before, token) in NOT_CUES_AFTER
            or (token, after) in NOT_CUES_BEFORE
            or (token in AT_WORK_OR_SCHOOL and before in QUANTITIES)
            # a room of the home named for its owner: "het rolgordijn in Marta's kantoor"
            or (token in AT_WORK_OR_SCHOOL and before.endswith("'s"))
            # right after a name it is theirs: "på Jonas skola", "Leos Schule"
            or (token in AT_WORK_OR_SCHOOL and self._right_after_a_person(index))
            or tuple(tokens[index + 1 : index + 3]) in _INTO_THE_WORLD
        ):
            return False
        return (
            token in PRESENCE_CUES
            or token in HOME_AWAY
            or token in AT_WORK_OR_SCHOOL
            or (index > 0 and (tokens[index - 1], token) in AT_WORK_OR_SCHOOL_EN)
            or self.language in PRESENCE_CUES_IN.get(token, ())
            or (token in PICK_UP and PICKED_UP_THINGS.isdisjoint(tokens))
        )

    @cached_property
    def _about_a_device_state(self) -> bool:
        """Whether the utterance asks about or sets a device's state ("is the heating on in grandpa's flat")."""
        return _DEVICE_STATE.search(self.folded) is not None

    def asks_who_made_a_work(self) -> bool:
        """Whether the text asks who sang, wrote or directed something ("kto wyreżyserował film Dom zły")."""
        return opens_asking_who_made_a_work(self.folded.lstrip("¿¡\"' "))

    def authoring(self) -> bool:
        """Whether the text is about writing an automation or a script ("automatizaci", "Automation", "YAML")."""
        # after an elided article: Italian "un'automazione", French "l'automatisation"
        return any(
            (stem := word.rpartition("'")[2]).startswith(AUTHORING)
            and not stem.startswith(AUTOMATIC)
            for word in words(self.folded)
        )

    def is_room_name(self, folded_words: str) -> bool:
        """Whether these words belong to the name of an area or floor the utterance names."""
        # split as inside the sentence, so "doctor's" stays one word
        found = set(words(f"{folded_words} "))
        return any(
            found <= set(words(fold(hit.name)))
            for hit in self.names
            if hit.kind in _ROOMS
        )

    def someones_injury(self) -> bool:
        """An injury of a household member, a relative or the speaker ("is Emma still injured", "ich bin verletzt")."""
        return (
            _INJURED.search(self.folded) is not None
            and (
                self.person() is not None
                or self.names_family()
                or self.speaks_of_self_or_household()
            )
            and not self.authoring()
        )

    def someones_alarm_button(self) -> bool:
        """A household member's emergency button or fall sensor ("¿Ha saltado el sensor de caídas del baño de Carmen?")."""
        return (
            _EMERGENCY_CALLS.search(self.folded) is not None
            and (self.person() is not None or self.names_family())
            and not self.authoring()
        )

    def someones_passport(self) -> bool:
        """A passport named with a household member or a relative ("Wanneer verloopt het paspoort van Daan")."""
        passport = _PASSPORT_IN.get(self.language or "", _PASSPORT)
        return (
            passport.search(self.folded) is not None
            and (self.person() is not None or self.names_family())
            and not self.authoring()
        )

    def shares_out_a_bill(self) -> bool:
        """A sum of money to share out: who was away how long is then arithmetic ("Marta var borte 12 av 30 dager")."""
        return (
            _SHARING_OUT.search(self.folded) is not None
            and _MONEY_AMOUNT.search(self.folded) is not None
        )

    def present_person(self) -> NameHit | None:
        """A household member named together with where, home, away, arrive or leave, or with a zone."""
        person = self.person()
        if person is None:
            return None
        if self.authoring():
            # an automation for when Magnus comes home tells his habits; one for his lamp at ten does not
            return person if self.someone_comes_or_goes() else None
        return (
            person
            if self.presence_cue()
            or self.still_somewhere(person)
            or _said_to_be_in_a_room(
                words(self.folded), person.first_word, person.end_word - 1
            )
            else None
        )

    def presence_cue_near(self, person: NameHit) -> bool:
        """A word for coming, going or a place within a few words of a household member's name, or a presence phrase."""
        tokens = words(self.folded)
        low = max(0, person.first_word - _CUE_REACH)
        high = min(len(tokens), person.end_word + _CUE_REACH)
        return any(
            self._is_cue(tokens, index) for index in range(low, high)
        ) or self._presence_phrase(tokens, own_room=True)

    def still_somewhere(self, person: NameHit) -> bool:
        """Whether a household member is asked after as still, or yet, somewhere ("ist Jonas noch im Wohnzimmer").

        "Still" or "yet" stands right before the name or among the few words after it, which lead to a preposition of
        place or "there": "je už Tereza v Brně", "camille elle est encore là-bas", "jack at grandmas yet".
        """
        tokens = words(self.folded)
        after = person.end_word
        while (
            after < len(tokens)
            and after - person.end_word < _TO_THE_PLACE
            and tokens[after] in BEFORE_THE_PLACE
        ):
            after += 1
        if after >= len(tokens) or tokens[after] not in AT_A_PLACE:
            return False
        around = tokens[max(0, person.first_word - 2) : after + _TO_THE_PLACE + 1]
        return not STILL_YET.isdisjoint(around)

    def someone_comes_or_goes(self) -> bool:
        """Whether a word for coming, going or home occurs, not one for a place or a room ("hos", "school")."""
        tokens = words(self.folded)
        return any(
            _comes_or_goes(token) and self._is_cue(tokens, index)
            for index, token in enumerate(tokens)
        )
