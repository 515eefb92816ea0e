"""The generating process stays lean: the spec's checks (openapi-spec-validator, jsonschema and
what they import) load in the checks' own process, or not at all when their verdict is
remembered, so an incremental `make generate` does not pay for them (issue 12, goal 2)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from generator.cache import CACHE_ENV
from generator.pipeline import PROJECT

from .minimal_spec import fresh, write_spec

#: Runs `generate` and reports what the generating process itself imported.
REPORT = """
import json, sys
from pathlib import Path
from generator.pipeline import generate
count = generate(Path(sys.argv[1]), Path(sys.argv[2]), use_redocly=False)
names = ("jsonschema", "referencing", "openapi_spec_validator", "openapi_schema_validator")
print(json.dumps({"files": count, "loaded": [n for n in names if n in sys.modules]}))
"""


def _generate(spec: Path, out: Path, cache: Path) -> dict[str, object]:
    completed = subprocess.run(
        [sys.executable, "-c", REPORT, str(spec), str(out)],
        cwd=PROJECT,
        env={**os.environ, CACHE_ENV: str(cache)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    report: dict[str, object] = json.loads(completed.stdout.strip().splitlines()[-1])
    return report


def test_the_checks_libraries_load_outside_the_generating_process(tmp_path: Path) -> None:
    spec = write_spec(tmp_path / "spec", *fresh())
    cache = tmp_path / "cache"
    # First with nothing remembered (the checks run in their own process), then remembered.
    for run in ("cold", "warm"):
        report = _generate(spec, tmp_path / f"out-{run}", cache)
        assert report["files"], run
        assert report["loaded"] == [], f"{run} run imported {report['loaded']}"
