"""Wall time of `python -m generator generate` for the whole spec (validation included)."""

from __future__ import annotations

import subprocess
import sys
import tempfile

from _common import PROJECT, median_seconds, verdict

REPEAT = 3


def main() -> int:
    with tempfile.TemporaryDirectory() as out:
        command = [sys.executable, "-m", "generator", "generate", "--out", out]
        seconds = median_seconds(
            lambda: subprocess.run(command, cwd=PROJECT, check=True, capture_output=True), REPEAT
        )
    return 0 if verdict(f"make generate (median of {REPEAT})", seconds, 10, "s") else 1


if __name__ == "__main__":
    sys.exit(main())
