"""Run `@redocly/cli lint` on the bundled document and map its findings to source positions."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from .bundle import Bundle
from .diagnostics import Diagnostic, Origin

#: Redocly CLI reports usage to its telemetry service and looks for updates on npm unless told
#: not to; validation must not touch the network.
OFFLINE_ENV = {"REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"}


def redocly_binary(project: Path) -> Path | None:
    local = project / "node_modules" / ".bin" / "redocly"
    if local.exists():
        return local
    found = shutil.which("redocly")
    return Path(found) if found else None


def redocly_fingerprint(project: Path) -> str:
    """What Redocly's verdict depends on besides the document: its version and the config."""
    binary = redocly_binary(project)
    manifest = project / "node_modules" / "@redocly" / "cli" / "package.json"
    config = project / "redocly.yaml"
    texts = [p.read_text(encoding="utf-8") for p in (manifest, config) if p.is_file()]
    return "\n".join([str(binary), *texts])


#: A Redocly warning as remembered with a verdict: (JSON pointer, rule, message).
Finding = tuple[str, str, str]


class RedoclyLint:
    """Redocly's lint of the bundled document, running as a child process.

    Started once the bundle is clean (every `$ref` local and resolved, so it reads nothing but
    this one file) and collected last, so it runs while the Python checks do. `close()` stops it
    if the checks end early.
    """

    def __init__(self, bundle: Bundle, project: Path) -> None:
        self._bundle = bundle
        self._process: subprocess.Popen[str] | None = None
        self._missing = redocly_binary(project) is None
        if self._missing:
            return
        self._tmp = tempfile.TemporaryDirectory(prefix="runapi-lint-")
        target = Path(self._tmp.name) / "openapi.json"
        target.write_text(json.dumps(bundle.document), encoding="utf-8")
        command = [
            str(redocly_binary(project)),
            "lint",
            str(target),
            "--format=json",
            "--config",
            str(project / "redocly.yaml"),
        ]
        self._process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=project,
            env={**os.environ, **OFFLINE_ENV},
        )

    def close(self) -> None:
        """Stop the child if its result was never collected, and remove its input."""
        if self._process is None:
            return
        if self._process.poll() is None:
            self._process.kill()
            self._process.communicate()
        self._tmp.cleanup()

    def result(self) -> tuple[list[Diagnostic], list[Diagnostic]]:
        """(errors, warnings) reported by Redocly for the bundled document."""
        errors, warnings, _ = self.findings()
        return errors, warnings

    def findings(self) -> tuple[list[Diagnostic], list[Diagnostic], list[Finding]]:
        """(errors, warnings, the warnings by JSON pointer) reported for the bundled document."""
        if self._process is None:
            missing = Diagnostic(
                Origin("package.json", 1, ""),
                "redocly",
                "@redocly/cli is not installed; run `npm ci`",
            )
            return [missing], [], []
        stdout, stderr = self._process.communicate()
        self.close()
        try:
            report: dict[str, Any] = json.loads(stdout)
        except json.JSONDecodeError:
            tail = (stderr or stdout).strip().splitlines()[-5:]
            failure = Diagnostic(Origin("redocly.yaml", 1, ""), "redocly", " / ".join(tail))
            return [failure], [], []
        errors: list[Diagnostic] = []
        warnings: list[Diagnostic] = []
        raw: list[Finding] = []
        for problem in report.get("problems", []):
            location = (problem.get("location") or [{}])[0]
            pointer = unquote(str(location.get("pointer", "#")).lstrip("#"))
            rule, message = f"redocly/{problem.get('ruleId')}", str(problem.get("message"))
            diagnostic = Diagnostic(self._bundle.origin(pointer), rule, message)
            if problem.get("severity") == "error":
                errors.append(diagnostic)
            else:
                warnings.append(diagnostic)
                raw.append((pointer, rule, message))
        return errors, warnings, raw
