"""The reference list (spec/reference/operations.tsv) is spec input too: broken, it is located.

It used to be read trusting its shape, so a missing column, a short row or a non-UTF-8 byte was a
KeyError, an AttributeError or a UnicodeDecodeError.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .support import SpecCopy

HEADER = "group\tmethod\tpath\tkind\tnote"
ROWS = [
    "demo\tPOST\t/api/v1/demo/render\tasync task create (callback_url)\t",
    "demo\tGET\t/api/v1/demo/render/{id}\ttask status\t",
]


def _listing(spec: SpecCopy, text: bytes) -> Path:
    folder = spec.root.parent / "reference"
    folder.mkdir()
    (folder / "operations.tsv").write_bytes(text)
    return folder / "operations.tsv"


def test_well_formed_list_is_accepted(tmp_path: Path) -> None:
    spec = SpecCopy(tmp_path)
    _listing(spec, "\n".join([HEADER, *ROWS, ""]).encode())
    assert spec.run("validate").code == 0


BROKEN = {
    "missing column": ("group\tmethod\tpath\n" + "demo\tPOST\t/x\n", 1),
    "short row": ("\n".join([HEADER, ROWS[0], "demo\tGET", ROWS[1], ""]), 3),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_malformed_list_is_a_located_error(name: str, tmp_path: Path) -> None:
    text, line = BROKEN[name]
    spec = SpecCopy(tmp_path)
    listing = _listing(spec, text.encode())
    outcome = spec.rejected()
    assert outcome.shapes == [(str(listing), line, "/", "reference-list")]


def test_non_utf8_list_is_a_located_error(tmp_path: Path) -> None:
    spec = SpecCopy(tmp_path)
    rows = [HEADER, ROWS[0], ROWS[1].replace("task status", "t\xe2che")]
    listing = _listing(spec, "\n".join([*rows, ""]).encode("latin-1"))
    outcome = spec.rejected()
    assert outcome.shapes == [(str(listing), 3, "/", "file-encoding")]
