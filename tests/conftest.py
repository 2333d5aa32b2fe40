"""Shared fixtures: Home Assistant harness settings and the wire-protocol emulators."""

from __future__ import annotations

from collections.abc import Generator

import pytest

import custom_components  # noqa: F401  # must be imported before the harness puts its testing_config first

pytest_plugins = ["tests.emulators.fixtures", "tests.helpers"]


@pytest.fixture(autouse=True)
def auto_enable_custom_integrations(
    enable_custom_integrations: None,
) -> Generator[None]:
    """Let Home Assistant load custom_components/llm_router in every test."""
    return


@pytest.fixture(autouse=True)
async def core_components(request: pytest.FixtureRequest) -> None:
    """Set up what a real instance always has before the conversation integration (exposed entities)."""
    if "hass" not in request.fixturenames:
        return
    from homeassistant.setup import async_setup_component

    hass = request.getfixturevalue("hass")
    assert await async_setup_component(hass, "homeassistant", {})
