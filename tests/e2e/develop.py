"""`script/develop`: a real Home Assistant with the integration from this checkout, set up and ready to talk to.

A real Ollama is used when one answers at `--ollama-url`; otherwise the project's emulators of Ollama, Claude
and Grok are started in this process (they answer every question with a fixed sentence). Home Assistant gets a
fresh config directory, an owner, finished onboarding, the Hybrid LLM Router entry made by its config flow, and
the router as the Assist conversation agent. Then the URL, user and password are printed (`--json`: one JSON
line for scripts, with an access token) and everything runs until Ctrl-C or SIGTERM.
"""

from __future__ import annotations

import argparse
import contextlib
import json
from pathlib import Path
import shutil
import signal
import sys
import threading
from typing import Any

import httpx

from tests.e2e.harness import (
    KITCHEN_LIGHT_CONFIGURATION,
    REPO_DIR,
    Emulators,
    HomeAssistantClient,
    HomeAssistantProcess,
    RouterEntry,
    add_router_entry,
    router_flow_steps,
)

OWNER = {
    "name": "Developer",
    "username": "dev",
    "password": "dev-password",
    "language": "en",
}
DEVELOP_CONFIGURATION = "assist_pipeline:\n" + KITCHEN_LIGHT_CONFIGURATION
PREFERRED_MODELS = ("llama3.2", "qwen3", "qwen2.5", "llama3.1", "mistral")
EMULATED_ANSWERS = {
    "ollama": "This is the emulated local model. Start Ollama and run script/develop again for real answers.",
    "anthropic": "This is the emulated Claude. Reconfigure the router with a real Anthropic key for real answers.",
    "xai": "This is the emulated Grok. Reconfigure the router with a real xAI key for real answers.",
}


def ollama_models(url: str) -> list[str] | None:
    """The models of the Ollama at url, or None when nothing answers there like Ollama."""
    try:
        response = httpx.get(f"{url.rstrip('/')}/api/tags", timeout=2.0)
        models = [model["name"] for model in response.json()["models"]]
    except httpx.HTTPError, ValueError, KeyError, TypeError:
        return None
    return models


def pick_model(models: list[str]) -> str:
    """A chat model that usually calls tools well, else the first one."""
    for preferred in PREFERRED_MODELS:
        for model in models:
            if model.startswith(preferred):
                return model
    return models[0]


def _real_ollama_steps(url: str, model: str) -> list[dict[str, Any]]:
    """The router's config flow with a real local server and no cloud backend (no real keys here)."""
    return [
        {"url": url, "server_type": "ollama"},
        {"model": model},
        {"next_step_id": "grok_menu"},
        {"next_step_id": "finish"},
    ]


def use_router_for_assist(client: HomeAssistantClient, agent_id: str) -> None:
    """Make the router the conversation agent of the preferred Assist pipeline."""
    listed = client.ws({"type": "assist_pipeline/pipeline/list"})
    preferred = next(
        p for p in listed["pipelines"] if p["id"] == listed["preferred_pipeline"]
    )
    fields = {k: v for k, v in preferred.items() if k != "id"}
    client.ws(
        {
            "type": "assist_pipeline/pipeline/update",
            "pipeline_id": preferred["id"],
            **fields,
            "conversation_engine": agent_id,
        }
    )


class Develop:
    """Everything script/develop starts, and its orderly stop."""

    def __init__(self, args: argparse.Namespace) -> None:
        """Start nothing yet."""
        self.args = args
        self.emulators: Emulators | None = None
        self.process: HomeAssistantProcess | None = None
        self.client: HomeAssistantClient | None = None

    def start(self) -> dict[str, Any]:
        """Start the backends and Home Assistant, onboard, add the router; returns what to print."""
        models = ollama_models(self.args.ollama_url)
        if models:
            steps = _real_ollama_steps(self.args.ollama_url, pick_model(models))
            backends = f"Ollama at {self.args.ollama_url} ({steps[1]['model']})"
        else:
            self.emulators = Emulators.start()
            for name, text in EMULATED_ANSWERS.items():
                getattr(self.emulators, name).default_text = text
            steps = router_flow_steps(self.emulators)
            backends = "the emulated Ollama, Claude and Grok"
        config_dir = Path(self.args.config_dir)
        shutil.rmtree(config_dir, ignore_errors=True)
        self.process = HomeAssistantProcess(
            config_dir, extra_configuration=DEVELOP_CONFIGURATION, port=self.args.port
        )
        self.process.start()
        self.client = client = HomeAssistantClient(self.process.url)
        client.onboard(OWNER)
        client.finish_onboarding()
        client.wait_running()
        entry = add_router_entry(client, steps)
        use_router_for_assist(client, entry.agent_id)
        return self._ready(entry, backends)

    def _ready(self, entry: RouterEntry, backends: str) -> dict[str, Any]:
        assert self.process is not None and self.client is not None
        return {
            "url": self.process.url.replace("127.0.0.1", "localhost"),
            "username": OWNER["username"],
            "password": OWNER["password"],
            "token": self.client.token,
            "agent_id": entry.agent_id,
            "backends": backends,
            "log": str(self.process.log_path),
        }

    def stop(self) -> None:
        """Stop Home Assistant, then the emulators."""
        if self.client is not None:
            self.client.close()
        if self.process is not None:
            self.process.stop()
        if self.emulators is not None:
            self.emulators.close()


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="script/develop", description=__doc__)
    parser.add_argument("--ollama-url", default="http://localhost:11434")
    parser.add_argument("--port", type=int, default=8123)
    parser.add_argument(
        "--config-dir",
        default=str(REPO_DIR / ".develop" / "config"),
        help="started afresh on every run",
    )
    parser.add_argument(
        "--json", action="store_true", help="print one JSON line when ready"
    )
    return parser.parse_args(argv)


def _banner(ready: dict[str, Any]) -> str:
    return (
        f"\nHome Assistant is ready: {ready['url']}\n"
        f"  user {ready['username']}, password {ready['password']}\n"
        f"  Hybrid LLM Router answers through {ready['backends']}.\n"
        "  Open the URL, log in and press the Assist button (top right) to talk to it.\n"
        f"  Home Assistant's log: {ready['log']}\n"
        "Ctrl-C stops everything.\n"
    )


def main(argv: list[str] | None = None) -> int:
    """Start, print how to log in, wait for Ctrl-C or SIGTERM, stop."""
    args = _parse_args(argv)
    develop = Develop(args)
    stopped = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stopped.set())
    try:
        ready = develop.start()
        print(json.dumps(ready) if args.json else _banner(ready), flush=True)  # noqa: T201
        with contextlib.suppress(KeyboardInterrupt):
            stopped.wait()
    finally:
        develop.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
