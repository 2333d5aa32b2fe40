"""Several local servers: the first in priority order answers; when it is down the next one does, in the same turn."""

from __future__ import annotations

from typing import Any

from homeassistant.core import HomeAssistant

from tests.helpers import converse, entry_data, last_turn, setup_entry, speech


async def test_second_local_server_takes_over_within_the_turn(
    hass: HomeAssistant,
    ollama_emulator: Any,
    openai_compat_emulator: Any,
    anthropic_emulator: Any,
) -> None:
    """The Ollama host is down: llama-swap (OpenAI-compatible) answers; nothing goes to the cloud."""
    entry = await setup_entry(
        hass,
        entry_data(ollama_emulator.url, anthropic_emulator.url),
        local_servers=[
            {
                "url": openai_compat_emulator.url,
                "model": "qwen2.5:7b",
                "server_type": "openai",
            }
        ],
    )
    assert entry.runtime_data.local_urls == [
        ollama_emulator.url,
        openai_compat_emulator.url,
    ]
    openai_compat_emulator.reply("Answer from the second server.", deltas=3)
    await ollama_emulator.stop()

    result = await converse(hass, "tell me a joke")

    assert speech(result) == "Answer from the second server."
    body = openai_compat_emulator.chat_requests[0].json
    assert body["stream"] is True
    assert body["stream_options"] == {"include_usage": True}
    assert anthropic_emulator.chat_requests == []
    turn = last_turn(entry)
    assert turn.backend == "local"
