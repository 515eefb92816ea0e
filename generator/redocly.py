"""Run `@redocly/cli lint` on the bundled document and map its findings to source positions."""

from __future__ import annotations

import json
import subprocess
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from . import cache
from .bundle import Bundle
from .diagnostics import Diagnostic, Finding, Origin
from .fragments import Fragments, interacts, item_of, item_pointers, reduced
from .redocly_process import WaitingRedocly, redocly_binary, redocly_command, start_lint


def redocly_fingerprint(project: Path) -> str:
    """What Redocly's verdict depends on besides the document: its version and the config."""
    binary = redocly_binary(project)
    manifest = project / "node_modules" / "@redocly" / "cli" / "package.json"
    config = project / "redocly.yaml"
    texts = [p.read_text(encoding="utf-8") for p in (manifest, config) if p.is_file()]
    return "\n".join([str(binary), *texts])


class RedoclyLint:
    """Redocly's lint of the bundled document, running as a child process.

    Started once the bundle is clean (every `$ref` local and resolved, so it reads nothing but
    this one file) and collected last, so it runs while the Python checks do. `close()` stops it
    if the checks end early.
    """

    def __init__(
        self,
        bundle: Bundle,
        project: Path,
        document: dict[str, Any] | None = None,
        waiting: WaitingRedocly | None = None,
    ) -> None:
        """Lint `document` (default: the bundle's; a reduced one keeps its JSON pointers), by
        `waiting` when given (it then belongs to this lint)."""
        self._bundle = bundle
        self._process: subprocess.Popen[str] | None = None
        self._waiting = waiting
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        text = json.dumps(bundle.document if document is None else document)
        if waiting is not None:
            waiting.lint(text)
            return
        redocly = redocly_command(project, len(text))
        if redocly is None:
            return
        self._tmp = tempfile.TemporaryDirectory(prefix="runapi-lint-")
        target = Path(self._tmp.name) / "openapi.json"
        target.write_text(text, encoding="utf-8")
        self._process = start_lint(redocly, target, project)

    def close(self) -> None:
        """Stop the child if its result was never collected, and remove its input."""
        if self._waiting is not None:
            self._waiting.close()
            self._waiting = None
        elif self._process is not None and self._process.poll() is None:
            self._process.kill()
            self._process.communicate()
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    def result(self) -> tuple[list[Diagnostic], list[Diagnostic]]:
        """(errors, warnings) reported by Redocly for the bundled document."""
        errors, warnings, _ = self.findings()
        return errors, warnings

    def findings(self) -> tuple[list[Diagnostic], list[Diagnostic], list[Finding]]:
        """(errors, warnings, the warnings by JSON pointer) reported for the bundled document."""
        if self._waiting is not None:
            stdout, stderr = self._waiting.output()
        elif self._process is not None:
            stdout, stderr = self._process.communicate()
        else:
            missing = Diagnostic(
                Origin("package.json", 1, ""),
                "redocly",
                "@redocly/cli is not installed; run `npm ci`",
            )
            return [missing], [], []
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


class IncrementalRedocly:
    """Redocly's verdict of a document, linting only the path items it has not seen.

    A path item's findings depend on the item and the shared part (root fields, components:
    generator/fragments.py), so they are remembered by both. Once a whole document has passed
    with a shared part, a later document with that shared part is linted reduced to its new or
    changed path items and the components they reach (a path item's findings depend on nothing
    else); the findings on the reduced document's other nodes are dropped (its
    shared part's are the whole run's, remembered; Redocly's whole-document rules, unused
    components and operationId uniqueness, are the project lint's errors too, and paths or ids
    one item shares with another send the check to the whole document). An error in the
    reduced run is reported as a run on the whole document reports it.
    """

    def __init__(
        self,
        bundle: Bundle,
        project: Path,
        parts: Fragments,
        waiting: WaitingRedocly | None = None,
    ) -> None:
        """`waiting`, when given, belongs to this object from now on: it lints the first
        document, or is stopped when there is nothing to lint."""
        self._bundle = bundle
        self._project = project
        self._parts = parts
        key = cache.digest(redocly_fingerprint(project), cache.code_fingerprint(), parts.shared)
        self._memo = cache.Memo("redocly-items", key)
        shared = self._memo.get("")
        self._known: dict[str, list[Finding]] = {}
        for path, item in parts.items.items():
            found = self._memo.get(item)
            if isinstance(found, list):
                self._known[path] = found
        changed = set(parts.items) - set(self._known)
        whole = not isinstance(shared, list) or interacts(bundle.document, changed)
        self._shared: list[Finding] = [] if whole else list(shared or [])
        self._subset: set[str] | None = None if whole else changed
        self._lint: RedoclyLint | None = None
        if whole:
            self._lint = RedoclyLint(bundle, project, waiting=waiting)
        elif changed:
            linted = reduced(bundle.document, changed, reachable_only=True)
            self._lint = RedoclyLint(bundle, project, linted, waiting)
        elif waiting is not None:
            waiting.close()

    def close(self) -> None:
        if self._lint is not None:
            self._lint.close()

    def findings(self) -> tuple[list[Diagnostic], list[Diagnostic], list[Finding]]:
        """(errors, warnings, the warnings by JSON pointer), as a run on the whole document."""
        if self._subset is not None:
            new: list[Finding] = []
            if self._lint is not None:
                errors, _, found = self._lint.findings()
                if errors:
                    self._lint = RedoclyLint(self._bundle, self._project)
                    return self._whole()
                pointers = item_pointers(sorted(self._subset))
                by_item: dict[str, list[Finding]] = {path: [] for path in self._subset}
                for finding in found:
                    path = item_of(finding[0], pointers)
                    if path is not None:  # the rest is the shared part's, or not whole-true
                        by_item[path].append(finding)
                        new.append(finding)
                for path, findings in by_item.items():
                    self._memo.put(self._parts.items[path], findings)
                self._memo.save()
            known = [f for path, found in self._known.items() for f in found]
            raw = [*self._shared, *known, *new]
            warnings = self._bundle.placed(raw)
            return [], warnings, raw
        return self._whole()

    def _whole(self) -> tuple[list[Diagnostic], list[Diagnostic], list[Finding]]:
        assert self._lint is not None
        errors, warnings, raw = self._lint.findings()
        if not errors:
            pointers = item_pointers(list(self._parts.items))
            by_item: dict[str | None, list[Finding]] = {None: []}
            for path in self._parts.items:
                by_item[path] = []
            for finding in raw:
                by_item[item_of(finding[0], pointers)].append(finding)
            for path, item in self._parts.items.items():
                self._memo.put(item, by_item[path])
            self._memo.put("", by_item[None])
            self._memo.save()
        return errors, warnings, raw
