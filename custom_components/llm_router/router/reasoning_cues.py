"""Requests that need thinking even when they name the home's own devices: writing, troubleshooting, explaining.

The routing policy sends writing automations and scripts, debugging and step-by-step explanations to reasoning.
Naming a device of the home does not make such a request a home command: "make an automation that switches the
porch light on at dusk" names the porch light, and "the dishwasher keeps showing error E24, what should I check
first" is about one. So these cues are read before the home-name rule, in the twelve languages:
- authoring: a verb that makes something (write, create, "hazme", "lav") with an automation, script, YAML or code;
- writing: such a verb, or one that makes something up, with a text (a story, a poem, a letter, a riddle);
- troubleshooting: a long question why something keeps failing, or what to try or check next;
- explaining: a long request to explain why, how or what the difference is, or to work something out;
- weighing pros and cons, and a request that starts by asking for a plan;
- a request to explain how something works with an example, however short;
- a choice between two ways ("… or …") with a request to think it through or to explain it properly ("promysli
  to", "leg het goed uit"), however short: "think hard" alone asks nothing to be weighed.
Running, enabling or stopping a script is a home command and has no such verb.
"""

from __future__ import annotations

import re

from .alternation import WordAlternation
from .privacy_lexicon import AUTHORING, SHARING_OUT
from .shapes import WORD, Shape, Shapes, lacks
from .spoken_numbers import NUMBER_WORDS
from .text import words as split_words

# The shortest troubleshooting question or explanation request read as needing thinking, in words.
MIN_WORDS = 12
# The shortest request to explain how or why ("forklar hvordan nordlys oppstår enkelt men grundig"); shorter, it asks
# about one thing ("explain how the porch light works").
MIN_EXPLAIN_WORDS = 7
# The shortest request for a plan ("plan a trip to Rome" is reasoning, "plan" alone a follow-up).
MIN_PLAN_WORDS = 4

