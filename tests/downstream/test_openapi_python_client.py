"""openapi-python-client reads generated/openapi.json without loss, and its client imports.

Each endpoint it skips or response it omits, each schema it cannot process, is a place where the
spec says something a mainstream generator cannot read; the test names it.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import BUNDLED_SPEC

from ._support import import_every_module, run_tool

#: Lines of openapi-python-client's output that mean something was lost.
LOSS = re.compile(
    r"Endpoint will not be generated|response will be omitted|Unable to process schema|"
    r"Failure to process schema|Could not find reference|Attempted to generate duplicate",
)


def test_every_endpoint_is_generated_and_the_client_imports(tmp_path: Path) -> None:
    out = tmp_path / "runapi_opc"
    # No post-hooks: by default the tool runs `ruff check --fix-only` and `ruff format` over
    # what it wrote (a fifth of its CPU time); the checks here (what it lost, the endpoint
    # files, the imports) do not depend on how the code is formatted.
    config = tmp_path / "config.yaml"
    config.write_text("post_hooks: []\n", encoding="utf-8")
    result = run_tool(
        [
            "openapi-python-client",
            "generate",
            "--path",
            str(BUNDLED_SPEC),
            "--meta",
            "none",
            "--output-path",
            str(out),
            "--config",
            str(config),
        ],
        cwd=tmp_path,
    )
    output = result.stdout + result.stderr
    lost = [line for line in output.splitlines() if LOSS.search(line)]
    assert not lost, "openapi-python-client lost parts of the spec:\n" + output
    assert result.returncode == 0, output
    modules = import_every_module(out)
    endpoints = list((out / "api").rglob("*.py"))
    assert len([p for p in endpoints if p.name != "__init__.py"]) == 190
    assert modules > 190
