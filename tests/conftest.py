"""Shared test fixtures: the bundled spec (as downstream tools read it) and its indexes."""

from __future__ import annotations

import functools
import json
import ssl
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import settings

from generator.collector import collect_less_often
from generator.requests import RequestChecker

PROJECT = Path(__file__).resolve().parent.parent
BUNDLED_SPEC = PROJECT / "generated" / "openapi.json"

# Every property test keeps its own example count and settings; what the profile changes is
# what no test asserts: no per-example deadline (a wall-clock limit: the tests never assert on
# timing, and this machine is shared) and no example database (.hypothesis/ on disk, read and
# written around every test; a failure prints its falsifying example, and CI's fresh clone never
# had a database to replay). It is loaded before any test module builds its `settings(...)`,
# which inherit from it.
settings.register_profile("runapi", deadline=None, database=None)
settings.load_profile("runapi")


def pytest_collection_finish(session: pytest.Session) -> None:
    """The garbage collector as a generator run sets it (generator/collector.py). What
    collection built (test modules, their tables, every parametrized item) lives as long as the
    session, and with the default thresholds every full collection scans it again: 9.6 of the
    shards' CPU-seconds went to the collector, 4.8 with these settings."""
    collect_less_often()


@pytest.fixture(scope="session", autouse=True)
def one_tls_context() -> Iterator[None]:
    """Every default httpx client of the tests shares one TLS context. Building one loads
    certifi's whole CA bundle (tens of milliseconds); the tests build SDK clients by the
    thousand, and none of them ever opens a TLS connection (they reach 127.0.0.1 only)."""
    build = httpx.create_ssl_context
    shared = functools.cache(build)

    def create_ssl_context(**options: Any) -> ssl.SSLContext:
        default = options.get("verify", True) is True and options.get("cert") is None
        return shared(**options) if default else build(**options)

    with pytest.MonkeyPatch.context() as patch:
        # httpx's transports call the name they imported from httpx._config.
        patch.setattr("httpx._transports.default.create_ssl_context", create_ssl_context)
        yield


@pytest.fixture(scope="session")
def bundled() -> dict[str, Any]:
    """generated/openapi.json, the single-file spec (make check keeps it equal to spec/)."""
    document: dict[str, Any] = json.loads(BUNDLED_SPEC.read_text(encoding="utf-8"))
    return document


@pytest.fixture(scope="session")
def checker(bundled: dict[str, Any]) -> RequestChecker:
    return RequestChecker(bundled)
