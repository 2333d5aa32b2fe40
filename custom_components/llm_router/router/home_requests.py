"""Home commands and home weather said at length, which the classifier may mistake for a request to think.

"Ok, switch the towel rail on now, I'm having a shower after my run" is a device command with a reason attached,
and "is it going to be frosty tonight or can the car stay uncovered" asks the home's forecast: both are local by
the routing policy, but their length and their "because" or "or" read like reasoning. Two shapes, in the twelve languages:
- a command: after an optional word to get attention ("listen", "słuchaj", "olha"), the utterance starts with a
  device verb in the imperative (switch on, lower, dim, "włącz", "baixa", "zapni");
- the home's weather: a short question with a weather word and no place away from home.
Either counts only when nothing asks to write something (write, make, create …).
A reminder, a timer or an alarm asked for ("remind me then", "cria um lembrete para esse dia") is a home task, and
how much energy the household used or when the alarm clock rings reads the home's own meters and clocks.
"""

from __future__ import annotations

from itertools import pairwise
import re

from .features import mentions_place
from .privacy_lexicon import AUTHORING
from .reasoning_cues import MAKE
from .shapes import WORD, Shape, Shapes
from .text import fold, words

# Longer than this, a weather word is part of a story or a problem ("the cellar floods after heavy rain, why").
MAX_WEATHER_WORDS = 14

