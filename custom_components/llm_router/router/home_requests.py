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

from .alternation import WordAlternation
from .features import mentions_place
from .privacy_lexicon import AUTHORING
from .reasoning_cues import MAKE
from .shapes import WORD, Shape, Shapes
from .text import fold, words

# Longer than this, a weather word is part of a story or a problem ("the cellar floods after heavy rain, why").
MAX_WEATHER_WORDS = 14

_ATTENTION = (
    r"listen|hey|hi|ok|okay|so|now|please|right|jetzt|maintenant|ahora|adesso|nu|teraz|agora|na|ted|hor mal"
    r"|hore mal|sag mal|bitte|ecoute|dis|s'il te plait|oye|mira|por favor"
    r"|senti|ascolta|dai|hoor eens|luister|he|hej|sluchaj|prosze|olha|ouve|ei|du|hor|hor her|hele|poslys|prosim"
    # what speech-to-text writes for a hesitation: "um", "äh", "euh", "øh", "yyy"
    r"|um|uhm|uh|erm|eh|ehm|ehh|euh|ah|ahm|oh|ohm|hm|hmm|emm|yyy|eee"
)
# Asking whether the assistant can: "tu peux couper le ballon", "kannst du das licht ausmachen".
_CAN_YOU = (
    r"can you|could you|would you|kannst du|konntest du|tu peux|tu pourrais|peux-tu|pourrais-tu|puedes|podrias"
    r"|puoi|potresti|kun je|kan je|kan du|kunne du|mozesz|podes|pode|podias|muzes|mohl bys|mohla bys"
)
_PLAY = (
    r"play|spiel|spiele|joue|reproduce|riproduci|speel|zagraj|pusc|toca|coloca|spela|spil|spill|pust|prehraj|put on"
    r"|sett pa|satt pa|saet pa"
)
_COMMAND = (
    r"turn|switch|dim|lower|raise|open|close|shut|lock|unlock|mute|pause"
    r"|schalt|schalte|dimm|dimme|fahr|fahre|offne|schließ|schliess|dreh|drehe|senk|senke"
    r"|allume|eteins|baisse|monte|ouvre|ferme|mets|coupe|coupez|couper|regle|reglez|regler|allumer|eteindre|baisser"
    r"|enciende|apaga|baja|sube|abre|cierra|pon|recoge|extiende"
    r"|accendi|spegni|abbassa|alza|apri|chiudi|metti"
    r"|zet|doe|dim|sluit|draai"
    r"|wlacz|wylacz|zapal|zgas|opusc|podnies|otworz|zamknij|podkrec|przycisz|scisz"
    r"|liga|desliga|acende|baixa|sobe|fecha|poe|regula|aumenta|diminui"
    r"|tand|tend|slack|sank|hoj|oppna|stang|satt|set"
    r"|sluk|skru|luk|sla|senk|hev|apne|lukk|sett|tenn|slukk|kjor|kor"
    r"|zapni|vypni|rozsvit|zhasni|stahni|vytahni|otevri|zavri|nastav|ztlum"
    r"|start|stop|starte|stoppe|lance|arrete|arranca|avvia|ferma|uruchom|zatrzymaj|starta|stoppa|stopp|spust|zastav"
    r"|activate|deactivate|enable|disable|aktiviere|deaktiviere|active|activez|desactive|activa|desactiva|attiva|disattiva"
    r"|activeer|deactiveer|aktywuj|dezaktywuj|ativa|desativa|aktivera|avaktivera|aktiver|deaktiver|aktivuj|deaktivuj"
    r"|restart|reboot|neustarten|redemarre|reinicia|riavvia|herstart|zrestartuj|uruchom ponownie|reinicie|genstart"
    r"|restartuj"
    rf"|{_PLAY}"
)
# Device verbs in the infinitive, which follow "can you" at once or, in German and Dutch, at the end.
_INFINITIVE = (
    r"einschalten|ausschalten|anmachen|ausmachen|anschalten|abschalten|schließen|schliessen|offnen|runterfahren"
    r"|hochfahren|runterlassen|dimmen|abdrehen|aufdrehen|runterdrehen|abspielen"
    r"|aanzetten|uitzetten|aandoen|uitdoen|dichtdoen|opendoen|sluiten|openen|afspelen"
    r"|slacka|tanda|stanga|oppna|spela|sanka|slukke|taende|lukke|abne|daempe|tenne|dempe|spille"
    r"|fermer|ouvrir|lancer|encender|apagar|bajar|subir|abrir|cerrar|poner|accendere|spegnere|abbassare|alzare"
    r"|aprire|chiudere|wlaczyc|wylaczyc|zamknac|otworzyc|zgasic|zapalic|opuscic|przyciszyc|ligar|desligar|acender"
    r"|baixar|fechar|zapnout|vypnout|zhasnout|rozsvitit|zavrit|otevrit|stahnout|ztlumit|pustit"
)
# "Can you" and a device verb: "kannst du die Rollläden unten schließen", "tu peux couper le ballon".
_CAN_YOU_COMMAND = (
    rf"(?:{_CAN_YOU})(?: (?:{_COMMAND})|(?: [\w']+){{0,6}}? (?:{_INFINITIVE}))(?![a-z])"
)
# A scene named before its commands: "mode cinéma allume la télé", "modo cinema liga a netflix".
_SCENE = (
    r"(?:cinema|kino|peli|movie|film|cine|night|nacht|nuit|noche|notte|party|relax)"
    r" ?(?:mode|modus|rezim\w*|modo|tryb|lage|laege)|(?:mode|modus|rezim\w*|modo|tryb) \w+"
)
_COMMAND_FIRST = re.compile(
    rf"^\W*(?:(?:{_ATTENTION}|{_SCENE})\W+){{0,2}}(?:(?:{_COMMAND})(?![a-z])"
    r"(?! (?:together|up|down on|out)\b)(?!(?<=sla) op\b)"
    rf"|{_CAN_YOU_COMMAND})"
)
# The reason first, then "so" and the command: "electricity is dear tonight, so switch the boiler off".
_SO = (
    r"so|then|dann|also|alors|donc|asi que|entonces|quindi|allora|dus|wiec|to|entao|por isso|sa|saa|tak|takze"
    r"|proto|if so|if it does|wenn ja|falls ja|si oui|si c'est le cas|si es asi|si es el caso|se si|se e cosi"
    r"|als dat zo is|zo ja|jesli tak|se sim|se for o caso|i sa fall|i sa fald|hvis ja|hvis sa|pokud ano|jestli ano"
)
_COMMAND_AFTER_REASON = re.compile(
    rf"(?<![a-z])(?:(?:{_SO}),? (?:(?:please|bitte|s'il te plait|por favor|per favore|alsjeblieft|prosze|se faz favor"
    rf"|snalla|venligst|vaer sa snill|prosim) )?(?:{_COMMAND})(?![a-z])|{_CAN_YOU_COMMAND})"
)
_WEATHER = WordAlternation(
    WORD.format(
        r"weather|forecast|rain\w*|snow\w*|coat|jacket|umbrella|frost|frosty|windy|mild"
        # how it is out there: "what's it like outside right now", "hace fresco fuera"
        r"|what'?s it like outside|how is it outside|wie ist es draussen|comment (?:ca|il fait) dehors"
        r"|hace (?:fresco|frio|calor) (?:fuera|afuera)|fa (?:freddo|caldo|fresco) fuori|hoe is het buiten"
        r"|jak jest na (?:dworze|zewnatrz)|como esta (?:la )?fora|hur ar det ute|hvordan er det (?:ude|ute)|jak je venku"
        r"|wetter|regen\w*|schnee\w*|schneit|jacke|regenschirm|gewitter"
        r"|meteo|pluie|pleut|pleuvoir|neige\w*|manteau|parapluie|orage"
        r"|lluvia|llover|llueve|nieve|nevar|nieva|chaqueta|abrigo|paraguas|tormenta"
        r"|pioggia|piove\w*|neve|nevic\w*|cappotto|ombrello|temporale|che tempo|que tiempo|quel temps|que tempo"
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
    r"remind me|wake me(?: up)?|weck mich|reveille(?:-| )moi|despiertame|svegliami|maak me wakker|obudz mnie"
    r"|acorda-me|acorde-me|vack mig|vaek mig|vekk meg|vzbud me|erinner\w* mich|rappelle(?:-| )moi|recuerdame|ricordami|herinner me|przypomnij mi|lembra(?:-| )me"
    r"|lembre(?:-| )me|paminn mig|pamind mig|mind mig|minn meg|pamind meg|pripomen mi"
)
_SET_VERB = (
    r"set|create|make|add|start|stell\w*|erstell\w*|mach|mets|cree|crea|pon|imposta|metti|zet|maak|ustaw|utworz"
    r"|dodaj|cria|crie|define|poe|satt|skapa|starta|set|lav|start|sett|lag|nastav|vytvor|pridej|spust|comenzar"
    r"|empieza|empezar|inicia|iniciar|inizia|lance|lancer"
    # with the pronoun attached: "ponme un reminder", "mettimi una sveglia", "créame una alarma"
    r"|ponme|pongame|creame|mettimi|creami|impostami"
)
_TASK_THING = (
    r"reminder|timer|alarm|erinnerung|wecker|minuteur|rappel|alarme|temporizador|recordatorio|alarma|promemoria"
    r"|sveglia|herinnering|wekker|przypomnienie|minutnik|budzik|lembrete|despertador|paminnelse|vackarklocka"
    r"|pamindelse|vekkerklokke|paminnelse|pripominku|minutku|budik|cuenta atras|conto alla rovescia|compte a rebours"
)
# Reminding someone else of the house: "připomeň Elišce zítra…", "remind Tom to…", "erinnere Lena daran".
_REMIND_SOMEONE = (
    r"remind \w+ (?:to|that|about)|erinner\w* \w+ (?:daran|an)|rappelle a \w+|recuerdale a|ricorda a \w+"
    r"|herinner \w+ (?:eraan|aan)|przypomnij \w+|lembra (?:o|a) \w+|paminn \w+|pamind \w+|minn \w+ pa"
    r"|pripomen \w+"
)
# Sending a message to someone: "send en besked til Magnus", "schick Lena eine Nachricht".
_SEND_A_MESSAGE = (
    r"(?:send|text|schick\w*|sende|envoie|envoyer|manda|mandale|envia|invia|manda|stuur|wyslij|envia|skicka|sms:?a"
    r"|send|posli)(?:\W+[\w']+){0,2}?\W+(?:a )?(?:message|text|sms|nachricht|mensaje|messaggio|bericht\w*|appje"
    r"|wiadomosc|mensagem|meddelande|besked|melding|zpravu|sms)"
)
# "Remind me who won" asks to be told again, no reminder.
_TOLD_AGAIN = (
    r"who|what|when|where|how|which|wer|was|wann|wo|wie|qui|que|quand|ou|comment|quien|cuando|donde|como|chi"
    r"|cosa|quando|dove|come|wat|wanneer|waar|hoe|kto|co|kiedy|gdzie|jak|quem|onde|vem|vad|nar|var|hur|hvem|hvad"
    r"|hvornar|hvor|hvordan|hva|kdo|kdy|kde"
)
_HOME_TASK = re.compile(
    rf"^\W*(?:(?:{_ATTENTION})\W+){{0,2}}(?:(?:{_REMIND_ME})(?![a-z])(?! (?:{_TOLD_AGAIN})(?![a-z]))"
    rf"|(?:{_REMIND_SOMEONE}|{_SEND_A_MESSAGE}|text \w+(?: \w+)? (?:that|to say))(?![a-z])"
    rf"|(?:{_SET_VERB})(?:\W+[\w']+){{0,2}}?\W+(?:{_TASK_THING})(?![a-z]))"
)
# Putting something on the shopping list or in the calendar, anywhere in the turn: "ajoute de la litière à la liste
# de courses", "Sixten har tid hos veterinären på torsdag, lägg in det i kalendern".
_ADD = (
    r"add|put|lagg in|lagg till|lagg|skriv in|tilfoj|saet|legg inn|legg til|trag\w*|setz\w*|fug\w*|mets|ajoute|rajoute"
    r"|note|anota|apunta|pon|agrega|anade|aggiungi|metti|segna|zet|voeg|dodaj|wpisz|dopisz|zapisz|poe|adiciona"
    r"|acrescenta|coloca|pridej|zapis|dej"
    # written down: "schreib geschenkpapier auf die einkaufsliste", "apúntame alpiste en la lista", "skriv … på listen"
    r"|schreib|schreibe|skriv|apuntame|anotame|apuntalo|anotalo|segnami|scrivi|noteer|zet er|escreve|aponta"
)
_LIST_OR_CALENDAR = (
    r"\w*(?:list|lijst|liste|lista|listy|listu|listan|listen|listene)|kalender\w*|calendar|calendrier|agenda"
    r"|calendario|kalendarz\w*|kalendar\w*|seznam\w*"
)
_ONTO = r"to|on|onto|in|into|auf|zur|zum|a|al|alla|alle|nella|sulla|en|op|aan|bij|do|na|no|pa|till|til|i|ke|ao"
_THE_OR_MY = r"the|die|den|der|la|le|les|el|il|lo|de|het|o|my|mein\w*|ma|mi|mia|min|mine|mitt|moje|meu|minha|nasz\w*|vores|var"
_ON_A_LIST = re.compile(
    rf"(?<![a-z])(?:{_ADD})(?![a-z])(?:\W+[\w']+){{0,12}}?\W+(?:{_ONTO})\W+(?:(?:{_THE_OR_MY})\W+)?"
    # a kind of list before it: "on the shopping list", "na nákupní seznam"
    r"(?:(?:shopping|grocery|todo|to-do|nakupni|nakupniho)\W+)?"
    rf"(?:{_LIST_OR_CALENDAR})(?![a-z])"
)
# How much energy or water the household used: the home's own meters ("combien on a consommé aujourd'hui").
_USED = (
    r"(?:did|have|has) we (?:use|used|consume|consumed|spend|spent)|we(?:'ve)? (?:used|consumed)|our (?:usage|consumption)"
    # the house as the one that used it: "how much electricity has the house used since the first"
    r"|(?:did|has) the (?:house|home|flat|apartment) (?:use|used|consume|consumed)|the (?:house|home) (?:has )?used"
    r"|hat das haus \w+(?: \w+)? verbraucht|la maison a consomme|la casa ha (?:consumido|consumato|gastado)"
    r"|heeft het huis (?:verbruikt|gebruikt)|har huset (?:forbrukat|brugt|forbrugt|brukt|forbrukt)"
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
    r"|jsme(?: \w+)? (?:spotrebovali|spalili)|spotrebovali jsme|nase spotreba"
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
_HOME_THINGS = WordAlternation(
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
_SWITCH_VERB = WordAlternation(
    r"(?<![a-z])(?:turn|switch|schalt\w*|allume|eteins|enciende|apaga|accendi|spegni|wlacz|wylacz|liga|desliga"
    r"|acende|tand|slack|sluk|tend|tenn|slukk|zapni|vypni|rozsvit|zhasni)(?![a-z])"
)
# "Plus tard", "más tarde", "più tardi": later, no degree.
_LATER = WordAlternation(r"(?<![a-z])(?:plus|mas|mais|piu) tard[ei]?(?![a-z])")
# Where "en" is an article or "and" ("gör en packlista", "en de afzuigkap"), not "in".
_EN_IS_NO_PREPOSITION_IN = frozenset({"sv", "da", "nb", "nl"})
# Where "at" marks an infinitive ("det begynder at regne"), not "at <place>".
_AT_IS_NO_PREPOSITION_IN = frozenset({"da"})
# "s'il te plaît": the Dutch locative "te" would read "plait" as a town
_FRENCH_PLEASE = re.compile(r"s'il (?:te|vous) plait")


# Prepositions before a place that are also everyday words ("i" is "I" in English, "a" an article): they
# name a place only before a capitalised name ("a w Krakowie?", "e em Lisboa?", "och i Göteborg?", "a v Brně?").
_CAPITAL_PLACE_PREPOSITIONS = frozenset(
    {"w", "we", "em", "no", "na", "i", "v", "ve", "a", "à", "ao"}
)
_RAW_WORD = re.compile(r"[^\W\d_]+")
_AUTHORED = WordAlternation(r"(?<![a-z])(?:" + "|".join(AUTHORING) + ")")
# Asking to write or turn something into a text, or asking why: not a command, not the forecast.
_WRITING = WordAlternation(
    WORD.format(
        MAKE
        + r"|into|poem|haiku|story|email|letter|essay|song|gedicht|geschichte|poeme|histoire|poema|cuento"
        r"|poesia|storia|verhaal|wiersz|opowiadanie|historia|dikt|digt|historie|basen|basnicka|pribeh"
        r"|why|warum|pourquoi|por que|perche|waarom|dlaczego|porque|varfor|hvorfor|proc"
    )
)


def device_command(text: str) -> bool:
    """Whether `text` is a command to a device, first or after its reason ("…, so switch …"), and asks to write nothing."""
    return opens_with_a_command(text) or command_after_reason(text)


_PLAY_FIRST = re.compile(
    rf"^\W*(?:(?:{_ATTENTION}|{_CAN_YOU})\W+){{0,2}}(?:{_PLAY})(?![a-z])"
)


def commands_a_home_device(text: str) -> bool:
    """Whether `text` opens with a command to a device every home has: "põe o aquecimento a 21 graus até às onze"."""
    return opens_with_a_command(text) and _HOME_DEVICE.search(fold(text)) is not None


def plays_media(text: str) -> bool:
    """Whether `text` opens by asking to play something ("now play the latest news on it"): the home's players."""
    return _PLAY_FIRST.match(fold(text)) is not None and opens_with_a_command(text)


def opens_with_a_command(text: str) -> bool:
    """Whether `text` opens with a device command ("now play the news on it", "modo cinema liga a netflix")."""
    folded = fold(text)
    return _COMMAND_FIRST.match(folded) is not None and _WRITING.search(folded) is None


def names_a_place(text: str, language: str | None = None) -> bool:
    """Whether `text` names a place away from home: "in <name>", or a capitalised name after "w", "em", "i" or "v"."""
    tokens = words(_FRENCH_PLEASE.sub(" ", fold(text)))
    if language in _EN_IS_NO_PREPOSITION_IN:
        tokens = tuple(word for word in tokens if word != "en")
    if language in _AT_IS_NO_PREPOSITION_IN:
        tokens = tuple(word for word in tokens if word != "at")
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
    """Whether `text` asks for a reminder, a timer, an alarm, a message, a list or the calendar, and no automation.

    The list or the calendar anywhere in the turn: "…, lägg in det i kalendern".
    """
    folded = fold(text)
    return (
        _HOME_TASK.match(folded) is not None or _ON_A_LIST.search(folded) is not None
    ) and _AUTHORED.search(folded) is None


# Things of a home that switch off or shut, asked when: the lights, the heating.
HOME_SWITCHING = (
    r"lights?|lamps?|heating|heater|licht\w*|lampe\w*|heizung|lumieres?|chauffage|luz|luces|luce|luci|lamp\w*"
    r"|lys\w*|svetl\w*|topeni|aquecimento|calefaccion|riscaldamento|verwarming|ogrzewani\w*|uppvarmning\w*"
    r"|varmen|thermostat\w*|termostat\w*|heat pump|warmepumpe|pompe a chaleur|warmtepomp|varmepump\w*"
)
# Things of a home that open and close: never a shop.
HOME_OPENINGS = (
    r"doors?|windows?|gate|garage|blinds?|shutters?|curtains?|valve|lid|cover|fridge|freezer|oven|tap|vent"
    r"|skylight|awning|sunshade|shade|hatch|lock|tur|turen|fenster|tor|garagentor|rollladen|rollo|jalousie|markise|ventil"
    r"|kuhlschrank|ofen|porte|fenetre|portail|volets?|rideaux?|vanne|frigo|four|puerta|ventana|porton|garaje"
    r"|persianas?|toldo|cortinas?|valvula|nevera|horno|grifo|porta|porte|finestr[ae]|cancell[oi]|tapparell\w*|tenda"
    r"|valvola|frigorifero|forno|rubinetto|basculante|deur\w*|raam|ramen|poort\w*|rolluik|zonnescherm|gordijn\w*|klep"
    r"|koelkast|kraan|luik|drzwi|okn\w*|okien|bram[aeyk]\w*|bramie|garaz\w*|rolet\w*|zaslon\w*|zawor\w*|lodowk\w*|piekarnik"
    r"|janelas?|portao|portas|garagem|estores?|frigorifico|torneira|dorr\w*|fonster\w*|grind\w*|port|porten"
    r"|persienn\w*|markis\w*|gardin\w*|kylskap\w*|ugn\w*|dor|doren|dora|vindu\w*|garasj\w*|dver\w*|vrat\w*|oken"
    r"|zaluzi\w*|markyz\w*|zaves\w*|lednic\w*|troub\w*"
)
# A pet feeder and what it gives: "gi katten en porsjon fra fôrautomaten", "dai una porzione di crocchette al gatto".
_FEEDER = (
    r"feeders?|futterautomat\w*|foderautomat\w*|forautomat\w*|voerautomaat\w*|distributeur\w*|distributore\w*"
    r"|comedero\w*|comedouro\w*|karmnik\w*|krmitk\w*|krmitko"
)
_PET_FOOD = (
    _FEEDER
    + r"|croquettes|crocchette|pienso|racao|kibble|dry food|trockenfutter|karm[aey]|granul[ei]|brokjes|torrfoder"
    r"|torrfor|granule"
)
_PORTION = r"portions?|rations?|porzion[ei]|portie\w*|porcj[aei]|porca?o|porsjon\w*|porce|porci|racion\w*"
_FEED = (
    r"feed|futtere|futtern|nourris|nourrir|alimenta|dale de comer|da de comer|dai da mangiare|voer|nakarm\w*"
    r"|nakrm\w*|mata|fodra|fodre|gi mat"
)
_PET_FEEDING = Shapes(
    [
        ("the pet feeder", Shape((_PORTION, _PET_FOOD))),
        ("the pet feeder", Shape((_FEED, _FEEDER))),
    ]
)
_HOME_DEVICE = WordAlternation(
    WORD.format(HOME_SWITCHING + "|" + HOME_OPENINGS + "|" + _FEEDER)
)
# How many or which of them are open, closed, locked or on: "kolik dveří je otevřených", "quantos estores estão
# abertos", "was für eines der Schlösser ist verschlossen".
_HOW_MANY_OR_WHICH = (
    r"how many|which|are any|is any|wie viele|welche\w*|was fur|combien|quel\w*|cuant[oa]s|cual\w*|quant[ie]|qual\w*"
    r"|hoeveel|welke|ile|ktor\w*|quant[oa]s|quais|hur manga|vilk\w*|hvor mange|hvilk\w*|kolik|ktere|kter\w*"
)
_STATE = (
    r"open\w*|closed|shut|locked|unlocked|on|off|offen|geoffnet|zu|geschlossen|verschlossen|abgeschlossen|an|aus"
    r"|ouvert\w*|ferme\w*|verrouill\w*|allume\w*|eteint\w*|abiert\w*|cerrad\w*|encendid\w*|apagad\w*|apert\w*"
    r"|chius\w*|acces\w*|spent\w*|dicht|gesloten|op slot|aan|uit|otwart\w*|zamkniet\w*|wlaczon\w*|wylaczon\w*"
    r"|abert\w*|fechad\w*|trancad\w*|ligad\w*|desligad\w*|oppna|oppen|oppet|stangd\w*|last\w*|tand\w*|slackt\w*"
    r"|aben\w*|abne|lukket|taendt|slukket|apen\w*|apne|tent|otevren\w*|zavren\w*|zamcen\w*|zapnut\w*|vypnut\w*"
)
# The robot vacuum or the car at its charger: "hat der Saugroboter heute schon gesaugt", "o carro está a carregar".
_ROBOT_OR_CHARGER = (
    r"saug ?roboter\w*|robot\w*|roomba|vacuum\w*|staubsauger\w*|aspirateur\w*|aspirador\w*|aspirapolvere"
    r"|stofzuiger\w*|odkurzacz\w*|dammsugar\w*|stovsuger\w*|vysavac\w*|wallbox|charger|ladestation|lader\w*"
    r"|laddbox\w*|laddbox|ladeboks\w*|nabijec\w*|borne"
)
_DONE_OR_CHARGING = (
    r"already|still|charging|schon|noch|ladt|deja|encore|en charge|ya|todavia|cargando|gia|ancora|in carica|al|nog"
    r"|laadt|aan het laden|juz|jeszcze|laduje|ja|ainda|a carregar|carregando|redan|fortfarande|laddar|allerede"
    r"|stadig|lader|uz|jeste|nabiji"
)
_HOME_STATE = Shapes(
    [
        (
            "the state of the home's devices",
            Shape((_ROBOT_OR_CHARGER, _DONE_OR_CHARGING)),
        ),
        (
            "the state of the home's devices",
            Shape(
                (
                    _HOW_MANY_OR_WHICH,
                    HOME_OPENINGS + "|" + HOME_SWITCHING + r"|\w*schloss\w*|\w*slot\w*",
                    _STATE,
                )
            ),
        ),
    ]
)
# What day or time it is: "on est quel jour aujourd'hui", "jaki dziś jest dzień", "hva er klokka".
_CLOCK = (
    r"what day is it|what(?:'s| is) the date|what date is it|what time is it|what(?:'s| is) the time"
    r"|welcher tag ist (?:heute|es)|welches datum|den wievielten|wie spat ist es|wie ?viel uhr ist es"
    r"|quel jour (?:on est|sommes-nous|est-on|nous sommes)|on est quel jour|on est le combien|le combien (?:on est"
    r"|sommes-nous)|quelle date sommes-nous|quelle heure est-il|il est quelle heure"
    r"|que dia es hoy|a que dia estamos|que fecha es hoy|a cuanto estamos|que hora es"
    r"|che giorno e oggi|che giorno abbiamo|quanti ne abbiamo|che data e oggi|che ore sono|che ora e"
    r"|welke dag is het|welke datum is het|de hoeveelste is het|hoe laat is het"
    r"|jaki (?:(?:dzis|dzisiaj|jest) ){1,2}dzien|ktorego (?:dzis|dzisiaj|jest|mamy)|ktora (?:jest )?godzina"
    r"|que dia e hoje|em que dia estamos|que horas sao"
    r"|vilken dag ar det|vilket datum ar det|vad ar klockan|hur mycket ar klockan"
    r"|hvilken dag er det|hvilken dato er det|hvad er klokken|hvor mange er klokken"
    r"|hva er klokka|hva er klokken|hvor mye er klokka"
    r"|co je dnes za den|jaky je dnes den|kolikateho je|jake je dnes datum|kolik je hodin"
)
# How warm it is, without a place: the home's own thermometers ("hur varmt är det ute just nu").
THERMOMETER = (
    r"how (?:warm|cold|hot) is it|what(?:'s| is) the temperature (?:outside|inside|indoors|out there|in here)"
    r"|how many degrees is it"
    r"|wie (?:warm|kalt|heiß|heiss) ist es|wie ?viel grad (?:hat es|haben wir|sind es|ist es)"
    r"|quelle temperature fait-il|il fait combien|combien (?:de degres )?(?:fait-il|il fait)"
    r"|quelle est la temperature (?:dehors|exterieure|dedans|interieure)"
    r"|cuantos grados hace|que temperatura hace|a cuantos grados esta"
    r"|quanti gradi (?:ci sono|fa)|che temperatura (?:c'e|fa)"
    r"|hoe (?:warm|koud) is het|hoeveel graden is het|wat is de temperatuur (?:buiten|binnen)"
    r"|ile (?:jest )?stopni|jaka jest temperatura (?:na zewnatrz|w domu)|jak (?:cieplo|zimno) jest"
    r"|quantos graus (?:estao|esta|faz|tem|sao)|que temperatura (?:esta|faz)"
    r"|hur (?:varmt|kallt) ar det|hur manga grader ar det"
    r"|hvor (?:varmt|koldt|kaldt) er det|hvor mange grader er det"
    r"|kolik (?:je )?(?:venku )?stupnu(?: je)?|jaka je (?:venku )?teplota|jak je (?:venku )?(?:teplo|zima)"
)
# Whose turn it is by the household's rota: "wer ist diese Woche mit Müll rausbringen dran".
_ROTA = (
    r"whose turn (?:is it )?to|who(?:'s| is) on \w+ duty|dran|an der reihe|a qui le tour|c'est a qui de|de quien es el turno|a quien le"
    r" toca|a chi tocca|tocca a|volgens het (?:schema|rooster)|wie is er aan de beurt|wedlug (?:grafiku|harmonogramu)"
    r"|czyja kolej|de quem e a vez|vems tur|hvis tur|hvem sin tur|hvem har tur|kdo ma sluzbu|podle rozpisu"
)
_ASKS_THE_ROTA = WordAlternation(WORD.format(_ROTA))
# When the sun rises or sets at home: Home Assistant's own sun ("a qué hora sale el sol mañana").
_SUN = (
    r"sunrise|sunset|sun (?:rise|set|come up|go down)|sonnenaufgang|sonnenuntergang|sonne (?:auf|unter)"
    r"|lever du soleil|coucher du soleil|soleil se (?:leve|couche)|sale el sol|se pone el sol|amanecer|atardecer"
    r"|sorge il sole|tramonta il sole|alba|tramonto|zonsopgang|zonsondergang|wschod slonca|zachod slonca"
    r"|nasce o sol|se poe o sol|por do sol|soluppgang\w*|solnedgang\w*|solopgang\w*|soloppgang\w*"
    r"|vychod slunce|zapad slunce|vychazi slunce|zapada slunce"
)
_CLOCK_OR_THERMOMETER = (
    ("the home's clock", WordAlternation(WORD.format(_CLOCK))),
    ("the home's sun", WordAlternation(WORD.format(_SUN))),
    ("the home's thermometer", WordAlternation(WORD.format(THERMOMETER))),
)
# Longer, the day or the temperature is part of a task ("what time is it in Tokyo when it is noon here").
MAX_CLOCK_WORDS = 10


def asks_home_meter(text: str) -> str | None:
    """What of the home's meters, clocks or devices `text` asks about: energy used, the time, how many doors are open.

    The day, the time and how warm it is only at no place named: "how cold is it in Oslo" is search. Only a short question: "explain step by step what we would save if we use 350 kWh a month" is a calculation.
    """
    folded = fold(text)
    if len(words(folded)) > MAX_WEATHER_WORDS or _AUTHORED.search(folded) is not None:
        return None
    return (
        _HOME_USAGE.first(folded)
        or _ALARM_RINGS.first(folded)
        or _clock_or_thermometer(text, folded)
        or _HOME_STATE.first(folded)
        or _PET_FEEDING.first(folded)
    )


def _clock_or_thermometer(text: str, folded: str) -> str | None:
    """The household's rota, or the home's clock or thermometer asked at no place away from home, in a short question."""
    if len(words(folded)) > MAX_CLOCK_WORDS:
        return None
    if _ASKS_THE_ROTA.search(folded) is not None:
        return "the household's rota"
    if names_a_place(text):
        return None
    return next(
        (label for label, asked in _CLOCK_OR_THERMOMETER if asked.search(folded)),
        None,
    )


# A sensor of the home, or a scene for watching: "was sagt der Strompreis-Sensor", "mode cinéma allume la télé".
_SENSOR_OR_SCENE = WordAlternation(
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
    """Whether a device command follows its reason, or a garden device is to run if the weather allows.

    "Electricity is dear tonight, so switch the boiler off"; "falls es heute Nacht nicht regnet, soll der
    Rasensprenger um fünf laufen".
    """
    folded = fold(text)
    return (
        _COMMAND_AFTER_REASON.search(folded) is not None
        and _WRITING.search(folded) is None
    ) or runs_if_the_weather_allows(text)


def runs_if_the_weather_allows(text: str) -> bool:
    """Whether a garden or home device is to run if the weather allows ("om det inte regnar, kör bevattningen")."""
    folded = fold(text)
    return _IF_THE_WEATHER.first(folded) is not None and _WRITING.search(folded) is None


_IF = r"if|unless|falls|wenn|si|se|als|jesli|jezeli|hvis|om|pokud|kdyby|jestli"
_GARDEN_OR_HOME_DEVICE = (
    r"sprinklers?|rasensprenger\w*|sprenger\w*|bewasserung\w*|sproeier\w*|beregening\w*|arroseur\w*|arrosage"
    r"|aspersor\w*|riego|irrigazione|irrigatore|irrigacao|rega|zraszacz\w*|podlewani\w*|bevattning\w*"
    r"|vanding\w*|vanning\w*|vanningsanlegg\w*|zavlazovani|postrikovac\w*|awning|markise|toldo|tenda da sole"
    r"|zonnescherm|markiza|markis\w*|heat pump|warmepumpe|pompe a chaleur|bomba de calor|pompa di calore"
    r"|warmtepomp|pompa ciepla|varmepump\w*|tepelne cerpadlo"
)
_IF_THE_WEATHER = Shapes(
    [
        (
            "a device to run if the weather allows",
            Shape((_IF, _WEATHER.pattern, _GARDEN_OR_HOME_DEVICE)),
        )
    ]
)


# Outside the home, where its own weather station or thermometer reads: "hace fresco fuera ahora mismo".
_OUTSIDE = WordAlternation(
    r"(?<![a-z])(?:outside|outdoors|draussen|drauss|dehors|fuera|afuera|fuori|buiten|na dworze|na zewnatrz|la fora"
    r"|ute|udenfor|ude|utenfor|venku|na dvore)(?![a-z])"
)


def says_outside(text: str) -> bool:
    """Whether `text` says outside, where the home's own weather station reads ("what's it like outside")."""
    return _OUTSIDE.search(fold(text)) is not None


def asks_home_weather(text: str) -> bool:
    """Whether `text` is a short weather question about no place away from home, asking to write nothing."""
    folded = fold(text)
    return (
        len(words(folded)) <= MAX_WEATHER_WORDS
        and _WEATHER.search(folded) is not None
        and _WRITING.search(folded) is None
        and not names_a_place(text)
    )
