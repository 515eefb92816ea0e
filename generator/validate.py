"""The spec gate: bundle, OpenAPI 3.1 schema, project lint rules, examples, Redocly.

The checks run in stages, each trusting what the previous one established: a document with a
broken or refused `$ref` goes no further (every later tool would follow the ref itself, to a
crash or to the network), and the project rules run only on a structurally valid document.
"""

from __future__ import annotations

import csv
import importlib
import io
import sys
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import cache
from .bundle import UNPLACED, Bundle, UnplacedBundle, bundle, inside
from .diagnostics import Diagnostic, Origin, SpecError, join_pointer
from .examples import check_examples, collect_examples
from .fragments import Fragments, fragments
from .lint import check_reference_coverage, lint
from .load import read_text
from .openapi import SchemaValidators
from .parallel import Beside, Later
from .redocly import IncrementalRedocly, redocly_fingerprint
from .redocly_process import WaitingRedocly, take_ahead
from .reference import REFERENCE_LIST, ReferenceOperation, reference_operations
from .stats import SpecStats, spec_stats
from .structure_check import VALIDATOR_DISTRIBUTIONS, StructureCheck

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError

    from .oas_schema import StructureError
    from .semantic_check import SemanticPlan

REFERENCE_COLUMNS = ("group", "method", "path", "kind")


@dataclass
class Report:
    bundle: Bundle
    errors: list[Diagnostic] = field(default_factory=list)
    warnings: list[Diagnostic] = field(default_factory=list)
    examples: int = 0  # how many documented examples were checked
    reference: list[ReferenceOperation] | None = None

    @property
    def ok(self) -> bool:
        return not self.errors

    @cached_property
    def stats(self) -> SpecStats | None:
        """The figures `make validate` prints, of a spec that passed (worked out when asked:
        generating never asks)."""
        if not self.ok:
            return None
        return spec_stats(self.bundle.document, self.examples, self.reference)


def _semantic_error_types() -> tuple[type[Exception], ...]:
    """openapi-spec-validator findings that leave the document well formed (the project rules
    can still read it); any other finding is structural and stops validation before them.

    openapi-spec-validator (and what it imports: pydantic-settings, requests...) is imported
    only when its checks run: a run whose verdict is remembered does not pay for it.
    """
    from openapi_spec_validator.validation.exceptions import (
        DuplicateOperationIDError,
        ExtraParametersError,
        ParameterDuplicateError,
        UnresolvableParameterError,
    )

    return (
        DuplicateOperationIDError,
        ExtraParametersError,
        ParameterDuplicateError,
        UnresolvableParameterError,
    )


def _schema_diagnostic(result: Bundle, error: ValidationError) -> Diagnostic:
    from jsonschema.exceptions import best_match

    detail = best_match([error]) if getattr(error, "context", None) else error
    path = [str(p) for p in getattr(detail, "absolute_path", [])]
    origin = result.origin(join_pointer("", *path))
    return Diagnostic(origin, "openapi-schema", detail.message[:400])


def _structure_diagnostic(result: Bundle, error: StructureError) -> Diagnostic:
    path, message = error
    return Diagnostic(result.origin(join_pointer("", *path)), "openapi-schema", message)


def _library_errors(
    result: Bundle, plan: SemanticPlan | None = None
) -> tuple[list[Diagnostic], list[Diagnostic]]:
    """(structural, semantic) findings of openapi-spec-validator's own checks.

    With a `plan` that has a subset, only its path items are checked (semantic_check.py); a
    finding there means a check of the whole document, whose findings are the ones reported.
    """
    from .semantic_check import semantic_errors

    kinds = _semantic_error_types()

    def check(document: dict[str, Any], whole: bool) -> tuple[list[Diagnostic], list[Diagnostic]]:
        structural: list[Diagnostic] = []
        semantic: list[Diagnostic] = []
        for error in semantic_errors(document, components=whole):
            found = _schema_diagnostic(result, error)
            (semantic if isinstance(error, kinds) else structural).append(found)
        return structural, semantic

    if plan is not None and plan.subset is not None:
        structural, semantic = check(plan.document, whole=False)
        if not structural and not semantic:
            return [], []
        plan.whole()
    return check(result.document, whole=True)


def openapi_schema_errors(result: Bundle) -> tuple[list[Diagnostic], list[Diagnostic]]:
    """(structural, semantic) errors from openapi-spec-validator, one per failing location.

    The document is checked against the OpenAPI 3.1 schema (Schema Objects included) first; the
    library's own checks of operations and schemas run only on a document that passed (they
    assume its shape).
    """
    check = StructureCheck(result.document)
    try:
        structural = [_structure_diagnostic(result, e) for e in check.errors()]
    finally:
        check.close()
    if structural:
        return structural, []
    return _library_errors(result)


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


@dataclass
class _Outcome:
    """What a check that ran ahead of its precondition found, or the exception it raised."""

    errors: list[Diagnostic] = field(default_factory=list)
    examples: int = 0
    failure: BaseException | None = None
    plan: SemanticPlan | None = None  # what the per-item checks looked at