_ATTENTION = (
    r"listen|hey|hi|ok|okay|so|please|right|hor mal|hore mal|sag mal|bitte|ecoute|dis|s'il te plait|oye|mira|por favor"
    r"|senti|ascolta|dai|hoor eens|luister|he|hej|sluchaj|prosze|olha|ouve|ei|du|hor|hor her|hele|poslys|prosim"
)
_COMMAND = (
    r"turn|switch|dim|lower|raise|open|close|shut|lock|unlock|mute|pause"
    r"|schalt|schalte|dimm|dimme|fahr|fahre|offne|schließ|schliess|dreh|drehe|senk|senke"
    r"|allume|eteins|baisse|monte|ouvre|ferme|mets"
    r"|enciende|apaga|baja|sube|abre|cierra|pon"
    r"|accendi|spegni|abbassa|alza|apri|chiudi|metti"
    r"|zet|doe|dim|sluit|draai"
    r"|wlacz|wylacz|zapal|zgas|opusc|podnies|otworz|zamknij|podkrec|przycisz|scisz"
    r"|liga|desliga|acende|baixa|sobe|fecha|poe|regula|aumenta|diminui"
    r"|tand|tend|slack|sank|hoj|oppna|stang|satt|set"
    r"|sluk|skru|luk|sla|senk|hev|apne|lukk|sett|tenn|slukk"
    r"|zapni|vypni|rozsvit|zhasni|stahni|vytahni|otevri|zavri|nastav|ztlum"
    r"|start|stop|starte|stoppe|lance|arrete|arranca|avvia|ferma|uruchom|zatrzymaj|starta|stoppa|stopp|spust|zastav"
)
_COMMAND_FIRST = re.compile(
    rf"^\W*(?:(?:{_ATTENTION})\W+){{0,2}}(?:{_COMMAND})(?![a-z])(?! (?:together|up|down on|out)\b)"
)
# The reason first, then "so" and the command: "electricity is dear tonight, so switch the boiler off".
_SO = (
    r"so|then|dann|also|alors|donc|asi que|entonces|quindi|allora|dus|wiec|to|entao|por isso|sa|saa|tak|takze"
    r"|proto"
)
_COMMAND_AFTER_REASON = re.compile(
    rf"(?<![a-z])(?:{_SO}),? (?:(?:please|bitte|s'il te plait|por favor|per favore|alsjeblieft|prosze|se faz favor"
    rf"|snalla|venligst|vaer sa snill|prosim|kannst du|tu peux|puedes|puoi|kun je|mozesz|podes|kan du|muzes) )?"
    rf"(?:{_COMMAND})(?![a-z])"
)
_WEATHER = re.compile(
    WORD.format(
        r"weather|forecast|rain\w*|snow\w*|coat|jacket|umbrella|frost|frosty|windy|mild"
        r"|wetter|regen\w*|schnee\w*|schneit|jacke|regenschirm|gewitter"
        r"|meteo|pluie|pleut|pleuvoir|neige\w*|manteau|parapluie|orage"
        r"|lluvia|llover|llueve|nieve|nevar|nieva|chaqueta|abrigo|paraguas|tormenta"
        r"|pioggia|piove\w*|neve|nevica\w*|cappotto|ombrello|temporale"
        r"|het weer|weerbericht|weersverwachting|sneeuw\w*|jas|paraplu|onweer|vriez\w*"
        r"|pogod\w*|deszcz\w*|pada|padac|padal\w*|snieg\w*|kurtk\w*|parasol\w*|burz\w*"
        r"|chuva|chove\w*|casaco|guarda-chuva|trovoada"
        r"|vader|regnar|regnet|regnvejr|regnvaer|regnjacka|regnjakke|regnskur|sno|snoa|jacka|paraply|aska"
        r"|vejr\w*|sne|sner|jakke|torden"
        r"|vaer\w*|snor"
        r"|pocasi|dest|deste|destivo|prsi|prset|snih|snezi\w*|bunda|bundu|bundou|destnik|bourk\w*"
    )
)
_REMIND_ME = (
    r"remind me|erinner\w* mich|rappelle(?:-| )moi|recuerdame|ricordami|herinner me|przypomnij mi|lembra(?:-| )me"
    r"|lembre(?:-| )me|paminn mig|pamind mig|mind mig|minn meg|pamind meg|pripomen mi"
)
_SET_VERB = (
    r"set|create|make|add|start|stell\w*|erstell\w*|mach|mets|cree|crea|pon|imposta|metti|zet|maak|ustaw|utworz"
    r"|dodaj|cria|crie|define|poe|satt|skapa|starta|set|lav|start|sett|lag|nastav|vytvor|pridej|spust"
)
_TASK_THING = (
    r"reminder|timer|alarm|erinnerung|wecker|minuteur|rappel|alarme|temporizador|recordatorio|alarma|promemoria"
    r"|sveglia|herinnering|wekker|przypomnienie|minutnik|budzik|lembrete|despertador|paminnelse|vackarklocka"
    r"|pamindelse|vekkerklokke|paminnelse|pripominku|minutku|budik"
)
_HOME_TASK = re.compile(
    rf"^\W*(?:(?:{_ATTENTION})\W+){{0,2}}(?:(?:{_REMIND_ME})(?![a-z])|(?:{_SET_VERB})(?:\W+[\w']+){{0,2}}?\W+(?:{_TASK_THING})(?![a-z]))"
)
# How much energy or water the household used: the home's own meters ("combien on a consommé aujourd'hui").
_USED = (
    r"(?:did|have|has) we (?:use|used|consume|consumed|spend|spent)|we(?:'ve)? (?:used|consumed)|our (?:usage|consumption)"
    r"|haben wir \w+(?: \w+)? verbraucht|(?:unser|der) verbrauch"
    r"|on a consomme|avons-nous consomme|nous avons consomme|notre consommation"
    r"|hemos (?:gastado|consumido)|gastamos|consumimos|nuestro consumo"
    r"|abbiamo (?:consumato|usato)|consumiamo|il nostro consumo"
    r"|hebben we (?:verbruikt|gebruikt)|verbruiken we|ons verbruik"
    r"|zuzyli(?:smy|smy)|zuzywamy|nasze zuzycie"
    r"|gastamos|gastamos|consumimos|o nosso consumo"
    r"|har vi (?:forbrukat|anvant|gjort av med)|vi (?:har )?(?:forbrukat|anvant)|vart forbrukning"
    r"|har vi (?:brugt|forbrugt)|vores forbrug"
    r"|har vi (?:brukt|forbrukt)|vart forbruk"
    r"|jsme (?:spotrebovali|spalili)|spotrebovali jsme|nase spotreba"
)
_METERED = (
    r"electricity|power|energy|kwh|water|gas|strom|energie|wasser|electricite|d'electricite|energie|d'energie|eau|gaz"
    r"|electricidad|luz|energia|agua|elettricita|corrente|acqua|stroom|water|pradu|prad|energii|wody|gazu"
    r"|eletricidade|electricidade|agua|el|elen|energi|vatten|strom|vand|strom|vann|elektriny|energie|vody|plynu"
)
_HOME_USAGE = Shapes([("the home's use", Shape((_METERED, _USED)))])
# When the alarm clock goes off: "a qué hora suena la alarma mañana", "wann klingelt der Wecker".
_ALARM_CLOCK = (
    r"alarm|alarms|wecker|reveil|alarma|despertador|sveglia|wekker|budzik|alarme|vackarklockan?|alarmen"
    r"|vekkerklokka|vaekkeur\w*|budik"
)
_RINGS = (
    r"go off|goes off|ring|rings|klingelt|klingeln|sonne|sonnera|suena|sonara|suona|suonera|gaat af|afgaan"
    r"|dzwoni|zadzwoni|toca|tocar|ringer|ringe|zvoni|zazvoni"
)
_ALARM_RINGS = Shapes([("the alarm clock", Shape((_ALARM_CLOCK, _RINGS)))])
# What a home command adds to, removes from or continues: a list, a timer, an alarm, the calendar, the music or
# a film, the lights, the television, the blinds, a photo, milk and bread.
_HOME_THINGS = re.compile(
    r"(?<![a-z])(?:\w*(?:list|lijst|liste|lista|listy|listu|listan|listen|listene)|timer\w*|minuteur|temporizador"
    r"|seznam\w*|nakup\w*|einkauf\w*|courses|spesa|boodschappen|zakup\w*|compras|indkob\w*|inkop\w*|handleliste\w*"
    r"|minutnik\w*|minutk\w*|casovac\w*|reminders?|erinnerung\w*|rappel|recordatorio|promemoria|herinnering"
    r"|przypomnieni\w*|lembrete|paminnelse\w*|pamindelse\w*|kalender\w*|calendar|calendrier|calendario|agenda"
    r"|kalendarz\w*|kalendar\w*|events?|meeting|appointment|termin\w*|rendez-vous|rdv|cita|appuntamento|afspraak"
    r"|spotkani\w*|compromisso|mote|moten|aftale|avtale|schuzk\w*|playlist\w*|songs?|music|musik|musique|musica|muziek|muzyk\w*|hudb\w*"
    r"|alarm\w*|allarm\w*|wecker|sveglia|budzik\w*|budik\w*|despertador|reveil|movies?|films?|filmen|series?"
    r"|channel|kanal\w*|sender|volume|lautstarke|lights?|licht\w*|lumieres?|luz|luces|luce|luci|lys\w*|ljus\w*"
    r"|svetl\w*|lamp\w*|tv|tele|fernseher|television\w*|televisione|televisie|telewizor\w*|televisao|blinds"
    r"|rolluik\w*|rollladen|volets|persianas|tapparell\w*|rolety|estores|persienn\w*|zaluzi\w*|photos?|fotos?"
    r"|pictures?|milk|milch|lait|leche|latte|melk|mleko|leite|mjolk|mliko|bread|brot|pain|pan|pane|brood|chleb"
    r"|pao|brod|chleba)(?![a-z])"
)

