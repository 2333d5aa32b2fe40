"""Live prices asked for now, today or tomorrow ("compare today's spot price with last week"): fresh outside data.

The routing policy's third tie-break: needing fresh information is search, even when the answer then needs some
reasoning. A price of electricity, fuel, currencies or shares together with a word for now, today or tomorrow
reads as such a question in every supported language. A text that names the home's own things (an exposed
price sensor) is decided by the home-name rule first.
"""

from __future__ import annotations

import re

from .alternation import WordAlternation
from .shapes import Shape, Shapes
from .spoken_numbers import NUMBER_WORDS
from .text import fold, words

_PRICES = (
    r"(?:electricity|power|energy|spot|gas|fuel|petrol|diesel|stock|share|bitcoin) prices?",
    r"exchange rates?",
    r"(?:electricity|power|energy) tariffs?",
    r"tarif(?:a|fa)? (?:tempo|edf|bi-?horaria|(?:de|da|della) (?:la )?(?:luz|eletricidade|electricidade|l'electricite|luce))",
    r"tarifa de (?:eletricidade|electricidade) bi-?horaria",
    r"(?:couleur|jour)s? (?:du jour )?tempo",
    r"(?:strom|spot|energie|gas|benzin|sprit|diesel|borsenstrom)preis\w*",
    r"(?:wechsel|aktien)kurs\w*",
    r"prix (?:de l'electricite|du kwh|de l'essence|du gazole|du gasoil|du carburant)",
    r"(?:taux de change|cours (?:de l'action|du bitcoin))",
    r"precios? (?:de la luz|de la electricidad|del kwh|de la gasolina|del diesel)",
    r"(?:tipo de cambio|cotizacion)",
    r"prezz[oi] (?:attual[ei] |di oggi )?(?:della luce|dell'energia|del gas|della benzina|del gasolio)",
    r"(?:stroom|energie|benzine)prij[sz]\w*",
    r"wisselkoers",
    r"cen\w{0,3} (?:pradu|energii|benzyny|paliw)",
    r"kurs (?:euro|dolara|franka|akcji)",
    r"precos? (?:da luz|da eletricidade|da gasolina|do gasoleo)",
    r"(?:el|spot|strom|bensin|benzin)pris\w*",
    r"(?:vaxel|valuta|aktie|aksje)kurs\w*",
    r"cen\w{0,3} (?:elektriny|benzinu|nafty|energie)",
    r"spotov\w* cen\w*",
    r"kurz (?:eura|dolaru|akcii)",
    # Interest rates, feed-in tariffs and share indices move like prices.
    r"(?:interest|base|policy|mortgage|savings) rates?|feed-in tariffs?|inflation rate",
    r"\w*zinse?n?|\w*zinssatz\w*|einspeisevergutung\w*|inflationsrate",
    (
        r"tarifs? de rachat|prix de rachat|compensacion (?:de|por) excedentes|precio de (?:los )?excedentes"
        r"|ritiro dedicato|scambio sul posto|cena (?:sprzedazy|odkupu) energii|venda (?:do|de) excedente\w*"
        r"|afregningspris\w*|vykupni cen\w*"
    ),
    r"taux (?:d'interet|directeur|du livret a|d'inflation|hypothecaire)",
    r"tipos? de interes|tasas? de interes|euribor",
    r"tass[oi] (?:di interesse|d'interesse|bce|dei mutui)",
    r"rente|rentestand|hypotheekrente|spaarrente|terugleververgoeding",
    r"stop[ay] procentow\w*|stop[ay] referencyjn\w*|oprocentowani\w*|wibor",
    r"taxas? de juro",
    r"styrrant\w*|rantan|rantor|bolanerant\w*",
    r"renten|rentesats\w*|styringsrent\w*",
    r"urok\w*|urokov\w* sazb\w*",
    (
        r"dax|omx\w*|s&p(?: 500)?|nasdaq|dow jones|ftse\w*|footsie\w*|cac (?:40|quarante)|ibex\w*|aex|wig ?(?:20|dwadziescia)"
        r"|psi ?20|obx|nikkei|stoxx\w*"
    ),
)
_NOW = (
    r"now|right now|today'?s?|tonight|this (?:evening|morning)|tomorrow'?s?|currently|at the moment|this week",
    r"heute|heutig\w*|heute (?:abend|morgen|fruh)|morgen|jetzt|aktuell\w*|gerade|grad|diese woche",
    r"aujourd'hui|ce (?:soir|matin|trimestre)|demain|maintenant|actuel\w*|en ce moment|cette semaine",
    r"this quarter|dieses quartal|este trimestre|questo trimestre|dit kwartaal|w tym kwartale|neste trimestre",
    r"hoy|esta (?:noche|manana)|manana|ahora|actualmente|esta semana",
    r"oggi|stasera|stamattina|stamani|domani|adesso|ora|attualmente|questa settimana",
    r"vandaag|vanavond|vanochtend|vanmorgen|nu|momenteel|deze week",
    r"dzis|dzisiaj|dzisiejsz\w*|jutro|teraz|obecnie|aktualn\w*|w tym tygodniu",
    r"hoje|esta noite|amanha|agora|atualmente|esta semana",
    r"idag|i dag|ikvall|i kvall|imorgon|i morgon|just nu|dagens|morgondagens|i veckan|den har veckan",
    r"lige nu|akkurat na|i aften|i kveld|morgendagens|na|i denne uge|denne uge|denne uka|i uka|denne uken",
    r"dnes|dneska|dnesni|dnes vecer|zitra|zitrejsi|ted|nyni|aktualni|tento tyden|tenhle tyden",
)
# Fuel named with a word for what it costs ("how much is petrol", "was kostet Benzin", "a cuánto está la luz"), by
# language.
_FUEL = (
    (
        r"unleaded|petrol|diesel|gasoline|electricity",
        r"going for|cost|costs|how much is|how much's|price",
    ),
    (r"diesel|benzin|super|e10|sprit|strom", r"kostet|kosten|steht"),
    (
        r"gazole|gasoil|diesel|essence|sans plomb|sp95|sp98|e10",
        r"coute|coutent|combien|prix",
    ),
    (
        r"gasolina|gasoil|gasoleo|diesel|luz",
        r"cuesta|cuestan|cuanto esta|a cuanto|a como",
    ),
    (r"benzina|gasolio|diesel|verde", r"costa|costano|a quanto|sta a"),
    (r"diesel|benzine|euro 95|e10|lpg|stroom", r"doet|kost|kosten"),
    (
        r"benzyn\w*|paliw\w*|olej napedowy|pb95|lpg|diesel|prad|pradu",
        r"kosztuj\w*|po ile|cen[aey]",
    ),
    (r"gasolina|gasoleo|diesel|luz", r"custa|custam|a quanto|a como"),
    (r"bensin\w*|diesel\w*|e85|elen", r"kostar|ligger"),
    (r"benzin\w*|bensin\w*|diesel\w*|blyfri|strommen", r"koster|ligger"),
    (r"naft\w*|benzin\w*|diesel\w*|natural\w*", r"stoji|stoj|cen[aeyu]"),
)
_LIVE_PRICE = WordAlternation(r"(?<![a-z])(?:" + "|".join(_PRICES) + r")(?![a-z])")
_FUEL_COST = Shapes(("fuel", Shape(words)) for words in _FUEL)
# A word problem gives its figures; a question about a price asks for one.
MIN_FIGURES_OF_A_SUM = 3
_FIGURE = re.compile(r"\d+(?:[.,]\d+)?")
_TIME = WordAlternation(r"(?<![a-z'])(?:" + "|".join(_NOW) + r")(?![a-z])")


