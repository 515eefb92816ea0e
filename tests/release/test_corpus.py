"""The classification corpus: spec edits, each with the classes `make diff` must give it.

Every edit is applied to a copy of the real bundled spec (a few groups of it, so the corpus runs
fast) and diffed against the original. Each case lists exactly the (class, kind) pairs the diff
must report, no more and no fewer. The corpus covers every change kind of issue 9 in both
directions: added/removed, tightened/loosened, request/response.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest

from generator.diff import diff_documents
from tests.conftest import BUNDLED_SPEC

Doc = dict[str, Any]
Edit = Callable[[Doc], None]

#: The groups the corpus edits (every other path is dropped from both sides).
GROUPS = {
    "seedance",
    "account",
    "management",
    "elevenlabs",
    "gemini_omni",
    "llm-anthropic",
    "llm-gemini",
}


def _base() -> Doc:
    document: Doc = json.loads(BUNDLED_SPEC.read_text(encoding="utf-8"))
    document["paths"] = {
        path: item
        for path, item in document["paths"].items()
        if any(
            isinstance(op, dict) and (op.get("tags") or [""])[0] in GROUPS for op in item.values()
        )
    }
    return document


def _seed(document: Doc) -> Doc:
    """Give the base the constructs the edits vary, where the live spec has none of its own.

    The spec follows the API, so a rule or an enum an edit targets may disappear from it; the
    corpus then tests the same change on a base that has the construct (both sides have it).
    """
    rules = schema(document, "SeedanceTextToVideoRequest20").setdefault("allOf", [])
    if not any("dependentRequired" in e for e in rules):
        rules.append(
            {
                "description": "last_frame_image_url requires first_frame_image_url",
                "dependentRequired": {"last_frame_image_url": ["first_frame_image_url"]},
            }
        )
    if not any("not" in e for e in rules):
        rules.append(
            {
                "description": "frame mode and reference mode cannot be combined",
                "not": {"required": ["first_frame_image_url", "reference_image_urls"]},
            }
        )
    alt = stream_query(document)["parameters"][1]["schema"]
    alt.setdefault("enum", ["sse"])
    return document


def schema(doc: Doc, name: str) -> Doc:
    found: Doc = doc["components"]["schemas"][name]
    return found


def v20(doc: Doc) -> Doc:
    """The seedance-2.0 variant of seedance.text_to_video.create."""
    return schema(doc, "SeedanceTextToVideoRequest20")


def prop(doc: Doc, name: str, field: str) -> Doc:
    found: Doc = schema(doc, name)["properties"][field]
    return found


def balance_op(doc: Doc) -> Doc:
    found: Doc = doc["paths"]["/api/v1/me/balance"]["get"]
    return found


def seedance_create(doc: Doc) -> Doc:
    found: Doc = doc["paths"]["/api/v1/seedance/text_to_video"]["post"]
    return found


def dialogue_rule(doc: Doc) -> Doc:
    for item in doc["components"]["schemas"].values():
        for rule in item.get("x-runapi-rules") or []:
            if "dialogue text" in rule["description"]:
                found: Doc = rule
                return found
    raise AssertionError("the dialogue sum rule moved")


def clip_rule(doc: Doc) -> Doc:
    for rule in schema(doc, "GeminiOmniTextToVideoRequest").get("x-runapi-rules") or []:
        if "compare" in rule:
            found: Doc = rule
            return found
    raise AssertionError("the gemini_omni compare rule moved")


def v20_rule(doc: Doc, keyword: str) -> Doc:
    found: Doc = next(e for e in v20(doc)["allOf"] if keyword in e)
    return found


# -- edits ------------------------------------------------------------------------------


def add_operation(doc: Doc) -> None:
    doc["paths"]["/api/v1/account/usage"] = {"get": copy.deepcopy(balance_op(doc))}
    doc["paths"]["/api/v1/account/usage"]["get"]["operationId"] = "account.get_usage"


def add_model(doc: Doc) -> None:
    """A new model on an endpoint: seedance-3.0 joins the discriminator."""
    new = copy.deepcopy(v20(doc))
    new["properties"]["model"] = {"const": "seedance-3.0"}
    doc["components"]["schemas"]["SeedanceTextToVideoRequest30"] = new
    union = schema(doc, "SeedanceTextToVideoRequest")
    union["oneOf"].append({"$ref": "#/components/schemas/SeedanceTextToVideoRequest30"})
    union["discriminator"]["mapping"]["seedance-3.0"] = (
        "#/components/schemas/SeedanceTextToVideoRequest30"
    )


def remove_model(doc: Doc) -> None:
    union = schema(doc, "SeedanceTextToVideoRequest")
    ref = union["discriminator"]["mapping"].pop("seedance-v1-lite")
    union["oneOf"] = [m for m in union["oneOf"] if m["$ref"] != ref]


def set_(getter: Callable[[Doc], Doc], key: str, value: Any) -> Edit:
    def edit(doc: Doc) -> None:
        getter(doc)[key] = value

    return edit


def drop(getter: Callable[[Doc], Doc], key: str) -> Edit:
    def edit(doc: Doc) -> None:
        del getter(doc)[key]

    return edit


def both(*edits: Edit) -> Edit:
    def edit(doc: Doc) -> None:
        for one in edits:
            one(doc)

    return edit


def v20_field(field: str) -> Callable[[Doc], Doc]:
    return lambda doc: v20(doc)["properties"][field]


def v20_required(add: str = "", remove: str = "") -> Edit:
    def edit(doc: Doc) -> None:
        required = v20(doc)["required"]
        if add:
            required.append(add)
        if remove:
            required.remove(remove)

    return edit


def balance_field(field: str) -> Callable[[Doc], Doc]:
    return lambda doc: schema(doc, "AccountBalance")["properties"][field]


def balance_required(add: str = "", remove: str = "") -> Edit:
    def edit(doc: Doc) -> None:
        required = schema(doc, "AccountBalance")["required"]
        if add:
            required.append(add)
        if remove:
            required.remove(remove)

    return edit


def rename_balance_model(doc: Doc) -> None:
    schemas = doc["components"]["schemas"]
    schemas["AccountBalanceSummary"] = schemas.pop("AccountBalance")
    media = balance_op(doc)["responses"]["200"]["content"]["application/json"]
    media["schema"] = {"$ref": "#/components/schemas/AccountBalanceSummary"}


def separate_callback_without(field: str) -> Edit:
    """seedance's callback gets its own schema, without `field`."""

    def edit(doc: Doc) -> None:
        callback = copy.deepcopy(schema(doc, "SeedanceTextToVideoStatus"))
        del callback["allOf"][1]["properties"][field]
        doc["components"]["schemas"]["SeedanceTextToVideoCallback"] = callback
        post = seedance_create(doc)["callbacks"]["taskStatus"]["{$request.body#/callback_url}"]
        media = post["post"]["requestBody"]["content"]["application/json"]
        media["schema"] = {"$ref": "#/components/schemas/SeedanceTextToVideoCallback"}

    return edit


