"""Type-checking tests of the SDK's typed stubs (`resources/*.pyi`, `params/*.py`).

Every file in `cases/` mixes correct SDK usages with wrong ones; each wrong line carries a
trailing `# E: <reason>` comment. mypy runs once over all case files (strict mode, no project
configuration) and, per case file, the lines it flags must be exactly the marked lines: every
wrong usage is rejected and every correct usage is accepted. Only mypy is needed; pyright is not
used.

mypy keeps its incremental cache in the project's ignored `.mypy_cache/typing-stubs` (its own
folder: `make typecheck` runs beside the tests with its own caches). What comes from that cache
is only what mypy itself finds fresh by content: the SDK, its dependencies and the standard
library, rechecked whenever their source changes. The case files are never taken from it: mypy
2.x replays the errors of a fresh module from its cache, so each run checks copies of the case
files that end in a comment naming the run, and mypy analyses every one of them from source.

A marker goes on the line mypy reports: the first line of the call for a call to an
overloaded method (`create`, `run`, `validate` of a multi-shape operation), the line of the
argument or dict item for a plain signature or a TypedDict literal.
"""

from __future__ import annotations

import ast
import io
import re
import shutil
import subprocess
import sys
import time
import tokenize
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent.parent
CASES = HERE / "cases"
CASE_FILES = sorted(CASES.glob("case_*.py"))
MYPY_CACHE = PROJECT / ".mypy_cache" / "typing-stubs"

MYPY_FLAGS = (
    "--strict",
    "--show-error-codes",
    "--no-error-summary",
    "--hide-error-context",
)
# Generous: the run takes a few seconds; a much slower run means the stubs got too heavy.
MYPY_TIME_BUDGET_SECONDS = 120.0

MIN_WRONG_LINES = 60
MIN_CORRECT_STATEMENTS = 60
MIN_GROUPS = 10

MARKER = re.compile(r"#\s*E:\s*(?P<reason>\S.*)$")
MYPY_LINE = re.compile(r"^(?P<path>.+?):(?P<line>\d+): (?P<severity>error|note): (?P<message>.*)$")


@dataclass(frozen=True)
class MypyError:
    path: Path
    line: int
    message: str


@dataclass(repr=False)
class MypyRun:
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    errors: list[MypyError] = field(default_factory=list)

    def __repr__(self) -> str:
        return f"<mypy exit {self.returncode}, {len(self.errors)} errors, {self.seconds:.1f} s>"

    def lines_flagged(self, path: Path) -> dict[int, list[str]]:
        flagged: dict[int, list[str]] = defaultdict(list)
        for error in self.errors:
            if error.path == path:
                flagged[error.line].append(error.message)
        return dict(flagged)


def _group(path: Path) -> str:
    return path.stem.removeprefix("case_")


def _markers(path: Path) -> dict[int, str]:
    """Line number -> reason of every `# E:` comment (real comments only, not string text)."""
    source = path.read_text(encoding="utf-8")
    markers: dict[int, str] = {}
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT:
            match = MARKER.match(token.string)
            if match:
                markers[token.start[0]] = match["reason"].strip()
    return markers


def _correct_statements(path: Path, markers: dict[int, str]) -> int:
    """Simple statements inside functions that span no marked line: the correct usages."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    simple = (ast.Expr, ast.Assign, ast.AnnAssign, ast.AugAssign)
    count = 0
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for node in ast.walk(function):
            if not isinstance(node, simple) or node.end_lineno is None:
                continue
            if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
                continue  # docstring or bare constant
            if not any(line in markers for line in range(node.lineno, node.end_lineno + 1)):
                count += 1
    return count


def _parse_mypy_output(stdout: str, copies: Path) -> list[MypyError]:
    """mypy's errors; an error in the copy of a case file is reported against the case file."""
    errors: list[MypyError] = []
    for raw in stdout.splitlines():
        match = MYPY_LINE.match(raw)
        if match and match["severity"] == "error":
            path = (PROJECT / match["path"]).resolve()
            if path.parent == copies:
                path = CASES / path.name
            errors.append(MypyError(path, int(match["line"]), match["message"]))
    return errors


def _fresh_copies(directory: Path) -> list[Path]:
    """Each case file, unchanged but for a last comment line naming this run: its content (so
    its cache key) is new, so mypy analyses it instead of replaying the errors it cached for it.
    The lines above keep their numbers."""
    directory.mkdir()
    run = f"# mypy run {uuid.uuid4().hex}: a fresh module, never read from the cache\n"
    copies = []
    for case in CASE_FILES:
        source = case.read_text(encoding="utf-8")
        copy = directory / case.name
        copy.write_text(source + ("" if source.endswith("\n") else "\n") + run, encoding="utf-8")
        copies.append(copy)
    return copies


