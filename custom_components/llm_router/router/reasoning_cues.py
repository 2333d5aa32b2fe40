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

from .privacy_lexicon import AUTHORING
from .shapes import WORD, Shape, Shapes

# The shortest troubleshooting question or explanation request read as needing thinking, in words.
MIN_WORDS = 12
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
    r"|escreve|escreva|cria|crie|gera"
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
    r"|basnick\w*|pribeh\w*|pohadk\w*|povidk\w*|dopis|projev|pozvank\w*|\w*visa|\w*vise|riddle|ratsel|raadsel"
    r"|enigme|adivinanza|indovinello|zagadk\w*|adivinha|gata|gade|gate|hadank\w*"
)
# Making up a riddle or a story: "verzin een raadsel", "make up a story".
_MAKE_UP = (
    r"make up|invent|erfinde|erfind|denk dir|invente|inventa|inventami|verzin|bedenk|wymysl|inventa|hitta pa"
    r"|find pa|dikt opp|finn pa|vymysli"
)
_TO_WRITE = re.compile(
    rf"(?<![a-z])(?:{MAKE}|{_MAKE_UP})(?:\W+[\w']+){{0,3}}?\W+(?:{_TEXTS})(?![a-z])"
)
# Code in a language, a template: "lag et javascript", "schrijf een home assistant template sensor".
_CODE = (
    r"javascript|typescript|python|bash|powershell|template|jinja|regex|sql|html|css"
)
_AUTHORING = re.compile(
    rf"(?<![a-z])(?:{MAKE}|fais|faites)(?:\W+[\w']+){{0,4}}?\W+(?:{'|'.join(AUTHORING)}|{_CODE})"
)
# Weighing pros and cons is a comparison that needs careful reasoning, however short the question.
_TRADE_OFFS = re.compile(
    WORD.format(
        r"pros and cons|vor- und nachteile|vor und nachteile|avantages et (?:les )?inconvenients|pros y contras"
        r"|ventajas y desventajas|pro e contro|vantaggi e svantaggi|voor- en nadelen|voor en nadelen|zalety i wady"
        r"|plusy i minusy|pros e contras|vantagens e desvantagens|for- och nackdelar|for och nackdelar"
        r"|fordele og ulemper|fordeler og ulemper|vyhody a nevyhody|klady a zapory"
    )
)
# Asking to think a choice through or to explain it properly: the speaker wants careful reasoning. Unlike the
# tiers' "think hard", no single word ("grundig", "a fondo"): "clean the kitchen thoroughly or just the floor".
_THINK_IT_THROUGH = re.compile(
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
    r"|(?:help me|hilf mir|aide-moi|aidez-moi|ayudame|aiutami|help me|pomoz mi|ajuda-me|ajude-me|hjalp mig|hjelp meg"
    r"|pomoz mi)(?: (?:to|a|à|att|at|å|med at|med a))? (?:plan|organi[sz]e|planen|organisieren|planifier|organiser"
    r"|planificar|organizar|pianificare|organizzare|plannen|organiseren|zaplanowac|zorganizowac|planear|planera"
    r"|organisera|planlaegge|organisere|planlegge|naplanovat|zorganizovat)"
    r"|hilf mir,? (?:[\w']+ ){1,6}zu (?:planen|organisieren))(?![a-z])"
)
# An explanation asked for with a worked example ("explain how a tax bracket works, with an example"), however short.
_WITH_AN_EXAMPLE = (
    r"with an example|for example|mit (?:einem )?beispiel|an einem beispiel|avec un exemple|con un ejemplo"
    r"|con (?:un )?esempio|met een voorbeeld|na przykladzie|z przykladem|com um exemplo|med ett exempel"
    r"|med et eksempel|med eksempel|na prikladu|s prikladem"
)
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
    if _TO_WRITE.search(folded) is not None:
        return "writing a text"
    if _TRADE_OFFS.search(folded) is not None:
        return "pros and cons"
    if _THINK_IT_THROUGH.search(folded) is not None and _OR.search(folded) is not None:
        return "a choice to think through"
    if word_count >= MIN_PLAN_WORDS and _PLAN.match(folded) is not None:
        return "a plan"
    if word_count >= MIN_WORDS:
        return _THINKING.first(folded)
    return _WORKED_EXAMPLE.first(folded)
