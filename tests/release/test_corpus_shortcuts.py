"""What `diff_documents` skips, and that skipping it changes no verdict.

A series of diffs against one base (the corpus, the release loop) builds the base's side once,
and schemas that are equal on both sides, with everything their refs reach, are not compared
field by field. Both shortcuts must stay invisible: an edit reached only through refs (through
a cycle, too) is still found, and a base edited in place is read again.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from generator import diff
from generator.build import build_api
from generator.diff import diff_documents
from generator.schemadiff import SchemaDiff

from .test_corpus import BASE, BASE_TEXT, balance_op, v20

Doc = dict[str, Any]


def _edited(**fields: Any) -> Doc:
    """A copy of the corpus base with the seedance-2.0 variant's `duration_seconds` changed."""
    document: Doc = json.loads(BASE_TEXT)
    v20(document)["properties"]["duration_seconds"].update(fields)
    return document


@pytest.fixture
def no_remembered_base() -> Iterator[None]:
    diff._BASES.clear()
    yield
    diff._BASES.clear()


@pytest.mark.usefixtures("no_remembered_base")
def test_a_series_of_diffs_builds_the_base_once(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[Doc] = []
    real = build_api

    def counting(document: Doc) -> Any:
        built.append(document)
        return real(document)

    monkeypatch.setattr(diff, "build_api", counting)
    first = diff_documents(BASE, _edited(default=5))
    second = diff_documents(BASE, _edited(description="Edited."))
    assert len(built) == 3  # the base once, each edited side once
    assert {(c.severity, c.kind) for c in first.changes} == {("fix", "default-changed")}
    assert {(c.severity, c.kind) for c in second.changes} == {("fix", "docs")}


@pytest.mark.usefixtures("no_remembered_base")
def test_a_base_edited_in_place_is_read_again() -> None:
    base: Doc = json.loads(BASE_TEXT)
    new: Doc = json.loads(BASE_TEXT)
    assert diff_documents(base, new).changes == []
    del base["paths"]["/api/v1/me/balance"]  # the same object, now without an operation
    kinds = {(c.severity, c.kind) for c in diff_documents(base, new).changes}
    assert kinds == {("feature", "operation-added")}


@pytest.mark.usefixtures("no_remembered_base")
def test_equal_schemas_are_not_compared_field_by_field(monkeypatch: pytest.MonkeyPatch) -> None:
    compared: list[str] = []
    real = SchemaDiff._types

    def counting(self: SchemaDiff, old: Doc, new: Doc, path: str) -> Any:
        compared.append(path)
        return real(self, old, new, path)

    monkeypatch.setattr(SchemaDiff, "_types", counting)
    assert diff_documents(BASE, json.loads(BASE_TEXT)).changes == []
    assert compared == []
    # An edit is compared where it is (and the schemas around it, down to it).
    report = diff_documents(BASE, _edited(default=5))
    assert {(c.severity, c.kind) for c in report.changes} == {("fix", "default-changed")}
    assert any(path.endswith("duration_seconds") for path in compared)


@pytest.mark.usefixtures("no_remembered_base")
def test_an_edit_reached_only_through_a_cycle_of_refs_is_found() -> None:
    """The request field is the same `$ref` on both sides; the component it names is the same
    too, and refers to itself; only a component reached through it changed."""

    def with_tree(labels: list[str]) -> Doc:
        document: Doc = json.loads(BASE_TEXT)
        schemas = document["components"]["schemas"]
        schemas["TreeNode"] = {
            "type": "object",
            "properties": {
                "child": {"$ref": "#/components/schemas/TreeNode"},
                "leaf": {"$ref": "#/components/schemas/TreeLeaf"},
            },
        }
        schemas["TreeLeaf"] = {"type": "string", "enum": labels}
        v20(document)["properties"]["tree"] = {"$ref": "#/components/schemas/TreeNode"}
        return document

    old, new = with_tree(["a"]), with_tree(["a", "b"])
    assert (
        SchemaDiff(old, new, "request").unchanged(
            v20(old)["properties"]["tree"], v20(new)["properties"]["tree"]
        )
        is False
    )
    found = {(c.severity, c.kind) for c in diff_documents(old, new).changes}
    assert found == {("feature", "enum-value-added")}
    assert diff_documents(old, with_tree(["a"])).changes == []


def test_the_corpus_base_is_not_changed_by_a_diff() -> None:
    """The remembered side is the diff's own copy: neither a diff nor the memo edits the base."""
    diff_documents(BASE, _edited(default=5))
    assert json.loads(BASE_TEXT) == BASE
    assert balance_op(BASE)["operationId"] == "account.get_balance"
