"""Files of the project as they were at a git ref, and the release tags.

Release tags are `v<MAJOR.MINOR.PATCH>`; the last release is the highest such tag reachable
from HEAD. Trees at a ref are read with `git archive`, so nothing in the working tree moves.
"""

from __future__ import annotations

import io
import subprocess
import tarfile
from pathlib import Path

from .semver import Version

TAG_PREFIX = "v"


class GitError(RuntimeError):
    pass


def git(project: Path, *args: str, binary: bool = False) -> str:
    result = subprocess.run(
        ["git", "-C", str(project), *args], capture_output=True, check=False, text=not binary
    )
    if result.returncode != 0:
        stderr = result.stderr if isinstance(result.stderr, str) else result.stderr.decode()
        raise GitError(f"git {' '.join(args)}: {stderr.strip()}")
    return result.stdout if isinstance(result.stdout, str) else ""


def tag_name(version: Version) -> str:
    return f"{TAG_PREFIX}{version}"


def release_tags(project: Path) -> list[tuple[Version, str]]:
    """(version, tag) of every release tag reachable from HEAD, newest first."""
    try:
        listing = git(project, "tag", "--list", f"{TAG_PREFIX}*", "--merged", "HEAD")
    except GitError:
        return []  # no commit yet
    found = []
    for tag in listing.split():
        try:
            found.append((Version.parse(tag[len(TAG_PREFIX) :]), tag))
        except ValueError:
            continue
    return sorted(found, reverse=True)


def last_release_tag(project: Path) -> str | None:
    tags = release_tags(project)
    return tags[0][1] if tags else None


def extract(project: Path, ref: str, paths: list[str], into: Path) -> None:
    """Write `paths` (files or folders, relative to the project) as they were at `ref`."""
    result = subprocess.run(
        ["git", "-C", str(project), "archive", "--format=tar", ref, "--", *paths],
        capture_output=True,
        check=False,
    )
    if result.returncode != 0:
        raise GitError(f"git archive {ref}: {result.stderr.decode().strip()}")
    with tarfile.open(fileobj=io.BytesIO(result.stdout)) as archive:
        archive.extractall(into, filter="data")


def exists_at(project: Path, ref: str, path: str) -> bool:
    try:
        git(project, "cat-file", "-e", f"{ref}:{path}")
    except GitError:
        return False
    return True


def is_clean(project: Path) -> list[str]:
    """Paths git reports as modified or untracked (empty: a clean working tree)."""
    return [line[3:] for line in git(project, "status", "--porcelain").splitlines() if line]
