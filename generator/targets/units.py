"""Rendering units remembered by exactly what they read, so a regeneration after an edit renders
only the units the edit reached.

A unit is a pure function of the inputs its caller names (an IR slice, document parts); its
result is kept in a per-target Memo (generator/cache.py) whose entry key already holds the
generator's code and every template, so an edit to either is a miss for every unit. The inputs
are keyed by their canonical JSON text, dict key order included (it decides output order):
deterministic, unlike a repr. An input that has no JSON form is not keyed at all: the unit is
simply rendered.
"""

from __future__ import annotations

import dataclasses
import json
import threading
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any, TypeVar

from .. import cache as content_cache
from ..fragments import Fragments, fragments
from ..ir import Api, Namespace, Operation
from ..openapi import refs_in
from .render import PROJECT

T = TypeVar("T")
TEMPLATES = PROJECT / "templates"


@cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(kind))


def _dataclass_form(value: object) -> list[Any]:
    """An IR object as JSON: its class name, then its fields in declaration order (or, for an
    object whose digest is known, its digest: a namespace repeats its operations)."""
    kind = type(value)
    known = _ir_digests.get(id(value))
    if known is not None and known[0] is value:
        return [f"{kind.__qualname__}#", known[1]]
    if dataclasses.is_dataclass(kind):
        return [kind.__qualname__, *(getattr(value, name) for name in _field_names(kind))]
    raise TypeError(f"no canonical form for {kind.__name__}")


_ir_lock = threading.Lock()
#: Digests of IR objects (operations, namespaces) by identity, for the run's one Api: six
#: targets key units on the same objects. The object is kept with it, so its id stays its own.
_ir_digests: dict[int, tuple[object, str]] = {}


def ir_digest(value: Namespace | Operation) -> str:
    """The digest of an IR object's canonical text, computed once per object."""
    with _ir_lock:
        known = _ir_digests.get(id(value))
        if known is not None and known[0] is value:
            return known[1]
    computed = content_cache.digest(canonical(value))
    with _ir_lock:
        if len(_ir_digests) > 100_000:  # a long-lived process (tests) renders many Apis
            _ir_digests.clear()
        _ir_digests[id(value)] = (value, computed)
    return computed


def canonical(value: object) -> str:
    """The canonical text of `value` (IR objects, JSON documents); TypeError when it has none.

    The bundled document's keys are all strings (generator/bundle.py makes them so), so JSON
    writing a key 1 as "1" cannot make two inputs look alike."""
    return json.dumps(
        value,
        default=_dataclass_form,
        ensure_ascii=False,
        separators=(",", ":"),
        allow_nan=True,
        check_circular=True,
        skipkeys=False,
    )


@cache
def templates_fingerprint() -> str:
    """Every file under templates/ (static runtimes included): any edit is a miss for every unit."""
    return content_cache.files_digest((p for p in TEMPLATES.rglob("*") if p.is_file()), TEMPLATES)


class DocumentParts:
    """The bundled document keyed in two parts, as validation keys it (generator/fragments.py):
    each path item by its digest, and the rest (components, info, servers, tags...) by one."""

    def __init__(
        self,
        document: dict[str, Any],
        parts: Fragments | None = None,
        cross_refs: bool | None = None,
    ) -> None:
        """`parts` and `cross_refs`, when known (validation computed the one, the bundler
        refuses the other), are taken as given; otherwise they are worked out."""
        parts = parts or fragments(document)
        self.items = parts.items
        self.rest = parts.shared
        # A $ref into the paths section would let one path item read another: then every
        # unit is keyed on every path item.
        if cross_refs is None:
            paths = document.get("paths")
            cross_refs = any(ref.startswith("#/paths") for ref in refs_in(paths))
        self.cross_refs = cross_refs

    def of(self, operations: Iterable[Operation]) -> list[str]:
        """What units about `operations` read of the document: their path items and the rest."""
        if self.cross_refs:
            return [self.rest, *self.items.values()]
        paths = dict.fromkeys(op.path for op in operations)
        return [self.rest, *(f"{p}\0{self.items.get(p, '')}" for p in paths)]


_parts_lock = threading.Lock()
_parts: tuple[dict[str, Any], DocumentParts] | None = None


def document_parts(document: dict[str, Any]) -> DocumentParts:
    """The parts of `document`, computed once for all targets (they render in threads)."""
    global _parts
    with _parts_lock:
        if _parts is None or _parts[0] is not document:
            _parts = (document, DocumentParts(document))
        return _parts[1]


def known_parts(document: dict[str, Any], parts: DocumentParts) -> None:
    """What `document_parts(document)` answers from now on (the pipeline, before rendering)."""
    global _parts
    with _parts_lock:
        _parts = (document, parts)


def api_digests(api: Api) -> None:
    """Digest every operation, then every namespace (which then refers to its operations by
    their digests): once per run, before the targets key their units."""
    for op in api.operations:
        ir_digest(op)
    for namespace in api.namespaces:
        for task in namespace.tasks:
            ir_digest(task.create)
            ir_digest(task.status)
        ir_digest(namespace)


def namespace_inputs(
    document: dict[str, Any], namespace: Namespace, *related: Operation
) -> list[Any]:
    """The usual inputs of a per-namespace unit: the namespace's IR, the operations of other
    namespaces it reads (`related`), and their path items plus the document's other parts."""
    operations = [*namespace.operations, *related]
    return [
        ir_digest(namespace),
        [ir_digest(op) for op in related],
        document_parts(document).of(operations),
    ]


class Units:
    """The remembered units of one target."""

    def __init__(self, target: str) -> None:
        self._memo = content_cache.Memo(
            f"units-{target}",
            content_cache.digest(content_cache.code_fingerprint(), templates_fingerprint()),
        )

    def get(self, name: str, inputs: object, compute: Callable[..., T], *args: Any) -> T:
        """`compute(*args)`, or what it returned before for the same `name` and `inputs` (which
        must name everything `compute` reads of `args`)."""
        try:
            key = content_cache.digest(name, canonical(inputs))
        except (TypeError, ValueError):
            return compute(*args)
        found = self._memo.get(key)
        if found is not None:
            value: T = found
            return value
        value = compute(*args)
        self._memo.put(key, value)
        return value

    def save(self) -> None:
        self._memo.save()
