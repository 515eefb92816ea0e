"""Checks on a composed YAML node graph, before it is turned into data.

YAML can say things JSON cannot, and a spec file is JSON written as YAML. Composing is cheap and
safe (an alias is one shared node), so the graph is inspected first: constructing data from a
hostile graph can take minutes (an alias bomb), recurse forever (a recursive alias) or silently
lose information (a duplicate key, a date where a string was meant).
"""

from __future__ import annotations

import math
import re
from typing import Any

import yaml

from .diagnostics import Diagnostic, Origin, join_pointer

#: Most nested collections in one file (the spec's own files stay under 20).
MAX_DEPTH = 64
#: Most nodes one file may expand to once every alias is followed (the largest spec file has
#: about 6,300); a YAML alias bomb expands a few lines into billions.
MAX_NODES = 250_000
#: Integers must fit in 64 bits (signed or unsigned): JSON tools and Python's int parser agree
#: on those, and anything longer is a typo or an attack on the parser.
MIN_INT, MAX_INT = -(2**63), 2**64 - 1

_TAG = "tag:yaml.org,2002:"
SCALAR_TAGS = {f"{_TAG}{name}" for name in ("str", "int", "float", "bool", "null")}
MERGE_TAG = f"{_TAG}merge"
_LONG_NUMBER = 40  # characters; longer int literals are refused before they are parsed


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _entries(node: yaml.Node, pointer: str, keys: bool = True) -> list[tuple[str, yaml.Node]]:
    """The nodes under a collection with their JSON pointers (a key stands for its entry)."""
    if isinstance(node, yaml.MappingNode):
        found = []
        for key, value in node.value:
            child = join_pointer(pointer, key.value if isinstance(key, yaml.ScalarNode) else "?")
            found += [(child, key), (child, value)] if keys else [(child, value)]
        return found
    if isinstance(node, yaml.SequenceNode):
        return [(join_pointer(pointer, i), item) for i, item in enumerate(node.value)]
    return []


def _first_pointers(root: yaml.Node) -> dict[int, str]:
    """The first JSON pointer (document order) of every distinct node."""
    found: dict[int, str] = {}
    stack: list[tuple[yaml.Node, str]] = [(root, "")]
    while stack:
        node, pointer = stack.pop()
        if id(node) not in found:
            found[id(node)] = pointer
            stack.extend((child, at) for at, child in reversed(_entries(node, pointer)))
    return found


def _kind(node: yaml.Node) -> str:
    """`timestamp` for a standard tag, the tag itself (`!foo`) otherwise."""
    return str(node.tag).removeprefix(_TAG)


