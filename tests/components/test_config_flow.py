"""Config flow: every backend checked live, cloud backends added or skipped by choice, errors keep what was typed."""

from __future__ import annotations

from typing import Any
from unittest.mock import patch

from homeassistant import config_entries
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType, InvalidData
from homeassistant.helpers import device_registry as dr
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.llm_router.const import DOMAIN
from tests.helpers import form_values

NO_SETUP = patch("custom_components.llm_router.async_setup_entry", return_value=True)


async def _start(hass: HomeAssistant, url: str, **extra: str) -> dict[str, Any]:
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": config_entries.SOURCE_USER}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "user"
    return await hass.config_entries.flow.async_configure(
        result["flow_id"], {"url": url, "server_type": "ollama", **extra}
    )


def _cloud(emulator: Any, key: str, model: str) -> dict[str, str]:
    return {"api_key": key, "model": model, "base_url": emulator.url}


async def _choose(hass: HomeAssistant, result: dict[str, Any], step: str) -> Any:
    assert result["type"] is FlowResultType.MENU
    assert step in result["menu_options"]
    return await hass.config_entries.flow.async_configure(
        result["flow_id"], {"next_step_id": step}
    )


async def _local_only(
    hass: HomeAssistant, result: dict[str, Any], model: str
) -> dict[str, Any]:
    """From the local model step: choose the model, skip Claude and Grok."""
    assert result["step_id"] == "local_model"
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"model": model}
    )
    result = await _choose(hass, result, "grok_menu")
    with NO_SETUP:
        return await _choose(hass, result, "finish")


async def _at_claude_step(hass: HomeAssistant, ollama_emulator: Any) -> dict[str, Any]:
    result = await _start(hass, ollama_emulator.url)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"model": "llama3.2:3b"}
    )
    assert result["step_id"] == "claude_menu"
    return await _choose(hass, result, "claude")


async def _at_grok_step(hass: HomeAssistant, ollama_emulator: Any) -> dict[str, Any]:
    result = await _start(hass, ollama_emulator.url)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"model": "llama3.2:3b"}
    )
    result = await _choose(hass, result, "grok_menu")
    return await _choose(hass, result, "grok")


async def test_full_setup_checks_every_backend(
    hass: HomeAssistant,
    ollama_emulator: Any,
    anthropic_emulator: Any,
    xai_emulator: Any,
) -> None:
    """A user sets up local, Claude and Grok; each is checked against its server."""
    result = await _start(hass, ollama_emulator.url + "/")
    assert result["step_id"] == "local_model"
    assert result["description_placeholders"] == {"url": ollama_emulator.url}
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"model": "qwen2.5:7b"}
    )
    result = await _choose(hass, result, "claude")
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        _cloud(anthropic_emulator, "sk-ant-test", "claude-sonnet-4-6"),
    )
    result = await _choose(hass, result, "grok")
    with NO_SETUP:
        result = await hass.config_entries.flow.async_configure(
            result["flow_id"], _cloud(xai_emulator, "xai-test", "grok-4.3")
        )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    data = result["data"]
    assert data["local_hosts"] == [
        {"url": ollama_emulator.url, "server_type": "ollama", "model": "qwen2.5:7b"}
    ]
    assert data["claude"]["api_key"] == "sk-ant-test"
    assert data["grok"]["model"] == "grok-4.3"
    assert result["result"].unique_id == ollama_emulator.url.lower()
    assert result["result"].version == 2
    paths = {request.path for request in anthropic_emulator.requests}
    assert "/v1/models" in paths
    assert any(r.path.endswith("/api-key") for r in xai_emulator.requests)


