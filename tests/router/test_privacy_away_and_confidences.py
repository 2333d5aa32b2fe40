"""Asked from away through the phone app, and confidences: who came in, the cleaner gone, landing, still at work.

The near misses: who opened a gift, what a doorbell costs, a password manager or a vaccine explained in general.
"""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import HistoryTurn, Route, decide
from custom_components.llm_router.router.vocabulary import HomeVocabulary

HOUSEHOLD = HomeVocabulary.build(persons=["Paul", "Julia", "Sofia", "Kasia"])

FROM_AWAY = [
    ("en", "who just came in the front door"),
    ("de", "wer ist eben zur haustür reingekommen"),
    ("nb", "hvem låste opp ytterdøra klokka tre"),
    ("pt", "quem abriu a porta da garagem agora há pouco"),
    ("de", "ist die putzfrau noch da oder schon weg"),
    ("pl", "czy dog sitterka już poszła i zamknęła drzwi na klucz"),
    ("pt", "o passeador do cachorro já foi embora e trancou a porta"),
    ("da", "jeg lander om en time tænd for varmen i stuen"),
    ("es", "aterrizo en una hora pon el aire del salón a 24"),
    ("it", "sono a malpensa e il volo è in ritardo"),
    ("en", "still at the office wont be back before nine"),
    ("de", "Bin noch im Büro, wird heute später, so gegen 20 Uhr."),
    ("sv", "Sitter på tåget från Göteborg, är framme halv nio."),
    ("de", "es hat geklingelt was zeigt die türklingel grad"),
    ("nl", "er werd aangebeld wat zie je op de deurbel"),
    ("da", "hvem har været ved hoveddøren i eftermiddag vis mig optagelsen"),
    ("de", "schick mir pauls standort der geht nicht ans handy"),
    ("pl", "czy babcia halina mierzyła dzisiaj cukier bo rano źle się czuła"),
    ("fr", "Ouvre la porte à Madame Girard, la voisine. Son code : 1945."),
]


@pytest.mark.parametrize(("language", "text"), FROM_AWAY)
def test_what_the_speaker_asks_or_says_from_away_stays_home(
    language: str, text: str
) -> None:
    decision = decide(text, language=language, vocabulary=HOUSEHOLD)
    assert decision.private
    assert decision.route is Route.LOCAL


CONFIDENCES = [
    ("de", "mein mann darf auf keinen fall erfahren was das geschenk gekostet hat"),
    ("cs", "manžel se nesmí dozvědět kolik stál ten dárek smaž to z nákupního seznamu"),
    ("da", "min kone må ikke finde ud af at jeg har købt billetter til paris"),
    ("es", "mi marido no puede enterarse de que he pedido un préstamo"),
    ("sv", "Säg inget till barnen, vi ska skaffa hund i sommar. Gör en lista."),
    ("it", "Acqua in bocca: stiamo organizzando la festa a sorpresa per Sofia"),
    ("nb", "at jeg er i behandling for rusavhengighet men det må ikke komme ut"),
    ("nl", "ik heb al een week hartkloppingen als ik ga liggen is dat erg"),
    ("pl", "od tygodnia mam krew w moczu czy to coś poważnego"),
    ("it", "Qual era il codice dell'home banking che ti ho dettato ieri?"),
    ("pl", "poszukaj w moich notatkach numeru dowodu kasi"),
]


@pytest.mark.parametrize(("language", "text"), CONFIDENCES)
def test_what_someone_must_not_find_out_and_what_is_confided_stays_home(
    language: str, text: str
) -> None:
    assert decide(text, language=language, vocabulary=HOUSEHOLD).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "who opened the gift"),
        ("en", "what does the doorbell cost"),
        ("en", "you can't know everything"),
        ("pl", "czy skoda ładuje się w garażu"),
        ("cs", "co znamená zkratka iban"),
        ("nl", "wat betekent bsn"),
        (
            "de",
            "kannst du mir erklären wie genau eine schilddrüsenunterfunktion entsteht so ganz allgemein",
        ),
        ("pt", "há novidades sobre o surto de sarampo em portugal"),
        (
            "fr",
            "c'est quoi la meilleure appli de gestion de mots de passe en 2025 selon les tests",
        ),
        (
            "nl",
            "vergelijk eufy en reolink camera's op privacy en lokale opslag zonder abonnement",
        ),
    ],
)
def test_doors_doorbells_words_and_topics_in_general_are_not_private(
    language: str, text: str
) -> None:
    assert not decide(text, language=language, vocabulary=HOUSEHOLD).private


SENSOR_HOME = HomeVocabulary.build(
    persons=["Mia", "Emma", "Pablo", "Adam", "Marco", "Ingrid"]
)

