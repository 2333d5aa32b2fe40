"""The home's own names as routing input: household members' presence is private, the home's things are local."""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import HistoryTurn, Route, decide
from custom_components.llm_router.router.text import fold, words
from custom_components.llm_router.router.vocabulary import HomeVocabulary, NameKind

HOME = HomeVocabulary.build(
    persons=[
        "Kuba",
        "Ondra",
        "Théo",
        "Ingrid",
        "Sanne",
        "Will",
        "Mia",
        "babcia Halina",
    ],
    areas=["Emma's room", "Kinderzimmer", "sala"],
    floors=["upstairs"],
    entities=[("Aquarium pump", ["Aquariumpumpe", "bomba do aquário"])],
    zones=["school", "kroužek", "hytta"],
)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "did Théo leave already"),
        ("de", "ist Sanne schon daheim"),
        ("fr", "Théo est parti ?"),
        ("es", "¿ha vuelto Ingrid?"),
        ("it", "Théo è uscito?"),
        ("nl", "is Sanne nog op school"),
        ("pl", "kiedy Kuba wrócił"),
        ("pt", "o Théo já chegou?"),
        ("sv", "är Ingrid hemma"),
        ("da", "er Ingrid kommet hjem"),
        ("nb", "er Ingrid på hytta"),
        ("cs", "je Ondra ještě na kroužku?"),
    ],
)
def test_a_household_member_with_a_presence_word_is_private(
    language: str, text: str
) -> None:
    with_home = decide(text, language=language, vocabulary=HOME)
    assert with_home.private
    assert with_home.route is Route.LOCAL


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Théo back yet?"),
        ("nl", "Sanne al op school?"),
        ("nb", "Ingrid på hytta nå?"),
        ("cs", "Ondra na kroužku?"),
        ("pl", "Kuby nie ma w domu?"),
    ],
)
def test_only_the_homes_names_make_these_private(language: str, text: str) -> None:
    assert not decide(text, language=language).private
    decision = decide(text, language=language, vocabulary=HOME)
    assert decision.private
    assert "household member" in decision.reason


def test_declined_names_and_common_words() -> None:
    assert [
        hit.name for hit in HOME.find(words(fold("gdzie jest Kuby telefon")), "pl")
    ] == ["Kuba"]
    assert HOME.find(words(fold("kuby")), "en") == ()
    assert HOME.find(words(fold("when will it rain")), "en") == ()
    assert HOME.find(words(fold("la mia camera")), "it") == ()
    den = HomeVocabulary.build(areas=["den"])
    assert [
        hit.name for hit in den.find(words(fold("turn on the den lamp")), "en")
    ] == ["den"]
    assert den.find(words(fold("hvad er den nyeste version")), "da") == ()
    hits = HOME.find(words(fold("turn on the light in Emma's room upstairs")), "en")
    assert [hit.kind for hit in hits] == [NameKind.AREA, NameKind.FLOOR]


def test_where_is_a_stranger_is_kept_home_but_not_private() -> None:
    without_home = decide("Kde je Sněžka?", language="cs")
    assert without_home.private
    place = decide("Kde je Sněžka?", language="cs", vocabulary=HOME)
    assert not place.private
    assert place.concern == "asks where someone is"
    person = decide("kde je Ondra?", language="cs", vocabulary=HOME)
    assert person.private


def test_where_the_error_is_in_code_is_not_a_whereabouts_question() -> None:
    text = "o meu template dá sempre unavailable, o código é {{ states('sensor.x') | float }}, onde está o erro"
    decision = decide(text, language="pt", vocabulary=HOME)
    assert decision.concern is None
    assert decision.route is Route.REASONING


def test_naming_the_homes_things_is_local() -> None:
    text = "wie lange läuft die Aquariumpumpe heute schon"
    assert decide(text, language="de", vocabulary=HOME).route is Route.LOCAL
    assert (
        "names the home's entity" in decide(text, language="de", vocabulary=HOME).reason
    )
    assert (
        decide("a bomba do aquário está ligada?", language="pt", vocabulary=HOME).source
        == "home"
    )


