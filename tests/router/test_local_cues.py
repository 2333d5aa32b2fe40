"""A long device command, the home's weather and who made a work stay local while the classifier only guesses."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from custom_components.llm_router.router import Route, decide
from custom_components.llm_router.router.classifier import Prediction

UNSURE_REASONING = Prediction((0.25, 0.65, 0.1))
UNSURE_SEARCH = Prediction((0.3, 0.1, 0.6))
SURE_REASONING = Prediction((0.03, 0.95, 0.02))
SURE_SEARCH = Prediction((0.03, 0.02, 0.95))

HOME_REQUESTS = [
    ("en", "ok so switch the towel rail on now, I'm having a shower after my run"),
    ("de", "hör mal, dreh bitte die Heizung im Bad auf, mir ist echt kalt"),
    ("pl", "hej, opuść rolety w sypialni, bo słońce świeci prosto w telewizor"),
    ("pt", "liga o desumidificador da cave, que a roupa ainda está húmida"),
    ("cs", "prosím, zapni zavlažování na zahradě, ať to do večera stihne"),
    ("en", "is it going to be frosty tonight or can the car stay uncovered"),
    ("nb", "trenger vi paraply når vi går ut med hunden om en time"),
    ("sv", "blir det regnjacka eller räcker tröjan i eftermiddag"),
]
CREDITS = [
    ("en", "who directed the shining"),
    ("de", "wer hat die Blechtrommel geschrieben"),
    ("fr", "qui a peint la jeune fille à la perle"),
    ("it", "chi ha scritto il nome della rosa"),
    ("sv", "vem skrev Pippi Långstrump"),
    ("pl", "kto napisał Lalkę"),
    ("cs", "kdo napsal Babičku"),
]


@pytest.mark.parametrize(
    ("prediction", "language", "text", "source"),
    [(UNSURE_REASONING, *item, "home_request") for item in HOME_REQUESTS]
    + [(UNSURE_SEARCH, *item, "known_fact") for item in CREDITS],
)
def test_a_local_cue_keeps_the_text_home_while_the_classifier_guesses(
    classifier_says: Callable[[Prediction], None],
    prediction: Prediction,
    language: str,
    text: str,
    source: str,
) -> None:
    classifier_says(prediction)
    decision = decide(text, language=language)
    assert decision.route is Route.LOCAL
    assert decision.source == source


@pytest.mark.parametrize(
    ("prediction", "text", "route"),
    [
        (UNSURE_REASONING, "write a short poem about the first snow", Route.REASONING),
        (
            UNSURE_REASONING,
            "turn these meeting notes into a friendly email",
            Route.REASONING,
        ),
        (UNSURE_REASONING, "do I need a coat in Oslo tomorrow", Route.REASONING),
        (
            UNSURE_REASONING,
            "why is it always so windy on this side of the house",
            Route.REASONING,
        ),
        # "for grindelwald" in lower case (speech-to-text) names no place the router sees; the classifier may know it.
        (
            UNSURE_SEARCH,
            "what's the weather looking like for grindelwald next week",
            Route.SEARCH,
        ),
        (
            SURE_REASONING,
            "switch the heating off and then plan my week of meals",
            Route.REASONING,
        ),
        (UNSURE_SEARCH, "who played in the final last night", Route.SEARCH),
        (UNSURE_SEARCH, "wer hat gestern beim Eurovision gesungen", Route.SEARCH),
        (UNSURE_SEARCH, "who wrote the new bond film", Route.SEARCH),
        (SURE_SEARCH, "who directed the shining", Route.SEARCH),
    ],
)
def test_writing_a_place_something_recent_or_a_sure_classifier_leave_it_to_the_classifier(
    classifier_says: Callable[[Prediction], None],
    prediction: Prediction,
    text: str,
    route: Route,
) -> None:
    classifier_says(prediction)
    assert decide(text).route is route


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "schreib backpapier und alufolie auf die einkaufsliste"),
        ("es", "apúntame servilletas y velas en la lista de la compra"),
        ("da", "skriv tændstikker og kul på indkøbslisten"),
        (
            "en",
            "put marshmallows and a new torch on the shopping list for the camping trip",
        ),
        (
            "cs",
            "přidej slunečnicová semínka a lojové koule pro ptáčky na nákupní seznam",
        ),
        ("pl", "dodaj słonecznik i orzechy dla wiewiórek do listy zakupów"),
    ],
)
def test_something_written_on_a_list_is_a_home_task(language: str, text: str) -> None:
    assert decide(text, language=language).route is Route.LOCAL
