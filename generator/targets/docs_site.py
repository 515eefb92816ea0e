"""generated/docs/ and generated/mkdocs.yml: the reference site, Markdown for mkdocs-material.

Pages: home, getting started, concept pages and one page per API group (client namespace) with
a section per operation, anchored at the operationId with dots as dashes
(`#seedance-text_to_video-create`). Templates under templates/docs/ hold the layout; every table,
rule sentence and example is computed here. `make docs` builds the site (offline, no external
resources) into build/site.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..bundle import Bundle
from ..changelog import Entry, entries
from ..ir import Api, Json, Namespace, Operation, Param, Variant
from ..openapi import CALLBACK_EXPRESSION, json_type, lookup, resolve
from ..sdk_version import sdk_version
from .docs_examples import AUTH_HEADERS, Example, cli_words, examples_of
from .render import PROJECT, template_environment
from .units import Units, namespace_inputs

if TYPE_CHECKING:
    import jinja2

TEMPLATES = PROJECT / "templates" / "docs"
#: Files copied verbatim into the site, by their path below generated/docs/.
STATIC = {
    # The offline plugin would load this Worker shim (search from file://) from unpkg.com
    # unless a polyfill named iframe-worker is configured: mkdocs.yml points at this copy.
    "assets/vendor/iframe-worker/shim.js": TEMPLATES / "static" / "iframe-worker-shim.js",
}
#: The runtime contract of the Python SDK; its retry policy is quoted on the errors page.
PYTHON_README = PROJECT / "templates" / "python" / "README.md"

#: The exception the SDK raises for each error status (runapi/_exceptions.py; a test keeps
#: the two in step). Other 5xx statuses raise InternalServerError.
STATUS_EXCEPTIONS: dict[int, str] = {
    400: "BadRequestError",
    401: "AuthenticationError",
    402: "InsufficientCreditsError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    408: "RequestTimeoutError",
    413: "PayloadTooLargeError",
    415: "UnsupportedMediaTypeError",
    422: "UnprocessableEntityError",
    429: "RateLimitError",
    503: "ServiceUnavailableError",
}

AUTH_TEXT = {
    "api_key": "API key",
    "management_key": "management key",
    "llm": "API key (LLM-compatible)",
}

KIND_TEXT = {
    "task_create": "task create",
    "task_status": "task status",
    "call": "call",
}

#: Sections of the API reference navigation, in order.
SECTIONS = ("Generation tasks", "LLM-compatible", "Files and account", "Management")

CONCEPTS = (
    ("tasks-and-polling", "Tasks and polling"),
    ("callbacks", "Callbacks"),
    ("errors-and-retries", "Errors and retries"),
    ("uploads", "Uploads"),
    ("llm-endpoints", "LLM endpoints"),
)


# -- Markdown helpers ---------------------------------------------------------------------


def anchor(operation_id: str) -> str:
    return operation_id.replace(".", "-")


def cell(text: str) -> str:
    """Text that fits in one Markdown table cell."""
    flat = " ".join(str(text).split())
    return flat.replace("|", "\\|") if flat else " "


def code(value: Json) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    tick = "``" if "`" in text else "`"
    pad = " " if "`" in text else ""
    return f"{tick}{pad}{text}{pad}{tick}"


def table(headers: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def json_block(value: Json) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)


# -- schemas in words ---------------------------------------------------------------------


def type_text(document: dict[str, Any], schema: Json, depth: int = 0) -> str:
    schema = resolve(document, schema)
    if not isinstance(schema, dict) or depth > 4:
        return "any"
    if schema.get("format") == "binary" or schema.get("contentMediaType"):
        return "file"
    for key in ("oneOf", "anyOf"):
        if schema.get(key) and "type" not in schema:
            members = dict.fromkeys(type_text(document, s, depth + 1) for s in schema[key])
            return " or ".join(members)
    if "const" in schema and "type" not in schema:
        return json_type(schema["const"])
    if "enum" in schema and "type" not in schema:
        return " or ".join(dict.fromkeys(json_type(v) for v in schema["enum"]))
    declared = schema.get("type")
    names = declared if isinstance(declared, list) else [declared] if declared else []
    parts = []
    for kind in names:
        if kind == "array":
            parts.append(f"array of {type_text(document, schema.get('items', {}), depth + 1)}")
        elif kind == "string" and schema.get("format") in ("uri", "date-time", "email", "date"):
            parts.append(f"string ({schema['format']})")
        else:
            parts.append(str(kind))
    if not parts and (schema.get("properties") or schema.get("allOf")):
        return "object"
    return " or ".join(parts) if parts else "any"


def _range(low: Json, high: Json, unit: str) -> str:
    one = (high if low is None else low) == 1 and (low is None or high is None or low == high)
    suffix = f" {unit.removesuffix('s') if one else unit}" if unit else ""
    if low is not None and high is not None:
        return f"{low} to {high}{suffix}" if low != high else f"exactly {low}{suffix}"
    if low is not None:
        return f"at least {low}{suffix}"
    return f"at most {high}{suffix}"


def allowed_text(document: dict[str, Any], schema: Json) -> str:
    """Allowed values and limits of a field, in words (empty when anything goes)."""
    schema = resolve(document, schema)
    if not isinstance(schema, dict):
        return ""
    parts = []
    if "const" in schema:
        parts.append(code(schema["const"]))
    if isinstance(schema.get("enum"), list):
        parts.append(", ".join(code(v) for v in schema["enum"]))
    if "minimum" in schema or "maximum" in schema:
        parts.append(_range(schema.get("minimum"), schema.get("maximum"), ""))
    if "exclusiveMinimum" in schema:
        parts.append(f"greater than {schema['exclusiveMinimum']}")
    if "exclusiveMaximum" in schema:
        parts.append(f"less than {schema['exclusiveMaximum']}")
    if "minLength" in schema or "maxLength" in schema:
        low, high = schema.get("minLength") or None, schema.get("maxLength")
        parts.append("not empty" if low == 1 and high is None else _range(low, high, "characters"))
    if "minItems" in schema or "maxItems" in schema:
        parts.append(_range(schema.get("minItems"), schema.get("maxItems"), "items"))
    if "pattern" in schema:
        parts.append(f"matches {code(schema['pattern'])}")
    items = resolve(document, schema.get("items"))
    if isinstance(items, dict) and schema.get("type") == "array":
        inner = allowed_text(document, items)
        if inner and inner != "not empty":
            parts.append(f"each: {inner}")
    return "; ".join(p for p in parts if p)


def param_rows(document: dict[str, Any], params: tuple[Param, ...]) -> list[list[str]]:
    rows = []
    for param in params:
        default = code(param.default) if param.has_default else ""
        rows.append(
            [
                code(param.name),
                type_text(document, param.schema),
                "**yes**" if param.required else "no",
                default,
                allowed_text(document, param.schema),
                param.description,
            ]
        )
    return rows


PARAM_HEADERS = ["name", "type", "required", "default", "allowed values", "description"]


def param_table(document: dict[str, Any], params: tuple[Param, ...]) -> str:
    return table(PARAM_HEADERS, param_rows(document, params))


# -- variants and their rules -------------------------------------------------------------


def _selector_value(value: Json) -> str:
    if isinstance(value, tuple):
        return " or ".join(code(v) for v in value)
    return code(value)


def condition(variant: Variant) -> str:
    """`model` is `seedance-1.5-pro` (and `multi_shots` is `false`)."""
    return " and ".join(f"`{name}` is {_selector_value(v)}" for name, v in variant.selectors)


def variant_title(variant: Variant) -> str:
    parts = []
    for name, value in variant.selectors:
        shown = " / ".join(map(_plain, value)) if isinstance(value, tuple) else _plain(value)
        parts.append(f"{name} = {shown}")
    return ", ".join(parts) or "body"


def _plain(value: Json) -> str:
    return value if isinstance(value, str) else json.dumps(value)


def _names(names: list[str]) -> str:
    quoted = [f"`{n}`" for n in names]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]


def variant_rules(document: dict[str, Any], variants: tuple[Variant, ...], index: int) -> list[str]:
    """Every rule of one variant in plain words: its differences from the other variants
    (required, not accepted, other values or limits), then its own conditional rules."""
    variant = variants[index]
    rules: list[str] = []
    if len(variants) > 1:
        when = condition(variant)
        mine = {p.name: p for p in variant.params}
        selectors = {name for name, _ in variant.selectors}
        others = [v for i, v in enumerate(variants) if i != index]
        required = [
            name
            for name, p in mine.items()
            if p.required
            and name not in selectors
            and any(not any(q.name == name and q.required for q in o.params) for o in others)
        ]
        if required:
            verb = "is" if len(required) == 1 else "are"
            rules.append(f"{_names(required)} {verb} required when {when}.")
        elsewhere = list(
            dict.fromkeys(p.name for o in others for p in o.params if p.name not in mine)
        )
        if elsewhere and not variant.open:
            verb = "is" if len(elsewhere) == 1 else "are"
            rules.append(f"{_names(elsewhere)} {verb} not accepted when {when}.")
        for name, param in mine.items():
            if name in selectors:
                continue
            here = allowed_text(document, param.schema)
            there = {
                allowed_text(document, q.schema) for o in others for q in o.params if q.name == name
            }
            if there and there != {here}:
                limits = here or f"any {type_text(document, param.schema)}"
                rules.append(f"`{name}`: {limits} when {when}.")
    rules.extend(text if text.endswith(".") else text + "." for text in variant.rules)
    return rules


@dataclass(frozen=True)
class VariantView:
    title: str
    condition: str
    table: str
    rules: list[str]
    open: bool


@dataclass(frozen=True)
class BodyView:
    media_type: str
    discriminators: str
    variants: list[VariantView]


def body_view(document: dict[str, Any], op: Operation) -> BodyView | None:
    if op.body is None:
        return None
    variants = op.body.variants
    return BodyView(
        media_type=op.body.media_type,
        discriminators=_names(list(op.body.discriminators)) if op.body.discriminators else "",
        variants=[
            VariantView(
                title=variant_title(v),
                condition=condition(v),
                table=param_table(document, v.params) if v.params else "",
                rules=variant_rules(document, variants, i),
                open=v.open,
            )
            for i, v in enumerate(variants)
        ],
    )


# -- responses ----------------------------------------------------------------------------


def _flat_properties(
    document: dict[str, Any], schema: Json, depth: int = 0
) -> tuple[dict[str, Json], set[str]]:
    """Properties and required names of an object schema, through allOf and $ref."""
    schema = resolve(document, schema)
    props: dict[str, Json] = {}
    required: set[str] = set()
    if not isinstance(schema, dict) or depth > 6:
        return props, required
    for part in schema.get("allOf") or []:
        more, needed = _flat_properties(document, part, depth + 1)
        props.update(more)
        required |= needed
    props.update(schema.get("properties") or {})
    required |= set(schema.get("required") or [])
    return props, required


def field_rows(
    document: dict[str, Any],
    schema: Json,
    completed: tuple[str, ...] = (),
    prefix: str = "",
    depth: int = 0,
) -> list[list[str]]:
    """One row per field; array items and objects one level deep as `videos[].url`."""
    props, required = _flat_properties(document, schema)
    rows = []
    for name, raw in props.items():
        prop = resolve(document, raw) or {}
        presence = (
            "always" if name in required else "when completed" if name in completed else "optional"
        )
        description = str(prop.get("description") or "").strip() if isinstance(prop, dict) else ""
        allowed = allowed_text(document, prop)
        if allowed:
            description = f"{description} Values: {allowed}.".strip()
        rows.append([code(prefix + name), type_text(document, prop), presence, description])
        if depth < 1 and isinstance(prop, dict):
            items = resolve(document, prop.get("items")) if prop.get("type") == "array" else prop
            nested, _ = _flat_properties(document, items)
            if nested:
                suffix = "[]." if prop.get("type") == "array" else "."
                rows += field_rows(document, items, (), f"{prefix}{name}{suffix}", depth + 1)
    return rows


FIELD_HEADERS = ["field", "type", "present", "description"]


def field_table(document: dict[str, Any], schema: Json, completed: tuple[str, ...] = ()) -> str:
    rows = field_rows(document, schema, completed)
    return table(FIELD_HEADERS, rows) if rows else ""


def _examples_of_media(media: dict[str, Any]) -> list[tuple[str, Json]]:
    found = [
        (str(ex.get("summary") or name), ex["value"])
        for name, ex in (media.get("examples") or {}).items()
        if isinstance(ex, dict) and "value" in ex
    ]
    if not found and "example" in media:
        found.append(("Example", media["example"]))
    return found


@dataclass(frozen=True)
class ResponseView:
    status: int
    description: str
    media_type: str
    schema_name: str
    fields: str
    examples: list[tuple[str, str]]
    events: list[str] = field(default_factory=list)


def response_view(document: dict[str, Any], op: Operation, raw: dict[str, Any]) -> ResponseView:
    responses = raw.get("responses") or {}
    answer = resolve(document, responses.get(str(op.success_status))) or {}
    content = answer.get("content") or {}
    json_media = content.get("application/json") or {}
    examples = [(title, json_block(value)) for title, value in _examples_of_media(json_media)]
    events: list[str] = []
    if op.stream_event_schema is not None:
        stream = content.get("text/event-stream") or {}
        events = [code(m) for m in op.stream_event_members] or [code(op.stream_event_schema)]
        examples += [
            (f"Event: {title}", json_block(value)) for title, value in _examples_of_media(stream)
        ]
    schema = json_media.get("schema")
    return ResponseView(
        status=op.success_status,
        description=str(answer.get("description") or "").strip(),
        media_type=next(iter(content), ""),
        schema_name=op.response_schema or "",
        fields=field_table(document, schema, op.completed_fields) if schema else "",
        examples=examples,
        events=events,
    )


def error_rows(document: dict[str, Any], raw: dict[str, Any]) -> list[list[str]]:
    rows = []
    for status, answer in (raw.get("responses") or {}).items():
        if str(status).startswith(("2", "3")):
            continue
        text = str((resolve(document, answer) or {}).get("description") or "").strip()
        number = int(status) if str(status).isdigit() else 0
        exception = STATUS_EXCEPTIONS.get(
            number, "InternalServerError" if number >= 500 else "APIStatusError"
        )
        rows.append([code(str(status)), code(f"runapi.{exception}"), text])
    return rows


@dataclass(frozen=True)
class CallbackView:
    headers: str
    fields: str
    examples: list[tuple[str, str]]
    answers: str


def callback_view(
    document: dict[str, Any], api: Api, op: Operation, raw: dict[str, Any]
) -> CallbackView:
    callback = raw["callbacks"]["taskStatus"][CALLBACK_EXPRESSION]["post"]
    headers = []
    for parameter in callback.get("parameters") or []:
        param = resolve(document, parameter) or {}
        headers.append(
            [
                code(param.get("name", "")),
                "**yes**" if param.get("required") else "no",
                str(param.get("description") or ""),
            ]
        )
    media = callback["requestBody"]["content"]["application/json"]
    answers = [
        [code(str(status)), str((resolve(document, answer) or {}).get("description") or "")]
        for status, answer in (callback.get("responses") or {}).items()
    ]
    status = api.operation(op.status_operation_id) if op.status_operation_id else None
    return CallbackView(
        headers=table(["header", "required", "description"], headers),
        fields=field_table(document, media["schema"], status.completed_fields if status else ()),
        examples=[(t, json_block(v)) for t, v in _examples_of_media(media)],
        answers=table(["your answer", "meaning"], answers),
    )


# -- operations and pages -----------------------------------------------------------------


@dataclass(frozen=True)
class OperationView:
    anchor: str
    heading: str  # `Summary {#anchor}` (attr_list), built here: `{#` opens a jinja comment
    operation_id: str
    summary: str
    description: str
    http_method: str
    path: str
    kind: str
    auth: str
    auth_header: str
    sdk_call: str
    cli: str
    related: str  # a sentence linking the create/status twin, or ""
    path_params: str
    query_params: str
    body: BodyView | None
    examples: list[Example]
    response: ResponseView
    callback: CallbackView | None
    errors: str


def _link(api: Api, operation_id: str, from_namespace: str) -> str:
    op = api.operation(operation_id)
    page = "" if op.namespace == from_namespace else f"{op.namespace}.md"
    return f"[`{operation_id}`]({page}#{anchor(operation_id)})"


def _related(api: Api, op: Operation) -> str:
    if op.kind == "task_create" and op.status_operation_id:
        link = _link(api, op.status_operation_id, op.namespace)
        return (
            f"Answers `202` with the task id; poll it with {link} "
            "(`wait()`/`run()` in the SDK) or pass `callback_url`."
        )
    if op.kind == "task_status":
        creates = [o for o in api.operations if o.status_operation_id == op.operation_id]
        links = ", ".join(_link(api, c.operation_id, op.namespace) for c in creates)
        if links:
            return f"Reports tasks started by {links}."
    return ""


def operation_view(document: dict[str, Any], api: Api, op: Operation) -> OperationView:
    raw = lookup(document, "/paths/" + op.path.replace("~", "~0").replace("/", "~1"))
    raw_op = raw[op.http_method.lower()]
    errors = error_rows(document, raw_op)
    return OperationView(
        anchor=anchor(op.operation_id),
        heading=f"{op.summary or op.operation_id} {{#{anchor(op.operation_id)}}}",
        operation_id=op.operation_id,
        summary=op.summary or op.operation_id,
        description=op.description,
        http_method=op.http_method,
        path=op.path,
        kind=KIND_TEXT[op.kind],
        auth=AUTH_TEXT[op.auth],
        auth_header=AUTH_HEADERS[op.auth],
        sdk_call="client." + ".".join(op.call_path) + "()",
        cli=" ".join(cli_words(op)),
        related=_related(api, op),
        path_params=param_table(document, op.path_params) if op.path_params else "",
        query_params=param_table(document, op.query_params) if op.query_params else "",
        body=body_view(document, op),
        examples=examples_of(document, op),
        response=response_view(document, op, raw_op),
        callback=callback_view(document, api, op, raw_op) if op.kind == "task_create" else None,
        errors=table(["status", "exception", "meaning"], errors) if errors else "",
    )


def nav_sections(
    api: Api, groups: list[GroupView], every_kind: bool = False
) -> list[tuple[str, list[GroupView]]]:
    """The reference navigation: one section per media kind (x-tagGroups), in spec order.

    The navigation lists a group that makes two kinds under its main kind (a page appears
    once in a site's navigation); with `every_kind`, under both (the home page's tables). A
    spec without kinds falls back to the sections by kind of operation (SECTIONS).
    """
    if api.kinds:
        main = {ns.name: ns.kind for ns in api.namespaces}
        sections = [
            (
                kind.name,
                [
                    g
                    for g in groups
                    if g.name in kind.namespaces and (every_kind or main[g.name] == kind.id)
                ],
            )
            for kind in api.kinds
        ]
        return [(name, members) for name, members in sections if members]
    by_section = {s: [g for g in groups if g.section == s] for s in SECTIONS}
    return [(s, by_section[s]) for s in SECTIONS if by_section[s]]


def kind_tables(api: Api, groups: list[GroupView]) -> list[tuple[str, str]]:
    """(heading, table of groups) per media kind for the home page."""
    rows_of = {
        g.name: [f"[{g.name}](reference/{g.name}.md)", str(len(g.operations)), cell(g.description)]
        for g in groups
    }
    headers = ["group", "operations", "what it does"]
    return [
        (name, table(headers, [rows_of[g.name] for g in members]))
        for name, members in nav_sections(api, groups, every_kind=True)
    ]


def models_page(api: Api) -> list[tuple[str, str, str]]:
    """(kind name, kind id, table of models) for the models page, in kind order."""
    found = []
    for kind in api.kinds:
        rows = []
        for model in api.models:
            if model.kind != kind.id:
                continue
            links = ", ".join(
                f"[`{op}`](reference/{op.split('.')[0]}.md#{anchor(op)})"
                for op in model.operation_ids
            )
            rows.append([code(model.id), links, model.description])
        if rows:
            found.append((kind.name, kind.id, table(["model", "operations", "what it is"], rows)))
    return found


def section_of(namespace: Namespace) -> str:
    auths = {op.auth for op in namespace.operations}
    if auths == {"llm"}:
        return SECTIONS[1]
    if auths == {"management_key"}:
        return SECTIONS[3]
    if namespace.tasks:
        return SECTIONS[0]
    return SECTIONS[2]


@dataclass(frozen=True)
class GroupView:
    name: str
    description: str
    section: str
    tags: str
    operations: list[OperationView]
    summary: str  # table of the group's operations


def group_view(document: dict[str, Any], api: Api, namespace: Namespace) -> GroupView:
    views = [operation_view(document, api, op) for op in namespace.operations]
    rows = [
        [f"[{cell(v.summary)}](#{v.anchor})", code(f"{v.http_method} {v.path}"), v.kind]
        for v in views
    ]
    return GroupView(
        name=namespace.name,
        description=namespace.description,
        section=section_of(namespace),
        tags=", ".join(sorted({op.tag for op in namespace.operations})),
        operations=views,
        summary=table(["operation", "method and path", "kind"], rows),
    )


def _related_operations(api: Api, namespace: Namespace) -> list[Operation]:
    """The operations a group's page reads besides its own: the status operations its tasks
    poll and the operations that create its status operations' tasks (`_related`)."""
    ids = {op.operation_id for op in namespace.operations}
    statuses = {op.status_operation_id for op in namespace.operations if op.status_operation_id}
    return [
        op
        for op in api.operations
        if op.operation_id not in ids
        and (op.operation_id in statuses or op.status_operation_id in ids)
    ]


