"""How Redocly's CLI is started: under node directly, without V8's optimizing compiler for the
documents a lint finishes quickly (generator/redocly_process.py, UNOPTIMIZED_BELOW)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator import redocly_process
from generator.project import PROJECT

CLI = PROJECT / "node_modules" / "@redocly" / "cli" / "bin" / "cli.js"


def test_a_small_document_is_linted_without_the_optimizing_compiler() -> None:
    node = shutil.which("node")
    assert node is not None and CLI.is_file()
    small = redocly_process.redocly_command(PROJECT, 200_000)
    large = redocly_process.redocly_command(PROJECT, redocly_process.UNOPTIMIZED_BELOW)
    assert small == [node, "--no-opt", str(CLI)]
    assert large == [node, str(CLI)]


def test_without_the_project_install_the_cli_on_path_runs_as_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "bin"
    elsewhere.mkdir()
    binary = elsewhere / "redocly"
    binary.write_text("#!/bin/sh\n", encoding="utf-8")
    binary.chmod(0o755)
    monkeypatch.setenv("PATH", str(elsewhere))
    assert redocly_process.redocly_command(tmp_path, 10) == [str(binary)]
    binary.unlink()
    assert redocly_process.redocly_command(tmp_path, 10) is None
