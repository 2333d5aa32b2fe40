"""script/develop, as a newcomer runs it: Home Assistant comes up set up, and the assistant answers a turn."""

from __future__ import annotations

import json
import os
from pathlib import Path
import signal
import subprocess

import httpx
import pytest

from tests.e2e.harness import (
    REPO_DIR,
    START_TIMEOUT,
    STOP_TIMEOUT,
    HomeAssistantClient,
    free_port,
    wait_for,
)

pytestmark = pytest.mark.e2e


def _ready_line(log: Path, process: subprocess.Popen[bytes]) -> dict[str, str] | None:
    if process.poll() is not None:
        pytest.fail(
            f"script/develop exited with {process.returncode}:\n{log.read_text()}"
        )
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith("{"):
            ready: dict[str, str] = json.loads(line)
            return ready
    return None


def test_develop_answers_a_turn(tmp_path: Path, unreachable_url: str) -> None:
    """Without Ollama at OLLAMA_URL the emulators answer; the owner can log in and Assist uses the router."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = tmp_path / "develop.log"
    nothing_there = f"http://127.0.0.1:{free_port()}"
    env = {**os.environ, "OLLAMA_URL": nothing_there, "DEVELOP_PORT": str(port)}
    with log.open("wb") as out:
        process = subprocess.Popen(
            [
                str(REPO_DIR / "script" / "develop"),
                "--json",
                "--config-dir",
                str(tmp_path / "config"),
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
        )
    try:
        ready = wait_for(
            lambda: _ready_line(log, process), START_TIMEOUT * 2, "script/develop"
        )
        assert ready["url"] == f"http://localhost:{port}"
        assert ready["username"] == "dev" and ready["password"]
        assert ready["backends"] == "the emulated Ollama, Claude and Grok"
        headers = {"Authorization": f"Bearer {ready['token']}"}
        onboarding = httpx.get(f"{base}/api/onboarding", timeout=10).json()
        assert all(step["done"] for step in onboarding)
        answer = httpx.post(
            f"{base}/api/conversation/process",
            json={
                "text": "tell me a joke",
                "language": "en",
                "agent_id": ready["agent_id"],
            },
            headers=headers,
            timeout=30,
        ).json()
        speech = answer["response"]["speech"]["plain"]["speech"]
        assert "emulated local model" in speech
        client = HomeAssistantClient(base)
        client.token = ready["token"]
        listed = client.ws({"type": "assist_pipeline/pipeline/list"})
        client.close()
        (preferred,) = [
            p for p in listed["pipelines"] if p["id"] == listed["preferred_pipeline"]
        ]
        assert preferred["conversation_engine"] == ready["agent_id"]
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(STOP_TIMEOUT)
    wait_for(lambda: not _answers(base), STOP_TIMEOUT * 2, "Home Assistant to stop")


def _answers(base: str) -> bool:
    try:
        httpx.get(f"{base}/api/", timeout=2)
    except httpx.TransportError:
        return False
    return True
