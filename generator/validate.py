"""The spec gate: bundle, OpenAPI 3.1 schema, project lint rules, examples, Redocly.

The checks run in stages, each trusting what the previous one established: a document with a
broken or refused `$ref` goes no further (every later tool would follow the ref itself, to a
crash or to the network), and the project rules run only on a structurally valid document.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from jsonschema.exceptions import ValidationError, best_match
from openapi_spec_validator import OpenAPIV31SpecValidator
from openapi_spec_validator.validation.exceptions import (
    DuplicateOperationIDError,
    ExtraParametersError,
    ParameterDuplicateError,
    UnresolvableParameterError,
)

from .bundle import Bundle, bundle, inside
from .diagnostics import Diagnostic, Origin, SpecError
from .examples import check_examples
from .lint import check_reference_coverage, lint
from .load import read_text
from .oas_schema import structure_validator
from .openapi import SchemaValidators
from .redocly import RedoclyLint
from .reference import REFERENCE_LIST, reference_operations
from .stats import SpecStats, spec_stats

REFERENCE_COLUMNS = ("group", "method", "path", "kind")


@dataclass
class Report:
    bundle: Bundle
    errors: list[Diagnostic] = field(default_factory=list)
    warnings: list[Diagnostic] = field(default_factory=list)
    stats: SpecStats | None = None

    @property
    def ok(self) -> bool:
        return not self.errors


#: openapi-spec-validator findings that leave the document well formed (the project rules can
#: still read it); any other finding is structural and stops validation before them.
SEMANTIC_ERRORS = (
    DuplicateOperationIDError,
    ExtraParametersError,
    ParameterDuplicateError,
    UnresolvableParameterError,
)


def _schema_diagnostic(result: Bundle, error: ValidationError) -> Diagnostic:
    detail = best_match([error]) if getattr(error, "context", None) else error
    path = [str(p) for p in getattr(detail, "absolute_path", [])]
    pointer = "".join("/" + p.replace("~", "~0").replace("/", "~1") for p in path)
    return Diagnostic(result.origin(pointer), "openapi-schema", detail.message[:400])


def openapi_schema_errors(result: Bundle) -> tuple[list[Diagnostic], list[Diagnostic]]:
    """(structural, semantic) errors from openapi-spec-validator, one per failing location.

    The document is checked against the OpenAPI 3.1 schema (Schema Objects included) first; the
    library's own checks of operations and schemas run only on a document that passed (they
    assume its shape).
    """
    structural = [
        _schema_diagnostic(result, error)
        for error in structure_validator().iter_errors(result.document)
    ]
    if structural:
        return structural, []
    validator = OpenAPIV31SpecValidator(result.document)
    semantic: list[Diagnostic] = []
    for error in validator.root_validator(validator.schema_path):
        found = _schema_diagnostic(result, error)
        (semantic if isinstance(error, SEMANTIC_ERRORS) else structural).append(found)
    return structural, semantic


def check_reference_list(root: Path, project: Path) -> list[Diagnostic]:
    """The reference list beside the root spec is readable, inside the spec folder, well formed."""
    listing = root.parent / REFERENCE_LIST
    if not listing.exists():
        return []
    try:
        display = str(listing.absolute().relative_to(project.resolve()))
    except ValueError:
        display = str(listing)
    if not inside(listing, root.absolute().parent.resolve()):
        message = "the reference list is a symbolic link to outside the spec folder"
        return [Diagnostic(Origin(display, 1, ""), "ref-outside", message)]
    try:
        reader = csv.reader(io.StringIO(read_text(listing, display), newline=""), delimiter="\t")
        rows = [(reader.line_num, row) for row in reader if row]
    except SpecError as exc:
        return exc.diagnostics
    except csv.Error as exc:
        return [Diagnostic(Origin(display, 1, ""), "reference-list", str(exc))]
    header = rows[0][1] if rows else []
    missing = [c for c in REFERENCE_COLUMNS if c not in header]
    if missing:
        return [Diagnostic(Origin(display, 1, ""), "reference-list", f"no column {missing}")]
    width = max(header.index(c) for c in REFERENCE_COLUMNS) + 1
    return [
        Diagnostic(
            Origin(display, line, ""),
            "reference-list",
            f"row has {len(row)} tab-separated fields; {', '.join(REFERENCE_COLUMNS)} are needed",
        )
        for line, row in rows[1:]
        if len(row) < width
    ]


def validate_spec(root: Path, project: Path, *, use_redocly: bool = True) -> Report:
    """Run every check; the report holds all problems found at the first failing stage."""
    result = bundle(root, project)
    report = Report(bundle=result, errors=list(result.diagnostics))
    report.errors.extend(check_reference_list(root, project))
    if not report.ok:
        return report
    # Every ref is now local and resolves, so Redocly (Node) may read the bundle in parallel.
    redocly = RedoclyLint(result, project) if use_redocly else None
    try:
        structural, semantic = openapi_schema_errors(result)
        report.errors.extend(structural)
        example_count = 0
        reference = reference_operations(root)
        if report.ok:  # the project rules assume a structurally valid document
            report.errors.extend(semantic)
            report.errors.extend(lint(result))
            if reference is not None:
                report.errors.extend(check_reference_coverage(result, reference))
            validators = SchemaValidators(result.document)
            example_count, example_errors = check_examples(result, validators)
            report.errors.extend(example_errors)
        if redocly is not None:
            errors, warnings = redocly.result()
            report.errors.extend(errors)
            report.warnings.extend(warnings)
    finally:
        if redocly is not None:
            redocly.close()
    report.errors = sorted(set(report.errors))
    report.warnings = sorted(set(report.warnings))
    if report.ok:
        report.stats = spec_stats(result.document, example_count, reference)
    return report
