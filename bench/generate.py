"""`python -m generator generate` (validation and every target) against openapi-python-client.

Both generate from the same bundled document: generated/openapi.json at 1x, and the 8x spec
that bench/spec8x.py builds into .bench/ (ours reads its YAML files, the anchor the bundled
openapi.json our run writes from it). openapi-python-client is installed, pinned, into its own
virtualenv under .bench/anchors/ (with its ruff post-hooks on PATH, as a user runs it). Runs are
interleaved (ours, anchor, ours, ...) and each figure is a median.

Ours is measured in three cache states (generator/cache.py, RUNAPI_GENERATOR_CACHE):
- warm: the same content generated before, every cache filled (the goal's figure);
- validation cached: only the validation verdicts and their per-fragment memos are kept (the
  parsed YAML, formatted files, models and compiled templates are not);
- cold: an empty cache, every check and every step paid in full (reported, no target).

Then incremental regeneration: an edit to one group file of a copy of the spec, regenerated
with the cache of the previous run, as `make generate` runs it, through the generator worker,
2 s after the previous run (target <= 1 s); the same with edits back to back and without the
worker are reported too.

    python bench/generate.py [--repeat N] [--quick]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from _common import PROJECT, interleaved_medians, ratio_verdict, verdict
from spec8x import build as build_spec

from generator.worker_client import WORKER_ENV, listening, socket_path, stop_worker

ANCHOR = "openapi-python-client"
ANCHOR_VERSION = "0.29.1"
ANCHOR_VENV = PROJECT / ".bench" / "anchors" / "openapi-python-client"
WORK = PROJECT / ".bench" / "generate"
#: The cache kinds that hold validation results (generator/validate.py and its checks).
VALIDATION_KINDS = (
    "verdict-python",
    "verdict-redocly",
    "structure",
    "meta-checks",
    "semantic-items",
    "redocly-items",
)
GROUP_FILE = "paths/kling.yaml"
INCREMENTAL = "make generate after a group file edit, 1x (incremental, the worker ready)"
INCREMENTAL_LOOPED = "make generate after a group file edit, 1x, the worker, edits back to back"
INCREMENTAL_APART = "make generate after a group file edit, 1x, without the worker"


def anchor_binary() -> Path:
    binary = ANCHOR_VENV / "bin" / "openapi-python-client"
    if not binary.exists():
        subprocess.run([sys.executable, "-m", "venv", str(ANCHOR_VENV)], check=True)
        subprocess.run(
            [
                str(ANCHOR_VENV / "bin" / "python"),
                "-m",
                "pip",
                "install",
                "--quiet",
                f"{ANCHOR}=={ANCHOR_VERSION}",
            ],
            check=True,
        )
    return binary


def _run(command: list[str], env: dict[str, str] | None = None) -> None:
    result = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, env=env)
    if result.returncode != 0:
        raise SystemExit(f"failed: {' '.join(command)}\n{result.stdout}\n{result.stderr}")


class Ours:
    """`python -m generator generate` of one spec into a scratch folder, in a cache state."""

    def __init__(self, spec: Path, label: str) -> None:
        self.spec = spec
        self.out = WORK / label / "generated"
        self.warm_cache = WORK / label / "cache-warm"
        self.scratch_cache = WORK / label / "cache-scratch"

    def _command(self, spec: Path | None = None, out: Path | None = None) -> list[str]:
        return [
            sys.executable,
            "-m",
            "generator",
            "generate",
            "--spec",
            str(spec or self.spec),
            "--out",
            str(out or self.out),
        ]

    def _env(self, cache: Path) -> dict[str, str]:
        return {**os.environ, "RUNAPI_GENERATOR_CACHE": str(cache)}

    def prime(self) -> None:
        shutil.rmtree(self.warm_cache, ignore_errors=True)
        _run(self._command(), self._env(self.warm_cache))

    def warm(self) -> None:
        _run(self._command(), self._env(self.warm_cache))

    def validation_cached(self) -> None:
        shutil.rmtree(self.scratch_cache, ignore_errors=True)
        for kind in VALIDATION_KINDS:
            if (self.warm_cache / kind).is_dir():
                shutil.copytree(self.warm_cache / kind, self.scratch_cache / kind)
        _run(self._command(), self._env(self.scratch_cache))

    def cold(self) -> None:
        shutil.rmtree(self.scratch_cache, ignore_errors=True)
        _run(self._command(), self._env(self.scratch_cache))


def anchor_run(binary: Path, document: Path, out: Path) -> Callable[[], None]:
    env = {**os.environ, "PATH": f"{binary.parent}{os.pathsep}{os.environ['PATH']}"}

    def run() -> None:
        command = [str(binary), "generate", "--path", str(document), "--output-path", str(out)]
        _run([*command, "--overwrite"], env)

    return run


def operations(document: Path) -> int:
    paths = json.loads(document.read_text(encoding="utf-8"))["paths"]
    methods = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
    return sum(1 for item in paths.values() for m in item if m in methods)


def measure(label: str, spec: Path, repeat: int, cold_repeat: int) -> dict[str, float]:
    ours = Ours(spec, label)
    ours.prime()
    bundled = ours.out / "openapi.json"  # at 1x, the same bytes as generated/openapi.json
    anchor = anchor_run(anchor_binary(), bundled, WORK / label / "anchor")
    warm, cached, theirs = interleaved_medians([ours.warm, ours.validation_cached, anchor], repeat)
    (cold,) = interleaved_medians([ours.cold], cold_repeat)
    ops = operations(bundled)
    print(
        f"{label} ({ops} operations): ours warm {warm:.2f} s, validation cached {cached:.2f} s, "
        f"cold {cold:.2f} s; {ANCHOR} {theirs:.2f} s (medians: {repeat} interleaved runs, "
        f"cold {cold_repeat})"
    )
    return {"warm": warm, "cached": cached, "cold": cold, "anchor": theirs, "ops": ops}


def incremental(repeat: int) -> tuple[float, float, float]:
    """Median seconds of `generate` after an edit to one group file (cache of the last run):
    as `make generate` runs it, through the generator worker (generator/worker.py), with a
    pause before each edit, in which the worker gets ready as it does while a maintainer edits
    (EDIT_PAUSE); the same back to back (a script's loop: the worker gets ready while the next
    run starts); without the worker. Returns (worker, worker back to back, no worker)."""
    with tempfile.TemporaryDirectory(prefix="runapi-incremental-") as tmp:
        spec = Path(tmp) / "spec"
        shutil.copytree(PROJECT / "spec", spec)
        ours = Ours(spec / "openapi.yaml", "incremental")
        ours.prime()
        group = spec / GROUP_FILE
        original = group.read_text(encoding="utf-8")
        marker = "      summary: "
        edits = iter(range(3 * repeat))

        def edited_run(environment: dict[str, str], pause: float = 0.0) -> float:
            time.sleep(pause)
            # A different summary each time: the document changes, so no whole verdict hits.
            edited = original.replace(marker, f"{marker}(edit {next(edits)}) ", 1)
            group.write_text(edited, encoding="utf-8")
            started = time.perf_counter()
            _run(ours._command(), environment)
            return time.perf_counter() - started

        alone = ours._env(ours.warm_cache)
        by_worker = {**alone, WORKER_ENV: "1"}
        apart = statistics.median(edited_run(alone) for _ in range(repeat))
        _run(ours._command(), by_worker)  # no worker yet: runs here, then starts one
        worker_socket = socket_path(by_worker)
        assert worker_socket is not None, "no worker with this cache folder"
        try:
            _wait_until_listening(worker_socket)
            paused = statistics.median(edited_run(by_worker, EDIT_PAUSE) for _ in range(repeat))
            looped = statistics.median(edited_run(by_worker) for _ in range(repeat))
        finally:
            stop_worker(worker_socket)
        return paused, looped, apart


#: Seconds between one run's end and the next edit in the worker's figure: less than it takes
#: a maintainer to edit a file and type `make generate`.
EDIT_PAUSE = 2.0


def _wait_until_listening(path: Path, patience: float = 60.0) -> None:
    """Until the worker started by a run accepts commands (it imports the generator first)."""
    deadline = time.monotonic() + patience
    while not listening(path):
        if time.monotonic() > deadline:
            raise SystemExit(f"no generator worker listening at {path}")
        time.sleep(0.1)


def _report_incremental(repeat: int) -> bool:
    paused, looped, apart = incremental(repeat)
    print(f"(no target) {INCREMENTAL_LOOPED}: {looped:.2f} s")
    print(f"(no target) {INCREMENTAL_APART}: {apart:.2f} s")
    return verdict(INCREMENTAL, paused, 1.0, "s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5, help="interleaved runs per figure at 1x")
    parser.add_argument("--quick", action="store_true", help="8x: 1 run each (a smoke test)")
    parser.add_argument(
        "--only", choices=["incremental"], help="measure only this figure (while working on it)"
    )
    args = parser.parse_args()
    if args.only == "incremental":
        return 0 if _report_incremental(args.repeat) else 1
    one = measure("1x", PROJECT / "spec" / "openapi.yaml", args.repeat, 3)
    eight = measure("8x", build_spec(8), 1 if args.quick else 3, 1)
    ok = all(
        [
            ratio_verdict("make generate, 1x, warm", one["warm"], ANCHOR, one["anchor"], "s", 1.0),
            ratio_verdict(
                "make generate, 8x, warm", eight["warm"], ANCHOR, eight["anchor"], "s", 1.0
            ),
            ratio_verdict(
                "make generate, 8x vs 1x per operation (linear: <= 2x)",
                1000 * eight["warm"] / eight["ops"],
                "ours at 1x",
                1000 * one["warm"] / one["ops"],
                "ms/op",
                2.0,
            ),
            ratio_verdict(
                "make generate, 1x, validation cached",
                one["cached"],
                ANCHOR,
                one["anchor"],
                "s",
                1.0,
            ),
            ratio_verdict(
                "make generate, 8x, validation cached",
                eight["cached"],
                ANCHOR,
                eight["anchor"],
                "s",
                1.0,
            ),
        ]
    )
    for label, figures in (("1x", one), ("8x", eight)):
        print(
            f"(no target) make generate, {label}, cold cache: ours {figures['cold']:.1f} s vs "
            f"{ANCHOR} {figures['anchor']:.1f} s = {figures['cold'] / figures['anchor']:.2f}x"
        )
    ok = _report_incremental(args.repeat) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
