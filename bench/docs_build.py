"""Wall time of `mkdocs build --strict` of the generated docs (generated/mkdocs.yml)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile

from _common import PROJECT, median_seconds, verdict

REPEAT = 3
LIMIT = 30.0  # seconds


def main() -> int:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    config = PROJECT / "generated" / "mkdocs.yml"
    with tempfile.TemporaryDirectory(prefix="runapi-docs-bench-") as out:
        command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet"]
        command += ["-f", str(config), "-d", out]
        seconds = median_seconds(
            lambda: subprocess.run(command, cwd=PROJECT, env=env, check=True, capture_output=True),
            REPEAT,
        )
    return 0 if verdict(f"mkdocs build (median of {REPEAT})", seconds, LIMIT, "s") else 1


if __name__ == "__main__":
    sys.exit(main())