async def test_cloud_backends_skipped_only_by_choice(
    hass: HomeAssistant, ollama_emulator: Any
) -> None:
    """Skip Claude and Skip Grok in the menus make a local-only router; an empty key is never a silent skip."""
    result = await _at_claude_step(hass, ollama_emulator)
    with pytest.raises(InvalidData):
        await hass.config_entries.flow.async_configure(
            result["flow_id"], {"model": "claude-sonnet-4-6"}
        )
    hass.config_entries.flow.async_abort(result["flow_id"])
    result = await _local_only(
        hass, await _start(hass, ollama_emulator.url), "llama3.2:3b"
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert "claude" not in result["data"]
    assert "grok" not in result["data"]


async def test_unreachable_local_server(
    hass: HomeAssistant, unreachable_url: str
) -> None:
    """An address where nothing listens is a form error, and the typed URL stays in the field."""
    result = await _start(hass, unreachable_url)
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {"base": "cannot_connect"}
    assert form_values(result)["url"] == unreachable_url


async def test_url_without_scheme_is_accepted(
    hass: HomeAssistant, ollama_emulator: Any
) -> None:
    """`127.0.0.1:PORT` means `http://127.0.0.1:PORT`: the server is reached and the full URL stored."""
    result = await _start(hass, ollama_emulator.url.removeprefix("http://"))
    result = await _local_only(hass, result, "llama3.2:3b")
    assert result["data"]["local_hosts"][0]["url"] == ollama_emulator.url


@pytest.mark.parametrize("url", ["ftp://nas.local:21", "http://", "not a url at all"])
async def test_invalid_url_says_so(hass: HomeAssistant, url: str) -> None:
    """Something that is no http(s) URL is named on the field, without a connection attempt."""
    result = await _start(hass, url)
    assert result["errors"] == {"url": "invalid_url"}


async def test_local_server_without_models(
    hass: HomeAssistant, ollama_emulator: Any
) -> None:
    """A server with nothing pulled says so."""
    ollama_emulator.models.clear()
    result = await _start(hass, ollama_emulator.url)
    assert result["errors"] == {"base": "no_models"}


async def test_unknown_local_model(hass: HomeAssistant, ollama_emulator: Any) -> None:
    """A typed model name the server does not have is refused with the local wording (no API key here)."""
    result = await _start(hass, ollama_emulator.url)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"model": "no-such-model"}
    )
    assert result["errors"] == {"base": "model_not_found"}


@pytest.mark.parametrize(
    ("key", "model", "error"),
    [
        ("sk-ant-wrong", "claude-sonnet-4-6", "invalid_auth"),
        ("sk-ant-test", "claude-imaginary-9", "cloud_model_not_found"),
    ],
)
async def test_claude_error_keeps_what_was_typed(
    hass: HomeAssistant,
    ollama_emulator: Any,
    anthropic_emulator: Any,
    key: str,
    model: str,
    error: str,
) -> None:
    """A wrong key and an unknown model get their own message; key, model and URL stay in the form."""
    result = await _at_claude_step(hass, ollama_emulator)
    typed = _cloud(anthropic_emulator, key, model)
    result = await hass.config_entries.flow.async_configure(result["flow_id"], typed)
    assert result["step_id"] == "claude"
    assert result["errors"] == {"base": error}
    assert form_values(result) == typed
    fixed = {**typed, "api_key": "sk-ant-test", "model": "claude-sonnet-4-6"}
    result = await hass.config_entries.flow.async_configure(result["flow_id"], fixed)
    assert result["step_id"] == "grok_menu"


async def test_claude_unreachable(
    hass: HomeAssistant, ollama_emulator: Any, unreachable_url: str
) -> None:
    """A proxy URL that is down is a connection error."""
    result = await _at_claude_step(hass, ollama_emulator)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        {
            "api_key": "sk-ant-test",
            "model": "claude-sonnet-4-6",
            "base_url": unreachable_url,
        },
    )
    assert result["errors"] == {"base": "cannot_connect"}


