"""Health said the way people say it, without a medical keyword, stays private in all twelve languages.

Children's rashes and fevers, readings, pills left, injuries, stitches, operations, visits to the hospital or the
emergency room, midwives and counsellors, periods and pregnancy, anxiety and burnout; and the home, media and
general-knowledge sentences that share their words stay public.
"""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import detect_private
from custom_components.llm_router.router.privacy import gated_by_prefix

PRIVATE = {
    "en": (
        "the baby's had a temperature since this morning",
        "my sugars were high again after lunch",
        "how many tablets are left in the box",
        "I can't sleep since my knee operation",
        "Tom needs his stitches out on Friday",
        "Emma sprained her ankle at football",
        "we spent the night in A&E with grandma",
        "move my counselling session to four",
        "I've been feeling really down lately",
        "my period is late",
        "the kids get their flu jabs tomorrow",
        "he's on crutches for six weeks",
        "they said it's tonsillitis",
        "the dietitian wants me to cut out dairy",
    ),
    "de": (
        "Lena hat seit gestern Ausschlag am Bauch",
        "mein Zucker war heute Morgen bei 180",
        "nach der OP kann ich kaum schlafen",
        "Papa hat sich den Arm gebrochen",
        "am Montag werden die Fäden gezogen",
        "ich war gestern mit Mia in der Notaufnahme",
        "Termin bei der Hebamme am Dienstag",
        "sie ist total erkältet",
        "ich hab meine Tage",
        "mein Knie ist geschwollen",
    ),
    "fr": (
        "Léo s'est cassé le poignet au judo",
        "j'ai mes règles depuis ce matin",
        "on a passé la nuit aux urgences",
        "rendez-vous chez la sage-femme jeudi",
        "je fais des crises d'angoisse",
        "elle s'est fait opérer du genou",
        "le petit a attrapé une gastro",
        "Chloé a une entorse à la cheville",
    ),
    "es": (
        "el niño tiene un sarpullido en la espalda",
        "me he torcido el tobillo bajando la escalera",
        "a mi abuela la operan mañana de la cadera",
        "ayer estuvimos en urgencias con Pablo",
        "me ha bajado la regla",
        "tengo ansiedad por las noches",
        "le quitan los puntos el viernes",
        "estoy con un catarro horrible",
    ),
    "it": (
        "mio figlio si è rotto il braccio a calcio",
        "mi hanno operato al ginocchio",
        "stanotte siamo stati al pronto soccorso",
        "mi è venuto il ciclo",
        "ho l'influenza da tre giorni",
        "domani mi tolgono i punti",
        "la nonna è ricoverata da lunedì",
        "ho la caviglia gonfia",
    ),
    "nl": (
        "Sem heeft uitslag op zijn armen",
        "ze heeft haar pols gebroken",
        "de hechtingen mogen er vrijdag uit",
        "we zaten vannacht op de spoedeisende hulp",
        "oma ligt in het ziekenhuis",
        "ik ben ongesteld",
        "ik voel me al weken somber",
        "de verloskundige komt dinsdag langs",
        "Noor krijgt morgen haar griepprik",
    ),
    "pl": (
        "mała ma wysypkę na brzuchu",
        "złamał sobie rękę na rowerze",
        "mama leży w szpitalu",
        "byliśmy w nocy na SORze",
        "w piątek zdejmują mi szwy",
        "mam okres",
        "mam stany lękowe",
        "dziecko ma katar od wczoraj",
        "czuję się fatalnie od rana",
    ),
    "pt": (
        "a Inês partiu o braço na escola",
        "a minha mãe vai ser operada amanhã",
        "passámos a noite nas urgências",
        "levou cinco pontos na testa",
        "estou com uma constipação",
        "tenho ataques de pânico",
        "a enfermeira disse para voltar sexta",
        "estou esgotada do trabalho",
    ),
    "sv": (
        "Elsa har fått utslag på armarna",
        "han har brutit armen",
        "jag har stukat foten",
        "vi var på akuten i natt",
        "mormor ligger på sjukhuset",
        "stygnen ska tas bort på fredag",
        "jag mår illa",
        "jag känner mig helt utbränd",
    ),
    "da": (
        "Ida har fået udslæt på maven",
        "han har brækket armen",
        "jeg har forstuvet anklen",
        "vi var på skadestuen i nat",
        "farfar er indlagt",
        "sundhedsplejersken kommer på tirsdag",
        "lægen sagde, at det er en virus",
        "han hoster hele natten",
    ),
    "nb": (
        "Ola har fått utslett på magen",
        "hun har brukket håndleddet",
        "bestemor ligger på sykehuset",
        "jeg er så kvalm",
        "han kaster opp",
        "helsesykepleieren kommer i morgen",
        "stingene skal fjernes på fredag",
        "hun har hoste og snue",
    ),
    "cs": (
        "malá má vyrážku na bříšku",
        "táta si zlomil ruku",
        "babička leží v nemocnici",
        "v noci jsme byli na pohotovosti",
        "zítra mi vytáhnou stehy",
        "je mi zle od rána",
        "po operaci kolena špatně spím",
        "mám úzkosti",
    ),
}

