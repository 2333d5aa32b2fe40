"""Hand-written example utterances per route, in the six supported languages, for nearest-example routing.

The integration embeds them once with the local server's embedding model; an utterance the classifier is unsure
about goes where its closest example goes. Keep them short, typical and free of private details.
"""

from __future__ import annotations

from .types import Route

LOCAL_EXAMPLES: tuple[str, ...] = (
    # Home control, timers, small talk and quick facts the local model knows.
    "switch off the lights in the living room",
    "set a timer for ten minutes",
    "tell me something funny",
    "how many centimetres are in an inch",
    "good night, lock the front door",
    "mach das Licht im Flur an",
    "wie viele Tage hat der Februar",
    "erzähl mir einen Witz",
    "apaga la calefacción",
    "¿cuánto es siete por ocho?",
    "pon una alarma a las siete",
    "ferme les volets de la chambre",
    "combien de minutes dans une heure",
    "dis-moi bonjour",
    "zet de thermostaat op twintig graden",
    "hoeveel poten heeft een spin",
    "accendi la luce in cucina",
    "quanti giorni ci sono in una settimana",
    "raccontami una barzelletta",
)

REASONING_EXAMPLES: tuple[str, ...] = (
    # Multi-step thinking, explanations, plans, code and long writing.
    "explain how quantum computing works",
    "write a python script that sorts my photos by date",
    "help me plan a budget for a two week trip",
    "compare heat pumps and gas boilers for an old house",
    "write a long letter to my landlord about the broken heating",
    "erkläre mir, wie ein Kernkraftwerk funktioniert",
    "schreib eine Automation, die abends die Rollläden schließt",
    "hilf mir, einen Trainingsplan für einen Marathon zu erstellen",
    "explícame la teoría de la relatividad paso a paso",
    "escribe un cuento largo para niños sobre un dragón",
    "analiza los pros y contras de comprar un coche eléctrico",
    "explique-moi pourquoi le ciel est bleu en détail",
    "rédige un discours pour le mariage de ma sœur",
    "aide-moi à résoudre cette équation du second degré",
    "leg uit hoe een zonnepaneel stroom maakt",
    "schrijf een gedicht over de zee",
    "spiegami come funziona l'inflazione",
    "scrivi una lettera formale per disdire l'abbonamento",
    "aiutami a organizzare un menu per una cena di sei persone",
)

SEARCH_EXAMPLES: tuple[str, ...] = (
    # Fresh information: news, scores, prices, weather, opening hours, current events.
    "what's the latest news today",
    "who won the football match last night",
    "what is the bitcoin price right now",
    "will it rain tomorrow in Berlin",
    "is the pharmacy on main street open now",
    "was gibt es Neues in der Politik",
    "wie hat Bayern München gestern gespielt",
    "wann fährt der nächste Zug nach Hamburg",
    "¿cuáles son las noticias de hoy?",
    "¿qué tiempo hará mañana en Madrid?",
    "¿quién ganó las elecciones ayer?",
    "quoi de neuf dans l'actualité ce matin",
    "quel est le cours de l'action Apple aujourd'hui",
    "quels films sortent au cinéma cette semaine",
    "wat is het laatste nieuws",
    "hoe laat gaat de supermarkt vandaag dicht",
    "quali sono le ultime notizie sul governo",
    "chi ha vinto la partita ieri sera",
    "quanto costa oggi la benzina",
)

EXAMPLES: dict[Route, tuple[str, ...]] = {
    Route.LOCAL: LOCAL_EXAMPLES,
    Route.REASONING: REASONING_EXAMPLES,
    Route.SEARCH: SEARCH_EXAMPLES,
}
