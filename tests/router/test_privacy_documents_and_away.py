"""Documents, spare keys and safes, the household away for days, and private details inside dictated notes.

Each class has near misses from the other side: the same words in general, in a story, or about opening hours.
"""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import Route, decide
from custom_components.llm_router.router.vocabulary import HomeVocabulary

HOUSEHOLD = HomeVocabulary.build(
    persons=[
        "Jakub",
        "Freya",
        "Daan",
        "Léa",
        "Tomek",
        "Tiago",
        "Elsa",
        "Ida",
        "Sofia",
        "Marco",
    ],
)

DOCUMENTS_AND_NUMBERS = [
    ("cs", "Kdy vyprší pas Jakubovi?"),
    ("da", "Hvornår udløber Freyas pas? Vi skal til USA i juli"),
    ("nl", "Wanneer verloopt het paspoort van Daan?"),
    ("fr", "Quand expire le passeport de Léa ? Je dois le renouveler"),
    ("pl", "Kiedy kończy się ważność paszportu Tomka?"),
    ("sv", "När går Elsas pass ut?"),
    ("de", "Wann läuft mein Reisepass ab und wie ist die Nummer?"),
    ("es", "¿Cuándo caduca mi pasaporte? El número empieza por PAF"),
    ("nb", "når utløper oppholdstillatelsen til nadia"),
    ("it", "il permesso di soggiorno di amir scade a marzo ricordamelo un mese prima"),
    ("pt", "o meu título de residência caduca quando preciso de marcar no sef"),
    ("cs", "vyplň tenhle formulář mým rodným číslem"),
    ("cs", "jaké je moje dič do daňového přiznání"),
    ("pl", "jaki jest mój nip do zeznania podatkowego"),
    ("fr", "remplis ce formulaire avec mon numéro de sécu"),
    ("sv", "vad är försäkringsnumret på hemförsäkringen hos folksam"),
    ("nb", "hva var pasientnummeret til pappa på ullevål"),
    ("es", "apunta el número de historia clínica de mi madre 00 45 78 12"),
    ("en", "whats the login for the router admin page"),
    (
        "it",
        "aggiungi alle note il token di home assistant per l'app inizia con eyJ0eXAi",
    ),
]


@pytest.mark.parametrize(("language", "text"), DOCUMENTS_AND_NUMBERS)
def test_a_household_members_documents_and_numbers_stay_home(
    language: str, text: str
) -> None:
    decision = decide(text, language=language, vocabulary=HOUSEHOLD)
    assert decision.private
    assert decision.route is Route.LOCAL


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("cs", "co znamenají čísla v rodném čísle"),
        (
            "fr",
            "comment est construit le numéro de sécu en france à quoi correspondent les chiffres",
        ),
        ("en", "i'll nip to the shop for milk"),
        ("sv", "hur lång tid tar det att få ett nytt pass"),
    ],
)
def test_how_an_id_is_built_and_look_alike_words_are_not_private(
    language: str, text: str
) -> None:
    assert not decide(text, language=language, vocabulary=HOUSEHOLD).private


SECURITY_OF_THE_HOUSE = [
    ("de", "wo liegt der ersatzschlüssel nochmal"),
    (
        "es",
        "dónde dejamos la llave de repuesto la de la maceta o la que tiene el vecino",
    ),
    (
        "it",
        "dove abbiamo messo le chiavi di scorta quelle che avevamo dato alla vicina",
    ),
    ("en", "the spare key is under the blue flower pot"),
    ("sv", "vad är koden till nyckelskåpet"),
    ("es", "la combinación de la caja fuerte es cuarenta y dos dieciocho siete"),
    ("de", "die tresorkombination ist links 24 rechts 9 links 61 merk dir das"),
    ("sv", "kassaskåpskoden är tjugosex fyrtiotvå sju"),
    ("nl", "de code van de kluis is vijftien tweeëntwintig acht"),
    ("sv", "ändra koden på garagelåset till 4882"),
    (
        "nl",
        "herinner me de schilder de code van de achterdeur te geven het is vier vier nul twee",
    ),
    (
        "de",
        "Zettel für den Hundesitter: Alarmanlage mit 7734 aus, Futter steht im Keller",
    ),
    (
        "it",
        "Nota per la babysitter: l'allarme si spegne con 6361, Sofia a letto alle nove.",
    ),
    ("pt", "Nota para a babysitter: o alarme desliga com 4680"),
]


