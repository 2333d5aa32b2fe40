"""Private things said without the obvious word (a car in the drive, a recording), and their general near misses.

A phone on the Wi-Fi, a flight, a code the assistant asked for; and the general questions about the same things
that may leave the house.
"""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import HistoryTurn, Route, decide
from custom_components.llm_router.router.vocabulary import HomeVocabulary

HOUSEHOLD = HomeVocabulary.build(
    persons=["Jakub", "Rasmus", "Tomek", "Erik", "Carlos", "Sanne", "João", "Zosia"],
    entities=[("móvil de Carlos", ())],
)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("cs", "je jakubova octavia ještě před domem"),
        ("da", "er rasmus' bil kørt ind i carporten endnu"),
        ("pl", "czy skoda tomka stoi jeszcze pod domem"),
        ("sv", "har erik kört iväg med volvon än"),
        ("es", "oye el móvil de carlos sigue conectado al wifi de casa o ya se ha ido"),
        ("nl", "sanne haar vlucht landt om zes uur op schiphol"),
        ("pt", "o voo do joão aterra às seis avisa-me quando ele sair do aeroporto"),
        ("pl", "autobus zosi miał opóźnienie jest już w domu"),
        ("sv", "hur länge har erik suttit på sitt rum"),
    ],
)
def test_a_household_members_car_phone_flight_or_room_is_their_presence(
    language: str, text: str
) -> None:
    assert decide(text, language=language, vocabulary=HOUSEHOLD).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "what time does flight BA 117 land at heathrow"),
        ("sv", "vilken volvo är säkrast enligt euro ncap"),
        ("nl", "hoe laat vertrekt de trein naar schiphol"),
    ],
)
def test_flights_cars_and_airports_of_nobody_in_the_house_are_not_presence(
    language: str, text: str
) -> None:
    assert not decide(text, language=language, vocabulary=HOUSEHOLD).private


SEEN_ON_A_RECORDING = [
    ("cs", "kdo to zvonil odpoledne je to vidět na záznamu"),
    ("da", "hvem var det der ringede på i går kan du se det på optagelsen"),
    ("de", "wer war das vorhin an der haustür mit dem blauen transporter"),
    ("nb", "hvem gikk forbi vinduet i natt ser du det på opptaket"),
    ("nl", "wat zag de deurbel vanmiddag was dat de postbode"),
    ("pl", "kto to był pod furtką o siedemnastej widać go na nagraniu"),
    ("sv", "vem var det som stod vid brevlådan i morse syntes det på filmen"),
    ("en", "what did the doorbell see this afternoon"),
]


@pytest.mark.parametrize(("language", "text"), SEEN_ON_A_RECORDING)
def test_what_a_recording_or_the_doorbell_shows_is_camera_content(
    language: str, text: str
) -> None:
    assert decide(text, language=language).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("sv", "vad handlar filmen om"),
        ("de", "die regentropfen prasseln aufs dach"),
        ("fr", "monte le son, la tension monte dans ce film"),
        ("en", "can you see the comet in the sky tonight"),
        ("de", "mach die garagenkamera aus"),
        ("de", "mach die Kamera im Garten an"),
    ],
)
def test_films_the_sky_and_a_camera_switched_off_are_not_camera_content(
    language: str, text: str
) -> None:
    assert not decide(text, language=language).private


SAID_IN_PASSING = [
    ("da", "hvad var koden til mitid igen"),
    (
        "en",
        "whats the thing we type in on the guest wifi, the long one with the dashes",
    ),
    ("pt", "qual era o pin do cartão que eu te disse na semana passada"),
    ("sv", "vad var säkerhetskoden till bankid appen nu igen"),
    (
        "en",
        "ok so the new number for the side gate keypad is 5 5 8 2 dont forget it",
    ),
    ("fr", "le digicode de l'immeuble c'est 4B2719 note le quelque part"),
    (
        "de",
        "ich hab seit tagen so ein stechen in der brust wenn ich die treppen hochgeh",
    ),
    ("nl", "zet teststrips en lancetten op het lijstje voor de apotheek"),
    ("nl", "hoe vaak is de voordeur opengegaan terwijl wij in spanje zaten"),
    ("da", "farmor skal have sine øjendråber klokken to mind mig om det"),
    ("de", "trag ein dass mia um 18 uhr ihren fiebersaft bekommen hat"),
    ("fr", "mamie a pris sa tension ce matin elle avait quinze neuf note le"),
    ("it", "la nonna deve prendere le gocce per il cuore alle 20 ricordamelo"),
]