def _project_checks(
    result: Bundle, reference: list[ReferenceOperation] | None, parts: Fragments | None = None
) -> _Outcome:
    """openapi-spec-validator's own checks, then the project rules, coverage and examples.

    They assume a structurally valid document and run while the structure check is still going
    (in the other process): if it then finds errors, this outcome (even an exception) is dropped,
    exactly as if these checks had never started. With `parts`, the library's checks and the
    examples look only at the path items not seen passing before (semantic_check.SemanticPlan),
    and the project rules recall their findings on the items seen before (lint.ITEM_RULES).
    """
    try:
        from .semantic_check import SemanticPlan

        plan = SemanticPlan(result.document, parts) if parts is not None else None
        structural, semantic = _library_errors(result, plan)
        if structural:
            return _Outcome(structural)
        outcome = _Outcome(semantic)
        outcome.errors.extend(lint(result, parts))
        if reference is not None:
            outcome.errors.extend(check_reference_coverage(result, reference))
        document = plan.document if plan is not None else result.document
        _, example_errors = check_examples(result, SchemaValidators(document), document)
        if example_errors and plan is not None and plan.subset is not None:
            plan.whole()
            _, example_errors = check_examples(result, SchemaValidators(result.document))
        outcome.errors.extend(example_errors)
        outcome.examples = len(collect_examples(result.document))
        outcome.plan = plan
        return outcome
    except Exception as exc:  # re-raised below unless the document turns out malformed
        return _Outcome(failure=exc)


def _python_checks(
    result: Bundle, reference: list[ReferenceOperation] | None, parts: Fragments | None = None
) -> tuple[list[Diagnostic], int]:
    """(errors, number of examples) of every check but Redocly's."""
    structure = StructureCheck(result.document)
    try:
        ahead = _project_checks(result, reference, parts)
        structural = [_structure_diagnostic(result, e) for e in structure.errors()]
    finally:
        structure.close()
    if structural:
        return structural, 0
    if ahead.failure is not None:
        raise ahead.failure
    if ahead.plan is not None and not ahead.errors:
        ahead.plan.passed()  # only now is the whole known to be well formed
    return ahead.errors, ahead.examples


def _placed(result: Bundle, errors: list[Diagnostic]) -> list[Diagnostic]:
    """`errors` from `_checks_apart`, at their positions in `result`'s sources."""
    return [
        Diagnostic(result.origin(e.origin.pointer), e.rule, e.message)
        if e.origin.file == UNPLACED
        else e
        for e in errors
    ]


ChecksOutcome = tuple[list[Diagnostic], int, dict[str, int], dict[str, int]]


def _checks_apart(
    document: dict[str, Any], reference: list[ReferenceOperation] | None, parts: Fragments
) -> ChecksOutcome:
    """`_python_checks` in a second process (its diagnostics unplaced), with the cache lookups
    it counted there."""
    cache.reused.clear()
    cache.recomputed.clear()
    errors, examples = _python_checks(UnplacedBundle(document), reference, parts)
    return errors, examples, dict(cache.reused), dict(cache.recomputed)


#: What the checks import beyond this module: jsonschema with the OpenAPI schemas, and
#: openapi-spec-validator (through pydantic-settings and requests), about 0.3 s in all.
CHECK_MODULES = ("generator.oas_schema", "generator.semantic_check")


def _import_checks() -> None:
    for module in CHECK_MODULES:
        importlib.import_module(module)


def _early_checks() -> Later[ChecksOutcome] | None:
    """The checks' process, forked before bundling when the check libraries are not imported
    yet: it imports them while this process bundles (a process that has them, a test run, forks
    once the bundle is known, as Beside)."""
    if all(module in sys.modules for module in CHECK_MODULES):
        return None
    return Later(_checks_apart, _import_checks)


def _verdict_key(parts: Fragments, root: Path, *extra: str | bytes) -> str:
    """Everything a verdict depends on: the bundled document (its content and key order), the
    reference list, the validators' versions and the generator's own code."""
    listing = root.parent / REFERENCE_LIST
    return cache.digest(
        parts.whole,
        listing.read_bytes() if listing.is_file() else b"",
        cache.versions(*VALIDATOR_DISTRIBUTIONS),
        cache.code_fingerprint(),
        *extra,
    )


def _cached_warnings(result: Bundle, found: Any) -> list[Diagnostic] | None:
    """Redocly's remembered warnings, placed in the current sources (lines may have moved)."""
    if not isinstance(found, list):
        return None
    return result.placed(found)


