"""Shared test fixtures: the bundled spec (as downstream tools read it) and its indexes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.requests import RequestChecker

PROJECT = Path(__file__).resolve().parent.parent
BUNDLED_SPEC = PROJECT / "generated" / "openapi.json"


@pytest.fixture(scope="session")
def bundled() -> dict[str, Any]:
    """generated/openapi.json, the single-file spec (make check keeps it equal to spec/)."""
    document: dict[str, Any] = json.loads(BUNDLED_SPEC.read_text(encoding="utf-8"))
    return document


@pytest.fixture(scope="session")
def checker(bundled: dict[str, Any]) -> RequestChecker:
    return RequestChecker(bundled)
