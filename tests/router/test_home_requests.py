"""A long device command or the home's weather stays local while the classifier only guesses reasoning."""

from __future__ import annotations

from collections.abc import Callable
import importlib

import pytest

from custom_components.llm_router.router import Route, decide
from custom_components.llm_router.router.classifier import Prediction

UNSURE_REASONING = Prediction((0.25, 0.65, 0.1))
UNSURE_SEARCH = Prediction((0.3, 0.1, 0.6))
SURE_REASONING = Prediction((0.03, 0.95, 0.02))


@pytest.fixture
def classifier_says(
    monkeypatch: pytest.MonkeyPatch,
) -> Callable[[Prediction], None]:
    """Make the classifier give one prediction for every text."""
    decide_module = importlib.import_module(
        "custom_components.llm_router.router.decide"
    )

    def set_prediction(prediction: Prediction) -> None:
        monkeypatch.setattr(decide_module, "classify", lambda _text: prediction)

    return set_prediction


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "ok so switch the towel rail on now, I'm having a shower after my run"),
        (
            "de",
            "hör mal, dreh bitte die Heizung im Bad auf, gleich kommen die Kinder rein",
        ),
        ("pl", "hej, opuść rolety w sypialni, bo słońce świeci prosto w telewizor"),
        ("pt", "liga o desumidificador da cave, que a roupa ainda está húmida"),
        ("cs", "prosím, zapni zavlažování na zahradě, ať to do večera stihne"),
        ("en", "is it going to be frosty tonight or can the car stay uncovered"),
        ("nb", "trenger vi paraply når vi går ut med hunden om en time"),
        ("sv", "blir det regnjacka eller räcker tröjan i eftermiddag"),
    ],
)
def test_a_home_request_stays_local_while_the_classifier_guesses(
    classifier_says: Callable[[Prediction], None], language: str, text: str
) -> None:
    classifier_says(UNSURE_REASONING)
    decision = decide(text, language=language)
    assert decision.route is Route.LOCAL
    assert decision.source == "home_request"


@pytest.mark.parametrize(
    "text",
    [
        "write a short poem about the first snow",
        "turn these meeting notes into a friendly email",
        "do I need a coat in Oslo tomorrow",
        "why is it always so windy on this side of the house",
    ],
)
def test_writing_a_place_or_a_why_is_no_home_request(
    classifier_says: Callable[[Prediction], None], text: str
) -> None:
    classifier_says(UNSURE_REASONING)
    assert decide(text).source != "home_request"


@pytest.mark.parametrize(
    ("prediction", "text", "route"),
    [
        # Zermatt in lower case (speech-to-text) is no capitalised place, but the classifier may know it.
        (UNSURE_SEARCH, "what's the forecast for zermatt this week", Route.SEARCH),
        (
            SURE_REASONING,
            "switch the heating off and then plan my week of meals",
            Route.REASONING,
        ),
    ],
)
def test_search_and_a_sure_classifier_decide_themselves(
    classifier_says: Callable[[Prediction], None],
    prediction: Prediction,
    text: str,
    route: Route,
) -> None:
    classifier_says(prediction)
    assert decide(text).route is route
