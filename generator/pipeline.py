"""`make generate`: validate, render every target, write generated/ atomically."""

from __future__ import annotations

import fcntl
import os
import secrets
import shutil
import stat
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

from . import cache
from .build import build_api
from .bundle import Bundle
from .diagnostics import Diagnostic, SpecError, join_pointer
from .fragments import Fragments
from .openapi import iter_operations
from .project import PROJECT
from .validate import Validation


def render_all(
    spec: Path,
    *,
    use_redocly: bool = True,
    meanwhile: Callable[[dict[str, bytes]], None] | None = None,
) -> dict[str, bytes]:
    """Every generated file, by path relative to generated/; raises SpecError on a bad spec.

    Once the spec is bundled, the targets render while its checks run (those not remembered, in
    a second process) and while Redocly (a Node process) lints; every verdict is waited for
    before anything is returned, so a spec they refuse still yields no files, and when
    rendering fails on a spec they refuse, their errors are the ones reported. `meanwhile`
    gets the files as soon as they are rendered, before the verdicts are waited for: work that
    is undone when they refuse the spec (generate writes its staging tree there).
    """
    validation = Validation(spec, PROJECT, use_redocly=use_redocly)
    try:
        if not validation.report.ok:  # the bundle itself failed: nothing to check or render
            raise SpecError(validation.finish().errors)
        validation.start_python_checks()
        try:
            files = render_bundle(validation.result, validation.parts)
            if meanwhile is not None:
                meanwhile(files)
        except Exception:
            # As when validation finished first: the spec's errors come before a refusal (or
            # whatever rendering a spec the checks refuse ran into).
            report = validation.finish()
            if not report.ok:
                raise SpecError(report.errors) from None
            raise
        report = validation.finish()
    finally:
        validation.close()
    if not report.ok:
        raise SpecError(report.errors)
    return files


def render_bundle(bundle: Bundle, parts: Fragments | None = None) -> dict[str, bytes]:
    """Every target's files for a bundled spec (render_all validates it first); `parts`, the
    document's fragments, when validation computed them."""
    # The targets (jinja2 and every renderer) are imported only now: the checks' process was
    # forked before, with less to inherit, so it starts sooner.
    from .targets import TARGETS
    from .targets.python_models import start_models, stop_models
    from .targets.units import DocumentParts, api_digests, known_parts

    # A bundle without diagnostics has every $ref in a components section (the bundler
    # refuses any other), so no path item reads another.
    cross_refs = None if bundle.diagnostics else False
    known_parts(bundle.document, DocumentParts(bundle.document, parts, cross_refs))

    # One intermediate model for every target, so no two targets can read the spec differently.
    try:
        api = build_api(bundle.document)
    except ValueError as exc:
        raise SpecError([_render_problem(bundle, "ir", str(exc))]) from exc
    # The Python target's datamodel-codegen run (when not remembered) goes on in a second
    # process, and every target renders in a thread of its own: rendering holds the GIL, but a
    # target waiting for that process or for ruff (render.format_all) lets the others render.
    start_models(api, bundle.document)
    api_digests(api)  # the keys of the targets' remembered units (targets/units.py)
    try:
        with ThreadPoolExecutor(max_workers=len(TARGETS), thread_name_prefix="render") as pool:
            # The Python target first: it has the longest chain (models, then ruff).
            order = ["python", *(n for n in TARGETS if n != "python")]
            running = {name: pool.submit(TARGETS[name], api, bundle) for name in order}
            outcomes = {name: _outcome(future) for name, future in running.items()}
    finally:
        stop_models()
    files: dict[str, bytes] = {}
    # A failure is reported as a run in TARGETS order would meet it: the first target's.
    for name in TARGETS:
        outcome = outcomes[name]
        if isinstance(outcome, ValueError):  # how a target refuses something the spec asks
            raise SpecError([_render_problem(bundle, name, str(outcome))]) from outcome
        if isinstance(outcome, BaseException):
            raise outcome
        files.update(outcome)
    return dict(sorted(files.items()))


def _outcome(future: Future[dict[str, bytes]]) -> dict[str, bytes] | BaseException:
    """A target's files, or what it raised."""
    try:
        return future.result()
    except Exception as exc:  # collected: the caller reports them in TARGETS order
        return exc


def _render_problem(bundle: Bundle, target: str, message: str) -> Diagnostic:
    """A target's refusal, placed at the operationId it names (else at the root file)."""
    named = [
        (message.index(op.operation_id), op.pointer)
        for op in iter_operations(bundle.document)
        if op.operation_id and op.operation_id in message
    ]
    pointer = join_pointer(min(named)[1], "operationId") if named else ""
    return Diagnostic(bundle.origin(pointer), f"render-{target}", message)


def _write_tree(files: dict[str, bytes], into: Path, previous: Path | None = None) -> None:
    """Write `files` below `into`. A file `previous` (the tree being replaced) holds with the
    same bytes, as a plain file with the mode a new one gets, is hard-linked instead: creating
    a file costs several times what reading and comparing one does, and most are unchanged."""
    made: set[str] = set()
    mode = _new_file_mode()
    for relative, content in files.items():
        path = os.path.join(into, relative)
        folder = os.path.dirname(path)
        if folder not in made:
            os.makedirs(folder, exist_ok=True)
            made.add(folder)
        if previous is not None and _same_file(os.path.join(previous, relative), content, mode):
            try:
                os.link(os.path.join(previous, relative), path)
                continue
            except OSError:
                pass  # another file system, a file just removed...: written below
        with open(path, "wb") as handle:
            handle.write(content)


