"""`python -m generator <command>` (generator/commands.py runs it).

Redocly is started before the generator is imported: node spends about 0.4 s of CPU loading
the CLI's modules, and does so while Python imports the generator and bundles the spec; the
run's validation takes it over (generator/redocly_process.py). Only the standard library and
three small modules are imported until then.
"""

from __future__ import annotations

import sys
import time

from .arguments import PIPELINE_COMMANDS, parse_arguments
from .project import PROJECT
from .redocly_process import start_ahead


def _main() -> None:
    started = time.perf_counter()
    args = parse_arguments(sys.argv[1:])
    if args.command in PIPELINE_COMMANDS and not args.no_redocly:
        start_ahead(PROJECT, args.spec)
    from .commands import run_as_process

    run_as_process(args, started)


if __name__ == "__main__":
    _main()