def completion_requires(*fields: str) -> Edit:
    """seedance's status: a completed task always has `fields`."""

    def edit(doc: Doc) -> None:
        rule = next(p for p in schema(doc, "SeedanceTextToVideoStatus")["allOf"] if "if" in p)
        rule["then"]["required"] = list(fields)

    return edit


def add_stream_event(doc: Doc) -> None:
    schemas = doc["components"]["schemas"]
    schemas["LlmAnthropicThinkingEvent"] = {
        "type": "object",
        "required": ["type"],
        "properties": {"type": {"const": "thinking"}},
    }
    schemas["LlmAnthropicStreamEvent"]["oneOf"].append(
        {"$ref": "#/components/schemas/LlmAnthropicThinkingEvent"}
    )


def remove_stream_event(doc: Doc) -> None:
    events = schema(doc, "LlmAnthropicStreamEvent")
    events["oneOf"] = events["oneOf"][:-1]


def stream_query(doc: Doc) -> Doc:
    found: Doc = doc["paths"]["/v1beta/models/{model}:streamGenerateContent"]["post"]
    return found


BASE = _seed(_base())
#: Each case edits its own copy of BASE, made from this text (a JSON document: the same copy as
#: copy.deepcopy, in a quarter of the time).
BASE_TEXT = json.dumps(BASE)


def add_query_param(required: bool) -> Edit:
    def edit(doc: Doc) -> None:
        stream_query(doc)["parameters"].append(
            {"name": "trace", "in": "query", "required": required, "schema": {"type": "string"}}
        )

    return edit


def alt_enum(values: list[str]) -> Edit:
    def edit(doc: Doc) -> None:
        stream_query(doc)["parameters"][1]["schema"]["enum"] = values

    return edit


