"""Media kinds and the model catalogue: what each API group and model makes, from the spec.

The spec's root `x-tagGroups` (the convention Redocly and other OpenAPI tools read) groups the
tags by media kind. A namespace belongs to every kind that lists one of its tags, the first one
being its main kind. An operation of a namespace with several kinds belongs to the kind its
resource name ends in (`text_to_image` is image, `image_to_video` is video); otherwise to the
namespace's main kind. Models are the `model` values the request bodies name.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any

from .ir import Kind, Model, Namespace, Operation

__all__ = ["TAG_GROUPS", "kind_id", "kinds_of_tags", "media_kind", "model_catalogue", "tag_groups"]

TAG_GROUPS = "x-tagGroups"


def kind_id(name: str) -> str:
    """ "Music and audio" -> "music": the first word, lower case."""
    return name.split()[0].lower()


def tag_groups(document: dict[str, Any]) -> list[tuple[str, list[str]]]:
    """(name, tags) of every x-tagGroups entry, in spec order."""
    found = []
    for entry in document.get(TAG_GROUPS) or []:
        if isinstance(entry, dict) and isinstance(entry.get("name"), str):
            found.append((entry["name"], [str(t) for t in entry.get("tags") or []]))
    return found


def kinds_of_tags(document: dict[str, Any], tags: Iterable[str]) -> tuple[str, ...]:
    """Kind ids whose group lists one of `tags`, in x-tagGroups order."""
    wanted = set(tags)
    return tuple(kind_id(name) for name, listed in tag_groups(document) if wanted & set(listed))


def media_kind(operation: Operation, kinds: tuple[str, ...]) -> str:
    """The kind of one operation of a namespace of `kinds` (see the module docstring)."""
    if len(kinds) > 1:
        words = [w for part in operation.resource_path for w in part.split("_")]
        for word in reversed(words):
            if word in kinds:
                return word
    return kinds[0] if kinds else ""


def with_kinds(
    document: dict[str, Any], operations: tuple[Operation, ...]
) -> tuple[tuple[Operation, ...], dict[str, tuple[str, ...]]]:
    """Operations with their media kind set, and each namespace's kinds."""
    tags: dict[str, set[str]] = {}
    for op in operations:
        tags.setdefault(op.namespace, set()).add(op.tag)
    namespace_kinds = {ns: kinds_of_tags(document, found) for ns, found in tags.items()}
    updated = tuple(
        dataclasses.replace(op, media_kind=media_kind(op, namespace_kinds[op.namespace]))
        for op in operations
    )
    return updated, namespace_kinds


def kind_list(document: dict[str, Any], namespaces: tuple[Namespace, ...]) -> tuple[Kind, ...]:
    kinds = []
    for name, _tags in tag_groups(document):
        ident = kind_id(name)
        members = tuple(
            ns.name for ns in namespaces if any(op.media_kind == ident for op in ns.operations)
        )
        kinds.append(Kind(id=ident, name=name, namespaces=members))
    return tuple(kinds)


def _one_line(text: str) -> str:
    flat = " ".join(text.split())
    return flat[:-1] if flat.endswith(".") and not flat.endswith("..") else flat


def model_catalogue(
    operations: tuple[Operation, ...], kinds: tuple[Kind, ...], namespaces: dict[str, str]
) -> tuple[Model, ...]:
    """Every model id of a request body: its kind, operations and a one-line description.

    The description is the model's own request shape's description when its one operation has
    a shape per model, else that operation's summary; a model of several operations is
    described by its group (`namespaces`: namespace -> description).
    """
    found: dict[str, dict[str, Any]] = {}
    for op in operations:
        if op.body is None or op.kind == "task_status":
            continue
        shapes = op.body.variants
        for variant in shapes:
            for model in variant.models:
                entry = found.setdefault(
                    model, {"kind": op.media_kind, "operations": [], "description": ""}
                )
                if op.operation_id not in entry["operations"]:
                    entry["operations"].append(op.operation_id)
                own = len(shapes) > 1 and len(variant.models) == 1 and variant.description
                if not entry["description"]:
                    entry["description"] = _one_line(own or op.summary)
                if len(entry["operations"]) == 2:
                    first = entry["operations"][0].split(".")[0]
                    entry["description"] = _one_line(namespaces.get(first) or op.summary)
    order = {kind.id: index for index, kind in enumerate(kinds)}
    return tuple(
        Model(
            id=model,
            kind=entry["kind"],
            operation_ids=tuple(entry["operations"]),
            description=entry["description"],
        )
        for model, entry in sorted(found.items(), key=lambda i: (order.get(i[1]["kind"], 99), i[0]))
    )
