"""Questions about the world as it is now, by their shape: fixtures, opening hours, votes, traffic, the news.

The routing policy sends fresh outside information to search. These shapes are recognised by how the question
is built, in each of the twelve languages, not by a list of teams, shops or laws:
- a fixture: a team plays or meets someone (who, against, at home or away) today, tonight or this weekend, and
  which club or team a player plays for now;
- opening hours: a shop, a pharmacy or a place in town (a street, a square) that is open or closes;
- a vote: a law or bill that passed, was adopted or voted on, or what a parliament did;
- where something is on: a streaming service, the cinema or the television, now, still or anywhere;
- shopping: what is worth buying, on offer, for sale or best in test now or this year, or what a thing costs now;
- a concert or a tour tonight, this month or now, and what was released, found or is newest this month or
  lately, or when something or a series' next season comes out ("kiedy wychodzi …");
- the latest news or updates, or the news about something;
- traffic, a queue or a closure on a road named by its number or as a motorway ("Stau auf der A8");
- a product recall or withdrawal this week, now or of a food or a toy ("er der tilbagekaldt noget legetøj");
- the weather in a town said in lower case after "v", "w", "i" or "em" ("jaké je počasí v brně"), when the word
  after it is no time, no part of a home and no pronoun.
Each shape's words must come from one language, so a word of another language does not complete it. A door,
window, gate or blind is never a shop ("is the garage door still open" stays local), and the home-name rule runs
before these shapes, except before the market: the price of the home's own doorbell at a shop is no question
about the home.
"""

from __future__ import annotations

from itertools import pairwise
import re

from .alternation import WordAlternation
from .features import mentions_place
from .home_requests import (
    HOME_OPENINGS,
    HOME_SWITCHING,
    MAX_WEATHER_WORDS,
    THERMOMETER,
    device_command,
    names_a_place,
    opens_with_a_command,
)
from .live_prices import asks_now
from .privacy_lexicon import (
    ANIMAL_DISEASES,
    CAR_MAKES,
    CARS,
    CHILDREN,
    FAMILY,
    ILLNESS_GOING_ROUND,
    INJURED,
    POSSESSIVE,
    WEEKDAYS,
)
from .reasoning_cues import MAKE
from .shapes import WORD, Shape, Shapes, command_first, lacks, opens_with
from .text import first_question, fold, words

# language -> (play or meet, who or against or home or away or match, today or tonight or this weekend)
_FIXTURE_ANY: dict[str, tuple[str, str, str]] = {
    "en": (
        r"plays|playing|play|faces?|facing|have \w+(?: \w+)? got|has \w+(?: \w+)? got",
        r"who|where|against|vs|versus|at home|away|match|fixture|kick ?-?off",
        r"today|tonight|this (?:evening|afternoon|weekend)|tomorrow(?: night)?|at the weekend|on (?:saturday|sunday)",
    ),
    "de": (
        r"spielt|spielen|trifft",
        r"wer|wen|wo|gegen|zu hause|daheim|auswarts|heimspiel|anstoß|anstoss",
        r"heute|heut|morgen|am wochenende|dieses wochenende|samstag|sonntag",
    ),
    "fr": (
        r"joue|jouent|affronte|affrontent",
        r"qui|ou|contre|a domicile|a l'exterieur|match|coup d'envoi",
        r"aujourd'hui|ce soir|demain|ce week-?end|samedi|dimanche",
    ),
    "es": (
        r"juega|juegan|enfrenta|enfrentan",
        r"quien|donde|contra|en casa|fuera|partido",
        r"hoy|esta noche|manana|este fin de semana|el sabado|el domingo",
    ),
    "it": (
        r"gioca|giocano|affronta|affrontano|sfida",
        r"chi|dove|contro|in casa|in trasferta|partita",
        r"oggi|stasera|stanotte|domani|(?:questo|nel) (?:fine settimana|weekend)|sabato|domenica",
    ),
    "nl": (
        r"speelt|spelen|treft",
        r"wie|waar|tegen|thuis|uit|wedstrijd|aftrap",
        r"vandaag|vanavond|morgen|dit weekend|zaterdag|zondag",
    ),
    "pl": (
        r"gra|graja|zagra|zagraja|zmierzy",
        r"kto|kim|kogo|gdzie|przeciwko|u siebie|na wyjezdzie|mecz",
        r"dzis|dzisiaj|wieczorem|jutro|w (?:ten )?weekend|w sobote|w niedziele",
    ),
    "pt": (
        r"joga|jogam|defronta|defrontam|enfrenta",
        r"quem|onde|contra|em casa|fora|jogo",
        r"hoje|esta noite|amanha|este fim de semana|no sabado|no domingo",
    ),
    "sv": (
        r"spelar|moter|mots",
        r"vem|var|mot|hemma|borta|match|matchen",
        r"idag|i dag|i kvall|ikvall|i morgon|imorgon|i helgen|pa lordag|pa sondag",
    ),
    "da": (
        r"spiller|moder|modes",
        r"hvem|hvor|mod|hjemme|ude|kamp|kampen",
        r"i dag|idag|i aften|i aftes|i morgen|i weekenden|pa lordag|pa sondag",
    ),
    "nb": (
        r"spiller|moter|motes",
        r"hvem|hvor|mot|hjemme|borte|kamp|kampen",
        r"i dag|idag|i kveld|ikveld|i morgen|i helga|i helgen|pa lordag|pa sondag",
    ),
    "cs": (
        r"hraje|hraji|nastoupi|narazi",
        r"kdo|kde|kym|koho|proti|doma|venku|zapas|utkani",
        r"dnes|dneska|vecer|zitra|o vikendu|tento vikend|v sobotu|v nedeli",
    ),
}
# language -> (played, won, lost or drew; how or who or against; yesterday or last weekend): a result.
_RESULT: dict[str, tuple[str, str, str]] = {
    "en": (
        r"played|won|lost|drew|did \w+(?: \w+)? (?:play|do)|the score",
        r"how|who|against|score|result",
        r"yesterday|last night|on (?:saturday|sunday)|at the weekend|this weekend|last weekend|(?:the |their )?last (?:game|match)",
    ),
    "de": (
        r"gespielt|gewonnen|verloren|unentschieden",
        r"wie|wer|gegen|ergebnis",
        r"gestern|am (?:samstag|sonntag|wochenende)|letztes wochenende|(?:im )?letzten spiel",
    ),
    "fr": (
        r"joue|gagne|perdu|fait match nul|le score",
        r"comment|qui|contre|score|resultat",
        r"hier|hier soir|samedi|dimanche|ce week-?end|(?:au |lors du )?dernier match",
    ),
    "es": (
        r"jugo|gano|perdio|empato",
        r"como|quien|contra|resultado",
        r"ayer|anoche|el (?:sabado|domingo|fin de semana)|(?:en el )?ultimo partido",
    ),
    "it": (
        r"giocato|vinto|perso|pareggiato",
        r"come|chi|contro|risultato",
        r"ieri|ieri sera|sabato|domenica|nel (?:weekend|fine settimana)|(?:nell')?ultima partita",
    ),
    "nl": (
        r"speelde|speelden|gespeeld|gewonnen|verloren|gelijkgespeeld",
        r"hoe|wie|tegen|uitslag",
        r"gisteren|gisteravond|zaterdag|zondag|afgelopen weekend|(?:de )?laatste wedstrijd",
    ),
    "pl": (
        r"zagral\w*|grala|grali|wygral\w*|przegral\w*|zremisowal\w*",
        r"jak|kto|z kim|wynik",
        r"wczoraj|w (?:sobote|niedziele|weekend)|w ostatnim meczu",
    ),
    "pt": (
        r"jogou|ganhou|perdeu|empatou",
        r"como|quem|contra|resultado",
        r"ontem|no (?:sabado|domingo|fim de semana)|(?:no )?ultimo jogo",
    ),
    "sv": (
        r"spelade|vann|forlorade",
        r"hur|vem|mot|resultat\w*",
        r"igar|i gar|igar kvall|i gar kvall|i (?:lordags|sondags|helgen)|(?:i )?senaste matchen",
    ),
    "da": (
        r"spillede|vandt|tabte|blev|endte",
        r"hvordan|hvem|mod|resultat\w*|kamp\w*",
        r"i gar|igar|i aftes|i gar aftes|i (?:lordags|sondags|weekenden)|(?:i )?sidste kamp",
    ),
    "nb": (
        r"spilte|vant|tapte",
        r"hvordan|hvem|mot|resultat\w*",
        r"i gar|igar|i gar kveld|i lordag|pa lordag|i sondag|pa sondag|i (?:helga|helgen)|(?:i )?siste kamp",
    ),
    "cs": (
        r"hral\w*|vyhral\w*|prohral\w*|remizoval\w*",
        r"jak|kdo|s kym|proti|vysledek",
        r"vcera|v (?:sobotu|nedeli)|o vikendu|(?:v )?poslednim zapase",
    ),
}
# Where a team's "plays" cannot be a command to play music (not the imperative), today alone makes a fixture.
_FIXTURE_BARE: dict[str, tuple[str, str]] = {
    language: (verbs, _FIXTURE_ANY[language][2])
    for language, verbs in {
        "en": r"plays|playing",
        "de": r"spielt",
        "nl": r"speelt",
        "pl": r"gra|graja",
        "sv": r"spelar",
        "da": r"spiller",
        "nb": r"spiller",
        "cs": r"hraje|hraji",
    }.items()
}
_MUSIC = r"music|song|songs|playlist|musik|musique|musica|muziek|muzyk\w*|hudb\w*|spotify|album|radi\w*"

# language -> (open or closes, a shop or a place in town)
_OPEN: dict[str, tuple[str, str]] = {
    "en": (
        r"open|opens|close|closes|closed|shut|shuts|opening (?:hours|times)",
        (
            r"shops?|stores?|supermarket|pharmacy|chemist'?s?|bank|post office|library|museum|swimming pool|gym"
            r"|restaurant|cafe|bakery|butcher'?s?|market|mall|shopping cent(?:re|er)|petrol station|town hall|pub|museums"
            r"|recycling cent(?:re|er)|the dump|household waste\w*|council offices?|clinic|vets?|vet'?s|surgery|gp"
            r"|dentists?|dentist'?s|registry office"
            r"|high street|street|road|avenue|square|town cent(?:re|er)|city cent(?:re|er)"
        ),
    ),
    "de": (
        (
            r"offen|geoffnet|offnet|schließt|schliesst|geschlossen|noch auf|heute auf|jetzt auf|sonntags? auf"
            r"|auf haben|offnungszeiten"
        ),
        (
            r"laden|geschaft|supermarkt|apotheke|bank|post|postfiliale|bibliothek|museum|schwimmbad|hallenbad"
            r"|freibad|baumarkt|backerei|backer|metzgerei|metzger|markt|restaurant|cafe|rathaus|straße|strasse|platz"
            r"|zentrum|innenstadt|bahnhof|wertstoffhof|recyclinghof|burgeramt|praxis|arztpraxis|tierarzt\w*|klinik"
            r"|sparkasse|volksbank|standesamt|\w+straße|\w+strasse|\w+weg|\w+platz"
        ),
    ),
    "fr": (
        r"ouvert|ouverte|ouverts|ouvertes|ouvre|ouvrent|ferme|fermee|ferment|horaires",
        (
            r"magasin|boutique|supermarche|pharmacie|banque|poste|bibliotheque|mediatheque|musee|piscine"
            r"|boulangerie|boucherie|marche|mairie|restaurant|centre commercial|rue|place|avenue|centre-ville"
            r"|centre ville|gare|dechetterie|decheterie|clinique|veterinaire|cabinet|prefecture|la poste"
        ),
    ),
    "es": (
        r"abierto|abierta|abiertos|abre|abren|cierra|cierran|cerrado|cerrada|horario",
        (
            r"tienda|supermercado|farmacia|banco|correos|biblioteca|museo|piscina|panaderia|carniceria|mercado"
            r"|centro comercial|ayuntamiento|restaurante|calle|avenida|plaza|centro|estacion|punto limpio|clinica"
            r"|veterinari\w*|ambulatorio|centro de salud|registro civil"
        ),
    ),
    "it": (
        r"aperto|aperta|aperti|apre|aprono|chiude|chiudono|chiuso|chiusa|orari|orario",
        (
            r"negozio|supermercato|farmacia|banca|posta|ufficio postale|biblioteca|museo|piscina|panificio"
            r"|macelleria|mercato|centro commerciale|comune|ristorante|bar|via|piazza|corso|centro|stazione"
            r"|isola ecologica|ecocentro|anagrafe|clinica|veterinari\w*|ambulatorio"
        ),
    ),
    "nl": (
        r"open|geopend|opent|sluit|dicht|gesloten|openingstijden",
        (
            r"winkel|supermarkt|apotheek|bank|postkantoor|bibliotheek|museum|musea|zwembad|bakker|slager|markt"
            r"|gemeentehuis|bouwmarkt|restaurant|cafe|straat|plein|centrum|station|dorp|milieustraat|afvalbrengstation"
            r"|milieupark|\w+straat|\w+plein|huisartsenpost|dierenarts\w*|praktijk|stadhuis"
        ),
    ),
    "pl": (
        r"otwart\w*|czynn\w*|otwieraj\w*|zamykaj\w*|zamkniet\w*|godziny otwarcia",
        (
            r"sklep\w*|supermarket\w*|aptek\w*|bank\w*|poczt\w*|bibliotek\w*|muze\w*|basen\w*|piekarn\w*|targ\w*"
            r"|urzad|galeri\w*|market|restaurac\w*|ulic\w*|rynk\w*|rynek|centrum|dworzec|dworcu|pszok|przychodni\w*"
            r"|weteryna\w*"
        ),
    ),
    "pt": (
        r"aberto|aberta|abertos|abre|abrem|fecha|fecham|fechado|fechada|horario",
        (
            r"loja|supermercado|farmacia|banco|correios|biblioteca|museu|piscina|padaria|talho|mercado"
            r"|centro comercial|camara municipal|restaurante|rua|avenida|praca|centro|estacao|ecocentro|ecoponto"
            r"|clinica|veterinari\w*|centro de saude|conservatoria|registo civil|junta de freguesia"
        ),
    ),
    "sv": (
        r"oppet|oppen|oppnar|stanger|stangt|oppettider",
        (
            r"affar\w*|butik\w*|mataffar\w*|apotek\w*|bank\w*|posten|bibliotek\w*|museum|museet|simhall\w*"
            r"|bageri\w*|kopcent\w*|systemet|systembolaget|restaurang\w*|gatan|torget|centrum|stationen"
            r"|atervinningscentral\w*|atervinningsstation\w*|tippen|\w+gatan|\w+vagen|\w+torget|vardcentral\w*"
            r"|veterinar\w*|postombud\w*|ica|coop"
        ),
    ),
    "da": (
        r"aben|abent|abner|lukker|lukket|abningstider",
        (
            r"butik\w*|supermarked\w*|apotek\w*|bank\w*|posthus\w*|bibliotek\w*|museum|museet|svommehal\w*"
            r"|bager\w*|slagter\w*|indkobscent\w*|restaurant\w*|gade|gaden|torvet|centrum|station\w*"
            r"|genbrugsplads\w*|genbrugsstation\w*|\w+vej|\w+gade|\w+torv|laegehus\w*|dyrlaege\w*|netto|fotex|rema"
            r"|borgerservice"
        ),
    ),
    "nb": (
        r"apen|apent|apner|stenger|stengt|apningstider",
        (
            r"butikk\w*|matbutikk\w*|apotek\w*|bank\w*|posten|bibliotek\w*|museum|museet|svommehall\w*"
            r"|bakeri\w*|kjopesent\w*|vinmonopol\w*|polet|restaurant\w*|gata|gaten|torget|sentrum|stasjon\w*"
            r"|gjenvinningsstasjon\w*|miljostasjon\w*|\w+veien|\w+vei|\w+gata|\w+gaten|\w+torget|legekontor\w*"
            r"|legevakt\w*|dyrlege\w*|nav-kontor\w*"
        ),
    ),
    "cs": (
        r"otevren\w*|otevira\w*|zavira\w*|zavren\w*|oteviraci doba",
        (
            r"obchod\w*|supermarket\w*|lekarn\w*|bank\w*|post\w*|knihovn\w*|muze\w*|bazen\w*|pekarn\w*"
            r"|reznictv\w*|trh\w*|trznic\w*|urad\w*|nakupni\w*|obchodni\w*|restaurac\w*|hospod\w*|ulic\w*"
            r"|namest\w*|centr\w*|nadraz\w*|sbern\w* dv\w*|ordinac\w*|veterin\w*|matrik\w*"
        ),
    ),
}
# language -> when or until what time: "hvornår lukker Netto", "a que horas fecha o Continente".
_WHEN: dict[str, str] = {
    "en": r"when|what time|until when|how late",
    "de": r"wann|um wie viel uhr|bis wann|wie lange",
    "fr": r"quand|a quelle heure|jusqu'a quelle heure|jusqu'a quand",
    "es": r"cuando|a que hora|hasta que hora|hasta cuando",
    "it": r"quando|a che ora|fino a che ora|fino a quando",
    "nl": r"wanneer|hoe laat|tot hoe laat",
    "pl": r"kiedy|o ktorej|do ktorej",
    "pt": r"quando|a que horas|ate que horas|ate quando",
    "sv": r"nar|hur dags|till nar|hur lange",
    "da": r"hvornar|til hvornar|hvor lang tid|hvor lange",
    "nb": r"nar|til nar|hvor lenge",
    "cs": r"kdy|v kolik|do kolika|jak dlouho",
}
# An opening word first is a command ("open the bank app"), where the imperative differs from the question.
_OPEN_COMMAND = r"open|close|shut|offne|schließ|schliess|ouvre|ferme|apri|chiudi|sluit|otworz|zamknij|oppna|stang|abn|luk|apne|lukk|steng|otevri|zavri"

