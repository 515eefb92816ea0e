"""Maintainer notes: kept in the spec, out of every text a user reads.

The spec's `description`, `summary` and `title` texts become SDK docstrings, CLI help and the docs
site, so they speak to users only. Why the spec reads an unclear sentence one way, where an
example came from, and how the reference and the vendor contract disagree are the maintainers'
business and live in extensions (spec/README.md, "Maintainer notes"):

- `x-runapi-reading`: the rationale of a reading, on the node it explains;
- `x-runapi-source`: where an example comes from, on the Example Object;
- `x-runapi-contract`: an operation's contract action and its recorded conflicts (conformance.py).

`python -m generator validate --notes` lists them; the lint below keeps user texts clean.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from .bundle import Bundle
from .diagnostics import Diagnostic, join_pointer
from .openapi import iter_operations, lookup, resolve

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator

    from .conformance import SpecActions

READING = "x-runapi-reading"
SOURCE = "x-runapi-source"
#: Extensions that hold maintainer text; targets drop them from anything they ship.
NOTE_EXTENSIONS = (READING, SOURCE)

USER_TEXT_KEYS = ("description", "summary", "title")

#: Phrases that mark spec-author commentary rather than API documentation.
_AUTHOR_TALK = re.compile(
    r"\bReading\s*[-\u2013\u2014:]"
    r"|\breference example\b"
    r"|\bconstructed\b"
    r"|\b[Tt]he reference(?:'s)?\s+(?:shows|lists|documents|gives|says|types|has|names|does|"
    r"states|requires|pairs|marks|example|describes|always|suggests|only|omits|calls|is)\b"
    r"|\b[Tt]he reference's\b"
    r"|\b(?:[Tt]he|vendor) contract\b"
)


def contract_schema() -> dict[str, Any]:
    """The JSON Schema of an `x-runapi-contract` record. Built when the lint runs: the contract
    modules it reads the conflict kinds from are not imported by a generating process otherwise
    (which imports this module for strip_notes)."""
    from .conformance import CONFLICT_KINDS

    return {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "action": {"type": "string", "pattern": r"^[a-z0-9-]+/[a-z0-9-]+$"},
            "conflicts": {
                "type": "array",
                "minItems": 1,
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["kind", "field", "reference", "contract"],
                    "properties": {
                        "kind": {"enum": sorted(CONFLICT_KINDS)},
                        "field": {"type": "string", "minLength": 1},
                        "model": {"type": "string"},
                        "models": {"type": "array", "items": {"type": "string"}, "minItems": 1},
                        "values": {"type": "array", "minItems": 1},
                        "reference": {"type": "string", "minLength": 1},
                        "contract": {"type": "string", "minLength": 1},
                    },
                    "not": {"required": ["model", "models"]},
                },
            },
        },
    }


@functools.cache
def _contract_meta() -> Draft202012Validator:
    """The validator of contract records (jsonschema loads when the lint runs)."""
    from jsonschema import Draft202012Validator

    return Draft202012Validator(contract_schema())


def iter_nodes(node: Any, pointer: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every mapping of the document with its pointer."""
    stack: list[tuple[str, Any]] = [(pointer, node)]
    while stack:
        at, item = stack.pop()
        # Only containers are stacked: a pointer is built for each of them, not for each value.
        if isinstance(item, dict):
            yield at, item
            for key, value in item.items():
                if isinstance(value, (dict, list)):
                    stack.append((join_pointer(at, key), value))
        elif isinstance(item, list):
            for index, value in enumerate(item):
                if isinstance(value, (dict, list)):
                    stack.append((f"{at}/{index}", value))


def iter_notes(document: dict[str, Any]) -> Iterator[tuple[str, str, str]]:
    """(pointer, extension, text) of every maintainer note, in document order."""
    found = []
    for pointer, node in iter_nodes(document):
        for extension in NOTE_EXTENSIONS:
            if isinstance(node.get(extension), str):
                found.append((join_pointer(pointer, extension), extension, node[extension]))
    yield from sorted(found)


