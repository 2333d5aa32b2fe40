"""Per-request overhead of our streaming clients over a bare aiohttp read of the same stream.

Usage: python benchmarks/backend_overhead.py [--requests N] [--deltas N]

Starts the Ollama, Anthropic and xAI emulators in-process (zero latency). For each request it times our
client's stream_chat (parsing, events, usage) and, alternately, a bare aiohttp POST of the same body that
only reads the raw lines of the same kind of answer. Prints median and p95 of both, their ratio and the
absolute median overhead per request.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
import statistics
import time

from _env import (  # also puts the repository on sys.path
    argument_parser,
    print_environment,
)
import aiohttp

from custom_components.llm_router.backends.anthropic import AnthropicClient
from custom_components.llm_router.backends.base import ChatMessage, ChatRequest
from custom_components.llm_router.backends.http import HttpBackend
from custom_components.llm_router.backends.ollama import OllamaClient
from custom_components.llm_router.backends.xai import XaiClient
from tests.emulators.anthropic import AnthropicEmulator
from tests.emulators.core import Emulator
from tests.emulators.ollama import OllamaEmulator
from tests.emulators.xai import XaiEmulator

ANSWER = "The kitchen light is on and the living room is at twenty-one degrees. " * 4
REQUEST = ChatRequest(
    system="You are a home assistant.", messages=[ChatMessage("user", "Status?")]
)
WARMUP = 20


def _clients(
    session: aiohttp.ClientSession, emulators: dict[str, Emulator]
) -> dict[str, HttpBackend]:
    """One client per emulator."""
    return {
        "ollama": OllamaClient(
            session, base_url=emulators["ollama"].url, model="llama3.2:3b"
        ),
        "anthropic": AnthropicClient(
            session,
            api_key="sk-ant-test",
            base_url=emulators["anthropic"].url,
            model="claude-sonnet-4-6",
        ),
        "xai": XaiClient(
            session, api_key="xai-test", base_url=emulators["xai"].url, model="grok-4.3"
        ),
    }


async def _ours(client: HttpBackend) -> None:
    """Consume our client's event stream."""
    async for _ in client.stream_chat(REQUEST):
        pass


async def _bare(
    session: aiohttp.ClientSession, url: str, body: object, headers: dict[str, str]
) -> None:
    """POST the same body and read the raw lines, nothing else."""
    async with session.post(url, json=body, headers=headers) as response:
        async for _ in response.content:
            pass


async def _timed(
    run: Callable[[], Awaitable[None]], emulator: Emulator, deltas: int
) -> float:
    """Seconds one streamed request takes (the answer is scripted first)."""
    emulator.reply(ANSWER, deltas=deltas)
    start = time.perf_counter()
    await run()
    return time.perf_counter() - start


async def _measure(
    session: aiohttp.ClientSession,
    client: HttpBackend,
    emulator: Emulator,
    requests: int,
    deltas: int,
) -> tuple[list[float], list[float]]:
    """Interleaved timings (ours, bare); the order alternates every request."""
    body = await client.chat_body(REQUEST)
    url = client.url(client.chat_path)

    def ours() -> Awaitable[None]:
        return _ours(client)

    def bare() -> Awaitable[None]:
        return _bare(session, url, body, client._headers)  # noqa: SLF001  # the same headers as ours

    timings: dict[str, list[float]] = {"ours": [], "bare": []}
    for index in range(WARMUP + requests):
        order = (
            (("ours", ours), ("bare", bare))
            if index % 2
            else (("bare", bare), ("ours", ours))
        )
        for label, run in order:
            seconds = await _timed(run, emulator, deltas)
            if index >= WARMUP:
                timings[label].append(seconds)
    return timings["ours"], timings["bare"]


def _p95(values: list[float]) -> float:
    """95th percentile."""
    return statistics.quantiles(values, n=20)[-1]


async def main(requests: int, deltas: int) -> None:
    """Run the benchmark and print the table."""
    print_environment("backend_overhead: our streaming clients vs a bare aiohttp read")
    print(f"aiohttp: {aiohttp.__version__}")
    print(
        f"{requests} requests per backend (after {WARMUP} warm-up), {deltas} deltas per answer, interleaved"
    )
    print(
        f"{'backend':<10} {'ours median':>12} {'ours p95':>10} {'bare median':>12} {'bare p95':>10} {'ratio':>6} {'overhead':>10}"
    )
    emulators: dict[str, Emulator] = {
        "ollama": OllamaEmulator(),
        "anthropic": AnthropicEmulator(),
        "xai": XaiEmulator(),
    }
    for emulator in emulators.values():
        await emulator.start()
    try:
        async with aiohttp.ClientSession() as session:
            for name, client in _clients(session, emulators).items():
                ours, bare = await _measure(
                    session, client, emulators[name], requests, deltas
                )
                ours_median, bare_median = (
                    statistics.median(ours),
                    statistics.median(bare),
                )
                print(
                    f"{name:<10} {ours_median * 1e3:>10.3f}ms {_p95(ours) * 1e3:>8.3f}ms"
                    f" {bare_median * 1e3:>10.3f}ms {_p95(bare) * 1e3:>8.3f}ms"
                    f" {ours_median / bare_median:>6.2f} {(ours_median - bare_median) * 1e6:>8.0f}us"
                )
                emulators[name].requests.clear()
    finally:
        for emulator in emulators.values():
            await emulator.stop()


if __name__ == "__main__":
    parser = argument_parser(__doc__)
    parser.add_argument(
        "--requests", type=int, default=300, help="per backend and side"
    )
    parser.add_argument("--deltas", type=int, default=40, help="text deltas per answer")
    arguments = parser.parse_args()
    asyncio.run(main(arguments.requests, arguments.deltas))
