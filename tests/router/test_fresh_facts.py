"""Fixtures, opening hours, votes on laws and fuel prices without a news word are search; the home's are not."""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import HistoryTurn, Route, decide
from custom_components.llm_router.router.fresh_facts import fresh_fact
from custom_components.llm_router.router.vocabulary import HomeVocabulary

FIXTURES = [
    ("en", "who are liverpool playing tonight"),
    ("de", "gegen wen spielt der HSV am Wochenende"),
    ("fr", "contre qui joue l'OM ce soir"),
    ("es", "contra quién juega el betis esta noche"),
    ("it", "con chi gioca il napoli stasera"),
    ("nl", "tegen wie speelt feyenoord zondag"),
    ("pl", "z kim gra lech w ten weekend"),
    ("pt", "contra quem joga o sporting amanhã"),
    ("sv", "vem spelar malmö mot i kväll"),
    ("da", "spiller brøndby hjemme på søndag"),
    ("nb", "hvem møter rosenborg i helga"),
    ("cs", "proti komu hraje slavia v sobotu"),
]
OPENING_HOURS = [
    ("en", "is the chemist on station road open this evening"),
    ("de", "hat die Bäckerei am Markt heute noch auf"),
    ("fr", "la poste de la rue principale est ouverte samedi ?"),
    ("es", "¿está abierta la farmacia de la plaza a estas horas?"),
    ("it", "il supermercato in piazza è aperto oggi pomeriggio?"),
    ("nl", "is de bakker op de hoek nu nog open"),
    ("pl", "czy sklep na rogu jest jeszcze otwarty"),
    ("pt", "a padaria da rua de cima ainda está aberta?"),
    ("sv", "har biblioteket öppet i kväll"),
    ("da", "har bageren på hjørnet åbent nu"),
    ("nb", "er apoteket på senteret åpent i kveld"),
    ("cs", "je pošta u nádraží ještě otevřená"),
    ("da", "har Rema på Nørrebrogade åbent i dag"),
    ("sv", "har ICA på Kungsgatan öppet nu"),
    ("en", "is the recycling centre open on bank holidays"),
    ("de", "hat der Wertstoffhof samstags offen"),
    ("fr", "la déchetterie est-elle ouverte le lundi"),
    ("nl", "is de milieustraat zaterdag open"),
    ("da", "har genbrugspladsen åbent i morgen"),
    ("cs", "je sběrný dvůr otevřený v sobotu"),
]
VOTES = [
    ("en", "has the housing bill been passed by parliament yet"),
    ("de", "hat der Bundestag das Heizungsgesetz nun beschlossen"),
    ("fr", "la loi sur les retraites a-t-elle été adoptée"),
    ("es", "¿se aprobó ya la ley de vivienda en el congreso?"),
    ("it", "il parlamento ha votato la riforma delle pensioni?"),
    ("nl", "heeft de Eerste Kamer het wetsvoorstel verworpen"),
    ("pl", "czy sejm uchwalił już tę ustawę"),
    ("pt", "a assembleia aprovou a nova lei das rendas?"),
    ("sv", "har riksdagen röstat om den nya lagen"),
    ("da", "er lovforslaget om ferie blevet vedtaget"),
    ("nb", "har stortinget vedtatt den nye loven"),
    ("cs", "schválil senát ten nový zákon"),
]
SHOWING = [
    ("en", "is that new heist film on netflix in the uk at the moment"),
    ("de", "läuft der neue Bond noch irgendwo im Kino"),
    ("es", "¿dónde ver ahora la última temporada de esa serie de abogados?"),
    ("nl", "staat die documentaire over de Waddenzee nu op netflix"),
    ("sv", "går den nya Bamse-filmen fortfarande på bio"),
    ("cs", "běží ještě někde v kinech ten animák o medvědovi"),
]
SHOPPING = [
    ("en", "which robot mower is worth getting this year"),
    ("de", "welcher Staubsauger ist gerade im Angebot"),
    ("fr", "quel vélo électrique acheter en ce moment"),
    ("it", "c'è una friggitrice ad aria in offerta adesso"),
    ("pl", "który ekspres do kawy jest teraz w promocji"),
    ("da", "hvilken robotplæneklipper er bedst i test i år"),
    ("cs", "jaký vysavač se letos vyplatí koupit"),
]
PERFORMING_AND_RELEASES = [
    ("en", "are coldplay on tour this summer"),
    ("de", "gibt es diesen Monat ein Konzert von Seeed"),
    ("it", "dove fa concerti Vasco quest'estate"),
    ("pl", "kiedy są koncerty Sanah w tym roku"),
    ("cs", "kde má Kryštof koncert tento měsíc"),
    ("en", "which robot vacuums came out this year"),
    ("nl", "welke smartphones zijn deze week verschenen"),
    ("sv", "vilka elbilar har släppts i år"),
    ("da", "hvilke brætspil er udkommet denne måned"),
    ("fr", "où joue le PSG ce soir"),
]
TRAFFIC = [
    ("en", "any tailbacks on the m6 near birmingham right now"),
    ("de", "gibt es gerade Stau auf der A7 bei Hamburg"),
    ("fr", "y a-t-il des bouchons sur l'a6 vers lyon"),
    ("es", "hay atascos en la a-3 saliendo de madrid"),
    ("it", "c'è traffico sulla a1 verso bologna"),
    ("nl", "is er veel verkeer op de a12 richting arnhem"),
    ("pl", "jakie są utrudnienia na s8 koło warszawy"),
    ("pt", "como está o trânsito na a1 perto de coimbra"),
    ("sv", "är det mycket trafik på e6 söder om göteborg"),
    ("da", "er der kø på motorvejen ved vejle"),
    ("nb", "er det kø på e6 ved gardermoen nå"),
    ("cs", "jaký je provoz na d5 u plzně"),
]
RECALLS = [
    ("en", "have any baby foods been recalled this week"),
    ("de", "wurde diese Woche Spielzeug zurückgerufen"),
    ("fr", "y a-t-il un rappel conso sur des fromages cette semaine"),
    ("es", "han retirado algún juguete del mercado esta semana"),
    ("it", "è stato richiamato qualche prodotto alimentare questa settimana"),
    ("nl", "is er deze week speelgoed teruggeroepen"),
    ("pl", "czy wycofano jakieś zabawki ze sprzedaży w tym tygodniu"),
    ("pt", "foi recolhido algum lote de iogurtes esta semana"),
    ("sv", "har någon leksak återkallats i veckan"),
    ("da", "er der fødevarer der er blevet tilbagekaldt for nylig"),
    ("nb", "har noen matvarer blitt tilbakekalt denne uka"),
    ("cs", "stahuje se teď z prodeje nějaká dětská výživa"),
]
WEATHER_IN_A_TOWN = [
    ("cs", "jaké bude počasí v olomouci zítra"),
    ("pl", "jaka będzie pogoda w poznaniu jutro"),
    ("sv", "hur blir vädret i luleå på lördag"),
    ("da", "hvordan er vejret i odense lige nu"),
    ("nb", "blir det regn i bergen i morgen"),
    ("pt", "vai chover em braga amanhã"),
]
NEWS_PRICES_AND_RELEASE_DATES = [
    ("en", "what's the latest news about the rail strike"),
    ("de", "gibt es neue Nachrichten zum Hafenstreik"),
    ("sv", "vad säger de senaste nyheterna om valet"),
    ("pl", "jakie są najnowsze wiadomości o strajku"),
    ("en", "what does a heat pump cost at the moment"),
    ("it", "quanto costa adesso un robot tagliaerba"),
    ("de", "was kostet gerade eine Wallbox"),
    ("en", "when does the new zelda game come out"),
    ("de", "wann erscheint das neue Album von Kraftklub"),
    ("cs", "kdy vyjde nový díl zaklínače"),
    ("en", "were any flaws discovered in smart locks this week"),
    ("it", "ci sono aggiornamenti sullo sciopero dei treni"),
    ("da", "er der nye opdateringer om valget"),
    ("de", "wann kommt die nächste Staffel von Dark"),
    ("sv", "när kommer nya säsongen av den där deckarserien"),
    ("en", "which club does haaland play for now"),
    ("es", "en qué equipo juega ahora Modrić"),
    ("cs", "za jaký klub teď hraje Schick"),
]
FUEL = [
    ("en", "how much is petrol at the moment"),
    ("de", "was kostet Benzin heute an der Tanke"),
    ("fr", "l'essence est à combien aujourd'hui"),
    ("it", "a quanto sta il gasolio oggi"),
    ("pl", "po ile jest dziś benzyna"),
    ("sv", "vad kostar diesel just nu"),
    ("cs", "kolik dneska stojí benzín"),
]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (*item, "fresh_fact")
        for item in FIXTURES
        + OPENING_HOURS
        + VOTES
        + SHOWING
        + SHOPPING
        + PERFORMING_AND_RELEASES
        + TRAFFIC
        + RECALLS
        + WEATHER_IN_A_TOWN
        + NEWS_PRICES_AND_RELEASE_DATES
    ]
    + [(*item, "live_price") for item in FUEL],
)
def test_a_fresh_fact_of_the_world_is_search(
    language: str, text: str, source: str
) -> None:
    decision = decide(text, language=language)
    assert decision.route is Route.SEARCH
    assert decision.source == source


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "is the side garage door still open"),
        ("en", "open the bank app on the living room tv"),
        ("de", "ist das Fenster zur Straße noch offen"),
        ("es", "cierra la persiana de la calle"),
        ("en", "play some jazz in the kitchen tonight"),
        ("de", "spielt heute Abend Musik im Wohnzimmer"),
        ("sv", "spelar radion i köket idag"),
        ("en", "let's play a game tonight"),
        ("en", "how much diesel is left in the car right now"),
        ("pl", "ile benzyny zostało teraz w baku"),
        ("en", "split the bill with me tonight"),
        ("en", "put netflix on in the living room now"),
        ("en", "remind me to buy milk today"),
        ("de", "ich muss heute noch Brot kaufen, setz es auf die Einkaufsliste"),
        ("nl", "zet netflix nu aan op de tv"),
        ("it", "che umidità c'è in sala da pranzo adesso"),
        ("cs", "jaké bude počasí v sobotu"),
        ("sv", "blir det regn i morgon eftermiddag"),
        ("pl", "jaka będzie pogoda w nocy"),
        ("nb", "blir det snø i hagen i kveld"),
        ("cs", "nastav jas v pracovně na 40 procent"),
        ("en", "play the news in the kitchen"),
        ("en", "what does my heat pump cost to run right now"),
    ],
)
def test_the_homes_openings_music_and_tank_are_no_fresh_fact(
    language: str, text: str
) -> None:
    decision = decide(text, language=language)
    assert decision.route is not Route.SEARCH
    assert decision.source not in {"fresh_fact", "live_price"}