async def test_grok_bad_key_is_invalid_auth(
    hass: HomeAssistant, ollama_emulator: Any, xai_emulator: Any
) -> None:
    """XAI answers a bad key with HTTP 400; the user still sees 'key rejected', and the key stays."""
    result = await _at_grok_step(hass, ollama_emulator)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], _cloud(xai_emulator, "xai-wrong", "grok-4.3")
    )
    assert result["step_id"] == "grok"
    assert result["errors"] == {"base": "invalid_auth"}
    assert form_values(result)["api_key"] == "xai-wrong"


async def test_xai_url_without_v1(
    hass: HomeAssistant, ollama_emulator: Any, xai_emulator: Any
) -> None:
    """`https://api.x.ai` works like `https://api.x.ai/v1`: the key check and the model list reach /v1."""
    base = xai_emulator.url.removesuffix("/v1")
    result = await _at_grok_step(hass, ollama_emulator)
    with NO_SETUP:
        result = await hass.config_entries.flow.async_configure(
            result["flow_id"],
            {"api_key": "xai-test", "model": "grok-4.3", "base_url": base},
        )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert {r.path for r in xai_emulator.requests} >= {"/v1/api-key", "/v1/models"}


async def test_duplicate_local_server_aborts(
    hass: HomeAssistant, ollama_emulator: Any
) -> None:
    """One entry per local server."""
    MockConfigEntry(domain=DOMAIN, unique_id=ollama_emulator.url.lower()).add_to_hass(
        hass
    )
    result = await _start(hass, ollama_emulator.url)
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "already_configured"


def _entry_data(ollama: Any, anthropic: Any) -> dict[str, Any]:
    return {
        "local_hosts": [
            {"url": ollama.url, "server_type": "ollama", "model": "llama3.2:3b"}
        ],
        "claude": {
            "api_key": "sk-ant-old",
            "base_url": anthropic.url,
            "model": "claude-sonnet-4-6",
        },
    }


def _add_entry(hass: HomeAssistant, data: dict[str, Any]) -> MockConfigEntry:
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="Hybrid LLM Router",
        unique_id=data["local_hosts"][0]["url"].lower(),
        data=data,
        version=2,
    )
    entry.add_to_hass(hass)
    return entry


async def test_reauth_replaces_the_rejected_key(
    hass: HomeAssistant, ollama_emulator: Any, anthropic_emulator: Any
) -> None:
    """After a 401 the user enters a new key; a wrong one is refused first."""
    entry = _add_entry(hass, _entry_data(ollama_emulator, anthropic_emulator))
    result = await entry.start_reauth_flow(hass)
    assert result["step_id"] == "reauth_confirm"
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"claude": "sk-ant-still-wrong"}
    )
    assert result["errors"] == {"base": "invalid_auth"}
    with NO_SETUP:
        result = await hass.config_entries.flow.async_configure(
            result["flow_id"], {"claude": "sk-ant-test"}
        )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "reauth_successful"
    assert entry.data["claude"]["api_key"] == "sk-ant-test"


async def test_reconfigure_changes_models_in_place(
    hass: HomeAssistant, ollama_emulator: Any, anthropic_emulator: Any
) -> None:
    """Reconfigure switches the local model and Claude model; an empty key field keeps Claude's key."""
    anthropic_emulator.valid_keys.add("sk-ant-old")
    entry = _add_entry(hass, _entry_data(ollama_emulator, anthropic_emulator))
    result = await entry.start_reconfigure_flow(hass)
    assert result["step_id"] == "reconfigure"
    shown = form_values(result)
    assert shown["local_server"] == {"url": ollama_emulator.url, "model": "llama3.2:3b"}
    assert set(shown) == {"local_server", "claude", "add_grok"}
    values = {
        **shown,
        "local_server": {"url": ollama_emulator.url, "model": "missing:1b"},
    }
    result = await hass.config_entries.flow.async_configure(result["flow_id"], values)
    assert result["errors"] == {"base": "model_not_found"}
    values["local_server"]["model"] = "qwen2.5:7b"
    values["claude"] = {**values["claude"], "model": "claude-haiku-4-5"}
    with NO_SETUP:
        result = await hass.config_entries.flow.async_configure(
            result["flow_id"], values
        )
    assert result["reason"] == "reconfigure_successful"
    assert entry.data["local_hosts"][0]["model"] == "qwen2.5:7b"
    assert entry.data["claude"] == {
        "api_key": "sk-ant-old",
        "model": "claude-haiku-4-5",
        "base_url": anthropic_emulator.url,
    }
    assert "grok" not in entry.data