MAKE = (
    r"write|make|create|build|generate|draft|set up"
    r"|schreib|schreibe|erstelle|erstell|bau|baue|generiere|entwirf"
    r"|ecris|ecrire|cree|creer|redige|genere|construis"
    r"|escribe|escribeme|crea|creame|hazme|haz|genera|monta|montame|prepara|preparame|redacta"
    r"|scrivi|scrivimi|creami|fammi|preparami"
    r"|schrijf|maak|bouw|genereer"
    r"|napisz|stworz|utworz|zrob|przygotuj|wygeneruj|zaprogramuj"
    r"|escreve|escreva|cria|crie|gera|faz-me|faca-me"
    r"|skriv|gor|skapa|bygg|fixa"
    r"|lav|lave|opret|byg"
    r"|lag|lage|opprett"
    r"|napis|vytvor|udelej|sestav|priprav|naprogramuj"
)
_WHY = r"why|warum|wieso|weshalb|pourquoi|por que|porque|perche|waarom|dlaczego|czemu|porque|varfor|hvorfor|proc"
_GOES_WRONG = (
    r"errors?|fault\w*|fails|failing|keeps|always|stopped working|won't|doesn't work"
    r"|fehler\w*|storung\w*|standig|immer wieder|funktioniert nicht|geht nicht"
    r"|erreur\w*|panne|toujours|sans arret|ne marche pas|ne fonctionne pas"
    r"|error\w*|fallo|averia|siempre|no funciona"
    r"|errore|guasto|sempre|continua|non funziona"
    r"|fout\w*|storing|steeds|telkens|blijft|werkt niet"
    r"|blad\w*|awari\w*|ciagle|caly czas|wciaz|nie dziala"
    r"|erro|avaria|falha|sempre|nao funciona"
    r"|fel\w*|hela tiden|jamt|fungerar inte"
    r"|fejl\w*|hele tiden|bliver ved|virker ikke"
    r"|feil\w*|stadig|fungerer ikke"
    r"|chyb\w*|porad|stale|neustale|nefunguje|porouch\w*"
)
_WHAT_TO_TRY = (
    r"what (?:else )?(?:can|could|should) (?:i|we) (?:try|check|test)"
    r"|was (?:kann|konnte|soll) (?:ich|man) (?:noch )?(?:probieren|prufen|versuchen|testen)"
    r"|que (?:puis|peux|dois)-je (?:encore )?(?:essayer|verifier|tester)"
    r"|qu'est-ce que je (?:peux|pourrais) (?:encore )?(?:essayer|verifier|tester)"
    r"|que (?:mas )?(?:puedo|podria|deberia) (?:probar|revisar|comprobar|mirar)"
    r"|cosa (?:altro )?(?:posso|potrei|dovrei) (?:provare|controllare|verificare)"
    r"|wat kan ik (?:nog )?(?:proberen|controleren|checken|testen)"
    r"|co (?:jeszcze )?(?:moge|moglbym|powinienem|mam) (?:sprawdzic|sprobowac|przetestowac)"
    r"|o que (?:mais )?(?:posso|poderia|devo) (?:tentar|verificar|experimentar|testar)"
    r"|vad kan jag (?:mer )?(?:testa|kolla|prova|kontrollera)"
    r"|hvad kan jeg (?:ellers )?(?:tjekke|prove|teste)"
    r"|hva kan jeg (?:ellers )?(?:sjekke|prove|teste)"
    r"|co (?:jeste )?(?:zkusit|zkontrolovat|vyzkouset|mam zkusit)"
    r"|what could it be|was kann das sein|qu'est-ce que ca peut etre|que puede ser|cosa puo essere"
    r"|wat kan het zijn|co to moze byc|o que pode ser|vad kan det vara|hvad kan det vaere|hva kan det vaere"
    r"|co to muze byt|co by to mohlo byt"
)
_EXPLAIN = (
    r"explain|erklar\w*|explique\w*|expliquez|explica\w*|spiega\w*|spieghi|leg uit|uitleggen"
    r"|wytlumacz\w*|wyjasnij\w*|forklar\w*|vysvetl\w*"
)
_HOW = (
    r"how|why|wie|warum|comment|pourquoi|como|por que|come|perche|hoe|waarom|jak|dlaczego|czym|porque"
    r"|hur|varfor|hvordan|hvorfor|jak|proc|cim"
    r"|differences?|unterschied\w*|differences?|diferencias?|differenz\w*|verschil\w*|roznic\w*|diferencas?"
    r"|skillnad\w*|forskel\w*|forskjell\w*|rozdil\w*"
)
# Asking to work something out ("reken eens voor me door", "work out what it costs over ten years").
_WORK_OUT = (
    r"calculate|work out|figure out|berechne|rechne|calcule|calculez|calcula|calculame|calcola|calcolami"
    r"|bereken|reken \w+(?: \w+){0,3} (?:door|uit)|oblicz|policz|calcula|beraekna|berakna|rakna ut|regn ud"
    r"|regn det ud|beregn|regn ut|regn det ut|spocitej|vypocitej"
)