# language -> (a law or a parliament, passed or adopted or voted)
_VOTE: dict[str, tuple[str, str]] = {
    "en": (
        r"laws?|bill|legislation|referendum|parliament|senate|congress|the commons|house of commons",
        r"pass|passed|passes|voted|vote|votes|approved|adopted|signed|vetoed|rejected|got through|went through",
    ),
    "de": (
        r"gesetz(?:e|es|en|entwurf\w*)?|bundestag|bundesrat|landtag|parlament",
        r"verabschiedet|beschlossen|abgestimmt|angenommen|abgelehnt|durchgekommen|gebilligt|unterschrieben",
    ),
    "fr": (
        r"loi|lois|assemblee|senat|parlement|referendum",
        r"adopte\w*|vote\w*|approuve\w*|rejete\w*|passe\w*|promulgu\w*",
    ),
    "es": (
        r"ley|leyes|congreso|senado|cortes|parlamento|referendum",
        r"aprobad\w*|aprobo|aprueba\w*|votad\w*|votacion|vota|votan|rechazad\w*|pasado",
    ),
    "it": (
        r"legge|leggi|ddl|decreto|senato|camera dei deputati|parlamento|referendum",
        r"approvat\w*|approva|approvano|votat\w*|vota|votano|passat\w*|bocciat\w*",
    ),
    "nl": (
        r"wet|wetsvoorstel|wetgeving|tweede kamer|eerste kamer|parlement|referendum",
        r"aangenomen|goedgekeurd|gestemd|stemming|verworpen|weggestemd",
    ),
    "pl": (
        r"ustaw(?:a|e|y|ie|ami|om)|projekt ustawy|sejm\w*|senat\w*|parlament\w*|referend\w*",
        (
            r"uchwal\w*|przyjet\w*|przyjal\w*|przyjela|przyjeli|przeglosow\w*|podpisze|podpisal\w*|odrzuc\w*"
            r"|glosowal\w*|glosowanie|zawetow\w*"
        ),
    ),
    "pt": (
        r"lei|leis|parlamento|assembleia|senado|referendo",
        r"aprovad\w*|aprovou|votad\w*|votacao|chumbad\w*|chumbou|promulg\w*|passou",
    ),
    "sv": (
        r"lag|lagen|lagforslag\w*|riksdag\w*|folkomrostning\w*",
        r"antagits|antogs|antagen|antaget|antog|klubbad\w*|rostat\w*|rostade|rostning\w*|godkan\w*|gick igenom",
    ),
    "da": (
        r"lov|loven|lovforslag\w*|folketing\w*|folkeafstemning\w*",
        r"vedtag\w*|stemt\w*|stemte|afstemning\w*|godkendt\w*|gik igennem",
    ),
    "nb": (
        r"lov|loven|lovforslag\w*|storting\w*|folkeavstemning\w*",
        r"vedtatt|vedtok|vedta|stemt\w*|stemte|avstemning\w*|godkjent|gikk gjennom",
    ),
    "cs": (
        r"zakon\w*|novel\w*|snemovn\w*|senat\w*|parlament\w*|referend\w*",
        r"prosel|prosla|proslo|schval\w*|odhlasov\w*|zamitl\w*|zamitnut\w*|podepsal\w*|hlasoval\w*",
    ),
}


# language -> (a streaming service, the cinema or the television, now or still or anywhere)
_SHOWING: dict[str, tuple[str, str]] = {
    "en": (
        r"streaming|stream|netflix|disney\+?|prime video|hbo|apple tv|cinemas?|theaters?|theatres?|on tv|on telly",
        r"now|right now|at the moment|currently|still|anywhere|tonight|this week",
    ),
    "de": (
        r"streamen|streaming|stream|netflix|disney\+?|prime video|kino|kinos|kinofilm\w*|mediathek|im fernsehen|im tv",
        r"jetzt|gerade|noch|irgendwo|aktuell|heute|(?:dieses|am) wochenende|diese woche",
    ),
    "fr": (
        r"streaming|netflix|disney\+?|prime video|cinema|au cine|a l'affiche|a la tele|a la television",
        r"maintenant|en ce moment|encore|toujours|quelque part|ce soir|actuellement|ce week-?end|cette semaine",
    ),
    "es": (
        r"plataforma|streaming|netflix|disney\+?|prime video|cine|cines|cartelera|donde ver|se puede ver|puedo ver",
        r"ahora|todavia|aun|en algun sitio|en alguna parte|esta noche|esta semana",
    ),
    "it": (
        r"streaming|netflix|disney\+?|prime video|cinema|al cinema|in tv|in tivu",
        r"adesso|ora|ancora|da qualche parte|stasera|attualmente|in questo momento",
    ),
    "nl": (
        r"streamen|streaming|netflix|disney\+?|videoland|bioscoop|bios|op tv",
        r"nu|nog|ergens|momenteel|vanavond",
    ),
    "pl": (
        r"streaming\w*|netflix\w*|disney\+?|hbo|kino|kinie|w kinach|w telewizji|obejrzec",
        r"teraz|jeszcze|gdzies|dzis|dzisiaj|obecnie",
    ),
    "pt": (
        r"streaming|netflix|disney\+?|hbo|plataforma|cinema|no cinema|nos cinemas|na televisao|onde ver|posso ver",
        r"agora|ainda|em algum lado|hoje|neste momento|atualmente",
    ),
    "sv": (
        r"streama|streaming|netflix|disney\+?|viaplay|svt play|hbo|bio|bion|biografen|pa tv",
        r"nu|just nu|fortfarande|nagonstans|ikvall|i kvall|idag|i dag",
    ),
    "da": (
        r"streame|streaming|netflix|disney\+?|viaplay|dr tv|hbo|biograf|biografen|i biffen|pa tv",
        r"nu|lige nu|stadig|nogen steder|i aften|i dag",
    ),
    "nb": (
        r"stromme|streaming|netflix|disney\+?|viaplay|nrk tv|hbo|kino|kinoen|pa tv",
        r"na|akkurat na|fortsatt|noen steder|i kveld|i dag",
    ),
    "cs": (
        r"streamovat|streaming|netflix\w*|disney\+?|hbo|voyo|kino|v kine|v kinech|v televizi|v tv",
        r"ted|jeste|nekde|dnes|dneska|vecer|aktualne",
    ),
}
# A first word that starts the television or a stream is a command ("put netflix on now").
_PLAY_COMMAND = (
    r"put|play|start|open|turn|switch|pause|stop|resume|mach|spiel|starte|offne|schalt|mets|lance|ouvre|pon|abre"
    r"|metti|avvia|apri|zet|speel|wlacz|pusc|odpal|poe|liga|satt|starta|oppna|spela|sat|aben|spil|sett|apne|spill"
    r"|zapni|pust|spust|otevri"
)

# language -> (buying, a sale or an offer, a test or reviews; now or this year, not today: "buy milk today")
_SHOPPING: dict[str, tuple[str, str]] = {
    "en": (
        r"cheapest|cheaper|lowest price|best price|buy|buying|worth getting|on sale|on offer|deals?|discount\w*|best reviews|best rated|top rated|for sale",
        r"now|right now|at the moment|currently|this year|this week",
    ),
    "de": (
        r"billigste\w*|billiger|am billigsten|gunstigste\w*|am gunstigsten|kaufen|im angebot|angebot|reduziert|rabatt|testsieger|zu verkaufen",
        r"jetzt|gerade|grad|aktuell|dieses jahr|diese woche|momentan",
    ),
    "fr": (
        r"le moins cher|la moins chere|moins chere?s?|meilleur prix|acheter|en promo|en promotion|en solde|en soldes|en vente|meilleurs? avis",
        r"maintenant|en ce moment|actuellement|cette annee|cette semaine",
    ),
    "es": (
        r"mas barat[oa]s?|mejor precio|comprar|de oferta|en oferta|rebajad\w*|en venta|mejor valorad\w*",
        r"ahora|ahora mismo|actualmente|este ano|esta semana",
    ),
    "it": (
        r"piu economic[oaie]|meno car[oaie]|miglior prezzo|comprare|acquistare|in offerta|in sconto|scontat\w*|in vendita",
        r"adesso|ora|attualmente|in questo momento|quest'anno|questa settimana",
    ),
    "nl": (
        r"goedkoopste?|goedkoper|beste prijs|kopen|in de aanbieding|aanbieding|in de uitverkoop|afgeprijsd|te koop|beste getest|consumentenbond",
        r"nu|momenteel|dit jaar|deze week",
    ),
    "pl": (
        r"najtan\w*|tansz\w*|kupic|w promocji|na promocji|promocj\w*|przecen\w*|na sprzedaz",
        r"teraz|obecnie|aktualnie|w tym roku|w tym tygodniu",
    ),
    "pt": (
        r"mais barat[oa]s?|melhor preco|comprar|em promocao|em saldo|em saldos|a venda|mais bem avaliad\w*",
        r"agora|atualmente|neste momento|este ano|esta semana",
    ),
    "sv": (
        r"billigast\w*|billigare|bast pris|kopa|pa rea|rea|pa kampanj|till salu|bast i test|bast betyg",
        r"nu|just nu|i ar|arets|den har veckan",
    ),
    "da": (
        r"billigst\w*|billigere|bedste pris|kobe|pa tilbud|tilbud|pa udsalg|til salg|bedst i test|bedst bedomt",
        r"nu|lige nu|i ar|arets|i denne uge",
    ),
    "nb": (
        r"billigst\w*|billigere|beste pris|kjope|pa tilbud|tilbud|pa salg|til salgs|best i test|best vurdert",
        r"na|akkurat na|i ar|arets|denne uka",
    ),
    "cs": (
        r"nejlevnejsi\w*|levnejsi\w*|koupit|v akci|ve sleve|zlevnen\w*|na prodej|nejlepe hodnocen\w*",
        r"ted|aktualne|letos|tento tyden",
    ),
}

# language -> (a concert or a tour, tonight or this month or now)
_PERFORMING: dict[str, tuple[str, str]] = {
    "en": (
        r"concerts?|gigs?|touring|tour|performing",
        r"tonight|this weekend|this month|next week|next month|now|right now|this year|this summer",
    ),
    "de": (
        r"konzert\w*|tour|tournee|auftritt\w*|tritt",
        r"heute|am wochenende|diesen monat|nachste woche|nachsten monat|jetzt|gerade|dieses jahr|diesen sommer",
    ),
    "fr": (
        r"concerts?|tournee|se produit",
        r"ce soir|ce week-?end|ce mois|la semaine prochaine|en ce moment|maintenant|cette annee|cet ete",
    ),
    "es": (
        r"conciertos?|gira|actua|actuan",
        r"esta noche|este fin de semana|este mes|la semana que viene|la proxima semana|ahora|este ano|este verano",
    ),
    "it": (
        r"concert\w*|tour|si esibisce",
        r"stasera|questo fine settimana|questo mese|la prossima settimana|adesso|ora|quest'anno|quest'estate",
    ),
    "nl": (
        r"concert\w*|tour|tournee|optreden|treedt",
        r"vanavond|dit weekend|deze maand|volgende week|nu|dit jaar|deze zomer",
    ),
    "pl": (
        r"koncert\w*|trasa|trasie|wystep\w*",
        r"dzis wieczorem|w ten weekend|w tym miesiacu|w przyszlym tygodniu|teraz|w tym roku|tego lata",
    ),
    "pt": (
        r"concertos?|digressao|turne|atua",
        r"esta noite|este fim de semana|este mes|na proxima semana|agora|este ano|este verao",
    ),
    "sv": (
        r"konsert\w*|turne\w*|upptrader",
        r"ikvall|i kvall|i helgen|den har manaden|i manaden|nasta vecka|nu|i ar|i sommar",
    ),
    "da": (
        r"koncert\w*|turne\w*|optreder",
        r"i aften|i weekenden|denne maned|i denne maned|neste uge|nu|i ar|i sommer",
    ),
    "nb": (
        r"konsert\w*|turne\w*|opptrer",
        r"i kveld|i helga|denne maneden|neste uke|na|i ar|i sommer",
    ),
    "cs": (
        r"koncert\w*|turne|vystoupi\w*|vystupuje",
        r"dnes vecer|o vikendu|tento mesic|pristi tyden|ted|letos|v lete",
    ),
}
# language -> (released or the newest, this month or this year or lately)
_RELEASED: dict[str, tuple[str, str]] = {
    "en": (
        r"released|came out|come out|launched|newest|latest|discovered",
        r"this month|this year|this week|recently|lately|so far",
    ),
    "de": (
        r"erschienen|rausgekommen|herausgekommen|neueste\w*|auf den markt|entdeckt",
        r"diesen monat|dieses jahr|diese woche|kurzlich|neulich|letztens",
    ),
    "fr": (
        r"sorti\w*|lance\w*|nouveaut\w*|decouvert\w*",
        r"ce mois|cette annee|cette semaine|recemment|dernierement",
    ),
    "es": (
        r"salido|lanzad\w*|novedad\w*|descubiert\w*",
        r"este mes|este ano|esta semana|recientemente|ultimamente",
    ),
    "it": (
        r"uscit\w*|lanciat\w*|novita|scopert\w*",
        r"questo mese|quest'anno|questa settimana|di recente|recentemente",
    ),
    "nl": (
        r"uitgekomen|verschenen|gelanceerd|nieuwste|ontdekt",
        r"deze maand|dit jaar|deze week|onlangs|recent",
    ),
    "pl": (
        r"wyszl\w*|wyszedl|najnowsz\w*|wykryt\w*|odkryt\w*",
        r"w tym miesiacu|w tym roku|w tym tygodniu|ostatnio|niedawno",
    ),
    "pt": (
        r"saiu|sairam|lancad\w*|novidade\w*|descobert\w*",
        r"este mes|este ano|esta semana|recentemente|ultimamente",
    ),
    "sv": (
        r"slappt\w*|slapptes|kommit ut|kom ut|nyaste|upptackt\w*",
        r"den har manaden|i manaden|i ar|arets|den har veckan|nyligen",
    ),
    "da": (
        r"udkommet|udgivet|lanceret|nyeste|opdaget",
        r"denne maned|i ar|arets|denne uge|for nylig",
    ),
    "nb": (
        r"kommet ut|lansert|nyeste|oppdaget",
        r"denne maneden|i ar|arets|denne uka|nylig",
    ),
    "cs": (
        r"vyslo|vysla|vysel|vysly|nejnovejsi|objeven\w*|odhalen\w*",
        r"tento mesic|letos|tento tyden|nedavno",
    ),
}

# A road named by its number ("A8", "E4", "D1", "M25") or as a motorway, a ring road or a bypass.
_ROAD_NUMBER = r"(?<!\d)[a-z]{1,2}-?\d{1,3}(?!\d)"
# language -> (traffic, a queue, an accident or a closure; a road)
_TRAFFIC: dict[str, tuple[str, str]] = {
    "en": (
        (
            r"traffic|queues?|queueing|jams?|tailbacks?|congestion|roadworks|accidents?|closures?|closed|delays|shut"
            r"|blocked|impassable|passable|gritted|icy|snow chains"
        ),
        r"motorways?|highways?|freeway|interstate|ring road|bypass|roads",
    ),
    "de": (
        (
            r"staus?|verkehr|baustellen?|unfall|unfalle|gesperrt|sperrung|vollsperrung|zahfl\w+|glatt\w*|blockiert"
            r"|schneeketten|befahrbar"
        ),
        r"autobahn\w*|bundesstraße|bundesstrasse|umgehung|ring|straßen|strassen",
    ),
    "fr": (
        (
            r"bouchons?|embouteillages?|trafic|circulation|accidents?|ferme\w*|travaux|ralentissements?|bloque\w*"
            r"|coupee?s?|verglas\w*|enneige\w*|chaines|praticables?"
        ),
        r"autoroutes?|peripherique|periph|rocade|nationale|routes",
    ),
    "es": (
        r"atascos?|trafico|retenciones|retencion|accidentes?|cortad[ao]s?|obras|bloquead[ao]s?|cadenas|hielo",
        r"autopistas?|autovias?|carreteras?|circunvalacion|puerto",
    ),
    "it": (
        r"traffico|coda|code|incident\w*|chius[aoie]|rallentamenti|cantier\w*|ingorg\w*|bloccat[aoie]|catene|ghiacci\w*",
        r"autostrad[ae]|tangenziale|raccordo|statale|strade|valico",
    ),
    "nl": (
        (
            r"files?|verkeer|ongeluk|ongeval|afgesloten|wegwerkzaamheden|vertraging|dicht|gesloten|gladheid"
            r"|sneeuwkettingen|ijzel"
        ),
        r"snelweg\w*|ringweg|ring|autowegen",
    ),
    "pl": (
        r"korki|korek|korkow|ruch|wypad\w*|zamkniet\w*|utrudnien\w*|zator\w*|remont\w*",
        r"autostrad\w*|obwodnic\w*|ekspresow\w*|drodze",
    ),
    "pt": (
        r"transito|filas?|acidentes?|cortad[ao]s?|obras|engarrafamentos?|bloquead[ao]s?|correntes|gelo",
        r"autoestradas?|auto-estrada|segunda circular|circular|marginal|estradas?",
    ),
    "sv": (
        r"ko|koer|kon|trafik\w*|olyck\w*|avstangd|vagarbet\w*|halka|hala|stangd|snokedjor",
        r"motorvag\w*|riksvag\w*|leden|\w+leden|vagarna|vagar",
    ),
    "da": (
        r"ko|koer|koen|trafik\w*|ulykke\w*|spaerret|vejarbejde\w*|glatte|glat|glatfore|lukket",
        r"motorvej\w*|ringvej\w*|omfartsvej\w*|veje|vejene",
    ),
    "nb": (
        r"ko|koer|koen|trafikk\w*|traffic|ulykke\w*|stengt|veiarbeid\w*|glatt|glatte|glattkjoring|kjetting\w*",
        r"motorvei\w*|riksvei\w*|ringvei\w*|veiene|veier|fjellovergang\w*",
    ),
    "cs": (
        r"kolon\w*|zacp\w*|provoz\w*|nehod\w*|uzavir\w*|uzavren\w*|dopravn\w*|sjizdn\w*|namraz\w*|retez\w*",
        r"dalnic\w*|silnic\w*|obchvat\w*",
    ),
}
# Paper sizes and files are no roads: "print the file on a4".
_FILE_COMMAND = r"print|open|save|send|delete|drucke?|imprime|stampa|druk|drukuj|imprima|skriv ut|udskriv|skriv|vytiskni"

# language -> (recalled or withdrawn, this week or now or a food or a toy)
_RECALL: dict[str, tuple[str, str]] = {
    "en": (
        r"recalls?|recalled|withdrawn|pulled from (?:the )?shelves",
        r"this week|today|right now|at the moment|currently|recently|lately|food|products?|batch|toys?|baby",
    ),
    "de": (
        r"ruckruf\w*|zuruckgerufen",
        r"gerade|aktuell|diese woche|momentan|lebensmittel\w*|produkt\w*|charge|spielzeug\w*|baby\w*",
    ),
    "fr": (
        r"rappel conso|rappels? (?:de|des|du) produits?|rappele\w*|retire\w* de la vente|retire\w* du marche",
        r"cette semaine|en ce moment|actuellement|aujourd'hui|produits?|lot|aliment\w*|jouets?|bebe",
    ),
    "es": (
        r"retirad[ao]s?|retira\w* del mercado|alerta alimentaria",
        r"esta semana|hoy|ahora|actualmente|lotes?|productos?|alimentos?|juguetes?",
    ),
    "it": (
        r"richiam\w*|ritirat[oiae]|ritiro dal mercato",
        r"questa settimana|oggi|adesso|in questo momento|lott[oi]|prodott[oi]|alimentar\w*|giocattol\w*",
    ),
    "nl": (
        r"teruggeroepen|terugroep\w*|uit de schappen",
        r"deze week|vandaag|momenteel|product\w*|partij|voedsel|speelgoed|baby\w*",
    ),
    "pl": (
        r"wycofal\w*|wycofan\w*|wycofuj\w*|gis",
        r"w tym tygodniu|dzis|dzisiaj|teraz|obecnie|produkt\w*|parti\w*|zywnosc\w*|zabawk\w*",
    ),
    "pt": (
        r"recolhid[ao]s?|retirad[ao]s? (?:do mercado|da venda)|retirou do mercado|asae",
        r"esta semana|hoje|agora|atualmente|lotes?|produtos?|alimentar\w*|brinquedos?",
    ),
    "sv": (
        r"aterkall\w*",
        r"i veckan|den har veckan|just nu|nyligen|produkt\w*|livsmedel\w*|leksak\w*|parti\w*",
    ),
    "da": (
        r"tilbagekald\w*",
        r"i denne uge|denne uge|lige nu|for nylig|produkt\w*|fodevare\w*|legetoj|parti\w*",
    ),
    "nb": (
        r"tilbakekall\w*|tilbakekalt",
        r"denne uka|denne uken|i uka|akkurat na|nylig|produkt\w*|matvare\w*|leker|parti\w*",
    ),
    "cs": (
        r"stazen\w*|stahuj\w*|stahl\w*|svolavac\w*",
        r"z prodeje|z trhu|tento tyden|tenhle tyden|nedavno|produkt\w*|potravin\w*|hrack\w*|sarz\w*",
    ),
}
# Remembering is no recall of a product: "do you recall what I said".
_REMEMBERING = r"you recall|i recall|recall (?:what|when|how|who|where|if|whether|that)"

