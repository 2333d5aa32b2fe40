"""strings.json: the English translation is identical, every string is a valid message, every field is described.

The frontend formats translations as ICU messages: a brace that is not a simple `{placeholder}` shows as
"Translation error: MALFORMED_ARGUMENT". Each form the flows show is walked field by field (sections too): a
field without a label or a data_description fails.
"""

from __future__ import annotations

from collections.abc import Iterator
import json
from pathlib import Path
import re
from typing import Any

from homeassistant import config_entries
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import section
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.llm_router.const import DOMAIN
from tests.helpers import entry_data, setup_entry

COMPONENT = Path(__file__).parents[2] / "custom_components" / "llm_router"
STRINGS: dict[str, Any] = json.loads(
    (COMPONENT / "strings.json").read_text(encoding="utf-8")
)
# A message may hold literal text and simple {placeholders}, nothing else ICU would parse.
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")


def _strings(node: Any, path: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(value, f"{path}.{key}" if path else key)
    else:
        yield path, node


def _steps() -> Iterator[tuple[str, dict[str, Any]]]:
    for flow in ("config", "options"):
        for step_id, step in STRINGS[flow]["step"].items():
            yield f"{flow}.{step_id}", step
    for kind, flow in STRINGS["config_subentries"].items():
        for step_id, step in flow["step"].items():
            yield f"config_subentries.{kind}.{step_id}", step


def test_english_translation_is_strings_json() -> None:
    """translations/en.json is what Home Assistant serves; it must not drift from strings.json."""
    english = json.loads(
        (COMPONENT / "translations" / "en.json").read_text(encoding="utf-8")
    )
    assert english == STRINGS


@pytest.mark.parametrize(("path", "text"), list(_strings(STRINGS)))
def test_every_string_is_a_valid_message(path: str, text: str) -> None:
    """No stray brace (write examples as block YAML), no ICU quote before a brace, nothing empty."""
    assert isinstance(text, str), path
    assert text.strip(), path
    rest = PLACEHOLDER.sub("", text)
    assert "{" not in rest, path
    assert "}" not in rest, path
    assert "'{" not in text, path


@pytest.mark.parametrize(("path", "step"), list(_steps()))
def test_every_labelled_field_has_a_description(
    path: str, step: dict[str, Any]
) -> None:
    """Labels and descriptions come in pairs, in steps and in their sections."""
    blocks = [step, *step.get("sections", {}).values()]
    for block in blocks:
        assert set(block.get("data", {})) == set(block.get("data_description", {})), (
            path
        )


def _assert_described(step: dict[str, Any], schema: Any, where: str) -> None:
    """Each field of a shown form has a label and a description in its step (or section)."""
    for marker, validator in schema.schema.items():
        key = str(marker)
        if isinstance(validator, section):
            block = step.get("sections", {}).get(key)
            assert block and block.get("name"), f"{where}: section {key} has no name"
            _assert_described(block, validator.schema, f"{where}.{key}")
            continue
        assert step.get("data", {}).get(key), f"{where}: {key} has no label"
        assert step.get("data_description", {}).get(key), (
            f"{where}: {key} has no description"
        )


def _assert_form(flow: str, result: dict[str, Any]) -> None:
    """The shown form (or menu) and its errors are translated; flow is `config`, `options` or a subentry type."""
    root = STRINGS[flow] if flow in STRINGS else STRINGS["config_subentries"][flow]
    step = root["step"][result["step_id"]]
    if result["type"] == "menu":
        assert set(step["menu_options"]) == set(result["menu_options"])
        return
    _assert_described(step, result["data_schema"], f"{flow}.{result['step_id']}")
    for error in (result.get("errors") or {}).values():
        assert error in root["error"], error


async def test_config_flow_forms_are_described(
    hass: HomeAssistant, ollama_emulator: Any
) -> None:
    """User, local model, both menus, Claude, Grok."""
    flow = hass.config_entries.flow
    result = await flow.async_init(
        DOMAIN, context={"source": config_entries.SOURCE_USER}
    )
    _assert_form("config", result)
    result = await flow.async_configure(
        result["flow_id"], {"url": ollama_emulator.url, "server_type": "ollama"}
    )
    _assert_form("config", result)
    result = await flow.async_configure(result["flow_id"], {"model": "llama3.2:3b"})
    _assert_form("config", result)
    claude = await flow.async_configure(result["flow_id"], {"next_step_id": "claude"})
    _assert_form("config", claude)
    flow.async_abort(claude["flow_id"])
    result = await flow.async_init(
        DOMAIN, context={"source": config_entries.SOURCE_USER}
    )
    result = await flow.async_configure(
        result["flow_id"], {"url": ollama_emulator.url, "server_type": "ollama"}
    )
    result = await flow.async_configure(result["flow_id"], {"model": "llama3.2:3b"})
    result = await flow.async_configure(
        result["flow_id"], {"next_step_id": "grok_menu"}
    )
    _assert_form("config", result)
    result = await flow.async_configure(result["flow_id"], {"next_step_id": "grok"})
    _assert_form("config", result)


@pytest.mark.parametrize("with_claude", [True, False])
async def test_reauth_and_reconfigure_forms_are_described(
    hass: HomeAssistant, ollama_emulator: Any, with_claude: bool
) -> None:
    """Reauth and reconfigure, with Claude configured (change/remove) and without (add)."""
    data = entry_data(ollama_emulator.url, ollama_emulator.url if with_claude else None)
    entry = MockConfigEntry(domain=DOMAIN, data=data, version=2)
    entry.add_to_hass(hass)
    _assert_form("config", await entry.start_reconfigure_flow(hass))
    if with_claude:
        _assert_form("config", await entry.start_reauth_flow(hass))


async def test_options_and_subentry_forms_are_described(
    hass: HomeAssistant, ollama_emulator: Any, ollama_emulator_2: Any
) -> None:
    """The options form (every section) and both steps of adding a local server."""
    entry = await setup_entry(hass, entry_data(ollama_emulator.url))
    _assert_form(
        "options", await hass.config_entries.options.async_init(entry.entry_id)
    )
    subentries = hass.config_entries.subentries
    result = await subentries.async_init(
        (entry.entry_id, "local_server"), context={"source": "user"}
    )
    _assert_form("local_server", result)
    result = await subentries.async_configure(
        result["flow_id"], {"url": ollama_emulator_2.url, "server_type": "ollama"}
    )
    _assert_form("local_server", result)