# Home, media and general-knowledge sentences that share a word with health talk.
PUBLIC = {
    "en": (
        "put the tv in sleep mode",
        "what's the temperature in the living room",
        "play the next episode of the good doctor",
        "how long is the warranty period",
        "add dishwasher tablets to the shopping list",
        "scan the network for new devices",
        "how far is the nearest hospital",
        "fix the broken back door",
        "is the tablet charged",
        "the operation timed out, try again",
        "what does a cold front mean",
        "this plant looks sick",
        "make the bed with hospital corners",
    ),
    "de": (
        "wie warm ist es im Wohnzimmer",
        "wo ist das nächste Krankenhaus mit Notaufnahme",
        "die Operation ist fehlgeschlagen",
        "spiel die nächste Folge vom Bergdoktor",
        "setz Tabletten für die Spülmaschine auf die Einkaufsliste",
    ),
    "fr": (
        "mets la clim en mode nuit",
        "quelle est la température du salon",
        "quelles sont les règles du jeu",
        "où est l'hôpital le plus proche",
        "scanner le réseau wifi",
    ),
    "es": (
        "pon el aire en modo noche",
        "cuál es la temperatura del salón",
        "dónde está el hospital más cercano",
        "añade pastillas para el lavavajillas a la lista",
        "cuál es el periodo de prueba",
    ),
    "it": (
        "qual è la temperatura in cucina",
        "dov'è il pronto soccorso più vicino",
        "metti le pastiglie per la lavastoviglie nella lista",
        "il ciclo di lavaggio è finito",
        "i biglietti sono esauriti",
    ),
    "nl": (
        "zet de tv in de slaapstand",
        "wat is de uitslag van de wedstrijd",
        "hoeveel mensen wonen er in Utrecht",
        "schrijf een sollicitatiebrief als verpleegkundige",
        "waar is het dichtstbijzijnde ziekenhuis",
    ),
    "pl": (
        "jaka jest temperatura w salonie",
        "jaki jest okres gwarancji",
        "dodaj tabletki do zmywarki do listy",
        "zapal światło w kuchni",
        "gdzie jest najbliższy szpital",
    ),
    "pt": (
        "qual é a temperatura da sala",
        "onde fica o hospital mais próximo",
        "os bilhetes estão esgotados",
        "qual é o período de garantia",
    ),
    "sv": (
        "vad är temperaturen i vardagsrummet",
        "var ligger närmaste sjukhus",
        "tänd de smarta lamporna i köket",
        "det är kvalmt i sovrummet",
    ),
    "da": (
        "hvad er temperaturen i stuen",
        "hvor er nærmeste skadestue",
        "lad os lege i haven",
        "mens jeg laver mad, spil musik",
    ),
    "nb": (
        "hva er temperaturen i stua",
        "hva sier yr om været i morgen",
        "hvor er nærmeste sykehus",
        "mens du er ute, skru av lyset",
    ),
    "cs": (
        "přišli hosté",
        "jaká je teplota v obýváku",
        "kde je nejbližší nemocnice",
        "kup tablety do myčky",
        "pusť Ordinaci v růžové zahradě",
    ),
}


@pytest.mark.parametrize(
    ("language", "text"),
    [(language, text) for language, texts in PRIVATE.items() for text in texts],
)
def test_health_without_a_medical_keyword_is_private(language: str, text: str) -> None:
    finding = detect_private(text)
    assert finding is not None, f"{language}: {text}"
    assert finding.kind == "health"
    assert 0 <= finding.start < finding.end <= len(text)


@pytest.mark.parametrize(
    ("language", "text"),
    [(language, text) for language, texts in PUBLIC.items() for text in texts],
)
def test_words_shared_with_health_talk_stay_public(language: str, text: str) -> None:
    assert detect_private(text) is None, f"{language}: {text}"


def test_a_health_pattern_must_start_with_a_word_it_can_be_gated_by() -> None:
    with pytest.raises(ValueError, match="no literal start"):
        list(gated_by_prefix(r"(?:my|your)? rash"))