# language -> (the news, the latest or about something)
_NEWS: dict[str, tuple[str, str]] = {
    "en": (
        r"news|headlines|updates",
        r"latest|today'?s?|this (?:week|morning|evening)|tonight|about|in the news|on the news",
    ),
    "de": (
        r"nachrichten|neuigkeiten|schlagzeilen",
        r"neueste\w*|letzte\w*|heute|heute (?:morgen|fruh|abend)|diese woche|uber|zu|zum|zur|in den nachrichten",
    ),
    "fr": (
        r"nouvelles|actualites|actus|infos",
        r"dernieres?|aujourd'hui|du jour|cette semaine|ce matin|ce soir|ce midi|sur|concernant|dans l'actu\w*|aux infos",
    ),
    "es": (
        r"noticias?|titulares",
        r"ultimas?|hoy|esta (?:semana|manana|noche)|sobre|de|en las noticias",
    ),
    "it": (
        r"notizie|titoli|aggiornamenti|telegiornale|tg",
        r"ultime|oggi|questa settimana|stamattina|stasera|su|sul|sulla|sull\w*|sui|sugli|di|nelle notizie",
    ),
    "nl": (
        r"nieuws|krantenkoppen",
        r"laatste|vandaag|deze week|vanochtend|vanmorgen|vanavond|over|in het nieuws",
    ),
    "pl": (
        r"wiadomosci|aktualnosci|newsy",
        r"najnowsze|ostatnie|dzis|dzisiaj|w tym tygodniu|rano|o|na temat|w wiadomosciach",
    ),
    "pt": (
        r"noticias|manchetes",
        r"ultimas?|hoje|esta (?:semana|manha|noite)|sobre|nas noticias",
    ),
    "sv": (
        r"nyheter|nyheterna|uppdateringar",
        r"senaste|idag|i dag|i veckan|i morse|ikvall|i kvall|om|i nyheterna|hander",
    ),
    "da": (
        r"nyheder|nyhederne|opdateringer",
        r"seneste|i dag|i denne uge|i morges|i aften|om|i nyhederne|sker",
    ),
    "nb": (
        r"nyheter|nyhetene|oppdateringer",
        r"siste|i dag|denne uka|i morges|i kveld|om|i nyhetene|skjer",
    ),
    "cs": (
        r"zpravy|zpravach|novinky",
        r"nejnovejsi|posledni|dnes|tento tyden|rano|vecer|o|ve zpravach|noveho",
    ),
}
# What something costs now, also a device the home has ("what does a video doorbell cost at the moment").
_COSTS_NOW: dict[str, tuple[str, str]] = {
    "en": (
        r"costs?|prices?|priced|tariffs?|going for|how much (?:is|are) (?:a|an)",
        r"right now|at the moment|currently|these days",
    ),
    "de": (
        r"kostet|kosten|preis|preise|tarif|tarife|ladetarif\w*|teuer",
        r"gerade|grad|aktuell|jetzt|momentan|zur zeit|derzeit|im moment",
    ),
    "fr": (
        r"coute|coutent|prix|tarifs?|c'est combien",
        r"en ce moment|actuellement|maintenant",
    ),
    "es": (
        r"cuesta|cuestan|precios?|tarifas?",
        r"ahora|ahora mismo|actualmente|actual",
    ),
    "it": (
        r"costa|costano|prezz[oi]|tariff[ae]",
        r"adesso|ora|attualmente|in questo momento|attuale",
    ),
    "nl": (
        r"kost|kosten|prijs|prijzen|tarief|tarieven|laadtarie\w*",
        r"nu|momenteel|tegenwoordig|op dit moment",
    ),
    "pl": (r"kosztuje|kosztuja|cena|cene", r"teraz|obecnie|aktualnie|aktualna"),
    "pt": (r"custa|custam|precos?|tarifas?", r"agora|atualmente|atual|neste momento"),
    "sv": (r"kostar|pris|priset|priserna", r"just nu|nu|numera"),
    "da": (r"koster|pris|prisen|priserne", r"lige nu|nu|for tiden"),
    "nb": (r"koster|pris|prisen|prisene", r"akkurat na|na|for tiden"),
    "cs": (r"stoji|stoj|cena|cenu|ceny", r"ted|aktualne|aktualni|nyni"),
}
# language -> (a head of state, a head of government or a mayor; now, today or this week): who holds an office
# and what they do now ("var är kungen idag", "hvad laver kong frederik i denne uge").
_OFFICE_NOW: dict[str, tuple[str, str]] = {
    "en": (
        r"the king|the queen|the president|prime minister|chancellor|the mayor|the pope|crown prince\w*|crown princess",
        r"now|right now|today|this week|this month|these days|at the moment|currently",
    ),
    "de": (
        (
            r"konig\w*|bundesprasident\w*|prasident\w*|bundeskanzler\w*|kanzler\w*|premierminister\w*"
            r"|burgermeister\w*|papst|kronprinz\w*"
        ),
        r"jetzt|gerade|heute|diese woche|derzeit|aktuell|momentan",
    ),
    "fr": (
        r"le roi|du roi|au roi|la reine|president\w*|premier ministre|maire|le pape|du pape|prince heritier|princesse heritiere",
        r"maintenant|en ce moment|aujourd'hui|cette semaine|actuellement",
    ),
    "es": (
        r"el rey|del rey|al rey|la reina|president[ea]|alcalde\w*|el papa|del papa|principe heredero|princesa heredera",
        r"ahora|hoy|esta semana|actualmente|estos dias",
    ),
    "it": (
        r"il re|del re|al re|la regina|della regina|president[ei]|premier|sindac[oa]|il papa|del papa|principe ereditario",
        r"adesso|ora|oggi|questa settimana|attualmente|in questi giorni",
    ),
    "nl": (
        r"koning\w*|premier|minister-president|burgemeester|paus|kroonprins\w*",
        r"nu|vandaag|deze week|momenteel|tegenwoordig",
    ),
    "pl": (
        r"krol\w*|prezydent\w*|premier\w*|burmistrz\w*|papiez\w*|nastepc\w* tronu",
        r"teraz|dzis|dzisiaj|w tym tygodniu|obecnie|aktualnie",
    ),
    "pt": (
        r"o rei|do rei|ao rei|a rainha|da rainha|president[ea]|primeiro-ministro|primeiro ministro|o papa|do papa|principe herdeiro",
        r"agora|hoje|esta semana|atualmente|neste momento",
    ),
    "sv": (
        r"kungen|kung|drottning\w*|statsminister\w*|president\w*|paven|kronprinsess\w*|kronprins\w*",
        r"nu|just nu|idag|i dag|i veckan|den har manaden|numera",
    ),
    "da": (
        r"kongen|kong|dronning\w*|statsminister\w*|president\w*|paven|kronprinsesse\w*|kronprins\w*",
        r"nu|lige nu|i dag|idag|i denne uge|denne maned|for tiden",
    ),
    "nb": (
        r"kongen|kong|dronning\w*|statsminister\w*|president\w*|paven|kronprinsesse\w*|kronprins\w*",
        r"na|akkurat na|i dag|idag|denne uka|denne uken|denne maneden|for tiden",
    ),
    "cs": (
        r"kral\w*|prezident\w*|premier\w*|starost\w*|papez\w*|korunni princ\w*",
        r"ted|dnes|tento tyden|ted zrovna|aktualne|v soucasnosti",
    ),
}
# language -> (a club or a team, plays for, now): "which club does she play for now"
_PLAYS_FOR_NOW: dict[str, tuple[str, str, str]] = {
    "en": (
        r"club|team",
        r"plays?|playing",
        r"now|right now|these days|currently|at the moment",
    ),
    "de": (
        r"verein|klub|club|mannschaft",
        r"spielt",
        r"jetzt|gerade|aktuell|inzwischen|mittlerweile",
    ),
    "fr": (r"club|equipe", r"joue", r"maintenant|actuellement|en ce moment|desormais"),
    "es": (r"club|equipo", r"juega", r"ahora|actualmente|ahora mismo"),
    "it": (r"club|squadra", r"gioca", r"adesso|ora|attualmente|in questo momento"),
    "nl": (r"club|ploeg|team", r"speelt", r"nu|tegenwoordig|momenteel"),
    "pl": (r"klub\w*|druzyn\w*", r"gra", r"teraz|obecnie|aktualnie"),
    "pt": (r"clube|equipa|time", r"joga", r"agora|atualmente|neste momento"),
    "sv": (r"klubb\w*|lag", r"spelar", r"nu|just nu|numera"),
    "da": (r"klub\w*|hold", r"spiller", r"nu|lige nu|for tiden"),
    "nb": (r"klubb\w*|lag", r"spiller", r"na|akkurat na|for tiden"),
    "cs": (r"klub\w*|tym\w*", r"hraje", r"ted|aktualne|nyni"),
}
# A parcel with its carrier or its tracking number: where it is, from the carrier's site.
_PARCEL = (
    r"packages?|parcels?|shipments?|deliver(?:y|ies)|orders?|paket\w*|sendung\w*|lieferung|colis|paquetes?|pedidos?"
    r"|commandes?|envios?|pacco|pacchi|spedizion\w*|pakket\w*|pakje|zending|paczk\w*|przesyl\w*|zamowieni\w*|encomendas?"
    r"|pacotes?|pakke\w*|forsendelse\w*|leverans\w*|balik\w*|zasilk\w*|objednavk\w*"
)
_TRACKING = (
    r"dhl|ups|fedex|gls|dpd|hermes|postnl|inpost|brt|colissimo|chronopost|correos|seur|ctt|postnord|bring|posten"
    r"|zasilkovn\w*|ppl|amazon|royal mail|evri|usps|tracking\w*|sendungsnummer|suivi|seguimiento|tracciamento"
    r"|numero (?:de )?spedizione|track ?(?:and|&) ?trace|sledovani\w*|sporingsnummer|kollinummer|sporing"
    r"|numer przesylki|codigo de seguimento|\d{8,}"
)
# A flight or a train by its number ("SK 1561", "ICE 578"), and whether it is late, on time or cancelled.
_DELAYED = (
    r"delayed|late|on time|landed|cancelled|canceled|verspatet|verspatung|punktlich|gelandet|annulliert|ausfall"
    r"|en retard|du retard|de retard|retarde|a l'heure|atterri|annule|retrasado|con retraso|a tiempo|aterrizado|cancelado|in ritardo"
    r"|ritardo|in orario|atterrato|cancellato|vertraagd|vertraging|op tijd|geland|geannuleerd|opozniony|opoznienie"
    r"|opozniona|na czas|wyladowal|odwolany|atrasado|atrasada|com atraso|a horas|aterrou|forsenat|forsenad|forsening\w*"
    r"|i tid|landat|installt|forsinket|forsinkelse|til tiden|landet|aflyst|i rute|innstilt|zpozden\w*|zpozdeni"
    r"|vcas|pristal|zrusen\w*"
)
_WHERE_OR_WHEN = (
    r"where|when|status|wo|wann|bleibt|ou|quand|en est|donde|cuando|dov'e|dove|quando|waar|wanneer|blijft|gdzie"
    r"|kiedy|onde|var|nar|hvor|hvornar|kde|kdy"
)
_DELAYS = WordAlternation(WORD.format(_DELAYED))
# A flight or a train number as it is written: two or three capitals and its digits; in lower case (speech to text:
# "er sk 1210 til aalborg forsinket") two letters and three or four digits, not a word for "at" or "is" before a time.
_VEHICLE_NUMBER = re.compile(r"(?<![\w])[A-Z]{2,3} ?\d{2,4}(?!\d)")
_SPOKEN_VEHICLE_NUMBER = re.compile(
    r"(?<![\w'])(?!(?:at|um|om|is|to|in|on|by|ob|as|ca|po|ve|na|do|od|je|er|et|se|de|di|da|il|la|le|el|es|en|av"
    r"|pa|ar|og|an|zu|au|ou|ja|ty|ti|mi|me|we|us|hi)\b)[a-z]{2} ?\d{3,4}(?![\d.,:])"
)
# A flight named by its departure time: "Má zpoždění let Smartwings do Splitu v 6:40?", "o voo da TAP das 7h15"
_FLIGHT_AT_A_TIME = re.compile(
    r"(?<![a-z])(?:flight|flug|vol|vuelo|volo|vlucht|lot|voo|flyget|flyet|flyvningen|let)(?: [\w-]+){0,5}? \d{1,2}[:h.]\d{2}"
)
# language -> (current or latest, what changes: offers, grants, results, reviews, tariffs, prices, rules)
_CURRENT: dict[str, tuple[str, str]] = {
    "en": (
        r"current|latest|newest|up-to-date",
        r"offers|deals|grants|subsidies|results|reviews|rates|tariffs|prices|rules",
    ),
    "de": (
        r"aktuell\w*|neueste\w*",
        r"angebot\w*|forderung\w*|zuschuss\w*|ergebnis\w*|testberichte?|tarif\w*|preise|regel\w*",
    ),
    "fr": (
        r"actuel\w*|dernier\w*|recent\w*",
        r"offres?|aides?|subventions?|resultats?|avis|tarifs?|prix|regles?",
    ),
    "es": (
        r"actual\w*|ultim[oa]s|recientes?",
        r"ofertas?|ayudas?|subvencion\w*|resultados?|opiniones|tarifas?|precios?|normas?",
    ),
    "it": (
        r"attual\w*|ultim[ie]|recent\w*",
        r"offert\w*|incentiv\w*|bonus|risultat\w*|recension\w*|tariff\w*|prezzi|regole",
    ),
    "nl": (
        r"huidige|actuele|laatste|nieuwste",
        r"aanbieding\w*|subsidie\w*|uitslag\w*|resultat\w*|reviews?|tarieven|prijzen|regels",
    ),
    "pl": (
        r"aktualn\w*|najnowsz\w*",
        r"ofert\w*|dofinansowan\w*|dotacj\w*|wynik\w*|recenzj\w*|taryf\w*|ceny|przepis\w*",
    ),
    "pt": (
        r"atua\w*|ultim[oa]s|recentes?",
        r"ofertas?|apoios?|subsidios?|resultados?|criticas|tarifas?|precos|regras",
    ),
    "sv": (
        r"aktuell\w*|senaste|nyaste",
        r"erbjudand\w*|bidrag\w*|resultat\w*|recension\w*|tariff\w*|priser\w*|regler\w*",
    ),
    "da": (
        r"aktuel\w*|seneste|nyeste",
        r"tilbud\w*|tilskud\w*|resultat\w*|anmeldelse\w*|tarif\w*|priser\w*|regler",
    ),
    "nb": (
        r"aktuel\w*|siste|nyeste",
        r"tilbud\w*|tilskudd\w*|resultat\w*|anmeldelse\w*|tariff\w*|priser\w*|regler",
    ),
    "cs": (
        r"aktualn\w*|nejnovejsi",
        r"nabid\w*|dotac\w*|vysledk\w*|recenz\w*|tarif\w*|ceny|pravidl\w*",
    ),
}
# The speaker's or the household's own: news, recalls and prices of "my …" may be personal.
_POSSESSIVES = (
    r"my|our|me|us|mein\w*|unser\w*|mich|mir|uns|mon|mes|notre|mi|mis|nuestr\w*|mio|mia|miei|nostr\w*|mijn"
    r"|onze|ons|moj\w*|nasz\w*|mnie|meu|minha|nosso|nossa|min|mitt|mina|vart|vores|mig|oss|muj|moje|nas|nam"
)
# The home's own energy and what it costs to run are no market: "what does the heat pump cost me right now"; a
# battery's "10 kWh" is its size.
_OWN_COSTS = (
    _POSSESSIVES
    + r"|to run|running|electricity|power|energy|(?<!\d)(?<!\d )kwh|strom\w*|energie|stroom|luz|eletricidade"
    r"|electricidade"
    r"|electricite|luce|elektri\w*|energi\w*|prad\w*|consum\w*|verbrauch\w*|forbrug\w*|forbruk\w*|spotreb\w*"
    r"|fuel|petrol|diesel|benzin\w*|gas|bitcoin|stock|shares?|aktie\w*"
)
# language -> (when, comes out or is released)
_RELEASE_DATE: dict[str, tuple[str, str]] = {
    "en": (
        r"when",
        r"come out|comes out|coming out|be released|release date|launch|launches",
    ),
    "de": (
        r"wann",
        r"erscheint|rauskommt|herauskommt|kommt \w+(?: \w+){0,3} raus|release",
    ),
    "fr": (r"quand", r"sort|sortira|sortie|date de sortie"),
    "es": (r"cuando", r"sale|saldra|estreno|se estrena|lanzamiento"),
    "it": (r"quando", r"esce|uscira|uscita|data di uscita"),
    "nl": (r"wanneer", r"uitkomt|komt \w+(?: \w+){0,3} uit|verschijnt"),
    "pl": (r"kiedy", r"wychodzi|wyjdzie|premier\w*"),
    "pt": (r"quando", r"sai|saira|lancamento|estreia"),
    "sv": (r"nar", r"slapps|kommer \w+(?: \w+){0,3} ut|premiar\w*"),
    "da": (r"hvornar", r"udkommer|udgives|kommer \w+(?: \w+){0,3} ud|premiere"),
    "nb": (
        r"nar",
        r"kommer (?:den|det|de) nye|lanseres|slippes|kommer \w+(?: \w+){0,3} ut|premiere",
    ),
    "cs": (r"kdy", r"vyjde|vychazi|premier\w*"),
}
# The release date asked as the date itself: "c'est quoi la date de sortie du prochain GTA", "data premiery GTA 6".
_DATE_OF_RELEASE = (
    r"release date|release-?datum|erscheinungsdatum|date de sortie|fecha de (?:salida|estreno|lanzamiento)"
    r"|data di uscita|releasedatum|verschijningsdatum|data premiery|data de (?:lancamento|estreia)"
    r"|datum (?:vydani|premiery)"
)
# language -> the next or a new season of a series, which comes out too
_NEXT_SEASON = {
    "en": r"next season|new season|next series",
    "de": r"nachste staffel|neue staffel",
    "fr": r"prochaine saison|nouvelle saison",
    "es": r"proxima temporada|nueva temporada",
    "it": r"prossima stagione|nuova stagione",
    "nl": r"volgende seizoen|nieuwe seizoen",
    "pl": r"nowy sezon|kolejny sezon|nastepny sezon",
    "pt": r"proxima temporada|nova temporada",
    "sv": r"nasta sasong|nya sasongen",
    "da": r"naeste saeson|nye saeson",
    "nb": r"neste sesong|nye sesongen",
    "cs": r"dalsi serie|nova serie|dalsi rada|nova rada",
}
# The sun, the bins and the people of the house come out too: "when does the sun come out", "quando esce Marta".
_NOT_A_RELEASE = (
    r"sun|sol|sonne|soleil|sole|zon|slonce|slunce|solen|sola|bin|bins|trash|poubelle|mull\w*|lixo|basura"
    r"|spazzatura|vuilnis|smieci|sopor|skrald|soppel|odpad\w*|" + _OWN_COSTS
)

