"""Model tiers: the fast model for short, simple cloud requests, the main one for hard ones, and what users say."""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import Route, Tier, choose_tier, decide

THINK_HARD = {
    "en": "Think hard: should we get a heat pump?",
    "de": "Denk gut nach, lohnt sich eine Wärmepumpe für uns?",
    "fr": "Réfléchis bien : une pompe à chaleur vaut-elle le coup ?",
    "es": "Piensa bien, ¿nos conviene una bomba de calor?",
    "it": "Pensaci bene: conviene una pompa di calore?",
    "nl": "Denk goed na: is een warmtepomp het waard?",
    "pl": "Pomyśl dobrze, czy opłaca się pompa ciepła?",
    "pt": "Pensa bem: vale a pena uma bomba de calor?",
    "sv": "Tänk noga: lönar sig en värmepump?",
    "da": "Tænk dig godt om: kan en varmepumpe betale sig?",
    "nb": "Tenk deg godt om: lønner en varmepumpe seg?",
    "cs": "Dobře se zamysli: vyplatí se tepelné čerpadlo?",
}
QUICK_ANSWER = {
    "en": "Write a Python script that renames my photos by date, quick answer",
    "de": "Schreib ein Skript, das meine Fotos nach Datum umbenennt. Kurze Antwort bitte",
    "fr": "Écris un script qui renomme mes photos par date, réponse rapide",
    "es": "Escribe un script que renombre mis fotos por fecha. Respuesta rápida",
    "it": "Scrivi uno script che rinomina le mie foto per data. Risposta veloce",
    "nl": "Schrijf een script dat mijn foto's op datum hernoemt. Kort antwoord",
    "pl": "Napisz skrypt, który zmienia nazwy moich zdjęć według daty. Krótka odpowiedź",
    "pt": "Escreve um script que renomeie as minhas fotos por data. Resposta rápida",
    "sv": "Skriv ett skript som döper om mina foton efter datum. Snabbt svar",
    "da": "Skriv et script, der omdøber mine billeder efter dato. Hurtigt svar",
    "nb": "Skriv et skript som gir bildene mine nytt navn etter dato. Raskt svar",
    "cs": "Napiš skript, který přejmenuje moje fotky podle data. Rychlá odpověď",
}


@pytest.mark.parametrize(("language", "text"), THINK_HARD.items())
def test_think_hard_picks_the_main_model_in_every_language(
    language: str, text: str
) -> None:
    """A short question would go to the fast model; 'think hard' keeps the main one."""
    for route in (Route.REASONING, Route.SEARCH):
        choice = choose_tier(text, route)
        assert (choice.tier, choice.reason.startswith("asked to think hard")) == (
            Tier.MAIN,
            True,
        ), language


@pytest.mark.parametrize(("language", "text"), QUICK_ANSWER.items())
def test_quick_answer_picks_the_fast_model_in_every_language(
    language: str, text: str
) -> None:
    """Code would go to the main model; 'quick answer' sends it to the fast one."""
    assert choose_tier(text.rsplit(maxsplit=2)[0], Route.REASONING).tier is Tier.MAIN
    choice = choose_tier(text, Route.REASONING)
    assert (choice.tier, choice.reason.startswith("asked for a quick answer")) == (
        Tier.FAST,
        True,
    ), language


@pytest.mark.parametrize(
    ("text", "route", "tier", "reason"),
    [
        (
            "What is the difference between a heat pump and a boiler?",
            Route.REASONING,
            Tier.FAST,
            "short and simple",
        ),
        ("Who won the match last night?", Route.SEARCH, Tier.FAST, "short and simple"),
        (
            "Write a YAML automation that turns on the porch light at sunset",
            Route.REASONING,
            Tier.MAIN,
            "code or an automation asked for",
        ),
        (
            "Write a letter to my landlord about the broken heating",
            Route.REASONING,
            Tier.MAIN,
            "writing asked for",
        ),
        (
            "Compare this week's electricity prices with last month's",
            Route.SEARCH,
            Tier.MAIN,
            "several steps of thought asked for",
        ),
        (
            "Plan my week. Book the dentist. Then remind me to call mum.",
            Route.REASONING,
            Tier.MAIN,
            "writing asked for",
        ),
        (
            "Why is the sky blue? And why are sunsets red? And what about Mars?",
            Route.REASONING,
            Tier.MAIN,
            "several questions or steps",
        ),
        (" ".join(["word"] * 45), Route.REASONING, Tier.MAIN, "long request"),
        ("Turn on the kitchen light", Route.LOCAL, Tier.MAIN, "local route: one model"),
    ],
)
def test_tier_follows_what_the_text_asks_for(
    text: str, route: Route, tier: Tier, reason: str
) -> None:
    choice = choose_tier(text, route)
    assert (choice.tier, choice.reason) == (tier, reason)


def test_phrases_in_the_middle_of_a_sentence_do_not_count() -> None:
    assert (
        choose_tier(
            "Explain why people think hard work pays off", Route.REASONING
        ).reason
        == "short and simple"
    )


def test_decision_carries_the_tier() -> None:
    decision = decide(
        "Write a Python function that parses my energy meter's CSV export"
    )
    assert (decision.route, decision.tier) == (Route.REASONING, Tier.MAIN)
    assert decision.tier_reason == "code or an automation asked for"
    private = decide("Think hard: what is my bank PIN 4821?")
    assert (private.route, private.tier) == (Route.LOCAL, Tier.MAIN)
