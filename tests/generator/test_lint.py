"""Each project lint rule accepts the minimal spec and catches its own kind of mistake."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.validate import validate_spec

from .minimal_spec import fresh, write_spec

Mutation = Callable[[dict[str, Any], dict[str, Any]], None]


def _problems(tmp_path: Path, mutate: Mutation | None = None) -> list[str]:
    root, group = fresh()
    if mutate:
        mutate(root, group)
    spec = write_spec(tmp_path, root, group)
    report = validate_spec(spec, tmp_path, use_redocly=False)
    return [d.format() for d in report.errors]


def _create(group: dict[str, Any]) -> dict[str, Any]:
    operation: dict[str, Any] = group["paths"]["render"]["post"]
    return operation


def _schemas(group: dict[str, Any]) -> dict[str, Any]:
    schemas: dict[str, Any] = group["components"]["schemas"]
    return schemas


def test_minimal_spec_is_clean(tmp_path: Path) -> None:
    assert _problems(tmp_path) == []


CASES: dict[str, tuple[Mutation, str]] = {
    "bad operation id": (lambda r, g: _create(g).update(operationId="Demo-Render"), "operation-id"),
    "duplicate operation id": (
        lambda r, g: g["paths"]["render_by_id"]["get"].update(operationId="demo.render.create"),
        "operation-id",
    ),
    "missing description": (lambda r, g: _create(g).pop("description"), "operation-docs"),
    "undeclared tag": (lambda r, g: _create(g).update(tags=["other"]), "operation-tag"),
    "missing link": (lambda r, g: _create(g)["responses"]["202"].pop("links"), "task-link"),
    "link to unknown op": (
        lambda r, g: _create(g)["responses"]["202"]["links"]["getTaskStatus"].update(
            operationId="demo.nothing.get"
        ),
        "task-link",
    ),
    "missing callback": (lambda r, g: _create(g).pop("callbacks"), "task-callback"),
    "callback without signature header": (
        lambda r, g: _create(g)["callbacks"]["taskStatus"]["{$request.body#/callback_url}"]["post"][
            "parameters"
        ].pop(),
        "task-callback",
    ),
    "rule without description": (
        lambda r, g: _schemas(g)["DemoRenderFast"]["allOf"][0].pop("description"),
        "rule-description",
    ),
    "rule with two keywords": (
        lambda r, g: _schemas(g)["DemoRenderFast"]["allOf"][0].update(
            {"not": {"required": ["end"]}}
        ),
        "rule-shape",
    ),
    "x-rule on unknown field": (
        lambda r, g: _schemas(g)["DemoRenderFast"]["x-runapi-rules"][0]["compare"].update(
            right="begin"
        ),
        "x-rule-field",
    ),
    "x-rule with unknown operator": (
        lambda r, g: _schemas(g)["DemoRenderFast"]["x-runapi-rules"][0].update(between={"low": 1}),
        "x-rule-shape",
    ),
    "discriminator mapping mismatch": (
        lambda r, g: _schemas(g)["DemoRenderSlow"]["properties"].update(model={"const": "fast"}),
        "discriminator",
    ),
    "open request object": (
        lambda r, g: _schemas(g)["DemoRenderSlow"].pop("additionalProperties"),
        "request-closed",
    ),
    "status without completion fields": (
        lambda r, g: _schemas(g)["DemoRenderStatus"]["allOf"].pop(),
        "task-status",
    ),
    "unused component": (
        lambda r, g: _schemas(g).update(DemoUnused={"type": "string"}),
        "component-unused",
    ),
    "invalid example": (
        lambda r, g: _create(g)["requestBody"]["content"]["application/json"]["examples"][
            "basic"
        ].update(value={"model": "fast"}),
        "example-invalid",
    ),
    "unresolved ref": (
        lambda r, g: _create(g)["requestBody"]["content"]["application/json"].update(
            schema={"$ref": "#/components/schemas/Nope"}
        ),
        "ref-unresolved",
    ),
    "ref outside components": (
        lambda r, g: _create(g)["requestBody"]["content"]["application/json"].update(
            schema={"$ref": "#/paths/render"}
        ),
        "ref-target",
    ),
    "duplicate component across files": (
        lambda r, g: r["components"]["schemas"].update(DemoRenderSlow={"type": "object"}),
        "component-duplicate",
    ),
    "not OpenAPI": (lambda r, g: r["info"].pop("title"), "openapi-schema"),
    "tag outside every media kind": (
        lambda r, g: r.update({"x-tagGroups": [{"name": "Video", "tags": ["other"]}]}),
        "tag-groups",
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_lint_rule_catches(name: str, tmp_path: Path) -> None:
    mutate, rule = CASES[name]
    problems = _problems(tmp_path, mutate)
    assert any(f"[{rule}]" in p for p in problems), problems
    for problem in problems:  # every diagnostic names a file, a line and a pointer
        location = problem.split(": ", 1)[0]
        file, line = location.rsplit(":", 1)
        assert file.endswith(".yaml") and int(line) >= 1, problem


def _write_reference(spec_dir: Path, rows: list[str]) -> None:
    (spec_dir / "reference").mkdir(exist_ok=True)
    header = "group\tmethod\tpath\tkind\tnote"
    (spec_dir / "reference" / "operations.tsv").write_text("\n".join([header, *rows]) + "\n")


def test_reference_list_coverage(tmp_path: Path) -> None:
    spec = write_spec(tmp_path)
    _write_reference(
        tmp_path,
        [
            "demo\tPOST\t/api/v1/demo/render\tasync task create (callback_url)\t",
            "demo\tGET\t/api/v1/demo/render/{id}\ttask status\t",
        ],
    )
    report = validate_spec(spec, tmp_path, use_redocly=False)
    assert report.errors == []
    assert report.stats is not None and report.stats.lines()[0] == (
        "operations: 2 (2/2 of the reference list)"
    )


def test_reference_list_reports_missing_extra_and_misshaped(tmp_path: Path) -> None:
    spec = write_spec(tmp_path)
    _write_reference(
        tmp_path,
        [
            "demo\tPOST\t/api/v1/demo/render\tsync upload\t",
            "demo\tDELETE\t/api/v1/demo/render/{id}\tmanagement-key\t",
        ],
    )
    problems = [d.format() for d in validate_spec(spec, tmp_path, use_redocly=False).errors]
    assert any("DELETE /api/v1/demo/render/{id} (demo) is not in the spec" in p for p in problems)
    assert any("a sync upload operation answers 201" in p for p in problems)
    assert any("not in spec/reference/operations.tsv" in p for p in problems)
    assert all("[reference-coverage]" in p for p in problems)
