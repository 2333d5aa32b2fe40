"""More local servers as subentries: tested like the first, each its own device, removed with its entities.

Version 1 entries' YAML list of servers becomes subentries.
"""

from __future__ import annotations

from typing import Any

from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.helpers import device_registry as dr, entity_registry as er
from pytest_homeassistant_custom_component.common import MockConfigEntry
from yarl import URL

from custom_components.llm_router.const import DOMAIN
from custom_components.llm_router.models import LLMRouterConfigEntry
from tests.helpers import entry_data, form_values, setup_entry, state_value


def _second_sensor(emulator: Any) -> str:
    url = URL(emulator.url)
    return f"binary_sensor.127_0_0_1_{url.port}_connectivity"


async def _add_server(
    hass: HomeAssistant, entry: LLMRouterConfigEntry, url: str, model: str
) -> dict[str, Any]:
    subentries = hass.config_entries.subentries
    result = await subentries.async_init(
        (entry.entry_id, "local_server"), context={"source": "user"}
    )
    assert result["step_id"] == "user"
    result = await subentries.async_configure(
        result["flow_id"], {"url": url, "server_type": "ollama"}
    )
    if result["type"] is not FlowResultType.FORM or result["errors"]:
        return result
    assert result["step_id"] == "local_model"
    result = await subentries.async_configure(result["flow_id"], {"model": model})
    await hass.async_block_till_done()
    return result


async def test_add_a_second_server(
    hass: HomeAssistant,
    ollama_emulator: Any,
    ollama_emulator_2: Any,
    unreachable_url: str,
    device_registry: dr.DeviceRegistry,
    entity_registry: er.EntityRegistry,
) -> None:
    """Tested like the first; then in the pool, with its own device and connectivity sensor."""
    entry = await setup_entry(hass, entry_data(ollama_emulator.url))
    result = await _add_server(hass, entry, unreachable_url, "llama3.2:3b")
    assert result["errors"] == {"base": "cannot_connect"}
    result = await _add_server(
        hass, entry, ollama_emulator_2.url.removeprefix("http://"), "qwen2.5:7b"
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["title"] == f"127.0.0.1:{ollama_emulator_2.port}"
    assert entry.state is ConfigEntryState.LOADED
    assert entry.runtime_data.local_urls == [ollama_emulator.url, ollama_emulator_2.url]
    (subentry,) = entry.subentries.values()
    assert subentry.data["url"] == ollama_emulator_2.url
    device = device_registry.async_get_device_by_identifier(
        (DOMAIN, subentry.subentry_id), entry.entry_id
    )
    assert device is not None
    assert device.config_subentry_id == subentry.subentry_id
    assert device.model == "qwen2.5:7b"
    sensor = entity_registry.async_get(_second_sensor(ollama_emulator_2))
    assert sensor is not None and sensor.device_id == device.id
    assert sensor.config_subentry_id == subentry.subentry_id
    assert state_value(hass, _second_sensor(ollama_emulator_2)) == "on"
    assert state_value(hass, "binary_sensor.local_models_connectivity") == "on"


async def test_a_server_is_added_once(
    hass: HomeAssistant, ollama_emulator: Any, ollama_emulator_2: Any
) -> None:
    """The first server's URL, or one added before, aborts without a second connection test."""
    entry = await setup_entry(
        hass,
        entry_data(ollama_emulator.url),
        local_servers=[{"url": ollama_emulator_2.url, "model": "qwen2.5:7b"}],
    )
    for url in (ollama_emulator.url, ollama_emulator_2.url + "/"):
        result = await _add_server(hass, entry, url, "llama3.2:3b")
        assert result["type"] is FlowResultType.ABORT
        assert result["reason"] == "already_configured"


async def test_removing_a_server_takes_its_device_and_entities(
    hass: HomeAssistant,
    ollama_emulator: Any,
    ollama_emulator_2: Any,
    device_registry: dr.DeviceRegistry,
    entity_registry: er.EntityRegistry,
) -> None:
    """Delete the subentry: its sensor and device go, the pool shrinks, the first server stays."""
    entry = await setup_entry(
        hass,
        entry_data(ollama_emulator.url),
        local_servers=[{"url": ollama_emulator_2.url, "model": "qwen2.5:7b"}],
    )
    (subentry_id,) = entry.subentries
    assert entity_registry.async_get(_second_sensor(ollama_emulator_2))
    assert hass.config_entries.async_remove_subentry(entry, subentry_id)
    await hass.async_block_till_done()
    assert entity_registry.async_get(_second_sensor(ollama_emulator_2)) is None
    assert hass.states.get(_second_sensor(ollama_emulator_2)) is None
    assert (
        device_registry.async_get_device_by_identifier(
            (DOMAIN, subentry_id), entry.entry_id
        )
        is None
    )
    assert entry.state is ConfigEntryState.LOADED
    assert entry.runtime_data.local_urls == [ollama_emulator.url]
    assert state_value(hass, "binary_sensor.local_models_connectivity") == "on"


async def test_yaml_list_of_version_1_becomes_subentries(
    hass: HomeAssistant,
    ollama_emulator: Any,
    ollama_emulator_2: Any,
    entity_registry: er.EntityRegistry,
) -> None:
    """Version 1's `extra_local_hosts` YAML: one subentry per server, option dropped, entity ids kept."""
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="Hybrid LLM Router",
        data=entry_data(ollama_emulator.url),
        options={
            "extra_local_hosts": f"- url: {ollama_emulator_2.url}\n  model: qwen2.5:7b\n",
            "answer_style": "normal",
        },
        version=1,
    )
    entry.add_to_hass(hass)
    first = entity_registry.async_get_or_create(
        "binary_sensor",
        DOMAIN,
        f"{entry.entry_id}_health_local_{ollama_emulator.url}",
        config_entry=entry,
        suggested_object_id="local_models_connectivity_old",
    )
    second = entity_registry.async_get_or_create(
        "binary_sensor",
        DOMAIN,
        f"{entry.entry_id}_health_local_{ollama_emulator_2.url}",
        config_entry=entry,
        suggested_object_id="local_models_connectivity_second",
    )
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert entry.version == 2
    assert dict(entry.options) == {"answer_style": "normal"}
    (subentry,) = entry.subentries.values()
    assert subentry.subentry_type == "local_server"
    assert dict(subentry.data) == {
        "url": ollama_emulator_2.url,
        "model": "qwen2.5:7b",
        "server_type": "ollama",
    }
    assert entry.runtime_data.local_urls == [ollama_emulator.url, ollama_emulator_2.url]
    moved = entity_registry.async_get(second.entity_id)
    assert moved is not None and moved.config_subentry_id == subentry.subentry_id
    assert state_value(hass, second.entity_id) == "on"
    assert state_value(hass, first.entity_id) == "on"
    assert entity_registry.async_get(first.entity_id).unique_id == (
        f"{entry.entry_id}_health_local"
    )


