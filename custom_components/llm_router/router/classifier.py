"""The shipped intent classifier: multinomial logistic regression over hashed features, pure-Python inference."""

from __future__ import annotations

from array import array
import base64
from collections.abc import Callable
from dataclasses import dataclass
import math
import sys
import zlib

from . import _weights
from .features import BUCKET_BITS, extract
from .types import Route

CLASSES: tuple[Route, ...] = (Route.LOCAL, Route.REASONING, Route.SEARCH)

if _weights.BUCKET_BITS != BUCKET_BITS:
    raise ImportError(
        "router/_weights.py does not match router/features.py; run tools/router_training/train.py"
    )

_FIELD_BITS = 20
_FIELD_MASK = (1 << _FIELD_BITS) - 1
_OFFSET = 128


def _byte_table(place: Callable[[int], int]) -> bytes:
    """A `bytes.translate` table sending each signed byte weight w (stored as w & 0xFF) to `place(w + _OFFSET)`."""
    return bytes(place((byte + _OFFSET) & 0xFF) for byte in range(256))


# Byte images of the three 20-bit fields in a little-endian 64-bit integer: search in bits 0-7 (byte 0),
# reasoning in bits 20-27 (high half of byte 2, low half of byte 3), local in bits 40-47 (byte 5).
_FIELD_BYTES: tuple[tuple[int, int, bytes], ...] = (
    (2, 0, _byte_table(lambda value: value)),
    (1, 2, _byte_table(lambda value: (value & 0xF) << 4)),
    (1, 3, _byte_table(lambda value: value >> 4)),
    (0, 5, _byte_table(lambda value: value)),
)


def _pack(weights: bytes) -> array[int]:
    """Pack the three signed byte weights of each bucket into one integer, so one sum scores all routes.

    Each weight is shifted to 0..255 and gets a 20-bit field: the fields cannot overflow below 4096 features.
    The integers are assembled byte-wise with slice assignments (no Python loop over the 2^18 buckets).
    """
    image = bytearray(len(weights) // 3 * 8)
    for route, byte, table in _FIELD_BYTES:
        image[byte::8] = weights[route::3].translate(table)
    packed = array("q", image)
    if sys.byteorder == "big":
        packed.byteswap()
    return packed


_PACKED = _pack(zlib.decompress(base64.b64decode(_weights.DATA)))


@dataclass(frozen=True)
class Prediction:
    """The classifier's probabilities per route and its best guess."""

    probabilities: tuple[float, float, float]

    @property
    def route(self) -> Route:
        """The most likely route."""
        return CLASSES[self.probabilities.index(max(self.probabilities))]

    @property
    def confidence(self) -> float:
        """The probability of the most likely route."""
        return max(self.probabilities)

    def probability(self, route: Route) -> float:
        """The probability of `route`."""
        return self.probabilities[CLASSES.index(route)]


_SAFE_SUM_TERMS = 4096  # a packed field holds the sum of this many shifted weights without overflowing


def _route_totals(buckets: list[int]) -> tuple[int, int, int]:
    """Sum the weights per route (local, reasoning, search), in chunks small enough for the packed fields."""
    totals = (0, 0, 0)
    for start in range(0, len(buckets), _SAFE_SUM_TERMS):
        chunk = buckets[start : start + _SAFE_SUM_TERMS]
        packed_total = sum(map(_PACKED.__getitem__, chunk))
        offset = _OFFSET * len(chunk)
        totals = (
            totals[0] + (packed_total >> (2 * _FIELD_BITS)) - offset,
            totals[1] + ((packed_total >> _FIELD_BITS) & _FIELD_MASK) - offset,
            totals[2] + (packed_total & _FIELD_MASK) - offset,
        )
    return totals


def classify(text: str) -> Prediction:
    """Score `text` with the shipped weights."""
    buckets = list(extract(text))
    scale = _weights.SCALE / math.sqrt(len(buckets) or 1)
    totals = _route_totals(buckets)
    scores = [
        total * scale + bias for total, bias in zip(totals, _weights.BIAS, strict=True)
    ]
    top = max(scores)
    exps = [math.exp(score - top) for score in scores]
    total = sum(exps)
    return Prediction((exps[0] / total, exps[1] / total, exps[2] / total))
