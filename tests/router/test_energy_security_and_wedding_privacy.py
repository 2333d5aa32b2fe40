"""Private things said around a home's energy, a break-in and a wedding: conditions, codes, who came and went, clips."""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import HistoryTurn, Route, decide
from custom_components.llm_router.router.vocabulary import HomeVocabulary
from tests.router.turns import after_local

HOME = HomeVocabulary.build(persons=["Marta", "Jonas", "Ingrid"])


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "ich hab seit dem winter bluthochdruck, ist die infrarotkabine okay"),
        ("en", "did grandpa take his blood thinners this morning"),
        ("cs", "jakej je kód k bráně na dvůr"),
        ("es", "apunta la clave de la app del inversor: Tornillo!88"),
        ("es", "a qué hora ha salido jonas esta mañana"),
        ("pl", "a kto przyszedł ostatni wczoraj"),
        ("sv", "vem kom hem sist i natt"),
        ("en", "who got back last"),
        ("pl", "porównaj nagrania z kamery od podwórka z wczoraj i dziś"),
        ("da", "husk mig på lykkepillerne klokken otte"),
        ("da", "jeg skal hente noget hos lægen i morgen tidlig"),
        ("da", "det skal ingen vide, men vi har købt huset på hjørnet"),
        ("nl", "wie belde er zojuist aan"),
        ("pt", "mostra-me a cama da entrada"),
    ],
)
def test_conditions_codes_arrivals_and_recordings_are_private(
    language: str, text: str
) -> None:
    decision = decide(text, language=language, vocabulary=HOME)
    assert decision.private
    assert not decision.may_leave_home


@pytest.mark.parametrize(
    ("language", "before", "reply", "text"),
    [
        (
            "de",
            "ist die terrassentür zu",
            "Ja, die Terrassentür ist seit 21:40 abgeschlossen.",
            "und wer hat sie heute aufgeschlossen",
        ),
        (
            "pt",
            "o portão está fechado",
            "Sim, desde as 20:10.",
            "quem o abriu da última vez",
        ),
        ("nb", "er ytterdøra låst", "Ja, siden 23:05.", "hvem låste opp sist"),
        (
            "es",
            "enséñame el vídeo del timbre de anoche",
            "Aquí tienes el clip de las 03:12: una persona junto al coche.",
            "guárdalo con los demás",
        ),
        (
            "nl",
            "laat de camera van de oprit zien",
            "Er zijn drie fragmenten: 01:10, 01:55 en 04:20.",
            "stuur die van 01:55 door naar Jonas",
        ),
    ],
)
def test_a_follow_up_on_the_door_or_the_clip_of_the_turn_before_is_private(
    language: str, before: str, reply: str, text: str
) -> None:
    history = after_local(before, reply)
    decision = decide(text, language=language, history=history, vocabulary=HOME)
    assert decision.private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "compare the two best outdoor cameras under 200 euros"),
        ("es", "ha salido el sol por fin"),
        ("da", "vi skal lege med legen i haven"),
    ],
)
def test_cameras_compared_to_buy_the_sun_out_and_a_game_are_not_private(
    language: str, text: str
) -> None:
    assert not decide(text, language=language, vocabulary=HOME).private


def test_who_opened_it_after_a_turn_about_code_is_not_about_a_door() -> None:
    history = [
        HistoryTurn(
            "user", "write a python function that sorts a list", Route.REASONING
        ),
        HistoryTurn(
            "assistant", "def sort_items(items): return sorted(items)", Route.REASONING
        ),
    ]
    decision = decide("who opened the pull request", language="en", history=history)
    assert not decision.private
