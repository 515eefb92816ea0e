"""`make release` never leaves a project half-done."""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from generator import changes, gitrefs
from generator import release as release_module
from generator.apicheck import ApiBreak, python_api_breaks
from generator.changes import Layout
from generator.commands import main
from generator.gitrefs import GitError
from generator.release import ReleaseError, release
from tests.release import project
from tests.release.project import git, snapshot


@pytest.fixture(scope="module")
def released_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project whose first release (v1.0.0) is done, with a feature edit committed since."""
    root = tmp_path_factory.mktemp("safety") / "project"
    groups = project.create(root)
    git(root, "tag", "-a", "v1.0.0", "-m", "runapi 1.0.0")  # as `make release` tags it
    groups["demo"]["components"]["schemas"]["DemoRenderSlow"]["properties"]["seed"] = {
        "type": "integer"
    }
    project.write_spec(root, groups)
    project.commit(root, "seed for slow renders")
    return root


def _tree_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(f"{path.relative_to(folder)}\0{path.stat().st_size}\0".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


_API_BREAKS: dict[tuple[str, str], list[ApiBreak]] = {}


@pytest.fixture(autouse=True)
def griffe_once_per_pair_of_packages(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Most tests here plan the same release of the same project (a copy each): griffe, the
    slowest part of a plan, compares each distinct pair of package trees once, by content."""

    def python_api_breaks_once(old_src: Path, new_src: Path) -> list[ApiBreak]:
        key = (_tree_digest(old_src), _tree_digest(new_src))
        if key not in _API_BREAKS:
            _API_BREAKS[key] = python_api_breaks(old_src, new_src)
        return list(_API_BREAKS[key])

    monkeypatch.setattr(changes, "python_api_breaks", python_api_breaks_once)
    yield


@pytest.fixture
def released(released_once: Path, tmp_path: Path) -> Path:
    """A private copy of that project (git history and tags included)."""
    copy = tmp_path / "project"
    shutil.copytree(released_once, copy, symlinks=True)
    return copy


def test_dry_run_writes_nothing(released: Path) -> None:
    before = snapshot(released)
    head = git(released, "rev-parse", "HEAD")
    plan = release(Layout(released), dry_run=True, day=date(2026, 2, 1), use_redocly=False)
    assert str(plan.version) == "1.1.0"
    assert "new optional field `seed`" in plan.entry
    assert snapshot(released) == before
    assert git(released, "rev-parse", "HEAD") == head
    assert git(released, "tag", "--list").split() == ["v1.0.0"]
    assert not (released / "dist" / "runapi-1.1.0.tar.gz").exists()


def test_a_failed_check_leaves_no_tag_and_restores_every_file(
    released: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(released)
    head = git(released, "rev-parse", "HEAD")

    def broken_check(layout: Layout, into: Path, day: date) -> list[Path]:
        # The real build ran far enough to regenerate; now the check fails.
        assert (layout.root / "SDK_VERSION").read_text() == "1.1.0\n"
        raise ReleaseError("twine check failed: long_description has syntax errors")

    monkeypatch.setattr(release_module, "build_artifacts", broken_check)
    with pytest.raises(ReleaseError, match="twine check failed"):
        release(Layout(released), day=date(2026, 2, 1), use_redocly=False)
    assert snapshot(released) == before
    assert git(released, "rev-parse", "HEAD") == head
    assert git(released, "tag", "--list").split() == ["v1.0.0"]
    assert git(released, "status", "--porcelain") == ""


def test_a_failed_tag_undoes_the_release_commit(
    released: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(released)
    head = git(released, "rev-parse", "HEAD")
    real_git = gitrefs.git

    def git_without_tags(root: Path, *args: str, binary: bool = False) -> str:
        if args[:1] == ("tag",):
            raise GitError("git tag: cannot lock ref")
        return real_git(root, *args, binary=binary)

    monkeypatch.setattr(release_module, "git", git_without_tags)
    # The build is not what this test is about: skip it.
    monkeypatch.setattr(release_module, "build_artifacts", lambda *args: [])
    with pytest.raises(ReleaseError, match="cannot lock ref"):
        release(Layout(released), day=date(2026, 2, 1), use_redocly=False)
    assert git(released, "rev-parse", "HEAD") == head
    assert snapshot(released) == before
    assert git(released, "status", "--porcelain") == ""


def test_a_dirty_tree_is_refused(released: Path) -> None:
    (released / "spec" / "paths" / "demo.yaml").write_text("paths: {}\n", encoding="utf-8")
    with pytest.raises(ReleaseError, match="commit or stash"):
        release(Layout(released), day=date(2026, 2, 1), use_redocly=False)


def test_nothing_to_release(released: Path) -> None:
    git(released, "reset", "--quiet", "--hard", "v1.0.0")
    with pytest.raises(ReleaseError, match=r"nothing to release: no change since v1\.0\.0"):
        release(Layout(released), day=date(2026, 2, 2), use_redocly=False)


def test_diff_json_lists_each_change_with_its_class_reason_and_next_version(
    released: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = str(released / "spec" / "openapi.yaml")
    assert main(["diff", "--json", "--no-python-api", "--spec", spec]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["base"] == "v1.0.0" and report["base_is_release"]
    assert report["sdk_version"] == {"current": "1.0.0", "next": "1.1.0", "bump": "minor"}
    assert report["counts"] == {"breaking": 0, "feature": 1, "fix": 0}
    (change,) = report["changes"]
    assert change["severity"] == "feature" and change["kind"] == "request-field-added"
    assert change["group"] == "demo" and change["variants"] == "model=slow"
    assert change["section"] == "Added" and change["reason"]
