"""Hybrid LLM Router: a local-first, privacy-first conversation agent for Home Assistant."""

from __future__ import annotations

from homeassistant.const import Platform
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import (
    ConfigEntryAuthFailed,
    ConfigEntryError,
    ConfigEntryNotReady,
)
from homeassistant.helpers import config_validation as cv, device_registry as dr
from homeassistant.helpers.aiohttp_client import async_get_clientsession
from homeassistant.helpers.typing import ConfigType

from .backends.base import ServerBackend
from .backends.http import HttpBackend
from .clients import build_backends, strong_local_pool
from .const import CLOUD_BACKENDS, CONF_EMBEDDING_MODEL, CONF_RESET_DAY, DOMAIN
from .coordinator import HealthCoordinator
from .credentials import without_credentials
from .entry_options import OptionError, parse_settings
from .ledger_store import async_get_ledger, async_remove_ledger
from .migration import async_migrate_entry as async_migrate_entry
from .models import LLMRouterConfigEntry, LLMRouterRuntime, local_health_key
from .origin import OriginResolver
from .registry_names import HomeVocabularyIndex
from .repairs import async_delete_entry_issues
from .semantic_hints import SemanticHints
from .services import async_setup_services

PLATFORMS = [
    Platform.AI_TASK,
    Platform.BINARY_SENSOR,
    Platform.CONVERSATION,
    Platform.NUMBER,
    Platform.SELECT,
    Platform.SENSOR,
    Platform.SWITCH,
]
CONFIG_SCHEMA = cv.config_entry_only_config_schema(DOMAIN)


async def async_setup(hass: HomeAssistant, config: ConfigType) -> bool:
    """Register the services (once, for all entries)."""
    async_setup_services(hass)
    return True


async def async_setup_entry(hass: HomeAssistant, entry: LLMRouterConfigEntry) -> bool:
    """Connect the backends, load the ledger and set up the platforms."""
    try:
        settings = parse_settings(entry.options)
    except OptionError as err:
        raise ConfigEntryError(
            translation_domain=DOMAIN,
            translation_key="invalid_options",
            translation_placeholders={"option": err.field, "detail": err.detail},
        ) from err
    backends, hosts = build_backends(async_get_clientsession(hass), entry, settings)
    targets: dict[str, ServerBackend] = {
        local_health_key(host.base_url): host for host in hosts
    }
    targets.update({n: b for n, b in backends.items() if isinstance(b, HttpBackend)})
    health = HealthCoordinator(hass, entry, targets)
    await health.async_config_entry_first_refresh()
    if not any(status.available for status in health.data.values()):
        if health.auth_failed:
            raise ConfigEntryAuthFailed(
                translation_domain=DOMAIN,
                translation_key="auth_failed",
                translation_placeholders={
                    "backend": without_credentials(
                        ", ".join(sorted(health.auth_failed))
                    )
                },
            )
        raise ConfigEntryNotReady(
            translation_domain=DOMAIN, translation_key="nothing_reachable"
        )
    if health.auth_failed:
        # Something else answers: load, and let the rejected backend's routes fall back meanwhile.
        entry.async_start_reauth(hass)
    ledger = await async_get_ledger(hass, entry.entry_id)
    ledger.set_reset_day(settings.integer(CONF_RESET_DAY))
    origins = OriginResolver(hass)
    entry.async_on_unload(origins.async_listen())
    entry.async_on_unload(ledger.async_track_budget_months())
    vocabulary = HomeVocabularyIndex(hass)
    entry.async_on_unload(vocabulary.async_start())
    entry.runtime_data = LLMRouterRuntime(
        backends=backends,
        local_hosts=hosts,
        settings=settings,
        ledger=ledger,
        health=health,
        origins=origins,
        vocabulary=vocabulary,
        strong_local=strong_local_pool(async_get_clientsession(hass), entry, settings),
    )
    _remove_stale_devices(hass, entry)
    await hass.config_entries.async_forward_entry_setups(entry, PLATFORMS)
    entry.async_on_unload(entry.add_update_listener(_async_reload))
    if (model := settings.text(CONF_EMBEDDING_MODEL)) and (
        hints := SemanticHints.for_pool(hosts, model)
    ):
        entry.runtime_data.semantic = hints
        entry.async_create_background_task(
            hass, hints.async_build(), f"{DOMAIN} semantic index"
        )
    return True


def _remove_stale_devices(hass: HomeAssistant, entry: LLMRouterConfigEntry) -> None:
    """Drop the device (and its entities) of a cloud backend that reconfigure removed."""
    device_registry = dr.async_get(hass)
    for backend in CLOUD_BACKENDS:
        if backend in entry.runtime_data.backends:
            continue
        device = device_registry.async_get_device_by_identifier(
            (DOMAIN, f"{entry.entry_id}_{backend}"), entry.entry_id
        )
        if device is not None:
            device_registry.async_update_device(
                device.id, remove_config_entry_id=entry.entry_id
            )


async def _async_reload(hass: HomeAssistant, entry: LLMRouterConfigEntry) -> None:
    """Options or local servers (subentries) changed: start over with them."""
    hass.config_entries.async_schedule_reload(entry.entry_id)


async def async_unload_entry(hass: HomeAssistant, entry: LLMRouterConfigEntry) -> bool:
    """Unload the platforms and write the ledger."""
    unloaded = await hass.config_entries.async_unload_platforms(entry, PLATFORMS)
    if unloaded:
        await entry.runtime_data.ledger.async_flush()
    return unloaded


async def async_remove_entry(hass: HomeAssistant, entry: LLMRouterConfigEntry) -> None:
    """Delete the removed entry's ledger and its repair issues."""
    await async_remove_ledger(hass, entry.entry_id)
    async_delete_entry_issues(hass, entry.entry_id)
