"""The command line and the atomic, deterministic write of generated/."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator import pipeline
from generator.bundle import bundle
from generator.commands import main
from generator.project import PROJECT

from .minimal_spec import fresh, write_spec


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    """`python -m generator` in a process of its own (exit codes, hash seeds)."""
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        check=False,
    )


@dataclass
class Outcome:
    returncode: int
    stdout: str
    stderr: str


def _main(*args: str) -> Outcome:
    """The same command line in this process, where the process itself is not the point."""
    stdout, stderr = io.StringIO(), io.StringIO()
    with redirect_stdout(stdout), redirect_stderr(stderr):
        code = main(list(args))
    return Outcome(code, stdout.getvalue(), stderr.getvalue())


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(spec, generated tree) of the minimal spec, generated once for the module's readers."""
    root = tmp_path_factory.mktemp("generated")
    spec = write_spec(root / "spec")
    out = root / "generated"
    result = _main("generate", "--spec", str(spec), "--out", str(out), "--no-redocly")
    assert result.returncode == 0, result.stderr
    return spec, out


def _copy(tree: Path, into: Path) -> Path:
    shutil.copytree(tree, into)
    return into


def test_generate_writes_a_self_contained_bundle(generated: tuple[Path, Path]) -> None:
    _, out = generated
    document = json.loads((out / "openapi.json").read_text())
    assert "DemoRenderFast" in document["components"]["schemas"]
    assert "/api/v1/demo/render" in document["paths"]
    assert "../" not in (out / "openapi.json").read_text()


def test_generate_is_byte_identical_across_runs(
    generated: tuple[Path, Path], tmp_path: Path
) -> None:
    # A second run in a process of its own (another hash seed) writes the same bytes.
    spec, first = generated
    second = tmp_path / "two"
    assert (
        _run("generate", "--spec", str(spec), "--out", str(second), "--no-redocly").returncode == 0
    )
    assert (first / "openapi.json").read_bytes() == (second / "openapi.json").read_bytes()


def test_broken_spec_reports_location_and_leaves_generated_untouched(
    tmp_path: Path,
) -> None:
    root, group = fresh()
    group["paths"]["render"]["post"]["responses"]["202"].pop("links")
    spec = write_spec(tmp_path / "spec", root, group)
    out = tmp_path / "generated"
    out.mkdir()
    (out / "openapi.json").write_text("previous output\n")
    (out / "keep.txt").write_text("untouched\n")
    result = _run("generate", "--spec", str(spec), "--out", str(out), "--no-redocly")
    assert result.returncode == 1
    assert "spec/paths/demo.yaml:" in result.stderr or "demo.yaml:" in result.stderr
    assert "/paths/~1api~1v1~1demo~1render/post/responses/202" in result.stderr
    assert "[task-link]" in result.stderr
    assert (out / "openapi.json").read_text() == "previous output\n"
    assert (out / "keep.txt").read_text() == "untouched\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["generated", "spec"]


def test_a_spec_refused_after_rendering_leaves_generated_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The staging tree is written while the checks still run (pipeline.generate's
    `meanwhile`): a verdict refusing the spec after that removes it and keeps the old tree."""
    root, group = fresh()
    body = group["paths"]["render"]["post"]["requestBody"]["content"]["application/json"]
    body["examples"]["basic"]["value"]["prompt"] = 5  # renders fine; the examples check refuses it
    spec = write_spec(tmp_path / "spec", root, group)
    out = tmp_path / "generated"
    out.mkdir()
    (out / "keep.txt").write_text("untouched\n")
    staged: list[Path] = []
    write_tree = pipeline._write_tree

    def recorded(files: dict[str, bytes], into: Path, previous: Path | None = None) -> None:
        staged.append(into)
        write_tree(files, into, previous)

    monkeypatch.setattr(pipeline, "_write_tree", recorded)
    result = _main("generate", "--spec", str(spec), "--out", str(out), "--no-redocly")
    assert result.returncode == 1
    assert "[example-invalid]" in result.stderr
    assert staged, "the refusal came before the staging tree was written: nothing to undo"
    assert not staged[0].exists()
    assert sorted(p.name for p in out.iterdir()) == ["keep.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["generated", "spec"]


def test_yaml_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    spec = write_spec(tmp_path / "spec")
    group_file = tmp_path / "spec" / "paths" / "demo.yaml"
    lines = group_file.read_text().splitlines()
    lines.insert(3, "  : : bad: [")
    group_file.write_text("\n".join(lines) + "\n")
    result = _main("validate", "--spec", str(spec), "--no-redocly")
    assert result.returncode == 1
    assert "demo.yaml:" in result.stderr and "[yaml-syntax]" in result.stderr


def test_validate_prints_counts(tmp_path: Path) -> None:
    spec = write_spec(tmp_path / "spec")
    result = _main("validate", "--spec", str(spec), "--no-redocly")
    assert result.returncode == 0, result.stderr
    assert "operations: 2" in result.stdout
    assert "task creates with callback and status link: 1/1" in result.stdout
    assert (
        "2 discriminated variants in 1 schemas, 1 allOf rules), 1 in x-runapi-rules"
        in result.stdout
    )
    assert "examples: 1" in result.stdout


def test_check_detects_a_stale_generated_tree(generated: tuple[Path, Path], tmp_path: Path) -> None:
    spec, tree = generated
    out = _copy(tree, tmp_path / "generated")
    assert _main("check", "--spec", str(spec), "--out", str(out)).returncode == 0
    (out / "openapi.json").write_text("{}\n")
    stale = _main("check", "--spec", str(spec), "--out", str(out))
    assert stale.returncode == 1 and "openapi.json" in stale.stderr


def test_bundle_records_origins_in_group_files(tmp_path: Path) -> None:
    spec = write_spec(tmp_path / "spec")
    result = bundle(spec, tmp_path)
    origin = result.origin("/components/schemas/DemoRenderFast/allOf/0")
    assert origin.file == "spec/paths/demo.yaml"
    text = (tmp_path / "spec/paths/demo.yaml").read_text().splitlines()
    assert "allOf" in text[origin.line - 1] or "description" in text[origin.line - 1]


def test_redocly_findings_are_mapped_to_source_lines(tmp_path: Path) -> None:
    root, group = fresh()
    root["servers"] = [{"url": "https://example.com"}]
    spec = write_spec(tmp_path / "spec", root, group)
    result = _main("validate", "--spec", str(spec))
    assert result.returncode == 1
    line = next(x for x in result.stderr.splitlines() if "[redocly/no-server-example.com]" in x)
    assert line.startswith("error: ") and "openapi.yaml:" in line and "/servers/0" in line


def test_check_ignores_bytecode_and_packaging_artifacts(
    generated: tuple[Path, Path], tmp_path: Path
) -> None:
    spec, tree = generated
    out = _copy(tree, tmp_path / "generated")
    (out / "python" / "src" / "__pycache__").mkdir(parents=True)
    (out / "python" / "src" / "__pycache__" / "x.cpython-311.pyc").write_bytes(b"\0")
    (out / "python" / ".mypy_cache").mkdir()
    (out / "python" / ".mypy_cache" / "cache.db").write_bytes(b"\0")
    (out / "python" / "runapi.egg-info").mkdir()
    (out / "python" / "runapi.egg-info" / "PKG-INFO").write_text("x\n")
    assert _main("check", "--spec", str(spec), "--out", str(out)).returncode == 0