@pytest.mark.parametrize(("language", "text"), SAID_IN_PASSING)
def test_codes_symptoms_supplies_and_an_empty_house_said_in_passing_are_private(
    language: str, text: str
) -> None:
    assert decide(text, language=language).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("cs", "kolik číslic má rodné číslo"),
        ("de", "wie viele stellen hat ne deutsche iban"),
        ("en", "how many characters is a us passport number"),
        ("es", "cómo se calcula la letra del dni"),
        ("pl", "ile cyfr ma pesel i co one oznaczają"),
        ("nb", "hva er ventolin"),
        ("da", "hvad er panodil egentlig"),
        ("en", "what does ibuprofen actually do in the body"),
        ("it", "che differenza c'è tra tachipirina e moment"),
        ("nl", "wie heeft eigenlijk het wachtwoord uitgevonden"),
        ("pl", "co nowego w sprawie strajku lekarzy rezydentów"),
        (
            "fr",
            "C'est vrai qu'il ne faut pas donner d'ibuprofène quand on a la varicelle ?",
        ),
    ],
)
def test_the_format_of_an_id_and_what_a_medicine_is_are_general_knowledge(
    language: str, text: str
) -> None:
    assert not decide(text, language=language).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "how many digits is my passport number 5 3 1 9 0 2 7 7 1"),
        ("nb", "hva er ventolin, jeg har fått det av legen"),
        ("de", "wie viele Stellen hat die IBAN DE89 3704 0044 0532 0130 00"),
    ],
)
def test_the_same_questions_about_ones_own_stay_private(
    language: str, text: str
) -> None:
    assert decide(text, language=language).private


def _after(assistant: str, user: str = "arm the alarm") -> list[HistoryTurn]:
    return [
        HistoryTurn("user", user, Route.LOCAL),
        HistoryTurn("assistant", assistant, Route.LOCAL),
    ]


@pytest.mark.parametrize(
    ("language", "reply", "text"),
    [
        (
            "en",
            "The alarm panel needs your code to arm. Please say it.",
            "four seven one nine",
        ),
        ("cs", "Řekni kód.", "tři nula osm dva"),
        ("nb", "Hva er koden?", "en fem fem åtte"),
        ("fr", "Quel est le code de l'alarme ?", "1 9 7 3"),
    ],
)
def test_digits_said_after_the_assistant_asked_for_a_code_stay_home(
    language: str, reply: str, text: str
) -> None:
    decision = decide(text, language=language, history=_after(reply))
    assert (decision.route, decision.private) == (Route.LOCAL, True)


def test_digits_after_any_other_reply_are_not_a_code() -> None:
    history = _after("The living room is 21 degrees.", "how warm is the living room")
    assert not decide("set it to twenty two", language="en", history=history).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("cs", "je tam pořád ta cizí kočka"),
        ("fr", "il avait un colis dans les mains?"),
        ("nl", "wat doet die persoon daar bij de auto"),
    ],
)
def test_a_question_about_the_scene_just_shown_stays_home(
    language: str, text: str
) -> None:
    history = _after("Here is the garden camera.", "show me the garden camera")
    assert decide(text, language=language, history=history).private


