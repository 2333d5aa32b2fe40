"""End-to-end harness: the wire-protocol emulators and a real Home Assistant process, driven over HTTP.

Used by the e2e tests and by benchmarks/agent_overhead.py. Everything listens on free 127.0.0.1 ports;
every wait has a timeout; `stop()` / `close()` end what was started (Home Assistant as a process group).

- `EmulatorLoop` runs emulator servers on a private event loop in one daemon thread, so synchronous
  code (tests, benchmarks) can start, stop, script and inspect them.
- `HomeAssistantProcess` writes a config directory (configuration.yaml, the integration copied into
  `custom_components/` as HACS installs it), starts `python -m homeassistant --skip-pip` and stops it.
- `HomeAssistantClient` onboards the owner, runs config flows, conversations, services, states and
  websocket commands.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager, contextmanager, suppress
from dataclasses import dataclass
import logging
import os
from pathlib import Path
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from typing import Any, Self

import aiohttp
import httpx

from tests.emulators.anthropic import AnthropicEmulator
from tests.emulators.core import Emulator
from tests.emulators.ollama import OllamaEmulator
from tests.emulators.xai import XaiEmulator

REPO_DIR = Path(__file__).resolve().parents[2]
INTEGRATION_DIR = REPO_DIR / "custom_components" / "llm_router"
# A stand-in voice satellite (one device per config entry) for origin-policy tests.
SATELLITE_INTEGRATION_DIR = (
    Path(__file__).resolve().parent / "satellite" / "e2e_satellite"
)
HOST = "127.0.0.1"
START_TIMEOUT = 90.0
STOP_TIMEOUT = 30.0
REQUEST_TIMEOUT = 30.0
OWNER = {
    "name": "E2E Owner",
    "username": "owner",
    "password": "e2e-password-1",
    "language": "en",
}
ANTHROPIC_KEY = "sk-ant-test"
XAI_KEY = "xai-test"

BASE_CONFIGURATION = f"""\
homeassistant:
  name: E2E
  latitude: 52.37
  longitude: 4.89
  elevation: 0
  unit_system: metric
  time_zone: UTC
  country: NL
  currency: EUR
  language: en
http:
  server_host: {HOST}
  server_port: {{port}}
api:
config:
conversation:
logger:
  default: warning
  logs:
    custom_components.llm_router: info
"""


KITCHEN_LIGHT_CONFIGURATION = """\
input_boolean:
  kitchen_power:
    name: Kitchen power
template:
  - light:
      - name: Kitchen light
        unique_id: e2e_kitchen_light
        state: "{{ is_state('input_boolean.kitchen_power', 'on') }}"
        turn_on:
          - action: input_boolean.turn_on
            target:
              entity_id: input_boolean.kitchen_power
        turn_off:
          - action: input_boolean.turn_off
            target:
              entity_id: input_boolean.kitchen_power
