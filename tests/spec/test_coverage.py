"""The spec covers every operation of the API reference, each wired as its kind requires."""

from __future__ import annotations

import csv
from typing import Any

from generator.openapi import iter_operations, resolve

from .support import TESTS

REFERENCE = TESTS.parent / "spec" / "reference" / "operations.tsv"
CALLBACK = "{$request.body#/callback_url}"


def reference_operations() -> list[dict[str, str]]:
    with REFERENCE.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def test_every_reference_operation_is_in_the_spec(bundled: dict[str, Any]) -> None:
    in_spec = {(op.method.upper(), op.path) for op in iter_operations(bundled)}
    expected = {(row["method"], row["path"]) for row in reference_operations()}
    assert len(expected) == 190
    assert expected - in_spec == set()
    assert in_spec - expected == set()


def test_task_creates_link_their_status_and_declare_callbacks(bundled: dict[str, Any]) -> None:
    by_key = {(op.method.upper(), op.path): op for op in iter_operations(bundled)}
    by_id = {op.operation_id: op for op in iter_operations(bundled)}
    creates = [r for r in reference_operations() if r["kind"].startswith("async task create")]
    assert len(creates) == 79
    for row in creates:
        op = by_key[(row["method"], row["path"])]
        accepted = resolve(bundled, op.operation["responses"]["202"])
        link = accepted["links"]["getTaskStatus"]
        status = by_id[link["operationId"]]
        assert (status.method, status.path) == ("get", row["path"] + "/{id}")
        callback = op.operation["callbacks"]["taskStatus"][CALLBACK]["post"]
        headers = {p["$ref"].rsplit("/", 1)[-1] for p in callback["parameters"]}
        assert headers == {"CallbackId", "CallbackTimestamp", "CallbackSignature"}


def test_operation_kinds_match_the_reference(bundled: dict[str, Any]) -> None:
    by_key = {(op.method.upper(), op.path): op for op in iter_operations(bundled)}
    for row in reference_operations():
        op = by_key[(row["method"], row["path"])]
        codes = set(op.operation["responses"])
        if row["kind"] == "task status":
            assert "200" in codes and op.operation_id.endswith(".get"), row
        elif row["kind"] == "sync upload":
            assert "201" in codes, row
        elif row["kind"] == "management-key":
            assert op.operation["security"] == [{"ManagementKeyAuth": []}], row
        elif row["kind"] == "llm":
            schemes = {name for req in op.operation["security"] for name in req}
            assert "ApiKeyHeader" in schemes, row


def test_no_external_refs_in_the_bundle(bundled: dict[str, Any]) -> None:
    def refs(node: Any) -> list[str]:
        if isinstance(node, dict):
            own = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
            return own + [r for v in node.values() for r in refs(v)]
        if isinstance(node, list):
            return [r for v in node for r in refs(v)]
        return []

    assert [r for r in refs(bundled) if not r.startswith("#/")] == []
