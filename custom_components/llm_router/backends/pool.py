"""LocalPool: several local hosts in priority order, failing over within a request until the first token."""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Sequence
from contextlib import asynccontextmanager

from .base import BackendError, ChatBackend, ChatRequest, StreamEvent


class LocalPool:
    """The "local" backend: the first host that starts answering serves the request."""

    def __init__(self, hosts: Sequence[ChatBackend], *, name: str = "local") -> None:
        """Use hosts (OllamaClient, OpenAICompatClient) in the given priority order."""
        if not hosts:
            raise ValueError("LocalPool needs at least one host")
        self.hosts = tuple(hosts)
        self.name = name
        self.model = hosts[0].model  # the preferred host's model

    async def stream_chat(self, request: ChatRequest) -> AsyncGenerator[StreamEvent]:
        """Stream from the first host that yields an event; errors after that event propagate."""
        failures: list[BackendError] = []
        for host in self.hosts:
            async with _closing(host.stream_chat(request)) as events:
                try:
                    first = await anext(events)
                except BackendError as err:
                    failures.append(err)
                    continue
                yield first
                try:
                    async for event in events:
                        yield event
                except BackendError as err:
                    err.backend = self.name
                    raise
                return
        raise self._all_failed(failures)

    def _all_failed(self, failures: list[BackendError]) -> BackendError:
        """Build the error to raise when every host failed: the last one, naming all hosts' failures."""
        summary = "; ".join(
            f"{host_url(host)}: {err}"
            for host, err in zip(self.hosts, failures, strict=True)
        )
        last = failures[-1]
        error = type(last)(
            f"no local host answered ({summary})", backend=self.name, status=last.status
        )
        error.retry_after = last.retry_after
        return error


def host_url(host: ChatBackend) -> str:
    """Return the base URL of a pool member (its name when it has none)."""
    return str(getattr(host, "base_url", host.name))


@asynccontextmanager
async def _closing(
    events: AsyncIterator[StreamEvent],
) -> AsyncIterator[AsyncIterator[StreamEvent]]:
    """Close a host's event stream (an async generator) however the caller leaves it."""
    try:
        yield events
    finally:
        if (aclose := getattr(events, "aclose", None)) is not None:
            await aclose()
