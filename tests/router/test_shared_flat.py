"""A shared flat: who is still out or at the door, who unlocked it, our logins and codes, a lump, bills split by who was away."""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import Route, decide
from custom_components.llm_router.router.identifiers import find_identifiers
from custom_components.llm_router.router.text import fold
from custom_components.llm_router.router.types import HistoryTurn
from custom_components.llm_router.router.vocabulary import HomeVocabulary

FLAT = HomeVocabulary.build(
    persons=["Jonas", "Marta", "Priya", "Lucas", "Tereza", "Freja"],
    areas=["Küche", "Bathroom"],
)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "ist Jonas noch im Büro"),
        ("cs", "a je už Tereza v Praze"),
        ("fr", "et Marta elle est encore là-bas"),
        ("en", "priya at her sisters yet"),
        ("nl", "zit lucas nog steeds op zijn werk"),
        ("da", "er Freja stadig hos sin mor"),
    ],
)
def test_a_flatmate_still_or_already_somewhere_is_private(
    language: str, text: str
) -> None:
    decision = decide(text, language=language, vocabulary=FLAT)
    assert decision.private
    assert not decision.may_leave_home


def test_a_song_for_a_flatmate_to_a_tune_is_not_where_he_is() -> None:
    text = "skriv en kort visa till Lucas på melodin ja må han leva"
    assert not decide(text, language="sv", vocabulary=FLAT).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "is anybody in the bathroom at the moment"),
        ("it", "c'è qualcuno in bagno"),
        ("fr", "il y a quelqu'un dans la cuisine"),
        ("es", "hay alguien en el baño"),
        ("pl", "czy ktoś jest w kuchni"),
        ("pt", "alguém entrou no meu quarto hoje"),
        ("sv", "är det någon i badrummet"),
        ("nb", "er det noen på kjøkkenet"),
        ("cs", "je někdo v kuchyni"),
    ],
)
def test_somebody_in_any_homes_room_is_presence(language: str, text: str) -> None:
    assert decide(text, language=language).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nb", "har noen låst opp inngangsdøra i natt"),
        ("sv", "har någon låst upp dörren efter tolv"),
        ("da", "har nogen låst bagdøren op i aften"),
        ("es", "alguien ha abierto la cerradura esta tarde"),
        ("pl", "czy ktoś otworzył zamek po północy"),
        ("pt", "alguém destrancou a porta da rua"),
        ("cs", "odemkl někdo večer dveře"),
        ("nl", "heeft iemand de achterdeur van het slot gedaan"),
    ],
)
def test_who_unlocked_the_door_is_presence(language: str, text: str) -> None:
    assert decide(text, language=language).private


def test_czech_sometimes_is_not_somebody() -> None:
    text = "odemkl jsem někdy dveře klíčem a alarm se nespustil"
    assert "presence" not in decide(text, language="cs").reason


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("da", "hvad er vores login til vandværkets side"),
        ("de", "wie ist unser Login für das Stromportal"),
        ("nb", "hva er innloggingen vår til internettleverandøren"),
        ("sv", "vad är vår inloggning till hyresvärdens portal"),
        ("nl", "wat is onze login voor de energieleverancier"),
        ("pl", "jaki mamy login do aplikacji gazowni"),
        ("cs", "jaký máme login do portálu elektrárny"),
        ("it", "qual è il nostro login per il portale del gas"),
        ("pt", "qual é o nosso login do portal da água"),
    ],
)
def test_our_login_stays_home(language: str, text: str) -> None:
    decision = decide(text, language=language)
    assert decision.private
    assert decision.route is Route.LOCAL


def test_a_login_page_is_not_a_login() -> None:
    assert not decide("my login page shows an error", language="en").private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("cs", "poznamenej že teď má 38,4"),
        ("es", "anota que ya tiene 37,9 y está durmiendo"),
        ("de", "sie hat 39,1 seit heute früh"),
    ],
)
def test_a_body_temperature_someone_has_is_health(language: str, text: str) -> None:
    assert decide(text, language=language).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "the bathroom scale battery has 38.5%"),
        ("de", "das Badewasser hat 38,5 Grad"),
    ],
)
def test_a_device_at_body_heat_is_not_health(language: str, text: str) -> None:
    assert not decide(text, language=language).private


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("moje číslo účtu je 2000145399/0800", True),
        ("pošli to na 19-2000145399/0800", True),
        ("objednávka 1234567890/0800 dorazila", False),
    ],
)
def test_czech_bank_accounts_are_checked(text: str, found: bool) -> None:
    sure = [match.sure for match in find_identifiers(fold(text))]
    assert (True in sure) is found


def test_a_czech_account_number_never_reaches_the_cloud() -> None:
    text = "Číslo účtu je 2000145399/0800, napiš mi dlouhý dopis pro banku"
    decision = decide(text, language="cs")
    assert decision.private
    assert decision.route is Route.LOCAL


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "se ha quedado abierta la puerta de la nevera"),
        (
            "da",
            "skriv husregler for gæster: hvor længe må kærester blive og hvem betaler",
        ),
        ("it", "è arrivata posta stamattina"),
        ("nb", "pakken min fra posten, hvor er den nå"),
        ("nb", "hva er vanlige symptomer på influensa"),
    ],
)
def test_lookalikes_in_a_flat_are_not_private(language: str, text: str) -> None:
    assert not decide(text, language=language, vocabulary=FLAT).private


