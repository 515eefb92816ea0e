"""Maintainer notes stay in the spec: no user-facing output shows them.

SDK docstrings and stubs, CLI help (the generated command modules) and the docs pages are all
scanned for spec-author commentary and for the text of every `x-runapi-reading` note.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.notes import _AUTHOR_TALK, NOTE_EXTENSIONS, iter_notes, strip_notes
from tests.conftest import BUNDLED_SPEC, PROJECT

GENERATED = PROJECT / "generated"
DOCUMENT: dict[str, Any] = json.loads(BUNDLED_SPEC.read_text(encoding="utf-8"))
USER_FACING = [
    *sorted((GENERATED / "python" / "src").rglob("*.py")),
    *sorted((GENERATED / "python" / "src").rglob("*.pyi")),
    *sorted((GENERATED / "docs").rglob("*.md")),
    GENERATED / "python" / "README.md",
]
#: Runtime files copied from templates/: their comments are for maintainers of the runtime.
RUNTIME_COMMENTS = {"_base_client.py", "_resource.py", "_polling.py", "_xrules.py"}


def test_the_spec_has_notes_to_hide() -> None:
    notes = list(iter_notes(DOCUMENT))
    assert len(notes) > 50
    assert {extension for _, extension, _ in notes} == set(NOTE_EXTENSIONS)


@pytest.mark.parametrize("path", USER_FACING, ids=lambda p: str(p.relative_to(GENERATED)))
def test_no_user_facing_file_shows_a_maintainer_note(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    if path.name not in RUNTIME_COMMENTS:
        found = _AUTHOR_TALK.search(text)
        assert found is None, f"spec-author commentary {found.group(0)!r} in {path.name}"
    leaked = [
        note
        for _, _, note in iter_notes(DOCUMENT)
        if len(note) > 30 and note in text  # short notes may coincide with ordinary words
    ]
    assert not leaked, leaked[:3]


def test_shipped_validation_schemas_carry_no_notes() -> None:
    for path in sorted((GENERATED / "python" / "src" / "runapi" / "_schemas").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data == strip_notes(data), path.name


def test_validate_notes_lists_each_note_with_its_source_line() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "validate", "--no-redocly", "--notes"],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if "[x-runapi-" in line]
    assert len(lines) == len(list(iter_notes(DOCUMENT)))
    assert all(line.startswith("spec/") and ".yaml:" in line for line in lines)