# language -> how an office holder is, their health or a stay in hospital ("hur mår kungen efter sjukhusvistelsen").
_HOLDERS_HEALTH = {
    "en": r"health|hospital\w*|recover\w*|how (?:is|'s) (?:the )?[\w ]{2,30} doing",
    "de": r"gesundheit\w*|wie geht es|krankenhaus\w*|klinik",
    "fr": r"sante|comment va|hopital|hospitalis\w*",
    "es": r"salud|como esta|hospital\w*",
    "it": r"salute|come sta|ospedal\w*|ricoverat\w*",
    "nl": r"gezondheid|hoe gaat het met|hoe is het met|ziekenhuis",
    "pl": r"zdrowi\w*|jak sie czuje|co slychac|szpital\w*",
    "pt": r"saude|como esta|hospital\w*",
    "sv": r"halsa|halsan|hur mar|sjukhus\w*",
    "da": r"helbred\w*|hvordan har|hvordan gar det|sygehus\w*|hospital\w*",
    "nb": r"helse|helsen|hvordan har|hvordan gar det|sykehus\w*",
    "cs": r"zdravi|zdravotne|jak je na tom|nemocnic\w*",
}
# language -> (ended, a match): how a match ended, with no day said ("hvad endte fck kampen").
_MATCH_ENDED = {
    "en": (r"ended|end|finished|final score", r"match|game"),
    "de": (r"ausgegangen|geendet|endete", r"spiel|partie|match"),
    "fr": (r"termine|fini|finit", r"match"),
    "es": (r"quedo|termino|acabo", r"partido"),
    "it": (r"finit[ao]|terminat[ao]|finisce", r"partita"),
    "nl": (r"afgelopen|geeindigd|eindigde", r"wedstrijd"),
    "pl": (r"skonczyl\w*|zakonczyl\w*", r"mecz\w*"),
    "pt": (r"ficou|acabou|terminou", r"jogo|partida"),
    "sv": (r"slutade|slutat", r"match\w*"),
    "da": (r"endte|sluttede", r"kamp\w*"),
    "nb": (r"endte|sluttet", r"kamp\w*"),
    "cs": (r"skoncil\w*|dopadl\w*", r"zapas\w*|utkani"),
}
# language -> (look up or find, reviews or tests): "find tests af trådløse dørklokker", "poszukaj opinii".
_REVIEWS = {
    "en": (r"search|look up|find|check|google", r"reviews|tests|comparisons|ratings"),
    "de": (
        r"such\w*|find\w*|schau\w*|guck\w*",
        r"testberichte?|tests|bewertungen|rezensionen|vergleiche?",
    ),
    "fr": (r"cherche\w*|trouve\w*|regarde", r"avis|tests|comparatifs?"),
    "es": (
        r"busca\w*|encuentra\w*|mira",
        r"opiniones|resenas|pruebas|comparativas?|analisis",
    ),
    "it": (r"cerca\w*|trova\w*|guarda", r"recensioni|prove|comparativ\w*|opinioni"),
    "nl": (
        r"zoek\w*|vind|kijk",
        r"reviews|recensies|tests|vergelijking\w*|beoordelingen",
    ),
    "pl": (
        r"poszukaj|znajdz|wyszukaj|sprawdz",
        r"opini\w*|recenzj\w*|testy|testow|porownan\w*",
    ),
    "pt": (
        r"procura\w*|pesquisa\w*|encontra\w*",
        r"opinioes|analises|testes|comparativos?|avaliacoes",
    ),
    "sv": (r"sok|leta|hitta|kolla", r"recensioner|tester|jamforelse\w*|omdomen"),
    "da": (r"find|sog|led|tjek", r"anmeldelser|tests|sammenligning\w*"),
    "nb": (r"finn|sok|let|sjekk", r"anmeldelser|tester|sammenligning\w*"),
    "cs": (r"najdi|vyhledej|hledej|podivej", r"recenze|testy|srovnani|hodnoceni"),
}
# language -> (a data breach, a cyberattack, a strike or an earthquake; lately): news of the world.
_NEWS_EVENT = {
    "en": (
        r"data (?:breach|leak)\w*|breach\w*|hacked|cyber ?attacks?|strikes?|earthquakes?",
        r"recently|lately|this week|in recent days",
    ),
    "de": (
        r"datenleck\w*|datenpanne\w*|hackerangriff\w*|cyberangriff\w*|streik\w*|erdbeben",
        r"kurzlich|neulich|letztens|in letzter zeit|diese woche",
    ),
    "fr": (
        r"fuites? de donnees|piratage|cyberattaques?|greves?|seisme|tremblement de terre",
        r"recemment|dernierement|cette semaine",
    ),
    "es": (
        r"filtracion\w*|fugas? de datos|hackeo|ciberataques?|huelgas?|terremoto",
        r"recientemente|ultimamente|esta semana",
    ),
    "it": (
        r"fuga di dati|violazion\w* dei dati|attacco hacker|cyberattacc\w*|sciopero|scioperi|terremoto",
        r"di recente|recentemente|ultimamente|questa settimana",
    ),
    "nl": (
        r"datalek\w*|gehackt|cyberaanval\w*|staking\w*|aardbeving\w*",
        r"onlangs|laatst|deze week",
    ),
    "pl": (
        r"wyciek\w* danych|atak\w* hakersk\w*|cyberatak\w*|strajk\w*|trzesien\w* ziemi",
        r"ostatnio|niedawno|w tym tygodniu",
    ),
    "pt": (
        r"fugas? de dados|ataques? informatico\w*|ciberataques?|greves?|sismo|terramoto",
        r"recentemente|ultimamente|esta semana",
    ),
    "sv": (
        r"dataintrang|datalacka\w*|hackerattack\w*|cyberattack\w*|strejk\w*|jordbavning\w*",
        r"nyligen|senaste tiden|i veckan|den har veckan",
    ),
    "da": (
        r"datalek\w*|hackerangreb\w*|cyberangreb\w*|strejke\w*|jordskelv\w*",
        r"for nylig|i denne uge|denne uge",
    ),
    "nb": (
        r"datainnbrudd|datalekkasje\w*|hackerangrep\w*|dataangrep\w*|streik\w*|jordskjelv",
        r"nylig|i det siste|denne uka|denne uken",
    ),
    "cs": (
        r"unik\w* dat|hackersk\w* utok\w*|kyberutok\w*|stavk\w*|zemetreseni",
        r"nedavno|v posledni dobe|posledni dobou|tento tyden",
    ),
}
# language -> (went, how, yesterday or last night): "hur gick djurgården igår", "hvordan gikk det med rosenborg i går".
_HOW_IT_WENT = {
    "sv": (r"gick", r"hur", r"igar|i gar|igar kvall|i gar kvall|i helgen"),
    "da": (r"gik", r"hvordan", r"i gar|igar|i aftes|i gar aftes|i weekenden"),
    "nb": (r"gikk", r"hvordan", r"i gar|igar|i gar kveld|i helga|i helgen"),
}
# How it went for someone or at school or work is no match: "hur gick det för dig i skolan igår".
_NOT_A_CLUB = (
    r"dig|deg|du|hon|han|hun|henne|honom|ham|dem|jer|dere|ni|skol\w*|jobb\w*|job\w*|arbet\w*|arbejd\w*|prov\w*"
    r"|eksamen|tentamen|mote\w*|fest\w*|tandlakar\w*|tandlaeg\w*|tannleg\w*|lege\w*|lakar\w*|laege\w*|"
    + "|".join(sorted(FAMILY))
)
# language -> (says, said or announced; about; this season, this year or now): what an authority says.
_SAYS_NOW = {
    "en": (
        r"says|said|announced|recommends|advises",
        r"about|on",
        r"this (?:autumn|fall|winter|spring|summer|season|year)",
    ),
    "de": (
        r"sagt|gesagt|angekundigt|empfiehlt|meldet",
        r"uber|zu|zum|zur",
        r"diesen (?:herbst|winter|sommer|fruhling)|dieses jahr",
    ),
    "fr": (
        r"dit|annonce|recommande",
        r"sur|concernant",
        r"cet (?:automne|hiver|ete)|ce printemps|cette annee",
    ),
    "es": (
        r"dice|dijo|anuncio|recomienda",
        r"sobre",
        r"este (?:otono|invierno|verano|ano)|esta primavera",
    ),
    "it": (
        r"dice|detto|annunciato|raccomanda",
        r"su|sul|sulla|sui|sugli",
        r"quest'(?:autunno|inverno|estate|anno)|questa primavera",
    ),
    "nl": (
        r"zegt|zei|meldt|adviseert|aangekondigd",
        r"over",
        r"dit (?:najaar|voorjaar|jaar)|deze (?:winter|zomer|herfst)",
    ),
    "pl": (
        r"mowi|powiedzial\w*|oglosil\w*|zaleca",
        r"o|na temat",
        r"tej (?:jesieni|zimy|wiosny)|tego lata|w tym roku",
    ),
    "pt": (
        r"diz|disse|anunciou|recomenda",
        r"sobre",
        r"este (?:outono|inverno|verao|ano)|esta primavera",
    ),
    "sv": (
        r"sager|sa|meddelade|rekommenderar",
        r"om",
        r"i host|i vinter|i var|i sommar|i ar",
    ),
    "da": (
        r"siger|sagde|meddelte|anbefaler",
        r"om",
        r"i efteraret|i vinter|i foraret|i sommer|i ar",
    ),
    "nb": (r"sier|sa|meldte|anbefaler", r"om", r"i host|i vinter|i var|i sommer|i ar"),
    "cs": (
        r"rika|rekl\w*|oznamil\w*|doporucuje",
        r"o",
        r"letos|tento podzim|tuto zimu|toto jaro|toto leto",
    ),
}
# language -> (a minister or the government, announced): "qu'est-ce que le ministre de la santé a annoncé".
_GOVERNMENT_ANNOUNCED = {
    "en": (r"minister\w*|ministry|government", r"announced|unveiled"),
    "de": (
        r"minister\w*|regierung|bundesregierung",
        r"angekundigt|verkundet|vorgestellt",
    ),
    "fr": (r"ministre|ministere|gouvernement", r"annonce\w*|devoile\w*"),
    "es": (r"ministr[oa]|ministerio|gobierno", r"anuncio|anunciad[oa]|presentad[oa]"),
    "it": (r"ministr[oa]|ministero|governo", r"annunciat[oa]|annuncia|presentat[oa]"),
    "nl": (
        r"minister|ministerie|kabinet|regering",
        r"aangekondigd|kondigde\w*|gepresenteerd",
    ),
    "pl": (r"minist\w*|rzad\w*", r"oglosil\w*|zapowiedzial\w*|przedstawil\w*"),
    "pt": (r"ministr[oa]|ministerio|governo", r"anunciou|anunciad[oa]|apresentou"),
    "sv": (
        r"minister\w*|regering\w*",
        r"meddelat|meddelade|presenterat|presenterade|aviserat",
    ),
    "da": (
        r"minister\w*|ministerium|regering\w*",
        r"meddelt|meddelte|annonceret|fremlagt",
    ),
    "nb": (
        r"minister\w*|departement\w*|regjering\w*",
        r"kunngjort|kunngjorde|lagt fram|varslet",
    ),
    "cs": (
        r"ministr\w*|ministerstv\w*|vlad\w*",
        r"oznamil\w*|oznamen\w*|predstavil\w*",
    ),
}
# A ship, a train or the space station, and where it is now or whether it is late: "var är viking grace just nu",
# "is the eurostar from london running late", "hvor er kongeskibet lige nu".
_VEHICLE = (
    r"ships?|ferry|ferries|cruise ship|trains?|eurostar|railjet|intercity|x2000|ice|tgv|space station|iss|schiff\w*"
    r"|fahre|zug|zuge|navire|bateau|paquebot|ferry|nave|traghetto|treno|buque|barco|ferri|tren|schip|veerboot|trein"
    r"|treinen|treni|trenes|trens|pociagi|vlaky"
    r"|statek|prom|pociag\w*|navio|comboio|alfa pendular|fartyg\w*|farjan?|taget|tagen|tag|skib\w*|kongeskib\w*|fergen?"
    r"|toget|skip\w*|hurtigrut\w*|ferja|lod\w*|vlak\w*|trajekt\w*|vesmirn\w* stanic\w*|stacj\w* kosmiczn\w*"
    r"|raumstation|station spatiale|estacion espacial|stazione spaziale|ruimtestation|estacao espacial|rymdstation\w*"
    r"|rumstation\w*|romstasjon\w*"
)
_FLIGHT = (
    r"flights?|flug|fluges|flieger|le vol|mon vol|notre vol|ton vol|du vol|un vol|son vol|ce vol|vuelo|volo|vlucht|lotu"
    r"|lot do|voo|flyg|flyget|flighten|flyet|flyvet|flyvningen|flyavgang\w*|letu|let do"
)
# Writing about a late flight is a letter: "Skriv en klage til Norwegian: flyet ble fem timer forsinket".
_COMPLAINT = (
    MAKE
    + r"|formuliere|formulier|complaint|beschwerde|reclamation|reclamacion|reclamo|klacht|reklamac\w*|reclamacao"
    r"|klage|klagomal|stiznost|compensation|entschadigung|indemnisation|indemnizacion|rimborso|compensatie"
    r"|odszkodowani\w*|indemnizacao|ersattning|kompensation|erstatning|kompensasjon|odskodn\w*"
)
_VISA = (
    # not the card ("my visa card") nor the Italian and Spanish "seen" ("hai visto le chiavi")
    r"visas?(?! ?(?:card|karte|carte|tarjeta|kort|kaart))|visum|(?<!hai )(?<!ho )(?<!ha )(?<!he )(?<!has )(?<!han )vistos?"
    r"|wiz[aey]|vizum|viza|vizu|etias|einreisebestimmungen|entry requirements|requisitos de entrada"
    r"|conditions d'entree|regole di ingresso|inreseregler|indrejseregler|innreiseregler"
)
_NEED = (
    r"need|needs|needed|required|brauch\w*|benotig\w*|besoin|faut|necesit\w*|hace falta|bisogno|serve|servono|nodig"
    r"|potrzeb\w*|precis\w*|behov\w*|behover|trenger|treng|kraev\w*|kreves|kravs|potreb\w*|requirements?"
)
_WHERE = r"where|wo|ou|donde|dove|waar|gdzie|onde|var|hvor|kde"
_NOW = (
    r"now|right now|at the moment|currently|jetzt|grad|gerade|maintenant|en ce moment|ahora|ahora mismo|adesso|ora"
    # Norwegian "nå" is Polish and Czech "na" too: only as the last word ("hvor er hurtigruta nå")
    r"|nu|teraz|agora|just nu|lige nu|akkurat na|na(?=\W*$)|ted|prave ted"
)
_VEHICLE_SHAPES = Shapes(
    [
        (
            "where a ship or a train is now",
            Shape((_VEHICLE, _WHERE, _NOW), lacks(_POSSESSIVES)),
        ),
        # a ferry named by its route: "var är finlandsfärjan just nu", "hvor er danmarksferga nå"
        (
            "where a ship or a train is now",
            Shape(
                (_WHERE, r"\w+(?:farjan|fergen|ferga|faergen)", _NOW),
                lacks(_POSSESSIVES),
            ),
        ),
        (
            "whether a flight or a train is late",
            Shape((_VEHICLE, _DELAYED + r"|running late|late"), lacks(_POSSESSIVES)),
        ),
        # one's own flight too: "is my flight to edinburgh on time", "er widerøe flyet til bodø innstilt"
        (
            "whether a flight or a train is late",
            Shape((_FLIGHT, _DELAYED), lacks(_COMPLAINT)),
        ),
        # entry rules change: "Trenger nordmenn visum til USA nå", "Preciso de visto para ir ao Brasil?"
        ("the entry rules of a country", Shape((_NEED, _VISA))),
    ]
)
# Asking to check online whether an account, a number or a site is the real, official one (a poster's charity).
_CHECK = (
    r"check|verify|look up|search|nachschauen|pruf\w*|uberpruf\w*|verifier|verifie|cherche\w*|busca\w*|comprueba|verifica"
    r"|cerca\w*|controlla|zoek\w*|controleer|sprawdz|procura\w*|verifica|kolla|sok|soke|tjek|sog|sjekk\w*|over|overit"
    r"|zkontroluj|podivej"
)
_OFFICIAL = (
    r"official|genuine|legit\w*|real one|the real|echt|offiziell\w*|officiel\w*|le leur|oficial\w*|ufficial\w*"
    r"|quello giusto|officieel|klopt|oficjaln\w*|o oficial|officiell\w*|deras riktiga|det rigtige|stemmer|riktig\w*"
    r"|oficialni|pravy|prave"
)
# What is best or recommended this year or by the latest tests: "bester Passwortmanager 2025", "welke alternatieven
# worden nu aangeraden".
_RECOMMENDED = (
    r"best\w*|meilleur\w*|mejor\w*|miglior\w*|beste?|najlepsz\w*|melhor\w*|bast[ae]?|bedste|nejlepsi\w*"
    r"|recommend\w*|anbefal\w*|aanbevolen|aangeraden|aanrader\w*|empfohlen\w*|empfiehlt|recomendad\w*|recomienda\w*"
    r"|consigliat\w*|polecan\w*|polecane|rekommender\w*|doporuc\w*|recomenda\w*|conseill\w*"
)
_THIS_YEAR_OR_TESTED = (
    r"20[2-9]\d|latest tests?|by the tests|selon les tests|segun las pruebas|secondo i test|volgens de tests"
    r"|wedlug testow|segundo (?:os testes|as analises)|enligt (?:testerna|tester)|ifolge (?:testene|tester|testerne)"
    r"|nach (?:den )?tests|podle (?:poslednich )?testu|poslednich testu|right now|at the moment|nu|teraz|agora|ahora"
    r"|adesso|jetzt|maintenant|ted"
    # consumer testers: "welcher Staubsauger ist Testsieger bei Stiftung Warentest"
    r"|warentest|oko-?test|which\?|consumer reports|que choisir|60 millions de consommateurs|ocu|altroconsumo"
    r"|consumentenbond|deco proteste|rad (?:&|och) ron|taenk|forbrukerradet|dtest"
)
# What won a consumer test or came top in one: "which air fryer came top in the latest Which? test".
_TEST_WINNER = (
    r"came top|top|testsieger\w*|gewonnen|gewinner\w*|elue?s?|ganador\w*|vincitor\w*|winnaar|zwyciez\w*"
    r"|vencedor\w*|vinnare|vinder|vinner|vitez\w*"
)
# What is in fashion or popular now or this season: "qué está de moda este invierno", "welke kleur is nu in de mode".
_IN_FASHION = (
    r"popular|trending|in fashion|fashionable|in style|angesagt|im trend|trendy|a la mode|en vogue|tendance\w*"
    r"|de moda|di moda|va di moda|in de mode|populair\w*|modne|na czasie|na moda|em alta|pa modet|popular\w*"
    r"|populaer\w*|i vinden|v mode|moderni|in zijn|in sind|in ist"
)
_NOW_OR_THIS_SEASON = (
    _NOW
    + r"|this (?:season|winter|summer|spring|autumn|fall|year)|dies\w* (?:saison|winter|sommer|jahr)"
    r"|cette (?:saison|annee)|cet (?:hiver|ete)|este (?:invierno|verano|ano|inverno|verao)|esta temporada"
    r"|quest'(?:anno|inverno|estate)|questa (?:stagione|estate)|dit (?:seizoen|jaar)|deze (?:winter|zomer)"
    r"|tego roku|w tym sezonie|tej zimy|tego lata|nesta temporada|i vinter|i sommar|i sommer|i ar|tento rok|letos"
    r"|tuto zimu|toto leto|20[2-9]\d"
)
# Deals and offers on something now: "Sjekk om det finnes noen gode deals på Garmin Forerunner nå".
_DEALS = (
    r"deals?|offers|bargains?|angebote?|schnappchen|bons plans|promos?|promotions?|ofertas?|chollos?|offerte|sconti"
    r"|aanbieding\w*|korting\w*|promocj\w*|okazj\w*|promocoes|promocao|descontos|erbjudand\w*|tilbud\w*|slev\w*|akce"
)
# Events called off or moved: "er holmenkollstafetten flyttet til en annen dato i år", "ist der Lauf abgesagt".
_CALLED_OFF = (
    r"postponed|called off|cancell?ed|rescheduled|verschoben|abgesagt|reporte\w*|annule\w*|aplazad\w*|suspendid\w*"
    r"|rinviat\w*|annullat\w*|uitgesteld|afgelast|verplaatst|przelozon\w*|odwolan\w*|adiad\w*|flyttad\w*|installd\w*"
    r"|flyttet|aflyst|avlyst|odlozen\w*|zrusen\w*|presunut\w*"
)
_THIS_YEAR_OR_SOON = (
    _NOW_OR_THIS_SEASON
    + r"|today|tomorrow|this weekend|heute|morgen|am wochenende|aujourd'hui|demain|ce week-end|hoy|manana|este fin de"
    r" semana|oggi|domani|questo fine settimana|vandaag|morgen|dit weekend|dzis|jutro|w ten weekend|hoje|amanha|este fim"
    r" de semana|idag|i dag|imorgon|i morgon|i helgen|i morgen|i weekenden|dnes|zitra|tento vikend"
)
# A software update out yet: "ist das neue Firmware-Update für den Mähroboter schon raus".
_AN_UPDATE = (
    r"updates?|firmware\w*|softwareopdatering\w*|softwareupdate\w*|programvareoppdatering\w*|mise a jour|actualizacion"
    r"|aggiornament[oi]|aktualizacj\w*|atualizacao|uppdatering\w*|opdatering\w*|oppdatering\w*|aktualizac\w*"
)
_OUT_YET = (
    r"out yet|already out|been released|schon raus|schon da|erschienen|est sortie|ya salio|ya ha salido|e uscito"
    r"|al uit|wyszla|wyszedl|ja saiu|har kommit|har kommet|er kommet|er der kommet|har det kommet|uz vysel|uz vysla"
)
# A service raising its prices: "Är det sant att Spotify höjer priset igen?".
_RAISES_PRICES = (
    r"rais\w* (?:the |its |their )?prices?|put(?:ting)? (?:the |its |their )?prices? up|erhoh\w* (?:\w+ ){0,3}?preise"
    r"|augmente\w* (?:ses |leurs |le |les )?(?:prix|tarifs?)|sube\w* (?:el |los |sus )?precios?|aumenta\w* (?:il |i |los )?"
    r"prezz[oi]|verhoog\w* (?:de |hun |zijn )?prij(?:s|zen)|podnos\w* ceny|podniesie ceny|aumenta\w* (?:o |os )?precos?"
    r"|hojer (?:priset|priserna|prisen)|haever (?:prisen|priserne)|oker (?:prisen|prisene)|zdrazuj\w*|zdrazi"
)
# A match's score today or tonight: "jaki jest wynik meczu legii dzisiaj", "c'est combien le score du psg là ce
# soir" (not "how did it go", which a household member's exam asks too).
_SCORE_OF = (
    r"score (?:du|de|of|von|vom)|the score|wynik meczu|wynik \w+ (?:z|ze)|ergebnis (?:von|vom|des|der)|spielstand"
    r"|resultado del?|risultato del(?:la)?|uitslag van|placar do|resultatet i|stillingen i|vysledek zapasu|skore zapasu"
)
_TODAY_OR_TONIGHT = (
    r"today|tonight|right now|now|live|heute|heute abend|jetzt|ce soir|aujourd'hui|la|hoy|esta noche|ahora|oggi|stasera"
    r"|adesso|vandaag|vanavond|nu|dzis|dzisiaj|dzisiejsz\w*|wieczorem|teraz|hoje|esta noite|agora|idag|i dag|ikvall"
    r"|i kvall|just nu|i aften|lige nu|i kveld|na(?=\W*$)|dnes|dneska|vecer|ted"
)
# The school calendar of a region: "Kiedy w tym roku są ferie zimowe w województwie mazowieckim?".
_SCHOOL_HOLIDAYS = (
    r"school holidays?|half[- ]term|schulferien|herbstferien|osterferien|winterferien|sommerferien|pfingstferien"
    r"|vacances scolaires|vacances de la toussaint|vacances de fevrier|vacaciones escolares|vacanze scolastiche"
    r"|schoolvakantie\w*|herfstvakantie|voorjaarsvakantie|krokusvakantie|meivakantie|ferie zimowe|ferie wiosenne"
    r"|ferias escolares|ferias da pascoa|skollov\w*|sportlov\w*|hostlov\w*|skoleferie\w*|vinterferie\w*"
    r"|efterarsferie\w*|hostferie\w*|jarni prazdniny|podzimni prazdniny|planleggingsdag\w*|studiedag\w*"
)
_WHEN_OR_WHICH_DAYS = (
    r"when|which days|what dates|wann|welche tage|quand|quelles dates|cuando|que dias|quando|quali giorni|wanneer"
    r"|welke dagen|kiedy|jakie dni|quais dias|nar|vilka dagar|hvornar|hvilke dage|hvilke dager|kdy|jake dny"
    r"|this (?:school )?year|dieses jahr|cette annee|este ano|este curso|quest'anno|dit (?:school)?jaar|w tym roku"
    r"|i ar|i aar|dette skolearet|letos"
)
_RECOMMENDED_NOW = Shapes(
    [
        (
            "the dates of the school holidays",
            Shape((_SCHOOL_HOLIDAYS, _WHEN_OR_WHICH_DAYS), lacks(_POSSESSIVES)),
        ),
        (
            "a match's score today",
            Shape((_SCORE_OF, _TODAY_OR_TONIGHT), lacks(_POSSESSIVES)),
        ),
        ("a software update out yet", Shape((_AN_UPDATE, _OUT_YET))),
        ("prices raised", Shape((_RAISES_PRICES,), lacks(_POSSESSIVES))),
        (
            "deals on something now",
            Shape((_DEALS, _NOW_OR_THIS_SEASON), lacks(_POSSESSIVES)),
        ),
        (
            "an event called off or moved",
            Shape((_CALLED_OFF, _THIS_YEAR_OR_SOON), lacks(_POSSESSIVES)),
        ),
        (
            "what is recommended now",
            Shape(
                (_RECOMMENDED + "|" + _TEST_WINNER, _THIS_YEAR_OR_TESTED),
                lacks(_POSSESSIVES),
            ),
        ),
        (
            "what is in fashion now",
            Shape((_IN_FASHION, _NOW_OR_THIS_SEASON), lacks(_POSSESSIVES)),
        ),
    ]
)
_CHECKS_OFFICIAL = Shapes(
    [("whether it is the official one", Shape((_CHECK, _OFFICIAL)))]
)
# Public transport running as usual, a strike today or tomorrow, traffic now, who leads the polls.
_TRANSIT = (
    _VEHICLE
    + r"|metro|metr\w*|tube|subway|underground|u-bahn\w*|s-bahn\w*|tram\w*|buses|bus|flytoget|pendeltag\w*|tunnelban\w*"
    r"|sporvogn\w*|t-bane\w*|tramvaj\w*|autobus\w*|tramwaj\w*|komunikacj\w*|dopravn\w* podnik\w*|buss|bussen|bussar\w*"
    r"|busser|bussene|pendeln|nocn\w*|nachtbus\w*|night bus|noctilien|nachtbus"
)
# Running tonight, delayed or disrupted: "kører metroen til lufthavnen i nat", "hay retrasos en la l cinco del metro"
_RUNNING = (
    r"running|runs?|delays?|delayed|disruptions?|cancelled|verspatung\w*|storung\w*|fahrt|fahren|ausfall\w*|retards?"
    r"|perturbations?|circule\w*|travaux|retrasos?|funciona\w*|circula\w*|interrupc\w*|ritard\w*|circolano|passa"
    r"|rijdt|rijden|vertraging\w*|storing\w*|werkzaamheden|utrudnien\w*|opoznien\w*|jedzie|jezdzi|kursuj\w*"
    r"|atras\w*|perturbac\w*|anda|andam|gar|korer|kor|forsenad\w*|forsening\w*|forsinke\w*|install\w*|innstil\w*|aflyst"
    r"|sporarbejde|sparbete|banearbeid|jede|jezdi|zpozd\w*|vyluk\w*|ostatni|posledni|last"
)
_OVERNIGHT = (
    r"i nat|i natt|inatt|v noci|w nocy|tej nocy|vannacht|heute nacht|cette nuit|stanotte|esta madrugada|this morning"
    r"|ce matin|heute fruh|esta manana|stamattina|vanochtend|rano|i morges|i morse|imorse|rano|rn|nastepny|nasta|neste|naeste"
    r"|next|nachste\w*|prochaine?|proxim[oa]|prossim[oa]|volgende|pristi|still|noch|encore|todavia|ancora|nog"
    r"|jeszcze|ainda|fortfarande|stadig|fortsatt|jeste"
)
_AS_USUAL = (
    r"as usual|as normal|normally|running normally|wie gewohnt|normal|normalement|comme d'habitude|normalmente"
    r"|con normalidad|come al solito|regolarmente|zoals normaal|weer normaal|gewoon|normalnie|jak zwykle|como de costume"
    r"|som vanligt|som normalt|som vanlig|normalne|jako obvykle|normalt"
)
# Where a strike stops travel: an airport or a rail or air operator ("er der strejke i lufthavnen", "grève sncf")
_STRUCK = (
    r"airports?|flughafen|aeroport\w*|aeropuerto\w*|luchthaven\w*|lotnisk\w*|flygplats\w*|lufthavn\w*|letist\w*"
    r"|sncf|ratp|deutsche bahn|renfe|trenitalia|sbb|pkp|dsb|ryanair|easyjet|lufthansa|klm|air france|iberia|vueling"
)
_STRIKE = r"strikes?|streik\w*|greves?|huelgas?|sciopero|scioperi|staking\w*|strajk\w*|strejk\w*|stavk\w*|stavkuj\w*"
_SOON = (
    r"today|tomorrow|tonight|this week|next week|will there be|heute|morgen|diese woche|gibt es|demain|aujourd'hui"
    r"|cette semaine|y a-t-il|hoy|manana|esta semana|hay|oggi|domani|questa settimana|c'e|vandaag|deze week|komt er"
    r"|is er|dzis|dzisiaj|jutro|w tym tygodniu|bedzie|hoje|amanha|esta semana|vai haver|tem|ha|idag|i dag|imorgon"
    r"|i morgon|blir det|i morgen|bliver der|blir det|dnes|zitra|tento tyden|bude|budou|den har veckan|i veckan"
    r"|denne uge|i denne uge|denne uka|denne veka"
)
_POLLS = (
    r"polls?|umfrage\w*|sondage\w*|encuestas?|sondaggi\w*|peiling\w*|sondaz\w*|sondagens?|pesquisas?"
    r"|opinionsmatning\w*|meningsmaling\w*|pruzkum\w*"
)
_LEADS = (
    r"leads?|leading|ahead|vorne|fuhrt|en tete|devant|lidera|va (?:en cabeza|primero)|in testa|avanti|voorop|staat er"
    r" bovenaan|prowadzi|na czele|lidera|a frente|leder|ligger forst|forrest|forer|vede|na cele"
)
_TRAFFIC_WORDS = "|".join(traffic for traffic, _ in _TRAFFIC.values())
# Who leads a league, a table or a race now: "hvem fører superligaen lige nu", "wie staat er bovenaan in de eredivisie".
_LEAGUE = (
    r"liga\w*|ligu|ligy|ligue|league|\w+liga\w*|\w+serien|allsvenskan|\w*divisie|ekstraklas\w*|standings"
    r"|tabelle|classement|clasificacion|classifica|klassement|tabulk\w*|tour de france|giro d'italia|vuelta"
)
_FIRST = (
    _LEADS
    + r"|top of|first|em primeiro|en primero|al primo posto|op kop|na prvnim miste|na pierwszym miejscu"
)
# The next one of a train, a ferry or a concert: "quand passe le prochain RER B", "c'est quand le prochain concert".
_NEXT = (
    r"next|nachste\w*|prochaine?|proxim[oa]|prossim[oa]|volgende|nastepn\w*|najblizsz\w*|nasta|naeste|neste"
    r"|pristi"
)
_NEXT_ONE = (
    _TRANSIT
    + r"|rer|concerts?|konzert\w*|concierto|concerto|koncert\w*|konsert\w*|tour\w*|turne\w*"
)
# The next song or episode is the home's player ("skip to the next track"; Norwegian "skip" is a ship).
_NOT_A_RIDE = _MUSIC + r"|tracks?|episodes?|chapter|kapitel|skip to|przeskocz|preskoc"
# The nearest pharmacy on duty or open all night: "dov'è la farmacia di turno più vicina".
_PHARMACY = (
    r"pharmac\w*|chemist|apothek\w*|farmac\w*|apotheek|aptek\w*|lekarn\w*|apotek\w*"
)
_ON_DUTY = (
    r"nearest|on duty|open all night|24 ?hours?|notdienst\w*|nachstgelegene|la plus proche|de garde|de guardia"
    r"|mas cercana|di turno|piu vicina|dienst|dichtstbijzijnde|calodobow\w*|najblizsz\w*|de servico|mais proxima"
    r"|narmaste|jourapotek\w*|naermeste|vagt\w*|vakt\w*|nejblizsi|pohotovost\w*"
)
# Works on a street this week: "er det veiarbeid på ekebergveien denne uka", "há obras na avenida da boavista".
_ROAD_WORKS = (
    r"road ?works?|roadworks|baustelle\w*|strassenarbeiten|strassensperrung\w*|travaux (?:sur|rue|avenue|route|boulevard"
    r"|autoroute|place)|obras (?:na|en la|en el) (?:avenida|rua|calle|estrada|carretera|autovia|autoestrada|a\d+)"
    r"|lavori stradali|cantier\w* stradal\w*|wegwerkzaamheden|wegafsluiting\w*|roboty drogowe|remont\w* (?:drogi|ulicy)"
    r"|vagarbete\w*|vejarbejde\w*|veiarbeid\w*|uzavirk\w*|objizdk\w*|oprav\w* silnice"
)
# What a town's council decided: "Vad har Göteborgs stad beslutat om miljözon", "co rozhodlo zastupitelstvo".
_COUNCIL = (
    r"councils?|city hall|gemeinderat|stadtrat|bezirksamt|conseil municipal|mairie|metropole|ayuntamiento|concejo"
    r"|comune|consiglio comunale|gemeente|gemeenteraad|rada (?:miasta|gminy|dzielnicy)|camara (?:municipal|do|de|da)"
    r"|kommun\w*|\w+s stad|byradet|bystyret|zastupitelstv\w*|magistrat\w*|radnice"
)
_DECIDED = (
    r"decided|voted|approved|beschlossen|entschieden|decide|vote|approuve|decidido|aprobado|aprobo|decidio|deciso"
    r"|approvato|besloten|goedgekeurd|postanowil\w*|zdecydowal\w*|uchwalil\w*|decidiu|aprovou|beslutat|beslutade"
    r"|besluttet|vedtaget|vedtatt|vedtok|rozhodl\w*|schvalil\w*"
)
# What one may claim, pay in or file this year ("how much can I put in one this tax year", "hur mycket får man dra
# av i år"): the rules and allowances change every year.
_ALLOWED = (
    r"how much (?:can|may|am i allowed)|until when|wie viel (?:darf|kann) man|bis wann|combien (?:peut-on|on peut)"
    r"|jusqu'a quand|cuanto se puede|hasta cuando|quanto si puo|fino a quando|hoeveel mag|tot wanneer|ile mozna"
    r"|do kiedy|quanto se pode|ate quando|hur mycket (?:far|kan) man|hvor (?:meget|mye) (?:ma|kan|far) man"
    r"|kolik (?:muze|lze|smi|je letos (?:\w+ )?(?:podpor\w*|limit\w*|odpoc\w*|prispev\w*|slev\w*))|do kdy"
)
# A permit and the rules that apply now: "Behöver man bygglov … vad gäller nu", "licença da câmara … regras em
# vigor", "planning permission … check what Harrogate council says". Building rules change and differ by town.
_PERMIT = (
    r"planning permission|building (?:permit|regulations|code)|permits?|genehmigung\w*|baugenehmigung\w*|bauordnung"
    r"|bauantrag|permis de construire|declaration prealable|autorisation d'urbanisme|licencia de obra\w*"
    r"|declaracion responsable|permiso de obra\w*|cila|scia|permesso di costruire|omgevingsvergunning|bouwvergunning"
    r"|vergunning|pozwoleni\w* na budowe|zgloszeni\w*|prawo budowlane|licenca da (?:camara|junta)|licenciamento"
    r"|bygglov|bygganmalan|byggetilladelse|byggesoknad|byggetillatelse|soke kommunen|stavebni povoleni|ohlaseni"
    r"|stavebni\w* zakon\w*"
)
_APPLIES_NOW = (
    _NOW
    + r"|in force|en vigueur|em vigor|vigente|in vigore|gilt|gelten|geltende\w*|plati|platne|obowiazuj\w*|galler"
    r"|gjelder|gelder|aktuell\w*|current|actuel\w*|actual\w*|attual\w*|actuele|aktualn\w*|atua\w*"
)
_THIS_YEAR = r"this (?:tax )?year|dieses jahr|in diesem jahr|cette annee|este ano|quest'anno|dit jaar|w tym roku|i ar|letos"
# Facts about the world even when they name one of the home's devices ("ISDE … voor een warmtepomp").
OPENING_HOURS = "opening hours"
GRANT_STILL_OPEN = "a grant still open"
POWER_CUT_PLANNED = "a power cut planned nearby"
# A public grant or a tax relief still open, this year or now: "Gibts 2025 noch BAFA-Förderung", "Ainda há apoios
# do Fundo Ambiental", "Finns skattereduktionen kvar nästa år". Plural "aides", "ayudas" and "apoios": the
# singular is "help".
_GRANT = (
    r"grants?|subsid\w*|rebates?|forderung\w*|zuschuss\w*|aides|maprimerenov|subvencion\w*|ayudas|deduccion\w*|bonus"
    r"|incentiv\w*|detrazion\w*|isde|dotac\w*|dofinansowan\w*|apoios|bidrag\w*|skattereduktion\w*|tilskud\w*|enova"
    r"|stromstotte\w*|energistotte\w*|elstod\w*"
    # benefits and their limits: "wat is de huurgrens voor huurtoeslag dit jaar", "hvor mye er bostøtten nå"
    r"|huurtoeslag\w*|zorgtoeslag|kinderbijslag|huurgrens|bostotte\w*|bostod\w*|boligstotte\w*|wohngeld\w*|kindergeld\w*"
    r"|burgergeld\w*|buergergeld\w*|assegno unico|ingreso minimo vital|barnbidrag\w*|bostadsbidrag\w*|borneydelse\w*"
    r"|barnetrygd\w*|pridav\w* na (?:dite|deti)|prispev\w* na bydleni"
)
_STILL_OR_THIS_YEAR = (
    _THIS_YEAR
    + "|"
    + _NOW
    + r"|still|any ?more|noch|encore|toujours|todavia|sigue|ancora|nog|nadal|jeszcze|ainda|fortfarande|kvar|stadig"
    r"|fortsatt|jeste|stale|20[2-9]\d|next year|nachstes jahr|l'an prochain|el ano que viene|l'anno prossimo"
    r"|volgend jaar|w przyszlym roku|no proximo ano|nasta ar|naeste ar|neste ar|pristi rok|en ce moment|i ar"
)
# A power cut planned in the area: "y a une coupure enedis prévue dans le quartier", "má čez plánovanou odstávku".
_POWER_CUT = (
    r"power cuts?|power outages?|outages?|blackouts?|stromausfall\w*|stromabschaltung\w*|coupures?|corte de (?:luz|energia)"
    r"|cortes de luz|interruzion\w*|stroomstoring\w*|storing|awari\w*|wylaczeni\w* pradu|odstavk\w*|vypadek|avaria"
    r"|strombrudd|stromavbrott|stromafbrydelse|stromudfald"
)
_PLANNED_NEARBY = (
    r"planned|scheduled|announced|geplant\w*|angekundigt\w*|prevue?s?|programad[oa]s?|programmat[ao]|previst[ao]"
    r"|gepland\w*|planowan\w*|planovan\w*|planlagt\w*|planerad\w*|planerat|in the area|in my street|on our street"
    r"|im viertel|in der strasse|dans le quartier|dans la rue|en mi calle|en la zona|in zona|in de buurt|in de wijk"
    r"|w okolicy|na zona|na minha rua|i omradet|i kvarteret|u nas|v okoli|enedis|e redes|e-redes|distribuce"
)
# Cases, alerts and orders that are new: "nye tilfælde af fugleinfluenza", "påbud om at holde fjerkræ indendørs".
_NEW_CASES = (
    _NOW
    + r"|new|neue\w*|nouve\w*|nuev[oa]s|nuov[ie]|nieuwe|nowe|nowych|nove|novos|novas|nya|nye|alert\w*|warnings?"
    r"|warnung\w*|cases|falle|cas|casos|casi|gevallen|przypadk\w*|fall|tilfaelde|tilfeller|pripad\w*|pabud|pabudt"
)
# Whether a bridge, a mountain pass, a ferry, a tunnel or the ski lifts are open or running, and when: "ist der
# grimselpass schon offen", "er storebæltsbroen lukket i dag", "czy prom z ystad dziś płynie".
_RUNS = (
    r"open|opened|closed|shut|running|sailing|sails|cancel\w*|times|timetable|today|tonight|tomorrow|offen|geoffnet"
    r"|gesperrt|geschlossen|fahrt|heute|morgen|ouvert\w*|ferme\w*|circule\w*|aujourd'hui|demain|abierto|cerrado|hoy|manana"
    r"|aperto|chiuso|oggi|domani|dicht|gesloten|afgesloten|vaart|varen|vandaag|otwart\w*|zamkniet\w*|plynie|plyna"
    r"|kursuje|dzis|dzisiaj|jutro|abert[ao]|fechad[ao]|hoje|amanha|oppen|oppet|stangd|gar|avgar|idag|imorgon|aben|abent"
    r"|lukket|sejler|apen|apent|stengt|i kveld|otevren\w*|zavren\w*|jezdi|jedou|dnes|dneska|zitra|schon|still|noch"
    r"|encore|ainda|ancora|nog|jeszcze|fortfarande|stadig|fortsatt|kolonnekjoring|i dag|i morgen|i kvall"
)
_CROSSING = (
    r"bridge|brucke|\w+brucke|pont|puente|ponte|brug|\w+brug|mostu|moscie|bron|broen|broa|brua|\w+bron|\w+broen"
    r"|\w+broa|\w+brua|\w{3,}pass|passo|col du|przelecz\w*|ferry|ferries|(?:die|der|den) fahre\w*|traghett\w*"
    r"|veerboot|veerpont|prom (?:z|do|na)|promy|promem|ferry-boat|ferj\w*|farj\w*|faerge\w*|ferge\w*|trajekt\w*"
    r"|transbordador\w*|tunnel|tunnels|lanovk\w*|vlek\w*|ski ?lifts?|skilift\w*|sessellift\w*|gondel\w*|remontees"
    r"|remontes|impianti di risalita|wyciag\w*|teleferico|liftar\w*|liftene|liftarna|kolonnekjoring"
    # cable cars, trails and mountain huts, and the last boat: "le téléphérique de l'aiguille du midi est ouvert",
    # "czy szlak na rysy jest już otwarty", "når går siste båten fra reine"
    r"|telepherique|seilbahn\w*|cable ?cars?|funivia|kabelbaan|kolej\w* linow\w*|trails?|wanderweg\w*|sentiers?"
    r"|senderos?|sentier[oi]|wandelpad\w*|szlak\w*|trilhos?|huts|berghutte\w*|refuges|refugios|rifugi|schronisk\w*"
    r"|baten|batene|baden"
)
# How high the avalanche danger is, and when the tide is high, on a day: "Lawinenwarnstufe am Arlberg für morgen",
# "hoogwater bij den helder zaterdag" (not how tides work).
_AVALANCHE_OR_TIDE = (
    r"lawinen\w*|avalanche\w*|valangh\w*|lawin\w*|lavin\w*|aludes|laviner\w*|high tide|low tide|tides|hoogwater"
    r"|laagwater|getijden\w*|gezeiten\w*|hochwasser am|maree\w*|mareas?|alta marea|przyplyw\w*|mare alta|mare baixa"
    r"|tidvatten\w*|hojvande|lavvande|hoyvann|fjaere|tidevann\w*|skredfar\w*|snoskred\w*|skredvarsel\w*"
)
# What an automation reacts to is no question: "die Rollläden sollen bei einer Sturmwarnung hochfahren".
_AN_AUTOMATION = (
    r"automations?|automatisierung\w*|automatisation\w*|automatizacion\w*|automazion\w*|automatisering\w*"
    r"|automatyzacj\w*|automacao|automatizace|yaml|integration|sollen|soll|should"
)
# A weather warning out there, which no home's weather entity gives: "jest jakieś ostrzeżenie przed burzami na
# mazurach", "c'è allerta meteo in trentino per domani", "ob's für den Bodensee grad ne Sturmwarnung gibt".
_WEATHER_WARNING = (
    r"storm warnings?|weather warnings?|sturmwarnung\w*|unwetterwarnung\w*|wetterwarnung\w*|alerte (?:meteo|orange"
    r"|rouge)|vigilance (?:orange|rouge|meteo)|aviso (?:por|de) (?:tormentas?|lluvias?|viento|nieve|temporal)"
    r"|alerta (?:meteo\w*|roja|naranja)|allerta (?:meteo|rossa|arancione|gialla)|weeralarm|code (?:oranje|rood)"
    r"|ostrzezeni\w* (?:przed|meteo)\w*|aviso (?:amarelo|laranja|vermelho)|stormvarning\w*|vadervarning\w*"
    r"|kulingvarsel\w*|farevarsel\w*|stormvarsel\w*|vystrah\w*"
)
# When a programme is on the television tonight: "what time is the chase on tonight", "hoe laat begint lingo
# vanavond", "v kolik dávají dneska na lovu"; not when the home's dishwasher or heating starts.
_WHEN_ON = (
    r"what time|when|um wie ?viel uhr|wann|a quelle heure|quand|a que hora|cuando|a che ora|quando|hoe laat|wanneer"
    r"|o ktorej|kiedy|a que horas|nar|hvornar|v kolik|kdy"
)
_SHOWN = (
    r"on tonight|on today|on tv|passe|passent|begint|borjar|begynder|begynner|starter|kommt|lauft|beginnt|empieza"
    r"|comienza|echan|ponen|inizia|comincia|danno|zaczyna|leci|emituj\w*|comeca|sendes|vises|visas|davaji|dava"
    r"|vysilaji|zacina"
)
_TONIGHT = (
    r"tonight|today|this evening|ce soir|aujourd'hui|esta noche|hoy|stasera|oggi|vanavond|vandaag|dzis|dzisiaj"
    r"|wieczorem|hoje|esta noite|ikvall|i kvall|idag|i aften|i dag|i kveld|dnes|dneska|heute|heute abend"
)
_NOT_A_PROGRAMME = (
    _POSSESSIVES
    + "|"
    + HOME_SWITCHING
    + "|"
    + HOME_OPENINGS
    + r"|alarm\w*|timer\w*|reminder|routine|automation|scene|dishwasher|washing|dryer|robot\w*|vacuum\w*"
    r"|\w*maschine|lave\w*|lavadora|lavatrice|lavastoviglie|vaatwasser|wasmachine|zmywark\w*|pralk\w*|diskmaskin\w*"
    r"|tvattmaskin\w*|opvaskemaskin\w*|vaskemaskin\w*|oppvaskmaskin\w*|mycka|pracka|charg\w*|lad\w*|shift|school"
    r"|schule|ecole|escuela|scuola|lesson|class|training|match|game|spiel|partido|partita|wedstrijd|mecz|jogo"
)
# What a state pension or benefit becomes, by law, this year or from a date: "hvor meget stiger folkepensionen til
# januar", "ile wynosi waloryzacja emerytur w tym roku", "vad blir garantipensionen nästa år".
_BENEFIT = (
    r"\w*pension\w*|\w*pensjon\w*|emerytur\w*|waloryzac\w*|valorizac\w*|duchod\w*|renten\w*|rentenerhohung"
    r"|retraites?|jubilacion\w*|pensione|pensioni|aow|kindergeld|child benefit|allocations? familiales|borneydelse\w*"
    r"|barnetrygd\w*|barnbidrag\w*|pflegegeld|burgergeld|minimum wage|mindestlohn|smic|salario minimo"
)
_BY_LAW = (
    _THIS_YEAR
    + r"|next year|from january|nachstes jahr|ab januar|l'an prochain|en janvier|el ano que viene|en enero"
    r"|l'anno prossimo|da gennaio|volgend jaar|per januari|w przyszlym roku|od stycznia|no proximo ano|em janeiro"
    r"|nasta ar|fran januari|naeste ar|til januar|fra januar|neste ar|fra mai|fra januar|pristi rok|od ledna"
    r"|stiger|stige|rises|rise|increase|erhoht|steigt|augmente|sube|aumenta|aumento|stijgt|wzrosnie|sobe|okar|hojes"
    r"|oker|vzroste|wynosi|blir|bliver|den nye|nye|nya|new|neue|nouvelle|nueva|nuova|nieuwe|nowa|nova|nove"
)
# The forecast at sea or on the coast, never the home's: "hvad siger farvandsudsigten", "météo marine pour demain".
_MARINE_FORECAST = (
    r"inshore waters|shipping forecast|marine forecast|sea state|seewetter\w*|meteo marine|bulletin cotier"
    r"|prevision maritima|estado de la mar|meteo marina|bollettino del mare|scheepvaartbericht\w*"
    r"|prognoz\w* dla zeglarzy|previsao maritima|estado do mar|sjovader\w*|farvandsudsigt\w*|kystvarsel\w*"
    r"|sjoveir\w*|surf forecast|surf report|swell forecast|wellenvorhersage|previsions? de houle|prevision de olas"
    r"|previsioni del mare"
)
# A fishing or hunting licence and what it needs this year: "do i need a fishing licence for the lake this year".
_LICENCE = (
    r"fishing (?:licen[cs]es?|permits?)|rod licen[cs]es?|hunting licen[cs]es?|angelschein\w*|fischereischein\w*"
    r"|angelkarte\w*|jagdschein\w*|carte de peche|permis de (?:peche|chasse)|licencia de (?:pesca|caza)"
    r"|licenza di (?:pesca|caccia)|vispas\w*|visvergunning\w*|jachtakte|karta wedkarska|karty wedkarskiej"
    r"|licenca de (?:pesca|caca)|fiskekort\w*|fisketegn\w*|fiskeavgift\w*|jegeravgift\w*|jagttegn\w*"
    r"|rybarsk\w* listek|rybarsk\w* povolenk\w*"
)
_NEEDED_THIS_YEAR = (
    _APPLIES_NOW
    + "|"
    + _THIS_YEAR
    + r"|do i need|do we need|need one|brauche ich|braucht man|faut-il|il faut|necesito|hace falta|serve|bisogna"
    r"|heb ik nodig|nodig|potrzebuje|potrzebna|preciso|precisa|behover jag|behover man|skal jeg|skal man|trenger jeg"
    r"|trenger man|potrebuju|potrebuji|cost|costs|kostet|coute|cuesta|costa|kost|kosztuje|custa|kostar|koster|stoji"
)
# What a used car fetches now: "kolik teď dávaj za fabii z roku patnáct", "la cote Argus actuelle d'une 308".
_FETCHES = (
    r"cote|argus|restwert\w*|worth|value|kriegt man|bekommt man|davaj\w*|daji|vaut|vale|waard|wart\w*|vard|verdt|vaerd"
    r"|fetch|go for|sell for|verkaufen fur|revendre|vender por|vendere a|verkopen voor|sprzedac za|salja for|saelge for"
    r"|selge for|prodat za"
)
_USED_CAR = (
    CARS
    + "|"
    + CAR_MAKES
    + r"|golf (?:\w+ )?(?:\d+|sieben|acht|vii|viii)|fabi\w*|baujahr|\d{3} ?000 ?km|\d+ ?(?:000|mil|tausend) km"
    r"|(?:19|20)\d\d (?:diesel|benzin\w*|essence|gasolina)|z roku|rocnik\w*|mil km"
)
_NOW_OR_THESE_DAYS = (
    _NOW
    + r"|actuel\w*|aktuell\w*|currently|these days|heutzutage|aujourd'hui|hoy en dia|oggi|tegenwoordig|obecnie"
    r"|hoje em dia|idag|i dag|nowadays|dzis|dnes|gerade|ted"
)
# A tax return's dates this year: "Qual é o prazo para entregar a declaração de IRS este ano?".
_TAX_FILING = (
    r"tax returns?|self[- ]assessment|steuererklarung\w*|declaration (?:de revenus|d'impots)|campana de la renta"
    r"|declaracion de la renta|dichiarazione dei redditi|modello 730|belastingaangifte|aangifte\w*"
    r"|zeznani\w* podatkow\w*|declaracao de irs|irs|inkomstdeklaration\w*|deklarationen|selvangivelse\w*"
    r"|arsopgorelse\w*|skattemelding\w*|danove priznani"
)
_PUBLIC_LIFE = Shapes(
    [
        (
            "what a used car fetches now",
            Shape((_FETCHES, _USED_CAR, _NOW_OR_THESE_DAYS)),
        ),
        (
            "a tax return's dates this year",
            Shape(
                (_TAX_FILING, _THIS_YEAR + r"|este ano|20[2-9]\d"), lacks(_POSSESSIVES)
            ),
        ),
        ("the forecast at sea", Shape((_MARINE_FORECAST,))),
        (
            "what a licence needs this year",
            Shape((_LICENCE, _NEEDED_THIS_YEAR), lacks(_POSSESSIVES)),
        ),
        ("public transport today", Shape((_TRANSIT, _AS_USUAL), lacks(_POSSESSIVES))),
        (
            "public transport running now",
            Shape(
                (_TRANSIT, _RUNNING, f"{_SOON}|{_NOW}|{_TONIGHT}|{_OVERNIGHT}"),
                lacks(_POSSESSIVES),
            ),
        ),
        ("a strike", Shape((_STRIKE, _SOON + "|" + _TRANSIT + "|" + _STRUCK))),
        ("who leads the polls", Shape((_POLLS, _LEADS))),
        ("traffic now", Shape((_TRAFFIC_WORDS, _NOW), lacks(_POSSESSIVES))),
        ("who leads a league", Shape((_FIRST, _LEAGUE))),
        (
            "the next train or concert",
            Shape((_NEXT_ONE, _NEXT), lacks(_POSSESSIVES + "|" + _NOT_A_RIDE)),
        ),
        ("a pharmacy on duty", Shape((_PHARMACY, _ON_DUTY))),
        ("an animal disease now", Shape((ANIMAL_DISEASES, _NEW_CASES))),
        (
            "a pension or a benefit by law",
            Shape((_BY_LAW, _BENEFIT), lacks(_POSSESSIVES)),
        ),
        (
            "a crossing open or running",
            Shape((_RUNS, _CROSSING), lacks(_POSSESSIVES)),
        ),
        (
            "when a programme is on television",
            Shape((_WHEN_ON, _SHOWN, _TONIGHT), lacks(_NOT_A_PROGRAMME)),
        ),
        (
            "an avalanche warning or the tides",
            Shape((_AVALANCHE_OR_TIDE, _RUNS + "|" + WEEKDAYS)),
        ),
        (
            "a weather warning",
            Shape((_WEATHER_WARNING,), lacks(_POSSESSIVES + "|" + _AN_AUTOMATION)),
        ),
        ("road works", Shape((_ROAD_WORKS, _SOON), lacks(_POSSESSIVES))),
        ("a council's decision", Shape((_DECIDED, _COUNCIL))),
        (GRANT_STILL_OPEN, Shape((_GRANT, _STILL_OR_THIS_YEAR), lacks(_POSSESSIVES))),
        (POWER_CUT_PLANNED, Shape((_POWER_CUT, _PLANNED_NEARBY))),
        ("a permit's rules now", Shape((_PERMIT, _APPLIES_NOW), lacks(_POSSESSIVES))),
        ("what the council says of a permit", Shape((_CHECK, _COUNCIL, _PERMIT))),
        (
            "this year's allowance or deadline",
            Shape((_ALLOWED, _THIS_YEAR), lacks(_POSSESSIVES)),
        ),
    ]
)
# language -> (won or lost, yesterday) asked verb first: "vandt brøndby i går", "vann djurgården igår".
_WON_FIRST = {
    "da": (r"vandt|tabte|spillede", r"i gar|igar|i aftes|i weekenden"),
    "nb": (r"vant|tapte|spilte", r"i gar|igar|i gar kveld|i helga|i helgen"),
    "sv": (r"vann|forlorade|spelade", r"igar|i gar|igar kvall|i gar kvall|i helgen"),
    "de": (r"gewann|verlor", r"gestern|am wochenende"),
    "cs": (r"vyhral\w*|prohral\w*", r"vcera|o vikendu"),
    "pl": (r"wygral\w*|przegral\w*", r"wczoraj|w weekend"),
}
# The household's own children or music played yesterday are no team: "how did the kids play yesterday".
_NOT_A_TEAM = "|".join((_MUSIC, _POSSESSIVES, "kids", *sorted(CHILDREN)))
# A player's injury with the match, the squad or the return it keeps them from: "ist musiala verletzt fällt er fürs
# länderspiel aus", "er ødegaard skadet spiller han mot italia". Without a word of sport it may be a friend's
# health, and stays local; a household member's is private before this.
_OUT_OF_A_MATCH = (
    r"squad|line-?up|national team|world cup|derby|match|game|play-?offs?|transfer|miss(?:es)? the|kader"
    r"|aufstellung|landerspiel|nationalmannschaft|spiel|fallt er|fallt sie|selection|bleus|coupe du monde|absence"
    r"|clasico|partido|seleccion|convocatoria|mundial|derbi|vuelve|volvera|de baja|partita|nazionale|convocat\w*"
    r"|ek|wk|em|wm|oranje|wedstrijd|selectie|mecz\w*|kadr\w*|reprezentacj\w*|zgrupowani\w*|zagra|jogo|selecao"
    r"|convocad\w*|classico|landskamp\w*|landslaget|landsholdet|truppen|troppen|kampen|matchen|missar|misser"
    r"|spiller han|spiller hun|spelar han|spelar hon|zapas\w*|reprezentac\w*|play ?off|bude hrat"
)
_INJURED_OR_FIT = INJURED + r"|weer fit|alweer fit|wieder fit"
# A child's match at school, or a relative's, is the household's health.
_NOT_A_PLAYER = "|".join(
    (
        _NOT_A_TEAM,
        r"school|schule|ecole|escuela|scuola|szkol\w*|escola|skol\w*|skoly",
        *sorted(FAMILY),
    )
)
_SHAPES = Shapes(
    [
        *(
            ("a fixture today or this weekend", Shape(words))
            for words in _FIXTURE_ANY.values()
        ),
        *(
            ("a fixture today or this weekend", Shape(words, lacks(_MUSIC)))
            for words in _FIXTURE_BARE.values()
        ),
        *(
            (
                "where a player plays now",
                Shape(words, lacks(_MUSIC) + command_first(_PLAY_COMMAND)),
            )
            for words in _PLAYS_FOR_NOW.values()
        ),
        *(
            (
                OPENING_HOURS,
                Shape(words, lacks(HOME_OPENINGS) + command_first(_OPEN_COMMAND)),
            )
            for words in _OPEN.values()
        ),
        *(("a result", Shape(words, lacks(_NOT_A_TEAM))) for words in _RESULT.values()),
        (
            "a player's injury",
            Shape((_INJURED_OR_FIT, _OUT_OF_A_MATCH), lacks(_NOT_A_PLAYER)),
        ),
        *(("a vote on a law", Shape(words)) for words in _VOTE.values()),
        ("where a parcel is", Shape((_PARCEL, _TRACKING, _WHERE_OR_WHEN))),
        *(
            ("the current offers, results or rules", Shape(words, lacks(_MUSIC)))
            for words in _CURRENT.values()
        ),
        *(
            (
                "what an office holder does now",
                Shape(
                    words,
                    lacks(_POSSESSIVES + "|" + _MUSIC) + command_first(_PLAY_COMMAND),
                ),
            )
            for words in _OFFICE_NOW.values()
        ),
        *(
            (
                "where a film or show is on now",
                Shape(words, command_first(_PLAY_COMMAND)),
            )
            for words in _SHOWING.values()
        ),
        *(
            ("how an office holder is", Shape((_OFFICE_NOW[language][0], health)))
            for language, health in _HOLDERS_HEALTH.items()
        ),
        *(
            ("how a match ended", Shape(words, lacks(_NOT_A_TEAM)))
            for words in _MATCH_ENDED.values()
        ),
        *(
            ("a result", Shape(words, lacks(_NOT_A_TEAM + "|" + _NOT_A_CLUB)))
            for words in _HOW_IT_WENT.values()
        ),
        *(
            (
                "what an authority says",
                Shape(words, lacks(_NOT_A_TEAM + "|" + _NOT_A_CLUB)),
            )
            for words in _SAYS_NOW.values()
        ),
        *(("the news", Shape(words)) for words in _GOVERNMENT_ANNOUNCED.values()),
        *(
            (
                "a result",
                Shape(
                    (won, when),
                    opens_with(won) + lacks(_NOT_A_TEAM + "|" + _NOT_A_CLUB),
                ),
            )
            for won, when in _WON_FIRST.values()
        ),
        *(
            ("reviews or tests", Shape(words, lacks(POSSESSIVE)))
            for words in _REVIEWS.values()
        ),
        *(
            ("the news", Shape(words, lacks(_POSSESSIVES)))
            for words in _NEWS_EVENT.values()
        ),
        *(("a concert or a tour", Shape(words)) for words in _PERFORMING.values()),
        *(("what came out lately", Shape(words)) for words in _RELEASED.values()),
        *(
            (
                "traffic on a road",
                Shape(
                    (traffic, rf"{_ROAD_NUMBER}|{roads}"), command_first(_FILE_COMMAND)
                ),
            )
            for traffic, roads in _TRAFFIC.values()
        ),
        *(
            ("a product recall", Shape(words, lacks(_REMEMBERING + "|" + _POSSESSIVES)))
            for words in _RECALL.values()
        ),
        *(
            (
                "the news",
                Shape(words, command_first(_PLAY_COMMAND) + lacks(_POSSESSIVES)),
            )
            for words in _NEWS.values()
        ),
        *(
            (
                "a release date",
                Shape(
                    (when, f"{comes_out}|{_NEXT_SEASON[language]}"),
                    lacks(_NOT_A_RELEASE),
                ),
            )
            for language, (when, comes_out) in _RELEASE_DATE.items()
        ),
        ("a release date", Shape((_DATE_OF_RELEASE,), lacks(_NOT_A_RELEASE))),
    ]
)


