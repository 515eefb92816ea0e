"""The generated reference covers the whole spec: a page per group, a section per operation."""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml

from generator.build import build_api
from generator.ir import Api

from ._support import DOCS, MKDOCS_YML, pages

HEADING = re.compile(r"^## (?P<title>.+?) \{#(?P<anchor>[^}]+)\}$", re.M)


@pytest.fixture(scope="module")
def api(bundled: dict[str, Any]) -> Api:
    return build_api(bundled)


def _anchors(page: str) -> dict[str, str]:
    text = (DOCS / "reference" / page).read_text(encoding="utf-8")
    return {m.group("anchor"): m.group("title") for m in HEADING.finditer(text)}


def test_every_operation_has_its_section(api: Api) -> None:
    missing = []
    for op in api.operations:
        anchors = _anchors(f"{op.namespace}.md")
        anchor = op.operation_id.replace(".", "-")
        if anchors.get(anchor) != (op.summary or op.operation_id):
            missing.append(op.operation_id)
    assert not missing
    assert len(api.operations) >= 190


def test_sections_are_exactly_the_operations(api: Api) -> None:
    documented = [a for p in sorted((DOCS / "reference").glob("*.md")) for a in _anchors(p.name)]
    expected = sorted(op.operation_id.replace(".", "-") for op in api.operations)
    assert sorted(documented) == expected  # no stale, duplicate or invented sections


def test_one_page_per_group_and_all_in_the_nav(api: Api) -> None:
    reference = {p.stem for p in (DOCS / "reference").glob("*.md")}
    assert reference == {ns.name for ns in api.namespaces}
    config = yaml.safe_load(MKDOCS_YML.read_text(encoding="utf-8"))

    def walk(node: Any) -> list[str]:
        if isinstance(node, str):
            return [node]
        if isinstance(node, list):
            return [p for item in node for p in walk(item)]
        if isinstance(node, dict):
            return [p for value in node.values() for p in walk(value)]
        return []

    listed = walk(config["nav"])
    assert sorted(listed) == sorted(str(p.relative_to(DOCS)) for p in pages())


def test_site_config_is_offline(api: Api) -> None:
    config = yaml.safe_load(MKDOCS_YML.read_text(encoding="utf-8"))
    assert config["theme"]["name"] == "material"
    assert config["theme"]["font"] is False
    plugins = [p if isinstance(p, str) else next(iter(p)) for p in config["plugins"]]
    assert "search" in plugins and "offline" in plugins
    assert "analytics" not in str(config.get("extra", {}))
    assert "repo_url" not in config  # would fetch repository facts from GitHub at runtime


def test_task_sections_document_status_callback_and_errors(api: Api) -> None:
    for ns in api.namespaces:
        text = (DOCS / "reference" / f"{ns.name}.md").read_text(encoding="utf-8")
        sections = dict(zip(HEADING.findall(text), HEADING.split(text)[3::3], strict=True))
        for (_title, anchor), body in sections.items():
            op = api.operation(
                next(
                    o.operation_id
                    for o in ns.operations
                    if o.operation_id.replace(".", "-") == anchor
                )
            )
            assert "**Examples**" in body, anchor
            assert '=== "Python"' in body and '=== "CLI"' in body and '=== "curl"' in body
            if op.kind == "task_create":
                for header in ("X-Callback-Id", "X-Callback-Timestamp", "X-Callback-Signature"):
                    assert header in body, (anchor, header)
                assert "**Callback**" in body and "**Errors**" in body
            if op.kind == "task_status":
                assert "The status payload" in body, anchor
            if op.auth == "llm":
                assert "x-api-key: $RUNAPI_API_KEY" in body
            elif op.auth == "management_key":
                assert "Authorization: Bearer $RUNAPI_MANAGEMENT_KEY" in body


def test_every_variant_rule_is_in_words(api: Api) -> None:
    for op in api.operations:
        if op.body is None:
            continue
        text = (DOCS / "reference" / f"{op.namespace}.md").read_text(encoding="utf-8")
        flat = " ".join(text.split())
        for variant in op.body.variants:
            for rule in variant.rules:
                assert " ".join(rule.split()) in flat, (op.operation_id, rule)


def test_exception_table_matches_the_sdk() -> None:
    from runapi import _exceptions

    from generator.targets.docs_site import STATUS_EXCEPTIONS

    runtime = {status: cls.__name__ for status, cls in _exceptions._STATUS_ERRORS.items()}
    assert runtime == STATUS_EXCEPTIONS


def test_internal_links_use_known_anchors(api: Api) -> None:
    anchors = {op.operation_id.replace(".", "-") for op in api.operations}
    for page in pages():
        for target in re.findall(r"\]\([^)#]*\.md#([^)]+)\)", page.read_text(encoding="utf-8")):
            assert target in anchors, (page, target)