def _exception_table() -> str:
    rows = [[code(str(s)), code(f"runapi.{e}")] for s, e in STATUS_EXCEPTIONS.items()]
    rows.append(["other `5xx`", "`runapi.InternalServerError`"])
    return table(["status", "exception"], rows)


def retry_policy() -> str:
    """The `### Retry policy` section of templates/python/README.md, without its heading."""
    text = PYTHON_README.read_text(encoding="utf-8")
    body = text[text.index("### Retry policy") :].split("\n", 1)[1]
    end = re.search(r"^#", body, flags=re.M)
    return (body[: end.start()] if end else body).strip()


def render(api: Api, bundle: Bundle) -> dict[str, bytes]:
    document = bundle.document
    env = template_environment(TEMPLATES)
    units = Units("docs")
    position = {op.operation_id: index for index, op in enumerate(api.operations)}
    group_template = env.get_template("reference/group.md.j2")
    groups = []
    group_pages: dict[str, str] = {}
    for ns in api.namespaces:
        related = _related_operations(api, ns)
        # Where its operations and the related ones stand among all: the order of the links.
        order = [position[op.operation_id] for op in (*ns.operations, *related)]
        inputs = [namespace_inputs(document, ns, *related), order]
        group = units.get("group", inputs, group_view, document, api, ns)
        groups.append(group)
        # The page reads its group and nothing else of the context: it is rendered with the
        # group alone, so a template that starts reading more fails (StrictUndefined) instead
        # of being remembered by too little.
        page = units.get("group-page", inputs, _group_page, group_template, group)
        group_pages[f"docs/reference/{group.name}.md"] = page
    units.save()
    info = document.get("info") or {}
    context = {
        "api": api,
        "title": api.title,
        "version": api.version,
        "summary": str(info.get("summary", "")).rstrip("."),
        "server": (document.get("servers") or [{}])[0].get("url", "https://runapi.ai"),
        "groups": groups,
        "sections": nav_sections(api, groups),
        "concepts": CONCEPTS,
        "operation_count": len(api.operations),
        "task_count": sum(len(ns.tasks) for ns in api.namespaces),
        "kind_tables": kind_tables(api, groups),
        "model_count": len(api.models),
        "models_page": models_page(api),
        "exception_table": _exception_table(),
        "retry_policy": retry_policy(),
        "sdk_version": sdk_version(bundle),
        "releases": releases(bundle),
    }
    files: dict[str, str] = {
        "mkdocs.yml": env.get_template("mkdocs.yml.j2").render(context),
        "docs/index.md": env.get_template("index.md.j2").render(context),
        "docs/getting-started.md": env.get_template("getting-started.md.j2").render(context),
        "docs/changes.md": env.get_template("changes.md.j2").render(context),
        "docs/models.md": env.get_template("models.md.j2").render(context),
    }
    for slug, _ in CONCEPTS:
        page = env.get_template(f"concepts/{slug}.md.j2").render(context)
        files[f"docs/concepts/{slug}.md"] = page
    rendered = {name: _tidy(text).encode("utf-8") for name, text in files.items()}
    rendered.update({name: page.encode("utf-8") for name, page in group_pages.items()})
    rendered.update({f"docs/{name}": source.read_bytes() for name, source in STATIC.items()})
    return dict(sorted(rendered.items()))


def releases(bundle: Bundle) -> list[Entry]:
    """The released entries of CHANGELOG.md beside the spec's project (none for a bare spec)."""
    changelog = bundle.files[0].path.resolve().parent.parent / "CHANGELOG.md"
    if not changelog.is_file():
        return []
    return entries(changelog.read_text(encoding="utf-8"))


def _group_page(template: jinja2.Template, group: GroupView) -> str:
    return _tidy(template.render({"group": group}))


def _tidy(text: str) -> str:
    """No trailing spaces, at most two blank lines in a row, one final newline."""
    out: list[str] = []
    for line in (line.rstrip() for line in text.splitlines()):
        if line or out[-2:] != ["", ""]:
            out.append(line)
    return "\n".join(out).strip("\n") + "\n"
