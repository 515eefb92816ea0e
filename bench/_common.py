"""Helpers shared by the benchmarks: timing statistics, the benchmark virtualenv and verdicts.

Every figure goes through one of the verdict helpers below. Each prints one line and, when
`make bench` sets RUNAPI_BENCH_RECORD, appends the figure to that JSON-lines file;
bench/results.py then writes bench/RESULTS.md from it, newest run on top.

- `ratio_verdict`: ours against an anchor measured in the same run, target a ratio
  ("generate: ours 2.0 s vs openapi-python-client 2.1 s = 0.95x (target <= 1x) ok");
- `margin_verdict`: ours over an anchor, target an absolute margin (the CLI over a bare
  interpreter: "runapi --help: ours 55.0 ms vs python -c pass 20.0 ms = +35.0 ms
  (target <= +40 ms) ok");
- `verdict`: an absolute figure with no anchor (token counts, sizes).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).resolve().parent.parent
BENCH_VENV = PROJECT / ".bench" / "venv"
RECORD_ENV = "RUNAPI_BENCH_RECORD"


def median_seconds(run: Callable[[], object], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def interleaved_medians(runs: Sequence[Callable[[], object]], repeat: int) -> list[float]:
    """Median seconds of each run, the runs alternating so machine drift hits them alike."""
    samples: list[list[float]] = [[] for _ in runs]
    for _ in range(repeat):
        for index, run in enumerate(runs):
            started = time.perf_counter()
            run()
            samples[index].append(time.perf_counter() - started)
    return [statistics.median(s) for s in samples]


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


def _record(**figure: Any) -> None:
    path = os.environ.get(RECORD_ENV)
    if not path:
        return
    figure["script"] = Path(sys.argv[0]).name
    with open(path, "a", encoding="utf-8") as record:
        record.write(json.dumps(figure) + "\n")


def _status(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def ratio_verdict(
    name: str, ours: float, anchor_name: str, anchor: float, unit: str, target: float
) -> bool:
    """Ours / anchor must stay within `target` (e.g. 1.15 for "at most 1.15x the anchor")."""
    ratio = ours / anchor
    ok = ratio <= target
    print(
        f"{name}: ours {ours:.1f} {unit} vs {anchor_name} {anchor:.1f} {unit} = {ratio:.2f}x "
        f"(target <= {target:g}x) {_status(ok)}"
    )
    _record(
        name=name, ours=ours, anchor_name=anchor_name, anchor=anchor, unit=unit,
        kind="ratio", value=ratio, target=target, ok=ok,
    )  # fmt: skip
    return ok


def margin_verdict(
    name: str, ours: float, anchor_name: str, anchor: float, unit: str, target: float
) -> bool:
    """Ours - anchor must stay within `target` units (e.g. "at most 40 ms over a bare python")."""
    margin = ours - anchor
    ok = margin <= target
    print(
        f"{name}: ours {ours:.1f} {unit} vs {anchor_name} {anchor:.1f} {unit} = +{margin:.1f} "
        f"{unit} (target <= +{target:g} {unit}) {_status(ok)}"
    )
    _record(
        name=name, ours=ours, anchor_name=anchor_name, anchor=anchor, unit=unit,
        kind="margin", value=margin, target=target, ok=ok,
    )  # fmt: skip
    return ok


def verdict(name: str, value: float, limit: float, unit: str) -> bool:
    """An absolute figure without an anchor (sizes, token counts)."""
    ok = value <= limit
    shown = f"{value:.2f}" if abs(value) < 10 else f"{value:.1f}"  # 1.04 s is not "1.0 s"
    print(f"{name}: {shown} {unit} (target <= {limit:g} {unit}) {_status(ok)}")
    _record(name=name, ours=value, unit=unit, kind="absolute", value=value, target=limit, ok=ok)
    return ok