def test_infidelity_in_czech_is_still_confidential() -> None:
    assert decide("bojím se, že mám doma nevěru", language="cs").private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            (
                "Gas came to £212.40 this quarter. Marta was away for 4 of the 13 weeks. How do we split it"
                " fairly between the four of us?"
            ),
        ),
        (
            "nb",
            (
                "Strømregningen ble 1 980 kr i mars. Jonas var borte 9 av 31 dager. Hvordan fordeler vi den"
                " rettferdig på fire personer?"
            ),
        ),
        (
            "es",
            (
                "Este mes la luz son 88,20 € y el agua 31,50 €. Lucas estuvo fuera 12 de los 30 días. ¿Cómo"
                " lo repartimos entre los cuatro?"
            ),
        ),
    ],
)
def test_a_bill_split_by_who_was_away_is_a_word_problem(
    language: str, text: str
) -> None:
    decision = decide(text, language=language, vocabulary=FLAT)
    assert not decision.private
    assert decision.route is Route.REASONING


def test_where_a_flatmate_is_now_stays_private_next_to_a_sum() -> None:
    text = "Jonas is still at work, ask him to pay 20 € for the pizza"
    assert decide(text, language="en", vocabulary=FLAT).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nb", "hvem står utenfor døra nå"),
        ("pl", "kto stoi przed drzwiami"),
        ("sv", "vem står vid dörren just nu"),
        ("en", "who is standing at the front door"),
        ("cs", "ukaž mi kdo byl včera u dveří"),
    ],
)
def test_who_is_at_the_door_is_what_the_camera_sees(language: str, text: str) -> None:
    assert decide(text, language=language).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "cámbiame el código a 2580"),
        ("de", "ändere den Code auf 2580"),
        ("pl", "zmień kod na 2580"),
        ("nb", "endre koden til 2580"),
        ("cs", "změň kód na 2580"),
    ],
)
def test_a_code_changed_to_its_digits_stays_home(language: str, text: str) -> None:
    decision = decide(text, language=language)
    assert decision.private
    assert not decision.may_leave_home


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nb", "hva blir været i tromsø i helga"),
        ("pl", "jaka będzie pogoda w gdańsku w sobotę"),
        ("sv", "hur blir vädret i malmö på söndag"),
    ],
)
def test_the_weather_entity_named_for_another_town_is_search(
    language: str, text: str
) -> None:
    home = HomeVocabulary.build(
        entities=[("Weather home", ["været", "pogoda", "vädret"])],
        areas=["Växthuset"],
    )
    assert decide(text, language=language, vocabulary=home).route is Route.SEARCH


def test_the_weather_in_a_room_of_the_home_stays_home() -> None:
    home = HomeVocabulary.build(
        entities=[("Weather home", ["været"])], areas=["Växthuset"]
    )
    text = "Hvor varmt er det i Växthuset lige nu?"
    assert decide(text, language="da", vocabulary=home).route is Route.LOCAL


def test_a_flatmate_about_to_pull_up_is_presence() -> None:
    text = "Otwórz bramę, Jonas zaraz podjedzie"
    assert decide(text, language="pl", vocabulary=FLAT).private


def test_a_picture_asked_after_a_camera_turn_stays_home() -> None:
    history = (
        HistoryTurn("user", "Quem tocou à campainha?", Route.LOCAL),
        HistoryTurn("assistant", "A câmara gravou um estafeta às 10:05.", Route.LOCAL),
    )
    decision = decide(
        "guarda essa imagem e manda à Marta", language="pt", history=history
    )
    assert decision.private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "ajuda-me a pagar o cartão de crédito mais depressa"),
        ("de", "wie zahle ich meine Kreditkarte am schnellsten ab"),
        ("en", "Switch on the landing light and the hall light"),
        ("es", "apaga la tele, que Lucas la ha vuelto a dejar encendida"),
        ("nl", "maak een samenvatting van hoofdstuk twee van mijn psychologieboek"),
        ("de", "wie lange ist ein Personalausweis gültig"),
    ],
)
def test_more_lookalikes_are_not_private(language: str, text: str) -> None:
    assert not decide(text, language=language, vocabulary=FLAT).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "lê-me o número do cartão de crédito"),
        ("es", "la tarjeta de crédito es cuatro cinco cero cero uno dos"),
        ("it", "sono un po' depressa in questi giorni"),
        ("es", "Lucas ha vuelto a salir y no sé dónde está"),
    ],
)
def test_card_numbers_low_moods_and_going_out_again_stay_private(
    language: str, text: str
) -> None:
    assert decide(text, language=language, vocabulary=FLAT).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "j'ai une boule sous l'aisselle depuis une semaine, ça peut être quoi"),
        ("en", "I have a small lump under my armpit, what could it be"),
        ("it", "ho un nodulo sotto l'ascella da giorni"),
        ("pl", "mam guzek pod pachą"),
        ("sv", "jag har en knöl i armhålan"),
        ("cs", "mám bulku v podpaží"),
        ("da", "hvad var min puls i nat"),
        ("en", "put my thrush cream on the shopping list"),
        ("es", "me he tomado la tensión y tenía trece con ocho"),
    ],
)
def test_a_lump_a_pulse_and_a_pressure_are_health(language: str, text: str) -> None:
    decision = decide(text, language=language)
    assert decision.private
    assert decision.route is Route.LOCAL
