"""Claude's cache breakpoints and request order, against the emulator's billing of the Messages API cache; Grok's stable prefix."""

from __future__ import annotations

from pathlib import Path
import re

import aiohttp
import pytest

from custom_components.llm_router.backends import base
from custom_components.llm_router.backends.anthropic import AnthropicClient
from custom_components.llm_router.backends.xai import XaiClient
from tests.emulators.anthropic import AnthropicEmulator
from tests.emulators.prompt_cache import (
    MIN_CACHEABLE_TOKENS,
    PromptCache,
    min_cacheable_tokens,
)
from tests.emulators.xai import XaiEmulator

from .helpers import LIGHT_TOOL, TIMER_TOOL, collect, done

API_NOTES = Path(__file__).resolve().parents[3] / "shared" / "API_NOTES.md"
HOME = "Static Context: the devices in this home:\n" + "\n".join(
    f"- names: Light {number}\n  domain: light\n  areas: Room {number % 7}"
    for number in range(1, 200)
)


class Clock:
    """A clock the test moves."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def body(
    model: str = "claude-sonnet-4-6", *, home: str = HOME, turns: int = 0
) -> dict[str, object]:
    """A Messages body shaped as the client sends it: breakpoints on tools, system parts and earlier turns."""
    messages: list[dict[str, object]] = []
    for number in range(turns):
        messages += [
            {
                "role": "user",
                "content": [{"type": "text", "text": f"question {number}"}],
            },
            {
                "role": "assistant",
                "content": [{"type": "text", "text": f"answer {number}"}],
            },
        ]
    if messages:
        messages[-1]["content"][0]["cache_control"] = {"type": "ephemeral"}  # type: ignore[index]
    messages.append(
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "Now: 10:00."},
                {"type": "text", "text": "next"},
            ],
        }
    )
    return {
        "model": model,
        "system": [
            {
                "type": "text",
                "text": "You are a voice assistant.",
                "cache_control": {"type": "ephemeral"},
            },
            {"type": "text", "text": home, "cache_control": {"type": "ephemeral"}},
        ],
        "messages": messages,
    }


def test_identical_prefix_is_written_once_then_read() -> None:
    cache = PromptCache(Clock())
    first, second = cache.bill(body()), cache.bill(body())
    assert first.cache_read_input_tokens == 0
    assert first.cache_creation_input_tokens > min_cacheable_tokens("claude-sonnet-4-6")
    assert second.cache_read_input_tokens == first.cache_creation_input_tokens
    assert second.cache_creation_input_tokens == 0
    assert second.input_tokens == first.input_tokens


def test_entries_live_five_minutes_from_their_last_use() -> None:
    clock = Clock()
    cache = PromptCache(clock)
    cache.bill(body())
    clock.now += 299
    assert cache.bill(body()).cache_read_input_tokens > 0  # refreshed here
    clock.now += 299
    assert cache.bill(body()).cache_read_input_tokens > 0
    clock.now += 301
    expired = cache.bill(body())
    assert (
        expired.cache_read_input_tokens,
        expired.cache_creation_input_tokens > 0,
    ) == (0, True)


def test_below_the_models_minimum_nothing_is_cached() -> None:
    home = HOME[
        :3000
    ]  # about 900 tokens: above Sonnet 4.5's 1,024 only with the rest of the prompt
    cache = PromptCache(Clock())
    for model in ("claude-haiku-4-5", "claude-sonnet-4-6"):
        bills = [cache.bill(body(model, home=home)) for _ in range(2)]
        assert [
            bill.cache_read_input_tokens + bill.cache_creation_input_tokens
            for bill in bills
        ] == [0, 0]
    assert (
        cache.bill(
            body("claude-sonnet-4-5-20250929", home=home)
        ).cache_creation_input_tokens
        > 0
    )


def test_one_changed_byte_before_a_breakpoint_misses() -> None:
    cache = PromptCache(Clock())
    cache.bill(body())
    changed = cache.bill(body(home=HOME.replace("Light 150", "Lamp 150")))
    assert changed.cache_read_input_tokens == 0


def test_a_longer_conversation_reads_the_earlier_turns_through_the_lookback() -> None:
    cache = PromptCache(Clock())
    first = cache.bill(body(turns=1))
    longer = cache.bill(body(turns=2))
    # The prefix through the first request's last breakpoint, three blocks before the new one.
    assert longer.cache_read_input_tokens == first.cache_creation_input_tokens
    assert (
        0 < longer.cache_creation_input_tokens < 60
    )  # only the newest question and answer


def test_emulator_minimums_match_the_api_notes() -> None:
    if not API_NOTES.exists():
        pytest.skip(
            f"{API_NOTES} is absent: the shared API notes are not checked out beside the repository"
        )
    notes = " ".join(API_NOTES.read_text(encoding="utf-8").split())
    found = re.search(
        r"Minimum cacheable prefix.*?(\d+) tokens for Haiku 4\.5 / Opus 4\.5\+, (\d+) for Sonnet 4\.6, (\d+) for Sonnet 4\.5",
        notes,
    )
    assert found is not None
    haiku, sonnet_46, sonnet_45 = map(int, found.groups())
    assert (
        MIN_CACHEABLE_TOKENS["claude-haiku-4-5"],
        MIN_CACHEABLE_TOKENS["claude-opus-4-5"],
        MIN_CACHEABLE_TOKENS["claude-sonnet-4-6"],
        MIN_CACHEABLE_TOKENS["claude-sonnet-4-5"],
    ) == (haiku, haiku, sonnet_46, sonnet_45)


def request(*history: str, dynamic: str) -> base.ChatRequest:
    """A client request with a home context, earlier turns (user/assistant pairs) and a new question."""
    messages = [
        base.ChatMessage("user" if index % 2 == 0 else "assistant", text)
        for index, text in enumerate(history)
    ]
    return base.ChatRequest(
        system="You are a voice assistant.",
        home_context=HOME,
        tools=[TIMER_TOOL, LIGHT_TOOL],
        messages=[*messages, base.ChatMessage("user", "and now?")],
        dynamic_context=dynamic,
    )


async def test_client_order_reads_everything_but_the_new_turn(
    session: aiohttp.ClientSession, anthropic_emulator: AnthropicEmulator
) -> None:
    client = AnthropicClient(
        session,
        api_key="sk-ant-test",
        base_url=anthropic_emulator.url,
        model="claude-sonnet-4-6",
    )
    first = done(await collect(client.stream_chat(request(dynamic="Now: 10:00:01."))))
    second = done(
        await collect(
            client.stream_chat(
                request("and now?", "Done.", dynamic="Now: 10:00:42. In the kitchen.")
            )
        )
    )
    third = done(
        await collect(
            client.stream_chat(
                request(
                    "and now?",
                    "Done.",
                    "and now?",
                    "Done again.",
                    dynamic="Now: 10:01:30.",
                )
            )
        )
    )
    assert first.usage.cached_input_tokens == 0
    assert first.usage.cache_write_tokens > 2048
    # The clock and the satellite's area changed, yet the tools, instructions, home and earlier turns are read.
    assert second.usage.cached_input_tokens == first.usage.cache_write_tokens
    assert third.usage.cached_input_tokens > second.usage.cached_input_tokens
    for later in (second, third):
        assert later.usage.cached_input_tokens / later.usage.all_input_tokens > 0.95


async def test_more_than_four_breakpoints_are_rejected(
    session: aiohttp.ClientSession, anthropic_emulator: AnthropicEmulator
) -> None:
    too_many = body(turns=1)
    too_many["tools"] = [
        {
            "name": name,
            "description": "",
            "input_schema": {"type": "object"},
            "cache_control": {"type": "ephemeral"},
        }
        for name in ("a", "b")
    ]
    async with session.post(
        anthropic_emulator.url + "/v1/messages",
        json={**too_many, "max_tokens": 10},
        headers={"x-api-key": "sk-ant-test", "anthropic-version": "2023-06-01"},
    ) as response:
        assert response.status == 400
        assert (
            "maximum of 4 blocks with cache_control"
            in (await response.json())["error"]["message"]
        )


async def test_grok_prefix_stays_byte_identical_across_turns(
    session: aiohttp.ClientSession, xai_emulator: XaiEmulator
) -> None:
    """XAI caches by prefix: instructions, tools and earlier turns repeat exactly, the volatile part comes last."""
    client = XaiClient(
        session, api_key="xai-test", base_url=xai_emulator.url, model="grok-4.3"
    )
    await collect(client.stream_chat(request(dynamic="Now: 10:00:01.")))
    await collect(
        client.stream_chat(request("and now?", "Done.", dynamic="Now: 10:00:42."))
    )
    first, second = (sent.json for sent in xai_emulator.chat_requests)
    assert first["instructions"] == second["instructions"]
    assert "Now:" not in first["instructions"]
    assert HOME in first["instructions"]
    assert first["tools"] == second["tools"]
    assert second["input"][:2] == [
        {"role": "user", "content": "and now?"},
        {"role": "assistant", "content": "Done."},
    ]
    assert second["input"][-1] == {
        "role": "user",
        "content": "Now: 10:00:42.\n\nand now?",
    }
