"""Write the packaged agent skill (`runapi/skill/`) into a runtime's skills directory.

The skill directory gets a manifest (`.runapi-skill.json`) with the SHA-256 of every file this
CLI wrote. An install (or an update) overwrites only files the manifest lists with their
content unchanged: a file it did not write, or one edited since, is never overwritten, and
nothing at all is written when one is in the way. Files are written through a temporary file
and renamed into place; symlinks are never followed.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["MANIFEST", "SKILL_NAME", "Conflict", "InstallResult", "install", "skill_files"]

SKILL_NAME = "runapi-cli"
MANIFEST = ".runapi-skill.json"


class Conflict(Exception):
    """Files in the way that this CLI did not write (or that were edited since)."""

    def __init__(self, directory: Path, paths: list[str]) -> None:
        super().__init__(f"{directory}: {', '.join(paths)}")
        self.directory = directory
        self.paths = paths


@dataclass
class InstallResult:
    directory: Path
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def skill_files() -> dict[str, bytes]:
    """The skill as packaged: relative path -> content."""
    from importlib import resources

    root = resources.files("runapi").joinpath("skill")
    found: dict[str, bytes] = {}

    def walk(node: object, prefix: str) -> None:
        for child in node.iterdir():  # type: ignore[attr-defined]
            name = f"{prefix}{child.name}"
            if child.is_dir():
                walk(child, name + "/")
            elif not child.name.startswith("."):
                found[name] = child.read_bytes()

    walk(root, "")
    return dict(sorted(found.items()))


def _digest(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def _manifest(directory: Path) -> dict[str, str] | None:
    """The files a previous install wrote (path -> sha256), {} when there is none, or None
    when the manifest is there but not this CLI's."""
    path = directory / MANIFEST
    if not path.exists() and not path.is_symlink():
        return {}
    if path.is_symlink() or not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("skill") != SKILL_NAME:
        return None
    files = data.get("files")
    if not isinstance(files, dict):
        return None
    return {str(k): str(v) for k, v in files.items()}


def _owned(directory: Path, relative: str, known: dict[str, str]) -> bool:
    path = directory / relative
    if path.is_symlink() or not path.is_file():
        return False
    return known.get(relative) == _digest(path.read_bytes())


def _write(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
        os.chmod(temp, 0o644)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def install(skills_dir: Path, files: dict[str, bytes], version: str) -> InstallResult:
    """Install `files` as `<skills_dir>/runapi-cli/`; raise Conflict before writing anything
    when a file in the way is not this CLI's."""
    directory = skills_dir / SKILL_NAME
    if directory.is_symlink() or (directory.exists() and not directory.is_dir()):
        raise Conflict(directory, ["(not a directory)"])
    known = _manifest(directory) if directory.is_dir() else {}
    if known is None:
        raise Conflict(directory, [MANIFEST])
    result = InstallResult(directory)
    blocked = [
        relative
        for relative in files
        if ((directory / relative).exists() or (directory / relative).is_symlink())
        and not _owned(directory, relative, known)
    ]
    if blocked:
        raise Conflict(directory, blocked)
    for relative, content in files.items():
        target = directory / relative
        if target.is_file() and target.read_bytes() == content:
            result.unchanged.append(relative)
            continue
        _write(target, content)
        result.written.append(relative)
    for relative in sorted(set(known) - set(files)):
        if _owned(directory, relative, known):  # left by an older version, unedited
            (directory / relative).unlink()
            result.removed.append(relative)
    manifest = {
        "skill": SKILL_NAME,
        "version": version,
        "files": {relative: _digest(content) for relative, content in files.items()},
    }
    _write(directory / MANIFEST, (json.dumps(manifest, indent=2, sort_keys=True) + "\n").encode())
    return result
