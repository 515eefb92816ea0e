"""Issue 8, item 7 (the loader): hostile YAML is a located diagnostic, never a traceback.

Each case edits a spec file of a temporary copy and expects exactly one
`file:line: /pointer: [rule]` error; the output tree stays as it was.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest

from .support import SpecCopy, line_of


@dataclass(frozen=True)
class Case:
    """Text appended under the group file's `components/schemas`, and the one error it causes."""

    text: str
    rule: str
    line_needle: str  # the expected line is the first one containing this
    pointer: str


def _bomb() -> str:
    """The billion laughs: nine levels of nine aliases, about 1.9 KB of YAML."""
    lines = ["    Bomb:", "      x-a: &a [" + ", ".join(["lol"] * 9) + "]"]
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"      x-{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
    return "\n".join(lines) + "\n"


S = "/components/schemas"
CASES: dict[str, Case] = {
    "alias bomb": Case(_bomb(), "yaml-alias", "x-f:", f"{S}/Bomb/x-f"),
    "recursive alias": Case(
        "    Loop:\n      x-loop: &loop [*loop]\n", "yaml-alias", "x-loop:", f"{S}/Loop/x-loop"
    ),
    "duplicate key": Case(
        "    Dup:\n      type: object\n      description: first\n      type: string\n",
        "yaml-duplicate-key",
        "type: string",
        f"{S}/Dup/type",
    ),
    "timestamp": Case(
        "    When:\n      type: string\n      default: 2024-01-01\n",
        "yaml-type",
        "default: 2024-01-01",
        f"{S}/When/default",
    ),
    "not a number": Case(
        "    Nan:\n      type: number\n      maximum: .nan\n",
        "yaml-number",
        ".nan",
        f"{S}/Nan/maximum",
    ),
    "infinity": Case(
        "    Inf:\n      type: number\n      maximum: .inf\n",
        "yaml-number",
        ".inf",
        f"{S}/Inf/maximum",
    ),
    "5000-digit integer": Case(
        "    Big:\n      type: integer\n      maximum: 1" + "0" * 5000 + "\n",
        "yaml-number",
        "maximum: 1000",
        f"{S}/Big/maximum",
    ),
    "integer beyond 64 bits": Case(
        "    Big:\n      type: integer\n      maximum: 18446744073709551616\n",
        "yaml-number",
        "maximum: 1844",
        f"{S}/Big/maximum",
    ),
    "integer key": Case(
        "    Codes:\n      type: object\n      x-codes:\n        200: ok\n",
        "yaml-key",
        "200: ok",
        f"{S}/Codes/x-codes/200",
    ),
    "binary": Case(
        "    Bin:\n      type: string\n      default: !!binary aGVsbG8=\n",
        "yaml-type",
        "!!binary",
        f"{S}/Bin/default",
    ),
    "set": Case(
        "    Set:\n      type: object\n      x-set: !!set {a, b}\n",
        "yaml-type",
        "!!set",
        f"{S}/Set/x-set",
    ),
    "python object tag": Case(
        "    Py:\n      type: string\n      default: !!python/object/apply:os.system [id]\n",
        "yaml-type",
        "!!python",
        f"{S}/Py/default",
    ),
    "nested 70 deep": Case(
        "    Deep:\n      x-deep: " + "[" * 70 + "]" * 70 + "\n",
        "yaml-depth",
        "x-deep:",
        f"{S}/Deep/x-deep/" + "/".join(["0"] * 60),
    ),
    "tab indentation": Case("    Tab:\n\ttype: object\n", "yaml-syntax", "\ttype: object", "/"),
    "control character": Case(
        "    Bell:\n      description: ring \x07 ring\n", "yaml-syntax", "ring", "/"
    ),
    "second document": Case("---\nmore: yaml\n", "yaml-syntax", "---", "/"),
}


def line_of_text(text: str, needle: str) -> int:
    return next(i + 1 for i, line in enumerate(text.splitlines()) if needle in line)


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_yaml_is_a_located_error(name: str, tmp_path: Path) -> None:
    case = CASES[name]
    spec = SpecCopy(tmp_path)
    appended_at = len(spec.group.read_text().splitlines())
    spec.append(spec.group, case.text)
    outcome = spec.rejected()
    line = appended_at + line_of_text(case.text, case.line_needle)
    assert outcome.shapes == [(str(spec.group), line, case.pointer, case.rule)]


def test_duplicate_key_names_both_lines(tmp_path: Path) -> None:
    spec = SpecCopy(tmp_path)
    spec.append(spec.group, CASES["duplicate key"].text)
    [found] = spec.rejected().found
    first = line_of(spec.group, "type: object", after="Dup:")
    assert f"lines {first} and {found.line}" in found.message


def test_non_utf8_file_names_the_line_of_the_bad_byte(tmp_path: Path) -> None:
    spec = SpecCopy(tmp_path)
    line = line_of(spec.group, "Starts a render task.")
    raw = spec.group.read_bytes().replace(b"Starts a render", b"Starts a r\xe9nder")
    spec.group.write_bytes(raw)
    outcome = spec.rejected()
    assert outcome.shapes == [(str(spec.group), line, "/", "file-encoding")]
    assert "0xe9" in outcome.found[0].message


def test_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    spec = SpecCopy(tmp_path)
    spec.group.write_bytes(b"\xef\xbb\xbf" + spec.group.read_bytes())
    assert spec.run("validate").code == 0


ROOTS = {
    "empty root file": "",
    "root is a list": "- openapi: 3.1.0\n",
    "root is a scalar": "openapi 3.1.0\n",
    "root is null": "~\n",
}


@pytest.mark.parametrize("name", sorted(ROOTS))
def test_root_that_is_not_a_mapping(name: str, tmp_path: Path) -> None:
    spec = SpecCopy(tmp_path)
    spec.root.write_text(ROOTS[name])
    outcome = spec.rejected()
    assert outcome.shapes == [(str(spec.root), 1, "/", "root")]


@pytest.mark.parametrize("command", ["validate", "check"])
def test_root_that_is_not_a_mapping_in_every_command(command: str, tmp_path: Path) -> None:
    spec = SpecCopy(tmp_path)
    spec.root.write_text("- 1\n")
    assert spec.rejected(command).shapes == [(str(spec.root), 1, "/", "root")]


def test_empty_group_file_is_reported_at_the_refs_into_it(tmp_path: Path) -> None:
    spec = SpecCopy(tmp_path)
    spec.group.write_text("")
    outcome = spec.rejected()
    assert [shape[3] for shape in outcome.shapes] == ["ref-unresolved", "ref-unresolved"]
    assert {shape[0] for shape in outcome.shapes} == {str(spec.root)}


def test_group_file_that_is_a_fifo_is_not_read(tmp_path: Path) -> None:
    """Reading a FIFO would block forever; it is not a regular file."""
    spec = SpecCopy(tmp_path)
    spec.group.unlink()
    os.mkfifo(spec.group)
    outcome = spec.rejected()
    assert {found.rule for found in outcome.found} == {"file"}
    assert all("not a regular file" in found.message for found in outcome.found)


def test_oversized_file_is_not_parsed(tmp_path: Path) -> None:
    spec = SpecCopy(tmp_path)
    spec.append(spec.group, "# " + "x" * (9 * 1024 * 1024) + "\n")
    outcome = spec.rejected()
    assert {found.rule for found in outcome.found} == {"file"}
    assert all("larger than" in found.message for found in outcome.found)