ROOMS = HomeVocabulary.build(
    persons=["Lena"], areas=["dormitorio", "cocina", "kids room", "sala"]
)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "turn on the lights in the kids room at half brightness while they brush their teeth",
        ),
        (
            "es",
            "pon el aire a veinticuatro en el dormitorio porfa que así no hay quien duerma",
        ),
        (
            "da",
            "forklar forskellen på befordringsfradrag og beskæftigelsesfradrag med et eksempel",
        ),
        (
            "pl",
            "jakie są najnowsze kamery ip z ai detection które wyszły w tym miesiącu",
        ),
        (
            "es",
            "¿Me haces una función en Python que calcule la letra del DNI a partir de los ocho números?",
        ),
        (
            "nl",
            "Leg uit hoe hackers met credential stuffing gelekte wachtwoorden misbruiken en hoe ik me daartegen bescherm.",
        ),
    ],
)
def test_routines_commands_new_models_and_concepts_are_not_private(
    language: str, text: str
) -> None:
    assert not decide(text, language=language, vocabulary=ROOMS).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "my teeth hurt when i brush them"),
        ("da", "jeg har eksem på hænderne"),
        ("es", "apaga la luz y dime quién está en la cocina"),
        ("en", "did the kids make it to school this morning"),
        ("nl", "leg uit waarom mijn wachtwoord Zomer2024! niet werkt op de router"),
        (
            "pt",
            'Escreve-me um script em Python que entre no router com a palavra-passe "Bolinhas#77"',
        ),
    ],
)
def test_the_same_words_about_someone_or_with_a_secret_stay_private(
    language: str, text: str
) -> None:
    assert decide(text, language=language, vocabulary=ROOMS).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("da", "hvor er min gls pakke 12345678901"),
        ("it", "dov'è il mio pacco brt numero spedizione 123456789012"),
        ("cs", "kde je můj balík ze zásilkovny Z 123 4567 890"),
        ("da", "hvordan er et cpr nummer bygget op"),
        ("nl", "hoe werkt die elfproef van een bsn eigenlijk"),
        ("en", "where is my package tracking number 1Z 999 AA1 01 2345 6784"),
        ("fr", "il reste combien de batterie sur la tablette d'hugo"),
        (
            "es",
            "Explícame paso a paso qué es el phishing y cómo reconocer un correo que intenta robarme las contraseñas.",
        ),
    ],
)
def test_tracking_numbers_and_how_an_id_is_made_up_are_not_private(
    language: str, text: str
) -> None:
    assert not decide(text, language=language).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "voici ma clé api mistral 7hQx2LmP9vKt4RwZ8sBn3YcJ, utilise la pour le script",
        ),
        ("en", "use this token for the script 7hqx2lmp9vkt4rwz8sbn3ycj"),
        ("de", "erinner anna morgen um acht an ihre schilddrüsentabletten"),
        ("cs", "tomáš má vysoký tlak a bere prestarium připomeň mu to v osm"),
        ("en", "call me back on 0176 5544 3322 about the order"),
        ("en", "my sister's new number is 0176 5544 3322"),
        ("es", "haz una transferencia de 50 euros a ES91 2100 0418 4502 0005 1332"),
        ("en", "where is my husband"),
        ("de", "ich muss noch eine Tablette nehmen"),
    ],
)
def test_keys_thyroid_pills_phones_and_accounts_stay_private(
    language: str, text: str
) -> None:
    assert decide(text, language=language).private


