"""Make the hand-written runtime importable as the `runapi` package it ships as.

templates/python/static/ is copied verbatim into the generated package, and its modules import
each other relatively, so the tests import it as `runapi`. When a real `runapi` package is
importable (the generated one, installed), the tests run against that instead, unless the
environment sets RUNAPI_TEST_STATIC=1: then the copy of templates/python/static/ always wins (it
goes first on sys.path), so edits to the runtime can be tested before the package is regenerated.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

STATIC = Path(__file__).resolve().parents[2] / "templates" / "python" / "static"
FORCE_STATIC_ENV = "RUNAPI_TEST_STATIC"

_temp_root: Path | None = None


def pytest_configure(config: pytest.Config) -> None:
    # Runs when this conftest is loaded, before the test modules here are imported.
    global _temp_root
    if _temp_root is not None:
        return
    force_static = os.environ.get(FORCE_STATIC_ENV, "") not in ("", "0")
    if not force_static and importlib.util.find_spec("runapi") is not None:
        return
    _temp_root = Path(tempfile.mkdtemp(prefix="runapi-runtime-"))
    package = _temp_root / "runapi"
    package.mkdir()
    for source in STATIC.glob("*.py"):
        shutil.copy2(source, package / source.name)
    if not (package / "__init__.py").exists():
        (package / "__init__.py").write_text('"""Test copy of the runtime."""\n')
    (package / "_version.py").write_text('__version__ = "0.0.0-test"\n')
    sys.path.insert(0, str(_temp_root))


def pytest_unconfigure(config: pytest.Config) -> None:
    global _temp_root
    if _temp_root is None:
        return
    sys.path.remove(str(_temp_root))
    shutil.rmtree(_temp_root, ignore_errors=True)
    _temp_root = None
