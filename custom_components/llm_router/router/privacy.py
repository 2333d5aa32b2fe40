"""Privacy guard: detectors for data that must never leave the house, in the twelve most used Assist languages.

This module has the first six (en, de, es, fr, nl, it); `privacy_lexicon` adds pl, pt, sv, da, nb and cs and the
classes all of them share (reminders, appointments, documents); `identifiers` validates numbers by check digit.

All patterns run on folded text (lower case, no accents, same length as the input), so the
spans they report are valid in the original text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
import re

from stdnum import luhn

from . import privacy_lexicon as lexicon
from .alternation import (
    Pattern,
    WordAlternation,
    first_literal,
    literal_prefix,
    structure,
    top_level_branches,
)
from .identifiers import IdentifierMatch, find_identifiers, find_spoken_identifiers
from .spoken_numbers import DIGIT_WORD, NUMBER_WORDS
from .text import fold, words
from .types import PrivacyFinding
from .word_triggers import WordStartGate

# a medicine split by speech-to-text: its first piece has two letters or more, five letters pick the medicine
_MIN_PIECE = 2
_MEDICINE_START = 5
_MAX_MEDICINE_PIECES = 3


def _words(*alternatives: str) -> str:
    """Join alternatives into one word-bounded group, with runs of plain alternatives grouped (see `_grouped`)."""
    joined: list[str] = []
    run: list[str] = []
    for alternative in alternatives:
        if first_literal(alternative) is None:
            joined += [*_grouped(run), alternative]
            run = []
        else:
            run.append(alternative)
    joined += _grouped(run)
    return r"(?<![\w@])(?:" + "|".join(joined) + r")(?![\w@])"


def _grouped(run: list[str]) -> list[str]:
    """Group alternatives that start with a plain letter or digit by that character, keeping their order in a group.

    The engine then tries one group per word instead of every alternative. Alternatives with different first
    characters never match at the same place, so the matches are the same as with the alternatives in a row.
    """
    groups: dict[str | None, list[str]] = {}
    for alternative in run:
        groups.setdefault(first_literal(alternative), []).append(alternative)
    return ["(?:" + "|".join(group) + ")" for group in groups.values()]


def _compile(*alternatives: str) -> WordAlternation:
    """Compile word-bounded alternatives."""
    return WordAlternation(_words(*alternatives))


_POSSESSIVE = lexicon.POSSESSIVE
_CODE_WORDS = (
    r"(?:code|codes|pin|pincode|passcode|codigo|codice|combination|kombination|kombi|combinatie|combinaison|combinazione|zahlencode"
    + lexicon.LOCK_CODE_WORDS
    + ")"
)
_LOCK_WORDS = (
    r"(?:lock|locks|door|doors|alarm|keypad|gate|garage|safe|tresor|serrure|porte|portail|alarme|puerta|portal|cerradura|alarma"
    r"|porta|portone|serratura|allarme|cancello|deur|slot|alarmsysteem|tur|haustur|schloss|alarmanlage|tor|garagentor|lucchetto|candado"
    + lexicon.LOCK_WORDS
    + ")"
)
_DIAL_TURN = (
    r"(?:to the |nach |naar |a la |a |na |till |til |w |do )?(?:left|right|links|rechts|gauche|droite|izquierda|derecha"
    r"|sinistra|destra|lewo|prawo|esquerda|direita|vanster|hoger|venstre|hojre|hoyre|doleva|doprava)"
)
_PROGRAMMING_CONTEXT = _compile(
    "write",
    "python",
    "yaml",
    "javascript",
    "script",
    "esphome",
    "function",
    "template",
    "snippet",
    "html",
    "program",
    "debug",
    "regex",
    "schreib\\w*",
    "escrib\\w*",
    "ecris",
    "scrivi\\w*",
    "schrijf",
    "napisz\\w*",
    "napis\\w*",
    "escrev\\w*",
    "skriv\\w*",
    "skrypt\\w*",
    "skript\\w*",
)


_CODE = _compile(
    "python\\w*",  # "v pythonu", "w pythonie"
    "skript\\w*",
    "skrypt\\w*",
    "bash",
    "yaml",
    "javascript",
    "regex",
    "html",
    "esphome",
    "templates?",
    "functions?",
    "funktion\\w*",
    "fonction\\w*",
    # a function, not "funcionar" or "funziona" (to work)
    "funcion(?:es)?",
    "funzion[ei]",
    "functie\\w*",
    "funkcj\\w*",
    "funcao",
    "funkce",
    "bugs?",
    "stack ?trace",
    "traceback",
)


# A code word, and a lock or the alarm, each alone (not a zip code): for a code asked for after a turn about a lock.
_A_CODE = re.compile(
    r"(?<![a-z])(?<!zip )(?<!post )(?<!postal )(?<!area )(?<!country )"
    + _CODE_WORDS
    + r"(?![a-z])"
)
_A_LOCK = re.compile(r"(?<![a-z])" + _LOCK_WORDS + r"(?![a-z])")


def asks_the_code_of_a_lock_named_before(folded: str, earlier: str) -> bool:
    """A code asked for after a turn about a lock or the alarm: "lock the back door" - "whats the code for it again"."""
    return (
        _A_CODE.search(folded) is not None
        and _PROGRAMMING_CONTEXT.search(folded) is None
        and _A_LOCK.search(earlier) is not None
    )


_WHO_OPENED = re.compile(r"(?<![a-z])" + lexicon.WHO_OPENED + r"(?![a-z])")


def asks_who_opened_a_lock_named_before(folded: str, earlier: str) -> bool:
    """Who opened it, after a turn about a door or a lock: "ist die haustür abgeschlossen" - "wer hat sie aufgeschlossen"."""
    return (
        _WHO_OPENED.search(folded) is not None and _A_LOCK.search(earlier) is not None
    )


def about_code(folded: str) -> bool:
    """Whether the text shows code or is about a program, a function or a template (not merely "write")."""
    return "{{" in folded or _CODE.search(folded) is not None


_DIGIT = re.compile(r"\d")
_VALUE_REACH = 16
_SAID_DIGITS = re.compile(
    rf"(?<![a-z])(?:{DIGIT_WORD})(?: (?:{DIGIT_WORD})){{2,}}(?![a-z])"
)
_SAID_DIGIT = rf"(?:\d|{DIGIT_WORD})"


_DIGITS = tuple("0123456789")
_PLAIN_WORD = re.compile("[a-zß0-9]+")


def literal_prefixes(alternative: str) -> tuple[str, ...]:
    """Return literal texts one of which starts every match of a regex alternative (() when there are none).

    A leading non-capturing group that must match counts by its branches: "(?:arm|leg) pain" gives "arm" and "leg";
    so do the branches of an alternative with bars outside any group: "no pego ojo|no puedo dormir".
    """
    if len(top := top_level_branches(alternative)) > 1:
        found = [literal_prefixes(branch) for branch in top]
        return tuple(chain.from_iterable(found)) if all(found) else ()
    if not alternative.startswith("(?:"):
        literal = literal_prefix(alternative)
        return (literal,) if literal else ()
    end = next(
        index
        for index, char, depth in structure(alternative)
        if char == ")" and depth == 1
    )
    if alternative[end + 1 : end + 2] in ("?", "*", "{"):
        return ()
    branches = [
        literal_prefixes(branch) for branch in top_level_branches(alternative[3:end])
    ]
    return tuple(chain.from_iterable(branches)) if all(branches) else ()


def _word_trigger(literal: str) -> str:
    """The longest whole word in a literal prefix: every match has a word that starts with it (else the literal)."""
    candidates = [
        word for word in re.split("[ -]", literal) if _PLAIN_WORD.fullmatch(word)
    ]
    return max(candidates, key=len) if candidates else literal


def triggers_of(*alternatives: str) -> tuple[str, ...]:
    """Word triggers of all alternatives, or () when one of them has none (then the detector cannot be gated)."""
    prefixes = [literal_prefixes(alternative) for alternative in alternatives]
    if not all(prefixes):
        return ()
    return tuple(
        dict.fromkeys(
            _word_trigger(literal) for literal in chain.from_iterable(prefixes)
        )
    )


@dataclass(frozen=True)
class Detector:
    """One kind of private data: a pattern, an optional validator of the match and near-miss exclusions.

    `triggers` are cheap substring checks: when none occurs in the text, the (slower) pattern is skipped.
    """

    kind: str
    label: str
    pattern: Pattern
    triggers: tuple[str, ...] = ()
    validator: Callable[[str, re.Match[str]], bool] | None = None
    near_miss: Pattern | None = None
    anywhere_in_word: bool = False
    prefix_triggers: frozenset[str] = field(init=False)
    substring_triggers: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        """Split the triggers into word prefixes (checked with one set operation) and other substrings."""
        prefixes = (
            frozenset()
            if self.anywhere_in_word
            else frozenset(trigger for trigger in self.triggers if trigger.isalnum())
        )
        object.__setattr__(self, "prefix_triggers", prefixes)
        object.__setattr__(
            self,
            "substring_triggers",
            tuple(trigger for trigger in self.triggers if trigger not in prefixes),
        )

    def triggered(self, folded: str, prefixes: frozenset[str]) -> bool:
        """Return whether a trigger occurs: a word starting with a prefix trigger, or another trigger as a substring."""
        if not self.triggers:
            return True
        return not self.prefix_triggers.isdisjoint(prefixes) or any(
            map(folded.__contains__, self.substring_triggers)
        )

    def find(self, folded: str, prefixes: frozenset[str]) -> PrivacyFinding | None:
        """Return the first valid match in `folded`, unless the text is a known near miss.

        `prefixes` are the prefix triggers that start a word of `folded` (see `word_prefixes`).
        """
        if not self.triggered(folded, prefixes):
            return None
        match = next(
            (
                match
                for match in self.pattern.finditer(folded)
                if self.validator is None or self.validator(folded, match)
            ),
            None,
        )
        # the near miss is looked for last: most texts have no match to excuse
        if match is None or (
            self.near_miss is not None and self.near_miss.search(folded)
        ):
            return None
        return PrivacyFinding(self.kind, match.start(), match.end(), self.label)


def word_detector(
    kind: str,
    label: str,
    *alternatives: str,
    near_miss: Pattern | None = None,
    triggers: tuple[str, ...] = (),
    validator: Callable[[str, re.Match[str]], bool] | None = None,
) -> Detector:
    """Build a detector from word-bounded alternatives, gated by their literal prefixes unless `triggers` are given."""
    return Detector(
        kind,
        label,
        _compile(*alternatives),
        triggers or triggers_of(*alternatives),
        validator,
        near_miss,
    )


@dataclass(frozen=True)
class IndexedDetector:
    """A detector of many word-bounded alternatives that runs only the alternatives one of whose triggers occurs.

    `parts` maps each trigger (a word prefix, or a substring when it is not a plain word) to the patterns it
    gates; the leftmost match counts. One large alternation would try every alternative at every word.
    """

    kind: str
    label: str
    parts: Mapping[str, tuple[Pattern, ...]]
    near_miss: Pattern | None = None
    prefix_triggers: frozenset[str] = field(init=False)
    substring_triggers: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        """Split the triggers into word prefixes and other substrings."""
        object.__setattr__(
            self, "prefix_triggers", frozenset(filter(str.isalnum, self.parts))
        )
        object.__setattr__(
            self,
            "substring_triggers",
            tuple(trigger for trigger in self.parts if not trigger.isalnum()),
        )

    def find(self, folded: str, prefixes: frozenset[str]) -> PrivacyFinding | None:
        """Return the leftmost match of the patterns whose triggers occur in `folded`, unless it is a near miss."""
        fired = [
            *(self.prefix_triggers & prefixes),
            *filter(folded.__contains__, self.substring_triggers),
        ]
        patterns = dict.fromkeys(
            chain.from_iterable(map(self.parts.__getitem__, fired))
        )
        matches = filter(None, (pattern.search(folded) for pattern in patterns))
        match = min(matches, key=_leftmost_longest, default=None)
        if match is None or (
            self.near_miss is not None and self.near_miss.search(folded)
        ):
            return None
        return PrivacyFinding(self.kind, match.start(), match.end(), self.label)


def _leftmost_longest(match: re.Match[str]) -> tuple[int, int]:
    """Order matches so the leftmost, then the longest, comes first (the same finding whatever order they came in)."""
    return match.start(), -match.end()


def indexed_detector(
    kind: str,
    label: str,
    gated: Iterable[tuple[Iterable[str], str]],
    near_miss: Pattern | None = None,
) -> IndexedDetector:
    """Build an indexed detector from (triggers, alternative) pairs; every match must contain one of its triggers.

    An alternative with several triggers is compiled once; those with one trigger share a pattern with the
    alternatives of triggers that start with the same two letters, so the module compiles a few hundred small
    patterns rather than one per trigger.
    """
    buckets: dict[tuple[str, ...], tuple[list[str], dict[str, None]]] = {}
    for triggers, alternative in gated:
        unique = tuple(dict.fromkeys(triggers))
        key = unique if len(unique) > 1 else (unique[0][:2],)
        alternatives, bucket_triggers = buckets.setdefault(key, ([], {}))
        alternatives.append(alternative)
        bucket_triggers.update(dict.fromkeys(unique))
    parts: dict[str, tuple[Pattern, ...]] = {}
    for alternatives, triggers in buckets.values():
        pattern = _compile(*alternatives)
        for trigger in triggers:
            parts[trigger] = (*parts.get(trigger, ()), pattern)
    return IndexedDetector(kind, label, parts, near_miss)


def gated_by_prefix(*alternatives: str) -> Iterator[tuple[tuple[str, ...], str]]:
    """Pair each alternative with its word triggers; an alternative without a literal start cannot be gated."""
    for alternative in alternatives:
        prefixes = literal_prefixes(alternative)
        if not prefixes:
            raise ValueError(f"no literal start: {alternative}")
        yield tuple(map(_word_trigger, prefixes)), alternative


def _lock_code_is_secret(folded: str, match: re.Match[str]) -> bool:
    """Accept a lock-code mention unless it is really about writing software ("write code that prints one two …").

    Digits right after it are its value: "napiš chůvě že kód od alarmu je 1 2 0 8".
    """
    return (
        True
        if _DIGIT.search(folded, match.start(), match.end() + _VALUE_REACH)
        or _SAID_DIGITS.search(folded, match.end(), match.end() + _VALUE_REACH * 2)
        else _PROGRAMMING_CONTEXT.search(
            folded, max(0, match.start() - 40), match.end()
        )
        is None
    )


def _phone_digits_ok(folded: str, match: re.Match[str]) -> bool:
    """Accept 8 to 15 digits that are neither a payment card, a date nor a parcel's tracking number."""
    text = match.group()
    digits = sum(char.isdigit() for char in text)
    return (
        8 <= digits <= 15
        and not luhn.is_valid("".join(filter(str.isdigit, text)))
        and _DATE.fullmatch(text.strip()) is None
        and _YEAR_FIRST.match(text) is None
        and not after_a_parcel(folded, match.start())
        and _BUSINESS.search(
            folded, max(0, match.start() - _BUSINESS_REACH), match.start()
        )
        is None
    )