def strip_notes(node: Any) -> Any:
    """A copy of `node` without maintainer-note extensions (for what targets ship)."""
    if isinstance(node, dict):
        return {k: strip_notes(v) for k, v in node.items() if k not in NOTE_EXTENSIONS}
    if isinstance(node, list):
        return [strip_notes(v) for v in node]
    return node


def user_texts(bundle: Bundle, subtree: Any = None, at: str = "") -> Iterator[Diagnostic]:
    """User-facing texts say nothing about how the spec was written (in `subtree`, at pointer
    `at`, when given: a finding depends on nothing but its node)."""
    for pointer, node in iter_nodes(bundle.document if subtree is None else subtree, at):
        if pointer.split("/")[-1].startswith("x-"):
            continue
        for key in USER_TEXT_KEYS:
            text = node.get(key)
            if not isinstance(text, str):
                continue
            match = _AUTHOR_TALK.search(text)
            if match:
                yield Diagnostic(
                    bundle.origin(join_pointer(pointer, key)),
                    "maintainer-note",
                    f"{key} reads as a maintainer note ({match.group(0)!r}); users see it in "
                    f"docstrings, CLI help and the docs: move the note to {READING} "
                    f"(or {SOURCE} for an example's provenance)",
                )
        for extension in NOTE_EXTENSIONS:
            if extension in node and not (
                isinstance(node[extension], str) and node[extension].strip()
            ):
                yield Diagnostic(
                    bundle.origin(join_pointer(pointer, extension)),
                    "maintainer-note",
                    f"{extension} must be a non-empty string",
                )


def contract_records(bundle: Bundle) -> Iterator[Diagnostic]:
    """`x-runapi-contract` entries are well formed and name real fields and models."""
    from .conformance import EXTENSION as CONTRACT_EXTENSION
    from .conformance import SpecActions

    spec = SpecActions.of(bundle.document)
    for op in iter_operations(bundle.document):
        record = op.operation.get(CONTRACT_EXTENSION)
        if record is None:
            continue
        where = join_pointer(op.pointer, CONTRACT_EXTENSION)
        errors = sorted(_contract_meta().iter_errors(record), key=lambda e: list(e.absolute_path))
        for error in errors:
            yield Diagnostic(
                bundle.origin(join_pointer(where, *error.absolute_path)),
                "contract-record",
                error.message,
            )
        if errors:
            continue
        models = spec.models(op.operation_id) or []
        fields = _all_fields(spec, op.operation_id, models)
        for index, entry in enumerate(record.get("conflicts") or ()):
            at = join_pointer(where, "conflicts", index)
            if entry["field"] not in fields:
                yield Diagnostic(
                    bundle.origin(at),
                    "contract-record",
                    f"field {entry['field']!r} is not a request field of {op.operation_id}",
                )
            named = entry.get("models") or ([entry["model"]] if "model" in entry else [])
            for model in named:
                if model not in models:
                    yield Diagnostic(
                        bundle.origin(at),
                        "contract-record",
                        f"model {model!r} is not a model of {op.operation_id}",
                    )


def _all_fields(spec: SpecActions, operation_id: str, models: list[str]) -> set[str]:
    """Every property any variant of the operation's request body declares."""
    found: set[str] = set()
    pointer = spec.body_pointer.get(operation_id)
    stack: list[Any] = [lookup(spec.document, pointer)] if pointer else []
    seen: set[int] = set()
    while stack:
        schema = resolve(spec.document, stack.pop())
        if not isinstance(schema, dict) or id(schema) in seen:
            continue
        seen.add(id(schema))
        found.update(schema.get("properties") or {})
        for keyword in ("oneOf", "anyOf", "allOf"):
            stack.extend(schema.get(keyword) or ())
        mapping = (schema.get("discriminator") or {}).get("mapping") or {}
        stack.extend({"$ref": target} for target in mapping.values())
    return found