FAMILY = HomeVocabulary.build(
    persons=[
        "Magnus",
        "Emma",
        "Jake",
        "Ingrid",
        "Julien",
        "Eliška",
        "Freja",
        "Klára",
        "Oskar",
    ],
    zones=["Home", "Gym", "School", "Bureau", "Babička"],
)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("da", "hvordan gik fck i aftes magnus vil gerne vide det"),
        ("en", "remind emma to take her gym bag tomorrow at seven thirty"),
        ("en", "is jake's school closed tomorrow because of the storm warning"),
        ("nb", "ingrid lurer på hvor fort en gepard kan løpe"),
        ("it", "aggiungi alla lista di marco portare fuori la spazzatura"),
        ("cs", "zhasni světlo v pokoji u kláry"),
        (
            "da",
            "Lav en automation i Home Assistant der slukker lyset hos Magnus kl. 22",
        ),
        ("sv", "hjälp oskar räkna ut hur mycket jobb det blir att måla staketet"),
    ],
)
def test_a_name_with_an_idiom_a_thing_of_theirs_or_home_assistant_is_not_presence(
    language: str, text: str
) -> None:
    assert not decide(text, language=language, vocabulary=FAMILY).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "à quelle heure julien quitte le bureau le vendredi"),
        ("cs", "je eliška už u babičky"),
        ("da", "er freja stadig hos farmor"),
        ("en", "has jake actually made it to school yet"),
        ("en", "is emma at the gym"),
        ("sv", "hur länge har oskar suttit på sitt rum"),
    ],
)
def test_leaving_work_being_at_someones_or_in_ones_room_is_presence(
    language: str, text: str
) -> None:
    assert decide(text, language=language, vocabulary=FAMILY).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("cs", "v kolik ráno odjelo petřino auto"),
        ("de", "wann ist papas auto heute vom hof gefahren"),
        ("es", "a qué hora salió el coche de mi marido esta mañana"),
        ("en", "wheres bens phone right now"),
        ("it", "dov'è il telefono di marco adesso"),
        ("it", "quando torna marco"),
        ("nl", "is er iemand binnengekomen"),
        ("de", "bin ich grad allein im haus oder ist noch wer da"),
        ("en", "when did the kids get in from school today"),
        ("de", "hat vorhin jemand geklingelt zeig mal das bild von der klingel"),
        (
            "de",
            "Meine EC-Karten-PIN vergess ich ständig, es ist 2581. Kannst du die speichern?",
        ),
        (
            "en",
            "remind me thursday to call the bank the card ending in 4417 got declined",
        ),
        (
            "da",
            "søg lige om det er normalt at bløde lidt i uge otte jeg er lidt nervøs",
        ),
        (
            "it",
            "cerca se il brufen si può prendere in gravidanza sono alla diciottesima settimana",
        ),
        (
            "nb",
            "jeg har begynt på cipralex og føler meg rar minn meg på å ringe legen fredag",
        ),
        (
            "nl",
            "mijn moeder moet dinsdag half elf naar de geriater zet dat in mijn agenda",
        ),
        (
            "it",
            "scrivi un messaggio alla maestra che sofia è celiaca e non può mangiare la torta",
        ),
        (
            "pl",
            "napisz usprawiedliwienie do szkoły że tomek był u pulmonologa bo ma astmę",
        ),
        ("pt", "as análises deram vitamina d muito baixa faz-me um plano de refeições"),
        (
            "pt",
            "ando muito em baixo desde que perdi o emprego lembra-me da consulta sexta",
        ),
        ("fr", "papa est encore tombé dans la salle de bain hier"),
        ("de", "seit der trennung schlaf ich kaum noch"),
        ("cs", "mě už týden strašně bolí v zádech a brní mě levá ruka"),
        ("en", "whats the wifi pass word for the guest network"),
        ("pl", "co widać na kamerze w ogrodzie, coś się tam rusza"),
    ],
)
def test_private_things_tucked_into_other_requests_stay_home(
    language: str, text: str
) -> None:
    home = HomeVocabulary.build(persons=["Petra", "Ben", "Marco", "Sofia", "Tomek"])
    decision = decide(text, language=language, vocabulary=home)
    assert (decision.route, decision.private) == (Route.LOCAL, True)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "si un grifo llena un depósito en 6 horas y otro en 3 cuánto tardan los dos juntos",
        ),
        ("it", "Quali telecamere da esterno sono in offerta oggi su Amazon?"),
        ("it", "quando esce il nuovo film dei minions marco lo vuole vedere"),
        ("es", "cuántas papas fritas hay en una ración y cuándo sale el tren"),
        (
            "cs",
            "naše spotřeba plynu 2021 1450 m3 2022 1100 a 2023 980 spočítej o kolik procent jsme ušetřili",
        ),
        ("en", "what are people on x saying about the new home assistant release"),
        ("de", "die regentropfen prasseln aufs dach, sag mir wie spät es ist"),
    ],
)
def test_their_look_alikes_may_leave_the_house(language: str, text: str) -> None:
    home = HomeVocabulary.build(persons=["Marco"])
    assert not decide(text, language=language, vocabulary=home).private


