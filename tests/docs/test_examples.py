"""Every Python example of the docs runs against a mock of the API built from the spec, and every
CLI example runs with --dry-run."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from ._support import api_mock, code_blocks

PYTHON = list(code_blocks("python"))
SHELL = [
    (page, index, " ".join(body.replace("\\\n", " ").split()))
    for page, index, body in code_blocks("sh")
    if body.lstrip().startswith("runapi ")
]
CONSOLE = [
    (page, line.removeprefix("$ ").strip())
    for page, _, body in code_blocks("console")
    for line in body.splitlines()
    if line.startswith("$ runapi ")
]


def _runapi() -> str | None:
    """The `runapi` command, when the CLI exists and answers --help."""
    found = shutil.which("runapi") or str(Path(sys.executable).with_name("runapi"))
    if not Path(found).exists():
        return None
    result = subprocess.run([found, "--help"], capture_output=True, check=False, timeout=60)
    return found if result.returncode == 0 else None


RUNAPI = _runapi()
needs_cli = pytest.mark.skipif(RUNAPI is None, reason="CLI not generated yet")


def test_docs_have_examples() -> None:
    assert len(PYTHON) >= 380  # sync + async for every operation, plus the guides
    assert len(SHELL) >= 190


@pytest.mark.parametrize(
    ("page", "index", "source"), PYTHON, ids=[f"{p}:{i}" for p, i, _ in PYTHON]
)
def test_python_example_runs(
    page: str,
    index: int,
    source: str,
    bundled: dict[str, Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("RUNAPI_API_KEY", "YOUR_API_TOKEN")
    monkeypatch.setenv("RUNAPI_MANAGEMENT_KEY", "YOUR_MANAGEMENT_KEY")
    monkeypatch.delenv("RUNAPI_BASE_URL", raising=False)
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, Any] = {"__name__": f"docs_example_{index}"}
    with api_mock(bundled):
        exec(compile(source, f"{page} example {index}", "exec"), namespace)
    printed = capsys.readouterr().out
    # Each example shows a result, or defines a handler (the callback receiver).
    assert printed.strip() or "CallbackHandler" in namespace, source


def _dry_run(command: str) -> subprocess.CompletedProcess[str]:
    assert RUNAPI is not None
    argv = [RUNAPI, *shlex.split(command)[1:], "--dry-run"]
    env = {**os.environ, "RUNAPI_API_KEY": "YOUR_API_TOKEN", "RUNAPI_MANAGEMENT_KEY": "YOUR_KEY"}
    env["RUNAPI_BASE_URL"] = "http://127.0.0.1:9"  # nothing listens: a dry run must not send
    with tempfile.TemporaryDirectory(prefix="runapi-docs-cli-") as folder:
        # The upload examples name a local file.
        (Path(folder) / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n example image")
        return subprocess.run(
            argv, capture_output=True, text=True, env=env, cwd=folder, check=False, timeout=120
        )


@pytest.fixture(scope="module")
def dry_runs() -> dict[str, subprocess.CompletedProcess[str]]:
    """Every CLI example's dry run, started in parallel (each is a process start)."""
    commands = sorted({command for _, _, command in SHELL})
    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        return dict(zip(commands, pool.map(_dry_run, commands), strict=True))


@needs_cli
@pytest.mark.parametrize(("page", "index", "command"), SHELL, ids=[f"{p}:{i}" for p, i, _ in SHELL])
def test_cli_example_dry_runs(
    page: str, index: int, command: str, dry_runs: dict[str, subprocess.CompletedProcess[str]]
) -> None:
    result = dry_runs[command]
    assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"


@needs_cli
@pytest.mark.parametrize(("page", "command"), CONSOLE, ids=[c for _, c in CONSOLE])
def test_cli_command_exists(page: str, command: str) -> None:
    assert RUNAPI is not None
    words = [w for w in shlex.split(command)[1:] if not w.startswith("-")]
    result = subprocess.run(
        [RUNAPI, *words, "--help"], capture_output=True, text=True, check=False, timeout=60
    )
    assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"
