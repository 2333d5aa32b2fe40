"""Home Assistant's own sentence recognition for `route_eval --recognize`, as the conversation integration runs it.

In a real install the router gets the intent that Home Assistant's built-in sentences recognize in an utterance
(with the home's exposed entities, areas and floors) before it decides. This matches each utterance against the
same sentence data (the `home-assistant-intents` package that Home Assistant ships) with hassil, the library the
conversation integration uses, and the names of the run's home. The home's JSON names entities but not their
domains, so every name is offered to every domain's sentences: slightly kinder than a real install. Home
Assistant's fuzzy matching of near sentences is not simulated: it recognizes more than this does.
"""

from __future__ import annotations

from functools import cache

from hassil import Intents, recognize
from hassil.intents import SlotList, TextSlotList
from home_assistant_intents import get_intents

from custom_components.llm_router.router.vocabulary import HomeVocabulary

_DOMAINS = (
    "light",
    "switch",
    "fan",
    "cover",
    "lock",
    "climate",
    "media_player",
    "vacuum",
    "valve",
    "sensor",
    "binary_sensor",
    "scene",
    "script",
    "todo",
    "lawn_mower",
    "humidifier",
    "water_heater",
)


@cache
def _intents(language: str) -> Intents | None:
    data = get_intents(language)
    return Intents.from_dict(data) if data else None


@cache
def _slot_lists(home: HomeVocabulary) -> dict[str, SlotList]:
    return {
        "name": TextSlotList.from_tuples(
            (name, name, {"domain": domain})
            for name in home.entities
            for domain in _DOMAINS
        ),
        "area": TextSlotList.from_strings(home.areas or ("-",)),
        "floor": TextSlotList.from_strings(home.floors or ("-",)),
        # Home Assistant replaces the sentences' wildcard of zones with the home's zones
        "zone": TextSlotList.from_strings(home.zones or ("-",)),
    }


def recognized_intent(
    text: str, language: str | None, home: HomeVocabulary
) -> str | None:
    """The built-in intent Home Assistant recognizes in `text`, or None (also for a language it has no sentences for)."""
    intents = _intents(language or "en")
    if intents is None:
        return None
    result = recognize(text, intents, slot_lists=_slot_lists(home))
    return result.intent.name if result is not None else None
