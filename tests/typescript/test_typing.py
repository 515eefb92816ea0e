"""Type-level tests: `tsc --strict` over files that use the SDK rightly and wrongly.

Every wrong use (a field another model owns, a missing conditional field, a bad enum value, a
typo, an option of the wrong type) carries `// @ts-expect-error`; tsc fails on an expected error
that does not happen (TS2578) and on any error in a correct use, so one clean run proves both.
The TypeScript examples of the reference docs and of the package README type-check too.

One tsc run checks all three sets (each file is a module of its own, under the same options):
each test asserts that none of tsc's diagnostics is about its own files, or about none.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from generator.project import GENERATED

from ._support import HERE, PACKAGE, tsc

TYPING = HERE / "typing"
TS_BLOCK = re.compile(r"```ts\n(.*?)```", re.S)
DOCS_TS_BLOCK = re.compile(r'=== "TypeScript"\n\n    ```ts\n(.*?)\n    ```', re.S)
# `file.ts(12,3): error TS2578: ...`; a diagnostic's further lines are indented.
LOCATED = re.compile(r"^(?P<file>[^\s(]+\.ts)\(\d+,\d+\): error ")

# File name prefixes of the three sets in the shared project.
CASES, DOCS, README = "case_", "docs_example_", "readme_example_"


def _docs_sources() -> list[str]:
    pages = sorted((GENERATED / "docs" / "reference").glob("*.md"))
    return [
        "\n".join(line.removeprefix("    ") for line in block.splitlines()) + "\n"
        for page in pages
        for block in DOCS_TS_BLOCK.findall(page.read_text(encoding="utf-8"))
    ]


def _readme_sources() -> list[str]:
    return TS_BLOCK.findall((PACKAGE / "README.md").read_text(encoding="utf-8"))


def _project(folder: Path, sources: dict[str, str]) -> Path:
    """A folder of modules, type-checked against the package sources (typing/tsconfig.json's
    options, with the package's paths made absolute)."""
    config = json.loads((TYPING / "tsconfig.json").read_text(encoding="utf-8"))
    config["compilerOptions"]["paths"] = {
        "@runapi.ai/sdk": [f"{PACKAGE / 'src' / 'index.ts'}"],
        "@runapi.ai/sdk/node": [f"{PACKAGE / 'src' / 'node.ts'}"],
    }
    config["compilerOptions"]["typeRoots"] = [str(HERE.parents[1] / "node_modules" / "@types")]
    (folder / "tsconfig.json").write_text(json.dumps(config), encoding="utf-8")
    shutil.copy(TYPING / "package.json", folder / "package.json")
    for name, source in sources.items():
        (folder / name).write_text(source, encoding="utf-8")
    return folder / "tsconfig.json"


@pytest.fixture(scope="module")
def diagnostics(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """tsc's diagnostics of the shared project by file name; "" for those of no file or of a
    file outside the three sets (the package's own sources): every test fails on those."""
    sources = {f"{CASES}{p.name}": p.read_text(encoding="utf-8") for p in TYPING.glob("*.ts")}
    sources.update({f"{DOCS}{i}.ts": source for i, source in enumerate(_docs_sources())})
    sources.update({f"{README}{i}.ts": source for i, source in enumerate(_readme_sources())})
    result = tsc(_project(tmp_path_factory.mktemp("typing"), sources))
    found: dict[str, list[str]] = {}
    current = ""
    for line in result.stdout.splitlines():
        if not line.strip():
            continue
        located = LOCATED.match(line)
        if located:
            name = Path(located["file"]).name
            current = name if name in sources else ""
        elif not line[0].isspace():
            current = ""
        found.setdefault(current, []).append(line)
    if result.returncode != 0 and not found:
        output = result.stdout[-3000:] + result.stderr[-3000:]
        found[""] = [f"tsc exited {result.returncode}: {output}"]
    return found


def _problems(diagnostics: dict[str, list[str]], prefix: str) -> list[str]:
    return [
        line
        for name, lines in sorted(diagnostics.items())
        if name == "" or name.startswith(prefix)
        for line in lines
    ]


def test_typing_cases_hold(diagnostics: dict[str, list[str]]) -> None:
    expected = sum(
        p.read_text(encoding="utf-8").count("@ts-expect-error") for p in TYPING.glob("*.ts")
    )
    assert expected >= 20
    problems = _problems(diagnostics, CASES)
    assert problems == [], "\n".join(problems)[-6000:]


def test_docs_typescript_examples_type_check(diagnostics: dict[str, list[str]]) -> None:
    assert len(_docs_sources()) >= 190  # every operation has at least one
    problems = _problems(diagnostics, DOCS)
    assert problems == [], "\n".join(problems)[-6000:]


def test_readme_examples_type_check(diagnostics: dict[str, list[str]]) -> None:
    assert len(_readme_sources()) >= 9
    problems = _problems(diagnostics, README)
    assert problems == [], "\n".join(problems)[-6000:]