# A public holiday, whose opening hours differ from the usual ones: "hat der rewe an heiligabend offen"
_HOLIDAY_WORDS = (
    r"christmas(?: eve| day)?|boxing day|new year'?s(?: eve| day)?|easter(?: sunday| monday)?|good friday"
    r"|bank holiday|thanksgiving|heiligabend|weihnacht\w*|silvester|neujahr|ostern|ostermontag|karfreitag|pfingst\w*"
    r"|feiertag\w*|noel|reveillon|jour de l'an|paques|toussaint|jours? feries?|nochebuena|navidad|nochevieja"
    r"|ano nuevo|dia de reyes|semana santa|festivos?|natale|vigilia di natale|santo stefano|capodanno|pasqua|pasquetta"
    r"|ferragosto|festivi|kerst\w*|oudjaar|oudejaarsdag|nieuwjaar\w*|pasen|paasmaandag|tweede paasdag|feestdag\w*"
    r"|koningsdag|wigili\w*|boze narodzenie|sylwester|nowy rok|wielkanoc|natal|vespera de natal|passagem de ano"
    r"|pascoa|feriados?|julafton|juldag\w*|annandag\w*|nyarsafton|nyarsdag\w*|pask\w*|midsommar\w*|helgdag\w*"
    r"|juleaften|juledag|nytarsaften|nytarsdag|paske\w*|helligdag\w*|julaften|nyttarsaften|stedry den|vanoc\w*"
    r"|silvestr|novy rok|velikonoc\w*|svatk\w*|svatek"
)
_HOLIDAYS = WordAlternation(WORD.format(_HOLIDAY_WORDS))
# When a shop opens or closes, or whether it opens on a holiday, without a shop word: it needs a name ("Netto"), a
# day ("today") or the holiday.
_NOT_THE_HOMES = lacks(HOME_OPENINGS + "|" + HOME_SWITCHING) + command_first(
    _OPEN_COMMAND
)
_HOURS = Shapes(
    [
        *(
            (OPENING_HOURS, Shape((verbs, _WHEN[language]), _NOT_THE_HOMES))
            for language, (verbs, _) in _OPEN.items()
        ),
        (
            OPENING_HOURS,
            Shape(
                ("|".join(verbs for verbs, _ in _OPEN.values()), _HOLIDAY_WORDS),
                _NOT_THE_HOMES,
            ),
        ),
    ]
)
# A word for opening hours, which needs no "when": "Wat zijn de openingstijden van de Albert Heijn op tweede paasdag?"
_OPENING_HOURS = WordAlternation(
    r"(?<![a-z])(?:opening (?:hours|times)|offnungszeit\w*|horaires?|horarios?|orari|orario|openingstijden"
    r"|godziny otwarcia|oppettider|abningstid\w*|apningstid\w*|oteviraci dob\w*|urední hodiny|uredni hodiny)(?![a-z])"
)
# An outage or a fault, then "at" and the provider's name (not "de la", not "bei uns")
_OUTAGE = re.compile(
    r"(?<![a-z])(?:outages?|storing\w*|storung\w*|ausfall|netzausfall|pannes?|averias?|caidas?|guast[oi]|disservizi[oi]"
    r"|awari[ae]|falhas?|avarias?|nedbrud|udfald|brudd|driftstorning\w*|driftsforstyrrelse\w*|vypadek|vypadky|porucha)"
    r" (?:\w+ )?(?:hos|bei|chez|at|with|de|da|di|del|van|bij|u|w|na|do|en|on)(?: der| dem| the| la| le| el| il)?"
    r" (?P<provider>[a-z0-9][\w-]*)"
)
# Telephone and internet providers, which speech-to-text writes in lower case
_PROVIDERS = frozenset(
    {
        *(
            "yousee",
            "telenor",
            "telia",
            "movistar",
            "vodafone",
            "orange",
            "free",
            "sfr",
            "bouygues",
            "telekom",
            "o2",
        ),
        *(
            "ziggo",
            "kpn",
            "tim",
            "fastweb",
            "iliad",
            "digi",
            "meo",
            "nos",
            "tele2",
            "altibox",
            "ice",
            "t-mobile",
        ),
        *(
            "play",
            "plus",
            "upc",
            "bt",
            "sky",
            "virgin",
            "ee",
            "starlink",
            "proximus",
            "swisscom",
            "magenta",
            "cetin",
        ),
    }
)
# A capitalised word after another word: a name ("lukker Netto"), not the first word of the sentence.
_CAPITALISED = re.compile(r"(?<=\w)\W+([A-ZÀ-ÖØ-Þ][^\W\d_]+)")


