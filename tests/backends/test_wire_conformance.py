"""The vendors' real streams (`../shared/wire/`), replayed over HTTP through our clients, against what they must yield.

Each recorded response is served on 127.0.0.1 twice: one event (SSE event or NDJSON line) per write, and in
7-byte pieces, as a real TCP stream may split anywhere. The test skips when `../shared/wire` is absent.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, replace
import hashlib
import json
from pathlib import Path
import re
from typing import Any

import aiohttp
from aiohttp import web
import pytest

from custom_components.llm_router.backends import base
from custom_components.llm_router.backends.anthropic import AnthropicClient
from custom_components.llm_router.backends.http import HttpBackend
from custom_components.llm_router.backends.ollama import OllamaClient
from custom_components.llm_router.backends.openai_compat import OpenAICompatClient
from custom_components.llm_router.backends.pricing import PriceTable
from custom_components.llm_router.backends.xai import XaiClient

from .helpers import ask, texts, tool_calls

WIRE_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "wire"
ABSENT = f"the vendors' recorded streams are not here ({WIRE_DIR} is absent)"
PIECE_BYTES = 7
_EVENT_END = re.compile(rb"(?<=\n\n)")
# What the replay server's `/api/show` reports, so that Ollama clients may ask before chatting.
SHOW_CAPABILITIES = ["completion", "tools", "thinking"]

CLIENTS: dict[str, Callable[..., HttpBackend]] = {
    "anthropic": lambda session, **kw: AnthropicClient(session, api_key="sk", **kw),
    "openai_compat": OpenAICompatClient,
    "ollama": OllamaClient,
    "xai": lambda session, **kw: XaiClient(session, api_key="xai", search=True, **kw),
}


def _scenarios() -> list[dict[str, Any]]:
    if not WIRE_DIR.is_dir():
        return []
    scenarios: list[dict[str, Any]] = json.loads(
        (WIRE_DIR / "scenarios.json").read_text(encoding="utf-8")
    )
    return scenarios


SCENARIOS = _scenarios()


@dataclass(frozen=True, slots=True)
class Recording:
    """One recorded HTTP response: status line, headers and body bytes."""

    status: int
    reason: str
    headers: dict[str, str]
    body: bytes

    @classmethod
    def load(cls, path: Path) -> Recording:
        """Parse a fixture: `#` source lines, the status line, headers, a blank line, the body."""
        lines = path.read_bytes().split(b"\n")
        while lines[0].startswith(b"#"):
            lines.pop(0)
        head, _, body = b"\n".join(lines).partition(b"\n\n")
        status_line, *header_lines = head.decode().split("\n")
        _, status, reason = status_line.split(" ", 2)
        headers = dict(line.split(": ", 1) for line in header_lines)
        return cls(int(status), reason, headers, body)

    def events(self) -> list[bytes]:
        """The body cut after each SSE event or NDJSON line."""
        if "event-stream" in self.headers.get("Content-Type", ""):
            return [piece for piece in _EVENT_END.split(self.body) if piece]
        return self.body.splitlines(keepends=True)

    def pieces(self, size: int) -> list[bytes]:
        """The body cut every size bytes."""
        return [self.body[at : at + size] for at in range(0, len(self.body), size)]


class ReplayServer:
    """Answers every chat request with one recording, written piece by piece."""

    def __init__(self, recording: Recording, pieces: list[bytes]) -> None:
        """Serve recording's status and headers, then pieces as separate writes."""
        self.recording = recording
        self.pieces = pieces
        self.chat_requests: list[Any] = []

    async def handle(self, request: web.Request) -> web.StreamResponse:
        """`/api/show` gets capabilities; any other POST gets the recording."""
        body = await request.json()
        if request.path == "/api/show":
            return web.json_response({"capabilities": SHOW_CAPABILITIES})
        self.chat_requests.append(body)
        response = web.StreamResponse(
            status=self.recording.status,
            reason=self.recording.reason,
            headers=self.recording.headers,
        )
        await response.prepare(request)
        for piece in self.pieces:
            await response.write(piece)
            await asyncio.sleep(0)  # let the client read this piece on its own
        await response.write_eof()
        return response


@pytest.fixture
async def serve(
    socket_enabled: None,
) -> AsyncIterator[Callable[[ReplayServer], Any]]:
    """Start a replay server on a free 127.0.0.1 port; returns its base URL."""
    runners: list[web.AppRunner] = []

    async def start(server: ReplayServer) -> str:
        app = web.Application()
        app.router.add_post("/{path:.*}", server.handle)
        runner = web.AppRunner(app, access_log=None)
        runners.append(runner)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        return f"http://127.0.0.1:{runner.addresses[0][1]}"

    yield start
    for runner in runners:
        await runner.cleanup()


