"""manifest.json as hassfest checks it: key order, the keys Home Assistant's loader knows, their types and values.

hassfest itself (script/hassfest) ships with Home Assistant's source, not its package; these are its manifest rules
for a custom integration, with the key set and types taken from the installed loader's `Manifest`.
"""

from __future__ import annotations

import json
from pathlib import Path
import types
import typing
from typing import Any, get_args, get_origin

from awesomeversion import AwesomeVersion, AwesomeVersionStrategy
from homeassistant import loader
from homeassistant.const import Platform, __version__ as HA_VERSION
import pytest
from yarl import URL

MANIFEST_PATH = (
    Path(__file__).parents[2] / "custom_components" / "llm_router" / "manifest.json"
)
PAIRS: list[tuple[str, Any]] = json.loads(
    MANIFEST_PATH.read_text(encoding="utf-8"), object_pairs_hook=list
)
MANIFEST = dict(PAIRS)
# Set by the loader, never written in a manifest.
LOADER_ONLY = {"is_built_in", "overwrites_built_in"}
IOT_CLASSES = {
    "assumed_state",
    "calculated",
    "cloud_polling",
    "cloud_push",
    "local_polling",
    "local_push",
}
QUALITY_SCALES = {"bronze", "silver", "gold", "platinum", "internal", "legacy"}
VERSION_STRATEGIES = [
    AwesomeVersionStrategy.CALVER,
    AwesomeVersionStrategy.SEMVER,
    AwesomeVersionStrategy.SIMPLEVER,
    AwesomeVersionStrategy.BUILDVER,
    AwesomeVersionStrategy.PEP440,
]
MANIFEST_TYPES = typing.get_type_hints(loader.Manifest)


def _hassfest_order(key: str) -> str:
    return {"domain": ".domain", "name": ".name"}.get(key, key)


def _matches(value: Any, hint: Any) -> bool:
    origin = get_origin(hint)
    if origin is typing.Literal:
        return value in get_args(hint)
    if origin is list:
        (item,) = get_args(hint)
        return isinstance(value, list) and all(_matches(v, item) for v in value)
    if origin is dict:
        return isinstance(value, dict)
    if origin in (typing.Union, types.UnionType):
        return any(_matches(value, arm) for arm in get_args(hint))
    return isinstance(value, hint)


def test_keys_in_hassfest_order() -> None:
    """domain, name, then the other keys alphabetically (hassfest: 'Manifest keys are not sorted correctly')."""
    keys = [key for key, _ in PAIRS]
    assert keys == sorted(keys, key=_hassfest_order)
    assert keys[:2] == ["domain", "name"]


def test_only_known_keys_with_their_types() -> None:
    """Every key is one the loader reads, with the type it expects."""
    known = set(MANIFEST_TYPES) - LOADER_ONLY
    assert set(MANIFEST) <= known, set(MANIFEST) - known
    for key, value in MANIFEST.items():
        assert _matches(value, MANIFEST_TYPES[key]), (key, value)


def test_custom_integration_rules() -> None:
    """A custom integration names its domain as its folder, has a version, https links and valid enums."""
    assert MANIFEST["domain"] == MANIFEST_PATH.parent.name
    assert MANIFEST["domain"] not in {platform.value for platform in Platform}
    assert AwesomeVersion(MANIFEST["version"], ensure_strategy=VERSION_STRATEGIES).valid
    for key in ("documentation", "issue_tracker"):
        assert URL(MANIFEST[key]).scheme == "https", key
    assert MANIFEST["iot_class"] in IOT_CLASSES
    assert MANIFEST["quality_scale"] in QUALITY_SCALES
    assert MANIFEST["config_flow"] is True
    assert all(owner.startswith("@") for owner in MANIFEST["codeowners"])
    for key in ("dependencies", "after_dependencies"):
        assert MANIFEST[key] == sorted(set(MANIFEST[key])), key


@pytest.mark.parametrize("workflow", ["hassfest", "hacs/action"])
def test_validate_workflow_runs(workflow: str) -> None:
    """CI runs hassfest and the HACS action on every push."""
    text = (
        MANIFEST_PATH.parents[2] / ".github" / "workflows" / "validate.yml"
    ).read_text(encoding="utf-8")
    assert workflow in text
    assert "push:" in text


HACS_KEYS = {
    "name",
    "content_in_root",
    "filename",
    "hide_default_branch",
    "country",
    "homeassistant",
    "persistent_directory",
    "zip_release",
    "render_readme",
    "hacs",
}


def test_hacs_manifest() -> None:
    """hacs.json has only keys HACS knows, the integration's name, and a Home Assistant version it runs on."""
    hacs = json.loads(
        (MANIFEST_PATH.parents[2] / "hacs.json").read_text(encoding="utf-8")
    )
    assert set(hacs) <= HACS_KEYS
    assert hacs["name"] == MANIFEST["name"]
    assert hacs["content_in_root"] is False
    assert AwesomeVersion(hacs["homeassistant"]) <= AwesomeVersion(HA_VERSION)
