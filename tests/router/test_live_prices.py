"""Today's and tomorrow's prices of the world are search, even inside a comparison; the home's own sensor is not."""

from __future__ import annotations

import importlib

import pytest

from custom_components.llm_router.router import Route, decide
from custom_components.llm_router.router.classifier import Prediction
from custom_components.llm_router.router.vocabulary import HomeVocabulary

LIVE_PRICES = [
    (
        "en",
        "compare today's electricity prices with last week and tell me when to run the dryer",
    ),
    (
        "de",
        "vergleich den Strompreis von morgen mit heute und sag mir, wann ich laden soll",
    ),
    ("fr", "le prix de l'essence aujourd'hui est-il plus bas qu'en janvier"),
    ("es", "cuál es el precio de la luz mañana por la tarde"),
    ("it", "com'è il prezzo della luce oggi rispetto a ieri"),
    ("nl", "is de stroomprijs nu hoger dan gisteren"),
    ("pl", "porównaj dzisiejsze ceny prądu z zeszłym tygodniem"),
    ("pt", "o preço da luz hoje está mais caro do que ontem"),
    ("sv", "jämför elpriset idag med förra veckan"),
    ("da", "hvad er elprisen i morgen tidlig"),
    ("nb", "er strømprisen høy akkurat nå"),
    ("cs", "porovnej dnešní cenu elektřiny s minulým týdnem"),
    ("fr", "quelle sera la couleur du jour tempo demain, blanc ?"),
]


@pytest.mark.parametrize(("language", "text"), LIVE_PRICES)
def test_a_live_price_is_search_even_in_a_comparison(language: str, text: str) -> None:
    decision = decide(text, language=language)
    assert decision.route is Route.SEARCH
    assert decision.source == "live_price"


def test_the_homes_own_price_sensor_is_decided_by_the_home_name_rule_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """While the classifier is not sure of the cloud, naming the home's sensor keeps the question local."""
    decide_module = importlib.import_module(
        "custom_components.llm_router.router.decide"
    )
    monkeypatch.setattr(
        decide_module, "classify", lambda _text: Prediction((0.3, 0.2, 0.5))
    )
    question = "what is the electricity price right now"
    home = HomeVocabulary.build(entities=[("Electricity price", ())])
    assert decide(question, vocabulary=home).route is Route.LOCAL
    assert decide(question).route is Route.SEARCH


def test_a_price_without_a_now_is_left_to_the_classifier() -> None:
    decision = decide("explain how electricity prices are set on the spot market")
    assert decision.source != "live_price"


def test_a_private_text_about_prices_stays_private() -> None:
    decision = decide(
        "compare today's electricity price with what my bank account DE89 3704 0044 0532 0130 00 paid"
    )
    assert decision.private
    assert decision.route is Route.LOCAL


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "what's the base rate today"),
        ("de", "wie hoch sind die Bauzinsen aktuell"),
        ("fr", "quel est le taux directeur aujourd'hui"),
        ("es", "cómo está el euríbor hoy"),
        ("nl", "wat is de spaarrente nu"),
        ("pl", "jakie są teraz stopy procentowe"),
        ("pt", "qual é a taxa de juro hoje"),
        ("sv", "vad är styrräntan just nu"),
        ("nb", "hva er styringsrenten i dag"),
        ("cs", "jaký je dnes úrok na hypotéku"),
        ("de", "wo steht der DAX heute"),
        # an amount asked in another currency needs today's rate
        ("en", "how much is 250 dollars in euros"),
        ("de", "wie viel sind 40 Franken in Euro"),
        ("pl", "ile to jest 100 euro w złotych"),
        ("cs", "kolik je 50 eur v korunách"),
        ("nb", "hva er 300 kroner i euro"),
        # the rate of a named currency, with or without a word for now
        ("cs", "jaký je kurz eura"),
        ("es", "cuál es el tipo de cambio del dólar"),
        ("de", "wie steht der Dollarkurs"),
        ("da", "hvad står dollaren til"),
        ("nb", "hva er kursen på svenske kroner nå"),
        ("nl", "hoeveel kronen is tweehonderd euro"),
        # a share index said in words, this morning
        ("fr", "où en est le cac quarante ce matin"),
        ("it", "come va il footsie stamattina"),
        ("pl", "ile jest teraz wig dwadzieścia"),
        # a fuel's going rate is today's, with or without a word for now
        ("es", "a cuánto está el diésel"),
        ("pt", "a quanto está a gasolina"),
        ("fr", "c'est combien le sans plomb aujourd'hui"),
    ],
)
def test_an_interest_rate_a_share_index_or_a_currency_now_is_search(
    language: str, text: str
) -> None:
    decision = decide(text, language=language)
    assert decision.route is Route.SEARCH
    assert decision.source == "live_price"


@pytest.mark.parametrize(
    "text",
    ["explain how compound interest works", "wie funktionieren Bauzinsen"],
)
def test_an_interest_rate_without_a_now_is_no_live_price(text: str) -> None:
    assert decide(text).source != "live_price"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "wat kost stroom vandaag"),
        ("de", "was kostet Strom heute Abend"),
        ("en", "what does electricity cost right now"),
        ("sv", "vad kostar elen idag"),
    ],
)
def test_what_electricity_costs_today_is_a_live_price(language: str, text: str) -> None:
    decision = decide(text, language=language)
    assert decision.route is Route.SEARCH
    assert decision.source == "live_price"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "son 64 euros entre dos, cuánto paga cada uno"),
        ("de", "wie viel sind 5 Pfund in Kilo"),
        ("en", "add 20 euros and 15 euros"),
        ("es", "a cuánto está la temperatura del salón"),
        ("fr", "c'est combien un aller-retour en essence jusqu'à Lyon"),
    ],
)
def test_one_currency_or_a_weight_is_no_conversion(language: str, text: str) -> None:
    assert decide(text, language=language).source != "live_price"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "how much is a hundred euros in swiss francs"),
        ("nb", "hvor mye er tusen kroner i euro"),
        ("pl", "ile to jest sto euro w złotych"),
    ],
)
def test_an_amount_in_words_in_another_currency_is_a_live_price(
    language: str, text: str
) -> None:
    assert decide(text, language=language).source == "live_price"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("da", "hvor mange euro er tusind kroner hvis kursen er syv komma fem"),
        ("it", "quanti euro sono 20000 yen se il cambio è 160"),
    ],
)
def test_a_conversion_at_a_given_rate_is_a_sum(language: str, text: str) -> None:
    assert decide(text, language=language).source != "live_price"
