"""Identifiers with real check digits (python-stdnum): bank accounts, cards, national, tax and health-insurance ids.

Candidates are found cheaply on folded text: runs of digit-bearing tokens joined by single separators
("de89 3704 0044 0532 0130 00", "390.533.447-05", "x-2482300-w"). Each run, and each window of its tokens, is
checked only against the formats of its length and shape, so a text without digits costs one regex search.

A format is *strong* when a random number of its shape almost never validates (two check digits, a letter
check, a birth date plus a check digit) or when it is written the way that id is printed ("880320-0016").
A bare number that only passes a weak check (nine digits and one mod-11 digit) is not proof of an id:
it makes the text *unsure* (kept off the cloud) rather than private. Numbers read out in words
(`spoken_numbers`) get the same checks; one that passes none is unsure too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
import re

from stdnum import iban, luhn
from stdnum.br import cpf
from stdnum.cz import bankaccount as cz_bankaccount, rc
from stdnum.de import idnr
from stdnum.dk import cpr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.no import fodselsnummer
from stdnum.pl import nip, pesel
from stdnum.pt import nif as pt_nif
from stdnum.se import personnummer
from stdnum.us import ssn

from .spoken_numbers import spoken_numbers

# Tokens that contain a digit, joined by one separator; a lone letter may open or close the run (NIE "x 2482300 w").
_TOKEN = r"[a-z]*\d[a-z0-9]*"
_SEPARATOR = r"(?: - |[ ./-])"
# A bank code of four letters may stand between digit groups: "GB29 NWBK 6016 1331 9268 19", "NL91 ABNA 0417 …".
CANDIDATE_RUN = re.compile(
    rf"(?<![\w+])\+?(?:[a-z]{_SEPARATOR})?{_TOKEN}(?:{_SEPARATOR}(?:{_TOKEN}|[a-z]{{4}}(?={_SEPARATOR}\d)))*"
    rf"(?:{_SEPARATOR}[a-z](?!\w))?"
)
_SPLIT = re.compile(_SEPARATOR)
_MAX_WINDOW = 8
_MIN_LENGTH, _MAX_LENGTH = 9, 34

# Letters of the health-insurance number (KVNR) count as their position in the alphabet, two digits each.
_KVNR_WEIGHTS = (1, 2) * 5
_MBI = re.compile(
    r"[1-9][ac-hjkmnp-rt-y][ac-hjkmnp-rt-y0-9]\d[ac-hjkmnp-rt-y][ac-hjkmnp-rt-y0-9]\d[ac-hjkmnp-rt-y]{2}\d{2}"
)


def kvnr_valid(number: str) -> bool:
    """Check a German health-insurance number (Krankenversichertennummer): a letter, eight digits, a check digit."""
    if len(number) != 10 or not number[0].isalpha() or not number[1:].isdigit():
        return False
    digits = f"{ord(number[0].lower()) - 96:02d}{number[1:9]}"
    total = sum(
        sum(divmod(int(digit) * weight, 10))
        for digit, weight in zip(digits, _KVNR_WEIGHTS, strict=True)
    )
    return total % 10 == int(number[9])


def mbi_valid(number: str) -> bool:
    """Check the shape of a US Medicare Beneficiary Identifier (it has no check digit, but a strict letter layout)."""
    return _MBI.fullmatch(number) is not None


def czech_account_valid(number: str) -> bool:
    """Check a Czech account number written without separators: [prefix of up to six digits] number, bank code."""
    account, bank = number[:-4], number[-4:]
    return any(
        cz_bankaccount.is_valid(
            f"{account[:cut]}-{account[cut:]}/{bank}" if cut else f"{account}/{bank}"
        )
        for cut in range(min(7, len(account) - 1))
    )


@dataclass(frozen=True)
class IdFormat:
    """One identifier format: what it is, the compact shape it must have, its validator and how sure a match is."""

    kind: str
    label: str
    shape: re.Pattern[str]
    check: Callable[[str], bool]
    strong: bool = True
    printed: re.Pattern[str] | None = None

    def verdict(self, raw: str, compact: str) -> bool | None:
        """True for a sure match, False for a weak one (valid but maybe a coincidence), None for no match."""
        if self.shape.fullmatch(compact) is None or not self.check(compact):
            return None
        return self.strong or (
            self.printed is not None and self.printed.fullmatch(raw) is not None
        )


_NIR = r"[1-478]\d{4}[0-9][0-9ab]\d{6}(?:\d{2})?"
_CODICE_FISCALE = r"[a-z]{6}[0-9lmnp-v]{2}[a-z][0-9lmnp-v]{2}[a-z][0-9lmnp-v]{3}[a-z]"


def _format(
    kind: str,
    label: str,
    shape: str,
    check: Callable[[str], object],
    *,
    strong: bool = True,
    printed: str | None = None,
) -> IdFormat:
    return IdFormat(
        kind,
        label,
        re.compile(shape),
        lambda number: bool(check(number)),
        strong,
        re.compile(printed) if printed else None,
    )


type _Check = Callable[[str], object]

# National, tax and insurance ids that a random number of their shape almost never passes: (label, shape, check).
_SURE_IDS: tuple[tuple[str, str, _Check], ...] = (
    ("German tax id (IdNr)", r"[1-9]\d{10}", idnr.is_valid),
    ("German health-insurance number (KVNR)", r"[a-z]\d{9}", kvnr_valid),
    ("Spanish DNI", r"\d{8}[a-z]", dni.is_valid),
    ("Spanish NIE", r"[xyz]\d{7}[a-z]", nie.is_valid),
    ("French social security number (NIR)", _NIR, nir.is_valid),
    ("Italian codice fiscale", _CODICE_FISCALE, codicefiscale.is_valid),
    ("Polish PESEL", r"\d{11}", pesel.is_valid),
    ("Brazilian CPF", r"\d{11}", cpf.is_valid),
    ("Norwegian national id (fodselsnummer)", r"\d{11}", fodselsnummer.is_valid),
    ("US Medicare number (MBI)", r"[1-9][a-z0-9]{10}", mbi_valid),
)
# Ids of nine or ten digits and one check digit: sure only as printed (the last field), else unsure.
_WEAK_IDS: tuple[tuple[str, str, _Check, str | None], ...] = (
    (
        "Swedish personnummer",
        r"(?:\d{2})?\d{10}",
        personnummer.is_valid,
        r"(?:\d{2})?\d{6}[-+]\d{4}",
    ),
    ("Danish CPR number", r"\d{10}", cpr.is_valid, r"\d{6}-\d{4}"),
    ("Czech birth number (rodne cislo)", r"\d{9,10}", rc.is_valid, r"\d{6}/\d{3,4}"),
    ("US social security number", r"\d{9}", ssn.is_valid, r"\d{3}-\d{2}-\d{4}"),
    ("Polish tax number (NIP)", r"\d{10}", nip.is_valid, r"\d{3}-\d{3}-\d{2}-\d{2}"),
    ("Dutch citizen number (BSN)", r"\d{9}", bsn.is_valid, None),
    ("Portuguese tax number (NIF)", r"\d{9}", pt_nif.is_valid, None),
    ("NHS number", r"\d{10}", nhs.is_valid, r"\d{3} \d{3} \d{4}"),
    (
        "Czech bank account",
        r"\d{6,20}",
        czech_account_valid,
        r"(?:\d{1,6}-)?\d{2,10}/\d{4}",
    ),
)
FORMATS: tuple[IdFormat, ...] = (
    _format(
        "iban", "bank account (IBAN)", r"[a-z]{2}\d{2}[a-z0-9]{11,30}", iban.is_valid
    ),
    _format("card_number", "card number", r"[2-6]\d{12,18}", luhn.is_valid),
    *(_format("national_id", *sure) for sure in _SURE_IDS),
    *(
        _format("national_id", label, shape, check, strong=False, printed=printed)
        for label, shape, check, printed in _WEAK_IDS
    ),
)

LETTERED_FORMATS = tuple(
    id_format for id_format in FORMATS if "[a-z" in id_format.shape.pattern
)
DIGIT_FORMATS = tuple(
    id_format for id_format in FORMATS if id_format not in LETTERED_FORMATS
)
# A number read out in words that no format validates is still unsure: it may be an id, a code or an account.
READ_OUT = IdFormat(
    "possible_id", "number read out", re.compile(r"\d+"), lambda _: True, strong=False
)


@dataclass(frozen=True)
class IdentifierMatch:
    """A validated identifier: its format, its span in the folded text and whether it is a sure match."""

    format: IdFormat
    start: int
    end: int
    sure: bool


def _windows(run: re.Match[str]) -> Iterator[tuple[int, int, str, str, bool]]:
    """Yield (start, end, raw, compact, whole) for every window of the run's tokens, longest first.

    `whole` marks a window with every digit-bearing token of the run (a lone letter at an end may be a word).
    """
    text, base = run.group(), run.start()
    cuts = [
        0,
        *(edge for sep in _SPLIT.finditer(text) for edge in sep.span()),
        len(text),
    ]
    tokens = list(zip(cuts[::2], cuts[1::2], strict=True))
    digit_tokens = [
        index for index, (a, b) in enumerate(tokens) if b - a > 1 or text[a].isdigit()
    ]
    core = (digit_tokens[0], digit_tokens[-1])
    for first in range(len(tokens)):
        for last in range(min(len(tokens), first + _MAX_WINDOW) - 1, first - 1, -1):
            start, end = tokens[first][0], tokens[last][1]
            compact = "".join(text[a:b] for a, b in tokens[first : last + 1])
            if _MIN_LENGTH <= len(compact) <= _MAX_LENGTH:
                whole = first <= core[0] and last >= core[1]
                yield base + start, base + end, text[start:end], compact, whole


def find_identifiers(folded: str) -> Iterator[IdentifierMatch]:
    """Yield every validated identifier in folded text, sure matches and weak ones, left to right.

    A run written with a leading "+" is a phone number, not an id. Only formats with letters in them (IBAN, DNI,
    codice fiscale...) are looked for inside a longer run: part of a long number passing a digits-only check
    is a coincidence.
    """
    for run in CANDIDATE_RUN.finditer(folded):
        if run.group().startswith("+"):
            continue
        for start, end, raw, compact, whole in _windows(run):
            for id_format in FORMATS if whole else LETTERED_FORMATS:
                verdict = id_format.verdict(raw, compact)
                if verdict is not None:
                    yield IdentifierMatch(id_format, start, end, verdict)


def find_spoken_identifiers(folded: str) -> Iterator[IdentifierMatch]:
    """Yield the numbers read out in words in folded text, as validated identifiers or as unsure READ_OUT ones."""
    for number in spoken_numbers(folded):
        for id_format in (*DIGIT_FORMATS, READ_OUT):
            verdicts = {id_format.verdict(digits, digits) for digits in number.readings}
            if verdicts - {None}:
                yield IdentifierMatch(
                    id_format, number.start, number.end, True in verdicts
                )
