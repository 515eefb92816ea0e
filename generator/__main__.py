"""`python -m generator <command>` (generator/commands.py runs it).

With RUNAPI_GENERATOR_WORKER set (`make generate` sets it), a pipeline command is handed to the
generator worker, which has the generator imported and Redocly loaded already
(generator/worker.py); without one answering, the command runs here and a worker is started
afterwards for the next run.

Here, Redocly is started before the generator is imported: node spends about 0.4 s of CPU
loading the CLI's modules, and does so while Python imports the generator and bundles the spec;
the run's validation takes it over (generator/redocly_process.py). Only the standard library and
four small modules are imported until then.
"""

from __future__ import annotations

import contextlib
import sys
import time

from . import worker_client
from .arguments import PIPELINE_COMMANDS, parse_arguments
from .project import PROJECT
from .redocly_process import start_ahead


def _main() -> None:
    started = time.perf_counter()
    args = parse_arguments(sys.argv[1:])
    pipeline = args.command in PIPELINE_COMMANDS
    worker = worker_client.socket_path() if pipeline and worker_client.enabled() else None
    if worker is not None:
        code = worker_client.run_in_worker(worker, sys.argv[1:])
        if code is not None:
            sys.exit(code)
    if pipeline and not args.no_redocly:
        start_ahead(PROJECT, args.spec)
    from .commands import run_as_process

    def start_worker() -> None:
        if worker is not None:
            with contextlib.suppress(OSError):  # a worker that cannot start is not used
                worker_client.start_worker(worker, args)

    run_as_process(args, started, then=start_worker)


if __name__ == "__main__":
    _main()
