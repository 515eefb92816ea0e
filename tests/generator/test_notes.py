"""Maintainer notes stay in the spec: no user-facing output shows them.

SDK docstrings and stubs, CLI help (the generated command modules) and the docs pages are all
scanned for spec-author commentary and for the text of every `x-runapi-reading` note.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.notes import _AUTHOR_TALK, NOTE_EXTENSIONS, iter_notes, strip_notes
from tests.conftest import BUNDLED_SPEC, PROJECT
from tests.generator.in_process import run_main

GENERATED = PROJECT / "generated"
DOCUMENT: dict[str, Any] = json.loads(BUNDLED_SPEC.read_text(encoding="utf-8"))
#: Every note, found once for all the tests below (a walk of the whole bundled spec).
NOTES = list(iter_notes(DOCUMENT))
#: The notes a user-facing file must not contain: short ones may coincide with ordinary words.
LONG_NOTES = [note for _, _, note in NOTES if len(note) > 30]
USER_FACING = [
    *sorted((GENERATED / "python" / "src").rglob("*.py")),
    *sorted((GENERATED / "python" / "src").rglob("*.pyi")),
    *sorted((GENERATED / "docs").rglob("*.md")),
    GENERATED / "python" / "README.md",
]
#: Runtime files copied from templates/: their comments are for maintainers of the runtime.
RUNTIME_COMMENTS = {"_base_client.py", "_resource.py", "_polling.py", "_xrules.py"}


def test_the_spec_has_notes_to_hide() -> None:
    assert len(NOTES) > 50
    assert {extension for _, extension, _ in NOTES} == set(NOTE_EXTENSIONS)


@pytest.mark.parametrize("path", USER_FACING, ids=lambda p: str(p.relative_to(GENERATED)))
def test_no_user_facing_file_shows_a_maintainer_note(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    if path.name not in RUNTIME_COMMENTS:
        found = _AUTHOR_TALK.search(text)
        assert found is None, f"spec-author commentary {found.group(0)!r} in {path.name}"
    leaked = [note for note in LONG_NOTES if note in text]
    assert not leaked, leaked[:3]


def test_shipped_validation_schemas_carry_no_notes() -> None:
    for path in sorted((GENERATED / "python" / "src" / "runapi" / "_schemas").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data == strip_notes(data), path.name


def test_validate_notes_lists_each_note_with_its_source_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`python -m generator validate --notes`, in this process (`make validate` runs the real
    command; what this test reads is the listing)."""
    monkeypatch.chdir(PROJECT)
    code, out, err = run_main(["validate", "--no-redocly", "--notes"])
    assert code == 0, err
    lines = [line for line in out.splitlines() if "[x-runapi-" in line]
    assert len(lines) == len(NOTES)
    assert all(line.startswith("spec/") and ".yaml:" in line for line in lines)
