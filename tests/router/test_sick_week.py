"""A week of illness at home: a nosebleed logged, an illness going round, a story about a sick penguin, the next reminder."""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import Route, decide
from custom_components.llm_router.router.types import HistoryTurn
from custom_components.llm_router.router.vocabulary import HomeVocabulary

FAMILY = HomeVocabulary.build(
    persons=["Anna", "David", "Mia", "Leo", "Abuela", "Jonas", "Marta", "Freja"]
)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("da", "leo har haft næseblod tre gange i dag noter det lige"),
        ("fr", "Mia est à 38,9 depuis ce matin, je lui donne quoi ?"),
        ("de", "hab ich heute morgen schon meine wassertablette genommen"),
        ("pt", "lembra me de tomar o anti inflamatório depois do jantar"),
        ("pl", "kto dzisiaj otwierał drzwi wejściowe i o której"),
        ("de", "Wer hat heute früh die Haustür aufgeschlossen?"),
        ("da", "min kode til sundhedsappen er Bamse2024, husk den for mig"),
        ("sv", "Koden till kundportalen är Tallkotte!58 – spara den åt mig"),
        ("pt", "qual é o código para desarmar quando voltarmos"),
        ("da", "har der været nogen ved døren mens jeg var ude at løbe"),
    ],
)
def test_health_codes_and_the_door_stay_in_the_house(language: str, text: str) -> None:
    decision = decide(text, language=language, vocabulary=FAMILY)
    assert decision.private
    assert decision.route is Route.LOCAL


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "la abuela está en el baño todavía"),
        ("da", "okay og er freja nået til aarhus"),
        ("nb", "ok og er freja kommet til bergen nå"),
        ("pl", "daj znać jak leo wróci ze szkoły"),
        ("en", "what time did marta get here this morning"),
        ("de", "ist die marta heute schon dagewesen"),
        ("da", "Jonas flyver til Oslo i morgen tidlig, skriv det i kalenderen"),
        ("da", "er min mand kommet hjem fra cykelturen"),
        ("pt", "a minha mulher já saiu da escalada"),
    ],
)
def test_where_a_household_member_is_or_goes_is_presence(
    language: str, text: str
) -> None:
    assert decide(text, language=language, vocabulary=FAMILY).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "hay mucha gripe ahora mismo en madrid qué dicen las noticias"),
        ("nl", "is er nu veel griep in nederland volgens het rivm"),
        ("nb", "er det mye omgangssyke i barnehagene i oslo nå"),
        ("pl", "czy w krakowie zamykają szkoły przez grypę"),
        ("en", "whats going round at the moment is there like a flu wave"),
        ("it", "c'è tanta influenza in giro in lombardia questa settimana"),
        ("cs", "je teď v praze chřipková epidemie"),
    ],
)
def test_an_illness_going_round_is_news_not_anyones_health(
    language: str, text: str
) -> None:
    decision = decide(text, language=language, vocabulary=FAMILY)
    assert not decision.private
    assert decision.route is Route.SEARCH


def test_an_illness_going_round_in_the_family_is_theirs() -> None:
    text = "mia hat die grippe, es ist gerade viel grippe unterwegs"
    assert decide(text, language="de", vocabulary=FAMILY).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "inventa un cuento de un pingüino resfriado que no puede ir al cole"),
        ("it", "scrivi una filastrocca per un bambino col raffreddore"),
        ("nb", "finn på en regle om en sjiraff med sår hals"),
        ("pl", "wymyśl bajkę o smoku który ma katar i kicha ogniem"),
        ("sv", "Jämför att ringa 1177 med akuten när ett barn har hög feber"),
        ("fr", "un menu pour douze dont un enfant allergique aux noix"),
        ("en", "whats the right way to stop a nosebleed lean forward or back"),
    ],
)
def test_a_story_or_a_child_in_general_is_nobodys_health(
    language: str, text: str
) -> None:
    assert not decide(text, language=language, vocabulary=FAMILY).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "write a poem for mia, she has the flu"),
        (
            "it",
            "inventami una filastrocca per ricordare il nuovo codice dell'allarme nove due sei uno",
        ),
        ("pl", "wymyśl wierszyk żebym zapamiętała kod do alarmu sześć zero cztery dwa"),
        ("en", "what causes my nosebleeds"),
    ],
)
def test_a_story_keeps_the_secret_or_the_illness_it_carries(
    language: str, text: str
) -> None:
    assert decide(text, language=language, vocabulary=FAMILY).private


def test_a_story_about_a_sick_cat_does_not_make_the_childs_age_health() -> None:
    history = [
        HistoryTurn("user", "scrivi una storia su un gatto che ha il mal di pancia"),
        HistoryTurn(
            "assistant", "C'era una volta un gatto di nome Pippo…", Route.REASONING
        ),
    ]
    decision = decide(
        "falla più corta, leo ha solo cinque anni",
        language="it",
        history=history,
        vocabulary=FAMILY,
    )
    assert not decision.private


@pytest.mark.parametrize(
    ("language", "earlier", "answer", "text"),
    [
        (
            "nl",
            "herinner me om vier uur aan de paracetamol voor leo",
            "Oké, om 16:00 herinner ik je aan de paracetamol voor Leo.",
            "maak er ook een om tien uur vanavond",
        ),
        (
            "de",
            "zeig mir die aufnahme von der garagenkamera von heute nacht",
            "Hier ist der Clip von 02:31.",
            "gibts noch eine davor",
        ),
    ],
)
def test_one_more_of_a_private_turn_stays_private(
    language: str, earlier: str, answer: str, text: str
) -> None:
    history = [
        HistoryTurn("user", earlier),
        HistoryTurn("assistant", answer, Route.LOCAL),
    ]
    decision = decide(text, language=language, history=history, vocabulary=FAMILY)
    assert decision.private
    assert decision.route is Route.LOCAL


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("sv", "hur varmt är det hos Leo just nu"),
        ("de", "kauf spülmaschinentabletten"),
        ("nl", "zet vaatwastabletten en wc papier op de boodschappenlijst"),
        ("da", "Skriv en fødselsannonce om at Mia er kommet til verden"),
        ("sv", "rabattkoden är JUL2024 gäller den fortfarande"),
    ],
)
def test_a_room_temperature_tablets_for_the_dishwasher_and_a_birth_are_not_private(
    language: str, text: str
) -> None:
    assert not decide(text, language=language, vocabulary=FAMILY).private
