"""Helpers for the spec tests: load fixture and rule-case files, match paths to operations."""

from __future__ import annotations

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


def fixture_files() -> list[FixtureFile]:
    return [FixtureFile(path, _load(path)) for path in sorted(FIXTURES.rglob("*.yaml"))]


def rule_cases() -> list[tuple[str, dict[str, Any]]]:
    cases = []
    for path in sorted(RULES.glob("*.yaml")):
        for index, case in enumerate(_load(path) or []):
            cases.append((f"{path.stem}[{index}]", case))
    return cases


def path_regex(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", template)
    return re.compile(
        "^" + "".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts) + "$"
    )


def operations_by_id(document: dict[str, Any]) -> dict[str, OperationRef]:
    return {op.operation_id: op for op in iter_operations(document)}
