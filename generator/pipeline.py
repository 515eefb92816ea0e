"""`make generate`: validate, render every target, write generated/ atomically."""

from __future__ import annotations

import filecmp
import os
import shutil
import tempfile
from pathlib import Path

from .build import build_api
from .diagnostics import SpecError
from .targets import TARGETS
from .validate import validate_spec

PROJECT = Path(__file__).resolve().parent.parent
SPEC_ROOT = PROJECT / "spec" / "openapi.yaml"
GENERATED = PROJECT / "generated"


def render_all(spec: Path, *, use_redocly: bool = True) -> dict[str, bytes]:
    """Every generated file, by path relative to generated/; raises SpecError on a bad spec."""
    report = validate_spec(spec, PROJECT, use_redocly=use_redocly)
    if not report.ok:
        raise SpecError(report.errors)
    # One intermediate model for every target, so no two targets can read the spec differently.
    api = build_api(report.bundle.document)
    files: dict[str, bytes] = {}
    for target in TARGETS.values():
        files.update(target(api, report.bundle))
    return dict(sorted(files.items()))


def _write_tree(files: dict[str, bytes], into: Path) -> None:
    for relative, content in files.items():
        path = into / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)


def generate(spec: Path, out: Path, *, use_redocly: bool = True) -> int:
    """Regenerate `out`; on any failure `out` is left exactly as it was."""
    files = render_all(spec, use_redocly=use_redocly)
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".generated-", dir=out.parent))
    try:
        _write_tree(files, staging)
        previous = out.with_name(out.name + ".previous")
        shutil.rmtree(previous, ignore_errors=True)
        if out.exists():
            os.replace(out, previous)
        os.replace(staging, out)
        shutil.rmtree(previous, ignore_errors=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return len(files)


ARTIFACT_DIRS = {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", "build", "dist"}


def _is_artifact(path: Path) -> bool:
    """Files tools leave in generated/ (bytecode, caches, builds; git ignores them)."""
    return (
        bool(ARTIFACT_DIRS.intersection(path.parts))
        or path.suffix == ".pyc"
        or any(part.endswith(".egg-info") for part in path.parts)
    )


def check_generated(spec: Path, out: Path) -> list[str]:
    """Relative paths where `out` differs from what the spec generates (empty: up to date)."""
    files = render_all(spec, use_redocly=False)
    present = (
        {
            str(p.relative_to(out))
            for p in out.rglob("*")
            if p.is_file() and not _is_artifact(p.relative_to(out))
        }
        if out.exists()
        else set()
    )
    stale = sorted(present - set(files))
    with tempfile.TemporaryDirectory() as tmp:
        _write_tree(files, Path(tmp))
        for relative in files:
            target = out / relative
            if not target.exists() or not filecmp.cmp(target, Path(tmp) / relative, shallow=False):
                stale.append(relative)
    return sorted(stale)
