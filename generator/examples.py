"""Check every example of the spec against the schema it illustrates."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .bundle import Bundle
from .diagnostics import Diagnostic, join_pointer
from .openapi import HTTP_METHODS, SchemaValidators, iter_operations, lookup

#: Media types whose examples are JSON values described by the schema. Streams (SSE) describe
#: one event per schema and show raw text, so they are not compared.
CHECKED_MEDIA = ("application/json", "multipart/form-data")


@dataclass(frozen=True)
class Example:
    pointer: str  # where the example value is written
    schema_pointer: str
    value: Any


def _examples_of(
    document: dict[str, Any], holder: dict[str, Any], pointer: str, schema_pointer: str
) -> Iterator[Example]:
    if "example" in holder:
        yield Example(join_pointer(pointer, "example"), schema_pointer, holder["example"])
    for name, example in (holder.get("examples") or {}).items():
        at = join_pointer(pointer, "examples", name)
        if isinstance(example, dict) and isinstance(example.get("$ref"), str):
            at = example["$ref"][1:]
            example = lookup(document, at)
        if isinstance(example, dict) and "value" in example:
            yield Example(join_pointer(at, "value"), schema_pointer, example["value"])


def _content_examples(document: dict[str, Any], container: Any, pointer: str) -> Iterator[Example]:
    if not isinstance(container, dict) or "$ref" in container:
        return  # shared components are visited once, where they are defined
    for media_type, media in (container.get("content") or {}).items():
        if media_type not in CHECKED_MEDIA or not isinstance(media, dict) or "schema" not in media:
            continue
        media_pointer = join_pointer(pointer, "content", media_type)
        yield from _examples_of(
            document, media, media_pointer, join_pointer(media_pointer, "schema")
        )


def _parameter_examples(
    document: dict[str, Any], parameters: Any, pointer: str
) -> Iterator[Example]:
    for index, parameter in enumerate(parameters or []):
        if isinstance(parameter, dict) and "schema" in parameter and "$ref" not in parameter:
            at = join_pointer(pointer, index)
            yield from _examples_of(document, parameter, at, join_pointer(at, "schema"))


def _operation_examples(
    document: dict[str, Any], operation: dict[str, Any], pointer: str
) -> Iterator[Example]:
    yield from _parameter_examples(
        document, operation.get("parameters"), join_pointer(pointer, "parameters")
    )
    yield from _content_examples(
        document, operation.get("requestBody"), join_pointer(pointer, "requestBody")
    )
    for code, response in (operation.get("responses") or {}).items():
        yield from _content_examples(document, response, join_pointer(pointer, "responses", code))
    for name, callback in (operation.get("callbacks") or {}).items():
        for expression, item in (callback or {}).items():
            for method in HTTP_METHODS:
                if isinstance((item or {}).get(method), dict):
                    at = join_pointer(pointer, "callbacks", name, expression, method)
                    yield from _operation_examples(document, item[method], at)


def collect_examples(document: dict[str, Any]) -> list[Example]:
    found: list[Example] = []
    for op in iter_operations(document):
        found.extend(_operation_examples(document, op.operation, op.pointer))
    components = document.get("components") or {}
    for section in ("responses", "requestBodies"):
        for name, item in (components.get(section) or {}).items():
            found.extend(
                _content_examples(document, item, join_pointer("/components", section, name))
            )
    for name, parameter in (components.get("parameters") or {}).items():
        if isinstance(parameter, dict) and "schema" in parameter:
            at = join_pointer("/components/parameters", name)
            found.extend(_examples_of(document, parameter, at, join_pointer(at, "schema")))
    return found


def check_examples(
    bundle: Bundle, validators: SchemaValidators, document: dict[str, Any] | None = None
) -> tuple[int, list[Diagnostic]]:
    """(number of examples, diagnostics for those that do not validate) of `document` (default:
    the bundle's; a reduced one, generator/fragments.py, has the same pointers)."""
    from jsonschema.exceptions import best_match
    from referencing.exceptions import Unresolvable

    examples = collect_examples(bundle.document if document is None else document)
    problems = []
    for example in examples:
        validator = validators.for_pointer(example.schema_pointer)
        try:
            error = best_match(validator.iter_errors(example.value))
        except Unresolvable:
            continue  # a broken $ref in the schema, already reported by the bundler
        if error is not None:
            at = join_pointer(example.pointer, *error.absolute_path)
            problems.append(Diagnostic(bundle.origin(at), "example-invalid", error.message[:300]))
    return len(examples), problems