# A shop's or a tradesman's number is public: "die Nummer vom Pizzaservice ist 030 4455 6677".
_BUSINESS = WordAlternation(
    r"(?<![a-z])(?:firma|company|firm|entreprise|empresa|azienda|bedrijf|spolecnost|foretag\w*|virksomhed|selskap|pizz\w*|restaurant\w*|ristorante|restaurante|shop|store|laden|geschaft|magasin|boutique|tienda|negozio"
    r"|winkel|sklep\w*|loja|butik\w*|obchod\w*|ferreteria|ferramenta|hardware|baumarkt|quincaillerie|bouwmarkt"
    r"|boulangerie|backerei|bakery|panaderia|panetteria|bakkerij|piekarni\w*|padaria|bageri\w*|pekarn\w*|plumber"
    r"|klempner|plombier|fontanero|idraulico|loodgieter|hydraulik\w*|canalizador|rorlegger\w*|rormokare\w*|vvs"
    r"|instalater\w*|taxi|oficina|werkstatt|fietsenmaker|mechanic|ica|coop|lidl|aldi|rema|netto|biedronka|tesco)(?![a-z])"
)
_BUSINESS_REACH = 40


# A year and a figure ("spotřeba plynu 2021 1450 m3 2022 1100"): a table of readings, not a phone number.
_YEAR_FIRST = re.compile(r"(?:19|20)\d\d[ ./-]")


# A parcel, an order or a shipment, and the carriers: the number after it tracks a package.
_PARCEL = WordAlternation(
    r"(?<![a-z])(?:packages?|parcels?|tracking|shipment|order|paket\w*|sendung\w*|bestellung\w*|colis|commande|suivi"
    r"|paquete|pedido|envio|seguimiento|pacco|spedizione|ordine|pakket\w*|pakje|bestelling|zending|paczk\w*"
    r"|przesylk\w*|zamowieni\w*|encomenda|pacote|forsendelse|sporing\w*|pakke\w*|ordre|ordrenummer|balik\w*"
    r"|zasilk\w*|objednavk\w*|sledovaci|amazon|dhl|ups|gls|dpd|fedex|postnl|inpost|postnord|ctt|brt|zasilkovn\w*"
    r"|colissimo|bring|posten|hermes)(?![a-z])"
)


# Where someone was born, died or is buried: history, not whereabouts ("dove è nato Leonardo da Vinci").
_BORN_OR_DIED = WordAlternation(
    r"(?<![a-z])(?:born|died|buried|nato|nata|morto|morta|sepolto|mort|morte|enterre|nacio|murio|enterrado|geboren"
    r"|gestorben|begraben|overleden|begraven|urodzil\w*|zmarl\w*|pochowan\w*|nasceu|morreu|fodd|fodt|dog|dode"
    r"|narodil\w*|zemrel\w*|pohrben\w*)(?![a-z])"
)


def names_a_parcel(folded: str, match: re.Match[str]) -> bool:
    """Whether "where is" asks for a parcel, an order or a shipment ("where is my package", "wo ist mein DHL-Paket")."""
    return (
        _PARCEL.search(folded, match.start(), match.end() + _PARCEL_AFTER) is not None
    )


_PARCEL_AFTER = 24


def after_a_parcel(folded: str, start: int) -> bool:
    """Whether a parcel, an order or a carrier is named in the few words before `start` ("my dhl paket 0034…")."""
    return _PARCEL.search(folded, max(0, start - 40), start) is not None


def _mixed_letters_and_digits(_folded: str, match: re.Match[str]) -> bool:
    """Accept long tokens that mix letters and digits, like API keys (a few of each: not a word with a year)."""
    text = match.group()
    return (
        sum(char.isdigit() for char in text) >= _KEY_MIN_EACH
        and sum(char.isalpha() for char in text) >= _KEY_MIN_EACH
    )


_KEY_MIN_EACH = 4


def _camera_content(folded: str, match: re.Match[str]) -> bool:
    """Reject a played video, the Italian "camera" that means a room, and a camera merely switched.

    "Pause the video", "la camera da letto", "switch the nursery camera to privacy mode".
    """
    if _switched(folded, match):
        return False
    if match.group().startswith("video"):
        return (
            _PLAYBACK_BEFORE.search(folded, max(0, match.start() - 30), match.start())
            is None
        )
    if match.group() == "camara":
        return _TOWN_COUNCIL.search(folded) is None
    if match.group() != "camera":
        return True
    before = folded[max(0, match.start() - 24) : match.start()]
    return not (
        _ITALIAN_ROOM_BEFORE.search(before)
        or _ITALIAN_ROOM_AFTER.match(folded, match.end())
    )


# Switching a camera or a baby monitor on or off, or its modes, is a device command...
_SWITCH_BEFORE = re.compile(
    # not "put on", "pon", "mets", "metti": putting a camera on the screen shows it
    r"(?:turn|switch|set)(?: on| off)?|(?:ein|aus|an)?schalten|schalte|schalt|allume|eteins|active|desactive"
    r"|enciende|apaga|activa|desactiva|accendi|spegni|attiva|disattiva|zet|wlacz|wylacz|ustaw|liga"
    r"|desliga|acende|ativa|desativa|sla (?:pa|av|til|fra)|stang av|tand|tend|sluk|skru (?:pa|av)|aktiver\w*"
    r"|deaktiver\w*|zapni|vypni|nastav"
)
_SWITCHED = re.compile(rf"(?:^|\b)(?:{_SWITCH_BEFORE.pattern})(?: [\w'-]+){{0,4}} $")
# ...unless the text also asks what it saw or shows.
_CAMERA_CONTENT_WORDS = _compile(
    r"show\w*",
    r"footage",
    r"recording\w*",
    r"recorded",
    r"saw",
    r"seen",
    r"see",
    r"who",
    r"zeig\w*",
    r"aufnahme\w*",
    r"wer",
    r"montre\w*",
    r"qui",
    r"muestra\w*",
    r"ensename",
    r"quien",
    r"mostra\w*",
    r"chi",
    r"laat",
    r"wie",
    r"pokaz\w*",
    r"kto",
    r"quem",
    r"visa",
    r"vis",
    r"vem",
    r"hvem",
    r"ukaz\w*",
    r"kdo",
    r"clips?",
    r"bild\w*",
    r"image\w*",
    r"picture\w*",
    r"live",
)


# A camera's settings: night vision, motion detection and its notifications, privacy mode, quality, when it records.
_CAMERA_SETTING = WordAlternation(
    r"(?<![a-z])(?:night ?vision|nachtsicht|vision nocturne|vision nocturna|visione notturna|nachtzicht|widzeni\w* nocn\w*"
    r"|visao noturna|morkerseende|natsyn|nattsyn|nattesyn|nocni videni|night mode|mode nuit|modo nocturno|modalita notte"
    r"|nachtmodus|nattlage|nattilstand|sensibilit\w*|empfindlichkeit|gevoeligheid|czulosc\w*|sensibilidade|\w*kanslighet\w*"
    r"|\w*folsomhed|\w*folsomhet|citlivost\w*|high quality|alta qualidade|alta calidad|alta qualita|haute qualite|hoge kwaliteit"
    r"|motion (?:detection|notifications?|alerts?)"
    r"|bewegungs(?:erkennung|melder|benachrichtigung\w*)|detection de mouvement|deteccion de movimiento"
    r"|rilevamento (?:del )?movimento|bewegingsdetectie|detekcj\w* ruchu|detecao de movimento|deteccao de movimento"
    r"|rorelsedetektering|bevegelsesdeteksjon|bevaegelsesdetektion|bevegelsesdetektion|detekc\w* pohybu|privacy ?mod\w*"
    r"|privatsphare\w*|mode prive|modo (?:de )?privacidad\w*|modalita privacy|privacymodus|tryb\w* prywatn\w*"
    r"|integritetslage|privatlivstilstand|personvernmodus|aufnahmequalitat|recording quality|resolution|auflosung"
    r"|1080p|4k|registrare solo quando|record only when|nur bei bewegung|person detection|personenerkennung"
    r"|detection de personnes|deteccion de personas|rilevamento (?:delle )?persone|persoonsdetectie|wykrywanie osob"
    r"|detecao de pessoas|persondetektering|persondetektion|detekce osob|(?:grabacion|enregistrement|aufnahme|registrazione"
    r"|opname|nagrywanie|gravacao|inspelning|optagelse|opptak) (?:de |d'|von |di |van )?(?:l')?audio|notifications?"
    r"|benachrichtigung\w*|notifiche|meldingen|powiadomien\w*|notificac\w*|aviseringar|varsler|bewegingszone"
    r"|motion zone|bewegungszone|zone de (?:detection|mouvement)|sekretesslage|sekretess"
    # where and how to mount one: "what height should you mount a security camera at"
    r"|mount\w*|install\w*|montier\w*|monter|montar|montare|ophangen|monteren|zamontowa\w*|montowa\w*|montuj\w*"
    r"|montere|montera|henge opp|satta upp|saette op|saetter op|namontovat|instalovat|fixer|instalar"
    # its battery: "A câmara do jardim ainda tem bateria?"
    r"|battery|batteries|batterie\w*|akku\w*|bateria\w*|batteri\w*|baterie\w*|accu|ladestand|charge"
    # whether it is connected: "Er Inngang Kamera online, eller har den falt ut av nettet igjen?"
    r"|online|offline|en ligne|hors ligne|in linea|\w*verbunden|verbonden|conectad\w*|desconectad\w*|collegat\w*"
    r"|scollegat\w*|polaczon\w*|rozlaczon\w*|ansluten|frankopplad|forbundet|tilkoblet|frakoblet|pripojen\w*|odpojen\w*)(?![a-z])"
)
# What a camera shows or saw, asked even beside a setting.
_CAMERA_SHOWING = WordAlternation(
    r"(?<![a-z])(?:show\w*|saw|seen|who|zeig\w*|wer|montre\w*|qui|muestra\w*|quien|mostra\w*|chi|laat \w+ zien|pokaz\w*"
    r"|kto|visa|vis|vem|hvem|ukaz\w*|kdo|pull up|snapshot\w*|footage|clips?|recordings?|play|replay|rewind|abspiel\w*"
    r"|joue|reproduc\w*|riproduc\w*|afspel\w*|odtworz\w*|reproduz\w*|spela|afspil|spill av|prehraj|recorded|captured"
    r"|caught|gesehen|gefilmt|aufgenommen|vu|filme|visto|grabado|ripreso|gezien|opgenomen|widzial\w*|nagral\w*|viu"
    r"|gravou|sag|spelade|sett|videl\w*|nahral\w*|clippet|klippet|klippen|triggade|triggered|trigget|registrat[oaie]"
    r"|enregistre|aufgezeichnet)(?![a-z])"
)


