"""Writing, troubleshooting and explaining are reasoning even about the home's devices; running a script is not."""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import Route, decide
from custom_components.llm_router.router.vocabulary import HomeVocabulary

HOME = HomeVocabulary.build(
    areas=["Veranda", "Salón", "Kuchnia"],
    entities=[
        ("Porch light", ()),
        ("Verandalicht", ()),
        ("Persianas del salón", ()),
        ("Rolety", ()),
        ("Verandalampan", ()),
        ("Dishwasher", ()),
        ("Waschmaschine", ()),
        ("Warmtepomp", ()),
        ("Lavastoviglie", ()),
        ("Oppvaskmaskinen", ()),
        ("Movie night", ()),
    ],
)

AUTHORING = [
    ("en", "make an automation that switches on the porch light at dusk"),
    (
        "de",
        "erstelle eine Automation, die das Verandalicht bei Sonnenuntergang einschaltet",
    ),
    ("es", "créame un script que baje las persianas del salón a las nueve"),
    ("pl", "napisz automatyzację, która zamknie rolety w kuchnia o zmroku"),
    ("sv", "skapa en automation som tänder verandalampan när det skymmer"),
    ("cs", "vytvoř automatizaci, která rozsvítí na verandě při západu slunce"),
]
TROUBLESHOOTING = [
    (
        "en",
        "the dishwasher keeps showing error E24 halfway through every cycle, what should I check first?",
    ),
    (
        "de",
        "Warum zeigt die Waschmaschine ständig den Fehler F21 an, obwohl der Filter sauber ist und der Schlauch frei?",
    ),
    (
        "nl",
        "waarom geeft de warmtepomp steeds een foutmelding als het buiten vriest, en wat kan ik proberen?",
    ),
    (
        "it",
        "perché la lavastoviglie dà sempre errore a metà lavaggio anche se ho pulito il filtro ieri sera?",
    ),
    (
        "nb",
        "hvorfor gir oppvaskmaskinen feilkode hele tiden selv om jeg har rengjort filteret flere ganger",
    ),
    (
        "sv",
        "förklara hur en värmepump kan ta värme ur luften när det är minusgrader ute",
    ),
    (
        "fr",
        "explique-moi la différence entre un ballon thermodynamique et un chauffe-eau électrique classique",
    ),
    (
        "nl",
        "reken eens voor ons uit of een thuisbatterij van tien kilowattuur zich in acht jaar terugverdient",
    ),
]


TRADE_OFFS_AND_PLANS = [
    ("en", "pros and cons of a heat pump dryer"),
    ("de", "Vor- und Nachteile von Balkonkraftwerken"),
    ("sv", "för- och nackdelar med bergvärme"),
    ("pl", "zaplanuj mi weekend w górach z dziećmi"),
    ("fr", "planifie une semaine de repas sans gluten"),
    ("cs", "naplánuj výlet na Šumavu na tři dny"),
]
THINK_IT_THROUGH = [
    ("en", "should we insulate the loft or replace the windows first, think it over"),
    ("de", "Waschmaschine nachts oder mittags laufen lassen? denk mal gründlich nach"),
    ("nl", "moet de warmtepomp in de zomer uit of aan, denk er goed over na"),
    ("it", "conviene la lavastoviglie di notte o di giorno? pensaci bene"),
    ("sv", "ska vi byta till bergvärme eller luftvärmepump, förklara det ordentligt"),
    ("cs", "fotovoltaika na garáž nebo na dům? promysli to"),
    ("en", "explain how a heat pump's COP works with an example"),
    ("da", "forklar hvordan fradrag for håndværkere virker med et eksempel"),
    ("pl", "wytłumacz jak działa licznik dwutaryfowy na przykładzie"),
]