@pytest.mark.parametrize(
    "text",
    [
        "print the file on a4 paper",
        "do you recall what we said about the a4 prints this week",
        "when does the sun come out tomorrow",
        "cuándo sale el sol mañana",
        "quando esce la spazzatura questa settimana",
        "any news from my daughter's school this week",
        "was the formula we bought for our son recalled",
        "play the team playlist in the kitchen now",
    ],
)
def test_paper_sizes_memories_the_sun_and_our_own_news_are_no_fresh_fact(
    text: str,
) -> None:
    assert fresh_fact(text) is None


def test_a_door_the_home_names_is_local_even_said_like_opening_hours() -> None:
    home = HomeVocabulary.build(entities=[("Shop door", ())])
    decision = decide("is the shop door on the street still open", vocabulary=home)
    assert decision.route is Route.LOCAL


def test_opening_hours_with_a_health_detail_stay_private() -> None:
    decision = decide(
        "is the pharmacy on the high street still open, I need my insulin refilled"
    )
    assert decision.private
    assert decision.route is Route.LOCAL


def test_a_follow_up_to_a_vote_stays_search_when_read_with_its_question() -> None:
    """Alone the follow-up reads as a local question; read with the vote before it, it is still about the vote."""
    history = [
        HistoryTurn("user", "Har riksdagen röstat igenom budgeten?", Route.SEARCH),
        HistoryTurn("assistant", "Ja, i onsdags.", Route.SEARCH),
    ]
    decision = decide("och vad händer med skatten då", language="sv", history=history)
    assert decision.route is Route.SEARCH