def camera_showing(folded: str) -> bool:
    """Whether a folded text asks what a camera shows, saw or recorded ("cosa hanno registrato", "who was there")."""
    return _CAMERA_SHOWING.search(folded) is not None


# A separable verb around the camera: "mach die Garagenkamera aus", "doe de babyfoon uit", "turn the camera off".
_SEPARABLE_BEFORE = WordAlternation(
    r"(?:^|\b)(?:mach|mache|schalt|schalte|zet|doe|turn|switch)(?: [\w'-]+){0,3} $"
)
_SEPARABLE_AFTER = re.compile(
    r"(?: [\w'-]+){0,2}? (?:aus|an|ein|ab|uit|aan|off|on|af)\W*$"
)


def _switched(folded: str, match: re.Match[str]) -> bool:
    """A camera named right after a verb that switches it, or a setting of it, in a text that asks nothing it saw."""
    if _CAMERA_SETTING.search(folded) and not camera_showing(folded):
        return True
    before = max(0, match.start() - 40)
    return (
        _SWITCHED.search(folded, before, match.start()) is not None
        or (
            _SEPARABLE_BEFORE.search(folded, before, match.start()) is not None
            and _SEPARABLE_AFTER.match(folded, match.end()) is not None
        )
    ) and _CAMERA_CONTENT_WORDS.search(folded) is None


_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")
# A playback command right before "video" is the media player, not a camera's recording.
_PLAYBACK_BEFORE = re.compile(
    r"(?:pause|play|resume|stop|skip|next|previous|rewind|replay|restart|pausiere|stoppe|spiele|starte|lance|reprends"
    r"|arrete|mets en pause|pausa|pon|reanuda|para|parar|pausar|avancar|recuar|reproduzir|reproduz|continuar|retomar"
    r"|ver otra vez|riprendi|ferma|avvia|metti in pausa|speel|pauzeer|hervat|zatrzymaj|wznow|odtworz|spela|spill"
    r"|afspil|pozastav|prehraj|pust)(?: (?:the|this|that|el|la|le|il|o|a|do|da|das|de|het|ten|to|ultimo|last|next)){0,3} $"
)
# The Portuguese "Câmara" is also the town council: "O que é que a Câmara do Porto decidiu sobre o estacionamento".
_TOWN_COUNCIL = re.compile(
    r"camara (?:municipal|dos deputados)|presidente da camara|vereador\w*|licenca da camara|camara (?:de|do|da) \w+ (?:exige|pede)"
    r"|camara (?:do|de|da) \w+ (?:decidiu|aprovou|anunciou|vai|votou)|(?:decidiu|aprovou|anunciou|votou) a camara (?:do|de|da)"
)
# Italian "camera" is a room after an Italian article or preposition, or before what kind of room it is.
_ITALIAN_ROOM_BEFORE = re.compile(
    r"(?:\bin|\bnella|della|dalla|alla|sulla|mia|tua|sua|nostra|vostra|questa|quella|ogni|altra"
    # a device of the room: "lampada camera", "tapparella camera"
    r"|lampada|luce|luci|tapparella|tapparelle|finestra|porta|termostato|condizionatore|ventilatore|presa|tenda|tende"
    r"|radiatore|stufa|lampadario|faretti|persiana|persiane|clima|umidificatore|deumidificatore) $"
)
# (not a place outdoors: "la camera del vialetto" films the drive)
_ITALIAN_ROOM_AFTER = re.compile(
    r" (?:da letto|dei |degli |delle |di |del |della |matrimoniale|singola|doppia|degli ospiti|ospiti|mia|tua|sua)"
    r"(?!vialetto|viale|giardino|cortile|cancello|portone|garage|box|parcheggio|terrazzo|balcone|retro|pollaio|orto"
    r"|entrata|campanello|citofono)"
)

CREDENTIALS = word_detector(
    "credentials",
    "credentials",
    r"passwords?",
    r"paswords?",
    r"passwort\w*",
    r"kennw[oö]rt\w*",
    r"wachtwoord\w*",
    r"contrasenas?",
    r"claves? (?:del?|de la) (?:wifi|wi fi|red|banco|banca|cuenta|correo|portal|app|aplicacion|web|pagina|router)",
    r"mot de passe",
    r"mots de passe",
    r"ww (?:van|voor) (?:de |het |mijn |onze )?[\w-]*(?:wifi|router|netwerk|account|mail)\w*",  # Dutch "wachtwoord"
    r"mdp",
    r"passcode",
    r"passphrase",
    r"pin ?(?:code|nummer|number|numero)",
    r"codigo pin",
    r"codice pin",
    _POSSESSIVE + r" pin",
    r"[a-z]+-pin",  # "meine EC-Karten-PIN"
    r"(?:the|die|de|el|le|il) pin (?:is|ist|es|est|e|for|fur|voor|de|del|di)",
    r"(?:wi ?fi|wlan|wireless|network|netzwerk|netwerk|reseau|red|rete)[ -]?(?:key|schlussel|sleutel|cle|clave|chiave)",
    r"(?:cle|clef|clave|chiave) (?:du |de la |del |della )?(?:wi-?fi|wlan|wpa|reseau|red|rete)",
    r"api[ -]?keys?",
    # a cloud account's keys by their variable names, and a bank's TAN list
    r"(?:aws_)?secret_access_key|aws_access_key_id|aws_session_token",
    r"tan[ -]?(?:liste|list|nummer|number|numero)\w*",
    # a PIN changed to its digits: "ho cambiato il pin dell'app della banca in 4407", "mudei o pin … para 3658"
    (r"pin (?:[\w']+ ){0,6}?(?:in|na|para|to|auf|en|op|till|til|a|za) \d{4,6}(?!\d)"),
    r"(?:github|gitlab|api|access|auth|bearer|personal|home assistant|nabu casa) tokens?",
    r"api[ -]?(?:sleutel|schlussel|nyckel|nogle|nokkel|klic)\w*",
    r"tokens? (?:do|to|for|fur|pour|para|per|voor|til|till|k) (?:\w+ )?api",
    r"(?:cle|clef|clave|chiave|chave|klucz\w*|nyckel\w*|nogle\w*|nokkel\w*|klic\w*|sleutel|schlussel)[ -]?(?:d'|de la |de |di |do |da )?api",
    r"access[ -]?tokens?",
    r"auth\w* tokens?",
    r"bearer tokens?",
    r"tokens? (?:is|ist|es|est|e)",
    r"secret[ -]?keys?",
    r"private[ -]?keys?",
    r"ssh[ -]?keys?",
    r"cvv",
    r"cvc",
    r"security code",
    r"sicherheitscode",
    r"codigo de seguridad",
    r"code de securite",
    r"codice di sicurezza",
    r"zugangsdaten",
    r"inloggegevens",
    r"identifiants?(?! (?:uuid|uniques?|de (?:capteur|l.appareil|produit)))",
    r"credenziali",
    r"credenciales",
    r"login (?:details|data|daten)",
    r"credentials",
    r"(?:account|customer|member|policy|contract)[ -]?(?:number|no|nr)",
    r"kontonummer",
    r"kundennummer",
    r"rekeningnummer",
    r"klantnummer",
    r"numero de (?:cuenta|compte|cliente|client)",
    r"numero (?:di|del) (?:conto|cliente)",
    r"eyj[\w-]{10,}",
    r"sk-[\w-]{16,}",
    r"gh[ps]_\w{16,}",
    r"akia\w{16}",
    r"xox[bp]-[\w-]+",
    *lexicon.CREDENTIALS,
    triggers=(
        *lexicon.CREDENTIAL_TRIGGERS,
        "pass",
        "kennw",
        "wachtwoord",
        "contrasen",
        "clave",
        "ww",
        "mdp",
        "pin",
        "wifi",
        "wi fi",
        "wlan",
        "key",
        "schlussel",
        "sleutel",
        "cle",
        "chiave",
        "token",
        "cvv",
        "cvc",
        "secur",
        "sicher",
        "seguridad",
        "sicurezza",
        "zugangsdaten",
        "inloggegevens",
        "identifiant",
        "credenzial",
        "credencial",
        "login",
        "account",
        "customer",
        "member",
        "policy",
        "contract",
        "nummer",
        "numero",
        "eyj",
        "sk-",
        "gh",
        "akia",
        "xox",
        "tan",
        "aws",
        "secret",
    ),
    near_miss=_compile(
        r"password (?:generator|manager|managers|strength|policy|policies|hash\w*|validator|checker)",
        r"(?:strong|secure|good|random|safe) passwords?",
        r"passwort ?(?:generator|manager)",
        r"(?:sichere|starke)s? passw\w+",
        r"wachtwoord ?(?:generator|manager)",
        r"(?:sterke|veilige) wachtwoorden",
        r"(?:sterk|veilig|goed) wachtwoord",
        r"(?:bra|starkt|sakert|godt|staerkt|sterkt|sikkert|silne|bezpieczne|dobre|forte|segura|fuerte|buona|sicura"
        r"|starkes|sicheres|gutes) (?:\w+ )?(?:losenord|kodeord|adgangskode|passord|haslo|heslo|senha|contrasena"
        r"|password|passwort|mot de passe)",
        r"generador de contrasenas",
        r"gestor de contrasenas",
        r"contrasenas? (?:seguras?|fuertes?)",
        r"generateur de mots de passe",
        r"gestionnaire de mots de passe",
        r"mots? de passe (?:fort|forts|securises?)",
        r"generatore di password",
        r"gestore di password",
        r"password (?:sicure|forti)",
    ),
)

# A password given with its value, whatever else the text is about ("… password manager, my password is Hunter2024!").
CREDENTIAL_VALUE = Detector(
    "credentials",
    "credentials",
    re.compile(
        r"(?<![a-z])(?:password|passwort|wachtwoord|mot de passe|contrasena|haslo|heslo|senha|palavra-passe|losenord\w*"
        r"|adgangskode\w*|kodeord\w*|passord\w*|pin)(?: \w+){0,2}? (?:is|ist|est|es|e|er|ar|je|jest|to|lautet|:|=)"
        r" ?[\"']?(?=\S*[a-z])(?=\S*\d)[^\s\"']{4,}"
        # one's own code to an app or a site: "min kode til sundhedsappen er Bamse2024"
        r"|(?<![a-z])(?:(?:my|mein|meinen|mon|mi|mio|mijn|moj|meu|min|mitt|muj) (?:code|kode|kod|codigo|codice|kodu)|koden)"
        r"(?: \w+){0,3}? (?:is|ist|est|es|e|er|ar|je|jest|to|lautet|:|=) ?[\"']?(?=\S*[a-z])(?=\S*\d)[^\s\"']{4,}"
        # a key or a token in groups, a few words after it is named: "il token dell'API … : a7f3-k29x-pq81-zz40"
        r"|(?<![a-z])(?:token|api[- ]?key|secret|chiave|clave|cle|schlussel|sleutel|klucz|chave|nyckel|nogle|nokkel|klic)"
        r"[^.?!]{0,80}?[ :=][\"']?(?=[a-z0-9-]*[a-z])(?=[a-z0-9-]*\d)[a-z0-9]{3,}(?:-[a-z0-9]{3,}){2,}(?![a-z0-9])"
    ),
    (
        *lexicon.CREDENTIAL_TRIGGERS,
        "pass",
        "wachtwoord",
        "mot de passe",
        "contrasena",
        "code",
        "kod",
        "codigo",
        "codice",
        "secret",
        "chiave",
        "clave",
        "cle",
        "schlussel",
        "sleutel",
    ),
)

