"""Helpers shared by the benchmarks: timing statistics and the benchmark virtualenv."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
BENCH_VENV = PROJECT / ".bench" / "venv"


def median_seconds(run: Callable[[], object], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def bench_python() -> Path:
    """A virtualenv holding the generated package and its runtime dependencies only."""
    python = BENCH_VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(BENCH_VENV)], check=True)
    subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--force-reinstall",
            "--no-deps",
            str(PROJECT / "generated" / "python"),
        ],
        check=True,
    )
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", str(PROJECT / "generated" / "python")],
        check=True,
    )
    return python


def verdict(name: str, value: float, limit: float, unit: str) -> bool:
    ok = value <= limit
    print(f"{name}: {value:.1f} {unit} (target <= {limit:g} {unit}) {'ok' if ok else 'MISSED'}")
    return ok