def test_the_market_price_of_a_device_the_home_names_is_search() -> None:
    home = HomeVocabulary.build(entities=[("Video doorbell", ())])
    on_offer = decide(
        "is the video doorbell on offer anywhere at the moment", vocabulary=home
    )
    assert on_offer.route is Route.SEARCH
    assert decide("mute the video doorbell chime", vocabulary=home).route is Route.LOCAL


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a named shop's hours, without a shop word
        ("en", "what time does Tesco close tonight"),
        ("de", "wann schließt Rewe heute"),
        ("es", "a qué hora cierra Mercadona hoy"),
        ("nl", "hoe laat sluit de Jumbo vandaag"),
        ("da", "hvornår åbner Føtex i morgen"),
        ("pl", "do której otwarta jest Biedronka"),
        ("cs", "kdy zavírá Albert"),
        # the news this morning, in the news
        ("fr", "quelles sont les infos ce soir"),
        ("nl", "wat is er vanochtend in het nieuws"),
        ("nb", "hva skjer i nyhetene"),
        ("cs", "co je nového ve zprávách"),
        ("es", "alguna noticia sobre la huelga de metro"),
        # the cheapest thing now
        ("en", "which robot vacuum is cheapest right now"),
        ("de", "welcher Router ist gerade am billigsten"),
        ("sv", "vilken laddbox är billigast just nu"),
        ("pl", "gdzie teraz najtaniej kupię czajnik"),
        ("pt", "qual é a torradeira mais barata agora"),
        # the weather at a named place after "op" or "på"
        ("nl", "wordt het mooi weer op Ameland morgen"),
        ("nb", "hvordan blir været på Hovden i helgen"),
        ("sv", "blir det fint väder på Öland i helgen"),
        # a result
        ("en", "how did arsenal do last night"),
        ("de", "wie hat Bayern am Samstag gespielt"),
        ("es", "cómo jugó el betis ayer"),
        ("it", "come ha giocato la roma ieri"),
        ("nl", "hoe speelde ajax zondag"),
        ("pl", "jak zagrał lech w niedzielę"),
        ("pt", "como jogou o porto ontem"),
        ("sv", "hur spelade malmö i lördags"),
        ("da", "hvordan spillede brøndby i går"),
        ("nb", "hvordan spilte molde i går"),
        ("cs", "jak hrála sparta v sobotu"),
    ],
)
def test_hours_news_bargains_weather_away_and_results_are_fresh_facts(
    language: str, text: str
) -> None:
    decision = decide(text, language=language)
    assert decision.route is Route.SEARCH
    assert decision.source == "fresh_fact"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nb", "blir det snø her i kveld? da må jeg sette på motorvarmeren"),
        ("nl", "wordt het mooi weer op het terras vanmiddag"),
        ("en", "what time do the Hue lights shut off today"),
        ("de", "wann schließt das Garagentor heute"),
        ("en", "how did the kids play yesterday"),
        ("de", "wie haben meine Jungs gestern gespielt"),
    ],
)
def test_the_homes_weather_lights_doors_and_children_are_no_fresh_fact(
    language: str, text: str
) -> None:
    assert fresh_fact(text) is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "what is the prime minister doing today"),
        ("de", "wo ist der Bundeskanzler gerade"),
        ("es", "dónde está el rey esta semana"),
        ("nl", "wat doet de koning vandaag"),
        ("sv", "vad gör statsministern i veckan"),
        ("nb", "hvor er kongen i dag"),
        ("cs", "kde je teď prezident"),
    ],
)
def test_what_an_office_holder_does_now_is_a_fresh_fact(
    language: str, text: str
) -> None:
    assert fresh_fact(text) == "what an office holder does now"


