"""Command line: `python -m generator validate|generate|check|audit-contract`."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from .audit import audit, format_report, report_json
from .contract import DEFAULT_CONTRACT
from .diagnostics import SpecError
from .notes import iter_notes
from .pipeline import GENERATED, PROJECT, SPEC_ROOT, check_generated, generate
from .validate import validate_spec


def _print_report_problems(errors: list[str], warnings: list[str], limit: int) -> None:
    for line in errors[:limit]:
        print(f"error: {line}", file=sys.stderr)
    if len(errors) > limit:
        print(f"... and {len(errors) - limit} more errors", file=sys.stderr)
    for line in warnings[:limit]:
        print(f"warning: {line}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument("command", choices=["validate", "generate", "check", "audit-contract"])
    parser.add_argument(
        "contract",
        nargs="?",
        type=Path,
        default=PROJECT / DEFAULT_CONTRACT,
        help="audit-contract: the vendor contract file (default: the shared reference copy)",
    )
    parser.add_argument("--json", action="store_true", help="audit-contract: machine output")
    parser.add_argument(
        "--notes",
        action="store_true",
        help="validate: also list the maintainer notes (x-runapi-reading, x-runapi-source)",
    )
    parser.add_argument(
        "--verbose", action="store_true", help="audit-contract: list the recorded conflicts too"
    )
    parser.add_argument("--spec", type=Path, default=SPEC_ROOT, help="root spec file")
    parser.add_argument("--out", type=Path, default=GENERATED, help="generated tree")
    parser.add_argument("--no-redocly", action="store_true", help="skip the Redocly lint")
    parser.add_argument("--limit", type=int, default=200, help="most problems to print")
    args = parser.parse_args(argv)
    started = time.perf_counter()

    if args.command == "audit-contract":
        return _audit(args.spec, args.contract, as_json=args.json, verbose=args.verbose)

    if args.command == "validate":
        report = validate_spec(args.spec, PROJECT, use_redocly=not args.no_redocly)
        _print_report_problems(
            [d.format() for d in report.errors], [d.format() for d in report.warnings], args.limit
        )
        if not report.ok:
            print(f"spec invalid: {len(report.errors)} errors", file=sys.stderr)
            return 1
        assert report.stats is not None
        if args.notes:
            for pointer, extension, text in iter_notes(report.bundle.document):
                origin = report.bundle.origin(pointer)
                print(f"{origin.file}:{origin.line}: {pointer}: [{extension}] {text}")
        for line in report.stats.lines():
            print(line)
        print(f"redocly warnings: {len(report.warnings)}")
        print(f"spec valid ({time.perf_counter() - started:.1f}s)")
        return 0

    try:
        if args.command == "generate":
            written = generate(args.spec, args.out, use_redocly=not args.no_redocly)
            print(
                f"generated {written} files into {args.out} ({time.perf_counter() - started:.1f}s)"
            )
            return 0
        stale = check_generated(args.spec, args.out)
    except SpecError as exc:
        _print_report_problems([d.format() for d in exc.diagnostics], [], args.limit)
        print(
            f"spec invalid: {len(exc.diagnostics)} errors; {args.out} left untouched",
            file=sys.stderr,
        )
        return 1
    if stale:
        for name in stale:
            print(f"differs: {name}", file=sys.stderr)
        print("generated/ is not what `make generate` produces from the spec", file=sys.stderr)
        return 1
    print("generated/ is up to date")
    return 0


def _audit(spec: Path, contract: Path, *, as_json: bool, verbose: bool) -> int:
    """Exit 0 when every disagreement with the contract is recorded in the spec, else 1."""
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


if __name__ == "__main__":
    sys.exit(main())
