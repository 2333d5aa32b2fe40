"""The school calendar of a region is searched; a shop's hours are searched even when its name holds a room's."""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import Route, decide
from custom_components.llm_router.router.vocabulary import HomeVocabulary

HOME = HomeVocabulary.build(
    persons=["Hedda", "Tomas"], areas=["Garden", "Kitchen", "Küche"]
)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "wann sind dieses jahr die herbstferien in bayern"),
        ("cs", "kdy jsou podzimní prázdniny v brně"),
        ("pl", "kiedy zaczynają się ferie zimowe w małopolsce"),
        ("nl", "wanneer is de krokusvakantie dit schooljaar in regio zuid"),
        ("nb", "hvilke dager er planleggingsdagene i trondheim kommune"),
        ("fr", "quand sont les vacances de la toussaint pour la zone b"),
    ],
)
def test_the_school_calendar_of_a_region_is_searched(language: str, text: str) -> None:
    assert decide(text, language=language, vocabulary=HOME).route is Route.SEARCH


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "when is my half term off work, I put it in the calendar"),
        ("de", "trag die herbstferien von tomas in meinen kalender ein"),
    ],
)
def test_the_households_own_holiday_in_its_calendar_stays_home(
    language: str, text: str
) -> None:
    assert decide(text, language=language, vocabulary=HOME).route is Route.LOCAL


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "what time does Olive Garden on Main Street close tonight"),
        ("de", "bis wann hat Küche Kaiser am Markt heute offen"),
        ("en", "is The Kitchen on Elm Street open on sundays"),
    ],
)
def test_a_shops_hours_are_searched_when_its_name_holds_a_rooms(
    language: str, text: str
) -> None:
    assert decide(text, language=language, vocabulary=HOME).route is Route.SEARCH


def test_a_rooms_device_is_still_home() -> None:
    decision = decide(
        "close the garden gate at ten tonight", language="en", vocabulary=HOME
    )
    assert decision.route is Route.LOCAL
