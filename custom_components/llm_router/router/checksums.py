"""Checksums that tell real card and account numbers from arbitrary digit strings."""

from __future__ import annotations

import string

_IBAN_LETTER_VALUES = {
    letter: str(index + 10) for index, letter in enumerate(string.ascii_uppercase)
}


def luhn_valid(number: str) -> bool:
    """Return whether the digits of `number` (13-19 of them) pass the Luhn check used by payment cards."""
    digits = [int(char) for char in number if char.isdigit()]
    if not 13 <= len(digits) <= 19:
        return False
    total = 0
    for position, digit in enumerate(reversed(digits)):
        doubled = digit * 2 if position % 2 else digit
        total += doubled - 9 if doubled > 9 else doubled
    return total % 10 == 0


def iban_valid(candidate: str) -> bool:
    """Return whether `candidate` (spaces allowed, any case) is an IBAN with a correct mod-97 checksum."""
    compact = "".join(candidate.split()).upper()
    if (
        not 15 <= len(compact) <= 34
        or not compact.isalnum()
        or not compact[:2].isalpha()
        or not compact[2:4].isdigit()
    ):
        return False
    rearranged = compact[4:] + compact[:4]
    numeric = "".join(_IBAN_LETTER_VALUES.get(char, char) for char in rearranged)
    return int(numeric) % 97 == 1
