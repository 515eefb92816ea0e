"""Shared helpers of the downstream-tool tests: run a tool, import everything it wrote."""

from __future__ import annotations

import importlib
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import PROJECT

VENV_BIN = Path(sys.executable).parent
NODE_BIN = PROJECT / "node_modules" / ".bin"


def run_tool(
    args: list[str], *, cwd: Path, timeout: int = 300, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run a tool with the project's venv and node tools first on PATH, offline; `env` adds
    to the environment."""
    env = {
        **os.environ,
        "PATH": f"{VENV_BIN}{os.pathsep}{NODE_BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        **(env or {}),
    }
    return subprocess.run(
        args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


def import_every_module(package_dir: Path) -> int:
    """Import a generated package and all its submodules from `package_dir`; the count."""
    sys.path.insert(0, str(package_dir.parent))
    try:
        package = importlib.import_module(package_dir.name)
        count = 1
        for module in pkgutil.walk_packages(package.__path__, f"{package_dir.name}."):
            importlib.import_module(module.name)
            count += 1
        return count
    finally:
        sys.path.remove(str(package_dir.parent))
        for name in [n for n in sys.modules if n.split(".")[0] == package_dir.name]:
            del sys.modules[name]