SECRET_TOKEN = Detector(
    "credentials",
    "secret token",
    re.compile(r"(?<![a-z0-9])[a-z0-9]{20,}(?![a-z0-9])"),
    _DIGITS,
    validator=_mixed_letters_and_digits,
)

# A card is private by its number, PIN, security code or expiry, said or asked for: not "pay off the credit card
# faster" ("ajuda me a pagar o cartão de crédito mais depressa").
_CARD_DETAILS = re.compile(
    r"\d|\w*(?:nummer|number|numero)\w*|(?<![a-z])(?:num\w*|nr|cisl\w*|pin\w*|cvv\w*|cvc\w*|kod\w*|code\w*|codigo|codice|secur\w*|sicherheit\w*"
    r"|segur\w*|sicurezza|veiligheid\w*|sakerhet\w*|sikkerhe\w*|bezpec\w*|exp\w*|ablauf\w*|gultig\w*|scaden\w*"
    r"|caduc\w*|valid\w*|vervaldatum|wazn\w*|giltig\w*|gyldig\w*|udlob\w*|utlop\w*|utgang\w*|platnost\w*|details"
    r"|daten|donnees|datos|dati|gegevens|dane|dados|uppgifter|oplysninger|opplysninger|udaje)(?![a-z])"
)
# Card digits read out in words: at least this many number words.
_SPOKEN_CARD_WORDS = 4


def _names_card_details(folded: str, _match: re.Match[str]) -> bool:
    """Whether a card's number, PIN, code or expiry is in the text, not only the card."""
    return (
        _CARD_DETAILS.search(folded) is not None
        or sum(word in NUMBER_WORDS for word in words(folded)) >= _SPOKEN_CARD_WORDS
    )


CARD_WORDS = word_detector(
    "card_number",
    "card number",
    r"(?:credit|debit|bank|payment) ?card(?: number| no| details)?",
    r"card number",
    r"(?:card|visa|mastercard|amex|karte|carte|tarjeta|kort\w*) ending (?:in |with )?\d{4}",
    r"(?:kredit|bank|ec|giro)?kartennummer",
    r"kreditkarte\w*",
    r"creditcard\w*",
    r"pinpas\w*",
    r"bankpas\w*",
    r"kaartnummer",
    r"tarjeta de (?:credito|debito)",
    r"numero de (?:la )?tarjeta",
    r"carte (?:bancaire|de credit|bleue)",
    r"numero de (?:la |ma )?carte",
    r"carta di credito",
    r"numero della carta",
    r"bancomat",
    # a card word and a card-length number, valid or not ("mi tarjeta 5412 7534 9821 0046")
    *(
        rf"{card}\w*(?: \w+){{0,3}}? (?:\d[ -]?){{11,18}}\d"
        for card in (
            "card",
            "karte",
            "kaart",
            "tarjeta",
            "carte",
            "carta",
            "karta",
            "cartao",
            "kort",
            "kartu",
        )
    ),
    *lexicon.CARD,
    # a card's digits read out with fillers: "la carta è quattro due sette uno ehm zero zero nove otto"
    *(
        rf"{card}\w*(?: \w+){{0,4}}? (?:(?:{DIGIT_WORD}|aeh|ah|ehm|eh|em|uh|um|euh|ahm|ah)[ ,]+){{7,}}{DIGIT_WORD}"
        for card in (
            "karte",
            "carta",
            "carte",
            "tarjeta",
            "card",
            "kort",
            "karta",
            "cartao",
        )
    ),
    triggers=(
        *triggers_of(*lexicon.CARD),
        "card",
        "kart",
        "pinpas",
        "bankpas",
        "kaart",
        "tarjeta",
        "carte",
        "carta",
        "bancomat",
        "visa",
        "mastercard",
        "amex",
        "creditcard",
        "kreditkarte",
        "karta",
        "cartao",
        "kort",
        "kartu",
    ),
    validator=_names_card_details,
)


# A number printed the way cards print theirs, valid or not, beside a card word or an expiry date:
# "Firmenkreditkarte: 5100 2345 6789 0123, gültig bis 08/28" (four groups in a longer run are an IBAN's).
_CARD_CONTEXT = re.compile(
    r"card|kart|kort|tarjeta|carte|carta|cartao|\b(?:exp\w*|valid\w*|gultig|caduca|scadenza|validade|giltig|gyldig"
    r"|geldig|wazna|platnost)\b|\b\d{2}/\d{2}\b"
)
CARD_SHAPED = Detector(
    "card_number",
    "card number",
    re.compile(
        r"(?<![\w-])(?<!\d[ -])(?:\d{4}([ -])\d{4}\1\d{4}\1\d{4}|3[47]\d{2}([ -])\d{6}\2\d{5})(?![\d-])(?![ -]\d)"
    ),
    _DIGITS,
    validator=lambda folded, _match: _CARD_CONTEXT.search(folded) is not None,
)


IBAN_WORDS = word_detector(
    "iban",
    "bank account",
    r"iban",
    r"bank ?account(?: number)?",
    r"bankrekening\w*",
    r"bankverbindung",
    r"conto corrente",
    r"cuenta bancaria",
    r"compte bancaire",
    *lexicon.BANK_ACCOUNT,
)

NATIONAL_ID = word_detector(
    "national_id",
    "government id",
    r"social security(?: number| no)?",
    r"ssn",
    r"national insurance(?: number)?",
    r"ni number",
    r"tax id",
    r"tax identification number",
    r"passport (?:number|no|nr|id)",
    r"id card(?: number)?",
    r"identity card(?: number)?",
    r"driver'?s? licen[cs]e(?: number)?",
    r"sozialversicherungsnummer",
    r"steuer[ -]?id\w*",
    r"steueridentifikationsnummer",
    r"personalausweis\w*",
    r"ausweisnummer",
    r"reisepassnummer",
    r"passnummer",
    r"burgerservicenummer",
    r"bsn",
    r"paspoortnummer",
    r"identiteitskaart",
    r"rijbewijsnummer",
    r"driving licen[cs]e number",
    r"student number",
    r"(?:elev|leerling|schuler)(?:nummer|nr)\w*",
    r"numer\w* legitymacji",
    r"numero de (?:aluno|alumno|matricula)",
    r"numero di matricola",
    r"numero d'eleve",
    r"numer\w* (?:\w+ ){0,2}?(?:patente|carta de conducao|permis(?: de conduire)?|(?:carnet|permiso) de conducir"
    r"|prawa jazdy)",
    r"(?:forerkort|korekort|korkort|rijbewijs|fuhrerschein)s?num\w*",
    r"cisl\w* (?:\w+ )?ridic\w*",
    # the Spanish id card, not the Polish and Czech "days" ("w dni robocze", "za trzy dni", "pet dni")
    r"dni(?! robocz| wolne| tygodnia| temu| pozniej| pracy)(?<!w dni)(?<!za dni)(?<!co dni)(?<!\d dni)(?<!przez dni)"
    r"(?<!dwa dni)(?<!trzy dni)(?<!kilka dni)(?<!pare dni)(?<!ile dni)(?<!pet dni)(?<!par dni)(?<!tri dni)(?<!po dni)",
    r"numero de pasaporte",
    r"seguridad social",
    r"documento de identidad",
    r"securite sociale",
    r"numero de passeport",
    r"carte d'?identite",
    r"carte vitale",
    r"carte (?:europeenne )?d'assurance maladie",
    r"european health insurance card",
    r"ehic",
    r"tarjeta sanitaria europea",
    r"europaische krankenversicherungskarte",
    r"codice fiscale",
    r"numero del passaporto",
    r"carta d'?identita",
    r"tessera sanitaria",
    *lexicon.NATIONAL_ID,
)

PASSPORT = Detector(
    "national_id",
    "government id",
    _compile(
        r"(?:\d{3}-\d{2}-\d{4})",
        # (not minutes: "if bags take ~30 min and passport control 25")
        r"(?<!\d )"
        + _POSSESSIVE
        + r" (?:\w+ )?(?:passport|reisepass|ausweis|paspoort|pasaporte|passeport|passaporto|passaporte|paszport\w*|pass|pas)",
        r"(?:passport|reisepass|paspoort|pasaporte|passeport|passaporto|passaporte|paszport)\w* \w*\d\w*",
        # the owner after it: "passet mitt går ut i februar"
        r"(?:passet|passen|pas|passi) (?:mitt|mit|min|mine|vart|vores|dit|ditt|hans|hennes|hendes)",
    ),
    ("pas", "reisepass", "ausweis", "-"),
)

DOCUMENT_NUMBER = Detector(
    "national_id",
    "identity document number",
    re.compile(
        _words(*lexicon.DOCUMENTS)
        + r"(?:\W+\w+){0,4}?\W+(?:"
        + lexicon.ID_NUMBER
        + r")(?!\w)"
    ),
    triggers_of(*lexicon.DOCUMENTS),
)

_BOOKING_WORDS = (
    r"(?:booking|reservation) (?:ref\w*|number|code|no)",
    r"codice (?:di )?prenotazione",
    r"numer\w* rezerwacji",
    r"referanse",
    r"buchungs(?:nummer|code|referenz)",
    r"numero de reservation",
    r"localizador",
    r"codigo de reserva",
    r"boekings(?:nummer|code)",
    r"boknings(?:nummer|referens)",
    r"booking(?:nummer|kode|referanse)",
    r"cislo rezervace",
)
# A booking reference: with the traveller's name it opens the booking ("booking ref QX4T9M under Tomas Berg").
BOOKING_REFERENCE = Detector(
    "credentials",
    "booking reference",
    re.compile(
        _words(*_BOOKING_WORDS)
        + r"(?:\W+\w+){0,2}?\W+(?=[a-z0-9]*\d)(?=[a-z0-9]*[a-z])[a-z0-9]{5,8}(?!\w)"
    ),
    triggers_of(*_BOOKING_WORDS),
)

EMAIL = Detector(
    "email",
    "e-mail address",
    re.compile(
        r"[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}|(?<!\w)[a-z0-9._-]+ (?:at|arroba|chiocciola|apenstaartje|klammeraffe) [a-z0-9-]+ (?:dot|punkt|punto|point|punt) [a-z]{2,4}(?!\w)"
    ),
    ("@", " dot ", " punkt ", " punto ", " point ", " punt "),
)

PHONE = Detector(
    "phone",
    "phone number",
    re.compile(r"(?<![\w+])(?:\+|00)?\d(?:[ ./()-]{0,2}\d){6,16}(?![\w])"),
    _DIGITS,
    validator=_phone_digits_ok,
)

# A plant looking sick, or dishwasher tablets, are not anyone's health.
_PLANT = (
    r"(?:plants?|pflanze\w*|plante\w*|planten|pianta|piante|planta\w*|roslin\w*|kwiat\w*|rostlin\w*|kytk\w*|blomm\w*"
    r"|blomst\w*|trees?|baum|boom|trad\w*|trae\w*|tre|lawn|rasen|gazon|cesped|prato|trawnik|travnik|grasmat\w*)"
)
_LOOKS = r"(?:is|looks|seems|ist|sieht|er|ser|ar|ziet|est|semble|esta|parece|sembra|e|wyglada|jest|vypada|je|wirkt|lijkt)"
_SICK = r"(?:sick|ill|krank|syg|sjuk|syk|ziek|malade|enferm[ao]|malat[ao]|doente|chor[aey]|nemocn\w*)"
_DISHWASHER = (
    r"(?:mycky|mycku|zmywark\w*|spulmaschine|geschirrspuler|dishwasher|vaatwasser|opvaskemaskin\w*|oppvaskmaskin\w*"
    r"|diskmaskin\w*|lavastoviglie|lavavajillas|lave-vaisselle|maquina de lavar (?:loica|louca))"
)

