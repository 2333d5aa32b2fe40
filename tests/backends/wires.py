"""Every wire protocol under one interface, for the tests all backends must pass alike."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import aiohttp

from custom_components.llm_router.backends.anthropic import AnthropicClient
from custom_components.llm_router.backends.http import HttpBackend
from custom_components.llm_router.backends.ollama import OllamaClient
from custom_components.llm_router.backends.openai_compat import OpenAICompatClient
from custom_components.llm_router.backends.xai import XaiClient
from tests.emulators.core import Emulator

type ClientFactory = Callable[..., HttpBackend]


@dataclass(frozen=True, slots=True)
class Wire:
    """A client factory and the name of the emulator fixture it talks to."""

    emulator_fixture: str
    factory: ClientFactory
    model: str
    key: dict[str, str]


WIRES = {
    "ollama": Wire("ollama_emulator", OllamaClient, "llama3.2:3b", {}),
    "openai_compat": Wire(
        "openai_compat_emulator", OpenAICompatClient, "qwen2.5:7b", {}
    ),
    "anthropic": Wire(
        "anthropic_emulator",
        AnthropicClient,
        "claude-sonnet-4-6",
        {"api_key": "sk-ant-test"},
    ),
    "xai": Wire("xai_emulator", XaiClient, "grok-4.3", {"api_key": "xai-test"}),
}


@dataclass(slots=True)
class Connected:
    """A wire's emulator, running, and a way to make clients for it."""

    wire: Wire
    emulator: Emulator
    session: aiohttp.ClientSession

    def client(self, url: str | None = None, **options: Any) -> HttpBackend:
        """A client of the emulator (or of url), zero retry-after cap unless given."""
        options.setdefault("retry_after_cap", 0.0)
        return self.wire.factory(
            self.session,
            base_url=url or self.emulator.url,
            model=self.wire.model,
            **self.wire.key,
            **options,
        )