# Currencies by family: an amount in one asked in another ("hur mycket är 30 euro i kronor") needs today's rate.
_CURRENCIES = (
    r"euros?|eura|eur|€",
    r"dollars?|dolares|dollari|dolar\w*|usd|\$",
    r"pounds? sterling|sterling|gbp|£|libras? esterlinas?|sterlin\w*",
    r"kronor|krona|sek|svenska kronor|svenske kron(?:er|or)|kronen|kroon",
    r"kroner|krone|nok|dkk|norske kroner|danske kroner",
    r"zloty|zlotych|zlote|zl|pln",
    r"korun\w*|czk|kc",
    r"francs? suisses?|swiss francs?|franken|chf",
    r"yen|jpy|yuan|renminbi",
    r"bitcoins?|btc",
)
_CURRENCY = tuple(
    WordAlternation(r"(?<![a-z])(?:" + family + r")(?![a-z])") for family in _CURRENCIES
)
_AMOUNT = re.compile(r"\d+(?:[.,]\d+)? ?(?:" + "|".join(_CURRENCIES) + r")(?![a-z])")
# An amount said in words: the number words, and hundreds and thousands in the twelve languages.
_AMOUNT_WORDS = frozenset(NUMBER_WORDS) | {
    "hundred",
    "thousand",
    "hundert",
    "tausend",
    "cent",
    "cents",
    "mille",
    "cien",
    "ciento",
    "mil",
    "cento",
    "honderd",
    "duizend",
    "sto",
    "tysiac",
    "tysiecy",
    "cem",
    "hundra",
    "tusen",
    "hundrede",
    "tusind",
    "hundre",
    "tisic",
}


