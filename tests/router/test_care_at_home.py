"""Looking after an elder at home: their pills and drops stay home, a bed sensor's battery does not need to."""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import Route, decide
from custom_components.llm_router.router.vocabulary import HomeVocabulary


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "did grandma take her morning tablets from the dispenser"),
        ("it", "la nonna ha preso le gocce per dormire"),
        ("nl", "heeft oma haar plaspil al gehad"),
        ("de", "hat opa seine tabletten schon genommen"),
    ],
)
def test_whether_someone_took_their_pills_is_health(language: str, text: str) -> None:
    decision = decide(text, language=language)
    assert decision.private
    assert not decision.may_leave_home


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("sv", "Är sängsensorn ansluten till wifi?"),
        ("en", "is the bed sensor's battery low"),
    ],
)
def test_a_health_sensors_battery_or_wifi_is_no_health_detail(
    language: str, text: str
) -> None:
    assert not decide(text, language=language).private


def test_a_health_sensors_battery_with_what_it_saw_stays_private() -> None:
    text = "did the bed sensor notice grandma getting up and is its battery low"
    assert decide(text, language="en").private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("cs", "v kolik dávají dneska na lovu"),
        ("en", "uh what time is um the chase on tonight"),
        ("fr", "a quelle heure passe questions pour un champion ce soir"),
        ("nl", "hoe laat begint lingo vanavond"),
        ("sv", "när börjar på spåret ikväll"),
    ],
)
def test_when_a_programme_is_on_tonight_is_search(language: str, text: str) -> None:
    assert decide(text, language=language).route is Route.SEARCH


@pytest.mark.parametrize(
    "text",
    [
        "when does the dishwasher start tonight",
        "what time does the heating come on tonight",
        "when does my shift start today",
    ],
)
def test_when_the_homes_devices_start_stays_local(text: str) -> None:
    assert decide(text, language="en").route is Route.LOCAL


KITCHEN_HOME = HomeVocabulary.build(areas=["Kitchen", "Living Room"])


def test_which_of_the_kids_was_in_a_room_is_presence() -> None:
    text = "which one of the kids has been in the kitchen after eleven, the motion sensor keeps tripping"
    assert decide(text, language="en", vocabulary=KITCHEN_HOME).private


@pytest.mark.parametrize(
    "text",
    [
        "which kids' movie should we watch in the living room tonight",
        "We have two kids. Which kitchen layout is better for us, and what is it in the living room?",
    ],
)
def test_which_and_kids_apart_are_no_presence(text: str) -> None:
    assert not decide(text, language="en", vocabulary=KITCHEN_HOME).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("da", "hvor meget stiger folkepensionen til januar"),
        ("nb", "hva blir den nye minstepensjonen fra mai"),
        ("pl", "ile wynosi waloryzacja emerytur w tym roku"),
        ("sv", "vad blir garantipensionen nästa år"),
    ],
)
def test_what_the_state_pension_becomes_is_search(language: str, text: str) -> None:
    assert decide(text, language=language).route is Route.SEARCH


def test_a_poem_about_a_new_pension_is_still_writing() -> None:
    text = "write a poem for grandpa's new pension"
    assert decide(text, language="en").route is Route.REASONING
