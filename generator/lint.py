"""The project's own lint rules for the bundled spec (spec/README.md states the conventions).

Each rule is a function from the bundle to diagnostics; `LINT_RULES` lists them by name.
"""

from __future__ import annotations

import functools
import json
import keyword
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from . import cache, notes, xrules
from .bundle import Bundle, UnplacedBundle
from .diagnostics import Diagnostic, Finding, join_pointer
from .fragments import Fragments, interacts, reduced
from .kinds import TAG_GROUPS, kind_id
from .openapi import (
    CALLBACK_EXPRESSION,
    OperationRef,
    iter_operations,
    json_body_schema,
    lookup,
    refs_in,
    resolve,
)
from .reference import ReferenceOperation
from .schemawalk import RULE_KEYWORDS, request_body_pointers, rule_entries, walk_request_schemas
from .structure_check import VALIDATOR_DISTRIBUTIONS

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator

OPERATION_ID = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$")
CALLBACK_HEADERS = ("CallbackId", "CallbackTimestamp", "CallbackSignature")
ENVELOPE_REF = "#/components/schemas/TaskEnvelope"

#: Public members of the generated clients (runapi/_base_client.py): a group named like one would
#: replace it on `RunAPI`. Resource classes add helpers next to the operation methods (`wait`,
#: `run`, `parse_callback` on tasks, `validate` / `validate_<method>` for bodies).
#: tests/generator/hostile/test_python_names.py keeps both lists in step with generated/python.
CLIENT_MEMBERS = frozenset(
    {
        "api_key",
        "base_url",
        "close",
        "copy",
        "default_headers",
        "http_client",
        "is_closed",
        "management_key",
        "max_retries",
        "request",
        "stream",
        "timeout",
        "user_agent",
        "validate_requests",
        "with_options",
    }
)
RESOURCE_MEMBERS = frozenset({"wait", "run", "validate", "parse_callback"})

LintRule = Callable[[Bundle], Iterator[Diagnostic]]


def _as_dict(schema: Any) -> dict[str, Any]:
    """A schema as a mapping: boolean schemas (`true`, `false`) have no keywords."""
    return schema if isinstance(schema, dict) else {}


def _diag(bundle: Bundle, pointer: str, rule: str, message: str) -> Diagnostic:
    return Diagnostic(bundle.origin(pointer), rule, message)


def operation_ids(bundle: Bundle) -> Iterator[Diagnostic]:
    counts = Counter(op.operation_id for op in iter_operations(bundle.document))
    for op in iter_operations(bundle.document):
        where = join_pointer(op.pointer, "operationId")
        if not op.operation_id:
            yield _diag(bundle, op.pointer, "operation-id", "operation has no operationId")
        elif not OPERATION_ID.match(op.operation_id):
            yield _diag(
                bundle,
                where,
                "operation-id",
                f"{op.operation_id!r} is not dotted snake_case (group.resource.action)",
            )
        elif counts[op.operation_id] > 1:
            yield _diag(bundle, where, "operation-id", f"{op.operation_id!r} is not unique")


def some_operation(bundle: Bundle) -> Iterator[Diagnostic]:
    """An SDK without a single operation is an empty spec, not an intent (nor renderable)."""
    if next(iter_operations(bundle.document), None) is None:
        yield _diag(bundle, "/paths", "operations", "the spec defines no operation")


def _segment_problem(index: int, segment: str) -> str | None:
    if keyword.iskeyword(segment):
        return f"{segment!r} is a Python keyword"
    if index == 0 and segment in CLIENT_MEMBERS:
        return f"{segment!r} would replace RunAPI.{segment}"
    if index > 0 and (segment in RESOURCE_MEMBERS or segment.startswith("validate_")):
        return f"{segment!r} is a helper every generated resource defines"
    return None