@pytest.mark.parametrize(
    "text",
    [
        "play the queen song in the kitchen now",
        "what did my president of the book club say today",
        "how do you become prime minister",
    ],
)
def test_music_our_own_clubs_and_how_offices_work_are_no_office_holder_now(
    text: str,
) -> None:
    assert fresh_fact(text) != "what an office holder does now"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "when will the ups parcel arrive"),
        ("de", "wann kommt mein Paket von Hermes"),
        ("fr", "où en est ma commande chronopost"),
        ("sv", "var är mitt paket med sporingsnummer 12345678901"),
        ("cs", "kde je moje zásilka z PPL"),
        ("en", "is BA 117 to new york delayed"),
        ("de", "ist der ICE 578 nach Berlin pünktlich"),
        ("pt", "o voo FR 8340 já aterrou"),
        ("fr", "quelle météo demain à 69002 lyon"),
        ("pt", "como está o tempo hoje em braga"),
        ("fr", "c'est combien en ce moment un aspirateur robot"),
        ("en", "is our flight to Lisbon on time"),
        ("fr", "mon vol pour Nice est-il annulé"),
        ("nb", "er flyet til Tromsø forsinket"),
        ("de", "brauche ich für Kanada ein Visum"),
        ("pt", "preciso de visto para ir aos Estados Unidos"),
        ("nl", "heb je een visum nodig voor Vietnam"),
        ("sv", "är det vägarbete på E4 den här veckan"),
        ("pt", "há obras na avenida da liberdade hoje"),
        ("da", "hvad har Aarhus Kommune besluttet om parkering"),
        ("pt", "o que decidiu a câmara de Lisboa sobre as trotinetes"),
        # this year's allowances and deadlines
        ("en", "how much can you pay into a pension this tax year"),
        ("sv", "hur mycket kan man sätta in på ett ISK i år"),
        ("es", "hasta cuándo se puede hacer la declaración este año"),
        ("cs", "kolik je letos limit na příspěvek zaměstnavatele"),
    ],
)
def test_parcels_flights_entry_rules_postcode_towns_and_prices_now_are_fresh_facts(
    language: str, text: str
) -> None:
    decision = decide(text, language=language)
    assert decision.route is Route.SEARCH
    assert decision.source == "fresh_fact"


@pytest.mark.parametrize(
    "text",
    [
        "the amazon order arrived, it's by the door",
        "set a timer for 20 minutes, the pizza is late",
        "is there a package at the front door",
        "what was the weather like at 3 degrees this morning",
        "how much can we still spend this year in our budget",
        "kolik je letos Haně let",
    ],
)
def test_a_parcel_at_the_door_a_late_pizza_and_degrees_are_no_fresh_fact(
    text: str,
) -> None:
    assert fresh_fact(text) is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "hoe laat speelt psv vanavond, daan wil kijken"),
        ("de", "welche Kinofilme laufen am Wochenende, Mia will ins Kino"),
        ("fr", "qu'est-ce qui passe au cinéma cette semaine pour Hugo"),
    ],
)
def test_a_person_of_the_house_beside_a_fresh_fact_leaves_it_to_search(
    language: str, text: str
) -> None:
    home = HomeVocabulary.build(persons=["Daan", "Mia", "Hugo"])
    decision = decide(text, language=language, vocabulary=home)
    assert decision.route is Route.SEARCH
    assert decision.source == "fresh_fact"


def test_a_person_of_the_house_without_a_fresh_fact_stays_home() -> None:
    home = HomeVocabulary.build(persons=["Daan"])
    decision = decide("wat eet daan graag als ontbijt", language="nl", vocabulary=home)
    assert decision.route is Route.LOCAL


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "what are the latest heat pump grants"),
        ("de", "welche aktuellen Förderungen gibt es für Wärmepumpen"),
        ("fr", "quelles sont les offres internet actuelles"),
        ("es", "cuáles son las ayudas actuales para placas solares"),
        ("pl", "jakie są aktualne oferty na internet światłowodowy"),
        ("sv", "vilka är de senaste recensionerna av den nya Volvon"),
        ("en", "how did chelsea do in their last match"),
        ("fr", "le score de lyon hier soir"),
        ("pl", "jak zagrał lech w ostatnim meczu"),
        ("nb", "blir det sol i bodø i morgen"),
    ],
)
def test_the_current_offers_grants_and_reviews_a_last_match_and_sun_away_are_fresh(
    language: str, text: str
) -> None:
    decision = decide(text, language=language)
    assert decision.route is Route.SEARCH
    assert decision.source == "fresh_fact"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "nl",
            "als ik elke maand 150 euro spaar tegen 2 procent rente hoeveel heb ik na 5 jaar",
        ),
        (
            "cs",
            "jedeme 320 km spotřeba 6,5 litru na sto benzín stojí 38 korun kolik to stojí",
        ),
    ],
)
def test_a_sum_with_its_own_figures_is_no_live_price(language: str, text: str) -> None:
    assert decide(text, language=language).source != "live_price"


def test_the_homes_snow_tomorrow_is_no_other_town() -> None:
    assert fresh_fact("blir det snø i morra her hjemme") is None


@pytest.mark.parametrize(
    "text",
    [
        "what's the current temperature in the nursery",
        "play the latest album in the kitchen",
        "aktuelle Luftfeuchtigkeit im Bad",
    ],
)
def test_the_homes_current_readings_and_music_are_no_current_offers(text: str) -> None:
    assert fresh_fact(text) is None