@dataclass(slots=True)
class Outcome:
    """What a client yielded: its events and, if it failed, the error."""

    events: list[base.StreamEvent]
    error: base.BackendError | None

    @property
    def text(self) -> str:
        """The text deltas, joined."""
        return "".join(texts(self.events))

    @property
    def done(self) -> base.StreamDone:
        """The final event of a successful stream."""
        assert self.error is None, f"the stream failed: {self.error!r}"
        (final,) = [e for e in self.events if isinstance(e, base.StreamDone)]
        assert self.events[-1] is final
        return final


async def _replay(
    scenario: dict[str, Any], url: str, session: aiohttp.ClientSession
) -> Outcome:
    client = CLIENTS[scenario["protocol"]](
        session,
        base_url=url,
        model=scenario["model"],
        retry_after_cap=0.01,
        first_token_timeout=10.0,
    )
    events: list[base.StreamEvent] = []
    try:
        async for event in client.stream_chat(ask()):
            events.append(event)  # noqa: PERF401  # keeps what arrived before an error
    except base.BackendError as err:
        return Outcome(events, err)
    return Outcome(events, None)


def _check_text(outcome: Outcome, expect: dict[str, Any]) -> None:
    if "text" in expect:
        assert outcome.text == expect["text"]
    if "text_len" in expect:
        digest = hashlib.sha256(outcome.text.encode()).hexdigest()[:16]
        assert (len(outcome.text), digest) == (
            expect["text_len"],
            expect["text_sha256_16"],
        )
    if "partial_text" in expect:
        assert outcome.text == expect["partial_text"]


def _check_error(outcome: Outcome, expected: dict[str, Any]) -> None:
    error = outcome.error
    assert error is not None, f"expected a {expected['kind']} failure, got {outcome}"
    assert not any(isinstance(e, base.StreamDone) for e in outcome.events)
    assert error.kind.value in expected["kind"], repr(error)
    if "status" in expected:
        assert error.status == expected["status"]
    if "retry_after" in expected:
        assert error.retry_after == expected["retry_after"]


def _check_done(outcome: Outcome, scenario: dict[str, Any]) -> None:
    expect = scenario["expect"]
    final = outcome.done
    if "tool_calls" in expect:
        calls = [
            {"id": call.id, "name": call.name, "arguments": call.arguments}
            for call in tool_calls(outcome.events)
        ]
        wanted = expect["tool_calls"]
        assert len(calls) == len(wanted), calls
        # Ollama's older streams carry no call id: compare only what the recording names.
        assert [
            {key: call[key] for key in want}
            for call, want in zip(calls, wanted, strict=True)
        ] == wanted
    if "stop_reason" in expect:
        assert final.stop_reason == expect["stop_reason"]
    usage = final.usage
    assert {key: getattr(usage, key) for key in expect.get("usage", {})} == expect.get(
        "usage", {}
    )
    for total in ("all_input_tokens", "all_output_tokens"):
        if total in expect:
            assert getattr(usage, total) == expect[total], total
    if "billed_usd" in expect:
        assert usage.billed_usd == pytest.approx(expect["billed_usd"])
    if "list_price_usd" in expect:
        list_price = PriceTable().cost_usd(
            scenario["model"], replace(usage, billed_usd=None)
        )
        assert list_price == pytest.approx(expect["list_price_usd"])
    if "citations" in expect:
        assert [citation.url for citation in final.citations] == expect["citations"]
    if "citations_count" in expect:
        assert len(final.citations) == expect["citations_count"]


def _cases() -> list[Any]:
    if not SCENARIOS:
        return [pytest.param(None, None, marks=pytest.mark.skip(reason=ABSENT))]
    return [
        pytest.param(scenario, split, id=f"{scenario['name']}-{split}")
        for scenario in SCENARIOS
        for split in ("events", f"{PIECE_BYTES}-bytes")
    ]


@pytest.mark.parametrize(("scenario", "split"), _cases())
async def test_recorded_stream(
    scenario: dict[str, Any],
    split: str,
    serve: Callable[[ReplayServer], Any],
    session: aiohttp.ClientSession,
) -> None:
    recording = Recording.load(WIRE_DIR / "fixtures" / f"{scenario['name']}.http")
    pieces = recording.events() if split == "events" else recording.pieces(PIECE_BYTES)
    server = ReplayServer(recording, pieces)
    outcome = await _replay(scenario, await serve(server), session)
    expect = scenario["expect"]
    _check_text(outcome, expect)
    if "error" in expect:
        _check_error(outcome, expect["error"])
    else:
        _check_done(outcome, scenario)
    if "requests" in expect:
        assert len(server.chat_requests) == expect["requests"]


@pytest.mark.skipif(not SCENARIOS, reason=ABSENT)
def test_every_recording_has_a_scenario() -> None:
    fixtures = {path.stem for path in (WIRE_DIR / "fixtures").glob("*.http")}
    assert fixtures == {scenario["name"] for scenario in SCENARIOS}
