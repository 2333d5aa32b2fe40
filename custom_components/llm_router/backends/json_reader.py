"""Typed reading of the vendors' JSON: a body of the wrong shape is a BadResponse, never a KeyError or TypeError.

A field that is absent or null reads as empty (vendors leave out what they have nothing for); a field of another
type than the protocol says fails the request.
"""

from __future__ import annotations

import json

from .base import BadResponse, JsonObject, JsonValue

_QUOTED_CHARS = 200


class JsonReader:
    """Reads one backend's JSON bodies; every shape error raises BadResponse naming that backend."""

    __slots__ = ("backend",)

    def __init__(self, backend: str) -> None:
        """Name the backend whose bodies this reads."""
        self.backend = backend

    def parse_object(self, text: str | bytes) -> JsonObject:
        """Decode a JSON object."""
        try:
            value = json.loads(text)
        except ValueError as err:
            raise BadResponse(
                f"invalid JSON from the server: {text[:_QUOTED_CHARS]!r}",
                backend=self.backend,
            ) from err
        if not isinstance(value, dict):
            raise BadResponse(
                f"expected a JSON object, got: {text[:_QUOTED_CHARS]!r}",
                backend=self.backend,
            )
        return value

    def as_object(self, value: JsonValue, what: str) -> JsonObject:
        """A whole decoded answer (`what` names it in the error) as an object."""
        if not isinstance(value, dict):
            raise self._wrong(what, "an object", value)
        return value

    def object_at(self, data: JsonObject, key: str) -> JsonObject:
        """The object under key, {} when absent or null."""
        value = data.get(key)
        if isinstance(value, dict):
            return value
        if value is None:
            return {}
        raise self._wrong(key, "an object", value)

    def objects_at(self, data: JsonObject, key: str) -> list[JsonObject]:
        """The list of objects under key, [] when absent or null."""
        value = data.get(key)
        if value is None:
            return []
        if isinstance(value, list):
            objects = [item for item in value if isinstance(item, dict)]
            if len(objects) == len(value):
                return objects
        raise self._wrong(key, "a list of objects", value)

    def text_at(self, data: JsonObject, key: str) -> str:
        """The string under key, "" when absent or null."""
        value = data.get(key)
        if isinstance(value, str):
            return value
        if value is None:
            return ""
        raise self._wrong(key, "a string", value)

    def int_at(self, data: JsonObject, *path: str) -> int:
        """The integer at a nested path (a usage count), 0 when any part is absent or null."""
        value: JsonValue = data
        for key in path:
            if value is None:
                return 0
            if not isinstance(value, dict):
                raise self._wrong(key, "an object", value)
            value = value.get(key)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if value is None:
            return 0
        raise self._wrong(path[-1], "an integer", value)

    def tool_arguments(self, raw: JsonValue) -> JsonObject:
        """Tool-call arguments as an object, from an object or a JSON string (empty means no arguments)."""
        if isinstance(raw, dict):
            return raw
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return {}
        if isinstance(raw, str):
            return self.parse_object(raw)
        raise self._wrong("arguments", "an object or JSON text", raw)

    def _wrong(self, key: str, expected: str, value: JsonValue) -> BadResponse:
        """The error for a field that is not what the protocol says."""
        return BadResponse(
            f"expected {expected} for {key!r}, got: {json.dumps(value)[:_QUOTED_CHARS]}",
            backend=self.backend,
        )
