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
    raise ImportError("router/_weights.py does not match router/features.py; run tools/router_training/train.py")

_WEIGHTS = array("b", zlib.decompress(base64.b85decode(_weights.DATA)))


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
    local, reasoning, search = (0, 0, 0)
    weights = _WEIGHTS
    for bucket in buckets:
        base = bucket * 3
        local += weights[base]
        reasoning += weights[base + 1]
        search += weights[base + 2]
    scores = (local * scale + _weights.BIAS[0], reasoning * scale + _weights.BIAS[1], search * scale + _weights.BIAS[2])
    top = max(scores)
    exps = [math.exp(score - top) for score in scores]
    total = sum(exps)
    return Prediction((exps[0] / total, exps[1] / total, exps[2] / total))