@pytest.mark.parametrize(
    ("language", "text", "fact"),
    [
        # a flight number as speech to text writes it: lower case
        ("en", "is ua 901 to frankfurt delayed", "whether a flight or a train is late"),
        (
            "de",
            "ist lh 1234 nach münchen verspätet",
            "whether a flight or a train is late",
        ),
        ("it", "il volo az 610 è in ritardo", "whether a flight or a train is late"),
        ("pl", "czy lo 281 jest opóźniony", "whether a flight or a train is late"),
        ("da", "er sk 2871 landet", "whether a flight or a train is late"),
        # how a match ended, with no day said
        ("sv", "hur slutade matchen mellan aik och hammarby", "how a match ended"),
        ("es", "cómo quedó el partido del sevilla", "how a match ended"),
        ("cs", "jak dopadl zápas sparty", "how a match ended"),
        # a result last night
        ("da", "hvordan spillede brøndby i aftes", "a result"),
        # how an office holder is
        ("de", "wie geht es dem Papst", "how an office holder is"),
        ("fr", "des nouvelles de la santé du roi", "how an office holder is"),
        ("pt", "como está a saúde do papa", "how an office holder is"),
        (
            "nb",
            "hvordan har kongen det etter sykehusoppholdet",
            "how an office holder is",
        ),
        # looking up reviews or tests
        ("de", "such mir Testberichte zu Akku-Rasenmähern", "reviews or tests"),
        ("it", "cerca recensioni della friggitrice ad aria ninja", "reviews or tests"),
        ("sv", "kolla recensioner av robotgräsklippare", "reviews or tests"),
        # how a club did yesterday, in the Nordic way of asking
        ("sv", "hur gick hammarby igår kväll", "a result"),
        ("nb", "hvordan gikk det med brann i går", "a result"),
        ("da", "hvordan gik agf i aftes", "a result"),
        # what an authority says this season, what a minister announced
        (
            "de",
            "was sagt das RKI zur Grippeimpfung diesen Winter",
            "what an authority says",
        ),
        ("es", "qué dice la DGT sobre las multas este año", "what an authority says"),
        ("cs", "co říká vláda o důchodech letos", "what an authority says"),
        ("it", "cosa ha annunciato il governo sulle pensioni", "the news"),
        ("nl", "wat heeft het kabinet aangekondigd over de huurprijzen", "the news"),
        # a ship, a train or the space station now, a named train late
        ("da", "hvor er færgen til bornholm lige nu", "where a ship or a train is now"),
        (
            "en",
            "where is the space station right now",
            "where a ship or a train is now",
        ),
        (
            "de",
            "ist der ICE nach Berlin verspätet",
            "whether a flight or a train is late",
        ),
        (
            "pt",
            "o comboio para coimbra está atrasado",
            "whether a flight or a train is late",
        ),
        # whether an account or a number read somewhere is the official one
        (
            "de",
            "auf dem Flyer steht eine Spendennummer, prüf mal ob die echt ist",
            "whether it is the official one",
        ),
        (
            "sv",
            "kolla om numret på affischen är det officiella",
            "whether it is the official one",
        ),
        # a club's win asked verb first, public transport, strikes, polls, traffic now
        ("sv", "vann malmö igår", "a result"),
        ("da", "tabte fck i weekenden", "a result"),
        ("de", "fahren die S-Bahnen heute normal", "public transport today"),
        ("nl", "rijdt de metro vandaag gewoon", "public transport today"),
        ("fr", "y a-t-il une grève des trains demain", "a strike"),
        ("it", "c'è sciopero dei treni domani", "a strike"),
        ("es", "quién lidera las encuestas para las elecciones", "who leads the polls"),
        ("de", "gibt es gerade Stau auf der Autobahn", "traffic on a road"),
        ("pl", "czy są teraz korki w centrum", "traffic now"),
        ("fr", "quelles sont les infos du jour", "the news"),
        # what is best or recommended this year or by the latest tests
        (
            "de",
            "welcher Passwortmanager wird 2025 empfohlen",
            "what is recommended now",
        ),
        (
            "sv",
            "vilken robotdammsugare är bäst enligt testerna",
            "what is recommended now",
        ),
        # who leads a league, the next train or concert, a pharmacy on duty
        ("de", "wer führt gerade die Bundesliga an", "who leads a league"),
        ("it", "chi è in testa alla classifica di serie a", "who leads a league"),
        ("en", "when is the next train to leeds", "the next train or concert"),
        (
            "fr",
            "quand est-ce qu'il passe le prochain tram",
            "the next train or concert",
        ),
        ("sv", "när är nästa konsert med veronica maggio", "the next train or concert"),
        ("de", "welche Apotheke hat heute Notdienst", "a pharmacy on duty"),
        ("es", "dónde está la farmacia de guardia más cercana", "a pharmacy on duty"),
        # news of a data breach, a strike or an earthquake lately
        ("en", "was there a big data breach at a bank recently", "the news"),
        ("de", "gab es diese Woche einen Streik bei der Bahn", "the news"),
        ("es", "ha habido algún terremoto en chile esta semana", "the news"),
        ("sv", "har det varit något dataintrång hos vården nyligen", "the news"),
    ],
)
def test_flights_results_office_holders_reviews_and_events_are_fresh_facts(
    language: str, text: str, fact: str
) -> None:
    assert fresh_fact(text) == fact
    assert decide(text, language=language).route is Route.SEARCH


