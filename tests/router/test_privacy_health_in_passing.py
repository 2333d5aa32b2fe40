"""Health said in passing in daily life, and the general questions about medicines, ids and children near it.

Also the gate of a lexicon alternative with bars outside any group: each branch must open the detector.
"""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import Route, decide
from custom_components.llm_router.router.privacy import literal_prefixes
from custom_components.llm_router.router.vocabulary import HomeVocabulary

HOUSEHOLD = HomeVocabulary.build(
    persons=["Jonas", "Matteo", "Léa", "Elsa", "Mads", "Ida"],
    areas=["Grandpa's flat", "Appartamento del nonno", "Leiligheten til bestefar"],
)

IN_PASSING = [
    ("es", "no pego ojo desde hace semanas pon ruido blanco en el dormitorio"),
    ("cs", "už týden nemůžu spát kvůli zádům pusť v ložnici bílý šum"),
    ("da", "jeg har ligget vågen siden fire igen skru ned for varmen i soveværelset"),
    ("de", "stell den wecker auf halb acht ich schlaf seit wochen keine vier stunden"),
    ("es", "recuérdame el viernes a las diez la cita con el endocrino"),
    ("it", "ricordami martedì di prenotare la colonscopia al cup"),
    ("pl", "wpisz do kalendarza gastroskopię w piątek na ósmą"),
    ("cs", "zapiš mi na pondělí odběry krve nalačno v sedm"),
    ("pt", "marca na agenda a colheita de sangue segunda às sete e meia em jejum"),
    ("de", "wie viel hat jonas heut früh gewogen der doc will fünf kilo runter"),
    ("it", "quanto pesava matteo stamattina sulla bilancia"),
    ("en", "that's for my glaucoma drops, can you make it repeat every six hours"),
    ("sv", "spela regnljud i sovrummet tinnitusen är värre i kväll"),
    ("de", "luftbefeuchter im kinderzimmer an der kleine hat pseudokrupp"),
    ("nl", "elke ochtend om acht uur herinnering voor oma riet haar bloedverdunners"),
    ("pt", "a minha mãe faz hemodiálise às terças e quintas"),
    ("nl", "Kun je een weekmenu maken voor mijn vader? Hij heeft nierproblemen."),
    (
        "da",
        "skriv til min søster at prøverne viste at det ikke var brystkræft alligevel",
    ),
    ("fr", "trouve moi une recette sans gluten pour léa elle est intolérante aux deux"),
    ("sv", "kan du hitta en laktosfri kladdkaka elsa blir dålig av mjölk"),
    ("es", "cuántas horas dormí anoche según el reloj creo que la apnea va a peor"),
    ("da", "mads har fået gigt i knæet igen tænd gulvvarmen i stuen"),
    ("nl", "is oma riet vannacht weer uit bed gegaan ze is vorige week gevallen"),
    ("sv", "hemtjänsten säger att mormor slutat äta ordentligt"),
    ("da", "jeg ammer stadig ida om natten"),
]


@pytest.mark.parametrize(("language", "text"), IN_PASSING)
def test_health_said_in_passing_stays_home(language: str, text: str) -> None:
    decision = decide(text, language=language, vocabulary=HOUSEHOLD)
    assert decision.private
    assert decision.route is Route.LOCAL


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("cs", "na co se používá paralen"),
        ("fr", "le doliprane ça sert à quoi exactement"),
        ("sv", "vad används alvedon till"),
        ("en", "What is metformin normally used for?"),
        ("fr", "un numéro de sécu français ça fait combien de chiffres"),
        (
            "en",
            "whats the password to the gryffindor common room in the first harry potter book",
        ),
        (
            "pt",
            "escreve uma história curta de ficção científica sobre um robô que guarda um código secreto",
        ),
        (
            "fr",
            "écris un script python qui génère des identifiants uuid uniques pour mes capteurs",
        ),
        ("fr", "quels sont les symptômes de la varicelle chez les enfants"),
        (
            "fr",
            "Écris-moi une petite histoire pour enfants où un dragon oublie le mot de passe",
        ),
        ("fr", "c'est quoi le meilleur babyphone vidéo en ce moment"),
        ("en", "is the heating on in grandpa's flat"),
        ("it", "il riscaldamento è acceso nell'appartamento del nonno"),
        ("nb", "står varmen på i leiligheten til bestefar"),
    ],
)
def test_medicines_ids_stories_and_a_relatives_heating_are_not_private(
    language: str, text: str
) -> None:
    assert not decide(text, language=language, vocabulary=HOUSEHOLD).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "les enfants sont rentrés de l'école"),
        ("en", "is grandpa back in his flat yet"),
        ("en", "what is my metformin dose again"),
    ],
)
def test_the_household_children_a_relatives_return_and_a_dose_stay_private(
    language: str, text: str
) -> None:
    assert decide(text, language=language, vocabulary=HOUSEHOLD).private


def test_every_branch_of_a_barred_alternative_opens_its_detector() -> None:
    assert literal_prefixes("no pego ojo|no puedo dormir") == (
        "no pego ojo",
        "no puedo dormir",
    )
    assert literal_prefixes("(?:arm|leg) pain") == ("arm", "leg")
    assert literal_prefixes(r"\w+ pain|arm pain") == ()


def test_a_relative_already_here_and_heart_medicine_stay_private() -> None:
    assert decide("ist oma gisella schon da", language="de").private
    assert decide("har farmor taget sin hjertemedicin", language="da").private
    assert not decide("ist das paket schon da", language="de").private


@pytest.mark.parametrize(
    ("language", "text", "private"),
    [
        ("en", "is Jonas still injured", True),
        ("de", "mein sohn ist verletzt", True),
        ("en", "has matteo recovered from his injury", True),
        ("en", "is mo salah injured or is he playing on saturday", False),
    ],
)
def test_an_injury_in_the_household_is_health_a_footballers_is_news(
    language: str, text: str, private: bool
) -> None:
    assert decide(text, language=language, vocabulary=HOUSEHOLD).private is private
