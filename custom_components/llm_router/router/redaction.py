"""Redaction of e-mail addresses, phone numbers and household names in text that leaves the house."""

from __future__ import annotations

from dataclasses import dataclass
import re

from .privacy import find_redactable
from .text import fold

PLACEHOLDERS = {"email": "[email]", "phone": "[phone number]", "name": "[name]"}


@dataclass(frozen=True)
class Redacted:
    """The redacted text and the kinds that were replaced, in first-seen order."""

    text: str
    kinds: tuple[str, ...]


def redact(text: str, household_names: tuple[str, ...]) -> Redacted:
    """Replace e-mails, phone numbers and household names with placeholders."""
    kinds: list[str] = []
    pieces: list[str] = []
    position = 0
    for finding in find_redactable(fold(text)):
        if finding.start < position:
            continue
        pieces += [text[position : finding.start], PLACEHOLDERS[finding.kind]]
        position = finding.end
        kinds.append(finding.kind)
    redacted = "".join(pieces) + text[position:]
    names = [name.strip() for name in household_names if name.strip()]
    if names:
        pattern = re.compile(
            r"(?<!\w)(?:"
            + "|".join(re.escape(name) for name in names)
            + r")(?:'s)?(?!\w)",
            re.IGNORECASE,
        )
        redacted, count = pattern.subn(PLACEHOLDERS["name"], redacted)
        if count:
            kinds.append("name")
    return Redacted(redacted, tuple(dict.fromkeys(kinds)))