@pytest.mark.parametrize(
    "text",
    [
        "wake me at 0630 tomorrow",
        "is dinner at 1900 ready",
        "how did the movie end",
        "how did the kids' match end",
        "how is the queen of hearts drawn in the book",
        "did the leak sensor in the basement detect water recently",
        "find my tests folder",
        "vann mormor på bingo igår",
        "who is first on the shopping list",
        "what is the next item on my list",
        "skip to the next track",
        "what's the best way to remember passwords",
        "porovnej kotel na pelety a tepelné čerpadlo, cena a provoz",
        "how many pins is a strike in bowling",
        "where is my train ticket",
        "is my train late, i wrote it in the calendar",
        "hur gick det för dig i skolan igår",
        "hvordan gik det med mormor i går",
        "what did mum say about the holiday this summer",
        "now play the latest news on the kitchen speaker",
        "modo cinema liga a netflix na sala",
    ],
)
def test_times_films_our_kids_a_water_leak_and_commands_are_no_fresh_fact(
    text: str,
) -> None:
    assert fresh_fact(text) is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "is de vaatwasser vol en op tijd klaar"),
        ("it", "ho bisogno di sapere se hai visto le chiavi"),
        ("en", "my visa card needs a new pin"),
        ("nb", "skriv en klage til flyselskapet: flyet ble fire timer forsinket"),
    ],
)
def test_a_full_dishwasher_a_seen_key_a_card_and_a_complaint_are_no_fresh_fact(
    language: str, text: str
) -> None:
    assert decide(text, language=language).source != "fresh_fact"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Wat zijn de openingstijden van de Albert Heijn op tweede paasdag?"),
        ("fr", "Quels sont les horaires du Carrefour le 31 décembre ?"),
    ],
)
def test_a_named_shops_opening_hours_are_searched(language: str, text: str) -> None:
    assert decide(text, language=language).route is Route.SEARCH


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "what time does lidl close on boxing day"),
        ("de", "hat der rewe an heiligabend offen"),
        ("nb", "er rema åpen på julaften"),
        ("cs", "má lidl otevřeno na štědrý den"),
        ("pl", "czy biedronka jest otwarta w wigilię"),
    ],
)
def test_a_shops_hours_on_a_holiday_are_searched_said_in_lower_case(
    language: str, text: str
) -> None:
    decision = decide(text, language=language)
    assert (decision.route, decision.reason) == (Route.SEARCH, "search: opening hours")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "when do the christmas lights turn on"),
        ("de", "wann geht die weihnachtsbeleuchtung an"),
        ("en", "is the garage door open on christmas eve"),
    ],
)
def test_the_homes_own_christmas_lights_and_doors_are_no_shops_hours(
    language: str, text: str
) -> None:
    assert decide(text, language=language).route is Route.LOCAL


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "cambia el horario de la calefacción"),
        ("it", "imposta l'orario della lavatrice alle sei"),
    ],
)
def test_a_devices_schedule_is_no_shops_hours(language: str, text: str) -> None:
    assert decide(text, language=language).route is Route.LOCAL


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("sv", "googla vilka som är med i the Christmas show på Liseberg i år"),
        ("nl", "zoek even op wat de regels zijn voor geluidsoverlast na elf uur"),
        ("pt", "procura no X o que a malta anda a dizer sobre o blackout de hoje"),
        ("en", "look up when the next eclipse is"),
        ("sv", "slå upp vad klockan är i tokyo"),
    ],
)
def test_asking_to_look_something_up_is_search(language: str, text: str) -> None:
    decision = decide(text, language=language)
    assert decision.route is Route.SEARCH
    assert decision.source == "override"


def test_looking_up_ones_own_appointment_stays_home() -> None:
    decision = decide("look up when my next dentist appointment is", language="en")
    assert decision.private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Cherche-moi une bonne caméra babyphone avec vision nocturne à moins de 100 €",
        ),
        ("nb", "Søk etter en god babycall med kamera og app, helst under 1500 kr"),
        (
            "de",
            "such mal die besten deals für noise cancelling kopfhörer, ist ja black friday week",
        ),
        ("cs", "Které kamery na dveře se zvonkem jsou teď nejlevnější na Alze?"),
    ],
)
def test_a_product_within_a_budget_or_on_a_sales_day_is_searched(
    language: str, text: str
) -> None:
    decision = decide(text, language=language)
    assert decision.route is Route.SEARCH
    assert not decision.private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "such die datei unter 100 kb"),
        ("en", "find me a recipe with chicken under 30 minutes"),
    ],
)
def test_a_limit_that_is_no_price_is_no_shopping(language: str, text: str) -> None:
    assert decide(text, language=language).route is Route.LOCAL


def test_the_homes_camera_asked_with_a_purchase_stays_private() -> None:
    text = "what did the camera record, i want to buy a new one under 100 euros"
    assert decide(text, language="en").private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("da", "er der nedbrud hos yousee i århus"),
        ("nb", "er det brudd hos telenor nå"),
        ("de", "gibt es gerade eine Störung bei der Telekom"),
        ("en", "is there an outage at BT in my area"),
    ],
)
def test_an_outage_at_a_provider_is_searched(language: str, text: str) -> None:
    assert decide(text, language=language).route is Route.SEARCH