HEALTH = indexed_detector(
    "health",
    "health",
    gated_by_prefix(
        r"medications?",
        r"medicines?",
        r"meds",
        r"pills?",
        r"prescriptions?",
        r"dosage",
        r"doctor'?s?",
        r"gp",
        r"physician",
        r"therapist",
        r"therapy",
        r"psychiatrist",
        r"psychologist",
        r"diagnos(?:is|es|ed)",
        r"symptoms?",
        r"blood (?:pressure|sugar|test|tests|work|results|thinners?)",
        r"glucose",
        r"cholesterol",
        r"insulin",
        r"diabet\w+",
        r"cancer",
        r"chemo\w*",
        r"tumou?r",
        r"depressi\w+",
        r"anxiety",
        r"adhd",
        r"migraines?",
        # an anti-inflammatory said in two words: "lembra me de tomar o anti inflamatório"
        r"anti[- ]?inflamat\w*",
        r"anti[- ]?infiammator\w*",
        # a nosebleed: "leo har haft næseblod tre gange i dag"
        r"nose ?bleeds?",
        r"nasenbluten",
        r"saigne(?:ment)? du nez",
        r"sangrado (?:de )?nariz",
        r"sangue dal naso",
        r"bloedneus\w*",
        r"krwotok\w* z nosa",
        r"sangramento (?:do |no |de )?nariz",
        r"nasblod\w*",
        r"naeseblod\w*",
        r"neseblod\w*",
        r"krvaceni z nosu",
        r"asthma",
        r"allerg\w+",
        r"fever",
        r"infection",
        r"pregnan\w+",
        r"miscarriage",
        r"surgery",
        r"hiv",
        r"std",
        r"lab results",
        r"heart rate",
        r"side effects",
        r"mental health",
        r"panic attacks?",
        r"sick (?:note|leave)",
        r"headaches?",
        r"sore throat",
        r"my \w+ hurts",
        r"rash",
        r"antibiotics?",
        r"antidepressants?",
        r"ibuprofen",
        r"paracetamol",
        r"acetaminophen",
        r"aspirin",
        r"prednison\w*",
        r"warfarin",
        r"xarelto",
        r"eliquis",
        r"prozac",
        r"zoloft",
        r"xanax",
        r"adderall",
        r"methylphenidate",
        r"gabapentin",
        r"tramadol",
        r"morphine",
        r"medikament\w*",
        r"tabletten",
        r"pillen?",
        r"arzt\w*",
        r"hausarzt\w*",
        r"arzttermin",
        r"diagnose",
        r"symptome\w*",
        r"blutdruck\w*",
        r"bluthochdruck\w*",
        r"blutzucker\w*",
        r"zuckerwert\w*",
        r"krebs",
        r"chemotherapie",
        r"depression\w*",
        r"migrane",
        r"therapeut\w*",
        r"krankschreibung",
        r"fieber",
        r"schwanger\w*",
        r"krankheit",
        r"medicijn\w*",
        r"medicatie",
        r"dokter",
        r"huisarts\w*",
        r"symptomen",
        r"bloeddruk",
        r"bloedsuiker\w*",
        r"suikerziekte",
        r"kanker",
        r"depressie",
        r"koorts",
        r"zwanger\w*",
        r"hoofdpijn",
        r"medicaments?",
        r"ordonnance",
        r"medecin\w*",
        r"docteur",
        r"diagnostic",
        r"symptomes",
        r"(?:ma|ta|sa|leur|votre) tension",
        r"tension arterielle",
        r"glycemie",
        r"diabete",
        r"chimio\w*",
        r"fievre",
        # pregnant, not the loudspeaker ("mets France Inter sur l'enceinte du salon")
        r"enceinte(?<!l'enceinte)(?<!d'enceinte)(?<!une enceinte)(?<!les enceinte)(?<!des enceinte)(?<!cette enceinte)(?<!mon enceinte)(?<!ton enceinte)(?<!son enceinte)(?<!ma enceinte)(?<!sur enceinte)(?<!grosse enceinte)(?<!petite enceinte)(?<!nouvelle enceinte)(?<!bonne enceinte)(?! (?:du|de la|des|bluetooth|connectee|sonos|jbl|intelligente|portable))",
        r"mal (?:a|au|aux) (?:la |le |l'|les )?\w+",
        r"medicamentos?",
        r"medicacion",
        r"pastillas?",
        r"receta medica",
        r"medico",
        r"diagnostico",
        r"sintomas?",
        r"presion arterial",
        r"tension arterial",
        r"azucar en (?:la )?sangre",
        r"glucosa",
        r"quimio\w*",
        r"depresion",
        r"fiebre",
        r"embarazada",
        r"dolor de \w+",
        r"farmac[oi]",
        r"medicinal[ei]",
        r"pastiglie",
        r"ricetta medica",
        r"dottor[ea]?",
        r"diagnosi",
        r"sintomi",
        r"pressione (?:arteriosa|sanguigna|minima|massima)",
        r"la mia pressione",
        r"glicemia",
        r"diabete",
        r"cancro",
        r"tumore",
        r"depressione",
        r"febbre",
        r"incinta",
        r"emicrania",
        r"terapeuta",
        r"psicolog[oa]",
        r"mal di \w+",
        *lexicon.HEALTH,
    ),
    near_miss=_compile(
        r"doctor who",
        r"(?:the )?good doctor",
        r"doctor (?:strange|sleep|foster|zhivago|dolittle|octopus|manhattan|doom)",
        r"call the midwife",
        r"suicide squad",
        r"(?:un )?medico in famiglia",
        r"ordinac\w* v ruzove zahrade",
        r"(?:battery|plant|lawn|pool) (?:health|symptoms?)",
        r"dr\.? oetker",
        _PLANT + r" (?:\w+ )?" + _LOOKS + r" (?:\w+ ){0,2}?" + _SICK,
        r"(?:tablet\w*|tabs|pastillas|pastiglie|pastilhas) (?:\w+ ){0,3}?"
        + _DISHWASHER,
        # a machine's cycle, and the cabinet the medicines are kept in
        r"(?:"
        + _DISHWASHER
        + r"|lave-linge|seche-linge|washer|dryer|washing machine|waschmaschine|trockner|lavadora|secadora|lavatrice"
        r"|asciugatrice|wasmachine|droger|pralk\w*|suszark\w*|tvattmaskin\w*|torktumlar\w*|vaskemaskin\w*"
        r"|torretumbler\w*|prack\w*|susick\w*)(?: [\w'-]+){0,5} (?:cycle|zyklus|ciclo|cyclus|cykl|syklus|cykel|cyklus)",
        r"medicine (?:cabinet|cupboard|drawer|box)|medizinschrank|armoire a pharmacie|botiquin|armadietto dei medicinali"
        r"|medicijnkast\w*|medicinskap\w*|medicinskab\w*|medisinskap\w*",
    ),
)

HEALTH_IN_CONTEXT = indexed_detector(
    "health",
    "health",
    ((gate.split(), pattern) for gate, pattern in lexicon.HEALTH_IN_CONTEXT),
)

OWN_BODY = indexed_detector(
    "health",
    "health",
    gated_by_prefix(*lexicon.OWN_BODY),
    # a song title after a playback command, and ears pierced
    near_miss=re.compile(
        r"^(?:\w+ )?(?:play|spiel|spiele|joue|mets|pon|metti|speel|zagraj|toca|spela|spil|spill|pust)\b"
        r"|\b(?:prikken|pierc\w*|percer|forare|perforar|furar|przeklu\w*|propich\w*|hulle|hull i)\b"
    ),
)

HEALTH_SUFFIXES = Detector(
    "health",
    "health",
    re.compile(
        r"(?<![a-z])[a-z]{3,}(?:statin|pril|sartan|olol|azepam|oxetin|tralin|prazol|cillin|mycin|formin|codone|dipin|thyroxin|floxacin|cyclin|ciclin|cilin|cylin|micin|gliptin|gliflozin"
        r"|semid|thiazid|parin|xaban|triptan|setron|lukast|profen|fenac|coxib|zolam|tidin|dronat)"
        # the endings the twelve languages put on a drug name (atorvastatina, amoxicilina, ibuprofeno)
        r"(?:e|a|o|um|as|os|y|u|ie|em|ow|ach|ami|en|et|er|ene)?(?![a-z])"
        # compounds whose head names a pain, an inflammation or an allergy (Knieschmerzen, blaasontsteking, pollenallergi)
        r"|(?<![a-z])[a-z]{3,}(?:schmerz|pijn|entzundung|ontsteking|inflammation|betendelse|betennelse|allergi|alergi|smerte"
        r"|itis|(?<!aard)vark)[a-z]*(?![a-z])"
        # a tablet named for what it treats: "meine wassertablette", "die schmerztabletten"
        r"|(?<![a-z])(?![a-z]*(?:maschinen|geschirr|spul|reinig|entkalk|chlor|wasch|toilet|grill|anzund|filter|vaatwas|afwas|wc|disk|opvask"
        r"|oppvask|zmywark)tablett)"
        r"[a-z]{3,}tabletten?(?![a-z])"
    ),
    (
        "tablett",
        "statin",
        "pril",
        "sartan",
        "olol",
        "azepam",
        "oxetin",
        "tralin",
        "prazol",
        "floxacin",
        "cyclin",
        "ciclin",
        "cilin",
        "cylin",
        "micin",
        "gliptin",
        "gliflozin",
        "semid",
        "thiazid",
        "parin",
        "xaban",
        "triptan",
        "setron",
        "lukast",
        "profen",
        "fenac",
        "coxib",
        "zolam",
        "tidin",
        "dronat",
        "cillin",
        "mycin",
        "formin",
        "codone",
        "dipin",
        "thyroxin",
        "schmerz",
        "pijn",
        "entzundung",
        "ontsteking",
        "inflammation",
        "betendelse",
        "betennelse",
        "allergi",
        "alergi",
        "smerte",
        "itis",
        "vark",
    ),
    anywhere_in_word=True,
)

CONFIDENTIAL = word_detector(
    "confidential",
    "confidential",
    r"confidential\w*",
    r"private",
    r"privately",
    r"secret",
    r"secretly",
    r"just between (?:us|you and me)",
    r"don'?t tell anyone",
    r"keep (?:this|it) to yourself",
    r"off the record",
    r"vertraulich\w*",
    r"geheim\w*",
    r"privat\w*",
    r"unter uns",
    r"nicht weitersagen",
    r"vertrouwelijk\w*",
    r"prive",
    r"onder ons",
    r"confidenti\w+",
    r"secrete?",
    r"privee?s?",
    r"entre nous",
    r"confidencial\w*",
    r"secret[oa]s?",
    r"privad[oa]s?",
    r"entre nosotros",
    r"confidenzial\w*",
    r"riservat[oaie]",
    r"segret[oaie]",
    r"privat[oaie]",
    r"tra noi",
    *lexicon.CONFIDENTIAL,
    near_miss=_compile(
        r"secret santa",
        r"victoria'?s secret",
        r"private (?:browsing|mode|school|equity|jet|beach|pool|method|class|variable|repo\w*|key)",
        r"privacy mode",
        r"privat(?:modus|sphare)",
        r"modalita privata",
        r"mode prive",
        r"modo privado",
        r"prive ?modus",
        r"tryb prywatny",
        r"modo privado",
        r"privat(?:lage|laget|leget)",
        r"soukrom\w* rezim\w*",
    ),
)