# A verb that makes, then within a few words what it makes: "write me a Home Assistant automation", "hazme un
# script"; "run the bedtime script and make the lights warmer" makes nothing.
# A verb that makes, then within a few words a text: "write a short bedtime story for Olivia", "lag en godnatthistorie".
_TEXTS = (
    r"poem|haiku|story|stories|email|letter|essay|song|speech|toast|invitation|limerick|gedicht\w*|geschichte\w*"
    r"|brief|rede|einladung|poeme|histoire|conte|lettre|discours|invitation|poema|cuento|carta|discurso|invitacion"
    r"|poesia|storia|favola|filastrocca|lettera|discorso|invito|verhaal\w*|versje|gedichtje|uitnodiging|wiersz\w*"
    r"|opowiadani\w*|bajk\w*|przemowieni\w*|zaproszeni\w*|historia|historinha|conto|dikt\w*|digt\w*|\w*histori\w*"
    r"|\w*saga|tal|tale|brev|inbjudan|invitasjon|\w*fortelling\w*|\w*fortaelling\w*|\w*berattelse\w*|basen\w*"
    r"|basnick\w*|pribeh\w*|pohadk\w*|povidk\w*|dopis|projev|proslov\w*|pozvank\w*|\w*visa|\w*vise|riddle|ratsel|raadsel"
    r"|enigme|adivinanza|indovinello|zagadk\w*|adivinha|gata|gade|gate|hadank\w*|correo|e-?mails?|mails?|mejl"
    r"|brinde|brindis|brindisi|trinkspruch|toost"
)
# Making up a riddle or a story: "verzin een raadsel", "make up a story".
_MAKE_UP = (
    r"make up|invent|erfinde|erfind|denk dir|invente|inventa|inventami|verzin|bedenk|wymysl|inventa|hitta pa"
    r"|find pa|dikt opp|finn pa|vymysli"
)
# Or the text first and its verb at the end, as Dutch, German and the infinitive put it: "een nette brief schrijven".
_WRITE_AT_THE_END = (
    r"write|schreiben|verfassen|ecrire|rediger|escribir|redactar|scrivere|schrijven|opstellen|napisac|escrever"
    r"|redigir|skriva|skrive|napsat"
)
_TO_WRITE = WordAlternation(
    rf"(?<![a-z])(?:(?:{MAKE}|{_MAKE_UP})(?:\W+[\w']+){{0,3}}?\W+(?:{_TEXTS})"
    rf"|(?:{_TEXTS})(?:\W+[\w']+){{0,8}}?\W+(?:{_WRITE_AT_THE_END}))(?![a-z])"
)
# Code in a language, a template: "lag et javascript", "schrijf een home assistant template sensor".
_CODE = (
    r"javascript|typescript|python|bash|powershell|template|jinja|ginja|regex|sql|html|css|plantillas?|vorlagen?"
    r"|sjablonen|sjabloon|szablon\w*|sablon\w*|skabelon\w*"
)
_AUTHORING = re.compile(
    rf"(?<![a-z])(?:{MAKE}|fais|faites)(?:\W+[\w']+){{0,4}}?\W+(?:{'|'.join(AUTHORING)}|{_CODE})"
)
# Analysing the home's own data: a verb of analysis ("Przeanalizuj wilgotność w szklarni"), a comparison over a
# period ("Confronta il consumo di questa settimana con quello di prima"), or a look at a history or a period that asks
# whether, why or how much ("Look at the greenhouse temperatures from last week and tell me if the heater …").
_ANALYSE = WordAlternation(
    r"(?<![a-z])(?:analy[sz]e|analysier\w*|auswerten|analyser|analysez|analiza|analizar|analizza\w*|analyseer"
    r"|przeanalizuj|analizuj|analisa|analise|analysera|analyzuj|zanalyzuj|vyhodnot\w*)(?![a-z])"
)
_COMPARE = WordAlternation(
    r"(?<![a-z])(?:compare|vergleiche?|compare[rz]?|compara|confronta|vergelijk|porownaj|jamfor|sammenlign|porovnej)(?![a-z])"
)
_LOOK_AT = WordAlternation(
    r"(?<![a-z])(?:look at|have a look at|go through|schau dir|sieh dir|guck dir|regarde|mira|revisa|guarda|kijk naar"
    r"|bekijk|spojrz na|przejrzyj|olha|ve|veja|titta pa|kolla|kig pa|se pa|se gjennom|podivej se na|projdi)(?![a-z])"
)
_A_PERIOD = WordAlternation(
    r"(?<![a-z])(?:history|historie|historik\w*|historique|historial|storico|geschiedenis|historia|historico|verlauf"
    r"|data|daten|donnees|datos|dati|gegevens|dane|dados|statisti\w*|last (?:week|month|year|few days|two weeks)"
    r"|this (?:week|month)|since|letzte[nm]? (?:woche|monat)|diesen monat|im vergleich|la semaine derniere|le mois dernier"
    r"|depuis|el ultimo mes|la ultima semana|las ultimas semanas|este mes|desde que|l'ultimo mese|dell'ultimo mese"
    r"|questa settimana|il mese scorso|questo mese|vorige (?:week|maand)|afgelopen (?:week|maand)|deze maand|sinds"
    r"|ostatni\w* (?:tydzien|tygodni\w*|miesiac\w*)|w tym miesiacu|zeszlym miesiacu|ultimo mes|esta semana|senaste"
    r"|forra (?:manaden|veckan)|sedan|sidste (?:maned|uge)|siden|siste (?:maned|uke)|forrige (?:maned|uke|uge)"
    r"|minul\w* (?:tyden|mesic)|posledni\w* (?:tyden|mesic|dny))(?![a-z])"
)
_TELL_WHETHER = WordAlternation(
    r"(?<![a-z])(?:tell me|sag mir|dis-moi|dime|dimmi|zeg|vertel me|powiedz|diz-me|diga-me|saga mig|sig|si mi|rekni"
    r"|vurder|bedom|vurdere|ocen|zhodnot),? (?:\w+ )?(?:if|whether|why|how|what|when|who|ob|warum|wie|wann|wer|si|pourquoi"
    r"|combien|comment|qui|se|perche|quanto|come|chi|of|waarom|hoe|wie|czy|dlaczego|ile|jak|kto|por que|quanto|como|quem"
    r"|om|varfor|hur|vem|hvorfor|hvordan|hvor|hvem|jestli|zda|proc|kolik|kdo)(?![a-z])"
)


