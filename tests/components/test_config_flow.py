"""Config flow: every backend checked live, skipping cloud steps, errors, duplicates, reauth, reconfigure."""

from __future__ import annotations

from typing import Any
from unittest.mock import patch

from homeassistant import config_entries
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.helpers import device_registry as dr
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.llm_router.const import DOMAIN

NO_SETUP = patch("custom_components.llm_router.async_setup_entry", return_value=True)


async def _start(hass: HomeAssistant, url: str) -> dict[str, Any]:
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": config_entries.SOURCE_USER}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "user"
    return await hass.config_entries.flow.async_configure(
        result["flow_id"], {"url": url, "server_type": "ollama"}
    )


def _cloud(emulator: Any, key: str, model: str) -> dict[str, str]:
    return {"api_key": key, "model": model, "base_url": emulator.url}


async def test_full_setup_checks_every_backend(
    hass: HomeAssistant,
    ollama_emulator: Any,
    anthropic_emulator: Any,
    xai_emulator: Any,
) -> None:
    """A user sets up local, Claude and Grok; each is checked against its server."""
    result = await _start(hass, ollama_emulator.url + "/")
    assert result["step_id"] == "local_model"
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"model": "qwen2.5:7b"}
    )
    assert result["step_id"] == "claude"
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        _cloud(anthropic_emulator, "sk-ant-test", "claude-sonnet-4-6"),
    )
    assert result["step_id"] == "grok"
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
    paths = {request.path for request in anthropic_emulator.requests}
    assert "/v1/models" in paths
    assert any(r.path.endswith("/api-key") for r in xai_emulator.requests)


async def test_cloud_steps_can_be_skipped(
    hass: HomeAssistant, ollama_emulator: Any
) -> None:
    """An empty API key skips Claude and Grok: a local-only router."""
    result = await _start(hass, ollama_emulator.url)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"model": "llama3.2:3b"}
    )
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {})
    assert result["step_id"] == "grok"
    with NO_SETUP:
        result = await hass.config_entries.flow.async_configure(result["flow_id"], {})
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert "claude" not in result["data"]
    assert "grok" not in result["data"]


async def test_unreachable_local_server(
    hass: HomeAssistant, unreachable_url: str
) -> None:
    """An address where nothing listens is a form error, not a traceback."""
    result = await _start(hass, unreachable_url)
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {"base": "cannot_connect"}


async def test_local_server_without_models(
    hass: HomeAssistant, ollama_emulator: Any
) -> None:
    """A server with nothing pulled says so."""
    ollama_emulator.models.clear()
    result = await _start(hass, ollama_emulator.url)
    assert result["errors"] == {"base": "no_models"}


async def test_unknown_local_model(hass: HomeAssistant, ollama_emulator: Any) -> None:
    """A typed model name the server does not have is refused."""
    result = await _start(hass, ollama_emulator.url)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"model": "no-such-model"}
    )
    assert result["errors"] == {"base": "model_not_found"}


async def _at_claude_step(hass: HomeAssistant, ollama_emulator: Any) -> dict[str, Any]:
    result = await _start(hass, ollama_emulator.url)
    return await hass.config_entries.flow.async_configure(
        result["flow_id"], {"model": "llama3.2:3b"}
    )


@pytest.mark.parametrize(
    ("key", "model", "error"),
    [
        ("sk-ant-wrong", "claude-sonnet-4-6", "invalid_auth"),
        ("sk-ant-test", "claude-imaginary-9", "model_not_found"),
    ],
)
async def test_claude_errors(
    hass: HomeAssistant,
    ollama_emulator: Any,
    anthropic_emulator: Any,
    key: str,
    model: str,
    error: str,
) -> None:
    """A wrong key (401) and an unknown model each get their own message, and the input is kept."""
    result = await _at_claude_step(hass, ollama_emulator)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], _cloud(anthropic_emulator, key, model)
    )
    assert result["step_id"] == "claude"
    assert result["errors"] == {"base": error}


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
    """XAI answers a bad key with HTTP 400; the user still sees 'key rejected'."""
    result = await _at_claude_step(hass, ollama_emulator)
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {})
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], _cloud(xai_emulator, "xai-wrong", "grok-4.3")
    )
    assert result["step_id"] == "grok"
    assert result["errors"] == {"base": "invalid_auth"}


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


