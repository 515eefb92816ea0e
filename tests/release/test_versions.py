"""Where versions come from, how they move, and how the changelog takes a new entry."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.bundle import bundle
from generator.changelog import HEADER, entries, insert_entry, render_entry
from generator.diff import Change
from generator.project import GENERATED, PROJECT
from generator.sdk_version import sdk_version
from generator.semver import Severity, Version, bump_for
from tests.generator.minimal_spec import write_spec


@pytest.mark.parametrize(
    ("current", "severity", "expected"),
    [
        ("1.4.2", "breaking", "2.0.0"),
        ("1.4.2", "feature", "1.5.0"),
        ("1.4.2", "fix", "1.4.3"),
        ("0.4.2", "breaking", "0.5.0"),
        ("0.4.2", "feature", "0.4.3"),
        ("0.4.2", "fix", "0.4.3"),
    ],
)
def test_semver_bump_rules(current: str, severity: Severity, expected: str) -> None:
    version = Version.parse(current)
    assert str(version.bumped(bump_for(version, severity))) == expected


def test_the_package_carries_the_sdk_version_and_the_api_version() -> None:
    import runapi
    from runapi.cli import cli

    sdk = (PROJECT / "SDK_VERSION").read_text(encoding="utf-8").strip()
    api = json.loads((GENERATED / "openapi.json").read_text(encoding="utf-8"))["info"]["version"]
    assert (runapi.__version__, runapi.__api_version__) == (sdk, api)
    shown = CliRunner().invoke(cli, ["--version"])
    assert shown.exit_code == 0
    assert shown.output.strip() == f"runapi {sdk} (API {api})"


def test_a_spec_outside_a_project_takes_info_version(tmp_path: Path) -> None:
    root = write_spec(tmp_path / "spec")
    assert sdk_version(bundle(root, tmp_path)) == "1.0.0"  # the minimal spec's info.version
    (tmp_path / "SDK_VERSION").write_text("3.2.1\n", encoding="utf-8")
    assert sdk_version(bundle(root, tmp_path)) == "3.2.1"


def test_a_new_entry_goes_below_unreleased_notes_and_above_older_releases() -> None:
    change = Change(
        "feature", "variant-added", "seedance", "seedance.t2v.create", "new model `x`", "r"
    )
    first = insert_entry(None, render_entry(Version(1, 0, 0), date(2026, 1, 1), [], ("1", "1")))
    noted = first.replace("## [Unreleased]\n", "## [Unreleased]\n\n- hand-written note\n")
    second = insert_entry(
        noted, render_entry(Version(1, 1, 0), date(2026, 2, 1), [change], ("1", "2"))
    )
    assert second.startswith(HEADER.split("## [Unreleased]")[0])
    assert (
        second.index("hand-written note") < second.index("## [1.1.0]") < second.index("## [1.0.0]")
    )
    newest = entries(second)[0]
    assert (newest.version, newest.date) == ("1.1.0", "2026-02-01")
    assert "RunAPI API version 2 (was 1)." in newest.body
    assert "### Added\n\n#### seedance\n\n- `seedance.t2v.create`: new model `x`." in newest.body
