"""Shared helpers of the TypeScript SDK tests: build the package, run node and tsc."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from generator.pipeline import GENERATED, PROJECT

PACKAGE = GENERATED / "typescript"
DIST = PACKAGE / "dist"
NODE_MODULES = PROJECT / "node_modules"
TSC = NODE_MODULES / ".bin" / "tsc"
HERE = Path(__file__).resolve().parent


def _newest(folder: Path) -> float:
    return max((p.stat().st_mtime for p in folder.rglob("*") if p.is_file()), default=0.0)


def build_package() -> Path:
    """generated/typescript/dist, compiled by tsc when older than its sources (`npm run build`)."""
    stamp = DIST / "index.js"
    sources = max(_newest(PACKAGE / "src"), (PACKAGE / "tsconfig.json").stat().st_mtime)
    if not stamp.exists() or stamp.stat().st_mtime < sources:
        result = subprocess.run(
            [str(TSC), "-p", str(PACKAGE / "tsconfig.json")],
            capture_output=True,
            text=True,
            check=False,
            timeout=600,
        )
        assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
        stamp.touch()
    return DIST


def run_node(script: Path, payload: Any, *args: str) -> Any:
    """Run a node script with `payload` as JSON on stdin; its JSON output."""
    result = subprocess.run(
        ["node", str(script), *args],
        input=json.dumps(payload),
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    return json.loads(result.stdout)


def tsc(project: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(TSC), "-p", str(project)],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
