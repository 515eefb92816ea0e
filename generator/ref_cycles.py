"""`$ref` cycles that never reach a definition.

A schema may refer to itself through `properties`, `items` and the like: each step goes one level
down into the instance, so validation and code generation end (a tree of nodes is fine). A chain
of refs that comes back to where it started without going down (`A: {$ref: B}`, `B: {allOf:
[{$ref: A}]}`) defines nothing: every tool following it loops forever. Those are refused.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from .diagnostics import join_pointer, split_pointer
from .openapi import refs_in

#: Keywords whose subschemas apply to the same instance (no step down into it).
IN_PLACE_LISTS = ("allOf", "anyOf", "oneOf")
IN_PLACE_SINGLE = ("not", "if", "then", "else")
IN_PLACE_MAPS = ("dependentSchemas",)


def _node(document: Any, pointer: str) -> Any:
    node = document
    for token in split_pointer(pointer):
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return None
    return node


def _in_place_refs(document: Any, pointer: str) -> list[tuple[str, str]]:
    """(where the `$ref` is written, the pointer it names) for refs applied in place."""
    found: list[tuple[str, str]] = []
    stack = [(_node(document, pointer), pointer)]
    while stack:
        node, at = stack.pop()
        if not isinstance(node, dict):
            continue
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/"):
            found.append((join_pointer(at, "$ref"), ref[1:]))
        for key in IN_PLACE_LISTS:
            subs = node.get(key)
            if isinstance(subs, list):
                stack.extend((sub, join_pointer(at, key, i)) for i, sub in enumerate(subs))
        for key in IN_PLACE_SINGLE:
            if key in node:
                stack.append((node[key], join_pointer(at, key)))
        for key in IN_PLACE_MAPS:
            subs = node.get(key)
            if isinstance(subs, dict):
                stack.extend((sub, join_pointer(at, key, name)) for name, sub in subs.items())
    return sorted(found)


def _ref_targets(refs: Iterable[str]) -> list[str]:
    return sorted(ref[1:] for ref in refs if ref.startswith("#/"))


def _short(pointer: str) -> str:
    return pointer.removeprefix("/components/")


def ref_cycles(
    document: dict[str, Any], refs: Iterable[str] | None = None
) -> Iterator[tuple[str, str]]:
    """(pointer of the `$ref` that closes a cycle, message) for each cycle, deterministically;
    `refs`, every `$ref` value in the document when the caller knows them (else looked for)."""
    edges: dict[str, list[tuple[str, str]]] = {}
    done: set[str] = set()
    for start in _ref_targets(refs_in(document) if refs is None else refs):
        if start in done:
            continue
        # Iterative depth-first search; `path` holds the targets being explored.
        path: list[str] = [start]
        on_path = {start}
        cursors = [0]
        while path:
            current = path[-1]
            out = edges.setdefault(current, _in_place_refs(document, current))
            if cursors[-1] == len(out):
                done.add(current)
                on_path.discard(current)
                path.pop()
                cursors.pop()
                continue
            site, target = out[cursors[-1]]
            cursors[-1] += 1
            if target in on_path:
                loop = [*path[path.index(target) :], target]
                chain = " -> ".join(_short(p) for p in loop)
                yield site, f"$ref cycle {chain}: the refs go round without defining anything"
            elif target not in done:
                path.append(target)
                on_path.add(target)
                cursors.append(0)
