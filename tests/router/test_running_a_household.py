"""Running a household: who just rang the bell, whose turn it is to clean, the grandparents arriving, the au pair out."""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import Route, decide
from custom_components.llm_router.router.types import HistoryTurn
from custom_components.llm_router.router.vocabulary import HomeVocabulary

HOUSE = HomeVocabulary.build(persons=["Noor", "Jonas", "Lucía", "Kasper", "Theo"])


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("cs", "kdo to teď zvonil"),
        ("da", "hvem var det der ringede på lige før"),
        ("de", "äh wer hat da eben geklingelt"),
        ("nb", "hvem var det som ringte på døra nå"),
        ("nl", "wie stond er nou net voor de deur"),
        ("sv", "vem var det som ringde på nyss"),
    ],
)
def test_who_just_rang_the_bell_is_camera_content(language: str, text: str) -> None:
    decision = decide(text, language=language)
    assert decision.private
    assert not decision.may_leave_home


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "de quem é a vez de limpar a casa de banho, da Noor ou do Jonas?"),
        (
            "fr",
            "qui est de corvée de salle de bain cette semaine sur le planning ménage, Lucía ou Kasper ?",
        ),
    ],
)
def test_whose_turn_it_is_to_clean_is_no_whereabouts(language: str, text: str) -> None:
    assert not decide(text, language=language, vocabulary=HOUSE).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "il est où Jonas là"),
        ("fr", "Lucía est où ?"),
        ("fr", "Lucía ou Kasper est à la maison ?"),
        ("es", "han llegado ya los abuelos"),
        ("pt", "A Lucía sai hoje à noite?"),
    ],
)
def test_where_a_household_member_is_stays_private(language: str, text: str) -> None:
    decision = decide(text, language=language, vocabulary=HOUSE)
    assert decision.private
    assert not decision.may_leave_home


def test_when_the_au_pair_comes_back_after_she_goes_out_is_private() -> None:
    history = [
        HistoryTurn("user", "A Lucía sai hoje à noite?", Route.LOCAL),
        HistoryTurn(
            "assistant",
            "Segundo o calendário, a Lucía tem a noite livre a partir das 19h.",
            Route.LOCAL,
        ),
    ]
    decision = decide(
        "e ela disse a que horas volta?",
        language="pt",
        history=history,
        vocabulary=HOUSE,
    )
    assert decision.private


def test_a_medicine_split_in_three_by_speech_to_text_is_health() -> None:
    decision = decide(
        "o theo tomou o ben u ron às sete anota isso", language="pt", vocabulary=HOUSE
    )
    assert decision.private


@pytest.mark.parametrize(
    ("language", "text"),
    [("nb", "kan du zoome inn på lappen?"), ("es", "¿y qué llevaba puesto?")],
)
def test_zooming_in_or_what_someone_wore_after_a_camera_turn_is_private(
    language: str, text: str
) -> None:
    history = [
        HistoryTurn(
            "user", "what did the doorbell camera record just now", Route.LOCAL
        ),
        HistoryTurn(
            "assistant", "Someone left a note at the front door at 10:42.", Route.LOCAL
        ),
    ]
    assert decide(text, language=language, history=history).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pl", "czy Noor jest w pokoju gościnnym"),
        ("en", "is jonas in the kitchen"),
        ("de", "sind die anderen eigentlich schon alle weg"),
    ],
)
def test_a_household_member_in_a_room_or_all_gone_is_presence(
    language: str, text: str
) -> None:
    assert decide(text, language=language, vocabulary=HOUSE).private


def test_a_song_for_someone_in_a_room_says_where_it_plays() -> None:
    text = "put on a song for jonas in the living room"
    assert not decide(text, language="en", vocabulary=HOUSE).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("cs", "co chtěla ta sousedka, zvonila?"),
        ("it", "ha lasciato il pacco alla vicina?"),
    ],
)
def test_who_rang_or_what_was_left_after_a_camera_turn_is_private(
    language: str, text: str
) -> None:
    history = [
        HistoryTurn(
            "user", "show me the doorbell camera from this afternoon", Route.LOCAL
        ),
        HistoryTurn(
            "assistant",
            "At 15:10 a woman with a parcel stood at the door.",
            Route.LOCAL,
        ),
    ]
    assert decide(text, language=language, history=history).private
