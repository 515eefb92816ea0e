"""Issue 8, item 5: a `$ref` stays inside the spec folder, and validation never uses the network.

Each escape is a `file:line: /pointer: [rule]` error at the `$ref` that tried it; the output tree is
left as it was; and a local HTTP server counts the requests that any tool (the Python checks, or
Redocly in Node) made to it: none.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

from generator import redocly
from generator.bundle import bundle
from generator.project import PROJECT

from ..minimal_spec import fresh
from .support import RecordingServer, SpecCopy, line_of

EXTRA = "/components/schemas/DemoRenderSlow/properties/extra"
OUTSIDE = "components:\n  schemas:\n    Outside:\n      type: object\n      description: SECRET\n"


def _with_ref(tmp_path: Path, ref: Any) -> SpecCopy:
    """The minimal spec whose DemoRenderSlow gains `extra: {$ref: <ref>}`; an outside file too."""
    (tmp_path / "outside.yaml").write_text(OUTSIDE)
    root, group = fresh()
    group["components"]["schemas"]["DemoRenderSlow"]["properties"]["extra"] = {"$ref": ref}
    return SpecCopy(tmp_path, root, group)


def _ref_line(spec: SpecCopy) -> int:
    return line_of(spec.group, "$ref", after="extra:")


ESCAPES = {
    "parent folders": ("../../outside.yaml#/components/schemas/Outside", "ref-outside"),
    "percent-encoded parent folders": (
        "..%2F..%2Foutside.yaml#/components/schemas/Outside",
        "ref-outside",
    ),
    "absolute path": ("/etc/passwd#/root", "ref-outside"),
    "file URL": ("file:///etc/passwd#/root", "ref-external"),
    "network-path reference": ("//127.0.0.1:9/x.yaml#/components/schemas/X", "ref-external"),
    "https URL": ("https://127.0.0.1:9/x.yaml#/components/schemas/X", "ref-external"),
}


@pytest.mark.parametrize("name", sorted(ESCAPES))
def test_ref_outside_the_spec_folder_is_refused(name: str, tmp_path: Path) -> None:
    ref, rule = ESCAPES[name]
    spec = _with_ref(tmp_path, ref)
    outcome = spec.rejected()
    assert outcome.shapes == [(str(spec.group), _ref_line(spec), f"{EXTRA}/$ref", rule)]
    assert "SECRET" not in outcome.stderr


def test_absolute_path_to_a_spec_like_file_is_refused(tmp_path: Path) -> None:
    spec = _with_ref(tmp_path, f"{tmp_path / 'outside.yaml'}#/components/schemas/Outside")
    outcome = spec.rejected()
    assert outcome.shapes == [(str(spec.group), _ref_line(spec), f"{EXTRA}/$ref", "ref-outside")]


def test_outside_text_never_reaches_the_bundle(tmp_path: Path) -> None:
    spec = _with_ref(tmp_path, "../../outside.yaml#/components/schemas/Outside")
    result = bundle(spec.root, tmp_path)
    assert "Outside" not in result.document["components"]["schemas"]
    assert [d.rule for d in result.diagnostics] == ["ref-outside"]


@pytest.mark.parametrize("command", ["validate", "generate"])
def test_http_ref_is_refused_without_a_single_request(command: str, tmp_path: Path) -> None:
    """Redocly runs too (`validate` with it): neither Node nor Python fetches the URL."""
    with RecordingServer().running() as server:
        ref = f"{server.url}/outside.yaml#/components/schemas/Outside"
        spec = _with_ref(tmp_path, ref)
        outcome = spec.rejected(command, redocly=True)
        assert outcome.shapes == [
            (str(spec.group), _ref_line(spec), f"{EXTRA}/$ref", "ref-external")
        ]
    assert server.hits == []


FOREIGN = {
    "$id": ("DemoRenderSlow", "$id"),
    "$schema": ("DemoRenderSlow", "$schema"),
    "$dynamicRef": ("DemoRenderSlow", "$dynamicRef"),
}


@pytest.mark.parametrize("keyword", sorted(FOREIGN))
def test_keywords_that_name_other_documents_are_refused(keyword: str, tmp_path: Path) -> None:
    with RecordingServer().running() as server:
        root, group = fresh()
        group["components"]["schemas"]["DemoRenderSlow"][keyword] = f"{server.url}/schema.json"
        spec = SpecCopy(tmp_path, root, group)
        outcome = spec.rejected("validate", redocly=True)
        line = line_of(spec.group, f"{keyword}:", after="DemoRenderSlow:")
        pointer = f"/components/schemas/DemoRenderSlow/{keyword}"
        assert outcome.shapes == [(str(spec.group), line, pointer, "ref-keyword")]
    assert server.hits == []


def test_external_example_value_is_refused_without_a_request(tmp_path: Path) -> None:
    """Redocly downloads `externalValue` examples; the spec keeps examples inline."""
    with RecordingServer().running() as server:
        root, group = fresh()
        media = group["paths"]["render"]["post"]["requestBody"]["content"]["application/json"]
        media["examples"]["remote"] = {"externalValue": f"{server.url}/example.json"}
        spec = SpecCopy(tmp_path, root, group)
        outcome = spec.rejected("validate", redocly=True)
        pointer = (
            "/paths/render/post/requestBody/content/application~1json/examples/remote/externalValue"
        )
        line = line_of(spec.group, "externalValue:")
        assert outcome.shapes == [(str(spec.group), line, pointer, "ref-keyword")]
    assert server.hits == []


def test_discriminator_mapping_to_a_url_is_refused_without_a_request(tmp_path: Path) -> None:
    """Redocly follows mapping values as refs, URLs included: the bundler checks them first."""
    with RecordingServer().running() as server:
        root, group = fresh()
        disc = group["components"]["schemas"]["DemoRenderRequest"]["discriminator"]
        disc["mapping"]["slow"] = f"{server.url}/slow.yaml#/components/schemas/Outside"
        spec = SpecCopy(tmp_path, root, group)
        outcome = spec.rejected("validate", redocly=True)
        pointer = "/components/schemas/DemoRenderRequest/discriminator/mapping/slow"
        line = line_of(spec.group, "slow: http")
        assert outcome.shapes == [(str(spec.group), line, pointer, "ref-external")]
    assert server.hits == []


def test_ref_that_is_not_a_string_is_refused(tmp_path: Path) -> None:
    spec = _with_ref(tmp_path, {"path": "outside.yaml"})
    outcome = spec.rejected()
    assert outcome.shapes == [(str(spec.group), _ref_line(spec), f"{EXTRA}/$ref", "ref-invalid")]


# Symbolic links: the folder is the root spec file's folder with every link followed.


def test_symlinked_file_pointing_outside_is_refused(tmp_path: Path) -> None:
    spec = _with_ref(tmp_path, "shared.yaml#/components/schemas/Outside")
    (spec.group.parent / "shared.yaml").symlink_to(tmp_path / "outside.yaml")
    outcome = spec.rejected()
    assert outcome.shapes == [(str(spec.group), _ref_line(spec), f"{EXTRA}/$ref", "ref-outside")]
    assert "symbolic link" in outcome.found[0].message


def test_symlinked_folder_pointing_outside_is_refused(tmp_path: Path) -> None:
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "shared.yaml").write_text(OUTSIDE)
    spec = _with_ref(tmp_path, "../shared/shared.yaml#/components/schemas/Outside")
    (tmp_path / "spec" / "shared").symlink_to(tmp_path / "elsewhere")
    outcome = spec.rejected()
    assert outcome.shapes == [(str(spec.group), _ref_line(spec), f"{EXTRA}/$ref", "ref-outside")]


def test_group_file_that_is_a_link_to_outside_is_refused(tmp_path: Path) -> None:
    spec = SpecCopy(tmp_path)
    moved = tmp_path / "demo.yaml"
    spec.group.rename(moved)
    spec.group.symlink_to(moved)
    outcome = spec.rejected()
    lines = [line_of(spec.root, "paths/demo.yaml#/paths/render")]
    lines.append(line_of(spec.root, "paths/demo.yaml#/paths/render_by_id"))
    assert outcome.shapes == [
        (str(spec.root), lines[0], "/paths/~1api~1v1~1demo~1render/$ref", "ref-outside"),
        (str(spec.root), lines[1], "/paths/~1api~1v1~1demo~1render~1{id}/$ref", "ref-outside"),
    ]


def test_root_spec_file_that_is_a_link_to_outside_is_refused(tmp_path: Path) -> None:
    spec = SpecCopy(tmp_path)
    moved = tmp_path / "openapi.yaml"
    spec.root.rename(moved)
    spec.root.symlink_to(moved)
    outcome = spec.rejected()
    assert outcome.shapes == [(str(spec.root), 1, "/", "ref-outside")]


def test_reference_list_that_is_a_link_to_outside_is_refused(tmp_path: Path) -> None:
    spec = SpecCopy(tmp_path)
    (tmp_path / "operations.tsv").write_text("group\tmethod\tpath\tkind\nsecret\tGET\t/x\tx\n")
    (tmp_path / "spec" / "reference").mkdir()
    listing = tmp_path / "spec" / "reference" / "operations.tsv"
    listing.symlink_to(tmp_path / "operations.tsv")
    outcome = spec.rejected()
    assert outcome.shapes == [(str(listing), 1, "/", "ref-outside")]


def test_links_inside_the_spec_folder_are_followed(tmp_path: Path) -> None:
    spec = _with_ref(tmp_path, "alias.yaml#/components/schemas/DemoRenderStatus")
    (spec.group.parent / "alias.yaml").symlink_to(spec.group)
    outcome = spec.run("validate")
    assert outcome.code == 0, outcome.stderr


def test_redocly_runs_with_telemetry_and_update_checks_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Redocly CLI reports each run to its telemetry service unless told not to."""
    seen: list[dict[str, str]] = []
    real = subprocess.Popen

    def recording(*args: Any, **kwargs: Any) -> Any:
        seen.append(dict(kwargs.get("env") or os.environ))
        return real(*args, **kwargs)

    monkeypatch.setattr(subprocess, "Popen", recording)
    spec = SpecCopy(tmp_path)
    redocly.RedoclyLint(bundle(spec.root, tmp_path), PROJECT).result()
    assert seen and seen[0].get("REDOCLY_TELEMETRY") == "off"
    assert seen[0].get("REDOCLY_SUPPRESS_UPDATE_NOTICE") == "true"
