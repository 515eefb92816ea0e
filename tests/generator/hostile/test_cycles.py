"""Issue 8, item 7 (refs): cycles and unresolvable refs are located errors, not tracebacks.

A chain of refs that comes back to its start without descending into a property or an item
defines nothing and is refused; a schema that contains itself through `properties` or `items` (a
tree) is a real recursive type and generates.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ..minimal_spec import fresh
from .support import SpecCopy, line_of

S = "/components/schemas"


def _ref(name: str, file: str = "") -> dict[str, str]:
    return {"$ref": f"{file}#/components/schemas/{name}"}


def _use(group: dict[str, Any], name: str, file: str = "") -> None:
    """Make DemoRenderSlow refer to `name`, so the schema is part of the API."""
    group["components"]["schemas"]["DemoRenderSlow"]["properties"]["extra"] = _ref(name, file)


def test_self_reference_is_a_cycle(tmp_path: Path) -> None:
    root, group = fresh()
    group["components"]["schemas"]["Loop"] = _ref("Loop")
    _use(group, "Loop")
    spec = SpecCopy(tmp_path, root, group)
    outcome = spec.rejected()
    line = line_of(spec.group, "$ref: '#/components/schemas/Loop'", after="  Loop:")
    assert outcome.shapes == [(str(spec.group), line, f"{S}/Loop/$ref", "ref-cycle")]
    assert "schemas/Loop -> schemas/Loop" in outcome.found[0].message


def test_two_schemas_referring_to_each_other_in_place(tmp_path: Path) -> None:
    root, group = fresh()
    group["components"]["schemas"]["LoopA"] = _ref("LoopB")
    group["components"]["schemas"]["LoopB"] = {"allOf": [_ref("LoopA")]}
    _use(group, "LoopA")
    spec = SpecCopy(tmp_path, root, group)
    outcome = spec.rejected()
    line = line_of(spec.group, "LoopA", after="  LoopB:")
    assert outcome.shapes == [(str(spec.group), line, f"{S}/LoopB/allOf/0/$ref", "ref-cycle")]
    assert "schemas/LoopA -> schemas/LoopB -> schemas/LoopA" in outcome.found[0].message


def test_cycle_across_files(tmp_path: Path) -> None:
    root, group = fresh()
    root["components"]["schemas"]["RootLoop"] = _ref("GroupLoop", "paths/demo.yaml")
    group["components"]["schemas"]["GroupLoop"] = {"oneOf": [_ref("RootLoop", "../openapi.yaml")]}
    _use(group, "GroupLoop")
    spec = SpecCopy(tmp_path, root, group)
    outcome = spec.rejected()
    line = line_of(spec.root, "GroupLoop", after="  RootLoop:")
    assert outcome.shapes == [(str(spec.root), line, f"{S}/RootLoop/$ref", "ref-cycle")]


def test_cycle_of_responses(tmp_path: Path) -> None:
    root, group = fresh()
    root["components"]["responses"]["Again"] = {"$ref": "#/components/responses/Again"}
    spec = SpecCopy(tmp_path, root, group)
    outcome = spec.rejected()
    line = line_of(spec.root, "responses/Again")
    pointer = "/components/responses/Again/$ref"
    assert outcome.shapes == [(str(spec.root), line, pointer, "ref-cycle")]


def test_recursive_schema_through_items_generates(tmp_path: Path) -> None:
    root, group = fresh()
    group["components"]["schemas"]["Tree"] = {
        "type": "object",
        "properties": {
            "label": {"type": "string"},
            "children": {"type": "array", "items": _ref("Tree")},
        },
    }
    status = group["components"]["schemas"]["DemoRenderStatus"]["allOf"][1]
    status["properties"]["tree"] = _ref("Tree")
    spec = SpecCopy(tmp_path, root, group)
    outcome = spec.run()
    assert outcome.code == 0, outcome.stderr
    assert (spec.out / "openapi.json").read_text() != "previous output\n"


UNRESOLVED = {
    "missing component": ("#/components/schemas/Nope", "ref-unresolved"),
    "fragment without a slash": ("#components/schemas/DemoRenderFast", "ref-unresolved"),
    "missing pointer in another file": (
        "../openapi.yaml#/components/schemas/Nope",
        "ref-unresolved",
    ),
    "missing file": ("nofile.yaml#/components/schemas/X", "file"),
    "whole document": ("#", "ref-unresolved"),
    "outside components": ("#/paths/render", "ref-target"),
}


@pytest.mark.parametrize("name", sorted(UNRESOLVED))
def test_unresolvable_ref(name: str, tmp_path: Path) -> None:
    ref, rule = UNRESOLVED[name]
    root, group = fresh()
    group["components"]["schemas"]["DemoRenderSlow"]["properties"]["extra"] = {"$ref": ref}
    spec = SpecCopy(tmp_path, root, group)
    outcome = spec.rejected()
    line = line_of(spec.group, "$ref", after="extra:")
    pointer = f"{S}/DemoRenderSlow/properties/extra/$ref"
    assert outcome.shapes == [(str(spec.group), line, pointer, rule)]