def move_route(doc: Doc) -> None:
    doc["paths"]["/api/v1/account/balance"] = doc["paths"].pop("/api/v1/me/balance")


def rename_call(doc: Doc) -> None:
    balance_op(doc)["operationId"] = "account.balance.get"


def remove_operation(doc: Doc) -> None:
    del doc["paths"]["/api/v1/me/balance"]


def responses(doc: Doc) -> Doc:
    found: Doc = balance_op(doc)["responses"]
    return found


def add_error_status(doc: Doc) -> None:
    responses(doc)["409"] = {"description": "Conflict."}


def success_201(doc: Doc) -> None:
    responses(doc)["201"] = responses(doc).pop("200")


def add_rule(doc: Doc) -> None:
    v20(doc)["allOf"].append(
        {
            "description": "web_search needs a prompt",
            "dependentRequired": {"web_search": ["prompt"]},
        }
    )


def remove_not_rule(doc: Doc) -> None:
    v20(doc)["allOf"] = [e for e in v20(doc)["allOf"] if "not" not in e]


def add_compare_rule(doc: Doc) -> None:
    v20(doc)["x-runapi-rules"] = [
        {
            "description": "duration_seconds must not exceed 15",
            "compare": {"left": "duration_seconds", "op": "le", "value": 15},
        }
    ]


def remove_sum_rule(doc: Doc) -> None:
    for item in doc["components"]["schemas"].values():
        rules = item.get("x-runapi-rules") or []
        kept = [r for r in rules if "dialogue text" not in r["description"]]
        if len(kept) != len(rules):
            if kept:
                item["x-runapi-rules"] = kept
            else:
                del item["x-runapi-rules"]


def change_if_rule(doc: Doc) -> None:
    rule = v20_rule(doc, "if")
    rule["then"] = {"required": ["reference_image_urls"]}


def add_note(doc: Doc) -> None:
    v20_field("prompt")(doc)["x-runapi-reading"] = "a maintainer's note"
    seedance_create(doc)["x-runapi-contract"] = {"action": "seedance/video"}


