"""A question a household member asks through the speaker is routed as the question itself."""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import Route, decide
from custom_components.llm_router.router.vocabulary import HomeVocabulary

HOUSE = HomeVocabulary.build(
    persons=["Margit", "Elif", "Dawid", "Jonas", "Rosa"],
    areas=["Hallway"],
    entities=[("Hallway light", ())],
)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("cs", "Elif se ptá, jestli v sobotu hraje Sparta doma"),
        ("de", "Dawid fragt, ob der neue Mietspiegel für Köln schon raus ist"),
        ("en", "Margit wants to know if the energy price cap is going up in January"),
        (
            "fr",
            "Elif demande s'il reste des places pour le concert de ce soir au Zénith",
        ),
        ("sv", "Elif undrar om Systembolaget på Avenyn har öppet ikväll"),
    ],
)
def test_a_fresh_question_asked_for_a_flatmate_is_searched(
    language: str, text: str
) -> None:
    decision = decide(text, language=language, vocabulary=HOUSE)
    assert decision.route is Route.SEARCH
    assert not decision.private


def test_the_asker_is_not_sent_to_the_cloud_as_where_she_is() -> None:
    text = "Elif se ptá, jestli v sobotu hraje Sparta doma"
    assert decide(text, language="cs", vocabulary=HOUSE).may_leave_home


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Margit fragt, ob Jonas schon zu Hause ist"),
        ("en", "Rosa wants to know whether Jonas has left work yet"),
        ("pl", "Dawid pyta, czy Elif już wróciła do domu"),
    ],
)
def test_a_household_member_asked_after_stays_private(language: str, text: str) -> None:
    decision = decide(text, language=language, vocabulary=HOUSE)
    assert decision.private
    assert not decision.may_leave_home


def test_a_command_asked_for_someone_is_a_home_command() -> None:
    decision = decide(
        "Rosa asks you to turn off the hallway light", language="en", vocabulary=HOUSE
    )
    assert decision.route is Route.LOCAL


def test_the_backend_still_hears_who_asked() -> None:
    text = "Margit wants to know if the energy price cap is going up in January"
    assert decide(text, language="en", vocabulary=HOUSE).text == text


@pytest.mark.parametrize(
    "text",
    [
        "can you help me work out a cleaning rota for four people where nobody gets the bathroom two weeks in a row",
        "Our internet dies every evening around 8. Router's in the hallway, 5 people streaming. Walk me through a fix",
    ],
)
def test_how_many_people_live_here_is_not_who_is_in_a_room(text: str) -> None:
    assert not decide(text, language="en", vocabulary=HOUSE).private


def test_how_many_people_are_in_a_room_is_still_presence() -> None:
    assert decide(
        "how many people are in the hallway", language="en", vocabulary=HOUSE
    ).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "hay alguien en la cocina? la taza está rota"),
        ("pt", "alguém está no quarto? a janela está rota"),
    ],
)
def test_broken_in_spanish_or_portuguese_is_no_cleaning_rota(
    language: str, text: str
) -> None:
    assert decide(text, language=language).private
