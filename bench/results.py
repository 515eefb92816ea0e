"""Writes bench/RESULTS.md from the figures one `make bench` run recorded.

Usage: results.py RECORD [--python PATH]. RECORD is the JSON-lines file the verdict helpers of
bench/_common.py appended to (RUNAPI_BENCH_RECORD). The newest run goes on top, under the
machine it ran on; earlier runs stay below it, so a regression shows as a row that got worse.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from _common import PROJECT

RESULTS = PROJECT / "bench" / "RESULTS.md"
INTRO = """# Benchmark results

Written by `make bench` (bench/results.py); newest run first. Each row is one figure: ours, the
anchor measured in the same run (medians, runs interleaved), the ratio or margin over it, the
target and whether it is met. Targets without an anchor (sizes, token counts) leave it empty.
"""
RUN_MARKER = "\n## "


def _command(words: list[str]) -> str:
    try:
        done = subprocess.run(words, capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return "unavailable"
    return done.stdout.strip() or done.stderr.strip()


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _number(value: float) -> str:
    return f"{value:,.2f}" if abs(value) < 10 else f"{value:,.1f}"


def _row(figure: dict[str, Any]) -> str:
    unit = figure["unit"]
    ours = f"{_number(figure['ours'])} {unit}"
    if figure["kind"] == "absolute":
        anchor, measure, target = "", "", f"<= {figure['target']:g} {unit}"
    elif figure["kind"] == "ratio":
        anchor = f"{figure['anchor_name']}: {_number(figure['anchor'])} {unit}"
        measure, target = f"{figure['value']:.2f}x", f"<= {figure['target']:g}x"
    else:
        anchor = f"{figure['anchor_name']}: {_number(figure['anchor'])} {unit}"
        measure = f"+{_number(figure['value'])} {unit}"
        target = f"<= +{figure['target']:g} {unit}"
    status = "ok" if figure["ok"] else "**MISSED**"
    cells = [figure["name"], ours, anchor, measure, target, status, figure.get("script", "")]
    return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"


def render_run(figures: list[dict[str, Any]], python: str, failed: list[str]) -> str:
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    commit = _command(["git", "-C", str(PROJECT), "rev-parse", "--short", "HEAD"])
    dirty = _command(["git", "-C", str(PROJECT), "status", "--porcelain"])
    machine = (
        f"{os.cpu_count()} cores, {_cpu_model()}; {platform.system()} {platform.release()}; "
        f"Python {_command([python, '-c', 'import platform; print(platform.python_version())'])}; "
        f"Node {_command(['node', '--version'])}"
    )
    missed = sum(not f["ok"] for f in figures)
    lines = [
        f"## {now} (commit {commit}{' + local changes' if dirty else ''})",
        "",
        f"Machine: {machine}.",
        "",
        f"{len(figures)} figures, {missed} missed"
        + (f"; scripts that failed: {', '.join(failed)}" if failed else "")
        + ".",
        "",
        "| figure | ours | anchor | ratio / margin | target | | script |",
        "|---|---|---|---|---|---|---|",
        *(_row(f) for f in figures),
        "",
    ]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("record", type=Path)
    parser.add_argument("--python", default=sys.executable, help="the interpreter benchmarked")
    parser.add_argument("--failed", default="", help="scripts that exited non-zero")
    args = parser.parse_args()
    figures = (
        [json.loads(line) for line in args.record.read_text().splitlines() if line.strip()]
        if args.record.exists()
        else []
    )
    failed = [name for name in args.failed.split(",") if name]
    earlier = ""
    if RESULTS.exists():
        text = RESULTS.read_text()
        start = text.find(RUN_MARKER)
        earlier = text[start + 1 :] if start >= 0 else ""
    RESULTS.write_text(INTRO + "\n" + render_run(figures, args.python, failed) + "\n" + earlier)
    print(f"wrote {RESULTS.relative_to(PROJECT)}: {len(figures)} figures")
    return 0


if __name__ == "__main__":
    sys.exit(main())
