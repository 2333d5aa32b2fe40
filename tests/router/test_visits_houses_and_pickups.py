"""Moving house, a house sitter and teenagers: who is at the other house, who dropped by, who is picked up where."""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import HistoryTurn, Route, decide
from custom_components.llm_router.router.vocabulary import HomeVocabulary

HOME = HomeVocabulary.build(
    persons=["Anna", "Leo", "Mila", "Kasia", "Henrik", "Herr Yilmaz"],
    zones=["New house"],
)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("cs", "je už někdo z nás v novým baráku"),
        ("da", "er der nogen af os i det nye hus lige nu"),
        (
            "de",
            "ist schon einer von uns drüben im neuen haus, der maler kommt um sieben",
        ),
        ("nl", "is er al iemand van ons bij het nieuwe huis"),
        ("sv", "är nån av oss kvar i nya huset eller har alla åkt hem"),
        ("en", "is anyone at the house right now"),
        ("en", "is one of us at the cottage this weekend"),
        ("es", "oye mi marido está ya en la casa nueva o todavía no"),
        ("nb", "har ungene kommet fram til hytta ennå"),
        ("en", "did anybody get to the old place before lunch"),
        ("en", "has anyone made it to the cabin yet"),
    ],
)
def test_one_of_us_at_a_house_or_a_flat_is_presence(language: str, text: str) -> None:
    decision = decide(text, language=language, vocabulary=HOME)
    assert decision.private
    assert not decision.may_leave_home


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "est-ce que henrik est passé arroser les plantes aujourd'hui"),
        ("nb", "ser du om kasia har vært innom og gitt katten mat"),
        ("nl", "is henrik al langs geweest voor de planten"),
        ("pt", "a kasia já veio dar de comer à gata"),
        ("sv", "har henrik varit och vattnat"),
        ("sv", "Har Anna lämnat stranden än?"),
        ("en", "has henrik been round to water the plants"),
        ("it", "kasia è passata a dare da mangiare al gatto?"),
    ],
)
def test_a_household_member_who_dropped_by_or_left_is_presence(
    language: str, text: str
) -> None:
    assert decide(text, language=language, vocabulary=HOME).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "remind me to pick up leo at the station at eleven"),
        ("de", "Erinner mich, dass ich Leo um 23 Uhr am Bahnhof abholen muss"),
        ("da", "Husk mig på at hente Mila ved stationen kl. 22"),
        ("es", "Recuérdame que tengo que recoger a Leo en la autoescuela a las 7"),
        ("pt", "Lembra-me de ir buscar a Mila ao treino às 19h30"),
        ("cs", "Připomeň mi, že mám v sedm vyzvednout Lea na nádraží"),
    ],
)
def test_picking_a_household_member_up_somewhere_is_presence(
    language: str, text: str
) -> None:
    assert decide(text, language=language, vocabulary=HOME).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "è passato un mese da quando Anna ha iniziato a correre"),
        ("de", "Setz „Paket bei Yilmaz abholen“ auf die To-do-Liste."),
        ("en", "remind me to pick up the parcel for Anna"),
        ("en", "which one of us has to take the bins out"),
        ("en", "is there a house for sale in our street"),
        ("sv", "påminn mig att hämta nycklarna till Henrik"),
    ],
)
def test_time_passing_a_parcel_picked_up_and_a_house_for_sale_are_not_presence(
    language: str, text: str
) -> None:
    assert not decide(text, language=language, vocabulary=HOME).private


def test_a_camera_turn_then_was_anyone_there_stays_private() -> None:
    history = [
        HistoryTurn("user", "zeig mir die einfahrtskamera", Route.LOCAL),
        HistoryTurn(
            "assistant", "Hier ist das Live-Bild der Einfahrtskamera.", Route.LOCAL
        ),
    ]
    decision = decide(
        "war da heute vormittag jemand? der schlüsseldienst wollte kommen",
        language="de",
        history=history,
    )
    assert decision.private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "explícame quién paga los gastos de notaría cuando compras una casa",
        ),
        ("pt", "O que é o IMT e quem é que o paga quando se compra casa?"),
        ("en", "turn the attic light on, the builders left it pitch black up there"),
        ("cs", "a kolik je teď doma stupňů"),
    ],
)
def test_a_house_bought_a_room_left_dark_and_degrees_at_home_are_not_presence(
    language: str, text: str
) -> None:
    assert not decide(text, language=language, vocabulary=HOME).private


def test_who_is_home_stays_presence_beside_a_house_bought() -> None:
    assert decide("quién está en casa", language="es", vocabulary=HOME).private


def test_the_way_to_a_place_is_no_arrival() -> None:
    decision = decide("how do I get to the new place from the station", language="en")
    assert not decision.private
