"""The project lint with its findings remembered by path item (generator/lint.py, ITEM_RULES):
the same findings as a run on the whole document, whether computed, recalled or mixed, and
after an edit to one item only that item is linted again by the per-item rules."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from generator import cache, lint
from generator.bundle import Bundle, bundle
from generator.diagnostics import Diagnostic
from generator.fragments import fragments

from .minimal_spec import fresh, write_spec
from .test_lint import CASES, Mutation

#: The cases whose findings the lint makes (the others are the bundler's or the checks').
LINT_CASES = sorted(
    name
    for name, (_, rule) in CASES.items()
    if rule not in ("example-invalid", "ref-unresolved", "ref-target", "component-duplicate")
    and rule != "openapi-schema"
)


@pytest.fixture(autouse=True)
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path / "cache"))


def _bundled(folder: Path, *mutations: Mutation) -> Bundle:
    root, group = fresh()
    for mutate in mutations:
        mutate(root, group)
    return bundle(write_spec(folder, root, group), folder)


def _by_item(result: Bundle) -> set[Diagnostic]:
    return set(lint.lint(result, fragments(result.document)))


def _note_in_item(root: dict[str, Any], group: dict[str, Any]) -> None:
    group["paths"]["render"]["post"]["summary"] = "Reading: the reference shows a render"


def _note_in_shared(root: dict[str, Any], group: dict[str, Any]) -> None:
    root["info"]["description"] = "Test spec. The reference shows no version."


@pytest.mark.parametrize("name", LINT_CASES)
def test_findings_by_item_are_the_whole_documents(name: str, tmp_path: Path) -> None:
    mutate, rule = CASES[name]
    result = _bundled(tmp_path / "spec", mutate, _note_in_item, _note_in_shared)
    whole = set(lint.lint(result))
    notes = {d.origin.pointer for d in whole if d.rule == "maintainer-note"}
    assert any(d.rule == rule for d in whole) and {"/info/description"} < notes
    assert _by_item(result) == whole  # every item linted alone
    assert _by_item(result) == whole  # every item recalled


@pytest.fixture
def rule_calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[Counter[str]]:
    calls: Counter[str] = Counter()

    def counted(name: str, rule: Callable[[Bundle], Iterator[Diagnostic]]) -> Any:
        def run(result: Bundle) -> Iterator[Diagnostic]:
            calls[name] += 1
            return rule(result)

        return run

    for name, rule in list(lint.LINT_RULES.items()):
        monkeypatch.setitem(lint.LINT_RULES, name, counted(name, rule))
    yield calls


def test_an_edit_to_one_item_lints_only_that_item_again(
    tmp_path: Path, rule_calls: Counter[str]
) -> None:
    before = _bundled(tmp_path / "before")
    assert _by_item(before) == set()
    assert all(rule_calls[name] == len(before.document["paths"]) for name in lint.ITEM_RULES)

    rule_calls.clear()
    after = _bundled(tmp_path / "after", _note_in_item)
    found = _by_item(after)
    # The edited item alone, once; the rules that compare items read the whole document.
    assert {name: rule_calls[name] for name in lint.ITEM_RULES} == dict.fromkeys(lint.ITEM_RULES, 1)
    assert found == set(lint.lint(after)) and {d.rule for d in found} == {"maintainer-note"}


def test_an_item_sharing_an_operation_id_with_another_sends_the_lint_to_the_whole(
    tmp_path: Path, rule_calls: Counter[str]
) -> None:
    _by_item(_bundled(tmp_path / "before"))
    rule_calls.clear()

    def same_id(root: dict[str, Any], group: dict[str, Any]) -> None:
        group["paths"]["render_by_id"]["get"]["operationId"] = "demo.render.create"

    after = _bundled(tmp_path / "after", same_id)
    found = _by_item(after)
    assert all(rule_calls[name] == 1 for name in lint.ITEM_RULES)  # once, on the whole
    assert found == set(lint.lint(after))