# Prices and markets, compared or analysed, are fresh facts: "Sammenlign dagens elpriser med sidste uge".
_PRICES_OR_MARKETS = WordAlternation(
    r"(?<![a-z])(?:prices?|\w*preis\w*|prix|precios?|prezz\w*|\w*prijs\w*|cen[ay]|preco\w*|\w*pris(?:en|et|er|erne|ene|erna)?"
    r"|tarif\w*|tariff\w*|cac 40|dax|ftse|bolsa|borsa|beurs|aktie\w*|stocks?|shares?|kurs\w*)(?![a-z])"
)


def _analyses_data(folded: str) -> bool:
    """Whether the text asks to analyse data, compare a period or read a history for a verdict (not prices)."""
    analyses = _ANALYSE.search(folded) is not None or (
        _A_PERIOD.search(folded) is not None
        and (
            _COMPARE.search(folded) is not None
            or (
                _LOOK_AT.search(folded) is not None
                and _TELL_WHETHER.search(folded) is not None
            )
        )
    )
    return analyses and _PRICES_OR_MARKETS.search(folded) is None


# Weighing pros and cons is a comparison that needs careful reasoning, however short the question.
_TRADE_OFFS = WordAlternation(
    WORD.format(
        r"pros and cons|vor- und nachteile|vor und nachteile|avantages et (?:les )?inconvenients|pros y contras"
        r"|ventajas y desventajas|pro e contro|vantaggi e svantaggi|voor- en nadelen|voor en nadelen|zalety i wady"
        r"|plusy i minusy|pros e contras|vantagens e desvantagens|for- och nackdelar|for och nackdelar"
        r"|fordele og ulemper|fordeler og ulemper|vyhody a nevyhody|klady a zapory"
    )
)
# Asking to think a choice through or to explain it properly: the speaker wants careful reasoning. Unlike the
# tiers' "think hard", no single word ("grundig", "a fondo"): "clean the kitchen thoroughly or just the floor".
_THINK_IT_THROUGH = WordAlternation(
    WORD.format(
        r"think (?:it|this|that) (?:through|over)|think (?:carefully|hard)|explain (?:it |that |this )?(?:to me )?"
        r"(?:properly|in detail|thoroughly)"
        r"|denk (?:mal )?(?:genau|gut|grundlich) nach|uberleg (?:es dir )?(?:genau|gut)"
        r"|erklar\w*(?:'s)? (?:es |das )?(?:mir )?(?:richtig|genau|ausfuhrlich|grundlich)"
        r"|reflechis(?:-y)? bien|reflechis-y|explique(?:-moi)?(?: le| ca)? (?:bien|en detail)"
        r"|pien?salo bien|piensa bien|razonalo|explicamelo bien|explica(?:me)? (?:bien|en detalle)"
        r"|pensaci bene|ragionaci(?: bene|su)?|spiega(?:mi|melo)? (?:bene|nel dettaglio)"
        r"|denk (?:er )?(?:goed|even) (?:over )?na|leg (?:het|dat|dit|me) (?:eens )?(?:goed|uitgebreid) uit"
        r"|przemysl to|zastanow sie dobrze|pomysl dobrze|wytlumacz (?:mi )?dokladnie|wyjasnij (?:mi )?dokladnie"
        r"|pensa bem|pense bem|reflete bem|explica(?:-me)? bem|explica em detalhe"
        r"|tank efter ordentligt|fundera noga|tank igenom (?:det|detta)|forklara (?:det )?(?:ordentligt|noga|grundligt)"
        r"|tank dig (?:godt )?om|tank (?:det )?grundigt|tank det igennem|forklar (?:det )?(?:grundigt|ordentligt)"
        r"|tenk deg (?:godt )?om|tenk grundig|tenk gjennom (?:det|dette)|forklar (?:det )?(?:grundig|ordentlig|skikkelig)"
        r"|promysli (?:to|si to)|dobre si to promysli|zamysli se|vysvetli (?:mi )?(?:to )?(?:poradne|podrobne)"
    )
)
_OR = re.compile(WORD.format(r"or|oder|ou|o|of|lub|albo|czy|eller|nebo|anebo"))
# A request that starts by asking for a plan ("plan a week of lactose-free meals", "zaplanuj", "naplánuj").
_PLAN = re.compile(
    r"\W*(?:(?:please|bitte|s'il te plait|por favor|per favore|alsjeblieft|prosze|prosim)\W+)?"
    r"(?:plan|plane|planen|planifie|planifiez|planifica|pianifica|organizza|zaplanuj|planeia|planeie|planera"
    r"|planleg|planlegg|naplanuj"
    # "help me plan", "aide-moi à organiser", "pomóż mi zaplanować": asking for help with a plan
    r"|(?:help me|hilf mir|aide(?:-| )moi|aidez(?:-| )moi|ayudame|aiutami|help me|pomoz mi|ajuda-me|ajude-me|hjalp mig|hjelp meg"
    r"|pomoz mi)(?: (?:to|a|à|att|at|å|med at|med a))? (?:plan|organi[sz]e|planen|organisieren|planifier|organiser"
    r"|planificar|organizar|pianificare|organizzare|plannen|organiseren|zaplanowac|zorganizowac|planear|planera"
    r"|organisera|planlaegge|organisere|planlegge|naplanovat|zorganizovat)"
    r"|hilf mir,? (?:[\w']+ ){1,6}zu (?:planen|organisieren))(?![a-z])"
)
# A plan or a schedule asked for inside the request: "udělej plán pečení na víkend", "zaplanuj menu na 20 osób".
_MAKES_A_PLAN = WordAlternation(
    rf"(?<![a-z])(?:(?:{MAKE}|udelej|fais|haz|fa|maak|uloz|sestav)(?:\W+[\w']+){{0,2}}?\W+(?:plan|plans|plan\w* (?:for"
    r"|pro|na|de|voor|fur|per|till|til)|harmonogram\w*|schedule|zeitplan|rozvrh\w*|planning|planejamento"
    r"|planificacion|grafik\w*|rozpis\w*)"
    r"|zaplanuj|naplanuj|plan (?:a|an|the|me|us|our)|planifie|planifica|pianifica|planeja|planera|planlegg|planlaeg)"
    r"(?![a-z])"
)
# An explanation asked for with a worked example ("explain how a tax bracket works, with an example"), however short.
_WITH_AN_EXAMPLE = (
    r"with an example|for example|mit (?:einem )?beispiel|an einem beispiel|avec un exemple|con un ejemplo"
    r"|con (?:un )?esempio|met een voorbeeld|na przykladzie|z przykladem|com um exemplo|med ett exempel"
    r"|med et eksempel|med eksempel|na prikladu|s prikladem"
)
# Telling a story, which is writing one: "tell Tom a bedtime story", "opowiedz kasi bajkę", "conta uma história".
_TELL = (
    r"tell|erzahl\w*|raconte\w*|cuenta\w*|racconta\w*|vertel|opowiedz|conta|conte|beratta|fortael|fortel|fortell"
    r"|povidej|vypravej|vypravuj"
)
_STORIES = (
    r"(?:bedtime )?stor(?:y|ies)|fairy ?tales?|\w*geschichte\w*|\w*marchen|histoire|conte|cuento|historia|storia"
    r"|favola|fiaba|\w*verhaal\w*|sprookje|bajk\w*|opowiesc\w*|historinha|conto|\w*saga|sagor|eventyr\w*"
    r"|pohadk\w*|pribeh\w*"
)
_TO_TELL = re.compile(
    rf"(?<![a-z])(?:{_TELL})(?:\W+[\w']+){{0,3}}?\W+(?:{_STORIES})(?![a-z])"
)
# Summing up a text or a book: "fass bitte Faust eins kurz zusammen", "streść mi Pana Tadeusza", "shrň mi Babičku".
# Not the home's own day, lists or messages ("summarize my calendar for today" reads the calendar), and not what is
# new or on the web ("busca opiniones del roborock y hazme un resumen" is a search).
_SUMMARY = WordAlternation(
    r"(?<![a-z])(?:summari[sz]e|sum up|give me a summary|fass\w*(?: [\w']+){0,6} zusammen|zusammenfass\w*"
    r"|resume(?:-moi|moi|me)?(?= (?:l'|(?:le|la|les|el|los|las|o|a|os|as|un|una|um|uma|en|em|mi) ))"
    r"|fais(?:-moi| moi)? un resume|hazme un resumen|riassumi\w*|fammi un riassunto|vat\w*(?: [\w']+){0,6} samen"
    r"|stresc\w*|podsumuj\w*|resuma|faz(?:-me)? um resumo|sammanfatta|opsummer\w*|lav et resume|sammenfat\w*"
    r"|oppsummer\w*|lag et sammendrag|shrn\w*|udelej shrnuti)(?![a-z])"
)
_NOT_A_TEXT = WordAlternation(
    WORD.format(
        r"calendar|agenda|kalender|calendrier|calendario|kalendarz|kalendar\w*|day|tag|journee|dia|giornata|dag"
        r"|dzien|week|woche|semaine|semana|settimana|tydzien|vecka|uge|uke|tyden|today|heute|aujourd'hui|hoy"
        r"|oggi|vandaag|dzis|hoje|idag|i dag|dnes|list\w*|lijst|lista|news|nachrichten|nouvelles|noticias|notizie"
        r"|nieuws|wiadomosci|nyheter|nyheder|zpravy|notifications?|messages?|emails?|e-mails?|mails?|termine"
        r"|dzisiaj|internet|web|webu|webben|nettet|online|google|latest|newest|neueste\w*|nejnovejsi|najnowsz\w*"
        r"|reviews?|recenz\w*|opinion\w*|opinii|bewertung\w*|anmeldelse\w*|recension\w*"
    )
)
# Template or YAML code written into the question: debugging it ("{{ states('sensor.x') + 2 }}").
_CODE_IN_TEXT = WordAlternation(r"\{\{|\{%|\w+_template:")
# A device of a smart home that misbehaves, and a question what to do about it, however short.
_TECH = (
    r"sensors?|sensore|sensori|czujnik\w*|senzor\w*|capteurs?|zigbee|z-?wave|zha|mqtt|esphome|matter|thread"
    r"|templates?|integration\w*|integrati\w*|integracj\w*|integrac\w*|automation\w*|automatisering\w*"
    r"|automatyzacj\w*|automac\w*|automazion\w*|automatizac\w*|add-?on|home assistant|wi-?fi|bluetooth"
)
_TROUBLE = (
    r"doing wrong|how (?:do|can) i fix|what can i do|won't|wont|keeps? (?:dropping|losing|disconnecting)"
    r"|loses? (?:the )?connection|mache ich falsch|was kann ich tun|will nicht|verliert die verbindung"
    r"|que (?:puis|peux)-je faire|je fais mal|ne veut pas|perd la connexion|que puedo hacer|hago mal|no quiere"
    r"|pierde la conexion|cosa posso fare|come risolvo|sbaglio|non vuole|perdono la connessione|perde la connessione"
    r"|wat kan ik doen|doe ik fout|wil niet|verliest de verbinding|co moge zrobic|robie zle|nie chce|traci polaczenie"
    r"|o que posso fazer|faco de errado|estou a fazer mal|nao quer|perde a (?:ligacao|conexao)|vad kan jag gora"
    r"|gor jag fel|vill inte|tappar (?:anslutningen|uppkopplingen)|hvad kan jeg gore|gor jeg forkert|vil ikke"
    r"|mister forbindelsen|hva kan jeg gjore|gjor jeg feil|mister (?:tilkoblingen|forbindelsen)|co muzu delat"
    r"|co delam spatne|nechce|ztraci spojeni|" + _WHY
)
_TECH_TROUBLE = Shapes([("troubleshooting", Shape((_TECH, _TROUBLE)))])
# What would happen if …: a counterfactual to think through ("vad skulle hända om golfströmmen stannade").
_WHAT_IF = re.compile(
    WORD.format(
        r"what would happen if|what if \w+ (?:had|hadn't|were|never|didn't)|was (?:wurde|ware) passieren"
        r"|que se passerait-il si|qu'est-ce qui se passerait si|que pasaria si|que ocurriria si"
        r"|cosa succederebbe se|cosa accadrebbe se|wat zou er gebeuren als|co by sie stalo,? gdyby"
        r"|o que aconteceria se|vad skulle handa om|hvad ville der ske,? hvis|hva ville skje,? hvis"
        r"|co by se stalo,? kdyby"
    )
)
# Explaining or working something out step by step: "wyjaśnij krok po kroku jak działa suma kontrolna".
_STEP_BY_STEP = (
    r"step by step|schritt fur schritt|etape par etape|paso a paso|passo (?:a |per )?passo|stap voor stap"
    r"|krok po kroku|steg for steg|trin for trin|krok za krokem"
)
# Finding out what is wrong: "mi aiuti a capire passo passo", "hjelpe meg å finne ut steg for steg".
_FIND_OUT = (
    r"find out|understand|herausfinden|verstehen|comprendre|trouver|entender|averiguar|capire|scoprire|begrijpen"
    r"|uitzoeken|zrozumiec|ustalic|perceber|descobrir|ta reda pa|forsta|finde ud af|forstaa|finne ut|zjistit|pochopit"
)
_STEPS = Shapes(
    [
        ("an explanation step by step", Shape((_EXPLAIN, _STEP_BY_STEP))),
        ("working something out", Shape((_WORK_OUT, _STEP_BY_STEP))),
        ("instructions step by step", Shape((_HOW, _STEP_BY_STEP))),
        ("working something out", Shape((_FIND_OUT, _STEP_BY_STEP))),
    ]
)
# Translating a text given after the request ("Přelož do angličtiny: Vážení zákazníci, …"), not a word or a phrase.
_TRANSLATE = WordAlternation(
    r"(?<![a-z])(?:translate|ubersetz\w*|tradu\w*|vertaal|przetlumacz|oversatt|overset|oversett|preloz\w*)(?![a-z])"
)
# A word problem: a long text with its own figures and a question how many, how much or when (not a "when" that
# may open a clause: "when the guests arrive in about an hour i want the porch lights on at 70 percent").
MIN_PROBLEM_WORDS = 20
MIN_PROBLEM_FIGURES = 3
_FIGURE = re.compile(r"\d+(?:[.,]\d+)?")
# Or how to share the sums out: "Hvordan fordeler vi rettferdig på fire?"
_SHARING_OUT = re.compile(SHARING_OUT)
_HOW_MANY_OR_WHEN = WordAlternation(
    WORD.format(
        r"how many|how much|what time|how long|how far|wie viele?|wann|um wie viel uhr|wie lange|wie weit"
        r"|combien|a quelle heure|cuant[oa]s?|a que hora|quant[iieo]|a che ora|hoeveel|wanneer"
        r"|hoe laat|hoe lang|ile|o ktorej|jak dlugo|quant[oa]s?|a que horas|hur manga|hur mycket|hur dags"
        r"|hur lange|hvor mange|hvor meget|hvornar|hvor lang|hvor mye|hvor lenge|kolik|kdy|v kolik|jak dlouho"
    )
)
# An explanation asked to be brief is a short answer: "explícame en una frase por qué el cielo es azul".
_BRIEFLY = (
    r"in (?:one|a) sentence|in a few words|briefly|in short|in einem satz|kurz|en une phrase|en bref|brievement"
    r"|en una frase|brevemente|in una frase|in breve|in een zin|kort|w jednym zdaniu|krotko|numa frase|em poucas"
    r" palavras|i en mening|i en saetning|i en setning|kortfattat|jednou vetou|strucne"
)
_EXPLANATION = Shapes([("an explanation", Shape((_EXPLAIN, _HOW), lacks(_BRIEFLY)))])
_WORKED_EXAMPLE = Shapes(
    [("an explanation with an example", Shape((_EXPLAIN, _HOW, _WITH_AN_EXAMPLE)))]
)
_THINKING = Shapes(
    [
        ("troubleshooting", Shape((_WHY, _GOES_WRONG))),
        ("troubleshooting", Shape((_WHAT_TO_TRY,))),
        ("an explanation", Shape((_EXPLAIN, _HOW))),
        ("working something out", Shape((_WORK_OUT,))),
    ]
)


