"""A throwaway project for the release tests: a git repo with a small spec and its generated/."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.generator.in_process import run_main
from tests.release import minispec
from tests.release.minispec import Doc

GROUPS = ["demo"]


def git(root: Path, *args: str) -> str:
    result = subprocess.run(
        ["git", "-C", str(root), *args], capture_output=True, text=True, check=True
    )
    return result.stdout


def run_generator(root: Path, *args: str) -> tuple[int, str]:
    """`python -m generator <args> --spec <root>/spec/openapi.yaml`, in this process (the
    release tests are about what it writes): its exit code and its output."""
    code, out, err = run_main([*args, "--spec", str(root / "spec" / "openapi.yaml")])
    return code, out + err


def write_spec(root: Path, groups: dict[str, Doc]) -> None:
    minispec.write(root / "spec", minispec.root(sorted(groups)), groups)


def create(root: Path, version: str = "1.0.0") -> dict[str, Doc]:
    """The project at its first commit; returns its group documents for editing."""
    root.mkdir(parents=True, exist_ok=True)
    groups = {name: minispec.group(name) for name in GROUPS}
    write_spec(root, groups)
    (root / "SDK_VERSION").write_text(f"{version}\n", encoding="utf-8")
    (root / ".gitignore").write_text("dist/\n__pycache__/\n", encoding="utf-8")
    git(root, "init", "--quiet", "--initial-branch=main")
    git(root, "config", "user.email", "release-test@example.invalid")
    git(root, "config", "user.name", "Release test")
    git(root, "config", "commit.gpgsign", "false")
    code, output = run_generator(root, "generate", "--out", str(root / "generated"), "--no-redocly")
    assert code == 0, output
    commit(root, "Initial spec")
    return groups


def commit(root: Path, message: str) -> None:
    git(root, "add", "--all")
    git(root, "commit", "--quiet", "-m", message)


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file of the project outside .git and dist/, by relative path."""
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and ".git" not in p.relative_to(root).parts
    }
