"""Anthropic's prompt cache as the Messages API bills it, for the emulator.

- The prompt is a sequence of blocks in the order tools -> system -> messages (each tool, each system text
  block, each message content block). A cache entry is the exact bytes of the prefix through one block.
- Entries are written only at blocks carrying `cache_control` (at most four), and only when the prefix holds at
  least the model's minimum cacheable tokens (below it nothing is cached, and there is no error).
- A request reads the longest live entry that ends at one of its breakpoints or up to 20 blocks before one.
  A read refreshes the entry's lifetime: 5 minutes, or an hour with `"ttl": "1h"`.
- Usage: `cache_read_input_tokens` = the prefix read, `cache_creation_input_tokens` = from there to the last
  breakpoint that can be cached, `input_tokens` = the rest.

Tokens are counted as words and punctuation marks of each block's canonical JSON: not Anthropic's tokenizer,
but the same for every request, which is what cache hits depend on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
import hashlib
import json
import re
import time
from typing import Any

MAX_BREAKPOINTS = 4
LOOKBACK_BLOCKS = 20
TTL_SECONDS = {"5m": 300.0, "1h": 3600.0}
# Minimum cacheable prompt per model (the emulator's own table; the API's documentation states the same).
MIN_CACHEABLE_TOKENS: dict[str, int] = {
    "claude-haiku-4-5": 4096,
    "claude-opus-4-5": 4096,
    "claude-opus-4-6": 4096,
    "claude-opus-4-7": 4096,
    "claude-opus-4-8": 4096,
    "claude-sonnet-4-6": 2048,
    "claude-sonnet-4-5": 1024,
}
DEFAULT_MIN_CACHEABLE_TOKENS = 1024
_TOKEN = re.compile(r"\w+|[^\w\s]")


def count_tokens(text: str) -> int:
    """The emulator's token count of a text."""
    return len(_TOKEN.findall(text))


def min_cacheable_tokens(model: str) -> int:
    """The smallest prefix the model caches (dated ids such as claude-sonnet-4-5-20250929 included)."""
    for name, tokens in MIN_CACHEABLE_TOKENS.items():
        if model == name or model.startswith(f"{name}-"):
            return tokens
    return DEFAULT_MIN_CACHEABLE_TOKENS


@dataclass(frozen=True, slots=True)
class CacheBill:
    """How the input of one request is billed."""

    input_tokens: int
    cache_read_input_tokens: int
    cache_write_5m_tokens: int
    cache_write_1h_tokens: int

    @property
    def cache_creation_input_tokens(self) -> int:
        """All cache writes."""
        return self.cache_write_5m_tokens + self.cache_write_1h_tokens

    def usage(self) -> dict[str, Any]:
        """The input side of the API's usage object."""
        return {
            "input_tokens": self.input_tokens,
            "cache_creation_input_tokens": self.cache_creation_input_tokens,
            "cache_read_input_tokens": self.cache_read_input_tokens,
            "cache_creation": {
                "ephemeral_5m_input_tokens": self.cache_write_5m_tokens,
                "ephemeral_1h_input_tokens": self.cache_write_1h_tokens,
            },
        }


@dataclass(frozen=True, slots=True)
class _Block:
    """One block of the prompt: the digest and token count of the prefix through it, and its breakpoint TTL."""

    digest: str
    tokens_through: int
    ttl: str | None


def _raw_blocks(body: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(where, block) of every block in cache order: tools, system, message contents."""
    for tool in body.get("tools") or ():
        yield "tool", tool
    system = body.get("system")
    if isinstance(system, str):
        system = [{"type": "text", "text": system}] if system else []
    for block in system or ():
        yield "system", block
    for message in body.get("messages") or ():
        content = message.get("content")
        if isinstance(content, str):
            content = [{"type": "text", "text": content}]
        for index, block in enumerate(content or ()):
            yield (message.get("role", "") if index == 0 else ""), block


def breakpoint_count(body: dict[str, Any]) -> int:
    """How many blocks carry cache_control."""
    return sum("cache_control" in block for _where, block in _raw_blocks(body))


def _blocks(body: dict[str, Any]) -> list[_Block]:
    """The prompt's blocks with cumulative digests (model included: caches are per model) and token counts."""
    digest = hashlib.sha256(str(body.get("model")).encode())
    tokens = 0
    blocks = []
    for where, block in _raw_blocks(body):
        content = {key: value for key, value in block.items() if key != "cache_control"}
        text = where + json.dumps(content, sort_keys=True, separators=(",", ":"))
        digest.update(text.encode())
        tokens += count_tokens(text)
        control = block.get("cache_control")
        ttl = (control.get("ttl") or "5m") if isinstance(control, dict) else None
        blocks.append(_Block(digest.copy().hexdigest(), tokens, ttl))
    return blocks


class PromptCache:
    """The cache entries of one API organisation, with their expiry times."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        """Start empty; clock gives seconds (tests move it to expire entries)."""
        self.clock = clock
        self._expiry: dict[str, tuple[float, str]] = {}

    def clear(self) -> None:
        """Forget every entry."""
        self._expiry.clear()

    def bill(self, body: dict[str, Any]) -> CacheBill:
        """Bill a Messages request's input, reading and writing entries as the API does."""
        blocks = _blocks(body)
        total = blocks[-1].tokens_through if blocks else 0
        now = self.clock()
        read_at = self._longest_hit(blocks, now)
        read = blocks[read_at].tokens_through if read_at is not None else 0
        if read_at is not None:
            self._keep(blocks[read_at], now, self._expiry[blocks[read_at].digest][1])
        minimum = min_cacheable_tokens(str(body.get("model")))
        written = {"5m": 0, "1h": 0}
        start = read
        for index, block in enumerate(blocks):
            if block.ttl is None or block.tokens_through < minimum:
                continue
            if read_at is not None and index <= read_at:
                continue
            written[block.ttl] += block.tokens_through - start
            start = block.tokens_through
            self._keep(block, now, block.ttl)
        return CacheBill(
            input_tokens=total - start,
            cache_read_input_tokens=read,
            cache_write_5m_tokens=written["5m"],
            cache_write_1h_tokens=written["1h"],
        )

    def _longest_hit(self, blocks: list[_Block], now: float) -> int | None:
        """Index of the last block of the longest live entry within the lookback of a breakpoint."""
        best: int | None = None
        for index, block in enumerate(blocks):
            if block.ttl is None:
                continue
            for candidate in range(index, max(-1, index - LOOKBACK_BLOCKS - 1), -1):
                entry = self._expiry.get(blocks[candidate].digest)
                if entry is not None and entry[0] > now:
                    best = candidate if best is None else max(best, candidate)
                    break
        return best

    def _keep(self, block: _Block, now: float, ttl: str) -> None:
        """Write or refresh an entry."""
        self._expiry[block.digest] = (
            now + TTL_SECONDS.get(ttl, TTL_SECONDS["5m"]),
            ttl,
        )