def python_names(bundle: Bundle) -> Iterator[Diagnostic]:
    """Names that become Python identifiers of the SDK must be usable ones.

    An operationId is the SDK call path (`client.a.b.create`): its segments may not be keywords
    or names the SDK defines itself, and no operationId may be a resource of another one
    (`a.get` and `a.get.list` make `get` both a method and a resource).
    """
    ops = list(iter_operations(bundle.document))
    ids = {op.operation_id for op in ops}
    bodies: dict[str, list[str]] = {}
    for body_op, root in request_body_pointers(bundle.document):
        bodies.setdefault(body_op.pointer, []).append(root)
    for op in ops:
        if not OPERATION_ID.match(op.operation_id):
            continue  # operation_ids reports it
        where = join_pointer(op.pointer, "operationId")
        segments = op.operation_id.split(".")
        for index, segment in enumerate(segments):
            problem = _segment_problem(index, segment)
            if problem:
                yield _diag(
                    bundle,
                    where,
                    "python-name",
                    f"{op.operation_id!r}: {problem}; the SDK call path must be valid Python",
                )
        for end in range(2, len(segments)):
            prefix = ".".join(segments[:end])
            if prefix in ids:
                yield _diag(
                    bundle,
                    where,
                    "python-name",
                    f"{op.operation_id!r} makes {segments[end - 1]!r} a resource, but "
                    f"{prefix!r} is an operation (a method of the same name)",
                )
        for name, pointer, body in _parameter_names(
            bundle.document, op, bodies.get(op.pointer, [])
        ):
            kind = "body field" if body else "parameter"
            if not name.isidentifier():
                problem = "is not a Python identifier"
            elif body and keyword.iskeyword(name):
                problem = "is a Python keyword (a request TypedDict cannot declare it)"
            else:
                continue
            message = f"{kind} {name!r} {problem}; SDK methods take it as a Python argument"
            yield _diag(bundle, pointer, "python-name", message)


def _parameter_names(
    document: dict[str, Any], op: OperationRef, bodies: list[str]
) -> Iterator[tuple[str, str, bool]]:
    """(name, pointer, is a body field) of the fields and parameters an SDK method takes."""
    for index, raw in enumerate(op.operation.get("parameters") or []):
        param = resolve(document, raw)
        if isinstance(param, dict) and param.get("in") in ("path", "query"):
            yield str(param.get("name")), join_pointer(op.pointer, "parameters", index), False
    for root in bodies:
        for pointer in _request_objects(document, root):
            for name in lookup(document, pointer).get("properties") or {}:
                yield name, join_pointer(pointer, "properties", name), True


def operation_docs(bundle: Bundle) -> Iterator[Diagnostic]:
    declared = {t.get("name") for t in bundle.document.get("tags") or [] if isinstance(t, dict)}
    used: set[str] = set()
    for op in iter_operations(bundle.document):
        tags = op.operation.get("tags") or []
        used.update(tags)
        if len(tags) != 1:
            yield _diag(bundle, op.pointer, "operation-tag", "operation needs exactly one tag")
        elif tags[0] not in declared:
            yield _diag(
                bundle,
                join_pointer(op.pointer, "tags"),
                "operation-tag",
                f"tag {tags[0]!r} is not declared in the root `tags`",
            )
        for field in ("summary", "description"):
            if not str(op.operation.get(field) or "").strip():
                yield _diag(bundle, op.pointer, "operation-docs", f"operation has no {field}")
    for index, tag in enumerate(bundle.document.get("tags") or []):
        if tag.get("name") not in used:
            yield _diag(
                bundle,
                f"/tags/{index}",
                "operation-tag",
                f"tag {tag.get('name')!r} is declared but no operation uses it",
            )


def _schema_ref(document: dict[str, Any], container: Any) -> Any:
    media = ((resolve(document, container) or {}).get("content") or {}).get("application/json")
    return (media or {}).get("schema")


def _accepts_callback_url(document: dict[str, Any], schema: Any, depth: int = 0) -> bool:
    schema = resolve(document, schema)
    if not isinstance(schema, dict) or depth > 20:
        return False
    if "callback_url" in (schema.get("properties") or {}):
        return True
    return any(
        _accepts_callback_url(document, sub, depth + 1)
        for key in ("oneOf", "anyOf", "allOf")
        for sub in schema.get(key) or []
    )


