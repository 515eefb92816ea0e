"""Type-level tests: `tsc --strict` over files that use the SDK rightly and wrongly.

Every wrong use (a field another model owns, a missing conditional field, a bad enum value, a
typo, an option of the wrong type) carries `// @ts-expect-error`; tsc fails on an expected error
that does not happen (TS2578) and on any error in a correct use, so one clean run proves both.
The TypeScript examples of the reference docs and of the package README type-check too.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from generator.pipeline import GENERATED

from ._support import HERE, PACKAGE, tsc

TYPING = HERE / "typing"
TS_BLOCK = re.compile(r"```ts\n(.*?)```", re.S)
DOCS_TS_BLOCK = re.compile(r'=== "TypeScript"\n\n    ```ts\n(.*?)\n    ```', re.S)


def test_typing_cases_hold() -> None:
    expected = sum(
        p.read_text(encoding="utf-8").count("@ts-expect-error") for p in TYPING.glob("*.ts")
    )
    assert expected >= 20
    result = tsc(TYPING / "tsconfig.json")
    assert result.returncode == 0, result.stdout[-6000:]


def _examples_project(tmp_path: Path, sources: list[str]) -> Path:
    """A folder of example modules, type-checked against the package sources."""
    config = json.loads((TYPING / "tsconfig.json").read_text(encoding="utf-8"))
    config["compilerOptions"]["paths"] = {
        "@runapi.ai/sdk": [f"{PACKAGE / 'src' / 'index.ts'}"],
        "@runapi.ai/sdk/node": [f"{PACKAGE / 'src' / 'node.ts'}"],
    }
    config["compilerOptions"]["typeRoots"] = [str(HERE.parents[1] / "node_modules" / "@types")]
    (tmp_path / "tsconfig.json").write_text(json.dumps(config), encoding="utf-8")
    shutil.copy(TYPING / "package.json", tmp_path / "package.json")
    for index, source in enumerate(sources):
        (tmp_path / f"example_{index}.ts").write_text(source, encoding="utf-8")
    return tmp_path / "tsconfig.json"


def test_docs_typescript_examples_type_check(tmp_path: Path) -> None:
    pages = sorted((GENERATED / "docs" / "reference").glob("*.md"))
    sources = [
        "\n".join(line.removeprefix("    ") for line in block.splitlines()) + "\n"
        for page in pages
        for block in DOCS_TS_BLOCK.findall(page.read_text(encoding="utf-8"))
    ]
    assert len(sources) >= 190  # every operation has at least one
    result = tsc(_examples_project(tmp_path, sources))
    assert result.returncode == 0, result.stdout[-6000:]


def test_readme_examples_type_check(tmp_path: Path) -> None:
    sources = TS_BLOCK.findall((PACKAGE / "README.md").read_text(encoding="utf-8"))
    assert len(sources) >= 9
    result = tsc(_examples_project(tmp_path, sources))
    assert result.returncode == 0, result.stdout[-6000:]