def reasoning_cue(folded: str, word_count: int) -> str | None:
    """What needs thinking in the folded text ("writing an automation"), or None."""
    if _AUTHORING.search(folded) is not None:
        return "writing an automation or a script"
    if _TO_WRITE.search(folded) is not None or _TO_TELL.search(folded) is not None:
        return "writing a text"
    if _SUMMARY.search(folded) is not None and _NOT_A_TEXT.search(folded) is None:
        return "a summary"
    if _CODE_IN_TEXT.search(folded) is not None:
        return "code to debug"
    if (found := _TECH_TROUBLE.first(folded)) is not None:
        return found
    if _word_problem(folded, word_count):
        return "a word problem"
    if _WHAT_IF.search(folded) is not None:
        return "a what-if"
    if (found := _STEPS.first(folded)) is not None:
        return found
    if word_count >= MIN_WORDS and _TRANSLATE.search(folded) is not None:
        return "translating a text"
    if _TRADE_OFFS.search(folded) is not None:
        return "pros and cons"
    if _analyses_data(folded):
        return "analysing data"
    if _THINK_IT_THROUGH.search(folded) is not None and _OR.search(folded) is not None:
        return "a choice to think through"
    if word_count >= MIN_PLAN_WORDS and (
        _PLAN.match(folded) is not None or _MAKES_A_PLAN.search(folded) is not None
    ):
        return "a plan"
    if word_count >= MIN_WORDS:
        return _THINKING.first(folded)
    if word_count >= MIN_EXPLAIN_WORDS and (found := _EXPLANATION.first(folded)):
        return found
    return _WORKED_EXAMPLE.first(folded)


def _word_problem(folded: str, word_count: int) -> bool:
    """Whether a long text gives its own figures and asks how many, how much, when, or how to share them out."""
    return (
        word_count >= MIN_PROBLEM_WORDS
        and len(_FIGURE.findall(folded))
        + sum(word in NUMBER_WORDS for word in split_words(folded))
        >= MIN_PROBLEM_FIGURES
        and (
            _HOW_MANY_OR_WHEN.search(folded) is not None
            or _SHARING_OUT.search(folded) is not None
        )
    )