def _same_file(path: str, content: bytes, mode: int) -> bool:
    """Whether `path` is a regular file (not a link) holding `content`, with mode `mode`."""
    try:
        info = os.lstat(path)
        if not stat.S_ISREG(info.st_mode) or info.st_size != len(content):
            return False
        if stat.S_IMODE(info.st_mode) != mode:
            return False
        with open(path, "rb") as handle:
            return handle.read() == content
    except OSError:
        return False


def _new_file_mode() -> int:
    """The mode `open(path, "wb")` gives a new file (0o666 less the umask)."""
    try:  # Linux says it without changing it (os.umask would, for every thread, meanwhile)
        with open("/proc/self/status", encoding="ascii") as status:
            umask = next(int(line.split()[1], 8) for line in status if line.startswith("Umask:"))
    except (OSError, StopIteration, ValueError, IndexError):
        umask = os.umask(0o022)
        os.umask(umask)
    return 0o666 & ~umask


# The swap of a fresh tree into place is two renames (`out` -> `out.previous`, staging -> `out`)
# and a removal. A run killed part way leaves one of these states, which the next run repairs
# before doing anything else (recover):
#   staging `.generated-*` only        -> removed (it may be incomplete)
#   `out.previous` but no `out`        -> killed between the renames: `out.previous` goes back
#   `out` and `out.previous`           -> killed after the swap: `out.previous` is removed
STAGING_PREFIX = ".generated-"


def previous_tree(out: Path) -> Path:
    return out.with_name(out.name + ".previous")


@contextmanager
def _exclusive(folder: Path) -> Iterator[None]:
    """Hold a lock on `folder`: recovery removes leftovers a concurrent run may still be using."""
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)  # closing releases the lock; so does the death of the process


def recover(out: Path) -> None:
    """Repair what a run killed during its swap left next to `out` (call with the lock held)."""
    previous = previous_tree(out)
    if previous.is_dir() and not previous.is_symlink():
        if out.exists():
            shutil.rmtree(previous)
        else:
            os.replace(previous, out)
    for stale in out.parent.glob(STAGING_PREFIX + "*"):
        if stale.is_dir() and not stale.is_symlink():
            shutil.rmtree(stale)


def _new_staging(out: Path) -> Path:
    """An empty folder beside `out`, created with the usual mode (mkdtemp's would be 0700)."""
    while True:
        staging = out.parent / f"{STAGING_PREFIX}{secrets.token_hex(6)}"
        try:
            staging.mkdir()
            return staging
        except FileExistsError:
            continue


def generate(spec: Path, out: Path, *, use_redocly: bool = True) -> int:
    """Regenerate `out`; on any failure `out` is left exactly as it was.

    A run killed at any point leaves `out` or `out.previous` whole; the next run (or check)
    puts it back first.
    """
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    with _exclusive(out.parent):
        recover(out)
        staging = _new_staging(out)

        def write_staging(files: dict[str, bytes]) -> None:
            # While the checks' process and Redocly finish (after an edit, Redocly is the last
            # to end): the tree is written, and the cache pruned, in time that was waiting. A
            # spec they refuse leaves the staging tree, removed below, and `out` untouched.
            _write_tree(files, staging, out if out.is_dir() else None)
            cache.prune()  # the cache folder stays bounded (it is never pruned otherwise)

        try:
            files = render_all(spec, use_redocly=use_redocly, meanwhile=write_staging)
            if out.is_dir():
                os.chmod(staging, stat.S_IMODE(out.stat().st_mode))
            previous = previous_tree(out)
            if out.exists():
                os.replace(out, previous)
            os.replace(staging, out)
            shutil.rmtree(previous, ignore_errors=True)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return len(files)


ARTIFACT_DIRS = {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", "build", "dist"}


def _is_artifact(path: Path) -> bool:
    """Files tools leave in generated/ (bytecode, caches, builds; git ignores them)."""
    return (
        bool(ARTIFACT_DIRS.intersection(path.parts))
        or path.suffix == ".pyc"
        or any(part.endswith(".egg-info") for part in path.parts)
    )


def check_generated(spec: Path, out: Path) -> list[str]:
    """Relative paths where `out` differs from what the spec generates (empty: up to date).

    A run killed during its swap is repaired first, so the answer is about a whole tree.
    """
    if out.parent.is_dir():
        with _exclusive(out.parent):
            recover(out)
    files = render_all(spec, use_redocly=False)
    present = (
        {
            str(p.relative_to(out))
            for p in out.rglob("*")
            if p.is_file() and not _is_artifact(p.relative_to(out))
        }
        if out.exists()
        else set()
    )
    stale = sorted(present - set(files))
    for relative, content in files.items():
        try:
            same = (out / relative).read_bytes() == content
        except OSError:  # missing, or a folder where the file should be
            same = False
        if not same:
            stale.append(relative)
    return sorted(stale)
