"""Fixtures of the end-to-end tests: one set of emulators and one real Home Assistant for the package.

These tests never use the `hass` fixture: Home Assistant runs as a separate process, reached over
127.0.0.1 HTTP. The pytest-homeassistant-custom-component plugin disables socket creation before every
test; the emulators (served from a thread of this process) and the HTTP client need it for the whole
package, so sockets are re-enabled right after the plugin's setup (connections stay limited to 127.0.0.1).
"""

from __future__ import annotations

from collections.abc import Iterator
import importlib.util

import pytest
import pytest_socket

from tests.e2e.harness import (
    KITCHEN_LIGHT_CONFIGURATION,
    SATELLITE_INTEGRATION_DIR,
    Emulators,
    Stack,
    add_router_entry,
    router_flow_steps,
    running_home_assistant,
)

# Top-level packages of script/e2e_deps.txt without which Home Assistant cannot start cleanly.
REQUIRED_MODULES = ("hass_frontend", "hassil", "home_assistant_intents", "pymicro_vad")


def pytest_configure(config: pytest.Config) -> None:
    """Register the e2e marker (deselect with `-m "not e2e"`)."""
    config.addinivalue_line(
        "markers", "e2e: end-to-end test against a real Home Assistant process"
    )


@pytest.hookimpl(trylast=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """Undo the plugin's per-test socket block for e2e tests (it still only allows 127.0.0.1)."""
    pytest_socket.enable_socket()


@pytest.fixture(autouse=True)
def sockets_for_fixtures() -> None:
    """A test's own fixtures (set up before the hook above runs) also reach Home Assistant over 127.0.0.1."""
    pytest_socket.enable_socket()


@pytest.fixture(autouse=True)
def auto_enable_custom_integrations() -> None:
    """Override the suite-wide autouse fixture, which would pull in the `hass` fixture."""


@pytest.fixture(scope="package")
def emulators() -> Iterator[Emulators]:
    """Ollama, Anthropic and xAI emulators, in this process on their own thread."""
    pytest_socket.enable_socket()
    running = Emulators.start()
    try:
        yield running
    finally:
        running.close()


@pytest.fixture(scope="package")
def stack(
    emulators: Emulators, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Stack]:
    """A real, onboarded Home Assistant with the router set up by its config flow."""
    pytest_socket.enable_socket()  # the plugin blocks sockets again before each test's fixtures
    if missing := [
        name for name in REQUIRED_MODULES if importlib.util.find_spec(name) is None
    ]:
        pytest.fail(
            f"Missing {missing}: install script/e2e_deps.txt (script/setup does)"
        )
    config_dir = tmp_path_factory.mktemp("home-assistant")
    with running_home_assistant(
        config_dir,
        extra_configuration=KITCHEN_LIGHT_CONFIGURATION + "assist_pipeline:\n",
        extra_integrations=(SATELLITE_INTEGRATION_DIR,),
    ) as (process, client):
        yield Stack(
            emulators,
            process,
            client,
            add_router_entry(client, router_flow_steps(emulators)),
        )


@pytest.fixture(autouse=True)
def fresh_emulators(emulators: Emulators) -> None:
    """Every test starts with no recorded requests and no queued replies."""
    emulators.clear()
