"""Every Python example of the docs runs against a mock of the API built from the spec, and every
CLI example runs with --dry-run."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import respx
from click.testing import CliRunner, Result
from runapi.cli import cli

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


def test_console_script_answers_help() -> None:
    """The one real process of this module: the installed `runapi` entry point starts and
    answers. The examples below run in-process (click's runner): the same command tree and
    code, without an interpreter start per example."""
    found = shutil.which("runapi") or str(Path(sys.executable).with_name("runapi"))
    assert Path(found).exists(), "the runapi console script is not installed"
    result = subprocess.run([found, "--help"], capture_output=True, check=False, timeout=60)
    assert result.returncode == 0, result.stderr


def test_docs_have_examples() -> None:
    assert len(PYTHON) >= 380  # sync + async for every operation, plus the guides
    assert len(SHELL) >= 190


@pytest.fixture(scope="module")
def api(bundled: dict[str, Any]) -> Iterator[respx.MockRouter]:
    """The mock of the whole API, built and started once for the examples of this module:
    building its routes, and respx's snapshot of them on every start, cost more than most
    examples."""
    with api_mock(bundled) as router:
        yield router


@pytest.fixture(scope="module")
def folders(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("examples")


@pytest.fixture
def folder(folders: Path) -> Path:
    """An empty folder of the example's own, as `tmp_path` gives, without the numbered folder
    `tmp_path` makes per test: each one scans pytest's whole base folder for the next number
    (a quadratic cost over 700 tests)."""
    return Path(tempfile.mkdtemp(dir=folders))


@pytest.mark.parametrize(
    ("page", "index", "source"), PYTHON, ids=[f"{p}:{i}" for p, i, _ in PYTHON]
)
def test_python_example_runs(
    page: str,
    index: int,
    source: str,
    api: respx.MockRouter,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("RUNAPI_API_KEY", "YOUR_API_TOKEN")
    monkeypatch.setenv("RUNAPI_MANAGEMENT_KEY", "YOUR_MANAGEMENT_KEY")
    monkeypatch.delenv("RUNAPI_BASE_URL", raising=False)
    monkeypatch.chdir(folder)
    namespace: dict[str, Any] = {"__name__": f"docs_example_{index}"}
    exec(compile(source, f"{page} example {index}", "exec"), namespace)
    printed = capsys.readouterr().out
    # Each example shows a result, or defines a handler (the callback receiver).
    assert printed.strip() or "CallbackHandler" in namespace, source


#: What each CLI example runs with: example keys, and a base URL where nothing listens (a dry
#: run must not send).
DRY_RUN_ENV = {
    "RUNAPI_API_KEY": "YOUR_API_TOKEN",
    "RUNAPI_MANAGEMENT_KEY": "YOUR_KEY",
    "RUNAPI_BASE_URL": "http://127.0.0.1:9",
}


def _invoke(args: list[str], folder: Path) -> Result:
    """`runapi <args>` in-process, from `folder`, with the example environment."""
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(folder)
        return CliRunner().invoke(cli, args, prog_name="runapi", env=DRY_RUN_ENV)


def _output(result: Result) -> str:
    trace = "".join(traceback.format_exception(result.exception)) if result.exception else ""
    return f"{result.stdout}\n{result.stderr}\n{trace}"


@pytest.mark.parametrize(("page", "index", "command"), SHELL, ids=[f"{p}:{i}" for p, i, _ in SHELL])
def test_cli_example_dry_runs(page: str, index: int, command: str, folder: Path) -> None:
    # The upload examples name a local file.
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n example image")
    result = _invoke([*shlex.split(command)[1:], "--dry-run"], folder)
    assert result.exit_code == 0, f"{command}\n{_output(result)}"


@pytest.mark.parametrize(("page", "command"), CONSOLE, ids=[c for _, c in CONSOLE])
def test_cli_command_exists(page: str, command: str, folder: Path) -> None:
    words = [w for w in shlex.split(command)[1:] if not w.startswith("-")]
    result = _invoke([*words, "--help"], folder)
    assert result.exit_code == 0, f"{command}\n{_output(result)}"
