"""How Redocly's CLI is started: under node directly, without V8's optimizing compiler for the
documents a lint finishes quickly (generator/redocly.py, UNOPTIMIZED_BELOW)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator import redocly
from generator.pipeline import PROJECT

CLI = PROJECT / "node_modules" / "@redocly" / "cli" / "bin" / "cli.js"


def test_a_small_document_is_linted_without_the_optimizing_compiler() -> None:
    node = shutil.which("node")
    assert node is not None and CLI.is_file()
    small = redocly.redocly_command(PROJECT, 200_000)
    large = redocly.redocly_command(PROJECT, redocly.UNOPTIMIZED_BELOW)
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
    assert redocly.redocly_command(tmp_path, 10) == [str(binary)]
    binary.unlink()
    assert redocly.redocly_command(tmp_path, 10) is None
