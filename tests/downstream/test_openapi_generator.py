"""OpenAPI Generator (the Java tool, from PyPI's openapi-generator-cli) validates the bundled spec
and its python target writes a package that imports."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from tests.conftest import BUNDLED_SPEC

from ._support import import_every_module, run_tool

#: The JVM of a run of seconds: the client JIT compiler only (C2's optimising compiles cost more
#: CPU than they win back before the run ends: half of the tool's CPU time) and the serial
#: garbage collector (no parallel GC threads). The JVM reads these itself; the tool, its
#: arguments and its output are unchanged.
JVM_FLAGS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
JVM = {"JAVA_TOOL_OPTIONS": f"{os.environ.get('JAVA_TOOL_OPTIONS', '')} {JVM_FLAGS}".strip()}


def setup_module() -> None:
    assert shutil.which("java"), "OpenAPI Generator needs a Java runtime (.ci/run installs one)"


def test_validate_finds_no_issue(tmp_path: Path) -> None:
    result = run_tool(
        ["openapi-generator-cli", "validate", "-i", str(BUNDLED_SPEC)], cwd=tmp_path, env=JVM
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "No validation issues detected." in output, output


def test_python_target_imports(tmp_path: Path) -> None:
    result = run_tool(
        [
            "openapi-generator-cli",
            "generate",
            "-i",
            str(BUNDLED_SPEC),
            "-g",
            "python",
            "-o",
            str(tmp_path / "out"),
            "--package-name",
            "runapi_ogen",
            "--global-property",
            "apiTests=false,modelTests=false,apiDocs=false,modelDocs=false",
        ],
        cwd=tmp_path,
        timeout=600,
        env=JVM,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert " ERROR " not in output, output
    modules = import_every_module(tmp_path / "out" / "runapi_ogen")
    assert modules > 190
