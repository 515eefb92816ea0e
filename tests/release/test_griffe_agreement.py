"""The spec diff and griffe agree on what breaks user code.

One spec carries one edit per API group; the SDK package is rendered before and after and griffe
(generator/apicheck.py) compares the two. For every edit griffe can see (it changes which
Python objects or parameters exist), the spec diff calls the group breaking exactly when griffe
finds a breaking change in that group's modules. The edits griffe cannot see (required-ness,
limits, rules: annotations and validation, not object presence) are breaking for the spec diff
and silent for griffe, which is why the spec diff exists.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.apicheck import ApiBreak, python_api_breaks
from generator.build import build_api
from generator.bundle import Bundle, bundle
from generator.changes import ReleaseDiff, _fold_api_breaks
from generator.diff import DiffReport, diff_documents
from generator.targets import python_package
from tests.release import minispec
from tests.release.minispec import Doc, schemas

Edit = Callable[[Doc], None]


def _fast(g: Doc) -> Doc:
    found: Doc = next(s for n, s in schemas(g).items() if n.endswith("RenderFast"))
    return found


def _slow(g: Doc) -> Doc:
    found: Doc = next(s for n, s in schemas(g).items() if n.endswith("RenderSlow"))
    return found


def _named(g: Doc, suffix: str) -> Doc:
    found: Doc = next(s for n, s in schemas(g).items() if n.endswith(suffix))
    return found


def remove_model(g: Doc) -> None:
    union = _named(g, "RenderRequest")
    slow = union["discriminator"]["mapping"].pop("slow")
    union["oneOf"] = [m for m in union["oneOf"] if m["$ref"] != slow]


def add_model(g: Doc) -> None:
    union = _named(g, "RenderRequest")
    name = next(n for n in schemas(g) if n.endswith("RenderSlow")).replace("Slow", "Turbo")
    turbo = copy.deepcopy(_slow(g))
    turbo["properties"]["model"] = {"const": "turbo"}
    schemas(g)[name] = turbo
    union["oneOf"].append({"$ref": f"#/components/schemas/{name}"})
    union["discriminator"]["mapping"]["turbo"] = f"#/components/schemas/{name}"


def rename_ping(g: Doc) -> None:
    op = g["paths"]["ping"]["post"]
    op["operationId"] = op["operationId"].replace(".ping", ".echo")


def add_operation(resource: str) -> Edit:
    """A new call `<group>.<resource>echo`: in a resource of its own, or beside `ping`."""

    def edit(g: Doc) -> None:
        echo = copy.deepcopy(g["paths"]["ping"])
        echo["post"]["operationId"] = echo["post"]["operationId"].replace(
            ".ping", f".{resource}echo"
        )
        g["paths"]["echo"] = echo

    return edit


def add_required(g: Doc) -> None:
    _fast(g)["properties"]["seed"] = {"type": "integer"}
    _fast(g)["required"].append("seed")


def add_rule(g: Doc) -> None:
    _slow(g)["allOf"] = [
        {
            "description": "callback_url requires prompt",
            "dependentRequired": {"callback_url": ["prompt"]},
        }
    ]


# group -> (edit, griffe sees this kind of edit, the spec diff calls it breaking)
EDITS: dict[str, tuple[Edit, bool, bool]] = {
    "field_removed": (lambda g: _slow(g)["properties"].pop("callback_url"), True, True),
    "model_removed": (remove_model, True, True),
    "operation_removed": (lambda g: g["paths"].pop("ping"), True, True),
    "call_renamed": (rename_ping, True, True),
    "response_field_removed": (
        lambda g: _named(g, "PingResponse")["properties"].pop("echo"),
        True,
        True,
    ),
    "status_field_removed": (
        lambda g: _named(g, "RenderStatus")["allOf"][1]["properties"].pop("url"),
        True,
        True,
    ),
    # A second call beside `ping` renames ping's `validate` helper to `validate_ping`.
    "call_added_beside": (add_operation(""), True, True),
    "field_added": (lambda g: _slow(g)["properties"].update(seed={"type": "integer"}), True, False),
    "model_added": (add_model, True, False),
    "operation_added": (add_operation("tools."), True, False),
    "response_field_added": (
        lambda g: _named(g, "PingResponse")["properties"].update(took_ms={"type": "integer"}),
        True,
        False,
    ),
    "unchanged": (lambda g: None, True, False),
    # griffe cannot see these: they change annotations and validation, not object presence
    "required_added": (add_required, False, True),
    "made_required": (lambda g: _fast(g)["required"].append("start"), False, True),
    "limit_tightened": (
        lambda g: _slow(g)["properties"]["prompt"].update(maxLength=10),
        False,
        True,
    ),
    "rule_added": (add_rule, False, True),
}


def _render(spec: Bundle, into: Path) -> None:
    prefix = "python/src/"
    for name, content in python_package.render(build_api(spec.document), spec).items():
        if name.startswith(prefix):
            path = into / name[len(prefix) :]
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)


@pytest.fixture(scope="module")
def compared(tmp_path_factory: pytest.TempPathFactory) -> tuple[DiffReport, list[ApiBreak]]:
    tmp = tmp_path_factory.mktemp("griffe")
    names = sorted(EDITS)
    root = minispec.root(names)
    old_groups = {n: minispec.group(n) for n in names}
    new_groups = copy.deepcopy(old_groups)
    for name, (edit, _, _) in EDITS.items():
        edit(new_groups[name])
    new_root = copy.deepcopy(root)
    new_root["paths"] = minispec.root(names)["paths"]
    # Paths follow the edited groups (an operation added or removed, a call renamed).
    for name in names:
        prefix = f"/api/v1/{name}/"
        for path in [p for p in new_root["paths"] if p.startswith(prefix)]:
            del new_root["paths"][path]
        for key in new_groups[name]["paths"]:
            path = prefix + key.replace("_by_id", "/{id}")
            new_root["paths"][path] = {"$ref": f"paths/{name}.yaml#/paths/{key}"}
    old_spec = minispec.write(tmp / "old" / "spec", root, old_groups)
    new_spec = minispec.write(tmp / "new" / "spec", new_root, new_groups)
    old_bundle, new_bundle = bundle(old_spec, old_spec.parent), bundle(new_spec, new_spec.parent)
    _render(old_bundle, tmp / "old" / "src")
    _render(new_bundle, tmp / "new" / "src")
    report = diff_documents(old_bundle.document, new_bundle.document)
    return report, python_api_breaks(tmp / "old" / "src", tmp / "new" / "src")


@pytest.mark.parametrize("group", sorted(n for n, (_, seen, _) in EDITS.items() if seen))
def test_griffe_finds_a_break_exactly_where_the_spec_diff_says_breaking(
    compared: tuple[DiffReport, list[ApiBreak]], group: str
) -> None:
    report, breaks = compared
    spec_breaking = any(c.group == group and c.severity == "breaking" for c in report.changes)
    griffe_breaking = [b.text() for b in breaks if b.namespace == group]
    assert spec_breaking == bool(griffe_breaking), (
        [c.summary for c in report.changes if c.group == group],
        griffe_breaking,
    )
    assert spec_breaking == EDITS[group][2]


@pytest.mark.parametrize("group", sorted(n for n, (_, seen, _) in EDITS.items() if not seen))
def test_edits_griffe_cannot_see_are_breaking_for_the_spec_diff(
    compared: tuple[DiffReport, list[ApiBreak]], group: str
) -> None:
    report, breaks = compared
    assert any(c.group == group and c.severity == "breaking" for c in report.changes)
    assert not [b for b in breaks if b.namespace == group]


def test_griffe_findings_belong_to_edited_groups(
    compared: tuple[DiffReport, list[ApiBreak]],
) -> None:
    _, breaks = compared
    assert breaks, "griffe found nothing at all"
    assert all(b.namespace in EDITS for b in breaks), [b.text() for b in breaks]


def test_an_unexplained_griffe_finding_is_a_breaking_change() -> None:
    """A runtime or template change that breaks user code cannot hide behind a quiet spec."""
    report = DiffReport()
    diff = ReleaseDiff("v1.0.0", True, report)
    removed = ApiBreak("runapi.webhooks.verify", "Public object was removed", "")
    diff.api_breaks = [removed]
    _fold_api_breaks(diff, {})
    assert [(c.severity, c.kind, c.call) for c in diff.changes] == [
        ("breaking", "python-api", "runapi.webhooks.verify")
    ]
    assert removed not in diff.explained


@pytest.mark.parametrize(
    ("path", "namespace"),
    [
        ("runapi.resources.seedance.TextToVideo.create", "seedance"),
        ("runapi.params.seedance.TextToVideoCreateSeedance20Params.web_search", "seedance"),
        ("runapi.types.anthropic.LlmAnthropicMessage.id", "anthropic"),
        ("runapi.cli.commands.veo_3_1.COMMANDS", "veo_3_1"),
        ("runapi._client.AsyncRunAPI.anthropic", "anthropic"),
        ("runapi.webhooks.verify", None),
    ],
)
def test_griffe_findings_are_attributed_to_their_namespace(
    path: str, namespace: str | None
) -> None:
    assert ApiBreak(path, "Public object was removed", "").namespace == namespace
