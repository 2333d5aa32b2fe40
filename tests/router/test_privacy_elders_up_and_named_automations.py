"""A relative up, out of bed or still here, their readings, alarm buttons and logins, and named comings and goings.

The near misses: raising a volume or the blinds, a lamp at grandma's, an automation on motion or a timetable, how
often to water the plants.
"""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import Route, decide
from custom_components.llm_router.router.vocabulary import HomeVocabulary

HOUSEHOLD = HomeVocabulary.build(
    persons=["Emma", "Daan", "Marco", "Jakub", "Noah", "Sem", "Carmen"]
)

UP_AND_ABOUT = [
    ("en", "is grandma up yet"),
    ("fr", "est-ce que mamie s'est levée ce matin"),
    ("fr", "combien de fois papi s'est levé la nuit dernière"),
    ("it", "quante volte si è alzato il nonno stanotte"),
    ("da", "er farmor oppe"),
    ("da", "hvor mange gange stod farfar op i nat"),
    ("nb", "hvor mange ganger var bestefar oppe i natt"),
    ("sv", "mormor uppe?"),
    ("nl", "oma al uit bed?"),
    ("nl", "hoe vaak is opa deze week 's nachts opgestaan"),
    ("pl", "ile razy dziadek wstawał w nocy"),
    ("es", "mis suegros siguen aquí o ya se fueron pa la estación"),
    ("it", "la nonna è ancora al centro diurno o è tornata a casa"),
]

READINGS_BUTTONS_AND_LOGINS = [
    ("cs", "jaký měl děda dneska tlak"),
    ("pl", "ile dziadek miał cukru wczoraj wieczorem"),
    (
        "nl",
        "Maak een uitgebreide analyse van de bloeddrukmetingen van oma van het afgelopen kwartaal",
    ),
    (
        "nb",
        "Gå gjennom pulsdataene til farmor fra smartklokka i oktober og skriv et sammendrag",
    ),
    ("es", "¿Ha saltado hoy el sensor de caídas del baño de Carmen?"),
    ("en", "did grandad press his emergency button last night"),
    ("da", "hvad er farfars mitid kode jeg skal tjekke hans pension"),
    ("pl", "podaj mi login do banku babci"),
    ("sv", "har mormor tagit sina morgontabletter"),
    ("da", "blev farfars pilleæske åbnet til frokost"),
    ("en", "remind me at six to ask nan if she took the war farin"),
    ("sv", "skriv upp att mormor glömde att hon redan ätit till minnesdagboken"),
    (
        "nl",
        "zet de verwarming bij oma op 21 en kijk of ze al uit de slaapkamer is geweest",
    ),
    ("pt", "põe o aquecimento da avó nos 22 e vê se ela saiu do quarto hoje"),
]

NAMED_COMINGS_AND_GOINGS = [
    (
        "en",
        "Write an automation that unlocks the front door when Emma arrives home after 6 pm.",
    ),
    (
        "nl",
        "Schrijf een automatisering die de ganglamp aandoet als Daan na tienen thuiskomt.",
    ),
    (
        "it",
        "Scrivimi un'automazione che accende il corridoio quando Marco torna a casa dopo le dieci.",
    ),
    (
        "cs",
        "Napiš automatizaci, která rozsvítí chodbu, když Jakub přijde domů po desáté večer.",
    ),
    (
        "es",
        "hazme una automatización que me avise si la abuela sale sola de casa de noche",
    ),
]


@pytest.mark.parametrize(
    ("language", "text"),
    UP_AND_ABOUT + READINGS_BUTTONS_AND_LOGINS + NAMED_COMINGS_AND_GOINGS,
)
def test_a_relative_up_or_gone_and_named_comings_and_goings_stay_home(
    language: str, text: str
) -> None:
    decision = decide(text, language=language, vocabulary=HOUSEHOLD)
    assert decision.private
    assert decision.route is Route.LOCAL


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "turn up the heating in grandma's room"),
        ("it", "la nonna ha alzato il volume della tv, abbassalo"),
        ("nl", "zet de lamp van oma op 50 procent"),
        ("en", "how often should I water the tomato plants"),
        ("en", "which fall sensors work with zigbee and cost under 50 euros"),
        ("cs", "jaký je tlak v pneumatikách"),
        ("sv", "köp diskmaskinstabletter"),
        (
            "en",
            "Write an automation that starts Noah's white noise playlist at 8 pm on school nights.",
        ),
        (
            "it",
            "scrivimi un'automazione che accende la luce vicino alla camera di Marco quando c'è movimento",
        ),
        (
            "pt",
            "Escreve o YAML de uma automação que abre os estores ao nascer do sol, sem esperar pela manhã.",
        ),
    ],
)
def test_devices_at_a_relatives_and_automations_on_rooms_may_leave(
    language: str, text: str
) -> None:
    assert not decide(text, language=language, vocabulary=HOUSEHOLD).private
