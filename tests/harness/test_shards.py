"""The Makefile's pytest shards (PYTEST_SHARDS): `make test` runs every test file exactly once.

Each shard is a pytest process over the folders the Makefile lists for it; the last one takes
`tests` with the others' folders ignored. A folder listed twice would run twice, a misspelt one
would run nowhere: both are caught here, without running pytest.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
TESTS = PROJECT / "tests"


def _shards() -> dict[str, list[str]]:
    """Shard name -> its pytest arguments, as `make pytest-shards` prints them."""
    printed = subprocess.run(
        ["make", "--no-print-directory", "-s", "pytest-shards"],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    shards = {}
    for line in printed.splitlines():
        name, *arguments = line.split()
        shards[name] = arguments
    return shards


def _runs(arguments: list[str], test_file: Path) -> bool:
    """Whether pytest given these folders (and --ignore=folder options) collects the file."""
    ignore = "--ignore="
    folders = [PROJECT / a for a in arguments if not a.startswith("--")]
    ignored = [PROJECT / a.removeprefix(ignore) for a in arguments if a.startswith(ignore)]
    return any(test_file.is_relative_to(f) for f in folders) and not any(
        test_file.is_relative_to(i) for i in ignored
    )


def test_every_listed_folder_exists() -> None:
    for name, arguments in _shards().items():
        for argument in arguments:
            folder = PROJECT / argument.removeprefix("--ignore=")
            assert folder.is_dir(), f"shard {name} names {argument}, which is not a folder"


def test_every_test_file_runs_in_exactly_one_shard() -> None:
    shards = _shards()
    assert len(shards) >= 2
    test_files = sorted(TESTS.rglob("test_*.py"))
    assert len(test_files) > 50
    for test_file in test_files:
        running = [name for name, arguments in shards.items() if _runs(arguments, test_file)]
        assert len(running) == 1, f"{test_file.relative_to(PROJECT)} runs in shards {running}"


def test_a_new_folder_falls_to_the_last_shard() -> None:
    *_, last = _shards().values()
    assert _runs(last, TESTS / "brand_new_suite" / "test_anything.py")