# (id, edit, expected {(class, kind)})
CASES: list[tuple[str, Edit, set[tuple[str, str]]]] = [
    # operations and call paths
    ("operation added", add_operation, {("feature", "operation-added")}),
    ("operation removed", remove_operation, {("breaking", "operation-removed")}),
    ("call path renamed", rename_call, {("breaking", "call-path-renamed")}),
    ("route moved", move_route, {("fix", "route-changed")}),
    # auth, status codes, servers
    (
        "auth replaced",
        set_(balance_op, "security", [{"ManagementKeyAuth": []}]),
        {("breaking", "auth-changed")},
    ),
    (
        "auth widened",
        set_(balance_op, "security", [{"ApiKeyAuth": []}, {"ApiKeyHeader": []}]),
        {("feature", "auth-widened")},
    ),
    ("error status added", add_error_status, {("fix", "error-status-added")}),
    ("error status removed", drop(responses, "429"), {("fix", "error-status-removed")}),
    ("success status changed", success_201, {("fix", "success-status-changed")}),
    (
        "server changed",
        set_(lambda d: d["servers"][0], "url", "https://api.runapi.ai"),
        {("fix", "server-changed")},
    ),
    # discriminator models
    ("model added", add_model, {("feature", "variant-added")}),
    ("model removed", remove_model, {("breaking", "variant-removed")}),
    # request fields, per variant
    (
        "optional field added",
        lambda d: v20(d)["properties"].update(seed={"type": "integer"}),
        {("feature", "request-field-added")},
    ),
    (
        "required field added",
        both(
            lambda d: v20(d)["properties"].update(style={"type": "string"}), v20_required("style")
        ),
        {("breaking", "request-field-added")},
    ),
    (
        "field removed",
        lambda d: v20(d)["properties"].pop("web_search"),
        {("breaking", "request-field-removed")},
    ),
    (
        "field made required",
        v20_required(add="duration_seconds"),
        {("breaking", "request-field-required")},
    ),
    ("field made optional", v20_required(remove="prompt"), {("feature", "request-field-optional")}),
    (
        "request type widened",
        set_(v20_field("duration_seconds"), "type", "number"),
        {("feature", "type-widened")},
    ),
    (
        "request type changed",
        set_(v20_field("generate_audio"), "type", "string"),
        {("breaking", "type-changed")},
    ),
    # request enums
    (
        "request enum value added",
        lambda d: v20_field("aspect_ratio")(d)["enum"].append("2:1"),
        {("feature", "enum-value-added")},
    ),
    (
        "request enum value removed",
        lambda d: v20_field("aspect_ratio")(d)["enum"].remove("21:9"),
        {("breaking", "enum-value-removed")},
    ),
    (
        "query enum value removed",
        alt_enum([]),
        {("breaking", "enum-value-removed")},
    ),
    ("query parameter added", add_query_param(False), {("feature", "request-field-added")}),
    (
        "required query parameter added",
        add_query_param(True),
        {("breaking", "request-field-added")},
    ),
    # request limits
    (
        "maximum loosened",
        set_(v20_field("duration_seconds"), "maximum", 20),
        {("feature", "limit-loosened")},
    ),
    (
        "maximum tightened",
        set_(v20_field("duration_seconds"), "maximum", 12),
        {("breaking", "limit-tightened")},
    ),
    (
        "minLength tightened",
        set_(v20_field("prompt"), "minLength", 5),
        {("breaking", "limit-tightened")},
    ),
    (
        "minLength loosened",
        set_(v20_field("prompt"), "minLength", 1),
        {("feature", "limit-loosened")},
    ),
    (
        "maxItems tightened",
        set_(v20_field("reference_video_urls"), "maxItems", 2),
        {("breaking", "limit-tightened")},
    ),
    (
        "maxItems dropped",
        drop(v20_field("reference_video_urls"), "maxItems"),
        {("feature", "limit-loosened")},
    ),
    (
        "format dropped",
        drop(v20_field("first_frame_image_url"), "format"),
        {("feature", "limit-loosened")},
    ),
    (
        "pattern added",
        set_(v20_field("prompt"), "pattern", "^[^<>]*$"),
        {("breaking", "limit-tightened")},
    ),
    (
        "ungraded keyword added",
        set_(v20_field("duration_seconds"), "multipleOf", 2),
        {("breaking", "schema-changed")},
    ),
    # conditional rules, JSON Schema forms
    ("rule added", add_rule, {("breaking", "rule-added")}),
    ("rule removed", remove_not_rule, {("feature", "rule-removed")}),
    (
        "dependentRequired tightened",
        set_(
            lambda d: v20_rule(d, "dependentRequired"),
            "dependentRequired",
            {"last_frame_image_url": ["first_frame_image_url", "prompt"]},
        ),
        {("breaking", "rule-tightened")},
    ),
    (
        "dependentRequired loosened",
        set_(
            lambda d: v20_rule(d, "dependentRequired"),
            "dependentRequired",
            {"last_frame_image_url": []},
        ),
        {("feature", "rule-loosened")},
    ),
    ("if/then rule changed", change_if_rule, {("breaking", "rule-changed")}),
    (
        "rule reworded",
        set_(lambda d: v20_rule(d, "dependentRequired"), "description", "send first_frame first"),
        {("fix", "rule-docs")},
    ),
    # conditional rules, x-runapi-rules
    (
        "sum limit loosened",
        lambda d: dialogue_rule(d)["sum"].update(max=6000),
        {("feature", "rule-loosened")},
    ),
    (
        "sum limit tightened",
        lambda d: dialogue_rule(d)["sum"].update(max=4000),
        {("breaking", "rule-tightened")},
    ),
    ("x-rule added", add_compare_rule, {("breaking", "rule-added")}),
    ("x-rule removed", remove_sum_rule, {("feature", "rule-removed")}),
    (
        "compare made lax",
        lambda d: clip_rule(d)["compare"].update(op="ge"),
        {("feature", "rule-loosened")},
    ),
    (
        "compare made strict",
        lambda d: (
            clip_rule(d)["compare"].update(op="gt")
            if clip_rule(d)["compare"]["op"] == "ge"
            else clip_rule(d)["compare"].update(op="lt")
        ),
        {("breaking", "rule-changed")},
    ),
    # responses
    (
        "response field added",
        lambda d: schema(d, "AccountBalance")["properties"].update(currency={"type": "string"}),
        {("feature", "response-field-added")},
    ),
    (
        "response field removed",
        lambda d: schema(d, "AccountBalance")["properties"].pop("spent_cents_today"),
        {("breaking", "response-field-removed")},
    ),
    (
        "response type changed",
        set_(balance_field("balance_cents"), "type", "string"),
        {("breaking", "type-changed")},
    ),
    (
        "response type widened",
        set_(balance_field("balance_cents"), "type", "number"),
        {("breaking", "type-changed")},
    ),
    (
        "response type narrowed",
        set_(lambda d: schema(d, "TaskEnvelope")["properties"]["error"], "type", "string"),
        {("fix", "type-narrowed")},
    ),
    (
        "response field may be absent",
        balance_required(remove="balance_cents"),
        {("breaking", "response-field-optional")},
    ),
    (
        "response field always present",
        balance_required(add="spent_cents_today"),
        {("fix", "response-field-required")},
    ),
    (
        "response enum value added",
        lambda d: schema(d, "TaskState")["enum"].append("queued"),
        {("feature", "enum-value-added")},
    ),
    (
        "response enum value removed",
        lambda d: schema(d, "TaskState")["enum"].remove("processing"),
        {("fix", "enum-value-removed")},
    ),
    (
        "response limit loosened",
        drop(balance_field("spent_cents_today"), "minimum"),
        {("fix", "limit-loosened")},
    ),
    ("response model renamed", rename_balance_model, {("breaking", "response-model-renamed")}),
    # task status and callbacks
    (
        "status field removed",
        lambda d: schema(d, "SeedanceTextToVideoStatus")["allOf"][1]["properties"].pop(
            "last_frame_image_url"
        ),
        {("breaking", "response-field-removed")},
    ),
    (
        "completed result swapped",
        completion_requires("last_frame_image_url"),
        {("breaking", "completed-field-optional"), ("fix", "completed-field-required")},
    ),
    (
        "completed result guaranteed",
        completion_requires("videos", "last_frame_image_url"),
        {("fix", "completed-field-required")},
    ),
    (
        "callback field removed",
        separate_callback_without("last_frame_image_url"),
        {("breaking", "response-field-removed")},
    ),
    # streams
    ("stream event added", add_stream_event, {("feature", "stream-event-added")}),
    ("stream event removed", remove_stream_event, {("fix", "stream-event-removed")}),
    # defaults, deprecation, docs, maintainer notes
    (
        "default changed",
        set_(v20_field("duration_seconds"), "default", 5),
        {("fix", "default-changed")},
    ),
    (
        "field deprecated",
        set_(v20_field("web_search"), "deprecated", True),
        {("feature", "deprecated")},
    ),
    (
        "operation description changed",
        set_(seedance_create, "description", "Starts a Seedance video task."),
        {("fix", "docs")},
    ),
    (
        "field description changed",
        set_(v20_field("prompt"), "description", "What the video shows."),
        {("fix", "docs")},
    ),
    ("maintainer notes only", add_note, set()),
    ("nothing changed", lambda d: None, set()),
]