@pytest.mark.parametrize(
    ("language", "text"),
    AUTHORING + TROUBLESHOOTING + TRADE_OFFS_AND_PLANS + THINK_IT_THROUGH,
)
def test_thinking_about_the_homes_devices_is_reasoning(
    language: str, text: str
) -> None:
    decision = decide(text, language=language, vocabulary=HOME)
    assert decision.route is Route.REASONING
    assert decision.source == "reasoning_cue"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "run the movie night script"),
        ("de", "Skript Movie night ausführen"),
        ("cs", "spusť skript movie night"),
        ("en", "turn off the porch light automation"),
        ("en", "why is the porch light on"),
        ("en", "plan"),
        ("en", "turn the porch light on, I think it's getting dark"),
        ("de", "denk dran, die Waschmaschine um acht einzuschalten"),
        ("en", "think it over: is the porch light on"),
        ("en", "explain how the porch light works"),
        ("en", "switch on the porch light and the dishwasher"),
        ("es", "baja las persianas del salón a la mitad"),
        (
            "en",
            "run the movie night script and make the porch light warmer",
        ),
    ],
)
def test_running_a_script_or_a_short_question_stays_local(
    language: str, text: str
) -> None:
    decision = decide(text, language=language, vocabulary=HOME)
    assert decision.route is Route.LOCAL
    assert decision.source != "reasoning_cue"


def test_a_private_detail_in_an_automation_request_still_stays_home() -> None:
    decision = decide(
        "write an automation that reads my passport number X1234567 aloud at the porch light",
        vocabulary=HOME,
    )
    assert decision.private
    assert decision.route is Route.LOCAL


FAMILY = HomeVocabulary.build(persons=["Olivia", "Léa", "Zosia", "Nora", "Jonas"])


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "help me plan Olivia's birthday party for twelve kids"),
        ("fr", "aide-moi à organiser les vacances de Léa en juillet"),
        ("pl", "pomóż mi zaplanować wycieczkę z Zosią w góry"),
        ("de", "hilf mir Jonas' Geburtstagsfeier zu planen mit Spielen und Essen"),
    ],
)
def test_asking_for_help_with_a_plan_for_someone_of_the_house_is_reasoning(
    language: str, text: str
) -> None:
    decision = decide(text, language=language, vocabulary=FAMILY)
    assert decision.route is Route.REASONING
    assert decision.source == "reasoning_cue"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "write a bedtime story for olivia about a brave little owl"),
        ("nb", "lag en godnattfortelling til nora om en liten rev"),
        ("it", "scrivi una filastrocca per il compleanno di nora"),
    ],
)
def test_a_text_to_write_for_someone_of_the_house_is_not_kept_home_by_the_name(
    language: str, text: str
) -> None:
    decision = decide(text, language=language, vocabulary=FAMILY)
    assert decision.source != "home"


def test_a_persons_name_without_a_text_to_write_keeps_the_question_home() -> None:
    decision = decide("what does olivia want for breakfast", vocabulary=FAMILY)
    assert decision.route is Route.LOCAL
    assert decision.source == "home"


