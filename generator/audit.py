"""`python -m generator audit-contract PATH`: how the spec stands against a vendor contract.

The maintainer's loop as the API moves: RunAPI publishes a new contract, the audit lists every
place where the spec and it now disagree, and the spec gets fixed or the disagreement recorded
(`x-runapi-contract` conflicts, where the reference says otherwise; spec/README.md "Sources").

It reports:

- actions on either side only (the contract's newer actions are informational; the spec's
  operations without a contract action are listed for completeness);
- models per operation on either side only (informational);
- every derived case (generator.conformance) where the spec's verdict differs from the
  contract's, by what it is about: fields per model (add), required fields (drop), enums and caps
  (value), rules (rule) — each with the spec's `file:line`;
- recorded conflicts, and recorded conflicts that no longer explain any case (stale).

It exits 1 on any disagreement that is not recorded, and on stale records.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .bundle import Bundle, bundle
from .conformance import Case, Conflict, SpecActions, covering_conflict, derive_cases
from .contract import Contract, load_contract
from .diagnostics import Origin
from .requests import RequestChecker

#: What each kind of case says about the spec, in the report's words.
TOPICS = {
    "base": "base body",
    "drop": "required fields",
    "add": "fields per model",
    "value": "enums and caps",
    "rule": "rules",
}


@dataclass(frozen=True)
class Finding:
    case: Case
    spec_problems: tuple[str, ...]
    origin: Origin
    conflict: Conflict | None

    @property
    def spec_legal(self) -> bool:
        return not self.spec_problems

    def describe(self) -> str:
        where = f"{self.origin.file}:{self.origin.line}"
        model = f" model={self.case.model}" if self.case.model else ""
        subject = self.case.label + (f" {self.case.field}" if self.case.field else "")
        if self.case.target == "value":
            subject += f"={_short(self.case.value)}"
        if self.case.legal:
            why = f"contract accepts, spec refuses: {'; '.join(self.spec_problems)}"
        else:
            why = f"contract refuses ({'; '.join(self.case.contract_problems)}), spec accepts"
        return f"{where}: {self.case.operation_id}{model}: [{subject}] {why}"


@dataclass
class AuditReport:
    contract: Path
    cases: int = 0
    agreed: int = 0
    findings: list[Finding] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    stale: list[Conflict] = field(default_factory=list)
    contract_only_actions: list[str] = field(default_factory=list)
    spec_only_operations: list[str] = field(default_factory=list)
    contract_only_models: dict[str, list[str]] = field(default_factory=dict)
    spec_only_models: dict[str, list[str]] = field(default_factory=dict)
    conflict_origins: dict[str, Origin] = field(default_factory=dict)

    @property
    def unrecorded(self) -> list[Finding]:
        return [f for f in self.findings if f.conflict is None]

    @property
    def recorded(self) -> list[Finding]:
        return [f for f in self.findings if f.conflict is not None]

    @property
    def refused_legal(self) -> list[Finding]:
        return [f for f in self.unrecorded if f.case.legal]

    @property
    def ok(self) -> bool:
        return not self.unrecorded and not self.stale

    def conformance(self) -> float:
        scored = self.cases - len(self.recorded)
        return 100.0 * self.agreed / scored if scored else 100.0


def audit(spec_root: Path, contract_path: Path, project: Path | None = None) -> AuditReport:
    result = bundle(spec_root, project)
    contract = load_contract(contract_path)
    return audit_bundle(result, contract)


def audit_bundle(result: Bundle, contract: Contract) -> AuditReport:
    spec = SpecActions.of(result.document)
    checker = RequestChecker(result.document)
    report = AuditReport(contract.path, conflicts=list(spec.conflicts))
    for conflict in spec.conflicts:
        report.conflict_origins[conflict.pointer] = result.origin(conflict.pointer)
    report.contract_only_actions = sorted(set(contract.actions) - set(spec.by_action))
    report.spec_only_operations = sorted(
        op.operation_id for key, op in spec.by_action.items() if key not in contract.actions
    )
    for key, op in sorted(spec.by_action.items()):
        action = contract.actions.get(key)
        if action is None or not action.models:
            continue
        spec_models = spec.models(op.operation_id) or []
        if spec_models:
            extra = [m for m in action.models if m not in spec_models]
            missing = [m for m in spec_models if m not in action.models]
            if extra:
                report.contract_only_models[op.operation_id] = extra
            if missing:
                report.spec_only_models[op.operation_id] = missing
    used: set[str] = set()
    for case in derive_cases(contract, spec):
        report.cases += 1
        # The verdict alone decides agreement; problems are phrased only for a finding.
        if checker.accepts(case.operation_id, case.body) == case.legal:
            report.agreed += 1
            continue
        problems = tuple(_spec_problems(checker, spec, case))
        covering = covering_conflict(case, spec.conflicts)
        if covering is not None:
            used.add(covering.pointer)
        origin = _origin(result, spec, case)
        report.findings.append(Finding(case, problems, origin, covering))
    report.stale = [c for c in spec.conflicts if c.pointer not in used]
    return report


def _spec_problems(checker: RequestChecker, spec: SpecActions, case: Case) -> list[str]:
    """The spec's problems with a case body, said against the variant the body selects."""
    problems = checker.problems(case.operation_id, case.body)
    if not problems:
        return []
    schemas = spec.body_schema_at(case.operation_id, case.body)
    if schemas:
        validator = checker.validators.for_pointer(schemas[0][0])
        errors = sorted(validator.iter_errors(case.body), key=lambda e: list(e.path))
        if errors:
            said = [f"{'/'.join(map(str, e.path)) or 'body'}: {e.message}" for e in errors]
            rules = [p for p in problems if not p.startswith(("body:", "/"))]
            return [*said[:3], *[r for r in rules if ":" not in r.split(" ")[0]]]
    return problems