def test_the_corpus_is_large_and_covers_both_directions() -> None:
    assert len(CASES) >= 40
    classes = {cls for _, _, expected in CASES for cls, _ in expected}
    assert classes == {"breaking", "feature", "fix"}
    kinds = {kind for _, _, expected in CASES for _, kind in expected}
    for pair in (
        ("request-field-added", "request-field-removed"),
        ("response-field-added", "response-field-removed"),
        ("limit-tightened", "limit-loosened"),
        ("rule-added", "rule-removed"),
        ("rule-tightened", "rule-loosened"),
        ("variant-added", "variant-removed"),
        ("operation-added", "operation-removed"),
        ("enum-value-added", "enum-value-removed"),
        ("stream-event-added", "stream-event-removed"),
        ("error-status-added", "error-status-removed"),
    ):
        assert set(pair) <= kinds, pair


@pytest.mark.parametrize(
    ("edit", "expected"), [(e, x) for _, e, x in CASES], ids=[c[0] for c in CASES]
)
def test_spec_edit_is_classified_as_expected(edit: Edit, expected: set[tuple[str, str]]) -> None:
    edited = json.loads(BASE_TEXT)
    assert edited == BASE
    edit(edited)
    report = diff_documents(BASE, edited)
    found = {(change.severity, change.kind) for change in report.changes}
    shown = "\n".join(f"{c.severity} {c.kind} {c.subject}: {c.summary}" for c in report.changes)
    assert found == expected, shown
    for change in report.changes:
        assert change.reason, change
        if change.severity == "breaking":
            assert change.migration, change
