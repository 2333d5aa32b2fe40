"""What a ticket or a tariff costs now is searched; "Mia" at the end names someone; "ponme un reminder" is home."""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import HistoryTurn, Route, decide
from custom_components.llm_router.router.vocabulary import HomeVocabulary

HOME = HomeVocabulary.build(persons=["Mia", "Leo"])


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "wie teuer ist die bahncard 50 im moment"),
        ("nl", "wat zijn de laadtarieven bij allego op dit moment"),
        ("en", "what are tesla supercharger prices right now"),
        ("es", "qué tarifas tiene ahora mismo iberdrola para coches eléctricos"),
    ],
)
def test_what_a_ticket_or_a_tariff_costs_now_is_searched(
    language: str, text: str
) -> None:
    assert decide(text, language=language, vocabulary=HOME).route is Route.SEARCH


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "¿dónde está Mia ahora?"),
        ("es", "¿sabes si ya llegó Mia?"),
        ("it", "dov'è Mia adesso"),
    ],
)
def test_mia_after_a_verb_of_place_is_the_household_member(
    language: str, text: str
) -> None:
    decision = decide(text, language=language, vocabulary=HOME)
    assert decision.private
    assert decision.route is Route.LOCAL


def test_and_the_other_child_after_a_whereabouts_question_stays_private() -> None:
    history = (
        HistoryTurn("user", "¿dónde está Mia ahora?", Route.LOCAL),
        HistoryTurn("assistant", "Mia está en la piscina.", Route.LOCAL),
    )
    assert decide("¿y Leo?", language="es", history=history, vocabulary=HOME).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "dov'è mia figlia, non la vedo"),
        ("es", "¿dónde está la mía?"),
    ],
)
def test_the_possessive_is_not_mia(language: str, text: str) -> None:
    decision = decide(text, language=language, vocabulary=HOME)
    assert "Mia" not in decision.reason


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "ponme un recordatorio para llamar al fontanero el martes a las nueve"),
        ("it", "mettimi una sveglia alle sei e mezza che domani ho il treno presto"),
        ("es", "créame una alarma para las siete menos cuarto"),
    ],
)
def test_a_reminder_or_an_alarm_with_the_pronoun_attached_is_home(
    language: str, text: str
) -> None:
    assert decide(text, language=language, vocabulary=HOME).route is Route.LOCAL
