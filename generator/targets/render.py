"""Shared rendering tools: the jinja2 environment and black formatting."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import jinja2

PROJECT = Path(__file__).resolve().parent.parent.parent


def template_environment(folder: Path) -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(folder)),
        undefined=jinja2.StrictUndefined,  # a typo in a template fails the build, loudly
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )


def format_all(files: dict[str, str], package_root: str) -> dict[str, str]:
    """Lint-fix and format every .py/.pyi file below `package_root` with ruff.

    Ruff's formatter produces black's style (the test suite runs `black --check` on the output)
    at a fraction of black's time, which keeps `make generate` fast on a large API. Ruff runs
    with the package's own configuration (its pyproject.toml is among `files`), the same one a
    maintainer's `ruff check generated/python` uses.
    """
    names = [n for n in files if n.startswith(package_root) and n.endswith((".py", ".pyi"))]
    with tempfile.TemporaryDirectory(prefix="runapi-format-") as tmp:
        root = Path(tmp)
        for name, text in files.items():
            if name.startswith(package_root):
                (root / name).parent.mkdir(parents=True, exist_ok=True)
                (root / name).write_text(text, encoding="utf-8")
        package = root / package_root
        # Templates import what any module might need; drop the unused, sort the rest.
        _ruff(package, ["check", "--fix", "--select=F401,I001,RUF022", "--exit-zero"])
        _ruff(package, ["format"])
        return {**files, **{n: (root / n).read_text(encoding="utf-8") for n in names}}


def _ruff(cwd: Path, arguments: list[str]) -> None:
    command = [sys.executable, "-m", "ruff", *arguments, "--no-cache", "--quiet", "."]
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"ruff {arguments[0]} failed on generated code:\n{result.stderr}")
