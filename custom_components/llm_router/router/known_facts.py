"""Facts that do not change: who made a work, how a word is spelled, how a song goes on, who the assistant is, a sum.

"Who directed The Shining" has one answer forever, so a small local model knows it (the routing policy keeps short
facts that do not change local), but a question with "who" and a title reads to the classifier like news. Asked in
the past tense, in the twelve languages, with nothing recent about it (today, new, last night, a match or a final),
it is such a fact.
"""

from __future__ import annotations

import re

from .alternation import Pattern, WordAlternation
from .shapes import Shape, Shapes, lacks
from .spoken_numbers import NUMBER_WORDS
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
# A day of this week or the weekend: "wie heißt der Tatort diesen Sonntag" asks about a new episode.
_THIS_WEEK = (
    r"sunday|saturday|weekend|week|sonntag|samstag|woche\w*|dimanche|samedi|semaine|week-end|domingo|sabado|semana"
    r"|domenica|sabato|settimana|zondag|zaterdag|niedziel\w*|sobot\w*|tydzien|tygodni\w*|sondag|lordag|veck\w*"
    r"|helg\w*|uge|ugen|weekenden|uke|uka|nedel\w*|tyden\w*|vikend\w*"
)
_SHAPES_RECENT = WordAlternation(
    r"(?<![a-z])(?:"
    + _RECENT
    + r"|current\w*|aktuell\w*|actuel\w*|actual\w*|attual\w*|huidige"
    r"|aktualn\w*|atual\w*|nuvarande|nuvaerende|navaerende|soucasn\w*|right now|at the moment|jetzt|gerade|grad"
    r"|maintenant|en ce moment|ahora|adesso|nu|teraz|agora|just nu|lige nu|akkurat na|ted|nyni|these days"
    r"|dieser tage|ces jours-ci|estos dias|in questi giorni|deze dagen|w tych dniach|nestes dias|dessa dagar"
    r"|i disse dage|i disse dager|v techto dnech|" + _THIS_WEEK + r")(?![a-z])"
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
_SPELLING = WordAlternation(
    r"(?<![a-z])(?:how do you spell|how is \w+ spelled|se escribe|si scrive|escreve-se|se escreve"
    r"|schreibt man|schreibt sich|s'ecrit|schrijf je|pisze sie|pise se|stavar man|stavas|staver man|staves|stavet)"
    r"(?![a-z])"
)


# How a song or a poem goes on: "what's the line after …", "wie geht der Text weiter", "hva er teksten etter".
_LYRICS = WordAlternation(
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
    return _short_and_found(text, _SPELLING, MAX_SPELLING_WORDS)


def _short_and_found(text: str, pattern: Pattern, max_words: int) -> bool:
    """Whether `text` has at most `max_words` words and `pattern` stands in it, folded."""
    folded = fold(text)
    return len(words(folded)) <= max_words and pattern.search(folded) is not None


# How a word is said in another language: "comment on dit fourchette en allemand", "hoe zeg je vork in het Duits".
_SAYING = WordAlternation(
    r"(?<![a-z])(?:how do you say|how do i say|what(?:'s| is) the (?:\w+ )?word for|wie sagt man|was heißt|was heisst"
    r"|comment (?:on )?dit(?:-on)?|como se dice|come si dice|hoe zeg je|wat is \w+ in het|jak (?:sie )?mowi sie"
    r"|jak (?:sie )?powiedziec|como se diz|hur sager man|vad heter \w+ pa|hvordan siger man|hvad hedder \w+ pa"
    r"|hvordan sier man|hva heter \w+ pa|jak se rekne|jak se (?:rekne|rika))(?![a-z])"
)
# What a character, a place or a thing of a story is called ("cómo se llama el caballo de don quijote").
_CALLED = WordAlternation(
    r"(?<![a-z])(?:what(?:'s| is| was| are| were) (?:the )?names? of|what (?:is|was|are|were) \w+(?: \w+){0,4} called"
    r"|wie (?:heißt|heisst|hiess|hieß|heißen|heissen)|comment s'appell\w*|como se llama\w*|come si chiama\w*"
    r"|hoe (?:heet|heette|heten)|jak (?:sie )?nazywa\w*|jak (?:sie )?nazywal\w*|como se chama\w*|vad heter|vad hette"
    r"|hvad hedder|hvad hed|hva heter|hva het|jak se jmenuj\w*|jak se jmenoval\w*)(?![a-z])"
)
# When someone was born: "kvízová otázka kdy se narodil karel čtvrtý", "quizvraag wanneer is rembrandt geboren".
_BORN = WordAlternation(
    r"(?<![a-z])(?:(?:when|what year|which year) (?:was|were|is|did) [\w' ]{2,40} (?:born|die|died)"
    r"|wann (?:wurde|ist) [\w' ]{2,40} (?:geboren|gestorben)|in welchem jahr wurde [\w' ]{2,40} geboren"
    r"|(?:quand|en quelle annee) (?:est|etait) (?:ne|nee|mort|morte)|quand [\w' ]{2,40} est-(?:il|elle) ne"
    r"|(?:cuando|en que ano) (?:nacio|murio)|(?:quando|in che anno) (?:e|era) (?:nato|nata|morto|morta)"
    r"|wanneer is [\w' ]{2,40} (?:geboren|overleden)|(?:kiedy|w ktorym roku) (?:sie )?(?:urodzil\w*|zmarl\w*)"
    r"|(?:quando|em que ano) (?:nasceu|morreu)|(?:nar|vilket ar) (?:foddes|dog)|(?:hvornar|hvilket ar) blev [\w' ]{2,40}"
    r" (?:fodt|dod)|(?:nar|hvilket ar) ble [\w' ]{2,40} (?:fodt|dod)|kdy se narodil\w*|kdy zemrel\w*)(?![a-z])"
)
# A rule of a board game: "in cluedo how many cards does each player get", "hur många brickor har man i alfapet".
_EACH_PLAYER = WordAlternation(
    r"(?<![a-z])(?:each player|every player|jeder spieler|chaque joueur|cada jugador|ogni giocatore|elke speler"
    r"|kazdy gracz|cada jogador|varje spelare|hver spiller|hver spiller|kazdy hrac|board ?game|brettspiel\w*"
    r"|jeu de societe|juego de mesa|gioco da tavolo|bordspel\w*|gr\w* planszow\w*|jogo de tabuleiro|bradspel\w*"
    r"|braetspil\w*|brettspill\w*|desk\w* hr\w*|from the start|at the start|am anfang|au debut|al principio"
    r"|all'inizio|aan het begin|na poczatku|no inicio|fran borjan|fra starten|fra begynnelsen|na zacatku|z zacatku)"
    r"(?![a-z])"
)
# First aid and how an illness spreads: general health knowledge, no one's details ("cómo se contagia el dengue").
_FIRST_AID = WordAlternation(
    r"(?<![a-z])(?:first aid|erste hilfe|premiers secours|primeros auxilios|primo soccorso|eerste hulp|pierwsz\w* pomoc"
    r"|primeiros socorros|forsta hjalpen|forstehjelp|forstehjaelp|prvni pomoc|how (?:does|do) [\w ]{2,30}"
    r" spread|how is [\w ]{2,30} (?:spread|transmitted|caught)|wie wird [\w ]{2,30} ubertragen|wie verbreitet sich"
    r"|comment (?:se transmet|se propage|attrape-t-on)|como se (?:contagia|transmite|propaga|apanha)"
    r"|come si (?:trasmette|prende|diffonde)|hoe (?:verspreidt|krijg je)|jak (?:sie )?(?:przenosi|rozprzestrzenia)"
    r"|como e que se apanha|hur (?:smittar|sprids)|hvordan (?:smitter|spredes|smittes)|jak se (?:prenasi|sviri))"
    r"(?![a-z])"
)
# Where a landmark or a town stands: "wo steht eigentlich das Brandenburger Tor", "où se trouve le mont saint michel".
_WHERE_A_PLACE_IS = re.compile(
    r"(?<![a-z])(?:where (?:is|are) [\w' ]{2,40} located|wo (?:steht|liegt|liegen)|ou se trouve(?:nt)?|ou est situe\w*"
    r"|donde (?:queda|esta situad\w*|se encuentra)|en que (?:barrio|ciudad|pais)|dove si trova(?:no)?|in che (?:citta"
    r"|paese|quartiere)|waar ligt|waar staat|gdzie (?:lezy|znajduje sie)|onde fica|var ligger|hvor ligger|kde (?:lezi"
    r"|se nachazi|stoji))(?![a-z])"
)
# How to mount or install a camera: the routing policy keeps anything about cameras local.
_MOUNT_A_CAMERA = WordAlternation(
    r"(?<![a-z])(?:mount\w*|install\w*|montier\w*|anbring\w*|fixer|percer|poser|instalar|montar|taladrar|installare"
    r"|montare|monteren|ophangen|boren|zamontowac|zainstalowac|montowac|montera|installera|borra|montere|bore"
    r"|monto?vat|montuj\w*|montuje|nainstalovat|henge opp|satta upp|sette opp|hang up|ophaengt?e?)(?![a-z])"
)
_CAMERA = WordAlternation(r"(?<![a-z])(?:\w*cam\w*|\w*kamer\w*)(?![a-z])")
# Who won something in a year long past: "who won the world cup in 1966", "czy Polska wygrała mistrzostwa w 2014".
# Years up to 2022 only: the local models in use today were trained after them.
_WON = WordAlternation(
    r"(?<![a-z])(?:won|win|scored|gewonnen|gewann|erzielt|gagne|marque|gano|marco|vinto|vinse|segnato|wygral\w*"
    r"|strzelil\w*|ganhou|marcou|vann|vandt|vant|scorede|scoret|vyhral\w*|dal gol"
    r"|vyhral\w*|winner|sieger|vainqueur|ganador|vincitore|winnaar|zwyciezc\w*|vencedor|vinnare|vinder|vinner"
    r"|vitez)(?![a-z])"
)
# The year of a win asked: "Vilket år vann ABBA Eurovision med Waterloo?" (no year said, the answer is one).
_WON_WHICH_YEAR = re.compile(
    r"(?:what|which) year (?:did|was) [\w' ]{2,40} (?:win|won)|in welchem jahr (?:gewann|hat)|en quelle annee [\w' ]{2,40}"
    r" gagne|en que ano gano|in che anno (?:ha )?vinto|in welk jaar (?:won|heeft)|w ktorym roku wygral\w*"
    r"|em que ano ganhou|vilket ar vann|hvilket ar vandt|hvilket ar vant|v jakem roce vyhral\w*|ktery rok vyhral\w*"
)
_PAST_YEAR = re.compile(r"(?<!\d)(?:1[89]\d\d|20[01]\d|202[0-2])(?!\d)")
# Longer, the question is part of a task ("write a story in which the horse is called …").
MAX_NAME_WORDS = 14


def asks_a_stable_fact(text: str) -> str | None:
    """What short question of a fact that does not change `text` asks, or None.

    How a word is said, what a thing of a story is called, when someone was born, a rule of a board game, first
    aid or how an illness spreads, where a landmark stands, how to mount a camera, who won in a year long past. Not
    with anything recent ("wie heißt der neue Trainer", "where is the pope this week"), which may have changed since
    the model learned it.
    """
    folded = fold(text)
    if len(words(folded)) > MAX_NAME_WORDS or _SHAPES_RECENT.search(folded) is not None:
        return None
    found = (
        ("how a word is said", _SAYING.search(folded)),
        ("what something is called", _CALLED.search(folded)),
        ("when someone was born", _BORN.search(folded)),
        ("a rule of a game", _EACH_PLAYER.search(folded)),
        ("first aid or how an illness spreads", _FIRST_AID.search(folded)),
        ("where a place is", _WHERE_A_PLACE_IS.search(folded)),
        (
            "how to mount a camera",
            _MOUNT_A_CAMERA.search(folded) and _CAMERA.search(folded),
        ),
        (
            "who won in a year long past",
            _WON.search(folded) and _PAST_YEAR.search(folded),
        ),
        ("the year something was won", _WON_WHICH_YEAR.search(folded)),
    )
    return next((label for label, hit in found if hit), None)


def asks_lyrics(text: str) -> bool:
    """Whether `text` asks how the words of a song or a poem go on."""
    return _LYRICS.search(fold(text)) is not None


# Who made the assistant or who it is: small talk the local model answers ("wie heeft jou gemaakt", "wer bist du").
_ABOUT_THE_ASSISTANT = WordAlternation(
    r"(?<![a-z])(?:who (?:made|created|built|programmed|designed) you|who are you"
    r"|wer hat dich (?:\w+ )?(?:gemacht|erschaffen|gebaut|programmiert|entwickelt)|wer bist du"
    r"|qui t'a (?:cree|fait|construit|programme|concu)|qui es-tu|tu es qui"
    r"|quien te (?:hizo|creo|construyo|programo|diseno)|quien eres"
    r"|chi ti ha (?:creato|fatto|costruito|programmato)|chi sei"
    r"|wie heeft (?:je|jou) (?:gemaakt|gebouwd|bedacht|geprogrammeerd)|wie ben (?:je|jij)"
    r"|kto cie (?:stworzyl|zrobil|zbudowal|zaprogramowal)|kim jestes"
    r"|quem te (?:criou|fez|construiu|programou)|quem es tu|quem e voce"
    r"|vem (?:har )?(?:skapade|gjorde|byggde|programmerade|skapat|gjort|byggt) dig|vem ar du"
    r"|hvem (?:har )?(?:lavet|skabt|bygget|programmeret|lavede|skabte) dig|hvem er du"
    r"|hvem (?:har )?(?:laget|lagde|skapte|skapt|bygde|bygget|programmerte) deg"
    r"|kdo te (?:vytvoril|udelal|postavil|naprogramoval)|kdo jsi)(?![a-z])"
)
# Longer, the assistant is asked something else too ("who made you and what is the news today").
MAX_ASSISTANT_WORDS = 7


def asks_about_the_assistant(text: str) -> bool:
    """Whether `text` is a short question who made the assistant or who it is."""
    return _short_and_found(text, _ABOUT_THE_ASSISTANT, MAX_ASSISTANT_WORDS)


# A short sum with its own figures: "la factura son 64,80 euros entre dos, cuánto toca", "double 250 g for eight".
_HOW_MUCH = WordAlternation(
    r"(?<![a-z])(?:how much|how many|cuant[oa]s?|quant[oaie]s?|combien|wie ?viel\w*|ile|kolik|hoeveel|hur mycket"
    r"|hur manga|hvor meget|hvor mange|hvor mye|double|halve|doppelt|halbier\w*|double\w*|raddoppi\w*|verdubbel\w*"
    r"|duplica\w*|dobra\w*|podwoj\w*|dubbla|fordobl\w*|zdvojnasob\w*)(?![a-z])"
)
_FIGURE = re.compile(r"\d+(?:[.,]\d+)?")
# A supposition makes it a problem to think through: "if I invest 1000 at 5 percent for 10 years, how much …".
# A comparison is one too: "hjälp mig jämföra tre kalasidéer med ungefärlig kostnad".
_IF = re.compile(
    r"(?<![a-z])(?:if|wenn|falls|si|se|als|jesli|jezeli|om|hvis|pokud|kdyz|compare|vergleich\w*|compar\w*"
    r"|confront\w*|vergelijk\w*|porown\w*|jamfor\w*|sammenlign\w*|sammenlikn\w*|porovn\w*)(?![a-z])"
)
# Number words that are also articles ("una plantilla", "en packlista") count as no figure.
_ARTICLES = frozenset(
    {
        "a",
        "an",
        "one",
        "un",
        "una",
        "uno",
        "une",
        "en",
        "ett",
        "et",
        "ein",
        "eine",
        "een",
        "um",
        "uma",
        "jeden",
    }
    | {"jedna", "jedno", "jednu"}
)
# Word problems that ask how much are longer (reasoning_cues.MIN_PROBLEM_WORDS) and read first.
MAX_SUM_WORDS = 24
MIN_SUM_FIGURES = 2


def asks_a_short_sum(text: str) -> bool:
    """Whether `text` is a short sum with its own figures, which a small local model works out."""
    folded = fold(text)
    tokens = words(folded)
    figures = len(_FIGURE.findall(folded)) + sum(
        token in NUMBER_WORDS and token not in _ARTICLES for token in tokens
    )
    return (
        len(tokens) <= MAX_SUM_WORDS
        and figures >= MIN_SUM_FIGURES
        and _HOW_MUCH.search(folded) is not None
        and _IF.search(folded) is None
    )
