"""Serve the emulators until killed: `python -m tests.emulators --ollama-port N --anthropic-port N --xai-port N`.

Prints one JSON line `{"ollama": url, ...}` once every server listens. Port 0 picks a free port; a server
whose option is absent is not started (with no option at all, every server starts on a free port).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import signal

from .anthropic import AnthropicEmulator
from .core import Emulator
from .ollama import OllamaEmulator
from .openai_compat import OpenAICompatEmulator
from .xai import XaiEmulator

EMULATORS: dict[str, type[Emulator]] = {
    "ollama": OllamaEmulator,
    "openai": OpenAICompatEmulator,
    "anthropic": AnthropicEmulator,
    "xai": XaiEmulator,
}


def _parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    for name in EMULATORS:
        parser.add_argument(
            f"--{name}-port", type=int, help=f"serve the {name} emulator on this port"
        )
    parser.add_argument(
        "--latency", type=float, default=0.0, help="seconds before the first token"
    )
    return parser.parse_args()


async def _serve(args: argparse.Namespace) -> None:
    ports = {name: getattr(args, f"{name}_port") for name in EMULATORS}
    if all(port is None for port in ports.values()):
        ports = dict.fromkeys(EMULATORS, 0)
    running = [
        EMULATORS[name](host=args.host, port=port)
        for name, port in ports.items()
        if port is not None
    ]
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    try:
        for emulator in running:
            emulator.latency = args.latency
            await emulator.start()
        names = [name for name, port in ports.items() if port is not None]
        print(  # noqa: T201  # the URLs, for whoever started this process
            json.dumps(
                {
                    name: emulator.url
                    for name, emulator in zip(names, running, strict=True)
                }
            ),
            flush=True,
        )
        await stop.wait()
    finally:
        for emulator in running:
            await emulator.stop()


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(_parse_args()))