def _line(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1


class _Guard:
    """One iterative pass over the distinct nodes: shapes (size, depth) and per-node checks.

    Problems are collected with their node; JSON pointers are worked out only if there are any.
    """

    def __init__(self, display: str, construct: Any) -> None:
        self.display = display
        self.construct = construct  # the loader's construct_object, for one scalar at a time
        self.nodes: dict[int, int] = {}  # expanded node count, by id(node)
        self.depth: dict[int, int] = {}
        self.problems: list[tuple[yaml.Node, str | None, str, str]] = []
        self.keys: set[int] = set()  # mapping keys are checked by their mapping

    def problem(self, node: yaml.Node, rule: str, message: str, key: str | None = None) -> None:
        self.problems.append((node, key, rule, message))

    def diagnostics(self, root: yaml.Node) -> list[Diagnostic]:
        pointers = _first_pointers(root) if self.problems else {}
        found = set()
        for node, key, rule, message in self.problems:
            pointer = pointers.get(id(node), "")
            pointer = pointer if key is None else join_pointer(pointer, key)
            found.add(Diagnostic(Origin(self.display, _line(node), pointer), rule, message))
        return sorted(found)

    def walk(self, root: yaml.Node) -> bool:
        """Measure and check every node; False on a recursive alias (nothing can be measured)."""
        on_path: set[int] = set()
        stack: list[tuple[yaml.Node, bool]] = [(root, False)]
        while stack:
            node, finished = stack.pop()
            key = id(node)
            children = _children(node)
            if finished:
                on_path.discard(key)
                self.nodes[key] = 1 + sum(self.nodes[id(child)] for child in children)
                self.depth[key] = 1 + max((self.depth[id(child)] for child in children), default=0)
            elif key in on_path:
                self.problem(node, "yaml-alias", "recursive alias: this node contains itself")
                return False
            elif key not in self.nodes:
                on_path.add(key)
                self.check(node)
                stack.append((node, True))
                stack.extend((child, False) for child in children)
        return True

    def limits(self, root: yaml.Node) -> None:
        """Depth and expanded size within bounds; the problem is placed on the deepest culprit."""
        node = root
        if self.depth[id(root)] > MAX_DEPTH:
            for _ in range(MAX_DEPTH):
                node = max(_children(node), key=lambda child: self.depth[id(child)])
            self.problem(node, "yaml-depth", f"nested deeper than {MAX_DEPTH} levels")
        elif self.nodes[id(root)] > MAX_NODES:
            while bigger := [c for c in _children(node) if self.nodes[id(c)] > MAX_NODES]:
                node = bigger[0]
            self.problem(
                node,
                "yaml-alias",
                f"expands to more than {MAX_NODES} nodes once aliases are followed "
                "(an alias bomb, or a file that should be split)",
            )

    def check(self, node: yaml.Node) -> None:
        """Duplicate keys and values JSON cannot hold."""
        if isinstance(node, yaml.MappingNode):
            self.check_mapping(node)
        elif isinstance(node, yaml.ScalarNode):
            self.check_scalar(node)
        elif node.tag != f"{_TAG}seq":
            self.problem(node, "yaml-type", f"a YAML {_kind(node)} has no JSON equivalent")

    def check_mapping(self, node: yaml.MappingNode) -> None:
        if node.tag != f"{_TAG}map":
            self.problem(node, "yaml-type", f"a YAML {_kind(node)} has no JSON equivalent")
        first_line: dict[str, int] = {}
        for key, _ in node.value:
            self.keys.add(id(key))
            if isinstance(key, yaml.ScalarNode) and key.tag == MERGE_TAG:
                continue  # `<<: *base`: later keys override merged ones on purpose
            if not isinstance(key, yaml.ScalarNode) or key.tag != f"{_TAG}str":
                shown = f"{key.value!r} " if isinstance(key, yaml.ScalarNode) else ""
                self.problem(
                    key,
                    "yaml-key",
                    f"mapping key {shown}is a YAML {_kind(key)}; JSON keys are strings: quote it",
                )
            elif key.value in first_line:
                self.problem(
                    key,
                    "yaml-duplicate-key",
                    f"key {key.value!r} is defined twice in this mapping "
                    f"(lines {first_line[key.value]} and {_line(key)}); YAML keeps only the last",
                )
            else:
                first_line[key.value] = _line(key)

    def check_scalar(self, node: yaml.ScalarNode) -> None:
        if node.tag in (f"{_TAG}str", f"{_TAG}bool", f"{_TAG}null") or id(node) in self.keys:
            return
        if node.tag not in SCALAR_TAGS:
            self.problem(
                node,
                "yaml-type",
                f"{node.value!r} is a YAML {_kind(node)}, which JSON has no type for; quote it",
            )
        elif node.tag == f"{_TAG}int":
            digits = re.sub(r"[^0-9a-fA-F]", "", node.value)
            value = None if len(digits) > _LONG_NUMBER else self.construct(node)
            if value is None or not MIN_INT <= value <= MAX_INT:
                self.problem(node, "yaml-number", "integer does not fit in 64 bits")
        elif not math.isfinite(self.construct(node)):
            self.problem(
                node, "yaml-number", f"{node.value} is not a finite number (JSON has none)"
            )


def check_graph(root: yaml.Node, display: str, construct: Any) -> list[Diagnostic]:
    """Problems that make the graph unsafe or lossy to turn into JSON-compatible data."""
    guard = _Guard(display, construct)
    if guard.walk(root) and not guard.problems:
        guard.limits(root)
    return guard.diagnostics(root)
