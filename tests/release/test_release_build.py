"""`make release` builds the sdist and wheel with the package's PEP 517 backend in its own
process: what `python -m build --no-isolation --sdist --wheel` builds, byte for byte, and a
failure is a ReleaseError that says why, with the process's working folder and environment
left as they were."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator import release as release_module
from generator.release import ReleaseError

PYPROJECT = """\
[project]
name = "demo"
version = "1.0.0"
description = "A demo package."
readme = "README.md"
requires-python = ">=3.11"

[build-system]
requires = [{requires}]
build-backend = "hatchling.build"

[tool.hatch.build.targets.wheel]
packages = ["src/demo"]
"""
EPOCH = {"SOURCE_DATE_EPOCH": "1767571200"}


def _package(root: Path, requires: str = '"hatchling>=1.21"') -> Path:
    (root / "src" / "demo").mkdir(parents=True)
    (root / "src" / "demo" / "__init__.py").write_text('"""Demo."""\n', encoding="utf-8")
    (root / "README.md").write_text("# Demo\n", encoding="utf-8")
    (root / "pyproject.toml").write_text(PYPROJECT.format(requires=requires), encoding="utf-8")
    return root


def _process_state() -> tuple[str, str | None]:
    return os.getcwd(), os.environ.get("SOURCE_DATE_EPOCH")


def test_the_archives_are_those_python_m_build_makes(tmp_path: Path) -> None:
    package = _package(tmp_path / "demo")
    before = _process_state()
    release_module._build_with_backend(package, (tmp_path / "here").resolve(), EPOCH)
    assert _process_state() == before
    command = [sys.executable, "-m", "build", "--no-isolation", "--sdist", "--wheel"]
    frontend = subprocess.run(
        [*command, "--outdir", str(tmp_path / "frontend"), str(package)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, **EPOCH},
    )
    assert frontend.returncode == 0, frontend.stdout + frontend.stderr
    built = {p.name: p.read_bytes() for p in (tmp_path / "here").iterdir()}
    assert sorted(built) == ["demo-1.0.0-py3-none-any.whl", "demo-1.0.0.tar.gz"]
    assert built == {p.name: p.read_bytes() for p in (tmp_path / "frontend").iterdir()}


def test_a_missing_backend_requirement_is_named(tmp_path: Path) -> None:
    package = _package(tmp_path / "demo", requires='"hatchling>=1.21", "no-such-backend-xyz>=1"')
    with pytest.raises(ReleaseError, match="no-such-backend-xyz>=1"):
        release_module._build_with_backend(package, tmp_path / "out", EPOCH)


def test_a_failing_backend_is_a_release_error_with_its_reason(tmp_path: Path) -> None:
    package = _package(tmp_path / "demo")
    (package / "README.md").unlink()  # the readme pyproject.toml names is gone
    before = _process_state()
    with pytest.raises(ReleaseError, match=r"the build \(hatchling.build\) failed") as failed:
        release_module._build_with_backend(package, tmp_path / "out", EPOCH)
    assert "README.md" in str(failed.value)
    assert _process_state() == before
