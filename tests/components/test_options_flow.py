"""Options flow: four sections, every option in one; errors on their section; nothing silently reset."""

from __future__ import annotations

from typing import Any

from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import InvalidData
import pytest

from custom_components.llm_router.entry_options import DEFAULT_OPTIONS
from custom_components.llm_router.models import LLMRouterConfigEntry
from custom_components.llm_router.options_flow import SECTIONS
from tests.helpers import entry_data, form_values, setup_entry


@pytest.fixture
async def entry(hass: HomeAssistant, ollama_emulator: Any) -> LLMRouterConfigEntry:
    """A loaded local-only entry."""
    return await setup_entry(hass, entry_data(ollama_emulator.url))


async def _open(hass: HomeAssistant, entry: LLMRouterConfigEntry) -> dict[str, Any]:
    result = await hass.config_entries.options.async_init(entry.entry_id)
    assert result["step_id"] == "init"
    return result


def test_every_option_is_in_exactly_one_section() -> None:
    """A new option lands in a section (or this fails), and none is shown twice."""
    shown = [key for keys in SECTIONS.values() for key in keys]
    assert sorted(shown) == sorted(DEFAULT_OPTIONS)
    assert list(SECTIONS) == [
        "routing_privacy",
        "origins",
        "budgets_prices",
        "local_servers",
        "models_timeouts",
    ]


async def test_form_shows_sections_with_current_values(
    hass: HomeAssistant, entry: LLMRouterConfigEntry
) -> None:
    """The first section is open, the others collapsed; each field shows its current value."""
    result = await _open(hass, entry)
    sections = {str(key): value for key, value in result["data_schema"].schema.items()}
    assert [name for name, s in sections.items() if not s.options["collapsed"]] == [
        "routing_privacy"
    ]
    values = form_values(result)
    assert values["models_timeouts"]["answer_style"] == "short"
    assert values["budgets_prices"]["budget_reset_day"] == 1


async def test_submitting_unchanged_keeps_every_option(
    hass: HomeAssistant, entry: LLMRouterConfigEntry
) -> None:
    """Saving the form as shown stores every option with its value, whole numbers as int."""
    result = await _open(hass, entry)
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], form_values(result)
    )
    await hass.async_block_till_done()
    options = dict(entry.options)
    assert options.pop("prompt").strip() == DEFAULT_OPTIONS["prompt"].strip()
    assert options == {key: v for key, v in DEFAULT_OPTIONS.items() if key != "prompt"}
    assert isinstance(entry.options["num_ctx"], int)


async def _submit(
    hass: HomeAssistant, entry: LLMRouterConfigEntry, section: str, key: str, value: Any
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Open the form and submit it with one value changed; returns the result and the submitted values."""
    result = await _open(hass, entry)
    values = form_values(result)
    values[section][key] = value
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], values
    )
    return result, values


async def test_invalid_rules_are_shown_on_their_section(
    hass: HomeAssistant, entry: LLMRouterConfigEntry
) -> None:
    """Bad routing rules: error on the section (opened), with the reason; nothing saved until fixed."""
    result, values = await _submit(
        hass, entry, "routing_privacy", "routing_rules", "- match: [x]\n  route: moon"
    )
    assert result["errors"] == {"routing_privacy": "invalid_routing_rules"}
    assert result["description_placeholders"]["detail"]
    assert entry.options == {}
    assert form_values(result)["routing_privacy"]["routing_rules"].endswith("moon")
    values["routing_privacy"]["routing_rules"] = "- match: [bitcoin]\n  route: search"
    values["budgets_prices"]["budget_reset_day"] = 15.0
    await hass.config_entries.options.async_configure(result["flow_id"], values)
    await hass.async_block_till_done()
    assert entry.options["routing_rules"].startswith("- match")
    assert entry.options["budget_reset_day"] == 15
    assert entry.state is ConfigEntryState.LOADED
    # Reloaded: the running entry uses the new options.
    assert entry.runtime_data.settings.integer("budget_reset_day") == 15


async def test_invalid_prices_are_shown_on_their_section(
    hass: HomeAssistant, entry: LLMRouterConfigEntry
) -> None:
    """Price overrides that are not YAML: the budgets section carries the error."""
    result, _values = await _submit(
        hass, entry, "budgets_prices", "price_overrides", "claude: [unclosed"
    )
    assert result["errors"] == {"budgets_prices": "invalid_price_overrides"}


async def test_clearing_answer_length_is_refused(
    hass: HomeAssistant, entry: LLMRouterConfigEntry
) -> None:
    """An emptied choice is a required-field error, never a silent fall back to the default."""
    result = await _open(hass, entry)
    values = form_values(result)
    del values["models_timeouts"]["answer_style"]
    with pytest.raises(InvalidData) as err:
        await hass.config_entries.options.async_configure(result["flow_id"], values)
    assert "answer_style" in str(err.value.schema_errors)
    assert entry.options == {}


async def test_cleared_text_is_stored_empty(
    hass: HomeAssistant, entry: LLMRouterConfigEntry
) -> None:
    """Emptying the instructions or the tools stores them empty, as the user left them."""
    result = await _open(hass, entry)
    values = form_values(result)
    del values["models_timeouts"]["prompt"]
    del values["routing_privacy"]["llm_api_local"]
    await hass.config_entries.options.async_configure(result["flow_id"], values)
    await hass.async_block_till_done()
    assert entry.options["prompt"] == ""
    assert entry.options["llm_api_local"] == []
