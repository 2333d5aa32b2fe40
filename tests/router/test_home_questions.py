"""Questions about the home's sensors and timers stay local in every language, with no home vocabulary given."""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import Route, decide


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # device classes and their states
        ("en", "are any of the water leak sensors wet right now"),
        ("cs", "je nějaký detektor kouře ve stavu aktivní?"),
        ("cs", "které senzory vibrací jsou ve stavu detekováno"),
        ("es", "¿cuántos sensores de vibración están en estado activo?"),
        ("it", "quanti sensori di allagamento sono nello stato bagnato"),
        ("pl", "ile czujników drgań jest w stanie aktywnym"),
        ("da", "er nogen af vandsensorerne våde"),
        ("nl", "welke trillingssensoren nemen trillingen waar"),
        # timer status
        ("pt", "qual é o tempo que resta no cronómetro da sopa"),
        ("en", "how much time remains on the soup timer"),
        ("de", "wie viel Zeit bleibt noch auf dem Suppentimer"),
        ("fr", "quel temps reste-t-il sur les minuteurs de la cuisine"),
        ("sv", "hur mycket tid återstår på kaktimern"),
        ("nb", "hvor lang tid er det igjen på suppetimeren"),
    ],
)
def test_sensor_and_timer_questions_stay_local(language: str, text: str) -> None:
    decision = decide(text, language=language)
    assert decision.route is Route.LOCAL
    assert not decision.private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "power is pricey this evening, so switch the dryer off until the morning",
        ),
        ("sv", "elpriset är högt nu så stäng av handdukstorken i badrummet"),
        ("pl", "prąd jest drogi wieczorem więc wyłącz grzejnik w łazience"),
        ("fr", "l'électricité est chère ce soir, donc éteins le chauffe-eau"),
    ],
)
def test_a_command_after_its_price_reason_is_local(language: str, text: str) -> None:
    assert decide(text, language=language).route is Route.LOCAL


def test_a_price_question_without_a_command_is_still_search() -> None:
    text = "the spot price is high tonight, so when is it cheapest tomorrow"
    assert decide(text, language="en").route is Route.SEARCH


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "vaca se escribe con b o con v"),
        ("it", "un po' si scrive con l'apostrofo o con l'accento"),
        ("cs", "píše se mýlit s y nebo s i"),
        ("pt", "facto escreve-se com c ou sem c"),
    ],
)
def test_how_a_word_is_spelled_is_answered_locally(language: str, text: str) -> None:
    assert decide(text, language=language).route is Route.LOCAL


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "what's the line after we're no strangers to love"),
        ("de", "wie geht der Text weiter nach alle meine Entchen"),
        ("nb", "hva er teksten etter mitt lille land"),
        ("cs", "jak pokračuje text pisně okno mé lásky"),
    ],
)
def test_how_a_song_goes_on_is_answered_locally(language: str, text: str) -> None:
    assert decide(text, language=language).route is Route.LOCAL


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "cria um lembrete para esse dia meia hora antes"),
        ("en", "set a reminder for the dentist call an hour before the match"),
        (
            "de",
            "erinnere mich morgen früh daran, den Müll rauszustellen, bevor ich gehe",
        ),
        ("es", "pon una alarma a las siete menos cuarto para el lunes que viene"),
    ],
)
def test_a_reminder_or_an_alarm_is_local_however_long(language: str, text: str) -> None:
    assert decide(text, language=language).route is Route.LOCAL


def test_an_automation_that_sets_a_timer_is_still_writing() -> None:
    decision = decide("create an automation that starts a timer when the washer stops")
    assert decision.route is Route.REASONING


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "how much electricity did we use today"),
        ("de", "wie viel Strom haben wir heute verbraucht"),
        ("fr", "combien d'électricité avons-nous consommé cette semaine"),
        ("pt", "quanta eletricidade gastamos hoje"),
        ("sv", "hur mycket el har vi förbrukat idag"),
        ("es", "a qué hora suena el despertador mañana"),
        ("de", "wann klingelt morgen der Wecker"),
        ("it", "a che ora suona la sveglia domani"),
    ],
)
def test_the_households_energy_use_and_alarm_clock_are_local(
    language: str, text: str
) -> None:
    decision = decide(text, language=language)
    assert decision.route is Route.LOCAL
    assert not decision.private


@pytest.mark.parametrize(
    "text",
    [
        "yaml for a script that flashes the lights when the smoke alarm goes off",
        "work out step by step how much we would save with solar panels if we use 350 kWh a month",
    ],
)
def test_writing_or_a_calculation_about_the_meters_is_still_reasoning(
    text: str,
) -> None:
    assert decide(text, language="en").route is Route.REASONING