def task_operations(bundle: Bundle) -> Iterator[Diagnostic]:
    """Task creates answer 202, link their status operation and declare their callback."""
    document = bundle.document
    by_id = {op.operation_id: op for op in iter_operations(document)}
    for op in iter_operations(document):
        responses = op.operation.get("responses") or {}
        body_schema = json_body_schema(document, op.operation)
        takes_callback = _accepts_callback_url(document, body_schema)
        if "202" not in responses:
            if takes_callback:
                yield _diag(
                    bundle,
                    op.pointer,
                    "task-create",
                    "accepts callback_url but has no 202 task-accepted response",
                )
            continue
        accepted_pointer = join_pointer(op.pointer, "responses", "202")
        accepted = resolve(document, responses["202"])
        if not takes_callback:
            yield _diag(
                bundle, op.pointer, "task-create", "task create does not accept callback_url"
            )
        link = ((accepted or {}).get("links") or {}).get("getTaskStatus")
        status = by_id.get(str((link or {}).get("operationId")))
        if not isinstance(link, dict):
            yield _diag(
                bundle, accepted_pointer, "task-link", "202 response has no links.getTaskStatus"
            )
        elif status is None:
            yield _diag(
                bundle,
                join_pointer(accepted_pointer, "links", "getTaskStatus"),
                "task-link",
                f"links to unknown operation {link.get('operationId')!r}",
            )
        else:
            if status.method != "get" or status.path != op.path + "/{id}":
                yield _diag(
                    bundle,
                    join_pointer(accepted_pointer, "links"),
                    "task-link",
                    f"status operation must be GET {op.path}/{{id}}",
                )
            if (link.get("parameters") or {}).get("id") != "$response.body#/id":
                yield _diag(
                    bundle,
                    join_pointer(accepted_pointer, "links"),
                    "task-link",
                    "link must pass id: $response.body#/id",
                )
        yield from _check_callback(bundle, op.pointer, op.operation, status)


def _check_callback(
    bundle: Bundle, pointer: str, operation: dict[str, Any], status: Any
) -> Iterator[Diagnostic]:
    document = bundle.document
    callback = (operation.get("callbacks") or {}).get("taskStatus") or {}
    where = join_pointer(pointer, "callbacks", "taskStatus")
    post = ((resolve(document, callback) or {}).get(CALLBACK_EXPRESSION) or {}).get("post")
    if not isinstance(post, dict):
        yield _diag(
            bundle,
            pointer,
            "task-callback",
            f"task create needs callbacks.taskStatus['{CALLBACK_EXPRESSION}'].post",
        )
        return
    where = join_pointer(where, CALLBACK_EXPRESSION, "post")
    refs = {str(p.get("$ref", "")).rsplit("/", 1)[-1] for p in post.get("parameters") or []}
    missing = [h for h in CALLBACK_HEADERS if h not in refs]
    if missing:
        yield _diag(bundle, where, "task-callback", f"callback lacks header parameters {missing}")
    if status is not None:
        status_schema = _schema_ref(document, (status.operation.get("responses") or {}).get("200"))
        callback_schema = _schema_ref(document, post.get("requestBody"))
        if status_schema is None:
            yield _diag(
                bundle, status.pointer, "task-status", "status operation has no 200 JSON schema"
            )
        elif callback_schema != status_schema:
            yield _diag(
                bundle,
                join_pointer(where, "requestBody"),
                "task-callback",
                "callback body schema must be the status operation's 200 schema",
            )
        else:
            envelope = resolve(document, status_schema) or {}
            refs_in_all_of = [s.get("$ref") for s in envelope.get("allOf") or []]
            if ENVELOPE_REF not in refs_in_all_of:
                yield _diag(
                    bundle,
                    status.pointer,
                    "task-status",
                    "status schema must be allOf [TaskEnvelope, result fields]",
                )
            elif not completion_fields(envelope):
                yield _diag(
                    bundle,
                    status_schema["$ref"][1:],
                    "task-status",
                    "status schema must say which result fields a completed task has "
                    "(allOf entry: if status is completed then required [...])",
                )
    if not any(str(code).startswith("2") for code in post.get("responses") or {}):
        yield _diag(bundle, where, "task-callback", "callback declares no 2xx acknowledgement")


def completion_fields(status_schema: dict[str, Any]) -> list[str]:
    """Result fields a status schema promises once `status` is `completed`."""
    fields: list[str] = []
    for entry in status_schema.get("allOf") or []:
        condition = entry.get("if") or {}
        pinned = ((condition.get("properties") or {}).get("status") or {}).get("const")
        if pinned == "completed" and "status" in (condition.get("required") or []):
            fields.extend((entry.get("then") or {}).get("required") or [])
    return fields


def conditional_rules(bundle: Bundle) -> Iterator[Diagnostic]:
    """Every conditional `allOf` entry has a description and exactly one rule keyword."""
    for node in walk_request_schemas(bundle.document):
        for pointer, entry in rule_entries(node):
            keywords = [k for k in RULE_KEYWORDS if k in entry]
            if not str(entry.get("description") or "").strip():
                yield _diag(
                    bundle,
                    pointer,
                    "rule-description",
                    "a conditional rule needs a plain-words description",
                )
            if len(keywords) != 1:
                yield _diag(
                    bundle,
                    pointer,
                    "rule-shape",
                    f"a conditional rule has exactly one of {RULE_KEYWORDS}, found {keywords}",
                )


