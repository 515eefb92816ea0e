"""The commands of `python -m generator` (generator/__main__.py starts them): validate,
generate, check, audit-contract, diff, release, publish."""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from . import cache
from .arguments import PIPELINE_COMMANDS, parse_arguments
from .collector import tuned_garbage_collector
from .diagnostics import SpecError
from .pipeline import check_generated, generate
from .project import PROJECT
from .validate import validate_spec

if TYPE_CHECKING:
    from .changes import Layout

# The release loop (diff, release, publish) and the contract audit import their modules when
# they run: `generate`, `validate` and `check` do not pay for them.


def _print_report_problems(errors: list[str], warnings: list[str], limit: int) -> None:
    for line in errors[:limit]:
        print(f"error: {line}", file=sys.stderr)
    if len(errors) > limit:
        print(f"... and {len(errors) - limit} more errors", file=sys.stderr)
    for line in warnings[:limit]:
        print(f"warning: {line}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    """Run the command `argv` names (the process's arguments by default)."""
    return run(parse_arguments(argv), time.perf_counter())


def run(args: argparse.Namespace, started: float) -> int:
    """Run a parsed command; `started`, when the process began it (for the timings printed)."""
    if args.command == "diff":
        return _diff(args)
    if args.command == "release":
        return _release(args)
    if args.command == "publish":
        return _publish(args)

    if args.command == "audit-contract":
        return _audit(args.spec, args.contract, as_json=args.json, verbose=args.verbose)

    try:
        if args.command == "validate":
            return _validate(args, started)
        if args.command == "generate":
            written = generate(args.spec, args.out, use_redocly=not args.no_redocly)
            print(
                f"generated {written} files into {args.out} ({time.perf_counter() - started:.1f}s)"
            )
            if os.environ.get(cache.STATS_ENV):
                print(cache.summary(), file=sys.stderr)
            return 0
        stale = check_generated(args.spec, args.out)
    except SpecError as exc:
        _print_report_problems([d.format() for d in exc.diagnostics], [], args.limit)
        untouched = "" if args.command == "validate" else f"; {args.out} left untouched"
        print(f"spec invalid: {len(exc.diagnostics)} errors{untouched}", file=sys.stderr)
        return 1
    if stale:
        for name in stale:
            print(f"differs: {name}", file=sys.stderr)
        print("generated/ is not what `make generate` produces from the spec", file=sys.stderr)
        return 1
    print("generated/ is up to date")
    return 0


def _validate(args: argparse.Namespace, started: float) -> int:
    report = validate_spec(args.spec, PROJECT, use_redocly=not args.no_redocly)
    _print_report_problems(
        [d.format() for d in report.errors], [d.format() for d in report.warnings], args.limit
    )
    if not report.ok:
        print(f"spec invalid: {len(report.errors)} errors", file=sys.stderr)
        return 1
    assert report.stats is not None
    if args.notes:
        from .notes import iter_notes

        for pointer, extension, text in iter_notes(report.bundle.document):
            origin = report.bundle.origin(pointer)
            print(f"{origin.file}:{origin.line}: {pointer}: [{extension}] {text}")
    for line in report.stats.lines():
        print(line)
    print(f"redocly warnings: {len(report.warnings)}")
    print(f"spec valid ({time.perf_counter() - started:.1f}s)")
    return 0


def _audit(spec: Path, contract: Path, *, as_json: bool, verbose: bool) -> int:
    """Exit 0 when every disagreement with the contract is recorded in the spec, else 1."""
    from .audit import audit, format_report, report_json

    if not contract.is_file():
        print(f"error: contract file not found: {contract}", file=sys.stderr)
        return 2
    try:
        report = audit(spec, contract, PROJECT)
    except SpecError as exc:
        _print_report_problems([d.format() for d in exc.diagnostics], [], 200)
        return 1
    except (ValueError, KeyError, TypeError) as exc:
        print(f"error: {contract}: not a RunAPI contract file ({exc})", file=sys.stderr)
        return 2
    if as_json:
        print(json.dumps(report_json(report), indent=2, sort_keys=True))
    else:
        for line in format_report(report, verbose=verbose):
            print(line)
    return 0 if report.ok else 1


# -- the release loop (generator/changes.py, release.py; RELEASING.md) ------------------------


def _layout(spec: Path) -> Layout:
    """The project around a spec root: <project>/spec/openapi.yaml."""
    from .changes import Layout

    return Layout(spec.resolve().parent.parent)


def _diff(args: argparse.Namespace) -> int:
    """Exit 0 whatever changed (the report says what); 1 on an invalid spec or a bad ref."""
    from .changes import compare
    from .changes_text import format_text as format_changes
    from .changes_text import to_json as changes_json
    from .gitrefs import GitError

    try:
        result = compare(_layout(args.spec), args.base, python_api=not args.no_python_api)
    except SpecError as exc:
        _print_report_problems([d.format() for d in exc.diagnostics], [], args.limit)
        return 1
    except GitError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(changes_json(result), indent=2, ensure_ascii=False))
    else:
        print("\n".join(format_changes(result)))
    return 0


def _release(args: argparse.Namespace) -> int:
    """Exit 0 after a release (or its dry run); 1 when it cannot go ahead or failed."""
    from .changes_text import format_text as format_changes
    from .gitrefs import GitError
    from .release import ReleaseError, artifacts, release

    layout = _layout(args.spec)
    try:
        plan = release(layout, dry_run=args.dry_run, day=args.date, use_redocly=not args.no_redocly)
    except SpecError as exc:
        _print_report_problems([d.format() for d in exc.diagnostics], [], args.limit)
        return 1
    except (ReleaseError, GitError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        print(
            "no tag was made; SDK_VERSION, CHANGELOG.md and generated/ are unchanged",
            file=sys.stderr,
        )
        return 1
    if plan.diff is not None:
        print("\n".join(format_changes(plan.diff)))
        print()
    how = "first release" if plan.bump is None else f"{plan.bump} bump"
    print(
        f"{'would release' if args.dry_run else 'released'} {plan.version} ({how}), tag {plan.tag}"
    )
    print()
    print(plan.entry)
    if not args.dry_run:
        print()
        print(f"built: {', '.join(p.name for p in artifacts(layout, plan.version))} in dist/")
        print("next: make publish REPOSITORY_URL=<upload URL>")
    return 0


def _publish(args: argparse.Namespace) -> int:
    from .gitrefs import GitError
    from .release import ReleaseError, publish

    if not args.repository_url:
        print(
            "error: --repository-url is required (make publish REPOSITORY_URL=...)", file=sys.stderr
        )
        return 2
    try:
        files = publish(_layout(args.spec), args.repository_url)
    except (ReleaseError, GitError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"uploaded {', '.join(p.name for p in files)} to {args.repository_url}")
    return 0


def _exit_now(code: int) -> None:
    """End the process without the interpreter's teardown: every file is written and closed,
    every worker process joined, every thread ended; what is left is freeing, one by one, the
    millions of objects a run builds (tens of milliseconds of every `make generate`)."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def run_tuned(args: argparse.Namespace, started: float) -> int:
    """`run` with the collector tuned, as a process of its own runs it (`python -m generator`,
    and each run of the generator worker)."""
    gc.collect()  # what the imports left behind, before it is frozen
    with tuned_garbage_collector():
        return run(args, started)


def run_as_process(
    args: argparse.Namespace, started: float, then: Callable[[], object] | None = None
) -> NoReturn:
    """`run` as `python -m generator` does it, then `then` (the command's work done), then
    exit."""
    code = run_tuned(args, started)
    if then is not None:
        then()
    # The pipeline's commands, run on every edit, skip the teardown; the release loop's keep it
    # (they hand files to other libraries, and a release is seconds long anyway).
    if args.command in PIPELINE_COMMANDS:
        _exit_now(code)
    sys.exit(code)