# Shopping for a camera, in any language: a buying word and a camera word close together, either way round.
_BUYING = (
    r"(?:buy|kaufen|acheter|comprar\w*|kopen|kupi\w*|koupit|kopa|kobe|kjope|recommend\w*|empfiehl\w*|opiniones|opinioni"
    r"|compare|vergleich\w*|compar[ae]\w*|vergelijk\w*|porownaj\w*|sammenlign\w*|jamfor\w*|srovnej|srovnani"
    r"|best|beste|bedste|basta|consumentenbond|testet|testede|meninger"
    r"|recommand\w*|recomiend\w*|recomend\w*|consigli\w*|aanrad\w*|polec\w*|rekommend\w*|anbefal\w*"
    r"|doporuc\w*|offers?|angebot\w*|oferta|offerta|aanbieding|promoc\w*|tilbud|erbjudande|akce|vyplati|warto"
    r"|worth|venda|best i test|bast i test|bedst i test|getest|testsieger|mejor|meilleur\w*|migliore|najlepsz\w*"
    r"|melhor|nejlepsi"
    # what it costs
    r"|how much (?:is|are|does|do|would|will)|going for|prices?|preis\w*|prix|precio\w*|prezz\w*|prijs\w*|cen[aey]|preco\w*|pris|priser|was kostet"
    r"|combien (?:coute|coutent|ca coute|vaut|valent)|a combien|cuanto cuesta|a cuanto|quanto costa|wat kost|ile kosztuje|quanto custa|vad kostar|hvad koster"
    r"|hva koster|kolik stoji|kolik ted stoji|costs?|kostet|coute\w*|cuesta|costa|kost|kosztuje|custa|kostar|koster"
    # how it is rated, and what is on sale
    r"|reviews?|rated|tests|tester|testy|testen|testbericht\w*|warentest|betyg|rezension\w*|bewertung\w*|avis"
    r"|resenas|recensioni|recensies|recenze|opinie|sleve|sleva|slevy|slevach|rabat\w*|descuento\w*|sconto|korting"
    r"|empfehl\w*|mieux notee?s?|mejor valorad\w*|best beoordeeld\w*|mais bem avaliad\w*|promo\w*|wishlist|wunschliste"
    r"|liste d'envies|lista de deseos|lista dei desideri|verlanglijst\w*|lista de desejos|onskelist\w*"
    r"|(?:moet|soll|should) (?:ik|ich|i) (?:\w+ ){0,5}?(?:nemen|nehmen|get|kopen|kaufen|buy)"
    # within a budget: "so bis 80 Euro", "à moins de 100 €"
    r"|(?:bis|unter|under|below|onder|sotto|ponizej|menos de|moins de|abaixo de) (?:de |i |los |les )?\d+ ?(?:€|euros?|eur"
    r"|£|pounds|kr|kc|zl))"
)
_CAMERA_WORD = (
    r"(?:\w*kamer\w*|\w*camer\w*|camara\w*|videodeurbel\w*|video doorbell\w*|babyphone\w*|baby ?monitor\w*"
    r"|babyfoon\w*|vigilabebes?|babyvakt\w*|chuvick\w*|niania elektroniczna)"
)
# The newest models: "jakie są najnowsze kamery ip", "the latest doorbell cameras this year".
_NEWEST = (
    r"(?:newest|latest|new|najnowsze|nowe|neueste\w*|nouvelles?|nouveaux|nuevas?|nuevos|nuove|nuovi|nieuwste|nieuwe"
    r"|mais recentes|novas|senaste|nya|nyeste|nye|nejnovejsi|nove)"
)
# Recordings between the words are content, not shopping: "porównaj nagrania z obu kamer".
_NO_FOOTAGE = (
    r"(?!(?:recordings?|footage|clips?|nagrani\w*|aufnahme\w*|grabacion\w*|registrazion\w*|opname\w*"
    r"|enregistrement\w*|gravac\w*|inspelning\w*|optagelse\w*|opptak\w*|zaznam\w*|videos?|beelden)(?![a-z]))"
)
_CAMERA_SHOPPING = (
    rf"{_NEWEST}(?:[ -]\w+){{0,2}}[ -]{_CAMERA_WORD}",
    rf"{_BUYING}(?:[ -]{_NO_FOOTAGE}\w+){{0,6}}[ -]{_CAMERA_WORD}",
    rf"{_CAMERA_WORD}(?:[ -]{_NO_FOOTAGE}[\w']+){{0,8}} {_BUYING}",
)

CAMERA = word_detector(
    "camera",
    "camera content",
    r"cameras?",
    r"cams?",
    r"webcams?",
    r"footage",
    r"videos?",
    r"recordings?",
    r"recorded",
    r"cctv",
    r"baby ?(?:monitor|phone|fon|fone|foon|call\w*|alarm\w*|vakt\w*|watch\w*)",
    r"babyfoon",
    r"chuvick\w*",
    r"elektronick\w* chuv\w*",
    r"vigila ?bebes",
    r"niani\w* elektroniczn\w*",
    r"intercomunicador (?:do|para o) bebe",
    r"nursing monitor",
    r"nanny ?cam",
    r"security feed",
    r"live feed",
    r"snapshots?",
    r"motion clips?",
    r"clips? from",
    r"who (?:rang|rung|pressed|was at|is at|'s at|came to|knocked(?: on)?) (?:the )?(?:\w+ )?(?:door|doorbell|bell|gate)",
    r"who'?s at the (?:\w+ )?door",
    r"kameras?",
    r"kamer(?:k\w*|ce)",  # the Polish and Czech "kamerka": "co nagrała kamerka psa"
    r"aufnahmen?",
    r"aufgenommen",
    # not a video call: "que tengo videollamada", "videohovory se sekají"
    r"video(?!llamad|chiamat|chamad|anruf|call|konferenz|bellen|gesprek|hovor|samtal|mote|mode)\w*",
    r"wer hat (?:geklingelt|gelautet)",
    r"wer (?:ist|war) an der tur",
    r"beelden",
    r"opnames?",
    r"opgenomen",
    r"wie heeft (?:er )?(?:aangebeld|gebeld)",
    r"wie (?:staat|stond) (?:er )?voor de deur",
    r"enregistrements?",
    r"enregistre",
    r"qui a sonne",
    r"qui est a la porte",
    r"images? de (?:la )?camera",
    r"camaras?",
    r"grabacion\w*",
    r"grabado",
    r"quien (?:ha )?(?:llamado|tocado|toco|llamo) (?:al|el) timbre",
    r"quien (?:esta|estaba) en la puerta",
    r"imagenes",
    r"vigilabebes",
    r"telecamer[ae]",
    r"videocamer[ae]",
    r"registrazion[ei]",
    r"registrato",
    r"filmat[oi]",
    r"chi ha suonato",
    r"chi (?:c'e|e) alla porta",
    *lexicon.CAMERA,
    near_miss=_compile(
        r"(?:buy|best|cheap\w*|review\w*|recommend\w*|compare|vs|versus|which) (?:\w+ )?(?:security |doorbell |ip )?cameras?",
        r"cameras? (?:reviews?|deals?|prices?)",
        r"camera light",
        r"video ?(?:games?|calls?|chat)",
        # a webcam for calls, a bicycle's inner tube: "which webcam for zoom calls", "câmaras de ar"
        r"webcam\w* (?:for|fur|pour|para|per|voor|dla|til|till|pro) \w+ calls?|zoom calls?|camaras? de ar",
        r"youtube",
        r"netflix",
        r"music video",
        r"kamera kaufen",
        r"welche kamera",
        # a camera for photographs, and developing film: "an meiner Systemkamera mit dem 24-mm-Objektiv"
        r"systemkamera\w*|spiegelreflex\w*|dslr|mirrorless|spiegellos\w*|film ?camera|kleinbildkamera\w*",
        r"analog\w* (?:\w+ )?(?:camera|kamera|fotoapar\w*)|darkroom|dunkelkammer|donkere kamer|doka|chambre noire",
        r"cuarto oscuro|camera oscura|ciemni\w*|camara escura|morkrum\w*|morkerom\w*|temna komora",
        r"\d+ ?mm[- ](?:objektiv\w*|lens\w*|objectif|objetivo|obiettivo|obiektyw\w*)|zwart-?witfilm\w*",
        r"schwarz-?weiss-?film\w*|black and white film",
        # the Portuguese town hall: "escreve a reclamação para a câmara", "a câmara municipal"
        r"camara municipal|(?:reclamacao|carta|queixa|requerimento|pedido|email)(?: \w+){0,3} (?:para|a|na) (?:a )?camara",
        *_CAMERA_SHOPPING,
    ),
    validator=_camera_content,
)

CAMERA_SUFFIXES = Detector(
    "camera",
    "camera content",
    # with the definite endings of the Nordic languages: "indkørselskameraet", "uppfartskameran"; Dutch
    # "deurbelcamera", but not the Italian "anticamera" (a hall) nor verbs in "-cam" ("começam", "façam", Polish "wracam")
    re.compile(
        r"(?<![a-z])(?!anticamer)(?![a-z]*(?:[aeu]|dan|lan|alcan|balan|for|almo|cal)cam(?![a-z]))[a-z]+(?:cam|cams|camera|cameras|kamera|kameras|kameraet|kameraen|kameran|kamerat"
        r"|kameraene|kamerorna|kameraerne)(?![a-z])"
    ),
    ("cam", "kamera"),
    near_miss=CAMERA.near_miss,
    anywhere_in_word=True,
    validator=lambda folded, match: not _switched(folded, match),
)

PRESENCE = word_detector(
    "presence",
    "presence of people",
    r"(?:is|are) (?!the |a |an |it |this |that |there |armed )(?:my |our )?\w+ (?:\w+ )?(?:home|at home|back|back home|in the house|still at|still out|still in|at work|at school|at the office|on (?:his|her|their) way|out|away|gone)",
    r"(?:has|have|did) (?!the |a |an |it |this |that |i |you |we )(?:my |our )?\w+ (?:left|arrived|come home|get home|got home|gotten home|come back|make it home|leave)",
    r"(?:has|have) (?!the |a |an |it |this |that |i |you |we )(?:my |our )?\w+ been (?:at|in|out|away|gone|home|there)",
    r"when (?:did|will|does) (?!the |a |an |it |this |that |i |you |we )(?:my |our )?\w+ (?:get|come|be|leave|arrive)\w*(?: home| back)?",
    r"who(?:'s| is| are) (?:\w+ )?(?:home|at home|in the house|here|around)",
    r"(?:any|some|no)(?:one|body) (?:is )?(?:home|at home|in the house)",
    r"whereabouts",
    r"(?:locate|track) (?:my |our )\w+",
    # "ist Lena im Büro", not "ist etwas im Büro kalt" or "welches Licht ist an im Büro"
    r"ist (?!die |der |das |es |ein |eine |etwas |irgendetwas |irgendwas |was |nichts |alles |an |aus |auf |zu |offen "
    r"|verbunden |getrennt |kalt |warm |heiß |heiss |hell |dunkel |nass )\w+ (?:schon |noch |gerade |wieder |jetzt )*"
    r"(?:zu ?hause|daheim|zuruck|unterwegs|im buro|in der schule|auf der arbeit|bei der arbeit|weg|im fitnessstudio"
    r"|beim training|im training|beim sport)",
    r"wer ist (?:\w+ )?(?:zu ?hause|daheim|da)",
    r"ist jemand (?:\w+ )?(?:zu ?hause|daheim|da)",
    r"wann kommt (?!die |der |das )\w+ (?:\w+ )?(?:nach hause|heim)",
    r"is (?!de |het |een |er )\w+ (?:al |nog |weer |nu )*(?:thuis|terug|onderweg|op (?:zijn|haar) werk|op school|weg)",
    r"wie is er (?:\w+ )?thuis",
    r"is er iemand (?:\w+ )?thuis",
    r"wanneer komt (?!de |het )\w+ thuis",
    # not a release: "le nouvel Astérix est sorti ?", "le dernier album est sorti"
    (
        r"(?<!nouvel )(?<!nouveau )(?<!nouvelle )(?<!dernier )(?<!derniere )(?!(?:film|album|livre|jeu|tome|episode"
        r"|disque|single|roman|magazine|journal|iphone|modele|colis|train|vol|avion|bus|resultat|article) )"
        r"\w+ est (?:deja |encore |bien )*(?:a la maison|rentree?|arrivee?|partie?|sortie?)"
    ),
    r"qui est (?:\w+ )?(?:a la maison|la|rentre)",
    r"(?:il y a|y a-t-il) quelqu'un a la maison",
    r"(?:esta|ha llegado|llego|ha vuelto|sigue en) (?!el |la |los |las )\w+ (?:en casa|a casa)",
    r"(?!el |la )\w+ (?:esta|sigue) (?:todavia |ya )?(?:en casa|en el trabajo|en la escuela|en el colegio|en el gimnasio"
    r"|en la fiesta|en el cumple\w*)",
    r"quien (?:esta|hay) en casa",
    r"hay alguien en casa",
    # not the post: "è arrivata posta oggi"
    r"(?<!mi )(?<!ti )(?<!ci )(?<!vi )(?<!gas )(?<!luce )(?<!acqua )(?<!bolletta )(?<!pensione )(?<!stipendio )"
    r"(?:e|sono) (?:gia |ancora )*(?:a casa|rientrat[oaie]|arrivat[oaie]) (?!con |in ritardo|in anticipo)"
    r"(?!(?:la |il |un |una |qualche )?(?:posta|pacc\w+|corriere|lettera|raccomandata|bolletta|fattura|spesa|consegna)"
    r"(?![a-z]))\w+",
    # not a train, a flight or a parcel: "il Frecciarossa è arrivato con due ore di ritardo"
    # nor a bill, a payment or what reached the speaker: "la bolletta del gas è arrivata", "non mi è arrivata"
    r"(?!(?:treno|frecciarossa|italo|aereo|volo|autobus|bus|pacco|corriere|ordine|traghetto|gas|luce|acqua|bolletta"
    r"|fattura|pensione|stipendio|rimborso|bonifico|posta|lettera|messaggio|mi|ti|ci|vi|gli|ne) )\w+ e (?:gia |ancora )*"
    r"(?:a casa|rientrat[oa]|arrivat[oa]|uscit[oa]|in ufficio|a scuola)",
    r"chi (?:e|c'e) (?:a casa|in casa)",
    r"c'e qualcuno (?:a casa|in casa)",
    *lexicon.PRESENCE,
    *lexicon.HOUSEHOLD_AWAY,
    triggers=(
        *lexicon.PRESENCE_TRIGGERS,
        # every alternative must have a literal start (gated_by_prefix raises otherwise): none may go unread
        *chain.from_iterable(
            triggers for triggers, _ in gated_by_prefix(*lexicon.HOUSEHOLD_AWAY)
        ),
        "home",
        "back",
        "house",
        "still",
        "work",
        "school",
        "office",
        "way",
        "out",
        "away",
        "gone",
        "left",
        "arrive",
        "come",
        "leave",
        "where",
        "who",
        "whereabouts",
        "locate",
        "track",
        "hause",
        "daheim",
        "zuruck",
        "unterwegs",
        "buro",
        "arbeit",
        "weg",
        "wo ",
        "wer ",
        "heim",
        "thuis",
        "terug",
        "onderweg",
        "werk",
        "waar",
        "ou est",
        "ou sont",
        "maison",
        "rentre",
        "arrive",
        "parti",
        "sorti",
        "qui est",
        "donde",
        "esta",
        "casa",
        "trabajo",
        "escuela",
        "colegio",
        "gimnasio",
        "dov",
        "dove",
        "rientrat",
        "arrivat",
        "uscit",
        "ufficio",
        "scuola",
    ),
    near_miss=re.compile(lexicon.ROBOT_AT_ITS_BASE + "|" + lexicon.DEGREES_AT_HOME),
)

