"""The README's YAML: every block parses with Home Assistant's loader, matches a file in docs/examples and works.

Automations validate as the automation editor would, action calls match the registered actions' schemas, options
examples pass the options validation, and every entity id, action and event the documentation names exists once an
entry (local server, Claude and Grok) is loaded.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
import re
from typing import Any

from homeassistant.components.automation.config import async_validate_config_item
from homeassistant.components.logger import CONFIG_SCHEMA as LOGGER_SCHEMA
from homeassistant.core import HomeAssistant
from homeassistant.helpers import (
    area_registry as ar,
    config_validation as cv,
    entity_registry as er,
)
from homeassistant.helpers.script import async_validate_actions_config
from homeassistant.util.yaml import parse_yaml
import pytest

from custom_components.llm_router.agent import EVENT_REQUEST
from custom_components.llm_router.const import (
    CONF_LOCAL_AREAS,
    CONF_LOCAL_PEOPLE,
    CONF_PRICE_OVERRIDES,
    CONF_ROUTING_RULES,
    DOMAIN,
    LOGGER,
)
from custom_components.llm_router.entry_options import parse_settings
from custom_components.llm_router.ledger_store import EVENT_BUDGET_THRESHOLD
from custom_components.llm_router.router import Origin
from tests.helpers import setup_entry

ROOT = Path(__file__).parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
EXAMPLES = {
    path.name: path.read_text(encoding="utf-8")
    for path in sorted((ROOT / "docs" / "examples").glob("*.yaml"))
}
YAML_BLOCKS = re.findall(r"^```yaml\n(.*?)^```$", README, re.MULTILINE | re.DOTALL)

# The user's own entities in the examples ("replace with your own"), not the integration's.
USER_ENTITIES = {
    "input_boolean.guest_mode",
    "sensor.grid_import_weekly",
    "sensor.solar_production_weekly",
    "sensor.heat_pump_energy_weekly",
}
# An example id of a local server added later (its host and port); the first server's id is stable.
LATER_SERVER_EXAMPLE = "binary_sensor.192_168_1_30_11434_connectivity"
ENTITY_DOMAINS = (
    "binary_sensor",
    "conversation",
    "input_boolean",
    "number",
    "select",
    "sensor",
    "switch",
)
ENTITY_ID = re.compile(
    rf"(?<![\w.])(?:{'|'.join(ENTITY_DOMAINS)})\.[a-z0-9_]*[a-z0-9]\b(?![.<])"
)
TEMPLATE_ENTITY = re.compile(
    r"""(?:states|is_state|state_attr)\(\s*['"]([a-z_]+\.[a-z0-9_]+)['"]"""
)
OUR_ACTION = re.compile(rf"(?<![\w./]){DOMAIN}\.([a-z_]+)\b")


def _example(name: str) -> Any:
    return parse_yaml(EXAMPLES[name])


def _examples(prefix: str) -> list[str]:
    names = [name for name in EXAMPLES if name.startswith(prefix)]
    assert names, f"no docs/examples/{prefix}*.yaml"
    return names


def _walk(node: Any) -> Iterator[tuple[str | None, Any]]:
    """Every (key, value) pair of a parsed YAML tree; list items come with key None."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield key, value
            yield from _walk(value)
    elif isinstance(node, list):
        for item in node:
            yield None, item
            yield from _walk(item)


def _entity_ids(node: Any) -> set[str]:
    """Entity ids a parsed automation, action or dashboard refers to (fields and templates)."""
    found: set[str] = set()
    for key, value in _walk(node):
        if key in ("entity", "entity_id"):
            found.update([value] if isinstance(value, str) else value)
        elif key == "entities":
            found.update(
                item if isinstance(item, str) else item["entity"] for item in value
            )
        if isinstance(value, str):
            found.update(TEMPLATE_ENTITY.findall(value))
    return found


def _actions(node: Any) -> list[dict[str, Any]]:
    """Every action call (a mapping with an `action` key) in a parsed tree."""
    return [
        value
        for _key, value in _walk(node)
        if isinstance(value, dict) and "action" in value
    ]


def _assert_entities_exist(
    hass: HomeAssistant,
    entity_ids: set[str],
    *,
    disabled_ok: bool = False,
) -> None:
    """The entities exist with a state (enabled); with disabled_ok, registered but disabled by default is enough."""
    registry = er.async_get(hass)

    def exists(entity_id: str) -> bool:
        if hass.states.get(entity_id) is not None:
            return True
        entry = registry.async_get(entity_id)
        return (
            disabled_ok
            and entry is not None
            and entry.disabled_by is er.RegistryEntryDisabler.INTEGRATION
        )

    missing = sorted(
        entity_id
        for entity_id in entity_ids - USER_ENTITIES - {LATER_SERVER_EXAMPLE}
        if not exists(entity_id)
    )
    assert not missing, f"the README names entities that do not exist: {missing}"


async def _assert_our_actions_valid(hass: HomeAssistant, parsed: Any) -> None:
    """Our action calls name registered actions, and their data passes the action's own schema."""
    services = hass.services.async_services_for_domain(DOMAIN)
    for call in _actions(parsed):
        domain, _, service = call["action"].partition(".")
        if domain != DOMAIN:
            continue
        assert service in services, f"{call['action']} is not a registered action"
        schema = services[service].schema
        assert schema is not None
        schema(call.get("data", {}))


@pytest.mark.parametrize(
    "block", YAML_BLOCKS, ids=[f"block{index + 1}" for index in range(len(YAML_BLOCKS))]
)
def test_readme_yaml_parses(block: str) -> None:
    """Home Assistant's own YAML loader reads every block; a broken block fails here."""
    assert parse_yaml(block) is not None


def test_readme_blocks_are_the_example_files() -> None:
    """docs/examples holds exactly the README's YAML blocks, so neither can drift from the other."""
    assert YAML_BLOCKS, "the README has no YAML blocks"
    blocks = sorted(block.strip() for block in YAML_BLOCKS)
    files = sorted(text.strip() for text in EXAMPLES.values())
    assert blocks == files


def test_options_examples_pass_the_options_validation() -> None:
    """The routing rules and price overrides are accepted by the options flow's validation."""
    settings = parse_settings(
        {
            CONF_ROUTING_RULES: EXAMPLES["routing_rules.yaml"],
            CONF_PRICE_OVERRIDES: EXAMPLES["price_overrides.yaml"],
        }
    )
    rules = settings.router.rules
    assert rules.route_rule("what's the bitcoin price") is not None
    assert rules.privacy_rule("read my diary entry") is not None
    office = Origin(area_id="office")
    assert rules.route_rule("an automation for the porch", office) is not None
    assert rules.route_rule("an automation for the porch") is None
    anna_upstairs = Origin(floor_id="upstairs", person="person.anna")
    assert rules.privacy_rule("what should I cook", anna_upstairs) is not None
    assert rules.privacy_rule("what should I cook", Origin(floor_id="upstairs")) is None
    assert settings.prices.price("my-proxy-model") is not None


def test_logger_example_names_the_integration_logger() -> None:
    """The debug-logging snippet is valid logger configuration for the integration's own logger."""
    config = LOGGER_SCHEMA(_example("logger.yaml"))
    assert LOGGER.name in config["logger"]["logs"]


async def test_origin_setups_do_what_the_readme_says(
    hass: HomeAssistant, all_backends: dict[str, Any]
) -> None:
    """With the kids' room and Ben kept local as the README describes, its dry runs report those policies."""
    kids_room = ar.async_get(hass).async_create("Kids room")
    await setup_entry(
        hass,
        all_backends,
        {CONF_LOCAL_AREAS: [kids_room.id], CONF_LOCAL_PEOPLE: ["person.ben"]},
    )
    for name, policy in (
        ("action_route_kids_room.yaml", "local_area"),
        ("action_route_person.yaml", "local_person"),
    ):
        response = await hass.services.async_call(
            DOMAIN,
            "route",
            _example(name)["data"],
            blocking=True,
            return_response=True,
        )
        assert response is not None
        assert (response["route"], response["policy"]) == ("local", policy), name
        if policy == "local_area":
            assert " ".join(f'"{response["reason"]}"'.split()) in " ".join(
                README.split()
            )


@pytest.mark.usefixtures("init_integration")
async def test_automations_validate(hass: HomeAssistant) -> None:
    """Each automation passes the automation editor's validation and uses existing actions and entities."""
    for name in _examples("automation_"):
        parsed = _example(name)
        validated = await async_validate_config_item(hass, name, parsed)
        assert validated is not None, name
        await _assert_our_actions_valid(hass, parsed)
        _assert_entities_exist(hass, _entity_ids(parsed))


@pytest.mark.usefixtures("init_integration")
async def test_action_examples_run(hass: HomeAssistant) -> None:
    """The Developer-tools examples validate as actions and answer when called."""
    for name in _examples("action_"):
        parsed = _example(name)
        await async_validate_actions_config(hass, cv.SCRIPT_SCHEMA([parsed]))
        await _assert_our_actions_valid(hass, parsed)
        _domain, _, service = parsed["action"].partition(".")
        response = await hass.services.async_call(
            DOMAIN, service, parsed.get("data", {}), blocking=True, return_response=True
        )
        assert response, name


@pytest.mark.usefixtures("init_integration")
async def test_dashboard_entities_exist(hass: HomeAssistant) -> None:
    """Every card has a type, and every entity on the dashboard exists."""
    dashboard = _example("dashboard.yaml")
    cards = [value for key, value in _walk(dashboard) if key == "cards"]
    assert cards
    assert all("type" in card for card_list in cards for card in card_list)
    _assert_entities_exist(hass, _entity_ids(dashboard))


@pytest.mark.usefixtures("init_integration")
async def test_prose_names_only_real_entities_actions_and_events(
    hass: HomeAssistant,
) -> None:
    """Entity ids, actions and events mentioned anywhere in the README exist (the examples use enabled ones)."""
    _assert_entities_exist(hass, set(ENTITY_ID.findall(README)), disabled_ok=True)
    services = set(OUR_ACTION.findall(README))
    assert services >= {"ask", "route", "reset_budget"}
    for service in services:
        assert hass.services.has_service(DOMAIN, service), f"{DOMAIN}.{service}"
    for event in (EVENT_REQUEST, EVENT_BUDGET_THRESHOLD):
        assert f"`{event}`" in README
