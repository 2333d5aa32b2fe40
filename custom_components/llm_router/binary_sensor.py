"""Connectivity of every local host, Claude and Grok, from the health coordinator."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from homeassistant.components.binary_sensor import BinarySensorEntity
from homeassistant.components.binary_sensor.const import BinarySensorDeviceClass
from homeassistant.const import EntityCategory
from homeassistant.core import HomeAssistant
from homeassistant.helpers.device_registry import DeviceEntryType, DeviceInfo
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from homeassistant.helpers.update_coordinator import CoordinatorEntity

from .backends.base import HealthStatus
from .clients import local_servers
from .const import BACKEND_LOCAL, CLOUD_BACKENDS, CONF_MODEL, CONF_URL, DOMAIN
from .coordinator import HealthCoordinator
from .entity import LLMRouterEntity, backend_configured
from .migration import health_key
from .models import LLMRouterConfigEntry, local_health_key

PARALLEL_UPDATES = 0


async def async_setup_entry(
    hass: HomeAssistant,
    entry: LLMRouterConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """One connectivity sensor per local server (each extra server on its subentry's device) and cloud backend."""
    entities: list[HealthBinarySensor] = []
    for index, server in enumerate(local_servers(entry)):
        url = server.conf[CONF_URL]
        sensor = HealthBinarySensor(
            entry,
            BACKEND_LOCAL,
            local_health_key(url),
            unique_key=health_key(url if index else None),
        )
        if server.subentry_id is None:
            entities.append(sensor)
            continue
        sensor.attach_to_subentry(server.subentry_id, server.title, server.conf)
        async_add_entities([sensor], config_subentry_id=server.subentry_id)
    entities.extend(
        HealthBinarySensor(entry, backend, backend, unique_key=f"health_{backend}")
        for backend in CLOUD_BACKENDS
        if backend_configured(entry, backend)
    )
    async_add_entities(entities)


class HealthBinarySensor(
    CoordinatorEntity[HealthCoordinator], LLMRouterEntity, BinarySensorEntity
):
    """On while the backend (or local host) answers its health check."""

    _attr_device_class = BinarySensorDeviceClass.CONNECTIVITY
    _attr_entity_category = EntityCategory.DIAGNOSTIC
    _attr_translation_key = "local_connectivity"

    def __init__(
        self,
        entry: LLMRouterConfigEntry,
        device: str,
        health_key: str,
        *,
        unique_key: str,
    ) -> None:
        """Follow one health key; named "Connectivity" on its backend's device."""
        super().__init__(entry.runtime_data.health)
        self._attach(entry, device, unique_key)
        self.health_key = health_key
        if device != BACKEND_LOCAL:
            self._attr_translation_key = "cloud_connectivity"

    def attach_to_subentry(
        self, subentry_id: str, title: str, conf: Mapping[str, Any]
    ) -> None:
        """Put the sensor on the device of a local server added as a subentry."""
        self._attr_device_info = DeviceInfo(
            identifiers={(DOMAIN, subentry_id)},
            entry_type=DeviceEntryType.SERVICE,
            name=title,
            manufacturer="Local server",
            model=conf[CONF_MODEL],
        )

    @property
    def _status(self) -> HealthStatus | None:
        return (self.coordinator.data or {}).get(self.health_key)

    @property
    def is_on(self) -> bool | None:
        """Whether the last check (or live request) reached the backend."""
        status = self._status
        return None if status is None else status.available

    @property
    def extra_state_attributes(self) -> dict[str, Any] | None:
        """Whether the model is there and loaded, and why the backend is down."""
        if (status := self._status) is None:
            return None
        attributes: dict[str, Any] = {
            "model_present": status.model_present,
            "detail": status.detail,
        }
        if status.model_loaded is not None:
            attributes["model_loaded"] = status.model_loaded
        return attributes
