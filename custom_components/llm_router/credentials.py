"""Strip user and password from URLs in any text before it is shown, logged, stored or put in a repair."""

from __future__ import annotations

import re
from typing import Any

_URL_CREDENTIALS = re.compile(r"(?<=://)[^/\s@]+@")


def without_credentials(text: str) -> str:
    """The text with `user:password@` removed from every URL in it."""
    return _URL_CREDENTIALS.sub("", text)


def without_credentials_in(value: Any) -> Any:
    """Recursively apply without_credentials to every string (keys included) of nested dicts and lists."""
    if isinstance(value, dict):
        return {
            without_credentials_in(key): without_credentials_in(item)
            for key, item in value.items()
        }
    if isinstance(value, list | tuple):
        return [without_credentials_in(item) for item in value]
    if isinstance(value, str):
        return without_credentials(value)
    return value
