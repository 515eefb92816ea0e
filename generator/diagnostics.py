"""Diagnostics: one problem found in the spec, located by file, line and JSON pointer."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Origin:
    """Where a node of the bundled document was written in the source files."""

    file: str
    line: int
    pointer: str


@dataclass(frozen=True, order=True)
class Diagnostic:
    """A single validation failure; `rule` names the check that failed."""

    origin: Origin
    rule: str
    message: str

    def format(self) -> str:
        where = f"{self.origin.file}:{self.origin.line}"
        return f"{where}: {self.origin.pointer or '/'}: [{self.rule}] {self.message}"


#: A diagnostic as remembered by a cache, without its source position: (JSON pointer, rule,
#: message). `Bundle.placed` turns it back into a diagnostic of the current sources.
Finding = tuple[str, str, str]


class SpecError(Exception):
    """Raised when the spec cannot be loaded, bundled or validated."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        self.diagnostics = sorted(set(diagnostics))
        super().__init__("\n".join(d.format() for d in self.diagnostics))


def escape_token(token: str) -> str:
    """Escape one JSON pointer reference token (RFC 6901)."""
    return token.replace("~", "~0").replace("/", "~1")


def unescape_token(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def join_pointer(pointer: str, *tokens: str | int) -> str:
    return pointer + "".join("/" + escape_token(str(t)) for t in tokens)


def split_pointer(pointer: str) -> list[str]:
    if not pointer:
        return []
    if not pointer.startswith("/"):
        raise ValueError(f"not a JSON pointer: {pointer!r}")
    return [unescape_token(t) for t in pointer[1:].split("/")]
