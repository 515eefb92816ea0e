"""Shared helpers of the TypeScript SDK tests: build the package, run node and tsc."""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from generator.project import GENERATED, PROJECT

PACKAGE = GENERATED / "typescript"
DIST = PACKAGE / "dist"
NODE_MODULES = PROJECT / "node_modules"
TSC = NODE_MODULES / ".bin" / "tsc"
HERE = Path(__file__).resolve().parent


def _newest(folder: Path) -> float:
    return max((p.stat().st_mtime for p in folder.rglob("*") if p.is_file()), default=0.0)


def build_package() -> Path:
    """generated/typescript/dist, built by the package's own `npm run build` (tsc for the
    declarations, esbuild for the bundles) when older than its sources. One build at a time:
    pytest processes running side by side share the folder."""
    digest = hashlib.sha256(bytes(DIST)).hexdigest()[:16]
    lock = Path(tempfile.gettempdir()) / f"runapi-dist-{digest}.lock"
    with open(lock, "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        return _build_when_stale()


def _build_when_stale() -> Path:
    stamp = DIST / "index.js"
    sources = max(_newest(PACKAGE / "src"), (PACKAGE / "package.json").stat().st_mtime)
    if not stamp.exists() or stamp.stat().st_mtime < sources:
        shutil.rmtree(DIST, ignore_errors=True)
        env = {**os.environ, "PATH": f"{NODE_MODULES / '.bin'}{os.pathsep}{os.environ['PATH']}"}
        result = subprocess.run(
            ["npm", "run", "--silent", "build"],
            cwd=PACKAGE,
            env=env,
            capture_output=True,
            text=True,
            check=False,
            timeout=600,
        )
        assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
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
