"""Issue 8, item 7 (structure): wrong shapes anywhere are diagnostics, never tracebacks.

Every value of an operation (the task create of the minimal spec, at every depth) is replaced by
`null` and by a value of another JSON type; documents that are not OpenAPI at all are tried too.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ..minimal_spec import GROUP, ROOT, fresh, write_spec
from .outcomes import check
from .support import SpecCopy

Path_ = tuple[str | int, ...]


def _walk(node: Any, at: Path_ = ()) -> Iterator[Path_]:
    if at:
        yield at
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _walk(value, (*at, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, (*at, index))


def _other_type(value: Any) -> Any:
    """A value of a different JSON type than `value`."""
    if isinstance(value, dict):
        return ["not", "a", "mapping"]
    if isinstance(value, list):
        return {"not": "a list"}
    if isinstance(value, str):
        return 7
    return "seven"


OPERATION: Path_ = ("paths", "render", "post")
PLACES = sorted(
    (path for path in _walk(GROUP["paths"]["render"]["post"])),
    key=lambda p: tuple(str(t) for t in p),
)


def _replace(group: dict[str, Any], at: Path_, value: Any) -> None:
    node: Any = group
    for token in (*OPERATION, *at[:-1]):
        node = node[token]
    node[at[-1]] = value


@pytest.mark.parametrize("at", PLACES, ids=lambda p: "/".join(map(str, p)))
def test_wrong_type_anywhere_in_an_operation(at: Path_, tmp_path: Path) -> None:
    for index, wrong in enumerate((None, "other")):
        root, group = fresh()
        original: Any = group
        for token in (*OPERATION, *at):
            original = original[token]
        _replace(group, at, None if wrong is None else _other_type(original))
        spec = write_spec(tmp_path / str(index), root, group)
        check(spec, tmp_path)


NOT_OPENAPI: dict[str, dict[str, Any]] = {
    "another kind of document": {"name": "my-package", "version": "1.0.0"},
    "swagger 2": {"swagger": "2.0", "info": {"title": "x", "version": "1"}, "paths": {}},
    "openapi 3.0": {**copy.deepcopy(ROOT), "openapi": "3.0.3"},
    "no info": {k: v for k, v in ROOT.items() if k != "info"},
    "no paths and no components": {"openapi": "3.1.0", "info": {"title": "x", "version": "1"}},
    "components is a list": {**copy.deepcopy(ROOT), "components": [1, 2]},
    "schemas is a list": {**copy.deepcopy(ROOT), "components": {"schemas": [1]}},
    "paths is a string": {**copy.deepcopy(ROOT), "paths": "everywhere"},
    "boolean schema": {
        **copy.deepcopy(ROOT),
        "components": {**copy.deepcopy(ROOT["components"]), "schemas": {"Error": True}},
    },
}


@pytest.mark.parametrize("name", sorted(NOT_OPENAPI))
def test_document_that_is_not_the_expected_openapi(name: str, tmp_path: Path) -> None:
    spec = SpecCopy(tmp_path, NOT_OPENAPI[name])
    outcome = spec.rejected()
    assert all(found.file.endswith(".yaml") for found in outcome.found)


def test_boolean_schema_is_refused_where_the_generator_reads_a_mapping(tmp_path: Path) -> None:
    root, group = fresh()
    group["components"]["schemas"]["DemoRenderStatus"]["allOf"][1] = True
    spec = SpecCopy(tmp_path, root, group)
    outcome = spec.rejected()
    assert outcome.shapes == [
        (
            str(spec.group),
            outcome.found[0].line,
            "/components/schemas/DemoRenderStatus/allOf/1",
            "openapi-schema",
        )
    ]
    assert spec.group.read_text().splitlines()[outcome.found[0].line - 1].strip() == "- true"


def test_additional_properties_false_stays_allowed(tmp_path: Path) -> None:
    assert check(write_spec(tmp_path / "spec"), tmp_path) == []
