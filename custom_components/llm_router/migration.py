"""Config entry migrations: version 2 turns the YAML list of more local servers into subentries."""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

from homeassistant.config_entries import ConfigEntry, ConfigSubentry
from homeassistant.core import HomeAssistant
from homeassistant.helpers import entity_registry as er
import probatio as vol
from yarl import URL

from .clients import local_server_title
from .const import (
    CONF_API_KEY,
    CONF_LOCAL_HOSTS,
    CONF_MODEL,
    CONF_SERVER_TYPE,
    CONF_URL,
    DOMAIN,
    LOGGER,
    SERVER_OLLAMA,
    SERVER_OPENAI,
    SUBENTRY_LOCAL_SERVER,
)
from .entry_options import OptionError, load_yaml

# Version 1 kept more local servers as YAML in this option.
LEGACY_EXTRA_HOSTS = "extra_local_hosts"
LEGACY_HOST_SCHEMA = vol.Schema(
    [
        {
            vol.Required(CONF_URL): vol.All(str, vol.Match(r"^https?://")),
            vol.Required(CONF_MODEL): str,
            vol.Optional(CONF_SERVER_TYPE, default=SERVER_OLLAMA): vol.In(
                [SERVER_OLLAMA, SERVER_OPENAI]
            ),
            vol.Optional(CONF_API_KEY): str,
        }
    ]
)


def health_key(url: str | None) -> str:
    """Unique key of a local server's connectivity sensor: the first server's is stable, the others carry their URL."""
    if url is None:
        return "health_local"
    return f"health_local_{URL(url).with_user(None)}"


def _legacy_hosts(text: str) -> list[dict[str, Any]]:
    try:
        hosts: list[dict[str, Any]] = LEGACY_HOST_SCHEMA(
            load_yaml(LEGACY_EXTRA_HOSTS, text) or []
        )
    except (OptionError, vol.Invalid) as err:
        LOGGER.warning("More local servers were not migrated, invalid list: %s", err)
        return []
    return hosts


async def async_migrate_entry(hass: HomeAssistant, entry: ConfigEntry) -> bool:
    """Migrate an entry to the current version."""
    if entry.version > 2:
        return False
    if entry.version == 1:
        _migrate_to_subentries(hass, entry)
    return True


def _migrate_to_subentries(hass: HomeAssistant, entry: ConfigEntry) -> None:
    entity_registry = er.async_get(hass)
    for host in _legacy_hosts(str(entry.options.get(LEGACY_EXTRA_HOSTS, ""))):
        subentry = ConfigSubentry(
            data=MappingProxyType(host),
            subentry_type=SUBENTRY_LOCAL_SERVER,
            title=local_server_title(host),
            unique_id=host[CONF_URL].rstrip("/").lower(),
        )
        hass.config_entries.async_add_subentry(entry, subentry)
        if entity_id := entity_registry.async_get_entity_id(
            "binary_sensor", DOMAIN, f"{entry.entry_id}_{health_key(host[CONF_URL])}"
        ):
            entity_registry.async_update_entity(
                entity_id, config_subentry_id=subentry.subentry_id
            )
    first_url = entry.data[CONF_LOCAL_HOSTS][0][CONF_URL]
    if entity_id := entity_registry.async_get_entity_id(
        "binary_sensor", DOMAIN, f"{entry.entry_id}_{health_key(first_url)}"
    ):
        entity_registry.async_update_entity(
            entity_id, new_unique_id=f"{entry.entry_id}_{health_key(None)}"
        )
    options = {k: v for k, v in entry.options.items() if k != LEGACY_EXTRA_HOSTS}
    hass.config_entries.async_update_entry(entry, options=options, version=2)
    LOGGER.info("Migrated %s to version 2 (local servers as subentries)", entry.title)
