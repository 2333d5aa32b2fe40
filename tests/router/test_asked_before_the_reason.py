"""A question first and its reason after it: the question decides; who stood at the door is private."""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import Route, decide
from custom_components.llm_router.router.vocabulary import HomeVocabulary

HOME = HomeVocabulary.build(
    persons=["Marta", "Jonas"],
    entities=[("Dishwasher", ["Spülmaschine", "lavadora"]), ("Car", ["bilen"])],
)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "What does electricity cost tomorrow morning? I want to run the dishwasher then.",
        ),
        (
            "de",
            "Was kostet der Strom morgen früh an der Börse? Dann läuft die Spülmaschine.",
        ),
        (
            "sv",
            "Vad kostar elen i SE4 i morgon kväll? Jag funderar på att ladda bilen.",
        ),
    ],
)
def test_a_price_asked_before_its_reason_is_search(language: str, text: str) -> None:
    decision = decide(text, language=language, vocabulary=HOME)
    assert decision.route is Route.SEARCH


def test_a_command_after_the_price_is_the_homes() -> None:
    decision = decide(
        "What does electricity cost tomorrow morning? Turn the dishwasher on at the cheapest hour.",
        language="en",
        vocabulary=HOME,
    )
    assert decision.route is Route.LOCAL


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "What's it like outside right now? Should the kids take their coats?"),
        ("en", "How is it outside? I want to hang the washing out."),
        ("es", "¿Hace frío fuera ahora mismo?"),
    ],
)
def test_the_weather_outside_with_its_reason_is_the_homes(
    language: str, text: str
) -> None:
    decision = decide(text, language=language, vocabulary=HOME)
    assert decision.route is Route.LOCAL
    assert decision.reason == "local: the home's weather"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "wie stond er gisteravond bij de achterdeur"),
        ("fr", "qui était devant la porte ce matin"),
        ("de", "wer stand vorhin an der Haustür"),
    ],
)
def test_who_stood_at_the_door_stays_home(language: str, text: str) -> None:
    decision = decide(text, language=language, vocabulary=HOME)
    assert decision.private
    assert not decision.may_leave_home
