"""Startup of the `runapi` command line: `runapi --help` and one operation's help.

Targets: `runapi --help` within 150 ms wall and a single operation's help within 250 ms (median
of 15 runs of the installed console script). Run from the project root:

    .venv/bin/python bench/cli_startup.py [--script PATH]

By default it times the console script of the project virtualenv (`.venv/bin/runapi`, the
editable install `make setup` makes); `--script` times another one, e.g. a regular install.
Exits non-zero when a target is missed.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from _common import PROJECT, median_seconds, verdict

REPEAT = 15
CASES = (
    ("runapi --help", ["--help"], 150.0),
    (
        "runapi seedance text-to-video create --help",
        ["seedance", "text-to-video", "create", "--help"],
        250.0,
    ),
    (
        "runapi suno generate-lyrics run --help (largest group)",
        ["suno", "generate-lyrics", "run", "--help"],
        250.0,
    ),
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--script", type=Path, default=PROJECT / ".venv" / "bin" / "runapi")
    args = parser.parse_args()
    script = args.script if args.script.exists() else shutil.which("runapi")
    if script is None:
        print("no runapi console script found; install generated/python first", file=sys.stderr)
        return 2

    def run(words: list[str]) -> None:
        subprocess.run([str(script), *words], check=True, stdout=subprocess.DEVNULL)

    run(["--help"])  # warm the file cache and write bytecode
    python = Path(str(script)).parent / "python"
    if python.exists():
        bare = median_seconds(
            lambda: subprocess.run([str(python), "-c", "pass"], check=True), REPEAT
        )
        print(f"bare interpreter: {bare * 1000:.1f} ms (median of {REPEAT})")
    ok = True
    for name, words, limit in CASES:
        run(words)
        ok &= verdict(name, median_seconds(lambda w=words: run(w), REPEAT) * 1000, limit, "ms")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