CARE = HomeVocabulary.build(persons=["Danuta", "Ewa", "Fleur", "Amandine", "Sindre"])


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "de",
            "Speicher die Firmenkreditkarte für die Softwarelizenz: 5100 2345 6789 0123, gültig bis 08/28.",
        ),
        (
            "en",
            "For the rent reminder use sort code 20-45-77, account 41236654, reference flat 3.",
        ),
        ("sv", "Spara hyresvärdens bankgiro för hyran: 5050-1055."),
        ("en", "Post in the flat group chat that the wifi is now bluefrog77"),
        ("nl", "zet in de huisgroep dat de wifi nu stroopwafel99 is"),
        (
            "en",
            "leave a message for grandad that the side gate is 4190 if the kids lock themselves out",
        ),
        (
            "es",
            "déjale un aviso a la abuela que la puerta del jardín es el tres cero cero siete",
        ),
        ("nl", "stuur de schoonmaker dat het sleutelkastje 5 5 1 9 is voor donderdag"),
        ("en", "arm the house when i leave its still two five eight zero yeah"),
        ("nb", "engangskoden fra banken er 6 1 8 2 9 4 husk den et øyeblikk"),
        ("fr", "qu'est ce que le micro du salon a capté pendant la soirée hier"),
        (
            "en",
            "did anyone come to the door while sophie was napping check the doorbell one",
        ),
        (
            "cs",
            "napiš na nákupní seznam pleny pro babičku tu velikost co říkala paní věra",
        ),
        (
            "de",
            "hat danuta das bein neu verbunden schreib ins pflegetagebuch dass es heute wieder nässt",
        ),
        (
            "en",
            "log that mum thought it was 1987 again today the memory clinic wants a diary",
        ),
        (
            "fr",
            "rappelle à amandine de prendre son acide folique et son fer tous les matins",
        ),
        ("it", "giulia a che settimana è adesso il termine è il 3 settembre"),
        ("de", "ist mutti heute schon aufgestanden"),
        ("da", "giv mig besked hvis mor går ud af hoveddøren om natten"),
        ("en", "who else is in the flat right now"),
        ("fr", "qui est à l'appart en ce moment"),
        ("nl", "laat me weten als fleur thuiskomt ik moet haar de sleutel nog geven"),
        (
            "it",
            "oksana mi ha confidato che vuole tornare in ucraina ma non dirlo a mia sorella",
        ),
        (
            "en",
            "write me a bash script that logs into the router as admin with password Sprinkles!84",
        ),
        (
            "en",
            "pull up the snapshot from the garage camera from when the motion alert went off",
        ),
    ],
)
def test_a_households_care_money_codes_and_confidences_stay_home(
    language: str, text: str
) -> None:
    assert decide(text, language=language, vocabulary=CARE).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nb", "minn sindre på å ta ut søpla på onsdag"),
        (
            "de",
            "die nummer vom pizzaservice ist 030 4455 6677 schreib die auf die einkaufsliste",
        ),
        ("en", "add the hardware store number 555-013-8842 to the shopping list"),
        ("en", "turn off motion notifications from the driveway camera"),
        ("da", "slå natsyn til på kameraet i indkørslen"),
        ("de", "stell die aufnahmequalität von der einfahrtskamera auf 1080p"),
        (
            "en",
            "Write me a Python script that generates random 16-character passwords with symbols and digits.",
        ),
        (
            "pl",
            "napisz skrypt w pythonie który sprawdza czy numer pesel ma poprawną cyfrę kontrolną",
        ),
        (
            "es",
            "escribe un cuento corto de un hacker que se olvida de su propia contraseña",
        ),
        ("it", "dove è nato leonardo da vinci"),
        ("fr", "c'est quoi les symptômes typiques de la varicelle"),
        ("es", "qué formato tiene el dni español"),
        ("nl", "hoe maak je een sterk wachtwoord dat je toch kan onthouden"),
        ("sv", "skriv en födelsedagsvisa till farmor birgitta som fyller åttio"),
        (
            "pt",
            "escreve uma mensagem bonita de aniversário para a avó fátima que faz 75 anos",
        ),
    ],
)
def test_chores_camera_settings_code_stories_and_history_are_not_private(
    language: str, text: str
) -> None:
    home = HomeVocabulary.build(
        persons=["Sindre", "Birgitta", "Fátima"], zones=["Farmor", "Avó", "Home"]
    )
    assert not decide(text, language=language, vocabulary=home).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "whats the max amount of paracetamol an adult can take in a day"),
        ("en", "how much caffeine do doctors say is ok during pregnancy"),
        ("fr", "pourquoi on déconseille l'ibuprofène aux femmes enceintes"),
        ("it", "quali esami si fanno di solito nel primo trimestre di gravidanza"),
        ("da", "hvor mange panodil må man tage om dagen"),
        ("de", "was sind so typische anzeichen für ein burnout"),
        ("pt", "o que é ansiedade generalizada"),
        ("cs", "vysvětli mi podrobně jak se ověřuje že je číslo platební karty platné"),
        ("nl", "wat is de elfproef bij een bsn"),
        ("it", "che password consigliano gli esperti frasi lunghe o caratteri strani"),
        ("en", "turn on person detection for the doorbell camera"),
        ("es", "desactiva la grabación de audio de la cámara del jardín"),
    ],
)
def test_health_ids_and_passwords_in_general_and_camera_settings_are_not_private(
    language: str, text: str
) -> None:
    assert not decide(text, language=language).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Pay the plumber from my account GB29 NWBK 6016 1331 9268 19."),
        ("nl", "maak 40 euro over naar NL91 ABNA 0417 1643 00"),
        ("pl", "boli mi głowa od rana co mam wziąć"),
        (
            "en",
            "what is the best password manager for me, my current password is Hunter2024!",
        ),
    ],
)
def test_an_iban_with_a_bank_code_and_ones_own_pain_stay_private(
    language: str, text: str
) -> None:
    assert decide(text, language=language).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "cs",
            "napiš chůvě že kód od alarmu je 1 2 0 8 a ať ho zapne až bude odcházet",
        ),
        ("it", "scrivi alla babysitter che il codice dell'allarme è 2 4 6 8"),
        ("nb", "bytt koden på ytterdørlåsen til 8642 til vaskehjelpen"),
        (
            "nl",
            "verander de code van het voordeurslot naar 6420 voor de schoonmaakster",
        ),
        ("fr", "le code pin de mon tel pro c'est 0412 si jamais j'oublie"),
        ("fr", "ma cb 4970 1012 3456 7890 expire 09 28 garde la pour le drive"),
        ("nl", "creditcard 4916 3380 1122 5567 verloopt 10 27 bewaar hem"),
        ("en", "store my github token ghp 7Kx2mQ9 in the vault please"),
        ("nl", "mijn nabu casa api sleutel is abcd 1234 efgh 5678 bewaar die"),
        ("sv", "passnumret till linnéa är AA1234567 fyll i det i bokningen"),
        ("de", "wir sind ab freitag zwei wochen auf malle, stell das haus auf urlaub"),
        ("en", "we fly to lisbon friday for two weeks so set the away schedule"),
        (
            "de",
            "mach das living room light aus die kids sind eh bei ihrem vater bis sonntag",
        ),
        ("es", "salgo del curro a las diez y apaga todo"),
        ("nb", "har kona mi kommet hjem fra jobb eller er hun fortsatt på kontoret"),
        ("nl", "is m'n vriend al thuis van z'n werk of staat ie nog in de file"),
        ("nl", "heeft papa oma al opgehaald of is ze nog alleen thuis"),
        (
            "de",
            "ich hab seit gestern so n stechen im unteren rücken und kann kaum laufen",
        ),
        ("it", "mi fa un male cane un dente da ieri sera c'è una farmacia di turno"),
        ("es", "reproduce lo que grabó el micro del salón cuando estábamos fuera"),
        ("pl", "odtwórz nagranie audio z elektronicznej niani z nocy"),
        ("fr", "garde ça pour toi mais je vais demander une rupture conventionnelle"),
    ],
)
def test_private_things_said_on_the_go_stay_home(language: str, text: str) -> None:
    assert decide(text, language=language).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "il mio cane ha male alla zampa, cosa posso dargli"),
        ("en", "the alarm clock is set for 0630"),
        ("nl", "hoe vaak moet je de code van het voordeurslot veranderen"),
    ],
)
def test_pets_alarm_clocks_and_lock_advice_are_not_codes_or_pain(
    language: str, text: str
) -> None:
    assert not decide(text, language=language).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "cs",
            "Pomoz mi napsat dopis pojišťovně, mamince diagnostikovali rakovinu prsu a potřebuje lázně.",
        ),
        (
            "it",
            "Preparami una lettera per l'INPS: mio padre ha avuto un ictus e chiediamo l'invalidità.",
        ),
        (
            "nb",
            "Hjelp meg å skrive et brev til NAV, far har fått parkinson og trenger hjelpemidler.",
        ),
        (
            "sv",
            "Hjälp mig skriva ett brev till Försäkringskassan, pappa har fått diagnosen ALS.",
        ),
        (
            "nl",
            "zoek even op internet of je alcohol mag drinken met methotrexaat ik heb reuma",
        ),
        ("da", "skriv en seddel til rengøringshjælpen dørkoden er fem tre ni en"),
        (
            "cs",
            "Napiš oznámení na policii podle videa ze zvonku, chlap v kšiltovce vzal balík ve 14:50.",
        ),
        ("nl", "Schrijf een aangifte voor de politie op basis van de deurbelbeelden"),
        ("da", "lav en oversigt over hvem der kom og gik herhjemme i dag og hvornår"),
        (
            "es",
            "Esta es mi clave de la API sk-abc123XYZ987, escríbeme un script que la use.",
        ),
        ("nb", "dette er konfidensielt men hjelp meg å skrive en oppsigelse"),
        (
            "pt",
            "analisa a minha tensão desta semana 16 por 10 de manhã desde que deixei o losartan",
        ),
    ],
)
def test_private_details_inside_cloud_shaped_requests_stay_home(
    language: str, text: str
) -> None:
    decision = decide(text, language=language)
    assert (decision.route, decision.private) == (Route.LOCAL, True)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "mes ampoules ikea zigbee se déconnectent sans arrêt comment je diagnostique ça",
        ),
        ("es", "qué dijo la ministra de sanidad sobre la vacuna de la gripe este año"),
        ("nl", "wat zegt het rivm over de griepprik dit najaar"),
        (
            "nb",
            "hvilket overvåkingskamera med 4g er best til hytte uten wifi søk etter tester",
        ),
        ("es", "busca opiniones del ring video doorbell 4 comparado con el de eufy"),
        ("cs", "napiš oznámení pro sousedy že v sobotu bude grilovačka"),
    ],
)
def test_faults_ministers_and_camera_reviews_may_leave_the_house(
    language: str, text: str
) -> None:
    assert not decide(text, language=language).private