async def test_newer_version_is_not_loaded(
    hass: HomeAssistant, ollama_emulator: Any
) -> None:
    """An entry written by a newer release is left alone (migration error), not misread."""
    entry = MockConfigEntry(
        domain=DOMAIN, data=entry_data(ollama_emulator.url), version=3
    )
    entry.add_to_hass(hass)
    assert not await hass.config_entries.async_setup(entry.entry_id)
    assert entry.state is ConfigEntryState.MIGRATION_ERROR


async def test_change_a_server_in_place(
    hass: HomeAssistant,
    ollama_emulator: Any,
    ollama_emulator_2: Any,
    device_registry: dr.DeviceRegistry,
) -> None:
    """Reconfigure a server: its form shows what is set, the new model is tested, the device follows."""
    entry = await setup_entry(
        hass,
        entry_data(ollama_emulator.url),
        local_servers=[{"url": ollama_emulator_2.url, "model": "llama3.2:3b"}],
    )
    (subentry_id,) = entry.subentries
    subentries = hass.config_entries.subentries
    result = await entry.start_subentry_reconfigure_flow(hass, subentry_id)
    assert form_values(result)["url"] == ollama_emulator_2.url
    result = await subentries.async_configure(
        result["flow_id"], {"url": ollama_emulator.url, "server_type": "ollama"}
    )
    assert result["reason"] == "already_configured"
    result = await entry.start_subentry_reconfigure_flow(hass, subentry_id)
    result = await subentries.async_configure(result["flow_id"], form_values(result))
    result = await subentries.async_configure(
        result["flow_id"], {"model": "qwen2.5:7b"}
    )
    await hass.async_block_till_done()
    assert result["reason"] == "reconfigure_successful"
    assert entry.subentries[subentry_id].data["model"] == "qwen2.5:7b"
    assert entry.runtime_data.local_hosts[1].model == "qwen2.5:7b"
    device = device_registry.async_get_device_by_identifier(
        (DOMAIN, subentry_id), entry.entry_id
    )
    assert device is not None and device.model == "qwen2.5:7b"
