"""OpenAPI Generator (the Java tool, from PyPI's openapi-generator-cli) validates the bundled spec
and its python target writes a package that imports.

Both commands run in one JVM (OpenApiGeneratorSession.java calls the tool's entry point once per
command and keeps each one's output and status apart): the second skips the JVM start and runs
the spec parser warm. Each verdict is still the tool's own for its command alone."""

from __future__ import annotations

import hashlib
import os
import shutil
import uuid
import zipfile
from pathlib import Path
from subprocess import CompletedProcess

import openapi_generator_cli
import pytest

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


SESSION_SOURCE = Path(__file__).with_name("OpenApiGeneratorSession.java")
NEXT_RUN = "--next-run--"


def _java() -> Path:
    return Path(shutil.which("java") or "java").resolve()


def _digest(*parts: object) -> str:
    return hashlib.sha256("\0".join(map(str, parts)).encode()).hexdigest()[:16]


def _cds_archive(name: str, classpath: str) -> Path:
    """The archive of this run (the classes it loads), this Java runtime and this class path: a
    new one when any of them changes (the JVM also checks the runtime and the jar itself and
    ignores an archive that does not match)."""
    java = _java()
    key = _digest(java, java.stat().st_size, java.stat().st_mtime_ns, classpath, JAR.stat().st_size)
    return CDS_DIR / f"{name}-{key}.jsa"


def _jvm_env(options: str) -> dict[str, str]:
    return {"JAVA_TOOL_OPTIONS": f"{os.environ.get('JAVA_TOOL_OPTIONS', '')} {options}".strip()}


def run_java(name: str, classpath: str, args: list[str], *, cwd: Path) -> CompletedProcess[str]:
    """`java -cp <classpath> <args>` with the class-data-sharing archive when there is one;
    without one, the run writes it at exit (to a file of its own, renamed into place, so runs
    side by side never see half an archive). VerifySharedSpaces makes the JVM check the
    archive's checksums and ignore a damaged one; a run that fails with the archive (a
    truncated file can crash the JVM before that check) is run again without it, and the
    archive is dropped: the verdict never depends on it."""
    archive = _cds_archive(name, classpath)
    flags = f"{JVM_FLAGS} -XX:+VerifySharedSpaces"
    command = ["java", "-cp", classpath, *args]
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


def run_generator(args: list[str], *, cwd: Path) -> CompletedProcess[str]:
    """`openapi-generator-cli <args>`: what its wrapper runs, `java -jar` the tool's jar."""
    return run_java(
        args[0], str(JAR), ["org.openapitools.codegen.OpenAPIGenerator", *args], cwd=cwd
    )


def _session_jar() -> Path:
    """OpenApiGeneratorSession.java compiled into a jar named by its source and the Java runtime
    (a jar, not a folder: the JVM's class-data-sharing archives take classes from jars only),
    written to a file of its own and renamed into place: runs side by side never see half a jar."""
    source = SESSION_SOURCE.read_bytes()
    jar = CDS_DIR / f"session-{_digest(hashlib.sha256(source).hexdigest(), _java())}.jar"
    if not jar.exists():
        CDS_DIR.mkdir(parents=True, exist_ok=True)
        building = CDS_DIR / f"{jar.stem}.{uuid.uuid4().hex}.tmp"
        try:
            compiled = run_tool(
                ["javac", "-d", str(building), str(SESSION_SOURCE)], cwd=CDS_DIR, timeout=300
            )
            assert compiled.returncode == 0, compiled.stdout + compiled.stderr
            with zipfile.ZipFile(building / "session.jar", "w") as archive:
                for path in sorted(building.glob("*.class")):
                    archive.write(path, path.name)
            (building / "session.jar").replace(jar)
        finally:
            shutil.rmtree(building, ignore_errors=True)
    return jar


def run_in_one_jvm(runs: dict[str, list[str]], *, cwd: Path) -> dict[str, CompletedProcess[str]]:
    """Each `openapi-generator-cli <args>` of `runs`, in order, in one JVM (the tool's entry
    point called once per run, its output and status kept per run); a run that did not finish
    there (the tool ended the JVM with System.exit) runs again on its own, in a JVM of its own,
    for its true exit code and output. Without a JDK (javac) to compile the session class, each
    run has a JVM of its own."""
    if shutil.which("javac") is None:
        return {name: run_generator(run, cwd=cwd) for name, run in runs.items()}
    results = cwd / "runs"
    results.mkdir()
    args: list[str] = [str(results)]
    for index, run in enumerate(runs.values()):
        args += [NEXT_RUN] * (index > 0) + run
    classpath = os.pathsep.join([str(JAR), str(_session_jar())])
    session = run_java("session", classpath, ["OpenApiGeneratorSession", *args], cwd=cwd)
    found: dict[str, CompletedProcess[str]] = {}
    for index, (name, run) in enumerate(runs.items()):
        status = results / f"{index}.status"
        if status.exists():
            out = (results / f"{index}.out").read_text(encoding="utf-8")
            err = (results / f"{index}.err").read_text(encoding="utf-8")
            found[name] = CompletedProcess(run, int(status.read_text()), out, session.stderr + err)
        else:
            found[name] = run_generator(run, cwd=cwd)
    return found


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, CompletedProcess[str]]]:
    """`validate` and `generate -g python` of the bundled spec, in one JVM."""
    work = tmp_path_factory.mktemp("openapi-generator")
    commands = {
        "validate": ["validate", "-i", str(BUNDLED_SPEC)],
        "generate": [
            "generate",
            "-i",
            str(BUNDLED_SPEC),
            "-g",
            "python",
            "-o",
            str(work / "out"),
            "--package-name",
            "runapi_ogen",
            "--global-property",
            "apiTests=false,modelTests=false,apiDocs=false,modelDocs=false",
        ],
    }
    return work, run_in_one_jvm(commands, cwd=work)


def test_validate_finds_no_issue(runs: tuple[Path, dict[str, CompletedProcess[str]]]) -> None:
    result = runs[1]["validate"]
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "No validation issues detected." in output, output


def test_python_target_imports(runs: tuple[Path, dict[str, CompletedProcess[str]]]) -> None:
    work, found = runs
    result = found["generate"]
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert " ERROR " not in output, output
    modules = import_every_module(work / "out" / "runapi_ogen")
    assert modules > 190
