"""Guests and carers coming and going, an elderly parent's care, children's pickups, work from home and paperwork.

The near misses: a menu for guests, a computer's memory, a login page, a fall sensor's battery as a product, a
business trip being planned.
"""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import Route, decide
from custom_components.llm_router.router.vocabulary import HomeVocabulary

HOUSEHOLD = HomeVocabulary.build(persons=["Tom", "Hugo", "Kuba", "Vojta", "Lukas"])

GUESTS_AND_CARERS = [
    ("en", "did the airbnb guests check out of the garden flat yet"),
    ("en", "is the nanny still here"),
    ("it", "a che ora hanno fatto il check out gli ospiti della mansarda"),
    ("pt", "os hóspedes já foram embora?"),
    ("sv", "har gästerna checkat ut från stugan eller är de kvar"),
    ("de", "wann sind die handwerker heute morgen rein"),
    ("es", "a qué hora se fue la de la limpieza esta mañana"),
    ("es", "ya se fue el canguro o sigue en casa"),
    ("cs", "jsou tchánovci ještě doma"),
    ("de", "sind die schwiegereltern schon weg"),
    ("pt", "a enfermeira já saiu de casa da minha mãe"),
    ("nl", "is de thuiszorg al geweest vanochtend bij oma"),
    ("en", "who's sleeping in the guest room on saturday"),
    ("cs", "kdo spí dnes v pokoji pro hosty"),
    ("it", "quale dei ragazzi è da un amico stasera"),
    ("nl", "welk kind zit nu bij een vriendje"),
    ("fr", "les Martin ramènent Hugo à quelle heure"),
    ("pl", "o której sąsiedzi odwiozą Kubę"),
    ("cs", "v kolik přivezou Vojtu z tréninku"),
    ("de", "sag mir bescheid wenn lukas heimkommt"),
    ("cs", "je děda ještě v denním stacionáři"),
    ("fr", "Les vacanciers du gîte sont partis quand exactement ?"),
    ("pl", "Kiedy dokładnie wymeldowali się goście z airbnb na poddaszu?"),
    ("da", "Hvornår tjekkede airbnb-gæsterne på loftet ud?"),
    ("pl", "Ile ml Nurofenu dała niania Kubie po południu?"),
    (
        "sv",
        "morfar har pacemaker och sover i gästrummet, kan robotdammsugaren köra där i natt",
    ),
]


CARE_AND_PAPERWORK = [
    ("es", "cuánto le dio la tensión al abuelo esta mañana"),
    ("it", "quanto aveva di pressione la nonna ieri sera"),
    ("nl", "hoe hoog was de suiker van oma na het eten"),
    ("fr", "je trouve que sa mémoire baisse depuis l'été"),
    ("nb", "det går nedover med hukommelsen til mormor"),
    ("pt", "a memória dela está piorando muito"),
    ("de", "hat oma heute schon die pillenbox aufgemacht"),
    ("en", "did grandpa press the emergency button last night"),
    ("nb", "bestemor trykket på alarmknappen i morges"),
    ("de", "hat der hausnotruf von opa heute nacht ausgelöst"),
    ("es", "estoy de baja hasta el viernes, escribe a mi jefe"),
    ("it", "mia madre ha la polmonite, scrivi alla scuola che il bambino resta a casa"),
    ("nl", "herinner me aan de methylfenidaat om twaalf uur"),
    ("pt", "cá entre nós, vou pedir a demissão amanhã"),
    (
        "de",
        "warum geht das nicht: curl -u admin:Winter2025! https://intranet.local/api",
    ),
    ("da", "hvorfor svarer den 401 på Authorization: Basic YWRtaW46aGVtbWVsaWc="),
    ("es", "guarda mi cl@ve pin para la renta"),
    ("en", "what's dad's bank login again"),
    ("de", "ich bin bis mittwoch den zwölften auf dienstreise in hamburg"),
    ("en", "im on a work trip until the 9th"),
    ("en", "add that nobody's at the house until sunday"),
    ("nl", "wat zei de bezorger door de intercom"),
    ("cs", "přečti mi kód ke schránce na klíče"),
    ("es", "dile que la llave de repuesto está dentro de la maceta"),
    ("pl", "jaki jest szyfr do sejfu"),
    ("it", "segna il numero della pratica per l'intervento al ginocchio di mio padre"),
    (
        "da",
        "hjælp mig at skrive til læreren at ordblindetesten viste at hun er ordblind",
    ),
]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "plan a three course menu for eight guests coming on saturday"),
        ("en", "the raspberry pi's memory usage is getting worse every day"),
        ("en", "the login page of the router is blank"),
        ("en", "which fall detectors work with zigbee and cost under 50 euros"),
        ("de", "plane mir eine dienstreise nach hamburg mit zug und hotel"),
        ("es", "qué significa la tensión de red en un inversor"),
        ("it", "com'è andata la partita di ieri sera"),
        ("nl", "hoe laat is het in tokio"),
    ],
)
def test_guests_memory_logins_and_trips_in_general_are_not_private(
    language: str, text: str
) -> None:
    assert not decide(text, language=language, vocabulary=HOUSEHOLD).private


LONG_REQUESTS = [
    (
        "de",
        "formuliere einen Aushang: wir suchen jemanden für die Blumen, weil wir vom 3. bis 20. Mai weg sind",
    ),
    ("en", "write a note for the neighbours that the house is empty over easter"),
    (
        "en",
        "summarise this for the family chat: tom is staying at his friend's tonight",
    ),
    ("it", "ricordami che matteo va da sua nonna dopo la scuola"),
    (
        "es",
        "escribe a la profesora que a mi hija le han detectado un soplo en el corazón",
    ),
    (
        "fr",
        "un programme de marche, je suis sous bêtabloquants depuis mon infarctus",
    ),
    ("pl", "plan posiłków, biorę acenokumarol po wymianie zastawki"),
]


@pytest.mark.parametrize(
    ("language", "text"), GUESTS_AND_CARERS + CARE_AND_PAPERWORK + LONG_REQUESTS
)
def test_guests_care_work_paperwork_and_long_requests_stay_home(
    language: str, text: str
) -> None:
    decision = decide(text, language=language, vocabulary=HOUSEHOLD)
    assert decision.private
    assert decision.route is Route.LOCAL
