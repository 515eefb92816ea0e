"""Shared fixtures of the agent tests: a private HOME and config, local servers only."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.conftest import serve  # noqa: F401  (the local HTTP server fixture)

ENVIRONMENT = (
    "RUNAPI_API_KEY",
    "RUNAPI_MANAGEMENT_KEY",
    "RUNAPI_BASE_URL",
    "RUNAPI_WEBHOOK_SECRET",
)


@pytest.fixture(autouse=True)
def home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A temporary HOME (where agent runtimes read skills) and XDG_CONFIG_HOME, no RUNAPI_*."""
    for name in ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    return home
