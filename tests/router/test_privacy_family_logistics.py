"""Family logistics said by voice: stuck in traffic, at the station, pick-ups, weekends at a parent's, shifts.

Each class has near misses: the same words about a film, a shop, a crossword or a sale.
"""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import Route, decide
from custom_components.llm_router.router.vocabulary import HomeVocabulary

HOUSEHOLD = HomeVocabulary.build(
    persons=[
        "Sarah",
        "Jack",
        "Mia",
        "Anja",
        "Julien",
        "Francesca",
        "Sanne",
        "Anders",
        "Lucía",
    ],
)

ON_THE_WAY = [
    ("en", "ring sarah and say im stuck on the m25 be there about half seven"),
    ("en", "Let Sarah know I'm running 20 min late, traffic on the A4 is a nightmare"),
    ("de", "ruf anja an und sag ihr ich steh im stau auf der a8 wird später"),
    (
        "fr",
        "appelle julien et dis lui que je suis coincée dans les bouchons sur le périph",
    ),
    (
        "it",
        "chiama francesca e dille che sono bloccato in coda sulla tangenziale arrivo tardi",
    ),
    ("nl", "bel sanne en zeg dat ik vast sta in de file op de a12"),
    ("cs", "zavolej petrovi a řekni mu že stojím v koloně na d1"),
    (
        "da",
        "ring til mette og sig jeg holder i kø på motorvejen og er nok et kvarter forsinket",
    ),
    ("it", "manda un vocale a papà sono alla stazione centrale binario tre"),
    ("da", "send en talebesked til far om at jeg er på hovedbanegården"),
    ("en", "hey has jack been picked up from football yet"),
    ("de", "äh wer von uns holt denn heut die mia vom kiga ab du oder ich"),
    ("es", "quién recoge a lucía del cole hoy"),
    ("cs", "už se vojtík vrátil z fotbalu"),
    ("nb", "har sanderen kommi hjem fra fotballtreninga"),
    ("en", "Jack's at his dad's this weekend right? so no footie saturday"),
    ("sv", "är det pappahelg den här helgen"),
    ("pl", "czy w ten weekend dzieci są u ojca"),
    ("de", "ist mia noch bei der übernachtungsparty bei lena"),
    (
        "nl",
        "omroepen in de woonkamer daan kom naar beneden mama is er over tien minuten",
    ),
    ("de", "durchsage im wohnzimmer papa ist in fünf minuten da"),
    ("fr", "julien finit sa garde à quelle heure cette nuit"),
    ("sv", "när slutar anders nattpass"),
    ("de", "bis wann geht anjas spätschicht heute"),
    ("cs", "kdy se petr vrací ze služební cesty z brna"),
    ("de", "is scho wer dahoam"),
    ("da", "ring til mor og sig at farfar er blevet indlagt igen"),
    ("es", "a la abuela le dan el alta mañana o el jueves"),
    (
        "it",
        "allora mi ripeti il codice dell'antifurto che lo devo dare alla babysitter",
    ),
    ("fr", "ugo il a quitté l'entraînement il devrait déjà être là"),
]


@pytest.mark.parametrize(("language", "text"), ON_THE_WAY)
def test_where_the_family_is_on_the_way_stays_home(language: str, text: str) -> None:
    decision = decide(text, language=language, vocabulary=HOUSEHOLD)
    assert decision.private
    assert decision.route is Route.LOCAL


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "back to school deals on laptops"),
        ("en", "remind me to pick up milk from the store"),
        ("de", "der kuchen ist in zehn minuten fertig"),
        ("it", "sono alla ricerca di una ricetta per la torta"),
        ("fr", "je suis à la recherche d'un bon film"),
        ("en", "is there a sleepover scene in the movie"),
        ("en", "i'm stuck on this crossword clue"),
        ("fr", "c'est quelle pharmacie de garde aujourd'hui la plus proche"),
        ("en", "how do I claim expenses for a business trip"),
    ],
)
def test_the_same_words_about_films_shops_and_puzzles_are_not_private(
    language: str, text: str
) -> None:
    assert not decide(text, language=language, vocabulary=HOUSEHOLD).private