"""
KITCHEN_LIGHT = "light.kitchen_light"


logging.getLogger("httpx").setLevel(
    logging.WARNING
)  # one INFO line per request otherwise


class HarnessError(RuntimeError):
    """Something the harness waited for did not happen."""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


# How long a turn waits for an agent whose entry is reloading.
AGENT_RELOAD_TIMEOUT = 30.0


def wait_for[T](
    probe: Callable[[], T | None], timeout: float, what: str, interval: float = 0.1
) -> T:
    """Call probe until it returns something other than None (or a falsy value); raise after timeout."""
    deadline = time.monotonic() + timeout
    while True:
        if (result := probe()) is not None and result is not False:
            return result
        if time.monotonic() > deadline:
            raise HarnessError(f"Timed out after {timeout:g} s waiting for {what}")
        time.sleep(interval)


class EmulatorLoop:
    """Emulators served from a private event loop on a daemon thread."""

    def __init__(self) -> None:
        """Start the loop thread."""
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self._loop.run_forever, name="e2e-emulators", daemon=True
        )
        self._thread.start()
        self._running: list[Emulator] = []

    def run[T](self, coro: Awaitable[T], timeout: float = REQUEST_TIMEOUT) -> T:
        """Run a coroutine on the loop and wait for its result."""

        async def wrapper() -> T:
            return await coro

        return asyncio.run_coroutine_threadsafe(wrapper(), self._loop).result(timeout)

    def call[T](self, func: Callable[[], T]) -> T:
        """Run a plain function on the loop thread (to script emulators without racing their handlers)."""

        async def wrapper() -> T:
            return func()

        return self.run(wrapper())

    def start[E: Emulator](self, emulator: E) -> E:
        """Start an emulator (a free port unless it has one); returns it."""
        self.run(emulator.start())
        self._running.append(emulator)
        return emulator

    def stop(self, emulator: Emulator) -> None:
        """Stop an emulator; its port stays recorded so it can be started again on the same port."""
        if emulator in self._running:
            self._running.remove(emulator)
            self.run(emulator.stop())

    def close(self) -> None:
        """Stop every emulator and the loop thread."""
        for emulator in list(self._running):
            with suppress(Exception):
                self.stop(emulator)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(STOP_TIMEOUT)
        self._loop.close()


@dataclass
class Emulators:
    """The three backends the router talks to, running on one EmulatorLoop."""

    loop: EmulatorLoop
    ollama: OllamaEmulator
    anthropic: AnthropicEmulator
    xai: XaiEmulator

    @classmethod
    def start(cls) -> Self:
        """Start all three on free ports."""
        loop = EmulatorLoop()
        try:
            return cls(
                loop,
                loop.start(OllamaEmulator()),
                loop.start(AnthropicEmulator()),
                loop.start(XaiEmulator()),
            )
        except BaseException:
            loop.close()
            raise

    @property
    def all(self) -> tuple[Emulator, ...]:
        """Every emulator."""
        return (self.ollama, self.anthropic, self.xai)

    def chat_counts(self) -> dict[str, int]:
        """How many chat requests each emulator has received."""
        return {
            type(emulator).__name__: len(emulator.chat_requests)
            for emulator in self.all
        }

    def script_reply(self, emulator: Emulator, text: str, **details: Any) -> None:
        """Queue the next answer of an emulator (Reply fields as details: input_tokens, output_tokens...)."""
        self.loop.call(lambda: emulator.reply(text, **details))

    def clear(self) -> None:
        """Forget recorded requests and queued replies."""
        for emulator in self.all:
            self.loop.call(emulator.requests.clear)
            self.loop.call(emulator._script.clear)

    def close(self) -> None:
        """Stop everything."""
        self.loop.close()


class HomeAssistantProcess:
    """A real Home Assistant in its own process group, with a throw-away config directory."""

    def __init__(
        self,
        config_dir: Path,
        *,
        extra_configuration: str = "",
        with_integration: bool = True,
        port: int | None = None,
        extra_integrations: tuple[Path, ...] = (),
    ) -> None:
        """Write the config directory (once: a restart reuses it); port None picks a free one; extra integrations are copied beside ours."""
        self.config_dir = config_dir
        self.port = port or free_port()
        self.url = f"http://{HOST}:{self.port}"
        self.log_path = config_dir / "e2e-home-assistant.log"
        self._process: subprocess.Popen[bytes] | None = None
        config_dir.mkdir(parents=True, exist_ok=True)
        (config_dir / "configuration.yaml").write_text(
            BASE_CONFIGURATION.format(port=self.port) + extra_configuration,
            encoding="utf-8",
        )
        for integration in (
            (INTEGRATION_DIR,) if with_integration else ()
        ) + extra_integrations:
            shutil.copytree(
                integration,
                config_dir / "custom_components" / integration.name,
                ignore=shutil.ignore_patterns("__pycache__"),
                dirs_exist_ok=True,
            )

    @property
    def running(self) -> bool:
        """Whether the process is alive."""
        return self._process is not None and self._process.poll() is None

    def start(self, timeout: float = START_TIMEOUT) -> None:
        """Start Home Assistant and wait until its HTTP server answers."""
        if self.running:
            return
        env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
        with self.log_path.open("ab") as log:
            # cwd = the config dir, so the only custom_components found is the copied one.
            self._process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "homeassistant",
                    "-c",
                    str(self.config_dir),
                    "--skip-pip",
                ],
                cwd=self.config_dir,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
                start_new_session=True,
            )
        try:
            wait_for(self._http_up, timeout, f"Home Assistant on {self.url}")
        except BaseException:
            self.stop()
            raise

    def _http_up(self) -> bool:
        if not self.running:
            raise HarnessError(
                f"Home Assistant exited with {self._process and self._process.returncode}:\n{self.log_tail()}"
            )
        try:
            httpx.get(f"{self.url}/api/", timeout=2.0)
        except httpx.TransportError:
            return False
        return True

    def stop(self, timeout: float = STOP_TIMEOUT) -> int | None:
        """Stop cleanly (SIGTERM, Home Assistant writes its storage), killing the group after timeout."""
        process, self._process = self._process, None
        if process is None:
            return None
        if process.poll() is None:
            with suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                with suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout)
        # Anything the process left in its group (it should leave nothing).
        with suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)
        return process.returncode

    def log_text(self) -> str:
        """Everything Home Assistant logged so far."""
        return (
            self.log_path.read_text(encoding="utf-8", errors="replace")
            if self.log_path.exists()
            else ""
        )

    def log_tail(self, lines: int = 60) -> str:
        """The end of the log, for error messages."""
        return "\n".join(self.log_text().splitlines()[-lines:])

    def error_lines(self, logger_part: str = "") -> list[str]:
        """Logged ERROR lines (optionally only those whose logger name contains logger_part)."""
        return [
            line
            for line in self.log_text().splitlines()
            if " ERROR (" in line and logger_part in line
        ]


class HomeAssistantClient:
    """REST and websocket calls to one Home Assistant, as its owner."""

    def __init__(self, url: str) -> None:
        """Prepare an HTTP client; onboard() or login() gets the token."""
        self.url = url
        self.client_id = f"{url}/"
        self.token: str | None = None
        self._http = httpx.Client(base_url=url, timeout=REQUEST_TIMEOUT)

    def close(self) -> None:
        """Close the HTTP client."""
        self._http.close()

    @property
    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"} if self.token else {}

    def request(
        self, method: str, path: str, *, expect: int | None = 200, **kwargs: Any
    ) -> Any:
        """Call the API; checks the status (expect=None: any) and returns the JSON body (or text)."""
        response = self._http.request(method, path, headers=self._headers, **kwargs)
        if expect is not None and response.status_code != expect:
            raise HarnessError(
                f"{method} {path} -> {response.status_code}: {response.text[:2000]}"
            )
        try:
            return response.json()
        except ValueError:
            return response.text

    def onboard(self, owner: dict[str, str] = OWNER) -> str:
        """Create the owner over the onboarding API and exchange its auth code for a token."""
        created = self.request(
            "POST", "/api/onboarding/users", json={"client_id": self.client_id, **owner}
        )
        return self._exchange(
            {"grant_type": "authorization_code", "code": created["auth_code"]}
        )

    def finish_onboarding(self) -> None:
        """The onboarding steps after the owner (location, analytics, integrations): the browser opens the UI."""
        self.request("POST", "/api/onboarding/core_config")
        self.request("POST", "/api/onboarding/analytics")
        self.request(
            "POST",
            "/api/onboarding/integration",
            json={"client_id": self.client_id, "redirect_uri": self.client_id},
        )

    def _exchange(self, form: dict[str, str]) -> str:
        tokens = self.request(
            "POST", "/auth/token", data={**form, "client_id": self.client_id}
        )
        token: str = tokens["access_token"]
        self.token = token
        return token

    def wait_running(self, timeout: float = START_TIMEOUT) -> None:
        """Wait until Home Assistant reports it has finished starting."""

        def running() -> bool:
            try:
                config: dict[str, Any] = self.request("GET", "/api/config", expect=None)
                return config.get("state") == "RUNNING"
            except httpx.TransportError, AttributeError:
                return False

        wait_for(running, timeout, "Home Assistant to reach RUNNING", interval=0.2)

    # Config flows

    def flow(
        self,
        handler: str | list[str],
        steps: list[dict[str, Any]],
        *,
        kind: str = "config_entries",
    ) -> dict[str, Any]:
        """Start a config (or subentry) flow and answer each form in turn; returns the last result."""
        base = (
            "/api/config/config_entries/flow"
            if kind == "config_entries"
            else "/api/config/config_entries/subentries/flow"
        )
        result: dict[str, Any] = self.request(
            "POST", base, json={"handler": handler, "show_advanced_options": False}
        )
        for answer in steps:
            if result.get("type") not in ("form", "menu"):
                raise HarnessError(f"Flow {handler} ended early: {result}")
            if result.get("errors"):
                raise HarnessError(
                    f"Flow {handler} step {result['step_id']} errors: {result['errors']}"
                )
            result = self.request("POST", f"{base}/{result['flow_id']}", json=answer)
        return result

    # Assist, services, states

    def converse(
        self,
        text: str,
        *,
        agent_id: str | None = None,
        conversation_id: str | None = None,
        language: str = "en",
    ) -> dict[str, Any]:
        """One turn through /api/conversation/process."""
        body: dict[str, Any] = {"text": text, "language": language}
        if agent_id:
            body["agent_id"] = agent_id
        if conversation_id:
            body["conversation_id"] = conversation_id
        # An entry reloading (an options change reloads it from its update listener, after the
        # REST call has returned) has no agent for a moment: wait for it to come back.
        deadline = time.monotonic() + AGENT_RELOAD_TIMEOUT
        while True:
            try:
                result: dict[str, Any] = self.request(
                    "POST", "/api/conversation/process", json=body
                )
            except HarnessError as err:
                if "invalid agent ID" not in str(err) or time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
                continue
            return result

    def call_service(
        self, domain: str, service: str, data: dict[str, Any] | None = None
    ) -> Any:
        """Call a service and return its response data."""
        result = self.request(
            "POST", f"/api/services/{domain}/{service}?return_response", json=data or {}
        )
        return result["service_response"]

    def set_options(self, entry_id: str, changes: dict[str, dict[str, Any]]) -> None:
        """Submit the options form as a user would: every section as shown, with `changes` made in their sections."""
        base = "/api/config/config_entries/options/flow"
        form: dict[str, Any] = self.request("POST", base, json={"handler": entry_id})
        answer = {
            section["name"]: {
                field["name"]: field["description"]["suggested_value"]
                for field in section["schema"]
                if "suggested_value" in field.get("description", {})
            }
            for section in form["data_schema"]
        }
        for name, values in changes.items():
            answer[name].update(values)
        result = self.request("POST", f"{base}/{form['flow_id']}", json=answer)
        if result.get("type") != "create_entry":
            raise HarnessError(f"Options of {entry_id} not saved: {result}")

    def assist(
        self, text: str, *, pipeline: str, device_id: str
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """Run a text through an Assist pipeline as a device; returns its pipeline events and llm_router_request events."""
        return _in_thread(self._assist(text, pipeline, device_id))

    async def _assist(
        self, text: str, pipeline: str, device_id: str
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        async with self._socket() as socket_:
            await socket_.send_json({"type": "auth", "access_token": self.token})
            await socket_.receive_json()
            await socket_.send_json(
                {
                    "id": 1,
                    "type": "subscribe_events",
                    "event_type": "llm_router_request",
                }
            )
            await socket_.send_json(
                {
                    "id": 2,
                    "type": "assist_pipeline/run",
                    "start_stage": "intent",
                    "end_stage": "intent",
                    "input": {"text": text},
                    "pipeline": pipeline,
                    "device_id": device_id,
                }
            )
            run: list[dict[str, Any]] = []
            requests: list[dict[str, Any]] = []
            while not (run and run[-1]["type"] == "run-end" and requests):
                message = await socket_.receive_json()
                if message.get("success") is False:
                    raise HarnessError(f"Assist run failed: {message['error']}")
                if message["type"] != "event":
                    continue
                if message["id"] == 1:
                    requests.append(message["event"]["data"])
                else:
                    run.append(message["event"])
        return run, requests

    def reload_entry(self, entry_id: str) -> None:
        """Reload a config entry (fresh runtime state, e.g. health) and wait until it is loaded again."""
        self.request("POST", f"/api/config/config_entries/entry/{entry_id}/reload")

    def wait_state(self, entity_id: str, state: str, timeout: float = 10.0) -> None:
        """Wait until an entity has a state (state changes caused by an action may land just after it)."""
        wait_for(
            lambda: self.state(entity_id)["state"] == state,
            timeout,
            f"{entity_id} to be {state}",
        )

    def state(self, entity_id: str) -> dict[str, Any]:
        """The state object of an entity."""
        result: dict[str, Any] = self.request("GET", f"/api/states/{entity_id}")
        return result

    def ws(self, message: dict[str, Any]) -> Any:
        """Send one websocket command (id added) and return its result."""
        return _in_thread(self._ws(message))

    @asynccontextmanager
    async def _socket(self) -> AsyncIterator[aiohttp.ClientWebSocketResponse]:
        """An authenticated websocket connection."""
        timeout = aiohttp.ClientTimeout(total=REQUEST_TIMEOUT)
        async with (
            aiohttp.ClientSession(timeout=timeout) as session,
            session.ws_connect(f"{self.url}/api/websocket") as socket_,
        ):
            await socket_.receive_json()  # auth_required
            await socket_.send_json({"type": "auth", "access_token": self.token})
            if (auth := await socket_.receive_json())["type"] != "auth_ok":
                raise HarnessError(f"Websocket auth failed: {auth}")
            yield socket_

    async def _ws(self, message: dict[str, Any]) -> Any:
        async with self._socket() as socket_:
            await socket_.send_json({"id": 1, **message})
            while (reply := await socket_.receive_json()).get("id") != 1:
                pass
        if not reply.get("success"):
            raise HarnessError(
                f"Websocket {message['type']} failed: {reply.get('error')}"
            )
        return reply.get("result")

    def entity_ids(self, platform: str) -> dict[str, str]:
        """unique_id -> entity_id of a platform's (integration's) entities, from the entity registry."""
        entries = self.ws({"type": "config/entity_registry/list"})
        return {
            entry["unique_id"]: entry["entity_id"]
            for entry in entries
            if entry["platform"] == platform
        }


def _in_thread[T](coro: Coroutine[Any, Any, T]) -> T:
    """Run a websocket coroutine on a short-lived thread: the caller's thread may own a (not running) test loop."""
    with ThreadPoolExecutor(1, thread_name_prefix="e2e-websocket") as executor:
        return executor.submit(asyncio.run, coro).result(REQUEST_TIMEOUT * 2)


