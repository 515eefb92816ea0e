"""What a release would contain: the spec at a git ref against the working tree, plus griffe.

`make diff` and `make release` both start here. The base is the last release tag (`v*`), or HEAD
when nothing was released yet. The spec side compares the bundled documents (diff.py); the
Python side renders the SDK package from the working spec into a temporary folder and lets
griffe compare it with the package as committed at the base (apicheck.py). A griffe finding in
a namespace the spec diff already reports breaking changes for is explained by them; any other
becomes a breaking change of its own.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .apicheck import ApiBreak, python_api_breaks
from .build import build_api
from .bundle import bundle
from .diagnostics import SpecError
from .diff import Change, DiffReport, diff_documents
from .gitrefs import exists_at, extract, git, last_release_tag
from .sdk_version import read_sdk_version
from .semver import Bump, Severity, Version, bump_for
from .validate import validate_spec

SPEC_DIR = "spec"
PACKAGE_SRC = "generated/python/src"


@dataclass(frozen=True)
class Layout:
    """Where a project keeps what a release reads and writes."""

    root: Path

    @property
    def spec(self) -> Path:
        return self.root / SPEC_DIR / "openapi.yaml"

    @property
    def generated(self) -> Path:
        return self.root / "generated"

    @property
    def changelog(self) -> Path:
        return self.root / "CHANGELOG.md"

    @property
    def dist(self) -> Path:
        return self.root / "dist"


@dataclass
class ReleaseDiff:
    base: str  # the ref compared against
    base_is_release: bool  # False: no release tag yet, compared with HEAD
    report: DiffReport
    api_breaks: list[ApiBreak] = field(default_factory=list)
    explained: set[ApiBreak] = field(default_factory=set)
    current: Version | None = None  # SDK_VERSION now

    @property
    def changes(self) -> list[Change]:
        return self.report.changes

    @property
    def severity(self) -> Severity | None:
        return self.report.severity

    def next_version(self) -> tuple[Bump, Version] | None:
        if self.current is None or self.severity is None:
            return None
        bump = bump_for(self.current, self.severity)
        return bump, self.current.bumped(bump)


def default_base(layout: Layout) -> tuple[str, bool]:
    tag = last_release_tag(layout.root)
    return (tag, True) if tag else ("HEAD", False)


def spec_at(layout: Layout, ref: str) -> dict[str, Any]:
    """The bundled spec as committed at `ref` (it passed validation when it was committed)."""
    with tempfile.TemporaryDirectory(prefix="runapi-base-") as tmp:
        extract(layout.root, ref, [SPEC_DIR], Path(tmp))
        result = bundle(Path(tmp) / SPEC_DIR / "openapi.yaml", Path(tmp))
        if result.diagnostics:
            raise SpecError(result.diagnostics)
        return result.document


def working_spec(layout: Layout) -> Any:
    """The validated bundle of the working tree's spec (SpecError when it is invalid)."""
    report = validate_spec(layout.spec, layout.root, use_redocly=False)
    if not report.ok:
        raise SpecError(report.errors)
    return report.bundle


def compare(layout: Layout, base: str | None = None, *, python_api: bool = True) -> ReleaseDiff:
    ref, is_release = (
        (base, base == last_release_tag(layout.root)) if base else default_base(layout)
    )
    git(layout.root, "rev-parse", "--verify", f"{ref}^{{commit}}")  # a clear error on a bad ref
    new_bundle = working_spec(layout)
    old_document = spec_at(layout, ref)
    report = diff_documents(old_document, new_bundle.document)
    result = ReleaseDiff(ref, is_release, report, current=read_sdk_version(layout.spec))
    if python_api and exists_at(layout.root, ref, PACKAGE_SRC):
        with tempfile.TemporaryDirectory(prefix="runapi-api-") as tmp:
            old_src, new_src = Path(tmp) / "old", Path(tmp) / "new"
            extract(layout.root, ref, [PACKAGE_SRC], old_src)
            _render_package(new_bundle, new_src)
            result.api_breaks = python_api_breaks(old_src / PACKAGE_SRC, new_src)
        apis = [build_api(old_document), build_api(new_bundle.document)]
        _fold_api_breaks(result, {op.namespace: op.tag for api in apis for op in api.operations})
    return result


def _render_package(new_bundle: Any, into: Path) -> None:
    """The SDK package's source (client, CLI, MCP server), as `make generate` would write it."""
    from .targets import mcp_server, python_cli, python_package

    prefix = "python/src/"
    api = build_api(new_bundle.document)
    files = {
        **python_package.render(api, new_bundle),
        **python_cli.render(api, new_bundle),
        **mcp_server.render(api, new_bundle),
    }
    for name, content in files.items():
        if name.startswith(prefix):
            path = into / name[len(prefix) :]
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)


def _fold_api_breaks(result: ReleaseDiff, tags: dict[str, str]) -> None:
    """Mark griffe findings the spec diff explains; the rest become breaking changes.

    `tags` maps each client namespace to its API group (the groups changes are filed under).
    """
    broken_tags = {c.group for c in result.changes if c.severity == "breaking"}
    for found in result.api_breaks:
        namespace = found.namespace
        tag = tags.get(namespace or "", namespace or "")
        if namespace is not None and (tag in broken_tags or namespace in broken_tags):
            result.explained.add(found)
            continue
        result.report.changes.append(
            Change(
                "breaking",
                "python-api",
                tag or "python",
                found.path,
                f"Python API: {found.text()}",
                "griffe finds user code that would break, and no spec change explains it",
                f"update code that uses `{found.path}`",
            )
        )
