"""Shared by the benchmarks: the repository on sys.path (on import), and the environment a result was measured in."""

from __future__ import annotations

import argparse
from importlib import metadata
import os
from pathlib import Path
import platform
import sys

REPO_DIR = Path(__file__).resolve().parents[1]

# A benchmark run as `python benchmarks/x.py` has only benchmarks/ on sys.path: add the repository so
# `custom_components` and `tests` import.
if str(REPO_DIR) not in sys.path:
    sys.path.insert(0, str(REPO_DIR))


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "not installed"


def print_environment(title: str) -> None:
    """Print what the numbers below depend on: CPUs, OS, Python and Home Assistant versions."""
    cpus = os.cpu_count()
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else cpus
    print(f"== {title}")
    print(
        f"cpus: {cpus} (usable {usable}), machine: {platform.machine()}, os: {platform.platform()}"
    )
    print(f"python: {platform.python_implementation()} {platform.python_version()}")
    print(f"homeassistant: {_version('homeassistant')}")
    print()


def argument_parser(doc: str | None) -> argparse.ArgumentParser:
    """A parser whose --help shows the benchmark's module docstring as written."""
    return argparse.ArgumentParser(
        description=doc, formatter_class=argparse.RawDescriptionHelpFormatter
    )