SENSORS_THAT_TELL = [
    ("de", "war heute nacht bewegung im schlafzimmer von mia"),
    ("en", "was there any motion in emmas bedroom after midnight"),
    ("es", "a qué hora se levantó pablo según el sensor de la cama"),
    ("en", "how much deep sleep did i get last night according to the sleep tracker"),
    ("da", "hvad vejer jeg i dag på withings vægten"),
    ("sv", "vad visade vågen för mig i morse jämfört med förra måndagen"),
    ("it", "Mi leggi la pressione di stamattina dello sfigmomanometro?"),
    ("cs", "jakou má adam teď glykémii na senzoru nemá hypo"),
    ("cs", "kdo ráno vypnul alarm"),
    ("da", "Hvem slog alarmen fra i nat klokken halv tre?"),
    ("de", "wer hat gestern abend die haustür aufgesperrt"),
    ("fr", "Qui a déverrouillé la serrure hier soir ?"),
    ("nl", "Laat het logboek van het Nuki slot zien van dit weekend"),
    ("es", "¿Quién salió por la puerta principal esta mañana y a qué hora?"),
    ("es", "el coche de pablo está en el garaje"),
    ("nb", "står bilen til ingrid i innkjørselen"),
    ("nl", "wat was de code van het cijferslot van de schuur ook alweer"),
    (
        "it",
        "il codice ospite che abbiamo messo nella serratura per la babysitter qual era",
    ),
    ("it", "alle due di notte si è aperta la porta del garage era marco che rientrava"),
    ("da", "vis mig klippet fra dørklokken fra i eftermiddags"),
]


@pytest.mark.parametrize(("language", "text"), SENSORS_THAT_TELL)
def test_what_the_homes_sensors_tell_about_someone_stays_home(
    language: str, text: str
) -> None:
    assert decide(text, language=language, vocabulary=SENSOR_HOME).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "who turned off the tv"),
        ("en", "who turned off the clock"),
        ("en", "what does the scale of the map mean"),
        ("en", "there is motion in the kitchen"),
    ],
)
def test_a_switched_tv_a_clock_a_map_and_motion_in_a_room_are_not_private(
    language: str, text: str
) -> None:
    assert not decide(text, language=language, vocabulary=SENSOR_HOME).private


def _after(user: str, reply: str, route: Route) -> list[HistoryTurn]:
    return [HistoryTurn("user", user, route), HistoryTurn("assistant", reply, route)]


@pytest.mark.parametrize(
    ("language", "user", "reply", "text"),
    [
        (
            "es",
            "léeme mis notas",
            "Tienes tres notas: DNI, compra y cumpleaños.",
            "la primera",
        ),
        (
            "nl",
            "was er vannacht beweging in de tuin",
            "Ja, de tuincamera zag beweging om 2:50.",
            "speel het filmpje af",
        ),
    ],
)
def test_a_short_follow_up_to_a_private_local_reply_stays_home(
    language: str, user: str, reply: str, text: str
) -> None:
    history = _after(user, reply, Route.LOCAL)
    assert decide(text, language=language, history=history).private


def test_a_follow_up_to_a_text_the_cloud_wrote_is_not_private_for_its_words() -> None:
    history = _after(
        "schreib ein gedicht für oma",
        "Liebe Oma, wenn du heimkommst, wartet dein Tee.",
        Route.REASONING,
    )
    assert not decide("mach es lustiger", language="de", history=history).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "a qué hora salió luzía esta mañana"),
        ("pl", "o której kaśka wyszła rano bo nie słyszałam"),
        ("cs", "v kolik odešla terka ráno do práce"),
        ("sv", "när drog elsa i morse"),
        ("sv", "vilka är hemma"),
        ("nb", "har jeg tatt albylen min i dag"),
        ("pl", "czy wziąłem już dzisiaj eutyroks"),
        (
            "en",
            "can you look up if it's normal to still be bleeding two weeks after the miscarriage",
        ),
    ],
)
def test_misheard_names_leaving_and_ones_own_pills_stay_private(
    language: str, text: str
) -> None:
    assert decide(text, language=language).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nb", "er robotstøvsugeren hjemme i ladestasjonen"),
        ("fr", "le robot aspirateur il est rentré à la base"),
        ("es", "qué diferencia hay entre la diabetes tipo uno y tipo dos"),
        ("es", "a qué hora salió el sol hoy"),
        ("en", "what time did the train leave"),
    ],
)
def test_a_robot_at_its_base_a_difference_and_the_sun_are_not_private(
    language: str, text: str
) -> None:
    assert not decide(text, language=language).private
