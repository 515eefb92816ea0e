"""Helpers for the spec tests: load fixture and rule-case files, match paths to operations."""

from __future__ import annotations

import functools
import pickle
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.openapi import OperationRef, iter_operations

TESTS = Path(__file__).resolve().parent.parent
FIXTURES = TESTS / "fixtures"
RULES = TESTS / "rules"


@dataclass(frozen=True)
class FixtureFile:
    path: Path
    data: dict[str, Any]

    @property
    def id(self) -> str:
        return str(self.path.relative_to(FIXTURES))


# libyaml's loader where PyYAML has it (its wheels do): the fixtures and rule cases are parsed at
# collection, by several modules, and the pure-Python loader made that most of the collect time.
_YAML_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)


# Several modules (tests/spec, tests/sdk) ask for the same files at collection: each file is
# parsed once per process, and every caller gets its own copy (a pickle round trip, far cheaper
# than parsing), so no test can see another's edits.
@functools.cache
def _parsed_fixture_files() -> bytes:
    files = [FixtureFile(path, _load(path)) for path in sorted(FIXTURES.rglob("*.yaml"))]
    return pickle.dumps(files)


@functools.cache
def _parsed_rule_cases() -> bytes:
    cases = []
    for path in sorted(RULES.glob("*.yaml")):
        for index, case in enumerate(_load(path) or []):
            cases.append((f"{path.stem}[{index}]", case))
    return pickle.dumps(cases)


def fixture_files() -> list[FixtureFile]:
    files: list[FixtureFile] = pickle.loads(_parsed_fixture_files())
    return files


def rule_cases() -> list[tuple[str, dict[str, Any]]]:
    cases: list[tuple[str, dict[str, Any]]] = pickle.loads(_parsed_rule_cases())
    return cases


def path_regex(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", template)
    return re.compile(
        "^" + "".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts) + "$"
    )


def operations_by_id(document: dict[str, Any]) -> dict[str, OperationRef]:
    return {op.operation_id: op for op in iter_operations(document)}
