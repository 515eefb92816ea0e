"""The command line and the atomic, deterministic write of generated/."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from generator.bundle import bundle
from generator.pipeline import PROJECT

from .minimal_spec import fresh, write_spec


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        check=False,
    )


def test_generate_writes_a_self_contained_bundle(tmp_path: Path) -> None:
    spec = write_spec(tmp_path / "spec")
    out = tmp_path / "generated"
    result = _run("generate", "--spec", str(spec), "--out", str(out), "--no-redocly")
    assert result.returncode == 0, result.stderr
    document = json.loads((out / "openapi.json").read_text())
    assert "DemoRenderFast" in document["components"]["schemas"]
    assert "/api/v1/demo/render" in document["paths"]
    assert "../" not in (out / "openapi.json").read_text()


def test_generate_is_byte_identical_across_runs(tmp_path: Path) -> None:
    spec = write_spec(tmp_path / "spec")
    first, second = tmp_path / "one", tmp_path / "two"
    for out in (first, second):
        assert (
            _run("generate", "--spec", str(spec), "--out", str(out), "--no-redocly").returncode == 0
        )
    assert (first / "openapi.json").read_bytes() == (second / "openapi.json").read_bytes()


def test_broken_spec_reports_location_and_leaves_generated_untouched(tmp_path: Path) -> None:
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


def test_yaml_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    spec = write_spec(tmp_path / "spec")
    group_file = tmp_path / "spec" / "paths" / "demo.yaml"
    lines = group_file.read_text().splitlines()
    lines.insert(3, "  : : bad: [")
    group_file.write_text("\n".join(lines) + "\n")
    result = _run("validate", "--spec", str(spec), "--no-redocly")
    assert result.returncode == 1
    assert "demo.yaml:" in result.stderr and "[yaml-syntax]" in result.stderr


def test_validate_prints_counts(tmp_path: Path) -> None:
    spec = write_spec(tmp_path / "spec")
    result = _run("validate", "--spec", str(spec), "--no-redocly")
    assert result.returncode == 0, result.stderr
    assert "operations: 2" in result.stdout
    assert "task creates with callback and status link: 1/1" in result.stdout
    assert (
        "2 discriminated variants in 1 schemas, 1 allOf rules), 1 in x-runapi-rules"
        in result.stdout
    )
    assert "examples: 1" in result.stdout


def test_check_detects_a_stale_generated_tree(tmp_path: Path) -> None:
    spec = write_spec(tmp_path / "spec")
    out = tmp_path / "generated"
    assert _run("generate", "--spec", str(spec), "--out", str(out), "--no-redocly").returncode == 0
    assert _run("check", "--spec", str(spec), "--out", str(out)).returncode == 0
    (out / "openapi.json").write_text("{}\n")
    stale = _run("check", "--spec", str(spec), "--out", str(out))
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
    result = _run("validate", "--spec", str(spec))
    assert result.returncode == 1
    line = next(x for x in result.stderr.splitlines() if "[redocly/no-server-example.com]" in x)
    assert line.startswith("error: ") and "openapi.yaml:" in line and "/servers/0" in line


def test_check_ignores_bytecode_and_packaging_artifacts(tmp_path: Path) -> None:
    spec = write_spec(tmp_path / "spec")
    out = tmp_path / "generated"
    assert _run("generate", "--spec", str(spec), "--out", str(out), "--no-redocly").returncode == 0
    (out / "python" / "src" / "__pycache__").mkdir(parents=True)
    (out / "python" / "src" / "__pycache__" / "x.cpython-311.pyc").write_bytes(b"\0")
    (out / "python" / ".mypy_cache").mkdir()
    (out / "python" / ".mypy_cache" / "cache.db").write_bytes(b"\0")
    (out / "python" / "runapi.egg-info").mkdir()
    (out / "python" / "runapi.egg-info" / "PKG-INFO").write_text("x\n")
    assert _run("check", "--spec", str(spec), "--out", str(out)).returncode == 0
