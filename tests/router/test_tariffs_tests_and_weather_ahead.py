"""Search: feed-in tariffs, consumer tests, fashion, a ferry by its route, weather ahead or at sea, licences this year."""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import Route, decide
from custom_components.llm_router.router.vocabulary import HomeVocabulary


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "le tarif de rachat du surplus solaire actuel c'est combien"),
        ("es", "cuánto pagan ahora por la compensación de excedentes"),
        ("en", "which air fryer came top in the latest Which? test"),
        ("fr", "quel lave-linge a été élu meilleur par que choisir cette année"),
        ("es", "qué está de moda este invierno"),
        ("it", "quali sono le scarpe più di moda adesso"),
        ("nl", "welke kleur is nu in de mode"),
        ("en", "what sneakers are trending right now"),
        ("sv", "var är finlandsfärjan just nu"),
        ("de", "wie wird das wetter im märz auf teneriffa"),
        ("fr", "quel temps fera-t-il à rome dans un mois"),
        ("it", "che tempo farà a marzo in sicilia"),
        ("fr", "la météo marine pour demain sur la côte bretonne"),
        ("en", "what's the inshore waters forecast for tomorrow"),
        ("da", "hvad siger farvandsudsigten for i morgen"),
        ("sv", "vad säger sjöväderrapporten för i eftermiddag"),
        ("en", "do i need a fishing licence for the lake this year"),
        ("nb", "hva koster fiskekort i trysil i år"),
        ("de", "ist der Stadtlauf dieses Jahr verschoben worden"),
        ("en", "has the christmas market been cancelled this weekend"),
        ("sv", "finns det några bra erbjudanden på robotdammsugare just nu"),
        ("pl", "ile teraz kosztuje prąd w nocy"),
        ("de", "gibt es für den Chiemsee heute eine Sturmwarnung"),
        ("it", "c'è allerta meteo in liguria per stasera"),
        ("es", "hay aviso por tormentas en la sierra para el sábado"),
        ("fr", "le téléphérique du Brévent est-il ouvert demain"),
        ("pl", "czy szlak do Morskiego Oka jest dziś otwarty"),
        ("nb", "når går siste båten til Hovedøya i kveld"),
        ("nb", "hva er skredfaren i Romsdalen i morgen"),
        ("da", "sejler færgerne til Bornholm som normalt i dag"),
        ("nb", "hva er skredfaren på Sunnmøre i dag"),
        ("fr", "c'est quoi la date de sortie du prochain Zelda"),
        ("es", "cuál es la fecha de estreno de la nueva temporada"),
        ("en", "is the new Android update out yet"),
        ("de", "ist das Firmware-Update für die Fritzbox schon raus"),
        ("sv", "stämmer det att Netflix höjer priset i januari"),
        ("de", "erhöht die Telekom die Preise schon wieder"),
        ("nl", "wat zijn de openingstijden van de dierenarts in het weekend"),
        ("da", "hvornår lukker borgerservice i dag"),
        ("pt", "a clínica veterinária de Braga abre ao domingo?"),
        ("cs", "jaké jsou úřední hodiny matriky v pátek"),
        ("pl", "jaki jest wynik meczu wisły dzisiaj"),
        ("fr", "c'est combien le score du match de l'OM ce soir"),
        ("de", "wie ist der Spielstand bei Bayern gerade"),
        ("da", "hvad siger langtidsprognosen for Skagen i uge 30"),
        ("nl", "wordt het lekker weer op de camping over drie weken"),
        ("fr", "il va faire beau à Annecy dans quatre semaines ?"),
        ("sv", "är det några förseningar på tågen mot Uppsala just nu"),
        ("nl", "rijden de treinen tussen Leiden en Den Haag weer normaal"),
    ],
)
def test_fresh_outside_facts_go_to_search(language: str, text: str) -> None:
    decision = decide(text, language=language)
    assert decision.route is Route.SEARCH
    assert decision.may_leave_home


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "wie war das wetter im märz bei uns"),
        ("en", "how much rain did we get in march"),
        ("fr", "quel temps faisait-il en mars"),
        ("en", "turn on the heating in march mode"),
        ("en", "where did I put my fishing licence"),
        ("en", "is my dentist appointment cancelled tomorrow"),
        ("fr", "écris un message aux parents avec les horaires du match de samedi"),
        (
            "pt",
            "a minha sogra vem cá passar um mês, ajuda-me a montar uma rotina com o horário de banho e as refeições",
        ),
    ],
)
def test_the_past_weather_ones_own_things_and_a_plans_times_are_no_search(
    language: str, text: str
) -> None:
    assert decide(text, language=language).route is not Route.SEARCH


def test_an_automation_on_a_storm_warning_is_no_search() -> None:
    decision = decide(
        "die Markise soll bei einer Sturmwarnung einfahren, schreib mir die Automation",
        language="de",
    )
    assert decision.route is Route.REASONING


def test_how_a_household_members_exam_went_today_is_no_match() -> None:
    home = HomeVocabulary.build(persons=["Lukas"])
    decision = decide(
        "hur gick det för Lukas på provet idag", language="sv", vocabulary=home
    )
    assert decision.route is Route.LOCAL
