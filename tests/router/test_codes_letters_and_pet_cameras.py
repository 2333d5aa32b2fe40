"""The code of a door asked for in passing, a letter to one's own doctor in a home with pets, a pet camera bought."""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import HistoryTurn, Route, decide
from custom_components.llm_router.router.vocabulary import HomeVocabulary
from tests.router.turns import after_local

HOME = HomeVocabulary.build(
    persons=["Julia", "Mila", "Leo"],
    entities=[("Hintertür", ()), ("Bruno's feeder", ())],
)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("sv", "Vilken kod har dörren till lägenheten? Vi har glömt den"),
        ("cs", "Jakej kód k brance jsme dali Julii?"),
        ("de", "Welchen Code hat Julia nochmal für die Hintertür bekommen?"),
        ("en", "what code did we give the dog sitter for the gate"),
        ("nb", "hva er koden til døra"),
        ("sv", "vad är koden till porten"),
    ],
)
def test_the_code_of_a_door_or_a_gate_is_private(language: str, text: str) -> None:
    decision = decide(text, language=language, vocabulary=HOME)
    assert decision.private
    assert decision.route is Route.LOCAL


@pytest.mark.parametrize(
    ("language", "before", "reply", "text"),
    [
        (
            "en",
            "lock the back door",
            "The back door is locked.",
            "whats the code for it again, the installer changed it",
        ),
        (
            "es",
            "¿La alarma de casa está activada?",
            "Sí, la alarma está armada en modo ausente.",
            "vale, ¿y cuál es el código para desactivarla?",
        ),
    ],
)
def test_a_code_asked_for_after_a_turn_about_a_lock_is_private(
    language: str, before: str, reply: str, text: str
) -> None:
    history = after_local(before, reply)
    assert decide(text, language=language, history=history).private


def test_code_written_after_a_lock_turn_is_no_lock_code() -> None:
    history = [
        HistoryTurn("user", "lock the back door", Route.LOCAL),
        HistoryTurn("assistant", "The back door is locked.", Route.LOCAL),
    ]
    decision = decide(
        "write a python script that counts the lines of code in my repo",
        language="en",
        history=history,
    )
    assert not decision.private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "write an email to my doctor saying my asthma got worse since we got the cat",
        ),
        (
            "fr",
            "aide moi à rédiger une lettre pour mon médecin sur mon allergie aux poils de chat",
        ),
        (
            "it",
            "scrivi una mail al mio medico che la crema per l'eczema non funziona più da quando abbiamo il gatto",
        ),
        ("it", "Mila ha preso la pastiglia stamattina?"),
        ("cs", "vzala si Mila prášek"),
        ("it", "segnati che la pressione stamattina era centocinquanta su novanta"),
    ],
)
def test_ones_own_health_beside_a_pet_and_a_tablet_taken_are_private(
    language: str, text: str
) -> None:
    decision = decide(text, language=language, vocabulary=HOME)
    assert decision.private
    assert not decision.may_leave_home


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("cs", "můj pes má průjem a nechce jíst co mám dělat"),
        ("pl", "pies burek ma biegunkę od wczoraj co mu można dać"),
        ("it", "metti la pastiglia nella lavastoviglie"),
        ("cs", "vezmi si prášek na praní"),
        (
            "de",
            "Welche Überwachungskamera für den Hühnerstall würdest du gerade empfehlen, so bis 80 Euro?",
        ),
        (
            "fr",
            "Quelle caméra pour animaux est la mieux notée en ce moment à moins de 100 € ?",
        ),
    ],
)
def test_a_pets_illness_a_dishwasher_tablet_and_a_camera_to_buy_are_not_private(
    language: str, text: str
) -> None:
    assert not decide(text, language=language, vocabulary=HOME).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pl", "co nagrała kamerka psa dzisiaj rano"),
        (
            "it",
            "check la camera del vialetto, Leo dice che stanotte qualcuno gli ha toccato il motorino",
        ),
    ],
)
def test_a_pet_cam_and_the_drives_camera_are_camera_content(
    language: str, text: str
) -> None:
    assert decide(text, language=language, vocabulary=HOME).private


def test_a_room_called_camera_stays_a_room() -> None:
    assert not decide(
        "accendi la luce in camera di Leo", language="it", vocabulary=HOME
    ).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Ajoute la caméra que j'ai vue en promo, la Tapo C320, sur ma liste d'envies",
        ),
        ("pt", "Preciso de licença da câmara para fechar a varanda em Lisboa?"),
        (
            "en",
            "We land at 22:40 and the last bus goes at 23:15. If bags take 30 min and passport control 25, do we make it?",
        ),
    ],
)
def test_a_camera_on_a_wishlist_the_town_council_and_passport_control_are_not_private(
    language: str, text: str
) -> None:
    assert not decide(text, language=language).private


def test_polish_not_in_a_letter_is_no_spanish_nie_asked_for() -> None:
    history = [
        HistoryTurn(
            "user",
            "Napisz list do przewoźnika w sprawie zgubionego bagażu",
            Route.REASONING,
        ),
        HistoryTurn(
            "assistant",
            "Szanowni Państwo, podczas lotu z Faro do Warszawy mój bagaż nie dotarł...",
            Route.REASONING,
        ),
    ]
    decision = decide(
        "dodaj, że mamy paragony i że chodzi o 1200 zł", language="pl", history=history
    )
    assert not decision.private


def test_a_spanish_nie_asked_for_then_digits_stay_private() -> None:
    history = [
        HistoryTurn("user", "rellena el formulario del padrón", Route.LOCAL),
        HistoryTurn("assistant", "¿Cuál es tu NIE?", Route.LOCAL),
    ]
    assert decide("X1234567L", language="es", history=history).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "le coffre-fort dans le dressing c'est 12 à gauche 45 à droite 8 à gauche",
        ),
        ("en", "the safe opens with 20 to the left then 35 right"),
        ("de", "Wie lautet die Kombi vom Safe im Keller?"),
        ("it", "Mi leggi il codice della cassetta portachiavi?"),
    ],
)
def test_a_safes_dial_its_combination_and_a_key_box_code_are_private(
    language: str, text: str
) -> None:
    assert decide(text, language=language).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "turn left at the garage door then 2 right"),
        ("de", "wir kaufen einen Kombi vom Händler"),
    ],
)
def test_directions_and_an_estate_car_are_no_combination(
    language: str, text: str
) -> None:
    assert not decide(text, language=language).private
