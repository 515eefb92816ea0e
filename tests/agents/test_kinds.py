"""Finding a model by what it makes: the spec's x-tagGroups drive the IR, the CLI and the docs."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.build import build_api
from generator.ir import Api
from tests.cli.conftest import invoke

PROJECT = Path(__file__).resolve().parents[2]
DOCS = PROJECT / "generated" / "docs"
KIND_WORDS = {"video": "video", "image": "image"}


@pytest.fixture(scope="module")
def api(bundled: dict[str, Any]) -> Api:
    return build_api(bundled)


def _spec_models(bundled: dict[str, Any]) -> dict[str, set[str]]:
    """model id -> the tags of the operations that accept it, read straight from the bundle."""
    found: dict[str, set[str]] = {}

    def models(node: Any) -> list[str]:
        if isinstance(node, dict):
            if "$ref" in node:
                target: Any = bundled
                for part in node["$ref"][2:].split("/"):
                    target = target[part]
                return models(target)
            prop = (node.get("properties") or {}).get("model")
            own: list[str] = []
            if isinstance(prop, dict):
                own = [prop["const"]] if "const" in prop else list(prop.get("enum") or [])
            return own + [m for branch in node.get("oneOf") or [] for m in models(branch)]
        return []

    for item in bundled["paths"].values():
        for method, op in item.items():
            if method != "post" or not isinstance(op, dict):
                continue
            body = ((op.get("requestBody") or {}).get("content") or {}).get("application/json")
            for model in models((body or {}).get("schema")):
                found.setdefault(model, set()).add(op["tags"][0])
    return found


def test_every_group_has_a_kind_from_x_tag_groups(api: Api, bundled: dict[str, Any]) -> None:
    groups = bundled["x-tagGroups"]
    assert [g["name"] for g in groups] == [
        "Video",
        "Image",
        "Music and audio",
        "Speech",
        "LLM",
        "Account and management",
    ]
    assert [k.id for k in api.kinds] == ["video", "image", "music", "speech", "llm", "account"]
    for namespace in api.namespaces:
        assert namespace.kinds, namespace.name
    tags = {t["name"] for t in bundled["tags"]}
    assert set().union(*(g["tags"] for g in groups)) == tags


def test_a_group_of_two_kinds_splits_by_what_each_operation_makes(api: Api) -> None:
    grok = {
        op.operation_id: op.media_kind for op in api.operations if op.namespace == "grok_imagine"
    }
    assert grok["grok_imagine.text_to_image.create"] == "image"
    assert grok["grok_imagine.image_to_video.create"] == "video"
    assert api.operation("wan.text_to_image.create").media_kind == "image"


def test_models_list_kind_video_comes_from_the_spec(api: Api, bundled: dict[str, Any]) -> None:
    result = invoke(["models", "list", "--kind", "video"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    video_tags = next(g["tags"] for g in bundled["x-tagGroups"] if g["name"] == "Video")
    spec = _spec_models(bundled)
    listed = {row["model"] for row in rows}
    expected = {m.id for m in api.models if m.kind == "video"}
    assert listed == expected
    # Every listed model is named by a request schema of a video group; every model of a
    # group that only makes video is listed.
    for model in listed:
        assert spec[model] & set(video_tags), model
    only_video = {
        t for t in video_tags if not any(t in g["tags"] for g in bundled["x-tagGroups"][1:])
    }
    assert {m for m, tags in spec.items() if tags <= only_video} <= listed
    seedance = next(row for row in rows if row["model"] == "seedance-2.0")
    assert seedance["operations"] == ["seedance.text_to_video.create"]
    assert seedance["commands"] == ["runapi seedance text-to-video run"]
    assert seedance["description"].startswith("seedance-2.0")


def test_models_list_without_kind_lists_every_model_offline(api: Api) -> None:
    rows = json.loads(invoke(["models", "list"]).stdout)
    assert [row["model"] for row in rows] == [m.id for m in api.models]
    assert len(rows) == len({row["model"] for row in rows}) > 100
    table = invoke(["models", "list", "--kind", "image", "--output", "table"])
    assert "nano-banana-pro" in table.stdout and "seedance" not in table.stdout
    assert invoke(["models", "list", "--kind", "nope"]).exit_code == 2


def test_models_list_available_still_calls_the_api() -> None:
    result = invoke(["models", "list", "--available", "--dry-run"])
    assert result.exit_code == 0, result.output
    request = json.loads(result.stdout)
    assert request["method"] == "GET" and request["url"].endswith("/v1/models")
    # An option of the API call asks the API too, as `models list` did before the catalogue.
    implied = invoke(["models", "list", "--dry-run", "--api-key", "sk-test-0123456789abcdef"])
    assert json.loads(implied.stdout)["url"].endswith("/v1/models")
    refused = invoke(["models", "list", "--kind", "llm", "--dry-run"])
    assert refused.exit_code == 2 and "--kind lists the catalogue" in refused.output


def test_root_help_lists_groups_by_kind(api: Api) -> None:
    text = invoke(["--help"]).stdout
    for kind in api.kinds:
        assert f"\n{kind.name}:\n" in text
    video = text.split("\nVideo:\n", 1)[1].split("\n\n", 1)[0]
    assert "seedance" in video and "nano-banana" not in video


def test_docs_navigation_and_pages_use_the_kinds(api: Api) -> None:
    config = yaml.safe_load((PROJECT / "generated" / "mkdocs.yml").read_text(encoding="utf-8"))
    sections = [next(iter(entry)) for entry in config["nav"] if isinstance(entry, dict)]
    names = [k.name for k in api.kinds]
    assert [s for s in sections if s in names] == names
    video = next(entry["Video"] for entry in config["nav"] if "Video" in entry)
    image = next(entry["Image"] for entry in config["nav"] if "Image" in entry)
    assert {"seedance": "reference/seedance.md"} in video
    assert {"nano_banana": "reference/nano_banana.md"} in image
    # A group of two kinds sits under its main kind in the navigation, under both on the home page.
    assert {"grok_imagine": "reference/grok_imagine.md"} in video
    assert {"grok_imagine": "reference/grok_imagine.md"} not in image
    assert {"Models by kind": "models.md"} in config["nav"]
    home = (DOCS / "index.md").read_text(encoding="utf-8")
    assert all(f"### {name}\n" in home for name in names)
    image_table = home.split("### Image\n", 1)[1].split("###", 1)[0]
    assert "[grok_imagine](reference/grok_imagine.md)" in image_table
    models = (DOCS / "models.md").read_text(encoding="utf-8")
    for model in api.models:
        assert re.search(rf"^\| `{re.escape(model.id)}` \|", models, re.M), model.id
