"""A small fuzz of the loader, bundler, validator and model build over mutated minimal specs.

Mutations act on the data (delete or rename a key, put a value of any JSON type anywhere, repeat a
list item) and on the YAML text (delete, repeat, indent, swap lines, insert YAML oddities). The
only acceptable outcomes are a valid spec whose model builds, or well-formed diagnostics
(outcomes.check); derandomized, so a run is repeatable.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ..minimal_spec import fresh, write_spec
from .outcomes import check

FUZZ = settings(
    max_examples=80,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)

JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)
SPECIAL = st.sampled_from(
    [
        {"$ref": "#/components/schemas/Nope"},
        {"$ref": "#/components/schemas/Error"},
        {"$ref": "../openapi.yaml#/components/schemas/TaskEnvelope"},
        {"$ref": "../../elsewhere.yaml#/x"},
        {"$ref": "http://127.0.0.1:9/x.yaml"},
        {"$ref": 5},
        {"allOf": [{"$ref": "#/components/schemas/DemoRenderRequest"}]},
        {"type": "object", "properties": {"class": {"type": "string"}}},
        "demo.render.class",
        True,
    ]
)
YAML_ODDITIES = [
    "&a",
    "*a",
    "<<: *a",
    "!!binary aGk=",
    "\t",
    "---",
    "? [a]\n: 1",
    "{",
    "'",
    "x: &a [*a]",
    "2024-01-01",
    ".nan",
    "1" * 40,
    "\x07",
    ": :",
    "!foo",
    "$ref: '/etc/passwd'",
]


def _places(node: Any, at: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [at] if at else []
    if isinstance(node, dict):
        for key, value in node.items():
            found += _places(value, (*at, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _places(value, (*at, index))
    return found


def _mutate(document: Any, data: st.DataObject) -> None:
    places = _places(document)
    at = data.draw(st.sampled_from(places))
    parent = document
    for token in at[:-1]:
        parent = parent[token]
    key = at[-1]
    action = data.draw(st.sampled_from(["delete", "replace", "special", "rename", "repeat"]))
    if action == "delete":
        del parent[key]
    elif action == "replace":
        parent[key] = data.draw(JSON)
    elif action == "special":
        parent[key] = data.draw(SPECIAL)
    elif action == "rename" and isinstance(parent, dict):
        parent[data.draw(st.text(min_size=1, max_size=6))] = parent.pop(key)
    elif action == "repeat" and isinstance(parent, list):
        parent.append(parent[key])


@FUZZ
@given(st.data())
def test_mutated_data_gives_success_or_diagnostics(data: st.DataObject) -> None:
    root, group = fresh()
    for _ in range(data.draw(st.integers(1, 3))):
        _mutate(data.draw(st.sampled_from([root, group])), data)
    with tempfile.TemporaryDirectory() as tmp:
        spec = write_spec(Path(tmp) / "spec", root, group, exact=True)
        check(spec, Path(tmp))


@FUZZ
@given(st.data())
def test_mutated_yaml_text_gives_success_or_diagnostics(data: st.DataObject) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        spec = write_spec(Path(tmp) / "spec")
        target = data.draw(st.sampled_from([spec, spec.parent / "paths" / "demo.yaml"]))
        lines = target.read_text(encoding="utf-8").splitlines()
        for _ in range(data.draw(st.integers(1, 3))):
            index = data.draw(st.integers(0, len(lines) - 1))
            action = data.draw(st.sampled_from(["delete", "repeat", "insert", "indent", "swap"]))
            indent = lines[index][: len(lines[index]) - len(lines[index].lstrip())]
            if action == "delete" and len(lines) > 1:
                lines.pop(index)
            elif action == "repeat":
                lines.insert(index, lines[index])
            elif action == "insert":
                lines.insert(index, indent + data.draw(st.sampled_from(YAML_ODDITIES)))
            elif action == "indent":
                lines[index] = "  " + lines[index]
            elif action == "swap" and index + 1 < len(lines):
                lines[index], lines[index + 1] = lines[index + 1], lines[index]
        target.write_text("\n".join(lines) + "\n", encoding="utf-8")
        check(spec, Path(tmp))
