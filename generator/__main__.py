"""Command line: `python -m generator validate|generate|check`."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .diagnostics import SpecError
from .pipeline import GENERATED, PROJECT, SPEC_ROOT, check_generated, generate
from .validate import validate_spec


def _print_report_problems(errors: list[str], warnings: list[str], limit: int) -> None:
    for line in errors[:limit]:
        print(f"error: {line}", file=sys.stderr)
    if len(errors) > limit:
        print(f"... and {len(errors) - limit} more errors", file=sys.stderr)
    for line in warnings[:limit]:
        print(f"warning: {line}", file=sys.stderr)


def _validate(args: argparse.Namespace, started: float) -> int:
    report = validate_spec(args.spec, PROJECT, use_redocly=not args.no_redocly)
    _print_report_problems(
        [d.format() for d in report.errors], [d.format() for d in report.warnings], args.limit
    )
    if not report.ok:
        print(f"spec invalid: {len(report.errors)} errors", file=sys.stderr)
        return 1
    assert report.stats is not None
    for line in report.stats.lines():
        print(line)
    print(f"redocly warnings: {len(report.warnings)}")
    print(f"spec valid ({time.perf_counter() - started:.1f}s)")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument("command", choices=["validate", "generate", "check"])
    parser.add_argument("--spec", type=Path, default=SPEC_ROOT, help="root spec file")
    parser.add_argument("--out", type=Path, default=GENERATED, help="generated tree")
    parser.add_argument("--no-redocly", action="store_true", help="skip the Redocly lint")
    parser.add_argument("--limit", type=int, default=200, help="most problems to print")
    args = parser.parse_args(argv)
    started = time.perf_counter()

    try:
        if args.command == "validate":
            return _validate(args, started)
        if args.command == "generate":
            written = generate(args.spec, args.out, use_redocly=not args.no_redocly)
            print(
                f"generated {written} files into {args.out} ({time.perf_counter() - started:.1f}s)"
            )
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


if __name__ == "__main__":
    sys.exit(main())
