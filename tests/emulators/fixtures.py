"""Pytest plugin: function-scoped emulator fixtures, each started on a free 127.0.0.1 port and stopped after."""

from __future__ import annotations

from collections.abc import AsyncIterator
import socket

import pytest

from .anthropic import AnthropicEmulator
from .core import Emulator
from .ollama import OllamaEmulator
from .openai_compat import OpenAICompatEmulator
from .xai import XaiEmulator


async def _serve[EmulatorT: Emulator](emulator: EmulatorT) -> AsyncIterator[EmulatorT]:
    """Run an emulator for the duration of a test."""
    async with emulator:
        yield emulator


@pytest.fixture
async def ollama_emulator(socket_enabled: None) -> AsyncIterator[OllamaEmulator]:
    """An Ollama server."""
    async for emulator in _serve(OllamaEmulator()):
        yield emulator


@pytest.fixture
async def ollama_emulator_2(socket_enabled: None) -> AsyncIterator[OllamaEmulator]:
    """A second Ollama server (failover target)."""
    async for emulator in _serve(OllamaEmulator()):
        yield emulator


@pytest.fixture
async def openai_compat_emulator(
    socket_enabled: None,
) -> AsyncIterator[OpenAICompatEmulator]:
    """An OpenAI-compatible local server."""
    async for emulator in _serve(OpenAICompatEmulator()):
        yield emulator


@pytest.fixture
async def anthropic_emulator(socket_enabled: None) -> AsyncIterator[AnthropicEmulator]:
    """An Anthropic Messages API server (key `sk-ant-test`)."""
    async for emulator in _serve(AnthropicEmulator()):
        yield emulator


@pytest.fixture
async def xai_emulator(socket_enabled: None) -> AsyncIterator[XaiEmulator]:
    """An xAI server (key `xai-test`; url ends in /v1)."""
    async for emulator in _serve(XaiEmulator()):
        yield emulator


@pytest.fixture
def unreachable_url(socket_enabled: None) -> str:
    """A 127.0.0.1 URL where nothing listens."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"
