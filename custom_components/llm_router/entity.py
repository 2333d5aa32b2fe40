"""Base entities of the Hybrid LLM Router: devices, unique ids and update sources."""

from __future__ import annotations

from homeassistant.const import EntityCategory
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.device_registry import DeviceEntryType, DeviceInfo
from homeassistant.helpers.dispatcher import (
    async_dispatcher_connect,
    async_dispatcher_send,
)
from homeassistant.helpers.entity import Entity
from homeassistant.helpers.event import async_track_time_change

from .const import (
    BACKEND_CLAUDE,
    BACKEND_GROK,
    BACKEND_LOCAL,
    DOMAIN,
    ROUTING_MODE_AUTO,
    ROUTING_MODE_LOCAL_ONLY,
    ROUTING_MODE_REASONING,
    ROUTING_MODE_SEARCH,
)
from .ledger_store import signal_ledger_updated
from .models import LLMRouterConfigEntry, LLMRouterRuntime

DEVICE_ROUTER = "router"
# How the router picks a route for utterances that are not private.
ROUTING_MODES = (
    ROUTING_MODE_AUTO,
    ROUTING_MODE_LOCAL_ONLY,
    ROUTING_MODE_REASONING,
    ROUTING_MODE_SEARCH,
)


_DEVICES: dict[str, tuple[str, str]] = {
    # device key: (manufacturer, default name)
    BACKEND_LOCAL: ("Local server", "Local models"),
    BACKEND_CLAUDE: ("Anthropic", "Claude"),
    BACKEND_GROK: ("xAI", "Grok"),
}


def signal_mode_changed(entry_id: str) -> str:
    """Dispatcher signal sent when local-only or the routing mode changes."""
    return f"{DOMAIN}_{entry_id}_mode_changed"


def backend_configured(entry: LLMRouterConfigEntry, backend: str | None) -> bool:
    """Whether the backend an entity needs (None: none) is configured in the entry."""
    return backend is None or backend in entry.runtime_data.backends


@callback
def async_set_routing_mode(
    hass: HomeAssistant, entry: LLMRouterConfigEntry, mode: str
) -> None:
    """Set the routing mode (local-only follows it) and tell the switch and the select."""
    runtime = entry.runtime_data
    runtime.local_only = mode == ROUTING_MODE_LOCAL_ONLY
    runtime.routing_mode = mode
    async_dispatcher_send(hass, signal_mode_changed(entry.entry_id))


def device_info(entry: LLMRouterConfigEntry, device: str) -> DeviceInfo:
    """Return the device of a backend (local, claude, grok) or of the router itself."""
    identifiers = {(DOMAIN, f"{entry.entry_id}_{device}")}
    if device == DEVICE_ROUTER:
        return DeviceInfo(
            identifiers=identifiers,
            entry_type=DeviceEntryType.SERVICE,
            name=entry.title,
            manufacturer="Hybrid LLM Router",
            model="Router",
        )
    manufacturer, name = _DEVICES[device]
    backend = entry.runtime_data.backends.get(device)
    return DeviceInfo(
        identifiers=identifiers,
        entry_type=DeviceEntryType.SERVICE,
        name=name,
        manufacturer=manufacturer,
        model=backend.model if backend else None,
    )


class LLMRouterEntity(Entity):
    """An entity of one of the entry's devices; unique id `{entry_id}_{key}`."""

    _attr_has_entity_name = True

    def __init__(self, entry: LLMRouterConfigEntry, device: str, key: str) -> None:
        """Attach the entity to its device."""
        self._attach(entry, device, key)

    def _attach(self, entry: LLMRouterConfigEntry, device: str, key: str) -> None:
        """Set the entry, unique id and device (also for subclasses with another first base's __init__)."""
        self.entry = entry
        self._attr_unique_id = f"{entry.entry_id}_{key}"
        self._attr_device_info = device_info(entry, device)

    @property
    def runtime(self) -> LLMRouterRuntime:
        """The entry's runtime data."""
        return self.entry.runtime_data

    @callback
    def _async_write_state_on(self, signal: str) -> None:
        """Write the state whenever `signal` is sent, until the entity is removed."""
        self.async_on_remove(
            async_dispatcher_connect(self.hass, signal, self.async_write_ha_state)
        )


class LedgerEntity(LLMRouterEntity):
    """Updated when the ledger changes and at local midnight (when days and budget months start)."""

    _attr_should_poll = False

    async def async_added_to_hass(self) -> None:
        """Listen to the ledger and to the clock."""
        await super().async_added_to_hass()
        self._async_write_state_on(signal_ledger_updated(self.entry.entry_id))
        self.async_on_remove(
            async_track_time_change(
                self.hass, self._midnight, hour=0, minute=0, second=0
            )
        )

    @callback
    def _midnight(self, _now: object) -> None:
        self.async_write_ha_state()


class ModeEntity(LLMRouterEntity):
    """The local-only switch and routing-mode select: router device, kept consistent with each other."""

    _attr_should_poll = False
    # Settings, not devices: keeps them out of Assist's exposed entities (and the model's context).
    _attr_entity_category = EntityCategory.CONFIG

    def __init__(self, entry: LLMRouterConfigEntry, key: str) -> None:
        """Attach to the router device; translation key = key."""
        super().__init__(entry, DEVICE_ROUTER, key)
        self._attr_translation_key = key

    async def async_added_to_hass(self) -> None:
        """Follow changes made by the other mode entity."""
        await super().async_added_to_hass()
        self._async_write_state_on(signal_mode_changed(self.entry.entry_id))

    def set_mode(self, mode: str) -> None:
        """Change the mode for both entities."""
        async_set_routing_mode(self.hass, self.entry, mode)