def test_a_story_for_a_household_member_still_goes_to_reasoning() -> None:
    text = "Write a long bedtime story for Mia about a dragon who is afraid of the dark, with three chapters"
    decision = decide(text, language="en", vocabulary=HOME)
    assert decision.route is Route.REASONING
    assert not decision.private


def test_after_a_presence_question_coming_and_going_stays_private() -> None:
    history = (
        HistoryTurn("user", "is sanne nog op school", Route.LOCAL),
        HistoryTurn("assistant", "Nee, Sanne is niet meer op school.", Route.LOCAL),
    )
    decision = decide(
        "En hoe laat ging ze weg?", language="nl", history=history, vocabulary=HOME
    )
    assert decision.private
    assert decision.reason.startswith("private: follow-up to")


def test_a_name_speech_to_text_split_before_its_last_letter_is_still_the_person() -> (
    None
):
    home = HomeVocabulary.build(persons=["Ania", "Ana"])
    assert decide(
        "o której ani a wyszła dziś z pracy", language="pl", vocabulary=home
    ).private
    hits = home.find(words(fold("co je to antibiotikum a na co nepomáhá")), "cs")
    assert hits == ()


def test_nordic_definite_forms_name_the_homes_rooms_and_devices() -> None:
    home = HomeVocabulary.build(areas=["kök", "stue"], entities=[("Roborock", ())])
    swedish = decide(
        "starta roborocken i köket nu direkt", language="sv", vocabulary=home
    )
    assert swedish.route is Route.LOCAL
    names = {hit.name for hit in home.find(words(fold("sluk lyset i stuen")), "da")}
    assert names == {"stue"}
    # Dutch plurals in -en are not the definite forms of Nordic names
    assert not home.find(words(fold("hoeveel koken er")), "nl")


def test_the_nordic_any_before_a_noun_asks_for_no_one() -> None:
    home = HomeVocabulary.build(areas=["køkken"])
    assert not decide(
        "er nogen kontakter tændt i køkkenet", language="da", vocabulary=home
    ).private
    assert decide("er nogen hjemme", language="da", vocabulary=home).private
    assert decide("är det någon som är hemma", language="sv").private


@pytest.mark.parametrize(
    ("language", "text"),
    [("de", "ist Mark schon vom Hafen zurück"), ("nl", "is Mark nog op de boot")],
)
def test_a_household_member_called_mark_is_found_where_mark_is_no_everyday_word(
    language: str, text: str
) -> None:
    home = HomeVocabulary.build(persons=["Mark"])
    decision = decide(text, language=language, vocabulary=home)
    assert decision.private
    assert decision.reason == "private: presence of a household member (Mark)"


def test_a_zone_with_a_possessive_is_found_mid_sentence_and_at_the_end() -> None:
    home = HomeVocabulary.build(persons=["Lina"], zones=["Grandma's"])
    for text in ("Lina is at Grandma's until Sunday", "is Lina at Grandma's"):
        hits = home.find(words(fold(text)), "en")
        assert [hit.kind for hit in hits] == [NameKind.PERSON, NameKind.ZONE]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Max is at the football club until six, so turn his heater down"),
        ("sv", "Max är hos mormor i helgen"),
    ],
)
def test_a_name_that_is_a_word_opening_a_sentence_before_a_verb_is_the_person(
    language: str, text: str
) -> None:
    home = HomeVocabulary.build(persons=["Max"], zones=["Football Club"])
    decision = decide(text, language=language, vocabulary=home)
    assert decision.private
    assert not decision.may_leave_home


def test_max_as_a_setting_is_no_one() -> None:
    home = HomeVocabulary.build(persons=["Max"])
    assert home.find(words(fold("set the fan to max")), "en") == ()