def _provider_outage(text: str, folded: str) -> str | None:
    """An outage at a named provider: "er der nedbrud hos yousee i århus", "¿hay alguna avería de Movistar?"."""
    for outage in _OUTAGE.finditer(folded):
        provider = outage.group("provider")
        if provider in _PROVIDERS or text[outage.start("provider")].isupper():
            return PROVIDER_OUTAGE
    return None


# An online service that is down: "is discord down right now", "er snapchat nede akkurat nå"; not working only when
# asked of now ("czy discord teraz nie działa"), since "youtube doesn't work on the tv" is the home's trouble.
_ONLINE_SERVICES = WordAlternation(
    r"(?<![a-z])(?:discord|snapchat|whatsapp|instagram|tiktok|youtube|netflix|spotify|steam|playstation network|psn"
    r"|xbox live|fortnite|roblox|gmail|outlook|teams|zoom|facebook|messenger|telegram|twitter|reddit|twitch|icloud"
    r"|chatgpt|minecraft|disney plus|disney\+|hbo max|bereal)(?![a-z])"
)
_DOWN = WordAlternation(
    r"(?<![a-z])(?:down|nede|nere|offline|ausgefallen|en panne|caido|caida|plat|ligt eruit|fora do ar|em baixo"
    r"|mimo provoz|vypadl\w*)(?![a-z])"
)
_NOT_WORKING = WordAlternation(
    r"(?<![a-z])(?:not working|isn'?t working|won'?t load|wont load|funktioniert nicht|geht nicht|ne marche pas"
    r"|no funciona|non funziona|werkt niet|nie dziala|nao funciona|fungerar inte|virker ikke|fungerer ikke|nefunguje"
    r"|nejde)(?![a-z])"
)