class Validation:
    """Every check of one spec, in two phases, so the caller can work in between.

    `python_checks()` runs everything but Redocly (which starts at once, in its own process,
    once the bundle is clean) and says whether the spec passed them; the caller may then render
    while Redocly is still linting, and `finish()` waits for Redocly and gives the whole report.
    A document that passed is remembered (.cache/generator/, generator/cache.py) by everything
    the verdict depends on, so checking the same content again costs only the bundling; a
    failing one is always checked again (its diagnostics carry source lines).
    """

    def __init__(self, root: Path, project: Path, *, use_redocly: bool = True) -> None:
        self.root = root
        self._redocly: IncrementalRedocly | None = None
        self._ahead: Beside[ChecksOutcome] | Later[ChecksOutcome] | None = None
        self._parts: Fragments | None = None
        self._early = _early_checks()
        # The Redocly `python -m generator` started before it imported the generator, loading
        # its modules while this process bundles (generator/redocly_process.py). Without one (a
        # test, the release loop) Redocly starts once the bundle is known to need it.
        waiting = take_ahead(project, root) if use_redocly else None
        try:
            waiting = self._start(root, project, waiting, use_redocly=use_redocly)
        except BaseException:
            self.close()
            raise
        finally:
            if waiting is not None:  # no lint took it: the bundle broke, or the verdict is known
                waiting.close()
        if self._finished or isinstance(self._examples, int):  # no checks to run
            self._close_early()

    def _start(
        self, root: Path, project: Path, waiting: WaitingRedocly | None, *, use_redocly: bool
    ) -> WaitingRedocly | None:
        """Bundle and look the verdicts up; `waiting` is handed to the lint that needs it, or
        returned."""
        self.result = bundle(root, project)
        self.report = Report(bundle=self.result, errors=list(self.result.diagnostics))
        self.report.errors.extend(check_reference_list(root, project))
        self._redocly_key = ""
        self._warnings: list[Diagnostic] | None = []
        self._examples: Any = None
        self._reference: list[ReferenceOperation] | None = None
        self._finished = not self.report.ok  # a broken bundle goes no further
        if self._finished:
            return waiting
        self._reference = reference_operations(root)
        self._parts = fragments(self.result.document)
        self._python_key = _verdict_key(self._parts, root)
        self._examples = cache.load("verdict-python", self._python_key)
        if use_redocly:
            self._redocly_key = _verdict_key(self._parts, root, redocly_fingerprint(project))
            found = cache.load("verdict-redocly", self._redocly_key)
            self._warnings = _cached_warnings(self.result, found)
            if self._warnings is None:
                # Every ref is now local and resolves, so Redocly may read the bundle meanwhile.
                self._redocly = IncrementalRedocly(self.result, project, self._parts, waiting)
                return None
        return waiting

    @property
    def parts(self) -> Fragments | None:
        """The bundled document's fragments (None when the bundle failed)."""
        return self._parts

    def start_python_checks(self) -> None:
        """Start the checks but Redocly's in a second process, when they are not remembered:
        the caller renders meanwhile, and `python_checks()` or `finish()` collects them."""
        if not self._finished and not isinstance(self._examples, int) and self._ahead is None:
            arguments = (self.result.document, self._reference, self._parts)
            if self._early is not None:
                self._early.start(*arguments)
                self._ahead, self._early = self._early, None
            else:
                self._ahead = Beside(_checks_apart, *arguments)

    def python_checks(self) -> bool:
        """Run (or recall) every check but Redocly's; True when they all passed."""
        if not self._finished and not isinstance(self._examples, int):
            if self._ahead is not None:
                errors, self._examples, reused, recomputed = self._ahead.result()
                errors = _placed(self.result, errors)
                self._ahead = None
                cache.reused.update(reused)
                cache.recomputed.update(recomputed)
            else:
                errors, self._examples = _python_checks(self.result, self._reference, self._parts)
            self.report.errors.extend(errors)
            if not errors:
                cache.store("verdict-python", self._python_key, self._examples)
        return self.report.ok

    def finish(self) -> Report:
        """The whole report, Redocly's findings included."""
        try:
            self.python_checks()
            if self._redocly is not None:
                errors, self._warnings, findings = self._redocly.findings()
                self.report.errors.extend(errors)
                if not errors:
                    cache.store("verdict-redocly", self._redocly_key, findings)
            self.report.warnings.extend(self._warnings or [])
        finally:
            self.close()
        report = self.report
        report.errors = sorted(set(report.errors))
        report.warnings = sorted(set(report.warnings))
        if report.ok and not self._finished:
            report.examples, report.reference = self._examples, self._reference
        self._finished = True
        return report

    def _close_early(self) -> None:
        if self._early is not None:
            self._early.close()
            self._early = None

    def close(self) -> None:
        """Stop the checks and Redocly if their verdicts are no longer wanted."""
        self._close_early()
        if self._ahead is not None:
            self._ahead.close()
            self._ahead = None
        if self._redocly is not None:
            self._redocly.close()
            self._redocly = None


def validate_spec(root: Path, project: Path, *, use_redocly: bool = True) -> Report:
    """Run every check; the report holds all problems found at the first failing stage."""
    return Validation(root, project, use_redocly=use_redocly).finish()
