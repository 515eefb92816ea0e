"""A content-addressed cache of expensive, deterministic results (validation verdicts, parsed
YAML, formatted files, generated models).

Every entry is stored under a key that hashes everything its value depends on: the input
content, the versions of the tools that computed it and the source of the generator code that
called them (`code_fingerprint`), so an edit or an upgrade is a miss, never a stale hit. The
store lives outside generated/ (`.cache/generator/` in the project, ignored by git;
RUNAPI_GENERATOR_CACHE moves it, `off` disables it). A missing, truncated or unreadable entry
is a miss: the caller recomputes and writes it again. Writes go through a temporary file and a
rename, so concurrent runs (pytest workers, `make -j`) never read half an entry.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import re
import secrets
import sys
import threading
import zlib
from collections import Counter
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from .project import CACHE_ENV, cache_folder

__all__ = ["CACHE_ENV", "cache_folder"]  # where the folder is: generator/project.py

GENERATOR = Path(__file__).resolve().parent
#: Set (to anything) to have `generate` print what it reused and what it recomputed, by kind.
STATS_ENV = "RUNAPI_GENERATOR_CACHE_STATS"


def digest(*parts: bytes | str) -> str:
    """One hex key for several inputs (each length-prefixed, so no two splits collide)."""
    hasher = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        hasher.update(len(data).to_bytes(8, "big"))
        hasher.update(data)
    return hasher.hexdigest()


def files_digest(paths: Iterable[Path], root: Path) -> str:
    """The names and contents of `paths` (relative to `root`), in a stable order."""
    parts: list[bytes | str] = []
    for path in sorted(paths):
        parts.append(str(path.relative_to(root)))
        parts.append(path.read_bytes())
    return digest(*parts)


@cache
def code_fingerprint() -> str:
    """The generator's own source: any edit to it invalidates every entry."""
    return files_digest(GENERATOR.rglob("*.py"), GENERATOR)


@cache
def versions(*distributions: str) -> str:
    """The installed versions of `distributions` (an upgrade invalidates what they computed)."""
    installed = _installed()
    return ";".join(
        f"{name}=={installed.get(_normalized(name), 'absent')}" for name in distributions
    )


