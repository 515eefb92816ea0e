"""Run the generator's command line inside the test process, with the garbage collector tuned
the way `python -m generator` tunes it for a process of its own (generator/commands.py,
run_as_process).

Without that, a run in a pytest process is several times slower than the real command: a run
builds millions of objects that live to its end, and every full collection the default
thresholds trigger also rescans everything the test session holds (collected items, parsed
fixtures, imported modules). Frozen, those are left out of the scans until the run ends.
"""

from __future__ import annotations

import contextlib
import io

from generator.collector import tuned_garbage_collector
from generator.commands import main


def run_main(argv: list[str]) -> tuple[int, str, str]:
    """`python -m generator <argv>` in this process: exit code, stdout, stderr."""
    stdout, stderr = io.StringIO(), io.StringIO()
    with (
        tuned_garbage_collector(),
        contextlib.redirect_stdout(stdout),
        contextlib.redirect_stderr(stderr),
    ):
        code = main(argv)
    return code, stdout.getvalue(), stderr.getvalue()
