"""The garbage collector as generator runs set it (and test sessions, tests/conftest.py).

A run builds millions of small objects that live to its end (the document, its origins, the
IR), and with the default thresholds the collector rescans them again and again (bundling the
8x bench spec: 1.8 s with the defaults, 1.3 s with these). What is alive when it is tuned
(modules, the JSON Schema registries; in a test process, the whole session) is frozen out of
its scans. Objects without a reference cycle are still freed at once, as always.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

THRESHOLDS = (100_000, 50, 100)


def collect_less_often() -> None:
    """Freeze what is alive now out of the collector's scans, and collect less often."""
    gc.freeze()
    gc.set_threshold(*THRESHOLDS)


@contextlib.contextmanager
def tuned_garbage_collector() -> Iterator[None]:
    """collect_less_often while a run lasts; undone on exit."""
    thresholds = gc.get_threshold()
    collect_less_often()
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()