def _origin(result: Bundle, spec: SpecActions, case: Case) -> Origin:
    if case.field:
        found = spec.property_pointer(case.operation_id, case.body, case.field)
        if found is not None:
            return result.origin(found[0])
    schemas = spec.body_schema_at(case.operation_id, case.body)
    if schemas:
        return result.origin(schemas[0][0])
    pointer = spec.body_pointer.get(case.operation_id, "")
    return result.origin(pointer)


def _short(value: Any) -> str:
    text = json.dumps(value)
    return text if len(text) <= 40 else text[:37] + "..."


def format_report(report: AuditReport, *, verbose: bool = False) -> Iterable[str]:
    yield f"contract: {report.contract}"
    yield (
        f"actions: {len(report.contract_only_actions)} only in the contract (informational), "
        f"{len(report.spec_only_operations)} spec operations without a contract action"
    )
    for key in report.contract_only_actions:
        yield f"  contract only: {key}"
    for operation_id in report.spec_only_operations:
        yield f"  spec only: {operation_id}"
    if report.contract_only_models:
        count = sum(len(v) for v in report.contract_only_models.values())
        yield f"models only in the contract (informational): {count}"
        for op, models in sorted(report.contract_only_models.items()):
            yield f"  {op}: {', '.join(models)}"
    if report.spec_only_models:
        count = sum(len(v) for v in report.spec_only_models.values())
        yield f"models only in the spec (the reference names them): {count}"
        for op, models in sorted(report.spec_only_models.items()):
            yield f"  {op}: {', '.join(models)}"
    by_topic = Counter(TOPICS[f.case.target] for f in report.unrecorded)
    yield (
        f"cases: {report.cases}, agreeing {report.agreed}, recorded conflicts explain "
        f"{len(report.recorded)}, unrecorded disagreements {len(report.unrecorded)} "
        f"({len(report.refused_legal)} legal bodies refused)"
    )
    scored = report.cases - len(report.recorded)
    yield f"conformance: {report.conformance():.2f}% of {scored} scored cases"
    for topic in TOPICS.values():
        if by_topic.get(topic):
            yield f"  {topic}: {by_topic[topic]}"
    yield f"recorded reference-vs-contract conflicts: {len(report.conflicts)}"
    if verbose:
        for conflict in report.conflicts:
            origin = report.conflict_origins[conflict.pointer]
            model = f" models={','.join(conflict.models)}" if conflict.models else ""
            yield (
                f"  {origin.file}:{origin.line}: {conflict.operation_id}{model}: "
                f"[{conflict.kind}] {conflict.field}: reference: {conflict.reference}; "
                f"contract: {conflict.contract}"
            )
    for conflict in report.stale:
        origin = report.conflict_origins[conflict.pointer]
        yield (
            f"{origin.file}:{origin.line}: {conflict.pointer}: [stale-conflict] "
            f"{conflict.operation_id} {conflict.kind} {conflict.field}: "
            "recorded, but no case disagrees any more; remove the record"
        )
    for finding in sorted(report.unrecorded, key=lambda f: (f.origin, f.case.id)):
        yield finding.describe()


def report_json(report: AuditReport) -> dict[str, Any]:
    return {
        "contract": str(report.contract),
        "cases": report.cases,
        "agreed": report.agreed,
        "conformance_percent": round(report.conformance(), 3),
        "recorded_conflicts": len(report.conflicts),
        "explained_by_conflicts": len(report.recorded),
        "unrecorded": [
            {
                "id": f.case.id,
                "operation_id": f.case.operation_id,
                "model": f.case.model,
                "label": f.case.label,
                "field": f.case.field,
                "body": f.case.body,
                "contract_legal": f.case.legal,
                "contract_problems": list(f.case.contract_problems),
                "spec_problems": list(f.spec_problems),
                "where": f"{f.origin.file}:{f.origin.line}",
            }
            for f in report.unrecorded
        ],
        "stale_conflicts": [c.pointer for c in report.stale],
        "contract_only_actions": report.contract_only_actions,
        "spec_only_operations": report.spec_only_operations,
        "contract_only_models": report.contract_only_models,
        "spec_only_models": report.spec_only_models,
    }