def discriminators(bundle: Bundle) -> Iterator[Diagnostic]:
    document = bundle.document
    for node in walk_request_schemas(document):
        disc = node.schema.get("discriminator")
        if not isinstance(disc, dict):
            continue
        where = join_pointer(node.pointer, "discriminator")
        prop = disc.get("propertyName")
        mapping = disc.get("mapping") or {}
        variants = [v.get("$ref") for v in node.schema.get("oneOf") or [] if isinstance(v, dict)]
        if not variants or None in variants:
            yield _diag(
                bundle, node.pointer, "discriminator", "discriminator needs a oneOf of $refs"
            )
            continue
        if set(mapping.values()) != set(variants):
            yield _diag(
                bundle, where, "discriminator", "mapping must list exactly the oneOf variants"
            )
        for ref in [str(v) for v in variants]:
            variant = _as_dict(resolve(document, {"$ref": ref}))
            pinned = _as_dict((variant.get("properties") or {}).get(prop))
            raw = [pinned["const"]] if "const" in pinned else list(pinned.get("enum") or [])
            # Mapping keys are strings; any other pinned value is shown as JSON and never matches.
            values = {v if isinstance(v, str) else json.dumps(v) for v in raw}
            expected = {k for k, v in mapping.items() if v == ref}
            if values != expected:
                yield _diag(
                    bundle,
                    ref[1:],
                    "discriminator",
                    f"variant pins {prop}={sorted(values)}, the mapping sends {sorted(expected)}",
                )
            if prop not in (variant.get("required") or []):
                yield _diag(bundle, ref[1:], "discriminator", f"variant must require {prop!r}")


def _request_objects(document: dict[str, Any], pointer: str, depth: int = 0) -> Iterator[str]:
    """Pointers of the object schemas a request body may be: the body, or its variants."""
    schema = lookup(document, pointer)
    if not isinstance(schema, dict) or depth > 20:
        return
    if isinstance(schema.get("$ref"), str) and schema["$ref"].startswith("#"):
        yield from _request_objects(document, schema["$ref"][1:], depth + 1)
    if "properties" in schema:
        yield pointer
    for key in ("oneOf", "anyOf"):
        for index, _ in enumerate(schema.get(key) or []):
            yield from _request_objects(document, join_pointer(pointer, key, index), depth + 1)


def closed_requests(bundle: Bundle) -> Iterator[Diagnostic]:
    """RunAPI's own JSON bodies state whether undocumented fields are accepted.

    Normally they are not (`false`): a typo is caught before the request is sent. `true` is
    reserved for bodies the reference does not document; LLM-compatible paths mirror vendor APIs
    and are not checked.
    """
    document = bundle.document
    for op, root in request_body_pointers(document):
        if not op.path.startswith("/api/v1/") or "/content/application~1json/" not in root + "/":
            continue
        for pointer in _request_objects(document, root):
            if lookup(document, pointer).get("additionalProperties") not in (False, True):
                yield _diag(
                    bundle,
                    pointer,
                    "request-closed",
                    "request object must say additionalProperties: false "
                    "(true only for a deliberately open, undocumented body)",
                )


@functools.cache
def _x_meta() -> Draft202012Validator:
    """The validator of `x-runapi-rules` values (jsonschema loads when the lint runs)."""
    from jsonschema import Draft202012Validator

    return Draft202012Validator(xrules.META_SCHEMA)


def _has_path(document: dict[str, Any], schema: Any, path: str) -> bool:
    for name, many in xrules.path_steps(path):
        props = _properties(document, schema)
        if name not in props:
            return False
        schema = resolve(document, props[name])
        if many:
            schema = resolve(document, (schema or {}).get("items"))
    return True


def _properties(document: dict[str, Any], schema: Any, depth: int = 0) -> dict[str, Any]:
    schema = resolve(document, schema)
    if not isinstance(schema, dict) or depth > 20:
        return {}
    found = dict(schema.get("properties") or {})
    for key in ("allOf", "oneOf", "anyOf"):
        for sub in schema.get(key) or []:
            found.update(_properties(document, sub, depth + 1))
    return found