async def test_reconfigure_without_claude_offers_to_add_it(
    hass: HomeAssistant, ollama_emulator: Any
) -> None:
    """With no Claude there is no key to keep: the form offers 'Add Claude' sections, collapsed."""
    data = _entry_data(ollama_emulator, ollama_emulator)
    del data["claude"]
    entry = _add_entry(hass, data)
    result = await entry.start_reconfigure_flow(hass)
    sections = {str(key): value for key, value in result["data_schema"].schema.items()}
    assert set(sections) == {"local_server", "add_claude", "add_grok"}
    assert sections["add_claude"].options["collapsed"] is True
    assert "remove" not in {str(key) for key in sections["add_claude"].schema.schema}


async def test_openai_compatible_local_server(
    hass: HomeAssistant, openai_compat_emulator: Any
) -> None:
    """llama-swap, LiteLLM or vLLM: models come from /v1/models, the key is kept for the pool."""
    openai_compat_emulator.valid_keys.add("sk-local")
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": config_entries.SOURCE_USER}
    )
    typed = {
        "url": openai_compat_emulator.url,
        "server_type": "openai",
        "api_key": "wrong",
    }
    result = await hass.config_entries.flow.async_configure(result["flow_id"], typed)
    assert result["errors"] == {"base": "invalid_auth"}
    assert form_values(result) == typed
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {**typed, "api_key": "sk-local"}
    )
    result = await _local_only(hass, result, "qwen2.5:7b")
    assert result["data"]["local_hosts"] == [
        {
            "url": openai_compat_emulator.url,
            "server_type": "openai",
            "api_key": "sk-local",
            "model": "qwen2.5:7b",
        }
    ]
    assert any(r.path == "/v1/models" for r in openai_compat_emulator.requests)


async def test_reconfigure_adds_grok_and_removes_claude(
    hass: HomeAssistant,
    ollama_emulator: Any,
    anthropic_emulator: Any,
    xai_emulator: Any,
    device_registry: dr.DeviceRegistry,
) -> None:
    """Cloud backends can be added and removed later; the removed one's device goes with it."""
    anthropic_emulator.valid_keys.add("sk-ant-old")
    entry = _add_entry(hass, _entry_data(ollama_emulator, anthropic_emulator))
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    claude_device = (DOMAIN, f"{entry.entry_id}_claude")
    assert device_registry.async_get_device_by_identifier(claude_device, entry.entry_id)
    result = await entry.start_reconfigure_flow(hass)
    values = form_values(result)
    values["claude"]["remove"] = True
    values["add_grok"] = {
        "api_key": "xai-wrong",
        "model": "grok-4.3",
        "base_url": xai_emulator.url,
    }
    result = await hass.config_entries.flow.async_configure(result["flow_id"], values)
    assert result["errors"] == {"base": "invalid_auth"}
    assert form_values(result)["add_grok"]["api_key"] == "xai-wrong"
    values["add_grok"]["api_key"] = "xai-test"
    result = await hass.config_entries.flow.async_configure(result["flow_id"], values)
    await hass.async_block_till_done()
    assert result["reason"] == "reconfigure_successful"
    assert "claude" not in entry.data
    assert entry.data["grok"] == {
        "api_key": "xai-test",
        "model": "grok-4.3",
        "base_url": xai_emulator.url,
    }
    assert (
        device_registry.async_get_device_by_identifier(claude_device, entry.entry_id)
        is None
    )
    assert hass.states.get("binary_sensor.grok_connectivity").state == "on"
