"""A question a household member asks through the speaker: "Margit wants to know if the price cap goes up".

The asker's name opens the utterance and says nothing about where anyone is, so the router reads only the
question after it ("if the price cap goes up": search). A person named inside the question still counts
("Lena fragt, ob Jonas schon zu Hause ist" stays private).
"""

from __future__ import annotations

import re

from .text import WORD_RE
from .utterance import Reading
from .vocabulary import NameKind

_ASKS = (
    r"asks?(?: you)?|is asking(?: you)?|wants to know|would like to know|wonders|is wondering"
    r"|fragt(?: dich)?|will wissen|mochte wissen|wurde gern wissen"
    r"|demande|veut savoir|voudrait savoir|se demande"
    r"|pregunta|quiere saber|se pregunta|chiede|vuole sapere|si chiede|domanda"
    r"|vraagt(?: of)?|wil weten|vraagt zich af"
    r"|pyta|chce wiedziec|zastanawia sie|pergunta|quer saber|esta a perguntar"
    r"|undrar|fragar|vill veta|sporger|spor|vil vide|undrer sig over|lurer pa|vil vite|undrer pa"
    r"|se pta|pta se|chce vedet|by chtel vedet|by chtela vedet"
)
# The asking verb right after the name, a comma, and a word for "if" when it is a yes-or-no question.
_RELAY = re.compile(
    rf"\W*(?:{_ASKS})\b[,:]?\s+(?:(?:if|whether|ob|of|om|si|s'(?=il)|se|jestli|zda|czy)\b\s*)?"
)
_MIN_QUESTION_WORDS = 2


def relayed_question(text: str, reading: Reading) -> str | None:
    """The question in `text` when it opens with a household member's name and an asking verb, or None."""
    asker = next(iter(reading.names), None)
    if asker is None or asker.kind is not NameKind.PERSON or asker.first_word != 0:
        return None
    name_end = _end_of_word(reading.folded, asker.end_word - 1)
    relay = _RELAY.match(reading.folded, name_end)
    if relay is None:
        return None
    question = text[relay.end() :]
    return (
        question
        if len(WORD_RE.findall(question.lower())) >= _MIN_QUESTION_WORDS
        else None
    )


def _end_of_word(folded: str, index: int) -> int:
    """Where the `index`-th word of the folded text ends."""
    for position, word in enumerate(WORD_RE.finditer(folded)):
        if position == index:
            return word.end()
    return len(folded)