def x_rules(bundle: Bundle) -> Iterator[Diagnostic]:
    document = bundle.document
    for node in walk_request_schemas(document):
        rules = node.schema.get(xrules.EXTENSION)
        if rules is None:
            continue
        where = join_pointer(node.pointer, xrules.EXTENSION)
        errors = sorted(_x_meta().iter_errors(rules), key=lambda e: list(e.absolute_path))
        for error in errors:
            at = join_pointer(where, *error.absolute_path)
            yield _diag(bundle, at, "x-rule-shape", error.message)
        if errors:
            continue
        for index, rule in enumerate(rules):
            for key, path in xrules.rule_paths(rule):
                if not _has_path(document, node.schema, path):
                    yield _diag(
                        bundle,
                        join_pointer(where, index),
                        "x-rule-field",
                        f"{key} path {path!r} names no property of this schema",
                    )


def unused_components(bundle: Bundle) -> Iterator[Diagnostic]:
    document = bundle.document
    refs = refs_in(document)
    schemes: set[str] = set()
    for requirement in document.get("security") or []:
        schemes.update(requirement)
    for op in iter_operations(document):
        for requirement in op.operation.get("security") or []:
            schemes.update(requirement)
    for section, entries in (document.get("components") or {}).items():
        for name in entries or {}:
            pointer = join_pointer("/components", section, name)
            used = name in schemes if section == "securitySchemes" else "#" + pointer in refs
            if not used:
                yield _diag(
                    bundle,
                    pointer,
                    "component-unused",
                    f"components/{section}/{name} is never used",
                )


def security_schemes(bundle: Bundle) -> Iterator[Diagnostic]:
    declared = set((bundle.document.get("components") or {}).get("securitySchemes") or {})
    for op in iter_operations(bundle.document):
        for requirement in op.operation.get("security") or []:
            for name in requirement:
                if name not in declared:
                    yield _diag(
                        bundle,
                        join_pointer(op.pointer, "security"),
                        "security",
                        f"unknown security scheme {name!r}",
                    )


KIND_CHECKS: dict[str, tuple[Callable[[dict[str, Any]], bool], str]] = {
    "async task create": (lambda op: "202" in (op.get("responses") or {}), "answers 202"),
    "task status": (lambda op: "200" in (op.get("responses") or {}), "answers 200"),
    "sync upload": (lambda op: "201" in (op.get("responses") or {}), "answers 201"),
    "management-key": (
        lambda op: op.get("security") == [{"ManagementKeyAuth": []}],
        "uses only ManagementKeyAuth",
    ),
    "llm": (
        lambda op: any("ApiKeyHeader" in req for req in op.get("security") or []),
        "accepts the x-api-key header (ApiKeyHeader)",
    ),
}


def check_reference_coverage(
    bundle: Bundle, reference: list[ReferenceOperation]
) -> Iterator[Diagnostic]:
    """The spec defines exactly the reference's operations, each shaped as its kind requires."""
    ops = {(op.method, op.path): op for op in iter_operations(bundle.document)}
    listed = {(r.method, r.path) for r in reference}
    for row in reference:
        op = ops.get((row.method, row.path))
        if op is None:
            yield _diag(
                bundle,
                "/paths",
                "reference-coverage",
                f"{row.method.upper()} {row.path} ({row.group}) is not in the spec",
            )
            continue
        kind = row.kind.split(" (")[0]
        check = KIND_CHECKS.get(kind)
        if check is not None and not check[0](op.operation):
            yield _diag(bundle, op.pointer, "reference-coverage", f"a {kind} operation {check[1]}")
    for key, op in ops.items():
        if key not in listed:
            yield _diag(
                bundle,
                op.pointer,
                "reference-coverage",
                "operation is not in spec/reference/operations.tsv",
            )


def tag_groups(bundle: Bundle) -> Iterator[Diagnostic]:
    """With `x-tagGroups`, every tag sits in a media kind and every group lists declared tags.

    The kinds drive the docs navigation, `runapi --help`, `runapi models list --kind` and the
    agent skill: a group outside every kind would vanish from all of them.
    """
    declared = [t.get("name") for t in bundle.document.get("tags") or [] if isinstance(t, dict)]
    groups = bundle.document.get(TAG_GROUPS)
    if groups is None:
        return  # a spec without kinds: every target shows its groups in one list
    if not isinstance(groups, list):
        yield _diag(bundle, "", "tag-groups", f"{TAG_GROUPS} must be a list of tag groups")
        return
    listed: set[str] = set()
    ids: set[str] = set()
    for index, entry in enumerate(groups):
        where = join_pointer("", TAG_GROUPS, index)
        name = entry.get("name") if isinstance(entry, dict) else None
        tags = entry.get("tags") if isinstance(entry, dict) else None
        if not isinstance(name, str) or not name.strip() or not isinstance(tags, list) or not tags:
            yield _diag(bundle, where, "tag-groups", "a tag group needs a name and a tags list")
            continue
        if kind_id(name) in ids:
            yield _diag(
                bundle, where, "tag-groups", f"two tag groups start with {name.split()[0]!r}"
            )
        ids.add(kind_id(name))
        for tag in tags:
            if tag not in declared:
                yield _diag(bundle, where, "tag-groups", f"tag {tag!r} is not declared in tags")
            listed.add(str(tag))
    for tag in declared:
        if tag not in listed:
            yield _diag(bundle, "/tags", "tag-groups", f"tag {tag!r} is in no {TAG_GROUPS} entry")


