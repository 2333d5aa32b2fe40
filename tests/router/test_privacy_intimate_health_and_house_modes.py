"""Intimate health in everyday words, and house modes, routines and devices that tell who is home or away.

The near misses: Dutch "mensen" (people), a gym bag, the film Home Alone, a car charging in the garage, a garage
renovation, a battery's discharge.
"""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import HistoryTurn, Route, decide
from custom_components.llm_router.router.vocabulary import HomeVocabulary

HOUSEHOLD = HomeVocabulary.build(persons=["Jonas", "Ida", "Marie", "Pablo", "Erik"])

INTIMATE_HEALTH = [
    ("en", "remind me to pick up the chlamydia test results on friday"),
    ("cs", "manžel říká že ho pálí při čůrání"),
    ("de", "meine tage sind seit fünf tagen überfällig"),
    ("fr", "combien de jours a duré mon dernier cycle"),
    ("es", "cuándo ovulo este mes"),
    ("it", "quali sono i miei giorni fertili"),
    ("nl", "zet de punctie van woensdag in de agenda"),
    ("pl", "przypomnij mi o progesteronie o siódmej"),
    ("pt", "lembra-me de trocar o anel vaginal no domingo"),
    ("sv", "jag har vallningar hela nätterna"),
    ("da", "hvor lang tid virker en fortrydelsespille"),
    ("nb", "hun har termin i mars, legg det inn"),
    ("de", "Lena ist in der sechsten Woche, schreib das ins Tagebuch"),
    ("fr", "rappelle moi les piqûres de gonal f à 20h"),
    ("en", "i leak a little when i sneeze since the baby"),
]


HOUSE_MODES = [
    ("sv", "hur länge är bortaläget på"),
    ("de", "anwesenheits simulation aus wir sind wieder da"),
    ("nl", "zet de afwezigheidsmodus aan tot zondag"),
    ("da", "hvem gik sidst hjemmefra i morges"),
    ("en", "who was the last one to leave this morning"),
    ("it", "sono usciti tutti?"),
    ("nb", "har alle dratt"),
    ("da", "tænd lyset tilfældigt mens vi er i spanien"),
    ("nl", "we zijn vanaf vrijdag een week weg, zet de boiler laag"),
    ("de", "bis montag ist keiner da, heizung runter"),
    ("it", "imposta il riscaldamento caldo per quando torno dal lavoro"),
    ("sv", "jag kommer hem från jobbet halv sex"),
    ("es", "el garaje lo abrió el coche de pablo"),
    ("sv", "öppnades garageporten av eriks bil"),
    ("cs", "děti jsou dnes samy doma"),
    ("de", "Marie ist heute Abend allein"),
    ("es", "Pablo se queda solo esta noche"),
    ("cs", "vypni alarm jedna tři tři sedm"),
    ("pt", "desarma o alarme três dois um zero"),
    ("en", "start the vacuum as soon as the last person leaves"),
]


@pytest.mark.parametrize(("language", "text"), INTIMATE_HEALTH + HOUSE_MODES)
def test_intimate_health_and_modes_that_tell_who_is_home_stay_home(
    language: str, text: str
) -> None:
    decision = decide(text, language=language, vocabulary=HOUSEHOLD)
    assert decision.private
    assert decision.route is Route.LOCAL


def test_a_short_follow_up_for_a_number_just_read_out_stays_home() -> None:
    history = [
        HistoryTurn("user", "what's the card number in my notes", Route.LOCAL),
        HistoryTurn("assistant", "The card ending in 4471 is saved.", Route.LOCAL),
    ]
    decision = decide(
        "the full number and the expiry please", language="en", history=history
    )
    assert decision.private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "wat zeggen mensen op x over de storing"),
        ("en", "remind jonas to take his gym bag tomorrow"),
        ("en", "in home alone where are kevin's parents flying to"),
        ("es", "está cargando el coche en el cargador del garaje"),
        ("en", "how should i plan a garage renovation so the car still fits"),
        ("en", "what is the battery discharge rate of the phone"),
        ("en", "is the robot vacuum back at its base"),
    ],
)
def test_people_bags_films_cars_and_batteries_are_not_private(
    language: str, text: str
) -> None:
    assert not decide(text, language=language, vocabulary=HOUSEHOLD).private