# Verbs that switch a device, anywhere in a turn: "less noise please, turn the tv down".
_SWITCH_VERB = re.compile(
    r"(?<![a-z])(?:turn|switch|schalt\w*|allume|eteins|enciende|apaga|accendi|spegni|wlacz|wylacz|liga|desliga"
    r"|acende|tand|slack|sluk|tend|tenn|slukk|zapni|vypni|rozsvit|zhasni)(?![a-z])"
)
# "Plus tard", "más tarde", "più tardi": later, no degree.
_LATER = re.compile(r"(?<![a-z])(?:plus|mas|mais|piu) tard[ei]?(?![a-z])")
# Where "en" is an article or "and" ("gör en packlista", "en de afzuigkap"), not "in".
_EN_IS_NO_PREPOSITION_IN = frozenset({"sv", "da", "nb", "nl"})


# Prepositions before a place that are also everyday words ("i" is "I" in English, "a" an article): they
# name a place only before a capitalised name ("a w Krakowie?", "e em Lisboa?", "och i Göteborg?", "a v Brně?").
_CAPITAL_PLACE_PREPOSITIONS = frozenset(
    {"w", "we", "em", "no", "na", "i", "v", "ve", "a", "à", "ao"}
)
_RAW_WORD = re.compile(r"[^\W\d_]+")
_AUTHORED = re.compile(r"(?<![a-z])(?:" + "|".join(AUTHORING) + ")")
# Asking to write or turn something into a text, or asking why: not a command, not the forecast.
_WRITING = re.compile(
    WORD.format(
        MAKE
        + r"|into|poem|haiku|story|email|letter|essay|song|gedicht|geschichte|poeme|histoire|poema|cuento"
        r"|poesia|storia|verhaal|wiersz|opowiadanie|historia|dikt|digt|historie|basen|basnicka|pribeh"
        r"|why|warum|pourquoi|por que|perche|waarom|dlaczego|porque|varfor|hvorfor|proc"
    )
)