def test_an_outage_at_the_provider_beside_the_homes_router_is_searched() -> None:
    home = HomeVocabulary.build(entities=[("internet", ())])
    text = "¿Hay alguna avería de Movistar en Valencia ahora mismo? No tenemos internet"
    assert decide(text, language="es", vocabulary=home).route is Route.SEARCH


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "la lavadora tiene una avería de la bomba"),
        ("fr", "il y a une panne de chauffage"),
        ("de", "gibt es bei uns eine störung"),
    ],
)
def test_a_fault_at_home_is_no_providers_outage(language: str, text: str) -> None:
    assert decide(text, language=language).route is not Route.SEARCH


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nb", "hva er det på nrk i kveld etter dagsrevyen"),
        ("sv", "vad blir det på svt i kväll efter rapport"),
        ("cs", "co dávají dneska odpoledne na déčku"),
        ("en", "what's on bbc one tonight"),
    ],
)
def test_what_is_on_television_is_searched(language: str, text: str) -> None:
    assert decide(text, language=language).route is Route.SEARCH


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "a qué hora echan el telediario"),
        ("de", "was kommt heute nach der tagesschau"),
    ],
)
def test_when_the_news_programme_is_on_is_searched(language: str, text: str) -> None:
    decision = decide(text, language=language)
    assert (decision.route, decision.reason) == (
        Route.SEARCH,
        "search: what is on television",
    )


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "what were the winning lottery numbers last night"),
        ("de", "wie lauten die lottozahlen vom samstag"),
        ("fr", "quels sont les résultats du loto d'hier soir"),
        ("es", "cuáles son los números de la primitiva de hoy"),
        ("it", "quali sono i numeri del superenalotto di ieri"),
        ("nl", "wat zijn de lottouitslagen van zaterdag"),
        ("sv", "vilka blev lottoraden i lördags"),
        ("da", "hvad blev lottotallene i lørdags"),
        ("cs", "jaká čísla padla ve sportce v neděli"),
    ],
)
def test_a_lottery_draw_is_searched(language: str, text: str) -> None:
    decision = decide(text, language=language)
    assert (decision.route, decision.reason) == (Route.SEARCH, "search: a lottery draw")


@pytest.mark.parametrize(
    ("language", "text", "route"),
    [
        ("en", "remind me to buy a lottery ticket", Route.LOCAL),
        ("de", "erinnere mich heute abend lotto zu spielen", Route.LOCAL),
        ("en", "write a short poem about winning the lottery", Route.REASONING),
    ],
)
def test_playing_the_lottery_or_a_poem_about_it_is_no_draw(
    language: str, text: str, route: Route
) -> None:
    assert decide(text, language=language).route is route


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Um wieviel Prozent steigt die Rente dieses Jahr im Juli?"),
        ("nl", "Gaat de AOW in januari omhoog? Met hoeveel?"),
        (
            "en",
            "Has HMRC changed the VAT registration threshold this year? What is it now?",
        ),
        ("da", "har skat ændret momsfristerne i år"),
        ("cs", "změnilo se něco s paušální daní pro letošek"),
    ],
)
def test_a_pension_or_tax_rule_that_changed_is_searched(
    language: str, text: str
) -> None:
    assert decide(text, language=language).route is Route.SEARCH


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "gaat het vanmiddag hier regenen? dan moeten de screens omhoog"),
        ("en", "turn on the tv in the living room"),
        ("it", "che c'è prima di cena"),
        ("en", "can you change the threshold of the motion sensor to 5 minutes"),
        ("en", "btw can you change the lights to blue"),
    ],
)
def test_the_homes_weather_and_the_tv_itself_stay_local(
    language: str, text: str
) -> None:
    assert decide(text, language=language).route is Route.LOCAL


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("sv", "blir det frost i östersund i helgen"),
        ("pt", "vai haver geada em bragança esta noite"),
        ("pl", "Będzie przymrozek w Zakopanem w ten weekend? Jedziemy z psem"),
        ("cs", "bude o víkendu mrznout v krkonoších"),
    ],
)
def test_frost_in_another_town_is_searched(language: str, text: str) -> None:
    decision = decide(text, language=language)
    assert (decision.route, decision.reason) == (
        Route.SEARCH,
        "search: the weather in another town",
    )


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "stanotte gela qui da noi? devo coprire i limoni"),
        ("da", "bliver det regn i nat"),
        ("cs", "přidej jahody mražený na nákupní seznam"),
        ("en", "is the freezer in the garage cold"),
    ],
)
def test_frost_here_tonight_and_frozen_food_stay_local(
    language: str, text: str
) -> None:
    assert decide(text, language=language).route is Route.LOCAL


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "is discord down right now"),
        ("nb", "er snapchat nede akkurat nå"),
        ("pl", "czy discord teraz nie działa"),
        ("de", "check mal ob das playstation network gerade down ist"),
    ],
)
def test_an_online_service_down_is_searched(language: str, text: str) -> None:
    decision = decide(text, language=language)
    assert (decision.route, decision.reason) == (
        Route.SEARCH,
        "search: an outage at a provider",
    )


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "can you turn spotify down a bit"),
        ("en", "youtube doesn't work on the tv"),
    ],
)
def test_a_services_sound_or_the_homes_tv_is_no_outage(
    language: str, text: str
) -> None:
    assert decide(text, language=language).route is not Route.SEARCH


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "c'est quand les résultats du bac cette année"),
        ("da", "hvornår kommer eksamensresultaterne fra gymnasiet i år"),
        ("nl", "wanneer beginnen de eindexamens havo dit jaar"),
        ("sv", "när kommer resultaten från högskoleprovet"),
    ],
)
def test_a_public_exams_results_or_dates_are_searched(language: str, text: str) -> None:
    decision = decide(text, language=language)
    assert (decision.route, decision.reason) == (
        Route.SEARCH,
        "search: a public exam's results or dates",
    )


def test_ones_own_exam_in_the_morning_is_no_public_exam() -> None:
    assert (
        decide(
            "my exam starts at nine tomorrow so set an alarm for seven", language="en"
        ).route
        is Route.LOCAL
    )


