"""Identifiers with check digits: a valid number in a sentence is private, the same number with one wrong digit is not."""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import detect_private
from custom_components.llm_router.router.identifiers import kvnr_valid
from custom_components.llm_router.router.privacy import find_unsure
from custom_components.llm_router.router.text import fold

# (sentence with a valid id, the same sentence with its check digit broken, the format's label)
SURE_IDS = [
    (
        "transfer it to DE89 3704 0044 0532 0130 00 please",
        "DE89 3704 0044 0532 0130 01",
        "IBAN",
    ),
    ("kannst du DE89370400440532013000 prüfen", "DE89370400440532013001", "IBAN"),
    ("pay with 4111 1111 1111 1111", "4111 1111 1111 1112", "card number"),
    ("meine Nummer ist 36574261809", "36574261808", "IdNr"),
    ("notier A123456780 bitte", "A123456781", "KVNR"),
    ("apunta 54362315K", "54362315J", "DNI"),
    ("apunta X-2482300-W", "X-2482300-A", "NIE"),
    ("mon numéro est 2 95 10 99 126 111 93", "2 95 10 99 126 111 90", "NIR"),
    ("salva RCCMNL83S18D969H nelle note", "RCCMNL83S18D969A", "codice fiscale"),
    ("zapisz 44051401359 w notatkach", "44051401358", "PESEL"),
    ("anota 390.533.447-05", "390.533.447-06", "CPF"),
    ("skriv opp 15108695088", "15108695089", "fodselsnummer"),
    ("noter 211062-5629 i kalenderen", "321062-5629", "CPR"),
    ("spara 880320-0016", "880320-0017", "personnummer"),
    ("poznamenej 710319/2745", "710319/2746", "rodne cislo"),
    ("my number is 1EG4-TE5-MK73", "1EG4-TE5-MKS3", "MBI"),
]


@pytest.mark.parametrize(("text", "broken", "label"), SURE_IDS)
def test_a_valid_identifier_is_private_and_a_broken_one_is_not(
    text: str, broken: str, label: str
) -> None:
    finding = detect_private(text)
    assert finding is not None
    assert label in finding.label
    broken_text = text.replace(text[finding.start : finding.end], broken)
    broken_finding = detect_private(broken_text)
    assert broken_finding is None or broken_finding.kind == "phone"


@pytest.mark.parametrize(
    "text", ["controlla 111222333", "guarda 221640300", "czy 8567346215 jest ok"]
)
def test_a_bare_number_passing_a_weak_check_is_only_unsure(text: str) -> None:
    finding = detect_private(text)
    assert finding is None or finding.kind == "phone"
    assert find_unsure(fold(text)) is not None


@pytest.mark.parametrize(
    "text",
    [
        "my BSN is 111222333",
        "o meu NIF é 221640300",
        "mój NIP to 8567346215",
        "Reisepass C01X00T47 läuft ab",
        "numer paszportu EA1234567",
        "passnummer 12345678 i mappen",
        "my Medicare number is 1EG4TE5MK73",
        "it is 536-90-4399",
    ],
)
def test_a_document_word_with_a_number_is_private(text: str) -> None:
    finding = detect_private(text)
    assert finding is not None
    assert finding.kind == "national_id"


@pytest.mark.parametrize(
    "text",
    [
        "call +49 170 1234567",
        "set the thermostat to 21.5",
        "convert 2024-01-15 to a weekday",
        "what is 15 percent of 84",
        "the model number is RX-1000",
        "add 3 kg of flour and 250 g of sugar",
    ],
)
def test_ordinary_numbers_are_not_identifiers(text: str) -> None:
    finding = detect_private(text)
    assert finding is None or finding.kind == "phone"
    assert find_unsure(fold(text)) is None


def test_kvnr_check_digit() -> None:
    assert kvnr_valid("a123456780")
    assert not kvnr_valid("a123456781")
    assert not kvnr_valid("1234567890")