def device_command(text: str) -> bool:
    """Whether `text` is a command to a device, first or after its reason ("…, so switch …"), and asks to write nothing."""
    folded = fold(text)
    return (
        _COMMAND_FIRST.match(folded) is not None or command_after_reason(text)
    ) and _WRITING.search(folded) is None


def names_a_place(text: str, language: str | None = None) -> bool:
    """Whether `text` names a place away from home: "in <name>", or a capitalised name after "w", "em", "i" or "v"."""
    tokens = words(fold(text))
    if language in _EN_IS_NO_PREPOSITION_IN:
        tokens = tuple(word for word in tokens if word != "en")
    if mentions_place(tokens):
        return True
    raw = _RAW_WORD.findall(text)
    return any(
        word.lower() in _CAPITAL_PLACE_PREPOSITIONS and following[:1].isupper()
        for word, following in pairwise(raw)
    )


def about_home_things(text: str) -> bool:
    """Whether `text` is about a home thing (a list, an alarm, the lights, milk), switches one, or says "later"."""
    folded = fold(text)
    return any(
        pattern.search(folded) is not None
        for pattern in (_HOME_THINGS, _SWITCH_VERB, _LATER)
    )


def home_task(text: str) -> bool:
    """Whether `text` asks for a reminder, a timer or an alarm ("påminn mig då"), and for no automation or script."""
    folded = fold(text)
    return _HOME_TASK.match(folded) is not None and _AUTHORED.search(folded) is None


def asks_home_meter(text: str) -> str | None:
    """What of the home's own meters or clocks `text` asks about: the energy used, when the alarm clock rings.

    Only a short question: "explain step by step what we would save if we use 350 kWh a month" is a calculation.
    """
    folded = fold(text)
    if len(words(folded)) > MAX_WEATHER_WORDS or _AUTHORED.search(folded) is not None:
        return None
    return _HOME_USAGE.first(folded) or _ALARM_RINGS.first(folded)


# A sensor of the home, or a scene for watching: "was sagt der Strompreis-Sensor", "mode cinéma allume la télé".
_SENSOR_OR_SCENE = re.compile(
    r"(?<![a-z])(?:\w*sensor\w*|senzor\w*|capteur\w*|sensore\w*|czujnik\w*|sonde|(?:cinema|kino|peli|movie|film|cine)"
    r" ?(?:mode|modus|rezim\w*|modo|tryb|lage|laege)|(?:mode|modus|rezim\w*|modo|tryb) (?:cinema|kino|peli|film|cine))(?![a-z])"
)


def reads_home_sensor_or_scene(text: str) -> bool:
    """Whether a short text names one of the home's sensors or a watching scene, and asks to write nothing."""
    folded = fold(text)
    return (
        len(words(folded)) <= MAX_WEATHER_WORDS
        and _SENSOR_OR_SCENE.search(folded) is not None
        and _AUTHORED.search(folded) is None
    )


def command_after_reason(text: str) -> bool:
    """Whether a device command follows its reason: "electricity is dear tonight, so switch the boiler off"."""
    folded = fold(text)
    return (
        _COMMAND_AFTER_REASON.search(folded) is not None
        and _WRITING.search(folded) is None
    )


def asks_home_weather(text: str) -> bool:
    """Whether `text` is a short weather question about no place away from home, asking to write nothing."""
    folded = fold(text)
    return (
        len(words(folded)) <= MAX_WEATHER_WORDS
        and _WEATHER.search(folded) is not None
        and _WRITING.search(folded) is None
        and not names_a_place(text)
    )
