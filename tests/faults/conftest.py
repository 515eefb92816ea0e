"""Session-wide fixtures of the fault suites."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def config_homes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One folder for the private config homes of all the fault tests (see `isolated_env`)."""
    return tmp_path_factory.mktemp("config-homes")
