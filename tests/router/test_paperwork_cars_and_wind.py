"""Paperwork, a car to sell, the wind: Wi-Fi codes, photo cameras, car values, tax dates, weather with a reason."""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import Route, decide


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "de wifi-code voor de gasten is Tulpenveld#19, schrijf die ergens op"),
        ("en", "the wi-fi for the annex is now Harbour!42"),
    ],
)
def test_a_wifi_code_with_punctuation_stays_home(language: str, text: str) -> None:
    decision = decide(text, language=language)
    assert decision.private
    assert not decision.may_leave_home


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "de",
            "wie stelle ich an der Systemkamera die Belichtung für Nachtfotos ein, Schritt für Schritt",
        ),
        (
            "nl",
            "leg me stap voor stap uit hoe ik een zwart-witfilm ontwikkel in de doka",
        ),
        (
            "en",
            "I'm at about 30 km a week now, write me a ten-week plan for a half marathon",
        ),
        ("de", "wie ist eine österreichische IBAN eigentlich aufgebaut"),
        ("nl", "hoe is een BSN opgebouwd"),
    ],
)
def test_photo_cameras_training_volumes_and_how_an_id_is_built_are_not_private(
    language: str, text: str
) -> None:
    assert not decide(text, language=language).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("cs", "kolik ted daji za octavii z roku osmnact"),
        ("de", "was bekommt man gerade für einen Golf 8 Baujahr 2020"),
        ("fr", "quelle est la cote argus actuelle d'une clio de 2019"),
        ("pt", "até quando posso entregar a declaração de IRS este ano"),
        ("de", "bis wann muss die Steuererklärung dieses Jahr abgegeben werden"),
        ("nl", "hoeveel zorgtoeslag krijg je dit jaar maximaal"),
        ("pl", "ile teraz wynosi stopa referencyjna"),
        ("pt", "Está a nevar na Serra da Estrela? Queria levar os miúdos amanhã."),
        ("nb", "hvordan er vindforholdene på Mjøsa nå"),
    ],
)
def test_values_dates_rates_and_weather_elsewhere_go_to_search(
    language: str, text: str
) -> None:
    assert decide(text, language=language).route is Route.SEARCH


def test_the_home_weather_with_a_reason_after_it_stays_home() -> None:
    decision = decide(
        "Is it raining outside? I want to hang the washing out.", language="en"
    )
    assert decision.route is Route.LOCAL


def test_what_the_house_used_is_read_from_its_meters() -> None:
    decision = decide("how much water has the house used since monday", language="en")
    assert decision.route is Route.LOCAL
    assert decision.reason == "local: the home's use"


def test_a_wifi_password_asked_to_get_a_camera_working_stays_home() -> None:
    decision = decide(
        "Qual é a password do wifi da garagem? Preciso dela para pôr a câmara a funcionar.",
        language="pt",
    )
    assert decision.private
    assert not decision.may_leave_home


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nb", "Hva er egentlig forskjellen på skatt og avgift?"),
        (
            "de",
            "Was ist eigentlich der Unterschied zwischen Steuer-ID und Steuernummer?",
        ),
    ],
)
def test_the_difference_between_two_words_asked_with_a_filler_is_a_local_definition(
    language: str, text: str
) -> None:
    decision = decide(text, language=language)
    assert decision.route is Route.LOCAL
    assert not decision.private
