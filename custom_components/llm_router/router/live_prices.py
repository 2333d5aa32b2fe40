"""Live prices asked for now, today or tomorrow ("compare today's spot price with last week"): fresh outside data.

The routing policy's third tie-break: needing fresh information is search, even when the answer then needs some
reasoning. A price of electricity, fuel, currencies or shares together with a word for now, today or tomorrow
reads as such a question in every supported language. A text that names the home's own things (an exposed
price sensor) is decided by the home-name rule first.
"""

from __future__ import annotations

import re

from .text import fold

_PRICES = (
    r"(?:electricity|power|energy|spot|gas|fuel|petrol|diesel|stock|share|bitcoin) prices?",
    r"exchange rates?",
    r"(?:electricity|power|energy) tariffs?",
    r"tarif(?:a|fa)? (?:tempo|edf|bi-?horaria|(?:de|da|della) (?:la )?(?:luz|eletricidade|electricidade|l'electricite|luce))",
    r"tarifa de (?:eletricidade|electricidade) bi-?horaria",
    r"(?:strom|spot|energie|gas|benzin|sprit|diesel|borsenstrom)preis\w*",
    r"(?:wechsel|aktien)kurs\w*",
    r"prix (?:de l'electricite|du kwh|de l'essence|du gazole|du gasoil|du carburant)",
    r"(?:taux de change|cours (?:de l'action|du bitcoin))",
    r"precios? (?:de la luz|de la electricidad|del kwh|de la gasolina|del diesel)",
    r"(?:tipo de cambio|cotizacion)",
    r"prezz[oi] (?:della luce|dell'energia|del gas|della benzina|del gasolio)",
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
)
_NOW = (
    r"now|right now|today'?s?|tonight|tomorrow'?s?|currently|at the moment|this week",
    r"heute|heutig\w*|morgen|jetzt|aktuell\w*|gerade",
    r"aujourd'hui|demain|maintenant|actuellement|en ce moment",
    r"hoy|manana|ahora|actualmente",
    r"oggi|domani|adesso|ora|attualmente",
    r"vandaag|nu|momenteel",
    r"dzis|dzisiaj|dzisiejsz\w*|jutro|teraz|obecnie|aktualn\w*",
    r"hoje|amanha|agora|atualmente",
    r"idag|i dag|imorgon|i morgon|just nu|dagens|morgondagens",
    r"lige nu|akkurat na|morgendagens|na",
    r"dnes|dnesni|zitra|zitrejsi|ted|nyni|aktualni",
)
_LIVE_PRICE = re.compile(r"(?<![a-z])(?:" + "|".join(_PRICES) + r")(?![a-z])")
_TIME = re.compile(r"(?<![a-z'])(?:" + "|".join(_NOW) + r")(?![a-z])")


def asks_now(text: str) -> bool:
    """Whether `text` has a word for now, today or tomorrow."""
    return _TIME.search(fold(text)) is not None


def asks_live_price(text: str) -> bool:
    """Whether `text` asks about a price of the world as it is now, today or tomorrow."""
    folded = fold(text)
    return _LIVE_PRICE.search(folded) is not None and _TIME.search(folded) is not None
