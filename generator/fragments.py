"""A bundled document as its path items plus the shared rest, for checks remembered per group.

An edit to one group file changes only that group's path items. A check whose findings on a
path item depend on nothing but the item and the shared part (root fields, components, tags)
need not look at the other items again: it runs on a reduced document (the shared part and the
changed items, same JSON pointers) and the unchanged items' verdicts are recalled. What one item
could change in another's verdict (an operationId used twice, two paths a URL could both match)
is looked for first, over the whole document; when found, the caller checks everything.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from . import cache
from .diagnostics import join_pointer
from .openapi import HTTP_METHODS, refs_in


@dataclass(frozen=True)
class Fragments:
    """The digest of the shared part and of each path item (by path), of one document."""

    shared: str
    items: dict[str, str]

    @property
    def whole(self) -> str:
        """The whole document's digest (its content and key order)."""
        return cache.digest(self.shared, *(f"{path}\n{key}" for path, key in self.items.items()))


def fragments(document: dict[str, Any]) -> Fragments:
    paths = document.get("paths")
    items = paths if isinstance(paths, dict) else {}
    rest = {key: (None if key == "paths" else value) for key, value in document.items()}
    return Fragments(
        shared=cache.digest(json.dumps(rest, ensure_ascii=False)),
        items={
            path: cache.digest(path, json.dumps(item, ensure_ascii=False))
            for path, item in items.items()
        },
    )


def reduced(
    document: dict[str, Any], paths: set[str], *, reachable_only: bool = False
) -> dict[str, Any]:
    """`document` with only the path items of `paths` (in their order; nothing is copied).

    `reachable_only` also leaves out the components nothing kept refers to (security schemes,
    named rather than referenced, all stay): a linter then reads only what the items use.
    """
    kept = {path: item for path, item in document["paths"].items() if path in paths}
    out = {key: (kept if key == "paths" else value) for key, value in document.items()}
    components = document.get("components")
    if reachable_only and isinstance(components, dict):
        used = _reachable(out, components)
        out["components"] = {
            section: (
                entries
                if section == "securitySchemes" or not isinstance(entries, dict)
                else {name: value for name, value in entries.items() if (section, name) in used}
            )
            for section, entries in components.items()
        }
    return out


def _refs(node: Any) -> set[tuple[str, str]]:
    """(section, name) of each component `node` refers to, at any depth (components aside)."""
    parts = (ref.split("/") for ref in refs_in(node) if ref.startswith("#/components/"))
    return {(part[2], part[3]) for part in parts if len(part) >= 4}


def _reachable(document: dict[str, Any], components: dict[str, Any]) -> set[tuple[str, str]]:
    """The components the document outside its components section reaches, transitively."""
    todo = list(_refs({k: v for k, v in document.items() if k != "components"}))
    used: set[tuple[str, str]] = set()
    while todo:
        section, name = todo.pop()
        entries = components.get(section)
        if (section, name) in used or not isinstance(entries, dict) or name not in entries:
            continue
        used.add((section, name))
        todo.extend(_refs(entries[name]))
    return used


def item_of(pointer: str, paths: dict[str, str]) -> str | None:
    """The path whose item holds `pointer` (`paths`: pointer of each item -> path), if any."""
    if not pointer.startswith("/paths/"):
        return None
    head = "/".join(pointer.split("/", 3)[:3])
    return paths.get(head)


def item_pointers(paths: list[str]) -> dict[str, str]:
    return {join_pointer("/paths", path): path for path in paths}


def _segments(path: str) -> list[str | None]:
    """A path's segments, None for a templated one (it matches any value)."""
    return [None if "{" in part else part for part in path.split("/")]


def _may_match_alike(one: str, other: str) -> bool:
    """Whether one URL could match both path templates (identical or ambiguous paths)."""
    a, b = _segments(one), _segments(other)
    if len(a) != len(b):
        return False
    return all(x is None or y is None or x == y for x, y in zip(a, b, strict=True))


def _operation_ids(item: Any) -> set[str]:
    if not isinstance(item, dict):
        return set()
    return {
        str(operation["operationId"])
        for method, operation in item.items()
        if method in HTTP_METHODS and isinstance(operation, dict) and "operationId" in operation
    }


def interacts(document: dict[str, Any], changed: set[str]) -> bool:
    """Whether a changed path item may change a verdict on another one: a path a URL could
    match alike, or an operationId in common (the checks of such a pair need the whole)."""
    paths: dict[str, Any] = document.get("paths") or {}
    others = [path for path in paths if path not in changed]
    ids: set[str] = set()
    for path in others:
        ids |= _operation_ids(paths[path])
    for path in changed:
        if _operation_ids(paths[path]) & ids:
            return True
        if any(_may_match_alike(path, other) for other in others):
            return True
    return False
