"""Pytest plugin: function-scoped emulator fixtures, each started on a free 127.0.0.1 port and stopped after."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
import socket
from typing import Any

import pytest

from .anthropic import AnthropicEmulator
from .core import Emulator
from .ollama import OllamaEmulator
from .openai_compat import OpenAICompatEmulator
from .xai import XaiEmulator


def _emulator_fixture(name: str, factory: Callable[[], Emulator], doc: str) -> Any:
    """A fixture named name that serves a new emulator for the duration of a test."""

    async def serve(socket_enabled: None) -> AsyncIterator[Emulator]:
        async with factory() as emulator:
            yield emulator

    serve.__doc__ = doc
    return pytest.fixture(name=name)(serve)


ollama_emulator = _emulator_fixture(
    "ollama_emulator", OllamaEmulator, "An Ollama server."
)
ollama_emulator_2 = _emulator_fixture(
    "ollama_emulator_2", OllamaEmulator, "A second Ollama server (failover)."
)
openai_compat_emulator = _emulator_fixture(
    "openai_compat_emulator",
    OpenAICompatEmulator,
    "An OpenAI-compatible local server (no key required).",
)
anthropic_emulator = _emulator_fixture(
    "anthropic_emulator",
    AnthropicEmulator,
    "An Anthropic Messages API server (key sk-ant-test).",
)
xai_emulator = _emulator_fixture(
    "xai_emulator", XaiEmulator, "An xAI server (key xai-test; url ends in /v1)."
)


@pytest.fixture
def unreachable_url(socket_enabled: None) -> str:
    """A 127.0.0.1 URL where nothing listens."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"
