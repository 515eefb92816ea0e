"""The spec gate: bundle, OpenAPI 3.1 schema, project lint rules, examples, Redocly."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from jsonschema.exceptions import best_match
from openapi_spec_validator import OpenAPIV31SpecValidator

from .bundle import Bundle, bundle
from .diagnostics import Diagnostic
from .examples import check_examples
from .lint import check_reference_coverage, lint
from .openapi import SchemaValidators
from .redocly import RedoclyLint
from .reference import reference_operations
from .stats import SpecStats, spec_stats


@dataclass
class Report:
    bundle: Bundle
    errors: list[Diagnostic] = field(default_factory=list)
    warnings: list[Diagnostic] = field(default_factory=list)
    stats: SpecStats | None = None

    @property
    def ok(self) -> bool:
        return not self.errors


def openapi_schema_errors(result: Bundle) -> list[Diagnostic]:
    """Structural errors from openapi-spec-validator, one per failing location."""
    problems = []
    for error in OpenAPIV31SpecValidator(result.document).iter_errors():
        detail = best_match([error]) if getattr(error, "context", None) else error
        path = [str(p) for p in getattr(detail, "absolute_path", [])]
        pointer = "".join("/" + p.replace("~", "~0").replace("/", "~1") for p in path)
        problems.append(Diagnostic(result.origin(pointer), "openapi-schema", detail.message[:400]))
    return problems


def validate_spec(root: Path, project: Path, *, use_redocly: bool = True) -> Report:
    """Run every check; the report holds all problems found, not just the first."""
    result = bundle(root, project)
    redocly = RedoclyLint(result, project) if use_redocly else None
    report = Report(bundle=result, errors=list(result.diagnostics))
    report.errors.extend(openapi_schema_errors(result))
    report.errors.extend(lint(result))
    reference = reference_operations(root)
    if reference is not None:
        report.errors.extend(check_reference_coverage(result, reference))
    validators = SchemaValidators(result.document)
    example_count, example_errors = check_examples(result, validators)
    report.errors.extend(example_errors)
    if redocly is not None:
        errors, warnings = redocly.result()
        report.errors.extend(errors)
        report.warnings.extend(warnings)
    report.errors = sorted(set(report.errors))
    report.warnings = sorted(set(report.warnings))
    report.stats = spec_stats(result.document, example_count, reference)
    return report
