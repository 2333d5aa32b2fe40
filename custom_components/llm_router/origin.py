"""Each turn's origin: its satellite or device, the area and floor it stands in, and the person speaking.

Resolved origins and the person index are built once and dropped when a registry or a person changes, so a
turn costs a dictionary lookup, not a registry scan.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from homeassistant.const import EVENT_STATE_CHANGED
from homeassistant.core import Event, EventStateChangedData, HomeAssistant, callback
from homeassistant.helpers import (
    area_registry as ar,
    device_registry as dr,
    entity_registry as er,
    floor_registry as fr,
)

from .router import Origin

PERSON_DOMAIN = "person"
_PERSON_ATTRIBUTES = ("user_id", "device_trackers")
_REGISTRY_EVENTS = (
    er.EVENT_ENTITY_REGISTRY_UPDATED,
    dr.EVENT_DEVICE_REGISTRY_UPDATED,
    ar.EVENT_AREA_REGISTRY_UPDATED,
    fr.EVENT_FLOOR_REGISTRY_UPDATED,
)

type OriginKey = tuple[str | None, str | None, str | None]


class OriginResolver:
    """Finds where a turn came from and who spoke, from cached registry lookups."""

    def __init__(self, hass: HomeAssistant) -> None:
        """Start with empty caches; call async_listen to keep them fresh."""
        self.hass = hass
        self._origins: dict[OriginKey, Origin] = {}
        self._persons: _PersonIndex | None = None

    @callback
    def async_listen(self) -> Callable[[], None]:
        """Drop the caches whenever a registry or a person's user or trackers change; returns the unsubscriber."""
        removers = [
            self.hass.bus.async_listen(event_type, self._registry_changed)
            for event_type in _REGISTRY_EVENTS
        ]
        removers.append(
            self.hass.bus.async_listen(
                EVENT_STATE_CHANGED,
                self._registry_changed,
                event_filter=_person_link_changed,
            )
        )

        @callback
        def remove() -> None:
            for remover in removers:
                remover()

        return remove

    @callback
    def _registry_changed(self, _event: Event[Any]) -> None:
        self._origins.clear()
        self._persons = None

    @callback
    def resolve(
        self, device_id: str | None, satellite_id: str | None, user_id: str | None
    ) -> Origin:
        """The origin of a turn from its ConversationInput ids and its context's user."""
        key = (device_id, satellite_id, user_id)
        if (origin := self._origins.get(key)) is None:
            origin = self._origins[key] = self._build(device_id, satellite_id, user_id)
        return origin

    @callback
    def trial(
        self, device_id: str | None, area_id: str | None, person: str | None
    ) -> Origin:
        """An origin to try policies with (the route dry run): a device, and an area or person that replace its own."""
        origin = self.resolve(device_id, None, None)
        if area_id is not None:
            origin = replace(origin, area_id=area_id, floor_id=self._floor_of(area_id))
        return origin if person is None else replace(origin, person=person)

    def _build(
        self, device_id: str | None, satellite_id: str | None, user_id: str | None
    ) -> Origin:
        area_id: str | None = None
        if satellite_id is not None and (
            entity := er.async_get(self.hass).async_get(satellite_id)
        ):
            device_id = device_id or entity.device_id
            area_id = entity.area_id
        device = dr.async_get(self.hass).async_get(device_id) if device_id else None
        if device is None:
            device_id = None
        elif area_id is None:
            area_id = device.area_id
        persons = self._person_index()
        person = persons.by_user.get(user_id) if user_id else None
        if person is None and device_id is not None:
            person = persons.by_device.get(device_id)
        return Origin(
            device_id=device_id,
            satellite_id=satellite_id,
            area_id=area_id,
            floor_id=self._floor_of(area_id),
            person=person,
        )

    def _floor_of(self, area_id: str | None) -> str | None:
        area = ar.async_get(self.hass).async_get_area(area_id) if area_id else None
        return area.floor_id if area else None

    def _person_index(self) -> _PersonIndex:
        if self._persons is None:
            self._persons = _PersonIndex.build(self.hass)
        return self._persons


class _PersonIndex:
    """Person entity by user id, and by the device whose tracker follows the person (a phone, a wearable)."""

    def __init__(self, by_user: dict[str, str], by_device: dict[str, str]) -> None:
        self.by_user = by_user
        self.by_device = by_device

    @classmethod
    def build(cls, hass: HomeAssistant) -> _PersonIndex:
        entities = er.async_get(hass)
        by_user: dict[str, str] = {}
        by_device: dict[str, str] = {}
        for state in hass.states.async_all(PERSON_DOMAIN):
            if user_id := state.attributes.get("user_id"):
                by_user[user_id] = state.entity_id
            for tracker in state.attributes.get("device_trackers", ()):
                entry = entities.async_get(tracker)
                if entry is not None and entry.device_id:
                    by_device.setdefault(entry.device_id, state.entity_id)
        return cls(by_user, by_device)


@callback
def _person_link_changed(data: EventStateChangedData) -> bool:
    """A person appeared, went away, or changed their user or trackers (not a mere move between zones)."""
    if not data["entity_id"].startswith(f"{PERSON_DOMAIN}."):
        return False
    old, new = data["old_state"], data["new_state"]
    if old is None or new is None:
        return True
    return _links(old.attributes) != _links(new.attributes)


def _links(attributes: Mapping[str, Any]) -> tuple[Any, ...]:
    return tuple(attributes.get(name) for name in _PERSON_ATTRIBUTES)
