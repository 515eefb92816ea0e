"""Load YAML spec files keeping the source line of every node.

The file is composed once into PyYAML's node graph, checked (yaml_guard: nothing JSON cannot
hold, no duplicate key, no alias bomb), then the safe constructor turns it into data (so anchors,
aliases and merge keys behave as in any YAML tool) and a walk over the same nodes records the line
of each JSON pointer.
"""

from __future__ import annotations

import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from . import cache
from .diagnostics import Diagnostic, Origin, SpecError, join_pointer
from .yaml_guard import check_graph

# libyaml's parser when PyYAML was built with it (it is ten times faster), else pure Python.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_LOADER_VERSION = f"PyYAML {yaml.__version__} {_Loader.__name__}"


@dataclass
class SourceFile:
    """One parsed spec file: its data and the line (1-based) of each JSON pointer in it."""

    path: Path
    display: str
    data: Any
    lines: dict[str, int] = field(default_factory=dict)

    def origin(self, pointer: str) -> Origin:
        """The position of `pointer`, or of its nearest ancestor that has one."""
        probe = pointer
        while probe and probe not in self.lines:
            probe = probe.rsplit("/", 1)[0]
        return Origin(self.display, self.lines.get(probe, 1), pointer)


#: Largest spec file read (the largest real one is about 100 KB); protects the parser's memory.
MAX_FILE_BYTES = 8 * 1024 * 1024


def _record_lines(node: yaml.Node, pointer: str, lines: dict[str, int]) -> None:
    # The graph has been checked (no recursive alias, bounded depth and size): plain recursion.
    lines.setdefault(pointer, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.value != "<<":
                child = join_pointer(pointer, key_node.value)
                lines.setdefault(child, key_node.start_mark.line + 1)
                _record_lines(value_node, child, lines)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _record_lines(item, join_pointer(pointer, index), lines)


def _problem(display: str, line: int, rule: str, message: str) -> SpecError:
    return SpecError([Diagnostic(Origin(display, line, ""), rule, message)])


def read_text(path: Path, display: str) -> str:
    """A spec file's text: a regular file of bounded size, strictly UTF-8 (a BOM is dropped)."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise _problem(display, 1, "file", "not a regular file")
        if info.st_size > MAX_FILE_BYTES:
            raise _problem(display, 1, "file", f"larger than {MAX_FILE_BYTES} bytes")
        raw = path.read_bytes()
    except OSError as exc:
        raise _problem(display, 1, "file", exc.strerror or str(exc)) from exc
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        byte = raw[exc.start : exc.start + 1].hex()
        message = f"not UTF-8: byte 0x{byte} at column {column}"
        raise _problem(display, line, "file-encoding", message) from exc


def _yaml_problem(exc: yaml.YAMLError, text: str, display: str) -> SpecError:
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        message = f"{exc.problem or 'invalid YAML'}" + (f" ({exc.context})" if exc.context else "")
    elif isinstance(exc, yaml.reader.ReaderError):  # a character YAML does not allow
        line = text.count("\n", 0, max(exc.position, 0)) + 1
        code = exc.character if isinstance(exc.character, int) else ord(exc.character)
        message = f"character U+{code:04X} is not allowed in YAML ({exc.reason})"
    else:
        line, message = 1, str(exc)
    return _problem(display, line, "yaml-syntax", message)


def load_file(path: Path, display: str) -> SourceFile:
    """Parse one YAML (or JSON) file; every problem becomes a diagnostic with its position.

    A file that parsed cleanly is remembered by its text (generator/cache.py): the next run
    reads its data and lines back instead of parsing it again.
    """
    text = read_text(path, display)
    key = cache.digest(text, _LOADER_VERSION, cache.code_fingerprint())
    found = cache.load("yaml", key)
    if isinstance(found, tuple) and len(found) == 2:
        data, lines = found
        return SourceFile(path=path, display=display, data=data, lines=lines)
    source = _parse(path, display, text)
    cache.store("yaml", key, (source.data, source.lines))
    return source


def _parse(path: Path, display: str, text: str) -> SourceFile:
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        problems = check_graph(node, display, loader.construct_object) if node is not None else []
        if problems:
            raise SpecError(problems)
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        raise _yaml_problem(exc, text, display) from exc
    finally:
        loader.dispose()
    source = SourceFile(path=path, display=display, data=data)
    if node is not None:
        _record_lines(node, "", source.lines)
    return source
