"""The holidays at home: medicines as speech-to-text splits them, a code asked for again, the house empty for a week."""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import Route, decide
from custom_components.llm_router.router.types import HistoryTurn
from custom_components.llm_router.router.vocabulary import HomeVocabulary

FAMILY = HomeVocabulary.build(persons=["Anna", "Marek", "Lena", "Emil"])


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "remind me to give emil his cal pole at six"),
        ("fr", "rappelle-moi de donner le doli prane à emil à vingt heures"),
        ("nl", "herinner me eraan dat lena om twaalf uur haar anti biotica moet nemen"),
        ("pt", "lembra-me de dar o ben uron à lena às oito"),
        ("sv", "påminn mig att ge emil alve don klockan sju"),
        ("es", "recuérdame que la abuela se tiene que tomar el sin trom a las nueve"),
        ("cs", "připomeň mi že babička má v osm vzít prášek na tlak"),
    ],
)
def test_a_medicine_split_by_speech_to_text_is_health(language: str, text: str) -> None:
    decision = decide(text, language=language, vocabulary=FAMILY)
    assert decision.private
    assert not decision.may_leave_home


@pytest.mark.parametrize(
    "text", ["the rapist was caught", "what does a pole vault champion eat"]
)
def test_two_words_that_spell_no_medicine_are_not_health(text: str) -> None:
    assert not decide(text, language="en").private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "wat was de code ook alweer om hem uit te zetten"),
        ("pl", "jaki był ten kod, bo Inês pyta"),
        ("en", "what was the code again"),
        ("de", "wie war nochmal der code"),
        ("fr", "c'était quoi le code déjà"),
        ("es", "cuál era el código"),
        ("sv", "vad var koden nu igen"),
        ("nb", "hva var koden igjen"),
        ("cs", "jaký byl ten kód"),
    ],
)
def test_a_code_asked_for_again_is_a_secret(language: str, text: str) -> None:
    assert decide(text, language=language).private


def test_a_camera_clip_asked_for_after_the_camera_turn_is_private() -> None:
    history = [
        HistoryTurn("user", "vad har dörrklockekameran spelat in den här veckan"),
        HistoryTurn(
            "assistant",
            "Dörrklockekameran har sparat fyra klipp: måndag förmiddag, tisdag kväll och två i torsdags.",
            Route.LOCAL,
        ),
    ]
    decision = decide("visa klippet från tisdag kväll", language="sv", history=history)
    assert decision.private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "de",
            "Wir sind vom 27. bis zum 3. Januar alle weg, stell die Heizung so lange auf Frostschutz",
        ),
        ("de", "wir sind ab morgen alle verreist"),
        ("nl", "we zijn volgende week op reis"),
    ],
)
def test_the_house_empty_for_days_is_presence(language: str, text: str) -> None:
    decision = decide(text, language=language)
    assert decision.private
    assert not decision.may_leave_home


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Is the M6 shut because of the snow??"),
        ("de", "Sind die Autobahnen Richtung Allgäu wegen dem Schnee gesperrt?"),
        ("fr", "Est-ce que l'A7 est bloquée à cause de la neige ?"),
        ("da", "Er der glatte veje på Fyn i aften?"),
        ("es", "¿Hay que llevar cadenas en el puerto de Navacerrada ahora mismo?"),
    ],
)
def test_a_road_closed_or_icy_is_searched(language: str, text: str) -> None:
    assert decide(text, language=language).route is Route.SEARCH


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "il cancello è chiuso col lucchetto?"),
        ("nl", "doe de deur dicht"),
    ],
)
def test_a_closed_thing_of_the_home_is_no_road(language: str, text: str) -> None:
    assert decide(text, language=language).route is Route.LOCAL


def test_french_please_names_no_town_in_a_thermometer_question() -> None:
    decision = decide(
        "quelle est la température extérieure s'il te plaît?", language="fr"
    )
    assert decision.route is Route.LOCAL


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("da", "kører metroen til lufthavnen i nat"),
        ("es", "hay retrasos en la l cinco del metro ahora mismo"),
        ("cs", "jede dneska v noci ještě nějaká noční tramvaj na žižkov"),
        ("sv", "när går nästa buss till campus"),
        (
            "nl",
            "rijdt de intercity naar groningen nog of ligt alles plat door de sneeuw",
        ),
        ("pl", "Czy jutro są jakieś utrudnienia w metrze?"),
    ],
)
def test_public_transport_running_tonight_is_searched(language: str, text: str) -> None:
    assert decide(text, language=language).route is Route.SEARCH


@pytest.mark.parametrize(
    "text",
    ["remind me to take the bus tomorrow at 8", "set a timer for the last bus"],
)
def test_a_reminder_about_the_bus_stays_home(text: str) -> None:
    assert decide(text, language="en").route is Route.LOCAL