LINT_RULES: dict[str, LintRule] = {
    "operations": some_operation,
    "operation-id": operation_ids,
    "python-name": python_names,
    "operation-docs": operation_docs,
    "task-operations": task_operations,
    "conditional-rules": conditional_rules,
    "discriminator": discriminators,
    "request-closed": closed_requests,
    "x-rules": x_rules,
    "component-unused": unused_components,
    "security": security_schemes,
    "maintainer-note": notes.user_texts,
    "contract-record": notes.contract_records,
    "tag-groups": tag_groups,
}


#: The rules whose findings on a document are the union of their findings on each path item
#: with the shared part (generator/fragments.py): they read one operation at a time and what it
#: refers to, never another operation. With the notes (each finding is its own node's), they
#: are remembered per path item.
ITEM_RULES = ("conditional-rules", "discriminator", "request-closed", "x-rules", "contract-record")
NOTE_RULE = "maintainer-note"


def lint(bundle: Bundle, parts: Fragments | None = None) -> list[Diagnostic]:
    """Every rule's findings. With `parts` (the document's fragments), the findings of the
    per-item rules on a path item seen before with the same shared part are recalled: after an
    edit to one group file only its items are linted again, and the other rules, which compare
    items, read the whole document."""
    recalled = _recalled(bundle.document, parts)
    found: list[Diagnostic] = []
    for name, rule in LINT_RULES.items():
        if recalled is None or name not in (*ITEM_RULES, NOTE_RULE):
            found.extend(rule(bundle))
    if recalled is not None and parts is not None:
        found.extend(_by_item(bundle, parts, *recalled))
    return found


def _recalled(
    document: dict[str, Any], parts: Fragments | None
) -> tuple[cache.Memo, dict[str, Any]] | None:
    """The memo of findings by path item and what it holds for each item of this document;
    None when the whole document must be read (no fragments, or an item not seen before shares
    a path or an operationId with another)."""
    if parts is None or not parts.items:
        return None
    key = cache.digest(
        cache.versions(*VALIDATOR_DISTRIBUTIONS),  # jsonschema words two rules' messages
        cache.code_fingerprint(),
        parts.shared,
    )
    memo = cache.Memo("lint-items", key)
    known = {path: memo.get(item) for path, item in parts.items.items()}
    unseen = {path for path, found in known.items() if not isinstance(found, list)}
    return None if interacts(document, unseen) else (memo, known)


def _by_item(
    bundle: Bundle, parts: Fragments, memo: cache.Memo, known: dict[str, Any]
) -> list[Diagnostic]:
    """The per-item rules' and the notes' findings, each item's recalled or computed alone."""
    document = bundle.document
    paths: dict[str, Any] = document["paths"]
    findings: list[Finding] = []
    shared = memo.get("")
    if not isinstance(shared, list):
        # The notes outside the path items (the paths object's own scalar members included).
        rest = {key: value for key, value in document.items() if key != "paths"}
        rest["paths"] = {k: v for k, v in paths.items() if not isinstance(v, (dict, list))}
        shared = _pointed(notes.user_texts(UnplacedBundle(document), rest))
        memo.put("", shared)
    findings.extend(shared)
    for path, item in parts.items.items():
        found = known[path]
        if not isinstance(found, list):
            alone = UnplacedBundle(reduced(document, {path}))
            found = _pointed(notes.user_texts(alone, paths[path], join_pointer("/paths", path)))
            for name in ITEM_RULES:
                found.extend(_pointed(LINT_RULES[name](alone)))
            memo.put(item, found)
        findings.extend(found)
    memo.save()
    return bundle.placed(findings)


def _pointed(diagnostics: Iterable[Diagnostic]) -> list[Finding]:
    return [(d.origin.pointer, d.rule, d.message) for d in diagnostics]