def _conversation(*turns: str) -> list[HistoryTurn]:
    return [
        HistoryTurn("user" if index % 2 == 0 else "assistant", text, Route.LOCAL)
        for index, text in enumerate(turns)
    ]


@pytest.mark.parametrize(
    ("language", "history", "text"),
    [
        ("da", ("slå alarmen til", "Hvad er alarmkoden?"), "fire fire to syv"),
        (
            "nl",
            ("help me met het formulier", "Natuurlijk. Wat is je BSN?"),
            "1 2 3 4 5 6 7 8 2",
        ),
        (
            "cs",
            ("pomoz mi s formulářem", "Jistě. Jaké je tvoje rodné číslo?"),
            "850312 lomeno 1234",
        ),
        (
            "pt",
            ("liga a coluna ao wifi", "Claro, qual é a palavra-passe da rede?"),
            "gatobranco 55 tudo junto",
        ),
        (
            "en",
            ("where's mum", "Sarah is at Work.", "ok", "Anything else?"),
            "how long she been there",
        ),
        (
            "fr",
            ("où est papa", "Julien est dans la zone Travail."),
            "il y est depuis quand",
        ),
        # what the camera saw, asked after it
        (
            "da",
            (
                "hvad har garagekameraet optaget",
                "En varevogn holdt ved porten kl. 9.10.",
            ),
            "kan du se nummerpladen",
        ),
        (
            "nl",
            (
                "heeft de tuincamera iets gezien",
                "Om 22:15 liep er iemand door de tuin.",
            ),
            "hoe zag hij eruit",
        ),
        ("nb", ("hva tok kameraet på terrassen opp", "To bevegelser."), "hva skjedde"),
        # an id given earlier, asked for again: letter by letter, its digits
        (
            "es",
            ("mi DNI es 48273915C, guárdalo", "Guardado en el dispositivo."),
            "¿me lo repites?",
        ),
        (
            "sv",
            ("mitt personnummer är 831105-2388, spara det", "Sparat."),
            "vilka var de två sista siffrorna",
        ),
    ],
)
def test_a_private_follow_up_two_turns_on_or_an_answer_to_an_id_question_stays_home(
    language: str, history: tuple[str, ...], text: str
) -> None:
    decision = decide(text, language=language, history=_conversation(*history))
    assert decision.private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("cs", "a je tam už zuzka"),
        ("da", "er freja kommet frem derovre"),
        ("de", "Is für die Mia, die hat seit gestern abend brechdurchfall"),
        ("it", "il fisiatra dice che ho due ernie cervicali"),
        ("sv", "jag har ischias så den måste avlasta ländryggen"),
        ("en", "who's that guy standing by the bins"),
        ("da", "og fangede dørklokken ham budet fra før"),
        ("en", "Oh and the visa ending 4417 expires 09 28 note that somewhere"),
        ("nl", "wat is het ww van de gast-wifi"),
        ("fr", "est-ce que Mia est sortie ?"),
    ],
)
def test_conditions_the_doorbells_catch_and_arrivals_over_there_are_private(
    language: str, text: str
) -> None:
    home = HomeVocabulary.build(persons=["Zuzka", "Freja", "Mia"])
    assert decide(text, language=language, vocabulary=home).private


