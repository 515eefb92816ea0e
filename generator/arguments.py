"""The arguments of `python -m generator`, parsed before the generator is imported
(generator/__main__.py): only the standard library and the project's paths."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from .project import DEFAULT_CONTRACT, GENERATED, PROJECT, SPEC_ROOT

DESCRIPTION = (
    "Command line: `python -m generator <command>`: validate, generate, check, audit-contract, "
    "diff, release, publish."
)
#: The commands that validate the spec (and so run Redocly, unless --no-redocly).
PIPELINE_COMMANDS = ("validate", "generate", "check")


def parse_arguments(argv: list[str] | None = None) -> argparse.Namespace:
    """The command and its options (argparse exits with its usage on bad arguments)."""
    parser = argparse.ArgumentParser(prog="python -m generator", description=DESCRIPTION)
    parser.add_argument(
        "command",
        choices=[*PIPELINE_COMMANDS, "audit-contract", "diff", "release", "publish"],
    )
    parser.add_argument(
        "contract",
        nargs="?",
        type=Path,
        default=PROJECT / DEFAULT_CONTRACT,
        help="audit-contract: the vendor contract file (default: the shared reference copy)",
    )
    parser.add_argument("--json", action="store_true", help="audit-contract, diff: machine output")
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
    _release_arguments(parser)
    return parser.parse_args(argv)


def _release_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--base",
        help="diff: the git ref to compare with (default: the last release tag, else HEAD)",
    )
    parser.add_argument(
        "--no-python-api", action="store_true", help="diff: skip the griffe check of the package"
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="release: print the plan, write nothing"
    )
    parser.add_argument(
        "--date", type=date.fromisoformat, help="release: the release date (default: today)"
    )
    parser.add_argument("--repository-url", help="publish: the package index upload URL")
