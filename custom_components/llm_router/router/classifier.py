"""The shipped intent classifier: multinomial logistic regression over hashed features, pure-Python inference."""

from __future__ import annotations

from array import array
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
import json
import math
from pathlib import Path
import sys
import zlib

from .features import BUCKET_BITS, extract
from .types import Route

CLASSES: tuple[Route, ...] = (Route.LOCAL, Route.REASONING, Route.SEARCH)
WEIGHTS_FILE = Path(__file__).with_name("weights.bin")


@dataclass(frozen=True)
class Weights:
    """The trained model as shipped in weights.bin: signed byte weights (3 per bucket), their scale, the biases."""

    scale: float
    bias: tuple[float, float, float]
    raw: bytes


def load_weights(data: bytes) -> Weights:
    """Parse weights.bin: a one-line JSON header, then the zlib-compressed weights (written by train.py)."""
    header_line, _, compressed = data.partition(b"\n")
    header = json.loads(header_line)
    if header["bucket_bits"] != BUCKET_BITS:
        raise ImportError(
            "router/weights.bin does not match router/features.py; run tools/router_training/train.py"
        )
    low, middle, high = header["bias"]
    return Weights(
        float(header["scale"]), (low, middle, high), zlib.decompress(compressed)
    )


WEIGHTS = load_weights(WEIGHTS_FILE.read_bytes())

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


_PACKED = _pack(WEIGHTS.raw)


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


@lru_cache(maxsize=64)
def classify(text: str) -> Prediction:
    """Score `text` with the shipped weights (cached: one decision asks for the same text several times)."""
    buckets = list(extract(text))
    scale = WEIGHTS.scale / math.sqrt(len(buckets) or 1)
    totals = _route_totals(buckets)
    scores = [
        total * scale + bias for total, bias in zip(totals, WEIGHTS.bias, strict=True)
    ]
    top = max(scores)
    exps = [math.exp(score - top) for score in scores]
    total = sum(exps)
    return Prediction((exps[0] / total, exps[1] / total, exps[2] / total))
