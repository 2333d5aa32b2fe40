"""The shipped intent classifier: multinomial logistic regression over hashed features, pure-Python inference."""

from __future__ import annotations

from array import array
import base64
from dataclasses import dataclass
import math
import zlib

from . import _weights
from .features import BUCKET_BITS, extract
from .models import Route

CLASSES: tuple[Route, ...] = (Route.LOCAL, Route.REASONING, Route.SEARCH)

if _weights.BUCKET_BITS != BUCKET_BITS:
    raise ImportError(
        "router/_weights.py does not match router/features.py; run tools/router_training/train.py"
    )

_FIELD_BITS = 20
_FIELD_MASK = (1 << _FIELD_BITS) - 1
_OFFSET = 128


def _pack(weights: array[int]) -> array[int]:
    """Pack the three signed byte weights of each bucket into one integer, so one sum scores all routes.

    Each weight is shifted to 0..255 and gets a 20-bit field: the fields cannot overflow below 4096 features.
    """
    local, reasoning, search = (weights[offset::3] for offset in range(3))
    return array(
        "q",
        [
            ((lw + _OFFSET) << (2 * _FIELD_BITS))
            | ((rw + _OFFSET) << _FIELD_BITS)
            | (sw + _OFFSET)
            for lw, rw, sw in zip(local, reasoning, search, strict=True)
        ],
    )


_PACKED = _pack(array("b", zlib.decompress(base64.b85decode(_weights.DATA))))


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


def classify(text: str) -> Prediction:
    """Score `text` with the shipped weights."""
    buckets = extract(text)
    scale = _weights.SCALE / math.sqrt(len(buckets) or 1)
    packed_total = sum(map(_PACKED.__getitem__, buckets))
    offset = _OFFSET * len(buckets)
    totals = (
        (packed_total >> (2 * _FIELD_BITS)) - offset,
        ((packed_total >> _FIELD_BITS) & _FIELD_MASK) - offset,
        (packed_total & _FIELD_MASK) - offset,
    )
    scores = [
        total * scale + bias for total, bias in zip(totals, _weights.BIAS, strict=True)
    ]
    top = max(scores)
    exps = [math.exp(score - top) for score in scores]
    total = sum(exps)
    return Prediction((exps[0] / total, exps[1] / total, exps[2] / total))