def _run(command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, cwd=PROJECT, capture_output=True, text=True, check=False, timeout=600
    )


@pytest.fixture(scope="module")
def mypy_run(tmp_path_factory: pytest.TempPathFactory) -> MypyRun:
    """mypy over every case file, once for the module."""
    assert CASE_FILES, f"no case files in {CASES}"
    # An empty configuration: the project's [tool.mypy] (files, exclude) must not apply here.
    workdir = tmp_path_factory.mktemp("mypy")
    config = workdir / "mypy.ini"
    config.write_text("[mypy]\n", encoding="utf-8")
    copies = _fresh_copies(workdir / "cases")
    command = [
        sys.executable,
        "-m",
        "mypy",
        *MYPY_FLAGS,
        f"--config-file={config}",
        f"--cache-dir={MYPY_CACHE}",
        *(str(path) for path in copies),
    ]
    started = time.monotonic()
    completed = _run(command)
    if completed.returncode not in (0, 1) and MYPY_CACHE.exists():
        # mypy crashes on a damaged cache file (it trusts what it wrote); the verdict must not
        # depend on the cache, so a crash is retried once on an empty one (a crash that is not
        # the cache's happens again and is reported).
        shutil.rmtree(MYPY_CACHE)
        completed = _run(command)
    seconds = time.monotonic() - started
    return MypyRun(
        returncode=completed.returncode,
        stdout=completed.stdout,
        stderr=completed.stderr,
        seconds=seconds,
        errors=_parse_mypy_output(completed.stdout, copies[0].parent.resolve()),
    )


def test_mypy_ran(mypy_run: MypyRun) -> None:
    """mypy finished normally (0 = no errors, 1 = errors found; 2 = crash or blocking error)."""
    assert mypy_run.returncode in (0, 1), (
        f"mypy exited with {mypy_run.returncode}\n{mypy_run.stdout}\n{mypy_run.stderr}"
    )
    assert mypy_run.seconds < MYPY_TIME_BUDGET_SECONDS, (
        f"mypy took {mypy_run.seconds:.1f} s over {len(CASE_FILES)} case files"
    )


def test_no_errors_outside_cases(mypy_run: MypyRun) -> None:
    """Errors may only point into the case files, never into the SDK or its stubs."""
    case_paths = set(CASE_FILES)
    stray = [error for error in mypy_run.errors if error.path not in case_paths]
    assert not stray, "\n".join(f"{e.path}:{e.line}: {e.message}" for e in stray)


@pytest.mark.parametrize("case", CASE_FILES, ids=_group)
def test_case_file(mypy_run: MypyRun, case: Path) -> None:
    """The lines mypy flags are exactly the lines marked `# E:`."""
    source = case.read_text(encoding="utf-8").splitlines()
    markers = _markers(case)
    flagged = mypy_run.lines_flagged(case)
    assert markers, f"{case.name} has no `# E:` line"

    problems: list[str] = []
    for line in sorted(set(markers) - set(flagged)):
        problems.append(
            f"line {line}: marked wrong ({markers[line]}) but mypy accepts it\n"
            f"    {source[line - 1].strip()}"
        )
    for line in sorted(set(flagged) - set(markers)):
        messages = "\n".join(f"    mypy: {message}" for message in flagged[line])
        problems.append(
            f"line {line}: mypy rejects a line not marked `# E:`\n"
            f"    {source[line - 1].strip()}\n{messages}"
        )
    assert not problems, f"{case.name}:\n" + "\n".join(problems)


def test_totals(mypy_run: MypyRun) -> None:
    """Enough wrong usages are caught, across enough API groups, next to enough correct ones."""
    caught: dict[str, int] = {}
    correct = 0
    for case in CASE_FILES:
        markers = _markers(case)
        flagged = mypy_run.lines_flagged(case)
        hits = sum(1 for line in markers if line in flagged)
        if hits:
            caught[_group(case)] = hits
        correct += _correct_statements(case, markers)
    total = sum(caught.values())
    assert total >= MIN_WRONG_LINES, f"only {total} wrong lines flagged: {caught}"
    assert len(caught) >= MIN_GROUPS, f"wrong lines flagged in only {len(caught)} groups: {caught}"
    assert correct >= MIN_CORRECT_STATEMENTS, f"only {correct} correct statements"