def _normalized(name: str) -> str:
    """A distribution name as packaging compares them (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


@cache
def _installed() -> dict[str, str]:
    """Every distribution on sys.path, by normalized name, with its version: read from the
    names of the `<name>-<version>.dist-info` folders (the installed-package format, PEP 627),
    the first on the path winning, as an import would. importlib.metadata would answer the
    same, but importing it (and the email parser it reads METADATA files with) costs each run
    about 30 ms, for a cache key."""
    found: dict[str, str] = {}
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for folder in names:
            if folder.endswith(".dist-info"):
                name, _, version = folder.removesuffix(".dist-info").partition("-")
                found.setdefault(_normalized(name), version)
    return found


#: Lookups of this run, by kind: found (reused) and missing (recomputed).
reused: Counter[str] = Counter()
recomputed: Counter[str] = Counter()


#: Targets render in threads (generator/pipeline.py): counts and memo writes take this lock.
_lock = threading.Lock()


def _count(kind: str, found: bool) -> None:
    with _lock:
        (reused if found else recomputed)[kind] += 1


def summary() -> str:
    """One line: `kind reused/looked up` for every kind looked up in this run."""
    kinds = sorted(reused.keys() | recomputed.keys())
    return "cache: " + ", ".join(
        f"{kind} {reused[kind]}/{reused[kind] + recomputed[kind]}" for kind in kinds
    )


def _entry(kind: str, key: str) -> Path | None:
    folder = cache_folder()
    return None if folder is None else folder / kind / key[:2] / key


def load(kind: str, key: str) -> Any | None:
    """The value stored under (`kind`, `key`), or None on a miss or an unreadable entry."""
    value = _read(kind, key)
    _count(kind, value is not None)
    return value


def _read(kind: str, key: str) -> Any | None:
    path = _entry(kind, key)
    if path is None:
        return None
    fetched = _fetched.pop(path, None)
    if fetched is not None and fetched[0] == _stamp(kind, key):
        value = fetched[1]
    else:
        try:
            value = _value(key, path.read_bytes())
        except OSError:
            return None
    if value is None:
        return None
    if _read_log is not None:
        _read_log.append((kind, key))
    with contextlib.suppress(OSError):
        os.utime(path)  # its modification time says when it was last used (prune)
    return value


def _value(key: str, data: bytes) -> Any | None:
    """The value an entry's bytes hold; None for a corrupt entry or another key's."""
    try:
        stored = pickle.loads(data)
    except Exception:  # a corrupt entry is a miss: whatever unpickling raised
        return None
    # Each entry repeats its key: a file renamed or mixed up by hand is a miss too.
    if not isinstance(stored, tuple) or len(stored) != 2 or stored[0] != key:
        return None
    return stored[1]


#: The generator worker's runs (generator/worker.py) log the entries they read; the next run's
#: process reads the same entries while it waits for its command (`fetch`), so a run after an
#: edit finds most of what it reads already unpickled. An entry fetched is handed out once, and
#: only while its file is still the one fetched; otherwise it is read as usual.
_read_log: list[tuple[str, str]] | None = None
_fetched: dict[Path, tuple[tuple[int, int], Any]] = {}


def log_reads() -> None:
    """Keep, from now on, which entries this process reads (`logged_reads`)."""
    global _read_log
    _read_log = []


def logged_reads() -> list[tuple[str, str]]:
    return list(_read_log or [])


def fetch(entries: Iterable[tuple[str, str]]) -> None:
    """Read and unpickle the entries (kind, key) ahead of the run that will ask for them."""
    for kind, key in entries:
        path = _entry(kind, key)
        if path is None:
            return
        stamp = _stamp(kind, key)
        try:
            value = _value(key, path.read_bytes())
        except OSError:
            continue
        if stamp is not None and value is not None:
            _fetched[path] = (stamp, value)


def store(kind: str, key: str, value: Any) -> None:
    """Keep `value` under (`kind`, `key`); a cache that cannot be written is just not used."""
    path = _entry(kind, key)
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f".{path.name}.{secrets.token_hex(4)}")
        partial.write_bytes(pickle.dumps((key, value), protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(partial, path)
    except OSError:
        return
    global _grown
    _grown = True


#: Most bytes the cache folder keeps (RUNAPI_GENERATOR_CACHE_MAX_MB changes it); past that,
#: `prune` removes the entries used longest ago. A run of the 8x bench spec stores about 40 MB.
DEFAULT_MAX_MB = 512
MAX_MB_ENV = "RUNAPI_GENERATOR_CACHE_MAX_MB"
#: Whether this process stored an entry (only then can the folder have outgrown its bound).
_grown = False


def _max_bytes() -> int:
    try:
        return int(float(os.environ.get(MAX_MB_ENV, DEFAULT_MAX_MB)) * 1024 * 1024)
    except ValueError:
        return DEFAULT_MAX_MB * 1024 * 1024


def prune(max_bytes: int | None = None) -> int:
    """Bound the cache folder: when it holds more than `max_bytes` (default: the configured
    bound), remove the files used longest ago (reads refresh an entry's modification time)
    until it holds three quarters of it. Returns how many files were removed. A run that
    stored nothing new skips the walk (it cannot have grown the folder)."""
    folder = cache_folder()
    if folder is None or (max_bytes is None and not _grown):
        return 0
    limit = _max_bytes() if max_bytes is None else max_bytes
    files: list[tuple[float, int, str]] = []
    for directory, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(directory, name)
            try:
                info = os.stat(path)
            except OSError:
                continue  # removed meanwhile by a concurrent run
            files.append((info.st_mtime, info.st_size, path))
    total = sum(size for _, size, _ in files)
    removed = 0
    if total <= limit:
        return removed
    for _, size, path in sorted(files):
        if total <= limit * 3 // 4:
            break
        try:
            os.remove(path)
        except OSError:
            continue
        total -= size
        removed += 1
    return removed


def _stamp(kind: str, key: str) -> tuple[int, int] | None:
    """Which file an entry is, or None: entries are replaced (a new file), never rewritten in
    place, and reads touch their modification time. Mistaking another file for it only loses
    what that run added (a miss later), never a wrong value."""
    path = _entry(kind, key)
    try:
        info = os.stat(path) if path is not None else None
    except OSError:
        return None
    return None if info is None else (info.st_ino, info.st_size)


#: Most entries a Memo keeps: past that, only those used by the latest run stay.
MEMO_LIMIT = 50_000
#: A Memo's entries are spread over this many files by their key, so that a run which adds a
#: few entries rewrites only the files holding them. After a group edit that is a few of the
#: 16, instead of every entry the memo holds (the formatted modules alone: about 5 MB, read
#: back and written again on every edit).
MEMO_FILES = 16


def _memo_file(key: str) -> int:
    """Which of its memo's files holds the entry `key` (the same in every process)."""
    return zlib.crc32(key.encode("utf-8")) % MEMO_FILES


class Memo:
    """Many small results (one per path item, per schema...) kept in a few cache entries (the
    memo's files), so a run reads and writes a few files instead of thousands. `save()` keeps
    what this run used plus earlier entries, up to MEMO_LIMIT; it rewrites only the files
    that gain an entry."""

    def __init__(self, kind: str, key: str) -> None:
        self.kind = kind
        self.key = key
        self._names = [f"{key}.{index}" for index in range(MEMO_FILES)]
        self._seen = [_stamp(kind, name) for name in self._names]
        self._old: list[dict[str, Any]] = []
        for name in self._names:
            stored = _read(kind, name)
            self._old.append(stored if isinstance(stored, dict) else {})
        self._used: dict[str, Any] = {}

    def get(self, key: str) -> Any | None:
        if key in self._used:
            _count(self.kind, True)
            return self._used[key]
        found = self._old[_memo_file(key)].get(key)
        if found is not None:
            self._used[key] = found
        _count(self.kind, found is not None)
        return found

    def put(self, key: str, value: Any) -> None:
        self._used[key] = value

    def save(self) -> None:
        used: list[dict[str, Any]] = [{} for _ in self._names]
        for key, value in self._used.items():
            used[_memo_file(key)][key] = value
        with _lock:
            for index, name in enumerate(self._names):
                old = self._old[index]
                if all(key in old for key in used[index]):
                    continue  # nothing new in this file
                # What another Memo of the same entry saved meanwhile (one per target thread, a
                # concurrent run) stays; a file still as this one read it need not be read again.
                seen = self._seen[index]
                unchanged = seen is not None and _stamp(self.kind, name) == seen
                stored = None if unchanged else _read(self.kind, name)
                newer = stored if isinstance(stored, dict) else {}
                merged = {**old, **newer, **used[index]}
                limit = MEMO_LIMIT // MEMO_FILES
                store(self.kind, name, merged if len(merged) <= limit else used[index])
                self._old[index] = merged
                self._seen[index] = _stamp(self.kind, name)