# "Where is X": a person's whereabouts, unless the home's vocabulary knows its people and X is not one of them.
WHEREABOUTS = word_detector(
    "presence",
    "whereabouts of a person",
    r"(?:where(?: is|'s| are| was| were)|wheres) (?!the |a |an |it |this |that |i |you |we |\w+'s )\w+",
    r"wo (?:ist|sind|steckt) (?!die |der |das |es |ein |eine |mein |meine )\w+"
    + lexicon.END,
    r"waar (?:is|zijn) (?!de |het |een |mijn )\w+",
    r"ou (?:est|sont) (?!le |la |les |l'|mon |ma |mes )\w+",
    r"(?:donde|adonde) (?:esta|estan) (?!el |la |los |las |mi |mis )\w+",
    r"dov(?:'e|e e| e) (?!il |la |lo |l'|i |le |gli |il mio |la mia )\w+",
    r"dove (?:sono|si trova) (?!il |la |lo |i |le )\w+",
    *lexicon.WHEREABOUTS,
    triggers=(
        "where",
        "wo",
        "waar",
        "ou",
        "donde",
        "adonde",
        "dov",
        "dove",
        *lexicon.WHEREABOUTS_TRIGGERS,
    ),
    validator=lambda folded, match: (
        not names_a_parcel(folded, match) and _BORN_OR_DIED.search(folded) is None
    ),
)

# Where the household's car is: it says where whoever drives it is ("where's the tesla parked right now", "hvor er
# annas bil lige nu"); not a car wash, a car park or the car's parts, nor a maker's headquarters.
_CAR_WHERE = (
    r"(?:the |our |my |\w+'s |\w+s |la |l'|le |el |o |a |de |der |das |die |unser |unsere |mein |meine |nosso "
    r"|nossa |meu |minha |notre |ma |mi |nuestro |nasz |moj |nase |moje |teraz |ted |naa |nu |now |\w+ ){0,2}"
)
_CAR_WORD = (
    r"(?:car|tesla|teslaen|teslan|van|ev|electric car|auto|wagen|e-auto|voiture|bagnole|coche|carro|macchina"
    r"|samochod|bil|bilen|elbil|elbilen|vuz)"
)
_NOT_THE_CAR = (
    r"(?!['a-z-])(?! (?:wash|park|parks|dealer\w*|keys?|charger|seat|manual|jack|fuse\w*|insurance|battery|tax|horn"
    r"|with|from|delivering|factory|headquarters|hq|boot|trunk|radio|tyres?|tires?|sharing|rental|hire|show|museum|werk|fabrik\w*"
    r"|hersteller|waschanlage|usine|fabrica|fabbrica|fabriek|fabryk\w*|tovarn\w*|fabrikk\w*)\b)"
)
_A_CAR = re.compile(r"(?<![a-z])" + _CAR_WORD + r"(?![a-z])")
# "and where is it now" or "who drove it last", after a turn about the car: its driver's whereabouts.
_WHERE_IT_IS_OR_WHO_DROVE = re.compile(
    r"^\W*(?:(?:and|und|og|och|en|et|y|e|a|i|ok|okay)\W+)?(?:where(?: is|'s) (?:it|she|he)|wo (?:steht|ist|parkt)"
    r" (?:er|es|sie|der|die|das)|waar (?:staat|is) (?:ie|hij|die|het|ze)|ou (?:est|se trouve)[- ](?:elle|il)"
    r"|(?:elle|il) est ou|donde (?:esta|lo dejo|lo aparco|lo dejaste)|dov'?e (?:adesso|ora|parcheggiata)"
    r"|gdzie (?:jest|stoi|ona|on)|onde (?:esta|fica|ele|ela)|var (?:ar|star) (?:den|han|hon)"
    r"|hvor (?:er|star|holder) (?:den|han|hun)|kde (?:je|stoji|ted))(?![a-z])"
    r"|(?<![a-z])(?:who|wer|qui|quien|chi|wie|kto|quem|vem|hvem|kdo)(?: \w+){0,3} (?:drove|drive|fuhr|gefahren"
    r"|conduit|conduj\w*|conducido|condus\w*|guidat\w*|guido|reed|gereden|jechal\w*|jezdil\w*|jel|jela|dirigiu"
    r"|conduziu|korde|korte|kjorte)(?![a-z])"
)


def asks_where_the_car_named_before_is(folded: str, earlier: str) -> bool:
    """Where it is, or who drove it, after a turn about the household's car: "wie voll ist der Tesla" - "und wo steht er"."""
    return (
        _WHERE_IT_IS_OR_WHO_DROVE.search(folded) is not None
        and _A_CAR.search(earlier) is not None
    )


# How each language asks where it is, before the car's words: "where's", "wo steht", "hvor holder", "kde parkuje".
_CAR_WHERE_OPENINGS = (
    r"(?:where(?: is|'s| was)|wheres) ",
    r"wo (?:steht|ist|parkt) ",
    r"(?:ou est|ou se trouve|ou est garee) ",
    r"(?:donde|adonde) (?:esta|estan|he dejado|dejaste|dejo) (?:aparcad[oa] |estacionad[oa] )?",
    r"dov(?:'e|e e| e|e si trova|e sta) (?:parcheggiata )?",
    r"waar (?:staat|is) ",
    r"gdzie (?:teraz )?(?:jest|stoi) ",
    r"onde (?:esta|fica|ta) (?:estacionad[oa] )?",
    r"var (?:ar|star) ",
    r"hvor (?:er|star|holder) ",
    r"kde (?:ted )?(?:je|stoji|parkuje) ",
)
CAR_WHEREABOUTS = word_detector(
    "presence",
    "where the household's car is",
    *(
        opening + _CAR_WHERE + _CAR_WORD + _NOT_THE_CAR
        for opening in _CAR_WHERE_OPENINGS
    ),
    r"where did \w+ park (?:the |our |my )?" + _CAR_WORD + _NOT_THE_CAR,
    r"(?:est|elle est) ou (?:la|notre|ma) voiture",
    triggers=(
        "where",
        "wo",
        "ou",
        "est",
        "donde",
        "adonde",
        "dov",
        "waar",
        "gdzie",
        "onde",
        "var",
        "hvor",
        "kde",
    ),
)

# A lock, a gate or a key safe with its digits and no code word, gated by a digit or a number word: "the side gate
# is 4190", "der Schlüsseltresor hat jetzt die eins neun acht vier", Dutch "het sleutelkastje 5 5 1 9 is".
LOCK_DIGITS = word_detector(
    "lock_code",
    "lock or alarm code",
    _LOCK_WORDS
    + r"(?: \w+){0,5}? (?:is|ist|es|est|c'est|e|er|ar|je|jest|to|its|it's|hat|has|har|heeft|ma|tem)(?: now| jetzt| nu"
    r"| still| toujours| todavia| ancora| nadal| ainda| fortfarande| stadig| porad)?(?: el| la| die| de| het| o| a)? "
    + rf"{_SAID_DIGIT}(?:[ -]?{_SAID_DIGIT}){{3,}}",
    _LOCK_WORDS
    + rf"(?: \w+){{0,2}}? {_SAID_DIGIT}(?: ?{_SAID_DIGIT}){{3,}} (?:is|ist|er|ar)",
    # switched off by its digits: "vypni alarm jedna tři tři sedm", "slå alarmen fra fire to to otte"
    # (alarm words only: the lock words' compounds would be tried at every word of a long text)
    (
        r"(?:alarm\w*|allarme|alarme|alarma|larm\w*)(?: (?:off|aus|fra|av|uit|spento|de))? "
        rf"{_SAID_DIGIT}(?:[ -]?{_SAID_DIGIT}){{3,}}"
    ),
    # switched off with its code: "Alarmanlage mit 7734 aus", "l'allarme si spegne con 6361"
    _LOCK_WORDS
    + r"(?: \w+){0,4}? (?:with|mit|con|met|com|med|avec|using|z|ze|s|se)(?: the| dem| el| la| de| o| il)? "
    + rf"{_SAID_DIGIT}(?:[ -]?{_SAID_DIGIT}){{3,}}",
    triggers=(*_DIGITS, *sorted(NUMBER_WORDS)),
)