@pytest.mark.parametrize(("language", "text"), SECURITY_OF_THE_HOUSE)
def test_spare_keys_safes_and_alarm_codes_stay_home(language: str, text: str) -> None:
    assert decide(text, language=language, vocabulary=HOUSEHOLD).private


def test_a_safe_code_cracked_in_a_story_may_leave_the_house() -> None:
    decision = decide(
        "erzähl ne kurze krimigeschichte wo ein kommissar einen tresorcode knacken muss",
        language="de",
    )
    assert not decision.private
    assert decision.route is Route.REASONING


AWAY_AND_BACK = [
    (
        "en",
        "while we're in lisbon till sunday keep the lights going so it looks like someone's home",
    ),
    (
        "es",
        "estamos en canarias hasta el 3 de agosto enciende las luces del salón por la noche",
    ),
    ("fr", "on est à biarritz jusqu'au 15 allume la lumière du salon le soir"),
    ("de", "Wir sind bis zum 20. auf Mallorca, lass abends die Rollläden runter"),
    ("nl", "we zitten tot de 12e in frankrijk laat de lampen aan en uit gaan"),
    ("pl", "jesteśmy w zakopanem do niedzieli włącz wieczorem światło w salonie"),
    ("it", "inserisci l'allarme che partiamo tutti per la sardegna fino al 25"),
    ("da", "slå alarmen til vi tager alle til skagen til søndag"),
    ("cs", "zapni alarm jedeme všichni na chalupu do krkonoš do neděle"),
    ("pt", "acende as luzes da sala à noite pra parecer que tem gente"),
    ("de", "is die alarmanlage an und is keiner mehr daheim"),
    ("pl", "czy alarm jest uzbrojony i czy nikogo już nie ma w domu"),
    ("nl", "en zet erbij dat het huis van 3 tot 17 juli leeg staat"),
    ("it", "scrivi a marco che torno alle otto"),
    ("es", "Nota para la canguro: volvemos sobre las doce"),
    ("cs", "připiš že babička přijede vlakem v jedenáct a zůstane u nás do úterý"),
    ("pl", "dopisz że babcia przyjeżdża pociągiem o 11 i śpi u nas do wtorku"),
    ("sv", "lägg till att mormor kommer med tåget kl 11 och stannar till tisdag"),
    ("en", "whos home right now and also stick milk on the list"),
]


@pytest.mark.parametrize(("language", "text"), AWAY_AND_BACK)
def test_the_household_away_for_days_or_back_at_an_hour_is_presence(
    language: str, text: str
) -> None:
    assert decide(text, language=language, vocabulary=HOUSEHOLD).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "we're open until 5 on sundays"),
        ("en", "we have to wait until monday for the plumber"),
        ("es", "vamos a ver hasta el domingo"),
        ("it", "siamo aperti fino a domenica"),
    ],
)
def test_opening_hours_and_waiting_until_a_day_are_not_presence(
    language: str, text: str
) -> None:
    assert not decide(text, language=language, vocabulary=HOUSEHOLD).private


