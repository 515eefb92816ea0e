"""`make release` checks, and `make publish` uploads, with twine run in the release's process.

A failure is a ReleaseError that carries what twine said, and running twine leaves the process's
logging as it was (`python -m twine` would have reconfigured it).
"""

from __future__ import annotations

import logging
import zipfile
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from generator import release as release_module
from generator.release import ReleaseError
from tests.local_server import serving


def _wheel_without_description(into: Path) -> Path:
    """A well-formed wheel whose metadata has no long description (`twine check --strict`
    refuses it: a warning, made an error by --strict)."""
    wheel = into / "demo-1.0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr("demo/__init__.py", "")
        archive.writestr(
            "demo-1.0.dist-info/METADATA", "Metadata-Version: 2.1\nName: demo\nVersion: 1.0\n"
        )
        archive.writestr(
            "demo-1.0.dist-info/WHEEL",
            "Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
        )
        archive.writestr("demo-1.0.dist-info/RECORD", "")
    return wheel


def _logging_setup() -> list[object]:
    loggers = [logging.getLogger(), logging.getLogger("twine")]
    return [(lg.level, list(lg.handlers), lg.propagate, lg.disabled) for lg in loggers]


def test_a_failed_twine_check_is_a_release_error_with_twines_reason(tmp_path: Path) -> None:
    wheel = _wheel_without_description(tmp_path)
    before = _logging_setup()
    with pytest.raises(ReleaseError, match="twine check failed") as failed:
        release_module._twine("check", ["--strict", str(wheel)])
    assert "long_description" in str(failed.value)
    assert _logging_setup() == before


def test_twine_check_passes_a_wheel_with_a_description(tmp_path: Path) -> None:
    wheel = tmp_path / "demo-1.0-py3-none-any.whl"
    with zipfile.ZipFile(_wheel_without_description(tmp_path)) as plain:
        files = {name: plain.read(name) for name in plain.namelist()}
    files["demo-1.0.dist-info/METADATA"] += (
        b"Description-Content-Type: text/markdown\n\n# Demo\n\nA demo package.\n"
    )
    with zipfile.ZipFile(wheel, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    release_module._twine("check", ["--strict", str(wheel)])


class _RefusingIndex(BaseHTTPRequestHandler):
    """An index on 127.0.0.1 that refuses every upload (403), and counts them."""

    uploads = 0

    def do_POST(self) -> None:
        type(self).uploads += 1
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(403, "Forbidden: uploads are closed")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def refusing_index() -> Iterator[str]:
    with serving(ThreadingHTTPServer(("127.0.0.1", 0), _RefusingIndex)) as url:
        yield f"{url}/"


def test_an_upload_the_index_refuses_is_a_release_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, refusing_index: str
) -> None:
    monkeypatch.setenv("TWINE_USERNAME", "release-test")
    monkeypatch.setenv("TWINE_PASSWORD", "not-a-secret")
    wheel = _wheel_without_description(tmp_path)
    before = _logging_setup()
    arguments = ["--non-interactive", "--disable-progress-bar", "--repository-url", refusing_index]
    with pytest.raises(ReleaseError, match="twine upload failed") as failed:
        release_module._twine("upload", [*arguments, str(wheel)])
    assert "403" in str(failed.value)
    assert "not-a-secret" not in str(failed.value)
    assert _RefusingIndex.uploads == 1
    assert _logging_setup() == before