LOCK_CODE = word_detector(
    "lock_code",
    "lock or alarm code",
    _CODE_WORDS
    + r"(?: \w+){0,6}? (?:to|for|of|on|fur|von|der|des|voor|van|het|de|du|la|del|della|dell|di|da|al"
    + lexicon.LOCK_PREPOSITIONS
    + r")(?: \w+){0,3}?(?: |')(?:l')?"
    + _LOCK_WORDS,
    _LOCK_WORDS + r"(?: \w+)? " + _CODE_WORDS + r"s?",
    # the code a door has: "Vilken kod har dörren till lägenheten?"
    _CODE_WORDS + r" (?:har|has|hat|heeft|ma|tem|does) (?:\w+ )?" + _LOCK_WORDS,
    # a door lock's code changed to its digits: "bytt koden på ytterdørlåsen til 8642", "de code van het voordeurslot"
    _CODE_WORDS
    + r"(?: \w+){0,4}? (?:\w*dorr?s?las\w*|\w*deurslot\w*|\w*turschloss\w*|\w*zamk\w*|\w*fechadura)"
    + rf"(?: \w+){{0,3}}? {_SAID_DIGIT}(?: ?{_SAID_DIGIT}){{3,}}",
    r"(?:alarm|tur|haustur|schloss|tresor|deur|alarm|garage|tor)(?:code|pin)s?",
    r"digicode",
    # a safe's dial, turned by numbers: "le coffre-fort dans le dressing c'est 12 à gauche 45 à droite 8 à gauche"
    _LOCK_WORDS
    + rf"(?:[ ,]+[\w']+){{0,10}}? \d{{1,2}} {_DIAL_TURN}(?:[ ,]+[\w']+){{0,2}}? \d{{1,2}} {_DIAL_TURN}",
    # "the new number for the side gate keypad is 5 5 8 2"
    r"keypad(?: \w+){0,3}? (?:is|code|pin|number)(?: now)? \d(?: ?\d){3,}",
    r"(?:dis)?arm (?:the )?(?:alarm|system|house|home)(?: \w+){0,6}? (?:code|pin|\d)",
    rf"(?:dis)?arm (?:the )?(?:alarm|system|house|home)(?: \w+){{0,6}}? {_SAID_DIGIT}(?: {_SAID_DIGIT}){{3,}}",
    r"(?:entsperr|unscharf)\w*(?: \w+){0,4}? (?:code|pin|\d)",
    r"code (?:is|ist|es|est|e) \d",
    # the code changed or set to its digits: "cámbiame el código a 4815", "bytt koden til 4815", "zmień kod na 4815"
    r"(?<!zip )(?<!postal )(?<!post )(?<!area )(?<!country )"
    + _CODE_WORDS
    + r" (?:to|auf|zu|en|in|naar|op|na|para|till|til|a|ke|of) \d(?: ?\d){3,}",
    # "what is my bank PIN 4821": a code word right before four or more digits (not a zip or area code)
    r"(?<!zip )(?<!postal )(?<!post )(?<!area )(?<!country )(?<!dialling )(?<!dialing )"
    + _CODE_WORDS
    + r"(?: is| ist| es| est| e| er| ar| je| to| ?:|=)? \d(?: ?\d){3,}",
    # "der Code fürs Gartentor ist 4471": a code word, a few words, then its digits
    _CODE_WORDS
    + r"(?:,? \w+){0,12}?,? (?:is|ist|es|est|c'est|e|er|ar|je|jest|to|lautet|zni|wynosi)(?: now| jetzt| nu| ted| teraz)?"
    r" \d(?: ?\d){2,}",
    # a code read out digit by digit: "the front door code is now four four two seven"
    _CODE_WORDS + rf"(?: \w+){{0,6}}? {_SAID_DIGIT}(?:[ -]{_SAID_DIGIT}){{2,}}",
    # a code asked for again, in the past tense: "what was the code again", "jaki był ten kod", "vad var koden"
    r"(?:what|wat|wie|was|quel|cual|qual|vad|hvad|hva|jaki|jaky|welke|welcher) (?:was|war|etait|era|var|byl)"
    r"(?: \w+){0,3}? " + _CODE_WORDS + r"(?![a-z])",
    r"c'? ?etait quoi(?: deja)? (?:le |ton |mon )?" + _CODE_WORDS + r"(?![a-z])",
    *lexicon.LOCK_CODE,
    triggers=(
        *lexicon.LOCK_TRIGGERS,
        "code",
        "pin",
        "codigo",
        "codice",
        "combina",
        "kombi",
        "coffre",
        "cassaforte",
        "fuerte",
        "cofre",
        "portachiavi",
        "arm ",
        "entsperr",
        "unscharf",
        "digicode",
        "keypad",
        "gate",
        "door",
        "tur",
        "deur",
        "puerta",
        "porte",
        "porta",
        "schlussel",
        "sleutel",
        "key",
        "house",
        "home",
    ),
    validator=_lock_code_is_secret,
)


@lru_cache(maxsize=64)
def identifiers(folded: str) -> tuple[IdentifierMatch, ...]:
    """Every validated identifier in folded text, written or read out (cached: the hard and unsure checks ask)."""
    written = tuple(find_identifiers(folded)) if _DIGIT.search(folded) else ()
    return written + tuple(find_spoken_identifiers(folded))


class IdentifierDetector:
    """Numbers that pass a sure check-digit format: bank accounts, cards, national, tax and insurance ids."""

    prefix_triggers: frozenset[str] = frozenset()

    def find(self, folded: str, _prefixes: frozenset[str]) -> PrivacyFinding | None:
        """Return the first sure identifier in `folded`."""
        match = next((found for found in identifiers(folded) if found.sure), None)
        if match is None:
            return None
        return PrivacyFinding(
            match.format.kind, match.start, match.end, match.format.label
        )


def find_unsure(folded: str) -> PrivacyFinding | None:
    """Return a number that passes a weak check (it may be an id, or a coincidence), for the cloud gate."""
    match = next(
        (
            found
            for found in identifiers(folded)
            if not found.sure and not after_a_parcel(folded, found.start)
        ),
        None,
    )
    if match is None:
        return None
    return PrivacyFinding(
        "possible_id", match.start, match.end, f"possibly a {match.format.label}"
    )


_SUGAR = (
    "sugar",
    "zucker",
    "sucre",
    "azucar",
    "zucchero",
    "suiker",
    "cukier",
    "cukru",
    "cukr",
    "acucar",
)
_SUGAR_NORDIC = ("socker", "sukker", "sockret", "sukkeret", "sukkern")
# Measured fasting: a blood sugar reading whatever the unit ("deux grammes dix à jeun").
_FASTING = re.compile(
    r"nuchtern|a jeun|en ayunas|a digiuno|nuchter|na czczo|em jejum|fastande|fastende|nalacno"
)
# Else a number near it, or the morning's meal ("my sugar was 180 after breakfast").
_SUGAR_READING = re.compile(
    r"\d|breakfast|fruhstuck|petit[- ]dejeuner|desayuno|colazione|ontbijt|sniadani\w*|pequeno[- ]almoco|frukost"
    r"|morgenmad\w*|frokost|snidan\w*"
)
# Sugar in the kitchen: an amount, a recipe, a baking word.
_SUGAR_IN_THE_KITCHEN = WordAlternation(
    r"(?<![a-z])(?:g|gr|grams?|gramm|grammes?|gramos|grammi|gram|gramu|gramas|kg|kilo\w*|cups?|tablespoons?"
    r"|teaspoons?|tbsp|tsp|spoons?|loffel|cuilleres?|cucharad\w*|cucchiai\w*|lepels?|lyzk\w*|colheres?"
    r"|matsked\w*|tesked\w*|spiseskefuld|lzic\w*|recipe\w*|rezept\w*|recette\w*|receta\w*|ricett\w*"
    r"|recept\w*|przepis\w*|receita\w*|cake|kuchen|gateau|pastel|torta|taart|ciast\w*|bolo|kaka|kage|kake"
    r"|dort\w*|bake|backen|buy|kaufen|acheter|comprar|comprare|kopen|kupic|kopa|kobe|kjope|koupit|bags?|packs?"
    r"|packets?|list|liste|lista|listy|seznam\w*|shopping|einkauf\w*|courses|compra|spesa|boodschappen|zakup\w*"
    r"|compras|inkop\w*|indkob\w*|handle\w*|nakup\w*|free|frei|sans|sin|senza|vrij|bez|sem|fri|calories|kalori\w*)(?![a-z])"
)


def _sugar_reading(folded: str, match: re.Match[str]) -> bool:
    """Accept sugar measured fasting, or with a number near it (possibly read out) outside the kitchen."""
    window = folded[max(0, match.start() - 40) : match.end() + 60]
    if _FASTING.search(window):
        return True
    if _SUGAR_IN_THE_KITCHEN.search(window):
        return False
    return bool(_SUGAR_READING.search(window)) or bool(
        set(words(window)) & NUMBER_WORDS.keys()
    )


BLOOD_SUGAR = word_detector(
    "health",
    "health",
    *_SUGAR,
    *_SUGAR_NORDIC,
    validator=_sugar_reading,
)


class SplitMedicineDetector:
    """A medicine's name written as two words by speech-to-text: "påminn mig att ge emil alve don klockan sju"."""

    prefix_triggers: frozenset[str] = frozenset()
    # the beginnings a split can leave ("alve", "anti", "ben", "benu"): most words are none, one look-up each
    _beginnings = frozenset(
        name[:end]
        for name in lexicon.SPLIT_MEDICINES
        for end in range(_MIN_PIECE, len(name))
    )
    _by_start: Mapping[str, tuple[str, ...]] = {
        start: tuple(name for name in lexicon.SPLIT_MEDICINES if name.startswith(start))
        for start in {name[:_MEDICINE_START] for name in lexicon.SPLIT_MEDICINES}
    }

    def find(self, folded: str, _prefixes: frozenset[str]) -> PrivacyFinding | None:
        """Return the first two or three words in a row that spell a medicine ("cal pole", "ben u ron")."""
        tokens = words(folded)
        for index, first in enumerate(tokens):
            if first not in self._beginnings:
                continue
            joined = first
            for piece in tokens[index + 1 : index + _MAX_MEDICINE_PIECES]:
                joined += piece
                if self._spells_a_medicine(first, joined):
                    return self._finding(folded, first, piece)
                if joined not in self._beginnings:
                    break
        return None

    def _spells_a_medicine(self, first: str, joined: str) -> bool:
        """Whether the joined words are a medicine's name, with at most two letters of ending, split inside it."""
        return any(
            len(first) < len(name) <= len(joined) <= len(name) + 2
            and joined.startswith(name)
            for name in self._by_start.get(joined[:_MEDICINE_START], ())
        )

    @staticmethod
    def _finding(folded: str, first: str, last: str) -> PrivacyFinding:
        """The finding from the first word of the split name to its last."""
        found = re.search(rf"(?<![a-z]){first}(?![a-z])", folded)
        start = found.start() if found else 0
        end = folded.find(last, start + len(first)) + len(last)
        return PrivacyFinding("health", start, end, "health")


HARD_DETECTORS: tuple[
    Detector | IdentifierDetector | IndexedDetector | SplitMedicineDetector, ...
] = (
    LOCK_CODE,
    CREDENTIALS,
    SECRET_TOKEN,
    CARD_WORDS,
    CARD_SHAPED,
    CREDENTIAL_VALUE,
    LOCK_DIGITS,
    IdentifierDetector(),
    IBAN_WORDS,
    NATIONAL_ID,
    PASSPORT,
    DOCUMENT_NUMBER,
    BOOKING_REFERENCE,
    HEALTH,
    HEALTH_SUFFIXES,
    SplitMedicineDetector(),
    HEALTH_IN_CONTEXT,
    OWN_BODY,
    BLOOD_SUGAR,
    CONFIDENTIAL,
    CAMERA,
    CAMERA_SUFFIXES,
    PRESENCE,
    CAR_WHEREABOUTS,
    WHEREABOUTS,
)
SOFT_DETECTORS: tuple[Detector, ...] = (EMAIL, PHONE)
_WORD_START_GATE = WordStartGate(
    trigger
    for detector in HARD_DETECTORS + SOFT_DETECTORS
    for trigger in detector.prefix_triggers
)


@lru_cache(maxsize=64)
def word_prefixes(folded: str) -> frozenset[str]:
    """The prefix triggers that some word of `folded` starts with, for gating the detectors cheaply."""
    return _WORD_START_GATE.found(words(folded))


def detect_private(text: str) -> PrivacyFinding | None:
    """Return the first reason `text` must stay local, or None.

    Data that cannot be removed by redaction (credentials, health, presence, ...) is reported first;
    e-mail addresses and phone numbers come after, as they can be redacted instead.
    """
    folded = fold(text)
    return next(_findings(folded, HARD_DETECTORS + SOFT_DETECTORS), None)


@lru_cache(maxsize=64)
def detect_hard_private(folded: str) -> PrivacyFinding | None:
    """Return the first non-redactable finding in already folded text (cached: a decision asks more than once)."""
    return next(_findings(folded, HARD_DETECTORS), None)


def find_redactable(folded: str) -> list[PrivacyFinding]:
    """Return every e-mail address and phone number in already folded text, left to right."""
    prefixes = word_prefixes(folded)
    found = [
        PrivacyFinding(detector.kind, match.start(), match.end(), detector.label)
        for detector in SOFT_DETECTORS
        if detector.triggered(folded, prefixes)
        for match in detector.pattern.finditer(folded)
        if detector.validator is None or detector.validator(folded, match)
    ]
    return sorted(found, key=lambda finding: finding.start)


def _findings(
    folded: str,
    detectors: tuple[
        Detector | IdentifierDetector | IndexedDetector | SplitMedicineDetector, ...
    ],
) -> Iterator[PrivacyFinding]:
    """Yield the first finding of each detector, in detector order."""
    prefixes = word_prefixes(folded)
    for detector in detectors:
        finding = detector.find(folded, prefixes)
        if finding is not None:
            yield finding
