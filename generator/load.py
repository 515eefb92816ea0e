"""Load YAML spec files keeping the source line of every node.

The file is composed once into PyYAML's node graph; the safe constructor turns it into data (so
anchors, aliases and merge keys behave as in any YAML tool) and a walk over the same nodes records
the line of each JSON pointer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .diagnostics import Diagnostic, Origin, SpecError, join_pointer

# libyaml's parser when PyYAML was built with it (it is ten times faster), else pure Python.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


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


def _record_lines(node: yaml.Node, pointer: str, lines: dict[str, int], depth: int = 0) -> None:
    lines.setdefault(pointer, node.start_mark.line + 1)
    if depth > 200:  # recursive aliases cannot occur in JSON-compatible data; stay safe anyway
        return
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.value != "<<":
                child = join_pointer(pointer, key_node.value)
                lines.setdefault(child, key_node.start_mark.line + 1)
                _record_lines(value_node, child, lines, depth + 1)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _record_lines(item, join_pointer(pointer, index), lines, depth + 1)


def load_file(path: Path, display: str) -> SourceFile:
    """Parse one YAML (or JSON) file; syntax errors become diagnostics with the YAML position."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError([Diagnostic(Origin(display, 1, ""), "file", str(exc))]) from exc
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        message = f"{exc.problem or 'invalid YAML'}" + (f" ({exc.context})" if exc.context else "")
        raise SpecError([Diagnostic(Origin(display, line, ""), "yaml-syntax", message)]) from exc
    finally:
        loader.dispose()
    source = SourceFile(path=path, display=display, data=data)
    if node is not None:
        _record_lines(node, "", source.lines)
    return source
