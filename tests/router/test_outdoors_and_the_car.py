"""The car, the garden and the bike shed: who took the car, who is still out, a padlock's code, a sick apple tree."""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import Route, decide
from custom_components.llm_router.router.vocabulary import HomeVocabulary

HOUSEHOLD = HomeVocabulary.build(
    persons=["Erik", "Julia", "Noah"],
    areas=["Garage", "Trädgård"],
    entities=[("Volvo EX30", ["the car", "Volvo", "bilen", "la voiture"])],
)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Has Julia taken the Volvo?"),
        ("fr", "Qui a pris la Volvo ce matin ?"),
        ("fr", "Julia a pris la voiture ?"),
        ("de", "hat Erik das Auto mitgenommen"),
        ("sv", "har Julia tagit bilen"),
        ("sv", "Vem körde Teslan i helgen? Den är nästan urladdad."),
        ("nb", "Hvem kjørte Teslaen i går kveld?"),
        ("en", "is erik still down at the marina"),
        ("nl", "is er iemand in de tuin"),
        ("de", "ist jemand im garten"),
    ],
)
def test_who_took_the_car_and_who_is_still_out_stay_private(
    language: str, text: str
) -> None:
    decision = decide(text, language=language, vocabulary=HOUSEHOLD)
    assert decision.private
    assert not decision.may_leave_home


def test_a_car_model_asked_about_is_no_ones_whereabouts() -> None:
    assert not decide("is the volvo ex30 a good car", language="en").private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pl", "Jaki jest kod do kłódki od roweru Noaha?"),
        ("en", "what's the code for the bike lock"),
    ],
)
def test_a_padlocks_code_is_a_lock_code(language: str, text: str) -> None:
    assert decide(text, language=language, vocabulary=HOUSEHOLD).private


@pytest.mark.parametrize(
    "text",
    ["my son is sick", "the kids are sick again", "my daughter is ill today"],
)
def test_a_sick_family_member_is_health(text: str) -> None:
    assert decide(text, language="en").private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "my son is sick of homework"),
        (
            "pl",
            "Jabłoń w ogrodzie jest chora, liście mają brązowe plamy – co to może być?",
        ),
        ("en", "my tomato plants have yellow leaves and look sick"),
    ],
)
def test_sick_of_something_and_a_sick_plant_are_no_health(
    language: str, text: str
) -> None:
    assert not decide(text, language=language).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("cs", "jezdí dneska lanovky ve špindlerově mlýně"),
        ("da", "er storebæltsbroen lukket for campingvogne i dag"),
        ("de", "ist der grimselpass schon offen"),
        ("de", "Wie hoch ist die Lawinenwarnstufe am Arlberg für morgen?"),
        ("nb", "er det kolonnekjøring over haukelifjell i kveld"),
        ("nl", "wanneer is het hoogwater bij den helder zaterdag"),
        ("pl", "czy prom z ystad do świnoujścia dziś płynie bo podobno idzie sztorm"),
        ("pt", "a ponte de oresund ta fechada por causa do vento"),
    ],
)
def test_bridges_passes_ferries_lifts_avalanches_and_tides_are_search(
    language: str, text: str
) -> None:
    decision = decide(text, language=language)
    assert decision.route is Route.SEARCH
    assert not decision.private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "is the garage door still open"),
        ("en", "close the bridge cover on the pond today"),
    ],
)
def test_the_homes_own_doors_and_covers_stay_local(language: str, text: str) -> None:
    assert decide(text, language=language).route is Route.LOCAL


def test_how_tides_work_is_no_search() -> None:
    text = "explain why there are two high tides a day and how the moon causes them"
    assert decide(text, language="en").route is Route.REASONING
