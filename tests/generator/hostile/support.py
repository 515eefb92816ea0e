"""A temporary spec copy with a previous output tree, and what the generator said about it.

Every case works on a copy of the minimal spec (tests/generator/minimal_spec.py) under the test's
temporary folder, never on spec/. The output folder starts with a known tree; a rejected spec must
leave it byte for byte (and mode for mode) as it was.
"""

from __future__ import annotations

import contextlib
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from tests.local_server import serving

from ..in_process import run_main
from ..minimal_spec import write_spec

ERROR = re.compile(
    r"^error: (?P<file>.+?):(?P<line>\d+): (?P<pointer>\S*): \[(?P<rule>[^\]]+)\] (?P<message>.*)$"
)


@dataclass(frozen=True)
class Found:
    """One `file:line: /pointer: [rule] message` line of the generator's output."""

    file: str
    line: int
    pointer: str
    rule: str
    message: str

    @property
    def shape(self) -> tuple[str, int, str, str]:
        return (self.file, self.line, self.pointer, self.rule)


@dataclass
class Outcome:
    code: int
    stdout: str
    stderr: str

    @property
    def found(self) -> list[Found]:
        matches = (ERROR.match(line) for line in self.stderr.splitlines())
        return [
            Found(m["file"], int(m["line"]), m["pointer"], m["rule"], m["message"])
            for m in matches
            if m
        ]

    @property
    def shapes(self) -> list[tuple[str, int, str, str]]:
        return [found.shape for found in self.found]


def snapshot(folder: Path) -> dict[str, tuple[int, bytes | None]]:
    """Every entry under `folder` (the folder included): its mode and, for files, its bytes."""
    entries: dict[str, tuple[int, bytes | None]] = {
        ".": (stat.S_IMODE(folder.stat().st_mode), None)
    }
    for path in sorted(folder.rglob("*")):
        content = path.read_bytes() if path.is_file() else None
        entries[str(path.relative_to(folder))] = (stat.S_IMODE(path.lstat().st_mode), content)
    return entries


def leftovers(folder: Path) -> list[str]:
    """Staging trees and previous trees of a swap, which no finished run may leave."""
    return sorted(
        p.name
        for p in folder.iterdir()
        if p.name.startswith(".generated-") or ".previous" in p.name
    )


def line_of(path: Path, needle: str, after: str | None = None) -> int:
    """The 1-based line of the first `needle` in `path` (after the first `after`, if given)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next(i for i, text in enumerate(lines) if after in text) if after else 0
    return next(i + 1 for i, text in enumerate(lines) if i >= start and needle in text)


class SpecCopy:
    """The minimal spec in `tmp/spec`, an output tree in `tmp/generated`."""

    def __init__(self, tmp: Path, root: dict[str, Any] | None = None, group: Any = None) -> None:
        self.tmp = tmp
        self.root = write_spec(tmp / "spec", root, group)
        self.group = tmp / "spec" / "paths" / "demo.yaml"
        self.out = tmp / "generated"
        (self.out / "python").mkdir(parents=True)
        (self.out / "openapi.json").write_text("previous output\n")
        (self.out / "python" / "keep.py").write_text("untouched = True\n")
        self.out.chmod(0o750)
        self.before = snapshot(self.out)

    def edit(self, path: Path, old: str, new: str) -> None:
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {path}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    def append(self, path: Path, text: str) -> None:
        with path.open("a", encoding="utf-8") as handle:
            handle.write(text)

    def run(self, command: str = "generate", *, redocly: bool = False) -> Outcome:
        """`python -m generator <command>` in this process; a traceback fails the test."""
        argv = [command, "--spec", str(self.root), "--out", str(self.out)]
        argv += [] if redocly else ["--no-redocly"]
        return Outcome(*run_main(argv))

    def rejected(self, command: str = "generate", *, redocly: bool = False) -> Outcome:
        """Run, and check the spec was refused with diagnostics and the output left alone."""
        outcome = self.run(command, redocly=redocly)
        assert outcome.code == 1, outcome.stdout + outcome.stderr
        assert outcome.found, outcome.stderr
        assert "Traceback" not in outcome.stderr, outcome.stderr
        assert snapshot(self.out) == self.before
        assert not leftovers(self.tmp)
        return outcome


class RecordingServer:
    """A local HTTP server that serves a small YAML document and counts every request."""

    BODY = b"components:\n  schemas:\n    Outside:\n      type: object\n"

    def __init__(self) -> None:
        self.hits: list[str] = []
        hits = self.hits
        body = self.BODY

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                hits.append(self.path)
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    @contextlib.contextmanager
    def running(self) -> Iterator[RecordingServer]:
        with serving(self._server):
            yield self
