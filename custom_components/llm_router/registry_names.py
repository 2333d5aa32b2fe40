"""The home's vocabulary for the router, built from Home Assistant's registries and kept fresh.

People (person entities and their aliases), areas and floors (with aliases), the entities exposed to Assist (their
names and aliases) and zones. Rebuilt shortly after any of them change (debounced: a burst of registry updates
costs one rebuild), so a turn only reads a ready index.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from homeassistant.components.homeassistant.exposed_entities import (
    async_listen_entity_updates,
    async_should_expose,
)
from homeassistant.const import EVENT_STATE_CHANGED
from homeassistant.core import Event, EventStateChangedData, HomeAssistant, callback
from homeassistant.helpers import (
    area_registry as ar,
    entity_registry as er,
    floor_registry as fr,
)
from homeassistant.helpers.debounce import Debouncer

from .const import LOGGER
from .router.vocabulary import HomeVocabulary

CONVERSATION = "conversation"
PERSON_DOMAIN = "person"
ZONE_DOMAIN = "zone"
# Seconds after the last registry change before the vocabulary is rebuilt.
REBUILD_COOLDOWN = 1.0
_REGISTRY_EVENTS = (
    er.EVENT_ENTITY_REGISTRY_UPDATED,
    ar.EVENT_AREA_REGISTRY_UPDATED,
    fr.EVENT_FLOOR_REGISTRY_UPDATED,
)


class HomeVocabularyIndex:
    """Holds the current HomeVocabulary and rebuilds it when the home's names change."""

    def __init__(self, hass: HomeAssistant) -> None:
        """Build nothing yet; `async_start` builds the first index and starts listening."""
        self.hass = hass
        self.vocabulary = HomeVocabulary()
        self._debouncer = Debouncer(
            hass,
            LOGGER,
            cooldown=REBUILD_COOLDOWN,
            immediate=False,
            function=self.async_rebuild,
        )

    @callback
    def async_start(self) -> Callable[[], None]:
        """Build the index now and rebuild it after changes; returns what stops the listening."""
        self.async_rebuild()
        removers = [
            self.hass.bus.async_listen(event_type, self._changed)
            for event_type in _REGISTRY_EVENTS
        ]
        removers.append(
            self.hass.bus.async_listen(
                EVENT_STATE_CHANGED, self._changed, event_filter=_name_changed
            )
        )
        removers.append(
            async_listen_entity_updates(self.hass, CONVERSATION, self._exposure_changed)
        )

        @callback
        def stop() -> None:
            for remover in removers:
                remover()
            self._debouncer.async_shutdown()

        return stop

    @callback
    def _changed(self, _event: Event[Any]) -> None:
        self._debouncer.async_schedule_call()

    @callback
    def _exposure_changed(self) -> None:
        self._debouncer.async_schedule_call()

    @callback
    def async_rebuild(self) -> None:
        """Read the registries and the exposed entities into a fresh vocabulary."""
        self.vocabulary = build_vocabulary(self.hass)


@callback
def build_vocabulary(hass: HomeAssistant) -> HomeVocabulary:
    """The home's names: people, areas, floors, entities exposed to Assist, and zones."""
    entities = er.async_get(hass)
    exposed: list[tuple[str, Iterable[str]]] = []
    persons: list[str] = []
    zones: list[str] = []
    for state in hass.states.async_all():
        entry = entities.async_get(state.entity_id)
        aliases = (
            [alias for alias in entry.aliases if isinstance(alias, str)]
            if entry
            else []
        )
        if state.domain == PERSON_DOMAIN:
            persons += [state.name, *aliases]
        elif state.domain == ZONE_DOMAIN:
            zones += [state.name, *aliases]
        elif async_should_expose(hass, CONVERSATION, state.entity_id):
            exposed.append((state.name, aliases))
    return HomeVocabulary.build(
        persons=persons,
        areas=_names_and_aliases(ar.async_get(hass).async_list_areas()),
        floors=_names_and_aliases(fr.async_get(hass).async_list_floors()),
        entities=exposed,
        zones=zones,
    )


def _names_and_aliases(
    entries: Iterable[ar.AreaEntry | fr.FloorEntry],
) -> list[str]:
    return [spelling for entry in entries for spelling in (entry.name, *entry.aliases)]


@callback
def _name_changed(data: EventStateChangedData) -> bool:
    """A person, zone or entity appeared, went away or was renamed (not a mere state change)."""
    old, new = data["old_state"], data["new_state"]
    if old is None or new is None:
        return True
    return old.name != new.name
