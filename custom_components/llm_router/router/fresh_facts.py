"""Questions about the world as it is now that carry no news word: fixtures, opening hours, votes, what is on.

The routing policy sends fresh outside information to search. These shapes are recognised by how the question
is built, in each of the twelve languages, not by a list of teams, shops or laws:
- a fixture: a team plays or meets someone (who, against, at home or away) today, tonight or this weekend;
- opening hours: a shop, a pharmacy or a place in town (a street, a square) that is open or closes;
- a vote: a law or bill that passed, was adopted or voted on, or what a parliament did;
- where something is on: a streaming service, the cinema or the television, now, still or anywhere;
- shopping: what is worth buying, on offer, for sale or best in test now or this year;
- a concert or a tour tonight, this month or now, and what was released or is newest this month or lately.
Each shape's words must come from one language, so a word of another language does not complete it. A door,
window, gate or blind is never a shop ("is the garage door still open" stays local), and the home-name rule runs
before these shapes, except before the market: the price of the home's own doorbell at a shop is no question
about the home.
"""

from __future__ import annotations

from .shapes import Shape, Shapes, command_first, lacks
from .text import fold

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
            r"|restaurant|cafe|bakery|butcher'?s?|market|mall|shopping cent(?:re|er)|petrol station|town hall|pub"
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
            r"|zentrum|innenstadt|bahnhof|\w+straße|\w+strasse|\w+weg|\w+platz"
        ),
    ),
    "fr": (
        r"ouvert|ouverte|ouverts|ouvertes|ouvre|ouvrent|ferme|fermee|ferment|horaires",
        (
            r"magasin|boutique|supermarche|pharmacie|banque|poste|bibliotheque|mediatheque|musee|piscine"
            r"|boulangerie|boucherie|marche|mairie|restaurant|centre commercial|rue|place|avenue|centre-ville"
            r"|centre ville|gare"
        ),
    ),
    "es": (
        r"abierto|abierta|abiertos|abre|abren|cierra|cierran|cerrado|cerrada|horario",
        (
            r"tienda|supermercado|farmacia|banco|correos|biblioteca|museo|piscina|panaderia|carniceria|mercado"
            r"|centro comercial|ayuntamiento|restaurante|calle|avenida|plaza|centro|estacion"
        ),
    ),
    "it": (
        r"aperto|aperta|aperti|apre|aprono|chiude|chiudono|chiuso|chiusa|orari|orario",
        (
            r"negozio|supermercato|farmacia|banca|posta|ufficio postale|biblioteca|museo|piscina|panificio"
            r"|macelleria|mercato|centro commerciale|comune|ristorante|bar|via|piazza|corso|centro|stazione"
        ),
    ),
    "nl": (
        r"open|geopend|opent|sluit|dicht|gesloten|openingstijden",
        (
            r"winkel|supermarkt|apotheek|bank|postkantoor|bibliotheek|museum|zwembad|bakker|slager|markt"
            r"|gemeentehuis|bouwmarkt|restaurant|cafe|straat|plein|centrum|station|dorp|\w+straat|\w+plein"
        ),
    ),
    "pl": (
        r"otwart\w*|czynn\w*|otwieraj\w*|zamykaj\w*|zamkniet\w*|godziny otwarcia",
        (
            r"sklep\w*|supermarket\w*|aptek\w*|bank\w*|poczt\w*|bibliotek\w*|muze\w*|basen\w*|piekarn\w*|targ\w*"
            r"|urzad|galeri\w*|market|restaurac\w*|ulic\w*|rynk\w*|rynek|centrum|dworzec|dworcu"
        ),
    ),
    "pt": (
        r"aberto|aberta|abertos|abre|abrem|fecha|fecham|fechado|fechada|horario",
        (
            r"loja|supermercado|farmacia|banco|correios|biblioteca|museu|piscina|padaria|talho|mercado"
            r"|centro comercial|camara municipal|restaurante|rua|avenida|praca|centro|estacao"
        ),
    ),
    "sv": (
        r"oppet|oppen|oppnar|stanger|stangt|oppettider",
        (
            r"affar\w*|butik\w*|mataffar\w*|apotek\w*|bank\w*|posten|bibliotek\w*|museum|museet|simhall\w*"
            r"|bageri\w*|kopcent\w*|systemet|systembolaget|restaurang\w*|gatan|torget|centrum|stationen"
            r"|\w+gatan|\w+vagen|\w+torget"
        ),
    ),
    "da": (
        r"aben|abent|abner|lukker|lukket|abningstider",
        (
            r"butik\w*|supermarked\w*|apotek\w*|bank\w*|posthus\w*|bibliotek\w*|museum|museet|svommehal\w*"
            r"|bager\w*|slagter\w*|indkobscent\w*|restaurant\w*|gade|gaden|torvet|centrum|station\w*"
            r"|\w+vej|\w+gade|\w+torv"
        ),
    ),
    "nb": (
        r"apen|apent|apner|stenger|stengt|apningstider",
        (
            r"butikk\w*|matbutikk\w*|apotek\w*|bank\w*|posten|bibliotek\w*|museum|museet|svommehall\w*"
            r"|bakeri\w*|kjopesent\w*|vinmonopol\w*|polet|restaurant\w*|gata|gaten|torget|sentrum|stasjon\w*"
            r"|\w+veien|\w+vei|\w+gata|\w+gaten|\w+torget"
        ),
    ),
    "cs": (
        r"otevren\w*|otevira\w*|zavira\w*|zavren\w*|oteviraci doba",
        (
            r"obchod\w*|supermarket\w*|lekarn\w*|bank\w*|post\w*|knihovn\w*|muze\w*|bazen\w*|pekarn\w*"
            r"|reznictv\w*|trh\w*|trznic\w*|urad\w*|nakupni\w*|obchodni\w*|restaurac\w*|hospod\w*|ulic\w*"
            r"|namest\w*|centr\w*|nadraz\w*"
        ),
    ),
}
# Things of a home that open and close: never a shop.
_HOME_OPENINGS = (
    r"doors?|windows?|gate|garage|blinds?|shutters?|curtains?|valve|lid|cover|fridge|freezer|oven|tap|vent"
    r"|skylight|awning|sunshade|shade|hatch|lock|tur|turen|fenster|tor|garagentor|rollladen|rollo|jalousie|markise|ventil"
    r"|kuhlschrank|ofen|porte|fenetre|portail|volets?|rideaux?|vanne|frigo|four|puerta|ventana|porton|garaje"
    r"|persianas?|toldo|cortinas?|valvula|nevera|horno|grifo|porta|finestra|cancello|tapparell\w*|tenda"
    r"|valvola|frigorifero|forno|rubinetto|basculante|deur|raam|poort|rolluik|zonnescherm|gordijn\w*|klep"
    r"|koelkast|kraan|luik|drzwi|okn\w*|bram\w*|garaz\w*|rolet\w*|zaslon\w*|zawor\w*|lodowk\w*|piekarnik"
    r"|janela|portao|garagem|estores?|frigorifico|torneira|dorr\w*|fonster\w*|grind\w*|port|porten"
    r"|persienn\w*|markis\w*|gardin\w*|kylskap\w*|ugn\w*|dor|doren|dora|vindu\w*|garasj\w*|dver\w*|vrat\w*"
    r"|zaluzi\w*|markyz\w*|zaves\w*|lednic\w*|troub\w*"
)
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
        r"streamen|streaming|stream|netflix|disney\+?|prime video|kino|kinos|mediathek|im fernsehen|im tv",
        r"jetzt|gerade|noch|irgendwo|aktuell|heute",
    ),
    "fr": (
        r"streaming|netflix|disney\+?|prime video|cinema|au cine|a l'affiche|a la tele|a la television",
        r"maintenant|en ce moment|encore|toujours|quelque part|ce soir|actuellement",
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
        r"buy|buying|worth getting|on sale|on offer|deals?|discount\w*|best reviews|best rated|top rated|for sale",
        r"now|right now|at the moment|currently|this year|this week",
    ),
    "de": (
        r"kaufen|im angebot|angebot|reduziert|rabatt|testsieger|zu verkaufen",
        r"jetzt|gerade|grad|aktuell|dieses jahr|diese woche|momentan",
    ),
    "fr": (
        r"acheter|en promo|en promotion|en solde|en soldes|en vente|meilleurs? avis",
        r"maintenant|en ce moment|actuellement|cette annee|cette semaine",
    ),
    "es": (
        r"comprar|de oferta|en oferta|rebajad\w*|en venta|mejor valorad\w*",
        r"ahora|ahora mismo|actualmente|este ano|esta semana",
    ),
    "it": (
        r"comprare|acquistare|in offerta|in sconto|scontat\w*|in vendita",
        r"adesso|ora|attualmente|in questo momento|quest'anno|questa settimana",
    ),
    "nl": (
        r"kopen|in de aanbieding|aanbieding|in de uitverkoop|afgeprijsd|te koop|beste getest|consumentenbond",
        r"nu|momenteel|dit jaar|deze week",
    ),
    "pl": (
        r"kupic|w promocji|na promocji|promocj\w*|przecen\w*|na sprzedaz",
        r"teraz|obecnie|aktualnie|w tym roku|w tym tygodniu",
    ),
    "pt": (
        r"comprar|em promocao|em saldo|em saldos|a venda|mais bem avaliad\w*",
        r"agora|atualmente|neste momento|este ano|esta semana",
    ),
    "sv": (
        r"kopa|pa rea|rea|pa kampanj|till salu|bast i test|bast betyg",
        r"nu|just nu|i ar|arets|den har veckan",
    ),
    "da": (
        r"kobe|pa tilbud|tilbud|pa udsalg|til salg|bedst i test|bedst bedomt",
        r"nu|lige nu|i ar|arets|i denne uge",
    ),
    "nb": (
        r"kjope|pa tilbud|tilbud|pa salg|til salgs|best i test|best vurdert",
        r"na|akkurat na|i ar|arets|denne uka",
    ),
    "cs": (
        r"koupit|v akci|ve sleve|zlevnen\w*|na prodej|nejlepe hodnocen\w*",
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
        r"released|came out|come out|launched|newest|latest",
        r"this month|this year|this week|recently|lately|so far",
    ),
    "de": (
        r"erschienen|rausgekommen|herausgekommen|neueste\w*|auf den markt",
        r"diesen monat|dieses jahr|diese woche|kurzlich|neulich|letztens",
    ),
    "fr": (
        r"sorti\w*|lance\w*|nouveaut\w*",
        r"ce mois|cette annee|cette semaine|recemment|dernierement",
    ),
    "es": (
        r"salido|lanzad\w*|novedad\w*",
        r"este mes|este ano|esta semana|recientemente|ultimamente",
    ),
    "it": (
        r"uscit\w*|lanciat\w*|novita",
        r"questo mese|quest'anno|questa settimana|di recente|recentemente",
    ),
    "nl": (
        r"uitgekomen|verschenen|gelanceerd|nieuwste",
        r"deze maand|dit jaar|deze week|onlangs|recent",
    ),
    "pl": (
        r"wyszl\w*|wyszedl|najnowsz\w*",
        r"w tym miesiacu|w tym roku|w tym tygodniu|ostatnio|niedawno",
    ),
    "pt": (
        r"saiu|sairam|lancad\w*|novidade\w*",
        r"este mes|este ano|esta semana|recentemente|ultimamente",
    ),
    "sv": (
        r"slappt\w*|slapptes|kommit ut|kom ut|nyaste",
        r"den har manaden|i manaden|i ar|arets|den har veckan|nyligen",
    ),
    "da": (
        r"udkommet|udgivet|lanceret|nyeste",
        r"denne maned|i ar|arets|denne uge|for nylig",
    ),
    "nb": (
        r"kommet ut|lansert|nyeste",
        r"denne maneden|i ar|arets|denne uka|nylig",
    ),
    "cs": (
        r"vyslo|vysla|vysel|vysly|nejnovejsi",
        r"tento mesic|letos|tento tyden|nedavno",
    ),
}

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
                "opening hours",
                Shape(words, lacks(_HOME_OPENINGS) + command_first(_OPEN_COMMAND)),
            )
            for words in _OPEN.values()
        ),
        *(("a vote on a law", Shape(words)) for words in _VOTE.values()),
        *(
            (
                "where a film or show is on now",
                Shape(words, command_first(_PLAY_COMMAND)),
            )
            for words in _SHOWING.values()
        ),
        *(("a concert or a tour", Shape(words)) for words in _PERFORMING.values()),
        *(("what came out lately", Shape(words)) for words in _RELEASED.values()),
    ]
)


_MARKET = Shapes(
    ("what to buy or what is on offer now", Shape(words))
    for words in _SHOPPING.values()
)


def fresh_fact(text: str) -> str | None:
    """What fresh fact of the world `text` asks for ("opening hours"), or None."""
    return _SHAPES.first(fold(text)) or market_fact(text)


def market_fact(text: str) -> str | None:
    """What `text` asks about the market now (what to buy, what is on offer), even about a device of the home."""
    return _MARKET.first(fold(text))
