"""Startup of the `runapi` command line over a bare interpreter, measured in the same run.

Targets (issue 12, goal 4), each over `python -c pass` of the same interpreter and site (medians of
21 interleaved runs): `runapi --help` within +40 ms and a create's `--dry-run` (the body validated,
the request printed, nothing sent) within +70 ms. One operation's `--help` keeps its earlier
absolute target, 250 ms wall.

The console script is that of the benchmark virtualenv (`.bench/venv`: the generated package
installed from generated/python, not editable, with its runtime dependencies only), so the
figures are what a user gets; `--script PATH` times another installed `runapi` instead, with the
`python` beside it as the anchor. Exits non-zero when a target is missed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import bench_python, interleaved_medians, margin_verdict, verdict

REPEAT = 21
DRY_RUN = [
    "seedance", "text-to-video", "create", "--model", "seedance-1.5-pro",
    "--prompt", "A lighthouse at dawn", "--aspect-ratio", "16:9", "--duration-seconds", "8",
    "--dry-run",
]  # fmt: skip
#: (figure, words, kind, target): "margin" over the bare interpreter, or "absolute" wall time.
CASES = (
    ("runapi --help", ["--help"], "margin", 40.0),
    ("runapi seedance text-to-video create --dry-run", DRY_RUN, "margin", 70.0),
    (
        "runapi seedance text-to-video create --help",
        ["seedance", "text-to-video", "create", "--help"],
        "absolute",
        250.0,
    ),
    (
        "runapi suno generate-lyrics run --help (largest group)",
        ["suno", "generate-lyrics", "run", "--help"],
        "absolute",
        250.0,
    ),
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--script", type=Path, help="another installed runapi console script")
    args = parser.parse_args()
    script = args.script or bench_python().parent / "runapi"
    python = script.parent / "python"
    # No config file or key of the person running the bench: every run reads the same settings.
    home = tempfile.mkdtemp(prefix="runapi-cli-bench-")
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("RUNAPI_")},
        "HOME": home,
        "XDG_CONFIG_HOME": home,
        "RUNAPI_API_KEY": "bench-key-" + "0" * 24,
    }

    def run(command: list[str]) -> None:
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)

    runs = [lambda: run([str(python), "-c", "pass"])]
    runs += [lambda w=words: run([str(script), *w]) for _name, words, _kind, _target in CASES]
    for warm in runs:  # the file cache warm and bytecode written before anything is timed
        warm()
    bare, *figures = (s * 1000 for s in interleaved_medians(runs, REPEAT))
    print(f"medians of {REPEAT} interleaved runs; bare interpreter: {bare:.1f} ms")
    ok = True
    for (name, _words, kind, target), ours in zip(CASES, figures, strict=True):
        if kind == "margin":
            ok &= margin_verdict(name, ours, "python -c pass", bare, "ms", target)
        else:
            ok &= verdict(name, ours, target, "ms")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
