"""OpenAPI Generator (the Java tool, from PyPI's openapi-generator-cli) validates the bundled spec
and its python target writes a package that imports."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import uuid
from pathlib import Path

import openapi_generator_cli

from tests.conftest import BUNDLED_SPEC, PROJECT

from ._support import import_every_module, run_tool

#: The JVM of a run of seconds: the client JIT compiler only (C2's optimising compiles cost more
#: CPU than they win back before the run ends: half of the tool's CPU time) and the serial
#: garbage collector (no parallel GC threads). The JVM reads these itself; the tool, its
#: arguments and its output are unchanged.
JVM_FLAGS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
JAR = Path(openapi_generator_cli.__file__).with_name("openapi-generator.jar")
#: The JVM's own class-data-sharing archives (JDK 13+ dynamic CDS): the tool's classes as the
#: JVM loaded, parsed and verified them on an earlier run, mapped in instead of read from the
#: jar again. Only classes, never a result: the tool still reads the spec and does all its work.
CDS_DIR = PROJECT / ".cache" / "openapi-generator"


def setup_module() -> None:
    assert shutil.which("java"), "OpenAPI Generator needs a Java runtime (.ci/run installs one)"


def _cds_archive(command: str) -> Path:
    """The archive of this command (the classes it loads), this Java runtime and this jar: a
    new one when either changes (the JVM also checks both itself and ignores an archive that
    does not match)."""
    java = Path(shutil.which("java") or "java").resolve()
    key = "\0".join(
        str(part)
        for part in (java, java.stat().st_size, java.stat().st_mtime_ns, JAR, JAR.stat().st_size)
    )
    return CDS_DIR / f"{command}-{hashlib.sha256(key.encode()).hexdigest()[:16]}.jsa"


def _jvm_env(options: str) -> dict[str, str]:
    return {"JAVA_TOOL_OPTIONS": f"{os.environ.get('JAVA_TOOL_OPTIONS', '')} {options}".strip()}


def run_generator(args: list[str], *, cwd: Path) -> subprocess.CompletedProcess[str]:
    """`openapi-generator-cli <args>` with the class-data-sharing archive when there is one;
    without one, the run writes it at exit (to a file of its own, renamed into place, so runs
    side by side never see half an archive). VerifySharedSpaces makes the JVM check the
    archive's checksums and ignore a damaged one; a run that fails with the archive (a
    truncated file can crash the JVM before that check) is run again without it, and the
    archive is dropped: the verdict never depends on it."""
    archive = _cds_archive(args[0])
    flags = f"{JVM_FLAGS} -XX:+VerifySharedSpaces"
    command = ["openapi-generator-cli", *args]
    if archive.exists():
        result = run_tool(
            command, cwd=cwd, timeout=600, env=_jvm_env(f"{flags} -XX:SharedArchiveFile={archive}")
        )
        if result.returncode == 0:
            if "Unable to use shared archive" in result.stdout + result.stderr:
                archive.unlink(missing_ok=True)  # damaged or stale: the next run writes it anew
            return result
        archive.unlink(missing_ok=True)
    CDS_DIR.mkdir(parents=True, exist_ok=True)
    written = CDS_DIR / f"{archive.stem}.{uuid.uuid4().hex}.tmp"
    result = run_tool(
        command, cwd=cwd, timeout=600, env=_jvm_env(f"{flags} -XX:ArchiveClassesAtExit={written}")
    )
    if result.returncode == 0 and written.exists():
        written.replace(archive)
    else:
        written.unlink(missing_ok=True)
    return result


def test_validate_finds_no_issue(tmp_path: Path) -> None:
    result = run_generator(["validate", "-i", str(BUNDLED_SPEC)], cwd=tmp_path)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "No validation issues detected." in output, output


def test_python_target_imports(tmp_path: Path) -> None:
    result = run_generator(
        [
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
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert " ERROR " not in output, output
    modules = import_every_module(tmp_path / "out" / "runapi_ogen")
    assert modules > 190