INSIDE_DICTATED_NOTES = [
    (
        "es",
        "busca si el omeprazol que me recetaron se puede tomar junto con el ibuprofeno",
    ),
    (
        "fr",
        "cherche si on peut boire du vin avec le lévothyrox que le médecin m'a prescrit",
    ),
    (
        "it",
        "manda nel gruppo famiglia che papà è stato dimesso e arriva a casa verso le cinque",
    ),
    ("da", "hvad opfangede mikrofonen på dørtelefonen da nogen ringede på"),
    ("es", "resume lo que captó el micro del portero automático cuando llamaron"),
    ("pt", "junta um resumo do que o intercomunicador gravou quando o estafeta tocou"),
]


@pytest.mark.parametrize(("language", "text"), INSIDE_DICTATED_NOTES)
def test_prescriptions_discharges_and_what_the_intercom_heard_stay_home(
    language: str, text: str
) -> None:
    assert decide(text, language=language, vocabulary=HOUSEHOLD).private


def test_an_automatic_door_phone_is_not_writing_an_automation() -> None:
    assert decide(
        "resume lo que captó el micro del portero automático", language="es"
    ).private
    assert not decide(
        "escribe una automatización que apague la cámara cuando llegue a casa",
        language="es",
    ).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "What height should you mount a security camera at?"),
        ("de", "in welcher höhe montiert man am besten eine überwachungskamera"),
        ("sv", "hur högt ska man sätta upp en övervakningskamera"),
        ("fr", "comment se transmet la varicelle"),
        ("da", "hvordan smitter skoldkopper"),
        ("en", "how does measles actually spread like through the air"),
        (
            "de",
            "auf dem plakat steht die iban von der welthungerhilfe ist das spendenkonto echt",
        ),
        (
            "it",
            "sul manifesto dell'unicef c'è un iban per le donazioni è quello giusto",
        ),
        ("pl", "podobno doda jest w ciąży to prawda"),
        ("pl", "w escape roomie kod to liczba nóg pająka razy liczba dni w tygodniu"),
    ],
)
def test_mounting_cameras_how_illness_spreads_posters_and_rumours_are_not_private(
    language: str, text: str
) -> None:
    assert not decide(text, language=language, vocabulary=HOUSEHOLD).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "how does my son's chickenpox spread to his sister"),
        ("en", "is it true that Ida is pregnant"),
        ("en", "the account for the donation is my own: 1234 5678 90"),
        ("de", "was hat die kamera gesehen die ich gestern montiert habe"),
    ],
)
def test_the_same_topics_about_the_household_stay_private(
    language: str, text: str
) -> None:
    assert decide(text, language=language, vocabulary=HOUSEHOLD).private


NAMED_LIKE_WORDS = HomeVocabulary.build(
    persons=["Sol", "Luna"], areas=["Kinderzimmer", "kuchyně", "kök"]
)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "spiel mal wer hat an der uhr gedreht im kinderzimmer"),
        ("cs", "pusť kdo vchází do tvých snů má lásko do kuchyně"),
        ("sv", "spela vem kan segla förutan vind i köket"),
        ("fr", "joue la playlist de luna dans sa chambre"),
        ("es", "a qué hora sale el sol mañana"),
    ],
)
def test_titles_to_play_a_room_to_play_in_and_the_sun_are_not_presence(
    language: str, text: str
) -> None:
    assert not decide(text, language=language, vocabulary=NAMED_LIKE_WORDS).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "spiel jazz und sag mir wer im kinderzimmer ist"),
        ("it", "luna è ancora dalla nonna"),
        ("es", "a qué hora sale sol del trabajo"),
        ("fr", "joue la playlist de luna, elle est partie dans sa chambre"),
    ],
)
def test_who_is_there_and_a_member_at_a_relatives_stay_private(
    language: str, text: str
) -> None:
    assert decide(text, language=language, vocabulary=NAMED_LIKE_WORDS).private


def test_swedish_games_are_not_a_czech_doctor() -> None:
    assert not decide(
        "planera en midsommarfest för femton personer med mat och lekar", language="sv"
    ).private
    assert decide("lékař mi předepsal nové léky na tlak", language="cs").private
