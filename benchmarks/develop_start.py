"""How long `script/develop` takes until a newcomer can log in, against a bare Home Assistant start.

Both measured in one run, alternating: (a) the baseline, the e2e harness's Home Assistant with the integration
copied in, started and its owner onboarded; (b) what script/develop does (tests/e2e/develop.py: the emulators,
the same Home Assistant, the whole onboarding, the router's config flow and the Assist pipeline), until its
ready line. Prints the median of each and the ratio b/a.

    python benchmarks/develop_start.py [--runs N]
"""

from __future__ import annotations

from pathlib import Path
import statistics
import tempfile
import time

from _env import (  # also puts the repository on sys.path
    argument_parser,
    print_environment,
)

from tests.e2e.develop import Develop, _parse_args
from tests.e2e.harness import running_home_assistant


def _baseline(config_dir: Path) -> float:
    started = time.perf_counter()
    with running_home_assistant(config_dir):
        return time.perf_counter() - started


def _develop(config_dir: Path) -> float:
    args = _parse_args(
        [
            "--ollama-url",
            "http://127.0.0.1:9",
            "--port",
            "0",
            "--config-dir",
            str(config_dir),
        ]
    )
    develop = Develop(args)
    started = time.perf_counter()
    try:
        develop.start()
        return time.perf_counter() - started
    finally:
        develop.stop()


def main() -> None:
    """Alternate the two starts and print medians and their ratio."""
    parser = argument_parser(__doc__)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print_environment("develop_start")
    times: dict[str, list[float]] = {"baseline": [], "develop": []}
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(args.runs):
            order = [("baseline", _baseline), ("develop", _develop)]
            for name, start in order if run % 2 == 0 else order[::-1]:
                times[name].append(start(Path(tmp) / f"{name}-{run}"))
    base, ours = (statistics.median(times[k]) for k in ("baseline", "develop"))
    print(f"bare Home Assistant start + owner (baseline): median {base:.1f} s")
    print(f"script/develop until ready:                  median {ours:.1f} s")
    print(f"ratio develop / baseline: {ours / base:.2f}")


if __name__ == "__main__":
    main()
