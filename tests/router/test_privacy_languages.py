"""Privacy in the twelve most used Assist languages: every class is caught in each, ordinary commands are not."""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import detect_private

LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pl", "pt", "sv", "da", "nb", "cs")

# kind -> one utterance per language, in LANGUAGES order.
PRIVATE = {
    "credentials": (
        "what's the password for the bank",
        "wie lautet mein Passwort fürs Onlinebanking",
        "quel est le mot de passe de la box",
        "dime la contraseña del wifi",
        "qual è la password del wifi",
        "wat is het wachtwoord van de router",
        "jakie jest hasło do wifi",
        "qual é a senha do wifi",
        "vad är wifi-lösenordet",
        "hvad er adgangskoden til wifi",
        "hva er passordet til nettbanken",
        "jaké je heslo k wifi",
    ),
    "health": (
        "remind me to take my antibiotic at eight",
        "erinnere mich an meinen Zahnarzttermin",
        "rappelle-moi mon rendez-vous chez le médecin",
        "recuérdame la cita con el médico",
        "ricordami l'appuntamento dal dentista",
        "herinner me aan de afspraak bij de huisarts",
        "przypomnij mi o wizycie u lekarza",
        "lembra-me da consulta no médico amanhã",
        "påminn mig om läkartiden på fredag",
        "mind mig om min lægetid i morgen",
        "minn meg på legetimen i morgen",
        "připomeň mi návštěvu u lékaře",
    ),
    "camera": (
        "show me what the driveway camera recorded",
        "zeig mir die Aufnahmen der Kamera",
        "montre-moi l'enregistrement de la caméra",
        "enséñame la grabación de la cámara",
        "fammi vedere la registrazione della telecamera",
        "laat de beelden van de camera zien",
        "pokaż nagranie z kamery w ogrodzie",
        "mostra a gravação da câmara da entrada",
        "visa inspelningen från kameran",
        "vis optagelsen fra kameraet",
        "vis opptaket fra kameraet",
        "ukaž záznam z kamery u vchodu",
    ),
    "lock_code": (
        "what's the code for the front door lock",
        "wie lautet der Code für die Alarmanlage",
        "quel est le code de l'alarme",
        "cuál es el código de la alarma",
        "qual è il codice dell'allarme",
        "wat is de code van het alarm",
        "jaki jest kod do alarmu",
        "qual é o código do alarme",
        "vad är larmkoden",
        "hvad er koden til alarmen",
        "hva er koden til alarmen",
        "jaký je kód k alarmu",
    ),
    "presence": (
        "is everyone home",
        "wie viele Personen sind zu Hause",
        "tout le monde est à la maison ?",
        "¿cuántas personas hay en casa?",
        "sono tutti a casa?",
        "is iedereen thuis",
        "czy ktoś jest w domu",
        "está alguém em casa?",
        "är någon hemma",
        "er der nogen hjemme",
        "er det noen hjemme",
        "je někdo doma",
    ),
    "national_id": (
        "what's my passport number",
        "meine Steuer-ID ist abgelaufen",
        "mon numéro de sécurité sociale",
        "apunta el número de NIE",
        "qual è il mio codice fiscale",
        "wat is mijn burgerservicenummer",
        "jaki jest mój numer PESEL",
        "qual é o meu número de contribuinte",
        "vad är mitt personnummer",
        "hvad er mit CPR-nummer",
        "hva er fødselsnummeret mitt",
        "jaké je moje rodné číslo",
    ),
    "confidential": (
        "keep this confidential",
        "das ist streng vertraulich",
        "c'est confidentiel",
        "esto es confidencial",
        "questo è riservato",
        "dit is vertrouwelijk",
        "to jest poufne",
        "isto fica entre nós",
        "det här är hemligt",
        "det er fortroligt",
        "dette er hemmelig",
        "tohle je důvěrné",
    ),
}

# One ordinary home command or question per language (never private).
ORDINARY = (
    "turn on the kitchen lights",
    "schalte das Licht im Wohnzimmer aus",
    "allume la lumière du salon",
    "apaga la luz de la cocina",
    "accendi la luce in camera da letto",
    "zet de lampen in de woonkamer aan",
    "włącz światło w kuchni",
    "liga a luz da sala",
    "tänd lampan i köket",
    "tænd lyset i stuen",
    "slå på lyset på kjøkkenet",
    "rozsviť světlo v kuchyni",
)


@pytest.mark.parametrize(
    ("kind", "language", "text"),
    [
        (kind, language, text)
        for kind, texts in PRIVATE.items()
        for language, text in zip(LANGUAGES, texts, strict=True)
    ],
)
def test_each_class_is_private_in_each_language(
    kind: str, language: str, text: str
) -> None:
    finding = detect_private(text)
    assert finding is not None, f"{language}: {text}"
    assert finding.kind == kind


@pytest.mark.parametrize(
    ("language", "text"), list(zip(LANGUAGES, ORDINARY, strict=True))
)
def test_ordinary_commands_are_not_private(language: str, text: str) -> None:
    assert detect_private(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "where is Tesla's headquarters",
        "abbassa le tapparelle nella camera dei bambini",
        "spegni la luce della camera degli ospiti",
        "previous track in the kitchen",
        "dove finiscono i miei dati",
        "wann ist mein Paket angekommen",
        "cuándo llegó mi paquete",
        "set up energy monitoring for the heat pump",
        "zet het licht in de slaapkamer uit",
        "write a SQL injection test for my app",
    ],
)
def test_false_alarms_stay_public(text: str) -> None:
    assert detect_private(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "how many people are home right now",
        "when did Lukas get home",
        "wann ist Lukas nach Hause gekommen",
        "quand est-ce que Léa est rentrée",
        "a che ora è rientrata Giulia",
        "kdy přišel Petr domů",
        "när kom Erik hem",
        "onde está a Maria?",
        "gdzie jest Ania?",
    ],
)
def test_household_presence_phrasings(text: str) -> None:
    finding = detect_private(text)
    assert finding is not None
    assert finding.kind == "presence"


@pytest.mark.parametrize(
    "text",
    [
        "recuérdame tomar la atorvastatina",
        "lembra-me de tomar a amoxicilina às oito",
        "przypomnij mi o ibuprofenie",
        "nimm um acht das Diclofenac",
        "påminn mig om omeprazol",
    ],
)
def test_drug_names_with_their_language_endings_are_health(text: str) -> None:
    finding = detect_private(text)
    assert finding is not None
    assert finding.kind == "health"


@pytest.mark.parametrize(
    "text", ["preparing dinner for six", "comparing prices", "recycling bins go out"]
)
def test_words_that_only_look_like_drug_names(text: str) -> None:
    assert detect_private(text) is None
