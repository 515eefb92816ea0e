"""Run `@redocly/cli lint` on the bundled document and map its findings to source positions."""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from .bundle import Bundle
from .diagnostics import Diagnostic, Origin


def redocly_binary(project: Path) -> Path | None:
    local = project / "node_modules" / ".bin" / "redocly"
    if local.exists():
        return local
    found = shutil.which("redocly")
    return Path(found) if found else None


def run_redocly(bundle: Bundle, project: Path) -> tuple[list[Diagnostic], list[Diagnostic]]:
    """(errors, warnings) reported by Redocly for the bundled document."""
    binary = redocly_binary(project)
    if binary is None:
        missing = Diagnostic(
            Origin("package.json", 1, ""), "redocly", "@redocly/cli is not installed; run `npm ci`"
        )
        return [missing], []
    with tempfile.TemporaryDirectory(prefix="runapi-lint-") as tmp:
        target = Path(tmp) / "openapi.json"
        target.write_text(json.dumps(bundle.document), encoding="utf-8")
        result = subprocess.run(
            [
                str(binary),
                "lint",
                str(target),
                "--format=json",
                "--config",
                str(project / "redocly.yaml"),
            ],
            capture_output=True,
            text=True,
            check=False,
            cwd=project,
        )
    try:
        report: dict[str, Any] = json.loads(result.stdout)
    except json.JSONDecodeError:
        tail = (result.stderr or result.stdout).strip().splitlines()[-5:]
        return [Diagnostic(Origin("redocly.yaml", 1, ""), "redocly", " / ".join(tail))], []
    errors: list[Diagnostic] = []
    warnings: list[Diagnostic] = []
    for problem in report.get("problems", []):
        location = (problem.get("location") or [{}])[0]
        pointer = unquote(str(location.get("pointer", "#")).lstrip("#"))
        diagnostic = Diagnostic(
            bundle.origin(pointer), f"redocly/{problem.get('ruleId')}", str(problem.get("message"))
        )
        (errors if problem.get("severity") == "error" else warnings).append(diagnostic)
    return errors, warnings
