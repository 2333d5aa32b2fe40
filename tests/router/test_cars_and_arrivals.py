"""Cars, arrivals and tasks for someone: where the car is stays home; a school in a letter for a child is no whereabouts."""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import Availability, Route, decide
from custom_components.llm_router.router.vocabulary import HomeVocabulary
from tests.router.turns import after_local

LOCAL_DOWN = Availability(healthy={Route.LOCAL: False}, within_budget={})
HOME = HomeVocabulary.build(persons=["Greta", "Piotr"])


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "where's the tesla parked at the moment"),
        ("en", "where is our car right now"),
        ("de", "wo steht unser Auto gerade"),
        ("fr", "elle est où la voiture, là"),
        ("es", "dónde está aparcado el coche ahora"),
        ("it", "dov'è la macchina in questo momento"),
        ("nl", "waar staat onze auto nu"),
        ("pl", "gdzie stoi teraz nasz samochód"),
        ("pt", "onde está o carro agora"),
        ("sv", "var står bilen just nu"),
        ("da", "hvor holder elbilen lige nu"),
        ("cs", "kde teď parkuje naše auto"),
    ],
)
def test_where_the_households_car_is_never_leaves(language: str, text: str) -> None:
    decision = decide(text, language=language, vocabulary=HOME)
    assert decision.private
    assert decision.route is Route.LOCAL
    assert decide(
        text, language=language, vocabulary=HOME, availability=LOCAL_DOWN
    ).blocked


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "where is the car wash on Station Road"),
        ("en", "where is the tesla factory in germany"),
        ("en", "where is the van with my parcel"),
        ("cs", "kde sídlí Škoda Auto"),
    ],
)
def test_a_car_wash_a_factory_or_a_delivery_van_is_no_ones_whereabouts(
    language: str, text: str
) -> None:
    assert not decide(text, language=language, vocabulary=HOME).private


@pytest.mark.parametrize(
    ("language", "before", "reply", "text"),
    [
        ("de", "ist das auto schon geladen", "Ja, 92 %.", "und wo steht es gerade"),
        (
            "nb",
            "hvor mye strøm har elbilen",
            "Elbilen har 64 %.",
            "og hvem kjørte den i går",
        ),
        (
            "es",
            "¿está cerrado el coche?",
            "Sí, está cerrado.",
            "y quién lo condujo esta mañana",
        ),
        ("en", "is the car charging", "Yes, it is at 55 %.", "and where is it parked"),
    ],
)
def test_where_the_car_talked_about_is_or_who_drove_it_stays_home(
    language: str, before: str, reply: str, text: str
) -> None:
    history = after_local(before, reply)
    decision = decide(text, language=language, history=history, vocabulary=HOME)
    assert decision.private


def test_where_something_else_is_after_a_car_turn_is_not_the_cars() -> None:
    history = after_local("is the car charging", "Yes, it is at 55 %.")
    decision = decide(
        "and where is the nearest bakery",
        language="en",
        history=history,
        vocabulary=HOME,
    )
    assert not decision.private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("cs", "dej mi vědět, až Greta dorazí do práce"),
        ("cs", "kdy Piotr odjede na trénink"),
        ("en", "did greta get in ok last night"),
    ],
)
def test_arriving_or_leaving_in_more_forms_is_presence(
    language: str, text: str
) -> None:
    assert decide(text, language=language, vocabulary=HOME).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "nb",
            "skriv et brev til barnehagen om at vi ønsker å flytte Piotr til en annen avdeling og begrunn det pent",
        ),
        (
            "sv",
            (
                "Vi funderar på om Greta ska byta till en friskola eller stanna kvar i den kommunala skolan. "
                "Hjälp mig strukturera för- och nackdelar"
            ),
        ),
        (
            "pt",
            "A Greta vai começar a levar lanche para a escola, faz-me um plano de lanches para duas semanas",
        ),
    ],
)
def test_a_writing_task_for_someone_with_a_school_in_it_is_not_their_whereabouts(
    language: str, text: str
) -> None:
    assert not decide(text, language=language, vocabulary=HOME).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Greta is at school until four, so write a plan for the afternoon chores",
        ),
        (
            "en",
            "write a note for the neighbours that Piotr comes home late tonight and will ring twice",
        ),
    ],
)
def test_a_writing_task_that_says_where_they_are_stays_private(
    language: str, text: str
) -> None:
    assert decide(text, language=language, vocabulary=HOME).private