def router_flow_steps(
    emulators: Emulators, *, model: str = "llama3.2:3b"
) -> list[dict[str, Any]]:
    """Answers to the llm_router config flow, pointing every backend at the emulators."""
    return [
        {"url": emulators.ollama.url, "server_type": "ollama"},
        {"model": model},
        {"next_step_id": "claude"},
        {
            "api_key": ANTHROPIC_KEY,
            "model": "claude-sonnet-4-6",
            "base_url": emulators.anthropic.url,
        },
        {"next_step_id": "grok"},
        {
            "api_key": XAI_KEY,
            "model": "grok-4-1-fast-non-reasoning",
            "base_url": emulators.xai.url,
        },
    ]


@dataclass(frozen=True)
class RouterEntry:
    """The llm_router config entry made by the flow, and its entities by key (unique id minus entry id)."""

    entry_id: str
    entities: dict[str, str]

    @property
    def agent_id(self) -> str:
        """The conversation agent's entity id."""
        return self.entities["agent"]


def add_router_entry(
    client: HomeAssistantClient, steps: list[dict[str, Any]]
) -> RouterEntry:
    """Create the llm_router entry through the config flow with these answers (see router_flow_steps)."""
    result = client.flow("llm_router", steps)
    if result.get("type") != "create_entry" or result["result"]["state"] != "loaded":
        raise HarnessError(f"llm_router flow did not create a loaded entry: {result}")
    entry_id: str = result["result"]["entry_id"]
    prefix = f"{entry_id}_"
    entities = {
        unique_id.removeprefix(prefix): entity_id
        for unique_id, entity_id in client.entity_ids("llm_router").items()
        if unique_id.startswith(prefix)
    }
    return RouterEntry(entry_id, entities)


@dataclass(frozen=True)
class Stack:
    """Everything an end-to-end test talks to."""

    emulators: Emulators
    process: HomeAssistantProcess
    client: HomeAssistantClient
    entry: RouterEntry

    def entity(self, key: str) -> str:
        """The entity id of one of the entry's entities, by key (e.g. `spend_total_claude`)."""
        return self.entry.entities[key]

    def number(self, key: str) -> float:
        """The numeric state of one of the entry's entities."""
        return float(self.client.state(self.entity(key))["state"])


@contextmanager
def running_home_assistant(
    config_dir: Path,
    *,
    extra_configuration: str = "",
    extra_integrations: tuple[Path, ...] = (),
) -> Iterator[tuple[HomeAssistantProcess, HomeAssistantClient]]:
    """A started, onboarded Home Assistant; stopped on leaving, also on failure."""
    process = HomeAssistantProcess(
        config_dir,
        extra_configuration=extra_configuration,
        extra_integrations=extra_integrations,
    )
    client = HomeAssistantClient(process.url)
    try:
        process.start()
        client.onboard()
        client.wait_running()
        yield process, client
    finally:
        client.close()
        process.stop()