# Its sound turned down is the home's: "can you turn spotify down a bit"
_TURNED_DOWN = WordAlternation(
    r"(?<![a-z])(?:turn\w*|volume|volumen|lautstarke|leiser|baisse\w*|abbassa|zachter|scisz\w*|baixa|sank|skru"
    r"|hlasitost|ztlum\w*)(?![a-z])"
)


def _service_outage(text: str, folded: str) -> str | None:
    """An online service down, or not working now: "check mal ob das playstation network gerade down ist"."""
    if _ONLINE_SERVICES.search(folded) is None or _TURNED_DOWN.search(folded):
        return None
    if _DOWN.search(folded) or (_NOT_WORKING.search(folded) and asks_now(text)):
        return PROVIDER_OUTAGE
    return None


_GOING_ROUND = WordAlternation(rf"(?<![a-z])(?:{ILLNESS_GOING_ROUND})(?![a-z])")
_EPIDEMIC = re.compile(r"(?<![a-z])(?:epidemi|pandemi)")


def _illness_going_round(text: str, folded: str) -> str | None:
    """An illness going round, a flu wave, schools closed by it, what the health agency says, an epidemic now."""
    if _GOING_ROUND.search(folded) or (_EPIDEMIC.search(folded) and asks_now(text)):
        return "an illness going round"
    return None


# What is on television: a channel or the television, and a question of what is on or when it airs.
_TELEVISION = WordAlternation(
    r"(?<![a-z])(?:tv|tv:n|tv'en|telly|television|fernsehen|fernseher|tele|televisione|televisie|telewizj\w*"
    r"|televisao|fjernsynet|fjernsyn|televizi|bbc(?: one| two)?|itv|channel (?:4|four|5|five)|ard|zdf|rtl|sat 1|pro ?7|tf1"
    r"|france [2-5]|m6|tve|la 1|antena 3|telecinco|la sexta|rai ?[1-3]?|canale 5|italia 1|npo ?[1-3]?|rtl 4|tvp ?[12]?"
    r"|polsat|tvn|rtp ?[12]?|tvi|svt ?[12]?|tv4|dr ?[12]|dr et|tv 2|tv2|nrk ?[12]?|ct ?[12]|decku|deckem"
    # the evening news programmes, which are asked for by name: "a qué hora echan el telediario"
    r"|tagesschau|heute journal|telediario|journal televise|tg ?1|tg ?5|journaal|teleexpress|wiadomosci|telejornal"
    r"|aktuellt|rapport|tv ?avisen|dagsrevyen|udalosti)"
    r"(?![a-z])"
)
_WHATS_ON = WordAlternation(
    r"(?<![a-z])(?:what'?s on|what is on|what'?s showing|was kommt|was lauft|qu'est-ce qu'il y a|qu'y a-t-il|que (?:ponen|echan"
    r"|dan|hay)|a que hora (?:echan|ponen|dan|empieza)|cosa (?:c'e|danno|fanno)|che c'e|wat is er|wat komt er|wat draait"
    r"|co (?:leci|jest|bedzie)|o que (?:da|passa|esta a dar)|vad (?:blir det|gar|visas)|hvad (?:er der|kommer der|sendes)"
    r"|hva (?:er det|kommer|gar)|co (?:davaji|bezi|dava))(?![a-z])"
)


# A public rule or rate changed this year: "Has HMRC changed the VAT threshold this year?", "steigt die Rente".
_PUBLIC_RATES = WordAlternation(
    r"(?<![a-z])(?:pension\w*|rente|renten|aow|pensoes|pensioni|emerytur\w*|duchod\w*|pensionen|folkepension\w*"
    r"|moms\w*|vat|mwst|mehrwertsteuer|iva|tva|de btw|btw-?(?:tarief|aangifte|verhoging|percentage)\w*|tax|taxes|steuer\w*|skat|skatt\w*|pausaln\w*|danov\w*|podat\w*|impost\w*"
    r"|impot\w*|belasting\w*|freibetrag|ksef|e rechnung\w*|mindestlohn|minimum wage"
    r"|salario minimo|smic|kindergeld|child benefit)(?![a-z])"
)
_CHANGED_OR_RISING = WordAlternation(
    r"(?<![a-z])(?:changed|change|gone up|go up|going up|rise|rising|increase\w*|geandert|andert|steigt|erhoht|veranderd"
    r"|omhoog|verhoogd|stijgt|cambiado|cambia|sube|aument\w*|cambiato|augmente\w*|hausse|mudou|mudaram"
    r"|zmienil\w*|zmieni\w*|podwyzk\w*|wzrosn\w*|przesun\w*|wchodzi|andrat|andras|hojs|hojas|stiger|aendret|endret"
    r"|oker|okes|zmenil\w*|zvys\w*|new|neues|nieuw\w*|nouveau\w*|nuev\w*|nuov\w*|nowe|novo|nya|nye)(?![a-z])"
)