@pytest.mark.parametrize(
    "text",
    ["le nouvel iPhone est sorti ?", "le dernier tome est sorti quand ?"],
)
def test_a_release_that_came_out_is_no_one_going_out(text: str) -> None:
    assert not decide(text, language="fr").private


def test_a_camera_turn_then_a_new_topic_is_no_longer_the_cameras() -> None:
    history = _conversation("hva tok kameraet på terrassen opp", "To bevegelser.")
    assert not decide(
        "hvor mye koster strøm i dag", language="nb", history=history
    ).private


def test_dutch_dit_is_this_not_there() -> None:
    home = HomeVocabulary.build(persons=["Bram"])
    text = "welke musea zijn dit weekend open met dino's bram wil dinosaurussen zien"
    assert not decide(text, language="nl", vocabulary=home).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "daddys car is gone its not in the driveway anymore"),
        ("it", "la macchina di papà non c'è più"),
        ("cs", "tátovo auto je pryč"),
        ("en", "tell mom im at jakes tonight till like eleven"),
        ("it", "di alla mamma che stasera sto da giulia"),
        ("da", "har jeg taget mine hjertepiller i dag"),
        ("nl", "heb ik mijn plaspillen al gehad vandaag"),
        ("es", "el abuelo tiene la tensión en dieciséis ocho"),
        ("fr", "mémé a fait une chute hier elle a un bleu sur la hanche"),
        ("it", "mi sono tagliato il dito e sanguina"),
        ("da", "hvad er mormors kode til netbank"),
        ("it", "allora la carta è quattro due sette uno ehm zero zero nove otto"),
        ("en", "did oliver go out last night"),
    ],
)
def test_what_children_teens_and_grandparents_let_slip_stays_home(
    language: str, text: str
) -> None:
    home = HomeVocabulary.build(persons=["Oliver", "Giulia"])
    assert decide(text, language=language, vocabulary=home).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "pon a conguito a limpiar la cocina que se ha caído arroz"),
        ("de", "schließ das wasserventil im keller da tropft was"),
        ("en", "the phone is at 50 percent, im not worried"),
    ],
)
def test_spilled_rice_a_dripping_valve_and_a_battery_are_not_private(
    language: str, text: str
) -> None:
    assert not decide(text, language=language).private
