"""Run the generator's checks in process and classify what happened.

The only acceptable outcomes for any input are a valid spec (whose intermediate model then
builds) or diagnostics that each name a file, a line, a pointer and a rule. Anything else (an
exception escaping the checks) is what these tests exist to catch, so it propagates.
"""

from __future__ import annotations

import re
from pathlib import Path

from generator.build import build_api
from generator.diagnostics import Diagnostic, SpecError
from generator.validate import validate_spec

RULE = re.compile(r"^[a-z0-9/.-]+$")


def well_formed(diagnostic: Diagnostic) -> bool:
    origin = diagnostic.origin
    return (
        bool(origin.file)
        and origin.line >= 1
        and (origin.pointer == "" or origin.pointer.startswith("/"))
        and bool(RULE.match(diagnostic.rule))
        and bool(diagnostic.message)
    )


def check(root: Path, project: Path) -> list[Diagnostic]:
    """The diagnostics for the spec at `root` (empty: valid, and its model built)."""
    try:
        report = validate_spec(root, project, use_redocly=False)
    except SpecError as exc:
        problems = exc.diagnostics
    else:
        problems = report.errors
        if report.ok:
            build_api(report.bundle.document)
    assert all(well_formed(d) for d in problems), [d.format() for d in problems]
    return problems