async def test_reauth_replaces_the_rejected_key(
    hass: HomeAssistant, ollama_emulator: Any, anthropic_emulator: Any
) -> None:
    """After a 401 the user enters a new key; a wrong one is refused first."""
    entry = MockConfigEntry(
        domain=DOMAIN,
        unique_id=ollama_emulator.url.lower(),
        data=_entry_data(ollama_emulator, anthropic_emulator),
    )
    entry.add_to_hass(hass)
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


async def test_reconfigure_changes_model_without_removing(
    hass: HomeAssistant, ollama_emulator: Any, anthropic_emulator: Any
) -> None:
    """Reconfigure switches the local model and Claude model in place."""
    anthropic_emulator.valid_keys.add("sk-ant-old")
    entry = MockConfigEntry(
        domain=DOMAIN,
        unique_id=ollama_emulator.url.lower(),
        data=_entry_data(ollama_emulator, anthropic_emulator),
    )
    entry.add_to_hass(hass)
    result = await entry.start_reconfigure_flow(hass)
    assert result["step_id"] == "reconfigure"
    values = {
        "url": ollama_emulator.url,
        "model": "qwen2.5:7b",
        "claude_model": "claude-haiku-4-5",
        "claude_base_url": anthropic_emulator.url,
    }
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {**values, "model": "missing:1b"}
    )
    assert result["errors"] == {"base": "model_not_found"}
    with NO_SETUP:
        result = await hass.config_entries.flow.async_configure(
            result["flow_id"], values
        )
    assert result["reason"] == "reconfigure_successful"
    assert entry.data["local_hosts"][0]["model"] == "qwen2.5:7b"
    assert entry.data["claude"]["model"] == "claude-haiku-4-5"


async def test_openai_compatible_local_server(
    hass: HomeAssistant, openai_compat_emulator: Any
) -> None:
    """llama-swap, LiteLLM or vLLM: models come from /v1/models, the key is kept for the pool."""
    openai_compat_emulator.valid_keys.add("sk-local")
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": config_entries.SOURCE_USER}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        {
            "url": openai_compat_emulator.url,
            "server_type": "openai",
            "api_key": "wrong",
        },
    )
    assert result["errors"] == {"base": "invalid_auth"}
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        {
            "url": openai_compat_emulator.url,
            "server_type": "openai",
            "api_key": "sk-local",
        },
    )
    assert result["step_id"] == "local_model"
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"model": "qwen2.5:7b"}
    )
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {})
    with NO_SETUP:
        result = await hass.config_entries.flow.async_configure(result["flow_id"], {})
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
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="Hybrid LLM Router",
        unique_id=ollama_emulator.url.lower(),
        data=_entry_data(ollama_emulator, anthropic_emulator),
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    claude_device = (DOMAIN, f"{entry.entry_id}_claude")
    assert device_registry.async_get_device_by_identifier(claude_device, entry.entry_id)
    result = await entry.start_reconfigure_flow(hass)
    values = {
        "url": ollama_emulator.url,
        "model": "llama3.2:3b",
        "claude_model": "claude-sonnet-4-6",
        "claude_base_url": anthropic_emulator.url,
        "claude_remove": True,
        "grok_api_key": "xai-wrong",
        "grok_model": "grok-4.3",
        "grok_base_url": xai_emulator.url,
    }
    result = await hass.config_entries.flow.async_configure(result["flow_id"], values)
    assert result["errors"] == {"base": "invalid_auth"}
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {**values, "grok_api_key": "xai-test"}
    )
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