@pytest.mark.parametrize(
    ("language", "text", "fact"),
    [
        ("da", "er der strejke i lufthavnen i kastrup på fredag", "search: a strike"),
        ("fr", "y a une grève sncf de prévue jeudi", "search: a strike"),
        ("pl", "czy jest strajk na lotnisku", "search: a strike"),
        (
            "cs",
            "Má zpoždění let Smartwings do Splitu v 6:40?",
            "search: whether a flight or a train is late",
        ),
        (
            "pt",
            "O voo da TAP para Paris das 7h15 vai com atraso?",
            "search: whether a flight or a train is late",
        ),
    ],
)
def test_a_strike_at_the_airport_and_a_flight_named_by_its_time_are_searched(
    language: str, text: str, fact: str
) -> None:
    decision = decide(text, language=language)
    assert (decision.route, decision.reason) == (Route.SEARCH, fact)


def test_an_alarm_at_a_time_is_no_flight() -> None:
    assert decide("set an alarm at 6:40", language="en").route is Route.LOCAL


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "is a building permit needed for a garden room in leeds, what are the rules now",
        ),
        (
            "de",
            "braucht man in Hessen eine Baugenehmigung für ein Gartenhaus, was gilt jetzt",
        ),
        (
            "fr",
            "faut-il un permis de construire pour une véranda à Nantes, quelles règles en vigueur",
        ),
        (
            "es",
            "necesito licencia de obra para cerrar la terraza en Sevilla, qué está vigente",
        ),
        ("it", "serve la SCIA per spostare un muro a Bologna, cosa vale adesso"),
        (
            "nl",
            "heb ik een omgevingsvergunning nodig voor een schuur in Delft, wat geldt nu",
        ),
        (
            "pl",
            "czy garaż blaszany wymaga zgłoszenia w gminie, jakie przepisy obowiązują",
        ),
        (
            "pt",
            "é preciso licença da câmara para um anexo no Porto, o que está em vigor",
        ),
        ("sv", "krävs bygglov för ett växthus i Lund, vad gäller nu"),
        ("da", "kræver et udhus byggetilladelse i Odense, hvad gælder nu"),
        (
            "nb",
            "trenger jeg byggetillatelse for en terrasse i Trondheim, hva gjelder nå",
        ),
        ("cs", "potřebuju stavební povolení na pergolu v Plzni, co teď platí"),
        (
            "en",
            "check what the council says about planning permission for a loft in york",
        ),
    ],
)
def test_a_permits_rules_now_are_searched(language: str, text: str) -> None:
    assert decide(text, language=language).route is Route.SEARCH


def test_a_letter_asking_for_a_permit_is_writing() -> None:
    text = "write a letter to the council asking for planning permission for a dormer"
    assert decide(text, language="en").route is Route.REASONING


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "is saka injured for the derby on sunday"),
        ("de", "ist wirtz verletzt oder steht er im kader"),
        ("fr", "mbappé est blessé, il rate le match de mardi ?"),
        ("es", "está lesionado pedri para el partido del sábado"),
        ("it", "barella è infortunato per la nazionale?"),
        ("nl", "is gakpo geblesseerd voor de wedstrijd tegen italië"),
        ("pt", "o bruno fernandes está lesionado para o jogo de domingo"),
        ("sv", "är kulusevski skadad inför landskampen"),
        ("da", "er højlund skadet, misser han kampen"),
        ("nb", "er sørloth skadet før landskampen"),
        ("cs", "je souček zraněný, bude hrát v sobotu"),
    ],
)
def test_a_players_injury_before_a_match_is_searched(language: str, text: str) -> None:
    decision = decide(text, language=language)
    assert (decision.route, decision.private) == (Route.SEARCH, False)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "is my son injured, will he miss the match"),
        ("de", "mein Knie ist verletzt seit dem Spiel gestern"),
        ("sv", "Leo är skadad efter matchen i skolan"),
    ],
)
def test_the_households_injury_at_a_match_stays_private(
    language: str, text: str
) -> None:
    decision = decide(
        text, language=language, vocabulary=HomeVocabulary.build(persons=["Leo"])
    )
    assert decision.private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "are there still grants for solar batteries this year"),
        ("de", "gibt es noch Förderung für eine Wärmepumpe im Altbau"),
        ("fr", "les aides pour une pompe à chaleur existent encore en 2026 ?"),
        ("es", "siguen las ayudas para placas solares este año"),
        ("it", "ci sono ancora incentivi per la pompa di calore"),
        ("nl", "is er dit jaar nog subsidie voor een thuisbatterij"),
        ("pl", "czy jest jeszcze dofinansowanie do fotowoltaiki"),
        ("pt", "ainda há apoios para painéis solares este ano"),
        ("sv", "finns det fortfarande bidrag för solceller"),
        ("da", "kan man stadig få tilskud til en varmepumpe"),
        ("cs", "jsou ještě dotace na tepelné čerpadlo"),
        ("en", "is there a planned power cut in our area tomorrow"),
        ("de", "gibt es einen geplanten Stromausfall im Viertel"),
        ("cs", "je u nás plánovaná odstávka elektřiny"),
    ],
)
def test_a_grant_still_open_and_a_planned_power_cut_are_searched(
    language: str, text: str
) -> None:
    home = HomeVocabulary.build(entities=[("Wärmepumpe", ("varmepumpe", "heat pump"))])
    assert decide(text, language=language, vocabulary=home).route is Route.SEARCH


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "is my bonus still coming this month"),
        ("fr", "aide-moi encore avec la recette"),
        ("en", "is there a power outage in the house"),
    ],
)
def test_ones_own_bonus_help_and_the_homes_power_are_not_searched(
    language: str, text: str
) -> None:
    assert decide(text, language=language).route is Route.LOCAL
