"""Train the router's intent classifier from tools/router_training/*.jsonl and write its weights into the package.

Multinomial logistic regression over hashed features (see router/features.py), trained with plain SGD in pure
Python, deterministic (fixed seed). Reports accuracy on a random 20% held out from the training data, then
trains on everything and writes router/_weights.py.

Run: python tools/router_training/train.py
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Sequence
from dataclasses import dataclass
import importlib.util
import json
import math
from pathlib import Path
import random
import sys
from types import ModuleType
import zlib

HERE = Path(__file__).parent
PACKAGE_DIR = HERE.parents[1] / "custom_components" / "llm_router" / "router"
WEIGHTS_FILE = PACKAGE_DIR / "_weights.py"
ROUTES = ("local", "reasoning", "search")
SEED = 7
EPOCHS = 12
LEARNING_RATE = 0.5
HOLDOUT_SHARE = 0.2
QUANT_LEVELS = 127


def load_features_module() -> ModuleType:
    """Import router/features.py on its own (without Home Assistant or the integration around it)."""
    spec = importlib.util.spec_from_file_location(
        "llm_router_router",
        PACKAGE_DIR / "__init__.py",
        submodule_search_locations=[str(PACKAGE_DIR)],
    )
    if spec is None or spec.loader is None:
        raise ImportError(PACKAGE_DIR)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return importlib.import_module(f"{spec.name}.features")


@dataclass
class Example:
    """One training utterance as feature buckets and the index of its route."""

    buckets: list[int]
    label: int


@dataclass
class Model:
    """Weights (route-major per bucket: 3 floats per bucket) and biases."""

    weights: list[float]
    bias: list[float]

    def scores(self, buckets: Sequence[int]) -> list[float]:
        """Return the raw score of each route."""
        scale = 1.0 / math.sqrt(len(buckets) or 1)
        totals = list(self.bias)
        for bucket in buckets:
            base = bucket * 3
            for route in range(3):
                totals[route] += self.weights[base + route] * scale
        return totals


def softmax(scores: Sequence[float]) -> list[float]:
    """Turn scores into probabilities."""
    top = max(scores)
    exps = [math.exp(score - top) for score in scores]
    total = sum(exps)
    return [value / total for value in exps]


def load_examples(extract: Callable[[str], set[int]]) -> list[tuple[str, Example]]:
    """Read every *.jsonl file next to this script."""
    rows: list[tuple[str, Example]] = []
    for path in sorted(HERE.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                rows.append(
                    (
                        row["text"],
                        Example(
                            sorted(extract(row["text"])), ROUTES.index(row["route"])
                        ),
                    )
                )
    return rows


def train(examples: list[Example], buckets: int) -> Model:
    """Fit the model with SGD and a decaying learning rate."""
    rng = random.Random(SEED)  # noqa: S311  # seeded on purpose: training must be reproducible
    model = Model([0.0] * (buckets * 3), [0.0, 0.0, 0.0])
    order = list(range(len(examples)))
    for epoch in range(EPOCHS):
        rng.shuffle(order)
        rate = LEARNING_RATE / (1 + epoch)
        for index in order:
            example = examples[index]
            probabilities = softmax(model.scores(example.buckets))
            scale = rate / math.sqrt(len(example.buckets) or 1)
            for route in range(3):
                gradient = probabilities[route] - (
                    1.0 if route == example.label else 0.0
                )
                model.bias[route] -= rate * gradient * 0.1
                step = gradient * scale
                for bucket in example.buckets:
                    model.weights[bucket * 3 + route] -= step
    return model


def accuracy(model: Model, examples: list[Example]) -> float:
    """Share of examples whose top-scoring route is the label."""
    correct = 0
    for example in examples:
        scores = model.scores(example.buckets)
        correct += scores.index(max(scores)) == example.label
    return correct / len(examples)


def quantize(model: Model) -> tuple[float, bytes]:
    """Map weights to signed bytes with one scale; return the scale and the compressed bytes."""
    limit = max(abs(weight) for weight in model.weights) or 1.0
    scale = limit / QUANT_LEVELS
    raw = bytes(round(weight / scale) & 0xFF for weight in model.weights)
    return scale, zlib.compress(raw, 9)


def write_weights(model: Model, bucket_bits: int) -> None:
    """Write router/_weights.py."""
    scale, packed = quantize(model)
    WEIGHTS_FILE.write_text(
        weights_source(scale, model.bias, packed, bucket_bits), encoding="ascii"
    )
    print(f"wrote {WEIGHTS_FILE} ({WEIGHTS_FILE.stat().st_size} bytes)")


def weights_source(
    scale: float, bias: Sequence[float], packed: bytes, bucket_bits: int
) -> str:
    """The text of router/_weights.py: the compressed weights in base64 (decodes far faster than base85), one literal."""
    encoded = base64.b64encode(packed).decode("ascii")
    lines = [
        f'    "{encoded[start : start + 100]}"' for start in range(0, len(encoded), 100)
    ]
    return (
        '"""Weights of the intent classifier, generated by tools/router_training/train.py: do not edit."""\n\n'
        f"BUCKET_BITS = {bucket_bits}\nSCALE = {scale!r}\nBIAS = ({', '.join(repr(round(value, 4)) for value in bias)})\n"
        "DATA = (\n" + "\n".join(lines) + "\n)\n"
    )


def main() -> None:
    """Report held-out accuracy, then train on everything and write the weights."""
    features = load_features_module()
    rows = load_examples(features.extract)
    buckets = 1 << features.BUCKET_BITS
    shuffled = list(rows)
    random.Random(SEED).shuffle(shuffled)  # noqa: S311  # seeded on purpose: training must be reproducible
    cut = int(len(shuffled) * HOLDOUT_SHARE)
    held_out, kept = (
        [example for _, example in shuffled[:cut]],
        [example for _, example in shuffled[cut:]],
    )
    check = train(kept, buckets)
    print(
        f"{len(rows)} examples; held-out accuracy {accuracy(check, held_out):.4f} on {len(held_out)} (trained on {len(kept)})"
    )
    final = train([example for _, example in rows], buckets)
    print(f"training accuracy {accuracy(final, [example for _, example in rows]):.4f}")
    write_weights(final, features.BUCKET_BITS)


if __name__ == "__main__":
    main()