CAMERA_TURN = [
    HistoryTurn("user", "vis kameraet i haven", Route.LOCAL),
    HistoryTurn("assistant", "Viser kameraet i haven.", Route.LOCAL),
]
PRESENCE_TURN = [
    HistoryTurn("user", "is jonas home yet", Route.LOCAL),
    HistoryTurn("assistant", "Yes, Jonas got home ten minutes ago.", Route.LOCAL),
]


@pytest.mark.parametrize(
    ("language", "text", "history"),
    [
        ("da", "hvordan gik det for fck i går", CAMERA_TURN),
        ("en", "also set a timer for twenty minutes for the oven", PRESENCE_TURN),
    ],
)
def test_a_new_question_or_command_after_a_private_turn_is_not_private(
    language: str, text: str, history: list[HistoryTurn]
) -> None:
    assert not decide(
        text, language=language, history=history, vocabulary=HOUSEHOLD
    ).private


def test_playing_the_clip_after_a_camera_turn_stays_private() -> None:
    decision = decide("spil klippet af", language="da", history=CAMERA_TURN)
    assert decision.private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "add a condition so it only runs when the alarm is armed away"),
        ("fr", "quel est le secret de jean valjean dans les misérables"),
        ("en", "explain the secret about jon snow's parents in the story of the books"),
        ("pl", "do której otwarta jest przychodnia weterynaryjna"),
        ("da", "slå nattesyn til på kameraet ved carporten"),
        ("sv", "sänk rörelsekänsligheten på kameran vid garaget"),
        ("es", "cuánto tiempo va a estar de baja pedri por la lesión"),
        ("nl", "waar dient paracetamol eigenlijk voor"),
    ],
)
def test_fiction_pets_camera_settings_and_athletes_are_not_private(
    language: str, text: str
) -> None:
    assert not decide(text, language=language, vocabulary=HOUSEHOLD).private


def test_a_secret_said_plainly_and_a_garage_code_stay_private() -> None:
    assert decide("to je tajemství nikomu to neříkej", language="cs").private
    assert decide("vad är koden till garageporten", language="sv").private


CLIP_TURN = [
    HistoryTurn(
        "user", "show me the front gate camera from this afternoon", Route.LOCAL
    ),
    HistoryTurn("assistant", "Here is the clip from 3:12 pm.", Route.LOCAL),
]
REPORT_TURN = [
    HistoryTurn("user", "cosa ha scritto il cardiologo nel referto", Route.LOCAL),
    HistoryTurn(
        "assistant", "Fibrillazione atriale, controllo a settembre.", Route.LOCAL
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "history"),
    [
        ("fr", "c'était qui le type au chapeau", CLIP_TURN),
        ("en", "who was the woman with the dog", CLIP_TURN),
        ("it", "spiegami cosa vuol dire in parole semplici", REPORT_TURN),
    ],
)
def test_who_was_in_the_clip_and_what_the_report_means_stay_home(
    language: str, text: str, history: list[HistoryTurn]
) -> None:
    decision = decide(text, language=language, history=history)
    assert decision.private
    assert decision.route is Route.LOCAL


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "seit wann ist max im fitnessstudio"),
        ("en", "how long has bill been at work today"),
        ("pl", "kalina jest jeszcze u babci"),
    ],
)
def test_names_that_are_words_at_the_gym_at_work_or_at_grandmas_stay_home(
    language: str, text: str
) -> None:
    home = HomeVocabulary.build(persons=["Max", "Bill", "Kalina"])
    assert decide(text, language=language, vocabulary=home).private


def test_the_heating_at_grandpas_flat_is_a_device() -> None:
    text = "czy ogrzewanie jest włączone u dziadka w mieszkaniu"
    assert not decide(text, language="pl").private


def test_who_was_the_man_behind_an_invention_is_no_clip() -> None:
    assert not decide(
        "who was the man who invented the telephone", language="en"
    ).private
