"""Facts that do not change: who made a work, how a word is spelled, and how a song's words go on.

"Who directed The Shining" has one answer forever, so a small local model knows it (the routing policy keeps short
facts that do not change local), but a question with "who" and a title reads to the classifier like news. Asked in
the past tense, in the twelve languages, with nothing recent about it (today, new, last night, a match or a final),
it is such a fact.
"""

from __future__ import annotations

import re

from .shapes import Shape, Shapes, lacks
from .text import fold, words

# language -> (who, a past verb of making or playing a work)
_CREDITS: dict[str, tuple[str, str]] = {
    "en": (
        r"who",
        r"wrote|directed|sang|composed|painted|played|starred|invented|designed",
    ),
    "de": (
        r"wer",
        r"geschrieben|gedreht|gesungen|komponiert|gemalt|gespielt|regie|erfunden|schrieb|spielte|sang|malte",
    ),
    "fr": (
        r"qui",
        r"ecrit|realise|chante|compose|peint|joue|invente|jouait|chantait|ecrivait",
    ),
    "es": (
        r"quien",
        r"escribio|dirigio|canto|compuso|pinto|interpreto|protagonizo|invento",
    ),
    "it": (
        r"chi",
        r"scritto|diretto|cantato|composto|dipinto|interpretato|inventato|regista",
    ),
    "nl": (
        r"wie",
        r"schreef|regisseerde|zong|componeerde|schilderde|speelde|geschreven|geregisseerd|gezongen|geschilderd",
    ),
    "pl": (
        r"kto",
        r"napisal\w*|wyrezyserowal\w*|spiewal\w*|skomponowal\w*|namalowal\w*|gral|grala|wynalazl\w*",
    ),
    "pt": (
        r"quem",
        r"escreveu|realizou|dirigiu|cantou|compos|pintou|interpretou|inventou",
    ),
    "sv": (
        r"vem",
        r"skrev|regisserade|sjong|komponerade|malade|spelade|uppfann",
    ),
    "da": (
        r"hvem",
        r"skrev|instruerede|sang|komponerede|malede|spillede|opfandt",
    ),
    "nb": (
        r"hvem",
        r"skrev|regisserte|sang|komponerte|malte|spilte|oppfant",
    ),
    "cs": (
        r"kdo",
        r"napsal\w*|reziroval\w*|zpival\w*|slozil\w*|namaloval\w*|hral|hrala|vynalezl\w*",
    ),
}
# Anything recent: then it may be a result or news ("who played in the final last night").
_RECENT = (
    r"now|today|tonight|yesterday|last night|latest|new|newest|recent\w*|next|upcoming|match|game|final|season"
    r"|heute|gestern|neu\w*|letzte\w*|spiel|aujourd'hui|hier|nouveau|nouvelle|dernier\w*|finale|saison"
    r"|hoy|ayer|anoche|nuev[oa]s?|ultim[oa]s?|partido|temporada|oggi|ieri|nuov[oa]|partita|stagione"
    r"|vandaag|gisteren|nieuwe?|laatste|wedstrijd|seizoen|dzis|dzisiaj|wczoraj|now[yae]\w*|ostatni\w*|mecz|sezon"
    r"|hoje|ontem|nov[oa]s?|jogo|idag|i dag|igar|i gar|nya|senaste|matchen|sasong|nye|seneste|siste|kamp\w*|sesong"
    r"|dnes|vcera|nov[yae]\w*|posledni\w*|zapas\w*|serie"
)
_SHAPES = Shapes(
    ("credits", Shape(words, lacks(_RECENT))) for words in _CREDITS.values()
)


def asks_credits(text: str) -> bool:
    """Whether `text` asks who made or played in a work, with nothing recent about it."""
    return _SHAPES.first(fold(text)) is not None


# The same question opening the text, whatever follows ("who sang Where Is My Mind"), or whose a work is: its
# title may say "camera", "home" or "where is", which the privacy check must not read as the household's.
_MADE_A_WORK_FIRST = re.compile(
    r"\W*(?:"
    + "|".join(
        rf"(?:{who})(?: [\w']+){{0,5}}? (?:{verbs})(?![a-z])"
        for who, verbs in _CREDITS.values()
    )
    + r"|de quien es (?:el|la) (?:disco|libro|cancion|pelicula|cuadro|album|novela|serie))"
)


def opens_asking_who_made_a_work(folded: str) -> bool:
    """Whether folded text opens by asking who made a work or whose it is."""
    return _MADE_A_WORK_FIRST.match(folded) is not None


# How a word is written: "absorber se escribe con b o con v", "píše se výjimka s y nebo s i".
_SPELLING = re.compile(
    r"(?<![a-z])(?:how do you spell|how is \w+ spelled|se escribe|si scrive|escreve-se|se escreve"
    r"|schreibt man|schreibt sich|s'ecrit|schrijf je|pisze sie|pise se|stavar man|stavas|staver man|staves|stavet)"
    r"(?![a-z])"
)


# How a song or a poem goes on: "what's the line after …", "wie geht der Text weiter", "hva er teksten etter".
_LYRICS = re.compile(
    r"(?<![a-z])(?:(?:line|lines|words|lyrics?) (?:after|that comes after)|how does the song go|how does it go on"
    r"|wie geht (?:der text|das lied|es) weiter|(?:la )?suite des paroles|paroles apres|que sigue despues de"
    r"|como sigue (?:la cancion|la letra)|come continua|il testo dopo|(?:de )?tekst na|hoe gaat (?:het liedje|de tekst)"
    r" verder|(?:jakie sa )?dalej slowa|jak (?:idzie|leci) (?:dalej )?tekst|letra a seguir|como continua a (?:letra"
    r"|cancao)|(?:hur gar )?texten efter|teksten (?:efter|etter)|jak pokracuje (?:text|pisen|pisnicka))(?![a-z])"
)
# Longer, the spelling is part of a task ("write a story in which …").
MAX_SPELLING_WORDS = 14


def asks_spelling(text: str) -> bool:
    """Whether `text` is a short question how a word is spelled."""
    folded = fold(text)
    return (
        len(words(folded)) <= MAX_SPELLING_WORDS
        and _SPELLING.search(folded) is not None
    )


def asks_lyrics(text: str) -> bool:
    """Whether `text` asks how the words of a song or a poem go on."""
    return _LYRICS.search(fold(text)) is not None
