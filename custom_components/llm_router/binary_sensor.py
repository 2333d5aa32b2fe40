"""Connectivity of every local host, Claude and Grok, from the health coordinator."""

from __future__ import annotations

from typing import Any

from homeassistant.components.binary_sensor import BinarySensorEntity
from homeassistant.components.binary_sensor.const import BinarySensorDeviceClass
from homeassistant.const import EntityCategory
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from homeassistant.helpers.update_coordinator import CoordinatorEntity
from yarl import URL

from .backends.base import HealthStatus
from .const import BACKEND_LOCAL, CLOUD_BACKENDS
from .coordinator import HealthCoordinator
from .entity import LLMRouterEntity, backend_configured
from .models import LLMRouterConfigEntry, local_health_key

PARALLEL_UPDATES = 0


async def async_setup_entry(
    hass: HomeAssistant,
    entry: LLMRouterConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add one connectivity sensor per local host and per configured cloud backend."""
    runtime = entry.runtime_data
    entities = [
        HealthBinarySensor(
            entry,
            BACKEND_LOCAL,
            local_health_key(url),
            unique_key=f"health_{BACKEND_LOCAL}_{URL(url).with_user(None)}",
            host=_host_label(url),
        )
        for url in runtime.local_urls
    ]
    entities.extend(
        HealthBinarySensor(entry, backend, backend, unique_key=f"health_{backend}")
        for backend in CLOUD_BACKENDS
        if backend_configured(entry, backend)
    )
    async_add_entities(entities)


def _host_label(url: str) -> str:
    """host:port of a local server, without credentials or path."""
    parsed = URL(url)
    return f"{parsed.host}:{parsed.port}" if parsed.host else url


class HealthBinarySensor(
    CoordinatorEntity[HealthCoordinator], LLMRouterEntity, BinarySensorEntity
):
    """On while the backend (or local host) answers its health check."""

    _attr_device_class = BinarySensorDeviceClass.CONNECTIVITY
    _attr_entity_category = EntityCategory.DIAGNOSTIC

    def __init__(
        self,
        entry: LLMRouterConfigEntry,
        device: str,
        health_key: str,
        *,
        unique_key: str,
        host: str | None = None,
    ) -> None:
        """Follow one health key; a local host's name carries its host:port (never credentials)."""
        super().__init__(entry.runtime_data.health)
        self._attach(entry, device, unique_key)
        self.health_key = health_key
        if host is not None:
            self._attr_translation_key = "local_host_connectivity"
            self._attr_translation_placeholders = {"host": host}

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