# A lottery, and its numbers, result, draw or jackpot: "wie lauten die lottozahlen vom samstag"
_LOTTERY = WordAlternation(
    r"(?<![a-z])(?:lottery|lotto\w*|loto|lotek|lotka|euromillion\w*|euromilhoes|eurojackpot|powerball|mega millions"
    r"|primitiva|bonoloto|el gordo|superenalotto|lotteria|loteria|totoloto|vikinglotto|keno|sportk[ay]|sportce)(?![a-z])"
)
_DRAWN = WordAlternation(
    r"(?<![a-z])(?:numbers|results?|draw|drawn|jackpot|zahlen|ziehung|gezogen|gewinnzahlen|numeros|resultats?|tirage"
    r"|sorteo|resultados?|ganador\w*|numeri|estrazione|estratti|vincit\w*|uitslag\w*|getallen|trekking|liczby|wyniki"
    r"|losowani\w*|padl\w*|chave|sorteio|premio|rader|raden|dragning\w*|tallene|tal|traekning\w*|trekning\w*"
    r"|cisla|losovani|vyherni\w*|lotto(?:zahlen|ziehung|ergebnis\w*|raden|rad|tallene|tall|tal|uitslag\w*|getallen"
    r"|nummers|resultat\w*|trekning\w*|traekning\w*|dragning\w*))(?![a-z])"
)
# A public exam, and its results or when the exams begin: "c'est quand les résultats du bac cette année"
_PUBLIC_EXAMS = WordAlternation(
    r"(?<![a-z])(?:eksamen\w*|examen\w*|exams?|bac|baccalaureat|abitur\w*|matura\w*|maturita\w*|selectividad|ebau|evau"
    r"|hogskoleprov\w*|eindexamen\w*|centraal examen|gcses?|a-levels?|studentexamen|nationella prov\w*|egzamin\w*"
    r"|exames? naciona\w*|enem|prijimack\w*|prijimaci zkousk\w*)(?![a-z])"
)
_RESULTS_OR_START = WordAlternation(
    r"(?<![a-z])(?:results?|resultat\w*|resultados?|risultati|uitslag\w*|wyniki|notas|ergebnis\w*|vysledk\w*"
    r"|eksamensresultat\w*|examensresultat\w*|beginnen|commencent|empiezan|iniziano|zaczynaja|comecam)(?![a-z])"
)
# Facts told by two words anywhere in the text: what is on a channel tonight ("hva er det på nrk i kveld"), a lottery's
# numbers, a pension, a tax or its deadline that changed or rises ("Has HMRC changed the VAT threshold this year?").
_TWO_WORD_FACTS = (
    (_WHATS_ON, _TELEVISION, "what is on television"),
    (_LOTTERY, _DRAWN, "a lottery draw"),
    (_PUBLIC_EXAMS, _RESULTS_OR_START, "a public exam's results or dates"),
    (_PUBLIC_RATES, _CHANGED_OR_RISING, "a public rate or rule that changed"),
)


def _two_word_fact(folded: str) -> str | None:
    """The first fact both of whose words occur in the folded text."""
    return next(
        (
            fact
            for first, second, fact in _TWO_WORD_FACTS
            if first.search(folded) and second.search(folded)
        ),
        None,
    )


def _late_vehicle(text: str, folded: str) -> str | None:
    """Whether a flight or a train named by its number ("SK 1561") or a flight by its time is late or cancelled."""
    if (
        _VEHICLE_NUMBER.search(text) is None
        and _SPOKEN_VEHICLE_NUMBER.search(folded) is None
        and _FLIGHT_AT_A_TIME.search(folded) is None
    ) or _DELAYS.search(folded) is None:
        return None
    return "whether a flight or a train is late"


def _hours_of_a_named_place(text: str, folded: str) -> str | None:
    """When a named shop ("Netto", "o Continente") opens or closes, or when something closes today or on a holiday."""
    hours = _HOURS.first(folded) is not None
    word = _OPENING_HOURS.search(folded)
    if not hours and word is None:
        return None
    if (
        not hours
        and word is not None
        and word.group() in _SCHEDULES
        and len(words(folded)) > MAX_HOURS_WORDS
        and _LOOK_IT_UP.search(folded) is None
    ):
        return None  # the times of a plan: "monta uma rotina … horário de banho com dois banheiros"
    named = any(name != "I" for name in _CAPITALISED.findall(text))
    # "horaires" are also the times of a plan: "écris un message … avec les horaires" of Saturday's match
    on_a_day = _A_DAY.search(folded) is not None and (
        hours or (word is not None and word.group() not in _SCHEDULES)
    )
    return (
        OPENING_HOURS
        if named or asks_now(text) or _HOLIDAYS.search(folded) or on_a_day
        else None
    )


_SCHEDULES = frozenset(
    {"horaire", "horaires", "horario", "horarios", "orari", "orario"}
)
# A question of a place's hours is short; a longer text with "horário" in it plans a day, unless it asks to look
# them up ("¿Puedes buscar qué museos tienen entrada gratuita y sus horarios?").
MAX_HOURS_WORDS = 20
_LOOK_IT_UP = re.compile(WORD.format(_CHECK))


# A day of the week or the weekend, even in a compound: "mittwochnachmittag", "ao sábado", "in het weekend".
_A_DAY = re.compile(
    rf"(?<![a-z])(?:(?:{WEEKDAYS})\w*|weekends?|wochenende\w*|week-end|fin de semana|fine settimana|fim de semana"
    r"|helgen|helga|weekenden|vikend\w*)(?![a-z])"
)


# Asked to find a product within a budget, or the deals of a sales day: "Cherche-moi une bonne caméra babyphone à
# moins de 100 €", "søk etter en god babycall, helst under 1500 kr", "die besten deals, ist ja black friday week"
_FIND_ME = (
    r"find me|search for|look for|such\w*|cherche\w*|busca\w*|cerca\w*|zoek\w*|szukaj|poszukaj|znajdz|procura\w*"
    r"|pesquisa\w*|sok|sok efter|sog|sog efter|sok etter|hledej|najdi"
)
_PRICE_LIMIT = (
    r"(?:under|below|unter|bis|a moins de|moins de|menos de|por menos de|sotto|meno di|onder|ponizej|abaixo de|ate"
    r"|pod|max|maximum|budget|budzet|rozpocet)(?: \w+)? (?:[€£$] ?\d+|\d+ ?(?:€|£|\$|eur\w*|kr|kc|zl\w*|pln|czk|dkk|nok"
    r"|sek|pounds?|dollars?|quid|chf|franken))"
)
_SALES_DAY = r"black friday|cyber monday|prime day|singles day"
_BUY = r"buy|kaufen|acheter|comprar|comprare|kopen|kupic|kopa|kobe|kjope|koupit|cheap\w*|billig\w*"
_DEALS = (
    r"deals?|angebote?|offres?|ofertas?|offerte|aanbiedingen|promocj\w*|tilbud|erbjudanden|slevy|best\w*|meilleur\w*"
    r"|mejor\w*|miglior\w*|najlepsz\w*|melhor\w*|bast\w*|bedst\w*|nejlepsi\w*"
)
_MARKET = Shapes(
    [
        *(
            ("what to buy or what is on offer now", Shape(words))
            for words in _SHOPPING.values()
        ),
        (
            "what to buy or what is on offer now",
            Shape((f"{_FIND_ME}|{_DEALS}|{_BUY}", _PRICE_LIMIT)),
        ),
        ("what to buy or what is on offer now", Shape((_SALES_DAY, _DEALS))),
        *(
            ("what something costs now", Shape(words, lacks(_OWN_COSTS)))
            for words in _COSTS_NOW.values()
        ),
    ]
)

# The weather itself or how warm it is, not what to wear for it (Dutch "jas" is Czech brightness).
_WEATHER_WORDS = (
    r"weather|forecast\w*|wind|winds|windy|wiatr|wiatru|vitr|vitru|vindforhold\w*|viento|vento|jak bude venku|rain\w*|snow\w*|wetter|vorhersage|regn\w*|schnee\w*|schneit|meteo|pluie|pleut|pleuvoir"
    r"|neige\w*|pronostico|lluvia|llover|llueve|nieve|nevar|nieva|previsioni|pioggia|piove\w*|neve|nevica\w*"
    r"|het weer|weerbericht|weersverwachting|sneeuw\w*|pogod\w*|prognoz\w*|deszcz\w*|snieg\w*|previsao|chuva"
    r"|chove\w*|vader|vadret|sno\w*|vejr\w*|sne|sner|vaer\w*|pocasi|predpoved\w*|prsi|prset|snih|snezi\w*"
    r"|veret|vermelding\w*|vervarsel\w*|(?:fint|pent|godt|bra|darlig) ver|wat voor weer|welk weer|mooi weer"
    r"|(?:vai estar|esta|estara|vai ficar|fica) o tempo"
    # frost and freezing: "blir det frost i östersund i helgen", "vai haver geada em bragança"
    r"|frost\w*|freez(?:e|es|ing)|frieren|friert|gefriert|geler|gelera|gelee|helada\w*|helar|hiela|gelata|gela|gelo"
    r"|vriez\w*|vorst|nachtvorst|przymroz\w*|mroz|mrozy|mrozu|geada\w*|nattfrost|nattefrost|mrzn\w*|mraz|mrazy|mrazik\w*"
    r"|sol|solen|solig\w*|solrik\w*|slunecn(?!ic)\w*|slonecz(?!nik)\w*|" + THERMOMETER
)
_WEATHER = re.compile(WORD.format(_WEATHER_WORDS))
_THERMOMETER = re.compile(THERMOMETER)
WEATHER_AHEAD = "the weather weeks or months ahead"
# A month ahead or a month named, beyond any home forecast: "wie wird das wetter im märz auf teneriffa", "quel
# temps fera-t-il à rome dans un mois"; not the weather a month had ("wie war das wetter im märz").
_WEEKS_AHEAD = (
    r"(?:two|three|four|five|six|deux|trois|quatre|cinq|dos|tres|cuatro|cinco|due|tre|quattro|cinque|twee|drie|vier"
    r"|vijf|dwa|trzy|cztery|piec|duas|quatro|tva|fyra|fem|to|dva|tri|ctyri|pet|\d) (?:weeks|semaines|semanas"
    r"|settimane|weken|tygodnie|tygodni|veckor|uger|uker|tydny|tydnu)"
)
_MONTH_AHEAD = (
    r"next month|in a month|in (?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)|nachsten monat|in einem monat|im (?:januar|februar|marz|april|mai|juni|juli|august|september|oktober"
    r"|november|dezember)|le mois prochain|dans un mois|en (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout"
    r"|septembre|octobre|novembre|decembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre"
    r"|noviembre|diciembre)|el mes que viene|el proximo mes|dentro de un mes|il mese prossimo|tra un mese|fra un mese"
    r"|a (?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)"
    r"|volgende maand|over een maand|in (?:januari|februari|maart|mei|augustus)|w przyszlym miesiacu|za miesiac"
    r"|w (?:styczniu|lutym|marcu|kwietniu|maju|czerwcu|lipcu|sierpniu|wrzesniu|pazdzierniku|listopadzie|grudniu)"
    r"|no proximo mes|daqui a um mes|em (?:janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|setembro|outubro"
    r"|novembro|dezembro)|nasta manad|om en manad|naeste maned|om en maned|neste maned|i (?:januari|februari|mars"
    r"|april|maj|juni|juli|augusti|september|oktober|november|december|januar|februar|marts|mai|august|desember)"
    r"|pristi mesic|za mesic|v (?:lednu|unoru|breznu|dubnu|kvetnu|cervnu|cervenci|srpnu|zari|rijnu|listopadu|prosinci)"
    # weeks ahead and the long-range forecast: "dans trois semaines", "over vijf weken", "langtidsprognosen … uge 29"
    r"|"
    + "|".join(
        preposition + " " + _WEEKS_AHEAD
        for preposition in (
            "in",
            "dans",
            "en",
            "tra",
            "fra",
            "over",
            "za",
            "daqui a",
            "om",
        )
    )
    + r"|langtidsprognos\w*|long-range forecast|langfristige? (?:vorhersage|prognose)|uge \d{1,2}|vecka \d{1,2}"
    r"|uke \d{1,2}|week \d{1,2}|kw \d{1,2}"
)
_WEATHER_AHEAD = Shapes(
    [
        (
            WEATHER_AHEAD,
            Shape(
                (
                    _MONTH_AHEAD,
                    _WEATHER_WORDS
                    + r"|quel temps|que tiempo|che tempo|lekker weer|goed weer|\w*prognos\w*|faire beau|bom tempo",
                ),
                lacks(
                    r"was|were|did|had|war|waren|hatte\w*|etait|faisait|fue|hizo|hacia|era|faceva|stava|hoe was"
                    r"|byla|bylo|byl|foi|fez|blev|ble|var det|hvordan var"
                ),
            ),
        )
    ]
)
# "in <town>" counts this close after the weather word: "ska jag ta in dynorna" is Swedish for bringing them in.
_NEAR_THE_WEATHER = 3
# Prepositions before a town that the classifier does not read as one in lower case ("v brne", "i are").
_LOCATIVES = frozenset({"v", "ve", "w", "we", "i", "em", "no", "na", "ao"})
# Dutch "op" and Scandinavian "på" stand before anything ("på motorvarmeren"): a town after them is capitalised.
_CAPITAL_LOCATIVES = re.compile(r"(?<![a-z])(?:op|pa) ([a-z])")
# A postcode and a town ("in 80331 münchen", "i 411 05 göteborg"), or a town and its postcode ("porto 4000-123").
_POSTCODE_TOWN = re.compile(
    r"(?<![\d,.])\d{3,5}(?: \d{2})? (?!grad|degre|procent|percent|prozent|minut|mm\b|cm\b|km\b)[a-z]{3,}"
    r"|[a-z]{3,} \d{4}-\d{3}(?!\d)"
)
# Words after those prepositions that are no town: times, parts of a home, pronouns, and English after "I".
_NOT_A_TOWN_WORDS = (
    "dag dagen idag morgon morgonen morgen kvall kvallen kveld kvelden aften aftes natt natten nat helgen helga noi"
    " weekenden weekend eftermiddag eftermiddagen ettermiddag ettermiddagen formiddag formiddagen overmorgon"
    " overmorgen uke uka uken veckan vecka manaden maneden maned mandag mandagen tisdag tirsdag onsdag torsdag"
    " fredag lordag sondag noci noc pondeli utery stredu ctvrtek patek sobotu nedeli poledne rano vecer"
    " odpoledne dopoledne tydnu mesici vikend vikendu zitra pristim pristi tomto techto nasledujicich prubehu"
    " nocy poniedzialek wtorek srode czwartek piatek sobote niedziele poludnie tygodniu miesiacu najblizszych"
    " ciagu przyszlym fim semana manha tarde noite segunda terca quarta quinta sexta sabado domingo proximos"
    " proximas dia casa domu doma dom zahrade zahradce ogrodzie ogrodku hagen haven tradgarden garden jardim"
    " quintal varanda balkone balkonie balkongen altanen terrassen terasie terase tarasie uteplatsen okoli"
    " okolici okolicy okolicach omradet naerheden narheten naerheten nabolaget det den dem min mitt mina vores"
    " var vart tej tym tego ten tohle nasem nasi naszym moim mem minha meu nosso nossa este esta isso"
    " am was need want think have had will would should can could don't dont guess hope mean wonder wanna"
    " know like get see feel thought just really also might must heard said forgot may wish got bet"
    " morra imorra kuchni kuchyni kuchyne salonie obyvaku obyvaci sypialni loznici lazience koupelne garazu garazi"
    " korytarzu chodbe biurze pracovne pokoju pokoji cozinha sala salao quarto garagem corredor escritorio koket"
    " vardagsrummet sovrummet badrummet garaget hallen kontoret kokkenet stuen soveverelset badeverelset garagen"
    " gangen kjokkenet stua soverommet badet badrommet garasjen"
    " detskym detskem detske detskeho pokoji pokoju zewnatrz polu dworze venku ogrodzie"
)
_NOT_A_TOWN = frozenset(_NOT_A_TOWN_WORDS.split())


def _weather_in_a_town(text: str, folded: str) -> bool:
    """Whether a short weather question names a town after a locative ("počasí v brně", "vær på Geilo", "in Lissabon")."""
    tokens = words(folded)
    found = _WEATHER.search(folded)
    if found is None or len(tokens) > MAX_WEATHER_WORDS or device_command(folded):
        return False
    if _POSTCODE_TOWN.search(folded, found.end()) or any(
        text[town.start(1)].isupper()
        for town in _CAPITAL_LOCATIVES.finditer(folded, found.end())
    ):
        return True
    after = words(folded[found.end() :])
    if mentions_place(after[:_NEAR_THE_WEATHER]):
        return True
    if _THERMOMETER.fullmatch(found.group()) is not None:
        # "hur varmt är det i bastun": a room after "i" is likelier than a town in lower case
        return names_a_place(text)
    # a town in lower case stands in the weather's own sentence: not "gela qui da noi? devo coprire i limoni"
    same_sentence = words(_SENTENCE_END.split(folded[found.end() :], maxsplit=1)[0])
    return any(
        word in _LOCATIVES
        and len(following) >= 3
        and following.isalpha()
        and following not in _NOT_A_TOWN
        and _WEATHER.fullmatch(following) is None
        for word, following in pairwise(same_sentence)
    )


_SENTENCE_END = re.compile(r"[?.!]")


WEATHER_ELSEWHERE = "the weather in another town"
PROVIDER_OUTAGE = "an outage at a provider"


def fresh_fact(text: str) -> str | None:
    """What fresh fact of the world `text` asks for ("opening hours"), or None.

    A device command first is none: "now play the latest news on it" plays, "modo cinema liga a netflix" switches.
    """
    folded = fold(text)
    if opens_with_a_command(text):
        return None
    if (
        fact := _SHAPES.first(folded)
        or market_fact(text)
        or _hours_of_a_named_place(text, folded)
        or _provider_outage(text, folded)
        or _service_outage(text, folded)
        or _illness_going_round(text, folded)
        or _two_word_fact(folded)
        or _late_vehicle(text, folded)
        or _VEHICLE_SHAPES.first(folded)
        or _CHECKS_OFFICIAL.first(folded)
        or _PUBLIC_LIFE.first(folded)
        or _RECOMMENDED_NOW.first(folded)
    ) is not None:
        return fact
    if _weather_in_a_town(text, folded):
        return WEATHER_ELSEWHERE
    # a weather question with its reason after it: "Está a chover em Coimbra? Tenho a escritura lá às três"
    question = first_question(text)
    if question not in ("", text) and _weather_in_a_town(question, fold(question)):
        return WEATHER_ELSEWHERE
    return _WEATHER_AHEAD.first(folded)


def market_fact(text: str) -> str | None:
    """What `text` asks about the market now (what to buy, what is on offer), even about a device of the home."""
    return _MARKET.first(fold(text))
