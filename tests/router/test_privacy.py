"""Privacy detectors: positives and near misses in several languages, and the checksums behind them."""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import detect_private


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("what's the guest wifi password", "credentials"),
        ("wie lautet das WLAN-Passwort", "credentials"),
        ("mi contraseña del banco es girasol77", "credentials"),
        ("quel est le mot de passe du wifi", "credentials"),
        ("wat is het wachtwoord van de router", "credentials"),
        ("here is my api key sk-abcdefghijklmnop1234", "credentials"),
        ("my electricity account number is 4410 2287 19", "credentials"),
        ("pay with 4111 1111 1111 1111 please", "card_number"),
        ("my credit card number is 4929 3811 0762 5540", "card_number"),
        ("numero della carta 1234", "card_number"),
        ("transfer it to DE89 3704 0044 0532 0130 00", "iban"),
        ("what's our iban", "iban"),
        ("my ssn is 123-45-6789", "national_id"),
        ("did my passport number K8834102 leak", "national_id"),
        ("wo ist mein Personalausweis", "national_id"),
        ("remind me to take my sertraline at nine", "health"),
        ("meine Blutdruckwerte waren heute hoch", "health"),
        ("j'ai de la fièvre depuis hier", "health"),
        ("this is confidential: we are selling the house", "confidential"),
        ("das bleibt bitte vertraulich", "confidential"),
        ("show me the porch camera", "camera"),
        ("who rang the doorbell an hour ago", "camera"),
        ("cosa ha registrato la telecamera stanotte", "camera"),
        ("is mom home yet", "presence"),
        ("who's home right now", "presence"),
        ("ist Lukas schon zu Hause", "presence"),
        ("waar is Sanne nu", "presence"),
        ("¿dónde está Lucía?", "presence"),
        ("change the back door lock code to 7 7 1 3", "lock_code"),
        ("wie lautet der Code für die Alarmanlage", "lock_code"),
        ("qual è il codice della serratura", "lock_code"),
        ("mail it to anna@example.com", "email"),
        ("call +49 170 1234567", "phone"),
    ],
)
def test_detects_private_data(text: str, kind: str) -> None:
    finding = detect_private(text)
    assert finding is not None
    assert finding.kind == kind
    assert 0 <= finding.start < finding.end <= len(text)


@pytest.mark.parametrize(
    "text",
    [
        "write a password generator in python",
        "what makes a strong password",
        "turn on the camera light",
        "which security camera should i buy",
        "abbassa le tapparelle in camera da letto",
        "lock the front door",
        "is the back door locked",
        "is the garage door open",
        "did I leave the stove on",
        "write an automation that flashes the lights when someone presses the doorbell",
        "turn on privacy mode",
        "set the thermostat to 21.5",
        "what's 15 percent of 84",
        "we paid 84, 79, 92 and 110 for electricity",
        "buy alkaline batteries",
    ],
)
def test_near_misses_are_not_private(text: str) -> None:
    assert detect_private(text) is None


def test_digits_that_fail_luhn_are_not_a_card() -> None:
    finding = detect_private("order number 4111 1111 1111 1112")
    assert finding is None or finding.kind != "card_number"