STORIES_SUMMARIES_CODE_AND_PROBLEMS = [
    # an explanation how or why, shorter than a troubleshooting question
    ("de", "erklär mir wie ein Kühlschrank eigentlich kühlt", "an explanation"),
    ("pl", "wytłumacz mi prosto jak działają fale radiowe", "an explanation"),
    (
        "pt",
        "explica-me porque é que o céu fica vermelho ao pôr do sol",
        "an explanation",
    ),
    # a plan asked for inside the request
    ("pl", "ułóż grafik sprzątania dla dzieci na cały tydzień", "a plan"),
    ("cs", "děti chtějí péct, udělej plán pečení na sobotu i s nákupem", "a plan"),
    ("pl", "mamy gości w sobotę, zaplanuj menu na 12 osób", "a plan"),
    # what would happen if: a counterfactual
    ("sv", "vad skulle hända om alla bin försvann", "a what-if"),
    ("es", "qué pasaría si la luna desapareciera", "a what-if"),
    ("de", "was würde passieren, wenn es keinen Strom mehr gäbe", "a what-if"),
    # a riddle with its figures spelled out
    (
        "en",
        (
            "if three hens lay three eggs in three days how many eggs do nine hens lay in nine days and "
            "how many in twelve"
        ),
        "a word problem",
    ),
    # a speech, and a plan asked for without a hyphen as speech to text writes it
    ("cs", "napiš proslov na babiččiny narozeniny", "writing a text"),
    ("fr", "aide moi à organiser un pique-nique pour la classe", "a plan"),
    # a template asked for in another language's word for it
    (
        "es",
        "escríbeme una plantilla jinja que cuente cuántas luces hay encendidas",
        "writing an automation or a script",
    ),
    # telling a story is writing one, for whoever it is told to
    ("en", "tell Olivia a story about a snail who wants to fly", "writing a text"),
    ("pl", "opowiedz bajkę o kocie który bał się myszy", "writing a text"),
    ("it", "raccontami una favola sul drago del lago", "writing a text"),
    ("sv", "berätta en saga om en ledsen troll", "writing a text"),
    # the text named first, its verb at the end
    (
        "nl",
        "kun je een korte uitnodiging voor het buurtfeest schrijven",
        "writing a text",
    ),
    (
        "de",
        "kannst du mir eine Einladung zum Geburtstag schreiben",
        "writing a text",
    ),
    ("pt", "escreve um brinde para o casamento da prima", "writing a text"),
    (
        "es",
        "escribe un correo al casero sobre la calefacción rota",
        "writing a text",
    ),
    # summing up a book or a text
    ("de", "fass mir den Zauberberg in fünf Sätzen zusammen", "a summary"),
    ("cs", "shrň mi Malého prince v několika větách", "a summary"),
    ("sv", "sammanfatta Pippi Långstrump för en bokrapport", "a summary"),
    ("fr", "résume-moi le Petit Prince en trois phrases", "a summary"),
    # code written into the question
    (
        "en",
        "why does {{ states('sensor.boiler') | float * 2 }} give nothing",
        "code to debug",
    ),
    # a smart-home device that misbehaves, however short the question
    (
        "da",
        "min zigbee kontakt vil ikke forbinde hvad kan jeg gøre",
        "troubleshooting",
    ),
    (
        "es",
        "mi sensor de puerta zigbee pierde la conexión qué puedo hacer",
        "troubleshooting",
    ),
    (
        "de",
        "mein mqtt sensor zeigt nichts an, was mache ich falsch",
        "troubleshooting",
    ),
    # explaining or working out step by step
    (
        "it",
        "spiegami passo per passo come si calcola l'IMU",
        "an explanation step by step",
    ),
    (
        "nb",
        "regn ut steg for steg hva lånet koster totalt",
        "working something out",
    ),
    (
        "it",
        "il termostato si spegne da solo, aiutami a capire passo passo cosa controllare",
        "working something out",
    ),
    # translating a text given after the request
    (
        "de",
        (
            "übersetze ins Englische: Liebe Nachbarn, am Samstag feiern wir ab acht Uhr im Garten, "
            "bitte entschuldigt den Lärm"
        ),
        "translating a text",
    ),
    # a word problem with its own figures
    (
        "en",
        (
            "we drive 420 km at 6 litres per 100 km and diesel is 1.70 a litre, we split it "
            "between 3 friends, how much does each of us pay"
        ),
        "a word problem",
    ),
    (
        "sv",
        (
            "jag ska baka 3 sockerkakor och varje behöver 250 gram mjöl och 4 ägg, jag har 600 gram "
            "mjöl hemma, hur mycket mjöl måste jag köpa till"
        ),
        "a word problem",
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "cue"),
    [
        ("cs", "napiš povídku o drakovi", "writing a text"),
        ("pl", "napisz wierszyk na urodziny dziadka", "writing a text"),
        ("sv", "skriv en födelsedagsvisa till mormor", "writing a text"),
        ("nl", "verzin een raadsel voor de speurtocht", "writing a text"),
        ("es", "escríbeme un cuento corto sobre un gato", "writing a text"),
        (
            "nb",
            "lag et javascript som teller ned til jul",
            "writing an automation or a script",
        ),
        (
            "nl",
            "schrijf een template die de lampen telt",
            "writing an automation or a script",
        ),
        (
            "fr",
            "fais-moi une automatisation pour le porche",
            "writing an automation or a script",
        ),
        *STORIES_SUMMARIES_CODE_AND_PROBLEMS,
    ],
)
def test_writing_a_text_or_code_is_reasoning(
    language: str, text: str, cue: str
) -> None:
    decision = decide(text, language=language)
    assert decision.route is Route.REASONING
    assert decision.reason == f"reasoning: {cue}"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "make a shopping list for saturday"),
        ("da", "lav en indkøbsliste"),
        ("en", "play a song about the sea"),
        ("fr", "fais la vaisselle"),
    ],
)
def test_a_list_a_song_to_play_or_a_chore_is_no_text_to_write(
    language: str, text: str
) -> None:
    assert decide(text, language=language).source != "reasoning_cue"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "tell me a joke"),
        ("en", "summarize my calendar for today"),
        ("de", "fass die heutigen Nachrichten zusammen"),
        ("en", "resume the music in the kitchen"),
        ("en", "is the zigbee sensor in the hall unavailable"),
        ("fr", "comment on dit fourchette en allemand"),
        ("en", "translate good morning into spanish"),
        (
            "en",
            "set the living room to 21 degrees, the bedroom to 18 and the office to 20 until 6 pm",
        ),
        ("es", "son 64 euros entre dos, cuánto paga cada uno"),
        ("de", "der Brief ist gestern geschrieben worden"),
        ("es", "explícame en una frase por qué el mar es salado"),
        ("pt", "toca o podcast sobre como se faz um script em python na cozinha"),
        (
            "en",
            (
                "when the guests arrive in about an hour put the porch lights at 70 percent, the hall "
                "at 40 and the kitchen at 100 with some jazz at volume 20"
            ),
        ),
    ],
)
def test_short_jokes_home_summaries_state_and_sums_are_no_reasoning_cue(
    language: str, text: str
) -> None:
    assert decide(text, language=language).source != "reasoning_cue"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Look at the greenhouse temperatures from last week and tell me if the heater comes on too often",
        ),
        ("pl", "Przeanalizuj wilgotność w szklarni z ostatnich dwóch tygodni"),
        (
            "de",
            "kannst du mal die wetterstation auswerten, wie viel regen kam diesen monat",
        ),
        (
            "it",
            "Confronta il consumo della caldaia di questa settimana con quello di prima e dimmi se cambia",
        ),
        ("da", "Kig på regnvandstanken den sidste måned og vurder, om den er stor nok"),
        (
            "es",
            "Mira el tiempo de pantalla de Leo de las últimas semanas y dime si ha subido",
        ),
    ],
)
def test_analysing_the_homes_own_data_is_reasoning(language: str, text: str) -> None:
    decision = decide(text, language=language)
    assert (decision.route, decision.reason) == (
        Route.REASONING,
        "reasoning: analysing data",
    )


@pytest.mark.parametrize(
    ("language", "text", "route"),
    [
        ("en", "look at the thermostat and tell me the temperature", Route.LOCAL),
        (
            "da",
            "Sammenlign dagens elpriser med sidste uge og fortæl mig, hvornår det er billigst",
            Route.SEARCH,
        ),
    ],
)
def test_a_reading_or_prices_compared_are_no_data_analysis(
    language: str, text: str, route: Route
) -> None:
    assert decide(text, language=language).route is route


def test_ones_own_heart_rate_analysed_stays_private() -> None:
    decision = decide(
        "analizza i dati della frequenza cardiaca del mio orologio dell'ultimo mese e dimmi se i picchi sono preoccupanti",
        language="it",
    )
    assert decision.private
    assert not decision.may_leave_home