# Hundreds and thousands written as one word: "tweehonderd", "zweitausend", "femhundra".
_COMPOUND_AMOUNT_ENDINGS = (
    "honderd",
    "duizend",
    "hundert",
    "tausend",
    "hundra",
    "tusen",
    "hundrede",
    "tusind",
    "hundre",
    "cientos",
)


def _says_an_amount(folded: str) -> bool:
    """Whether a folded text gives an amount in digits or in number words."""
    if _AMOUNT.search(folded) is not None:
        return True
    said = words(folded)
    return not _AMOUNT_WORDS.isdisjoint(said) or any(
        word.endswith(_COMPOUND_AMOUNT_ENDINGS) for word in said
    )


def asks_now(text: str) -> bool:
    """Whether `text` has a word for now, today or tomorrow."""
    return _TIME.search(fold(text)) is not None


def asks_live_price(text: str) -> bool:
    """Whether `text` asks about a price of the world as it is now, today or tomorrow.

    Not with three figures or more: "320 km at 6.5 litres, petrol costs 38, we are four" is a sum to work out. An
    amount in one currency asked in another needs today's rate, with or without a word for now.
    """
    folded = fold(text)
    if len(_FIGURE.findall(folded)) >= MIN_FIGURES_OF_A_SUM:
        return False
    return (
        (
            (
                _LIVE_PRICE.search(folded) is not None
                or _FUEL_COST.first(folded) is not None
            )
            and _TIME.search(folded) is not None
        )
        or (
            _FUEL_COST.first(folded) is not None
            and _GOING_RATE.search(folded) is not None
        )
        or converts_currency(folded)
        or asks_a_currency_rate(folded)
    )


# The rate of a named currency moves all day: "jaký je kurz eura", "wie steht der Dollarkurs".
_RATE = (
    r"exchange rate|rate|kurs\w*|kurz\w*|wechselkurs|taux|cours|tipo de cambio|cambio|cotizacion|tasso di cambio"
    r"|wisselkoers|koers|kurs|taxa de cambio|cambio|cotacao|vaxelkurs\w*|valutakurs\w*"
)
_CURRENCY_RATE = re.compile(
    r"(?<![a-z])(?:(?:"
    + _RATE
    + r")(?: (?:of|for|des|du|de|del|dell'|van|der|do|da|pa|for|na)){0,2} (?:the )?(?:"
    + "|".join(_CURRENCIES)
    + r")(?![a-z])|(?:euro|dollar|pound|pfund|frank|franc|zlot|dolar)\w*(?:kurs|kurz)\w*"
    # how a currency stands: "hvad står euroen i kroner", "wie steht der Dollar", "jak stoi frank"
    r"|(?:hvad|hva|vad|wie|jak|come|hoe) (?:star|steht|stoi|stoji|sta|staat) (?:der |den |de |il |lo |het )?"
    r"(?:euro|dollar|pund|pfund|frank|franc|zlot|dolar|kron)\w*)"
)
# The going rate of a fuel: "a cuánto está la gasolina", "a quanto sta il gasolio", always today's.
_GOING_RATE = WordAlternation(
    r"(?<![a-z])(?:a cuanto esta|a como esta|a quanto (?:sta|esta|e)|going for)(?![a-z])"
)


def asks_a_currency_rate(folded: str) -> bool:
    """Whether a folded text asks the rate of a named currency ("kurz eura", "el tipo de cambio del dólar")."""
    return _CURRENCY_RATE.search(folded) is not None


def converts_currency(folded: str) -> bool:
    """Whether a folded text gives an amount in one currency and names another: "30 euro i kronor".

    The amount also in words: "how many pounds is a hundred euros", "hvor mye er hundre euro i norske kroner".
    """
    return (
        _says_an_amount(folded)
        and sum(family.search(folded) is not None for family in _CURRENCY) >= 2
        and _GIVEN_RATE.search(folded) is None
    )


# The rate given: "hvor mange euro er tusind kroner hvis kursen er syv komma fem" is a sum.
_GIVEN_RATE = re.compile(
    r"(?<![a-z])(?:if|hvis|om|wenn|falls|si|se|als|jesli|pokud|kdyz)(?: \w+){0,2}"
    r" (?:kurs\w*|rate|taux|cambio|koers|taxa|kurz\w*|exchange rate)(?![a-z])"
)
