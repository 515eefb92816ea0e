"""What changed for SDK users between two versions of the spec, each change graded.

`diff_documents(old, new)` compares two bundled documents at the level users feel: the SDK
calls (operations and their call paths), request variants (a model of a discriminator is a
first-class change, not an opaque schema edit), fields, enums, limits, conditional rules,
response, status and callback fields, auth, routes and status codes. Every change is
**breaking**, **feature** or **fix** (fix or docs-only) with a one-line reason, and breaking
changes carry a migration line. Maintainer notes (`x-` extensions other than
`x-runapi-rules`) are ignored: they never reach users.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from .bodyshapes import VariantKey, leaf_variants
from .build import build_api
from .ir import Api, Operation
from .openapi import iter_operations, json_body_schema, resolve
from .rulediff import compare_rules
from .schemadiff import FieldChange, SchemaDiff, canonical
from .semver import SEVERITIES, Severity, most_severe
from .xrules import EXTENSION as XRULES

Json = Any

#: Keep a Changelog section of each kind of change (breaking ones go first, whatever it says).
SECTIONS = ("Added", "Changed", "Deprecated", "Removed", "Fixed")


@dataclass(frozen=True)
class Change:
    severity: Severity
    kind: str
    group: str  # API group (the operation's tag)
    call: str  # the SDK call path (or the Python object, for griffe findings)
    summary: str  # what changed, one line
    reason: str  # why it has this class, one line
    migration: str = ""  # breaking changes: what callers do
    variants: str = ""  # the request variants it concerns ("model=a | model=b"), if any

    @property
    def subject(self) -> str:
        return f"{self.call} [{self.variants}]" if self.variants else self.call

    @property
    def section(self) -> str:
        """The Keep a Changelog section it is listed under."""
        if self.kind == "deprecated":
            return "Deprecated"
        if self.severity == "fix":
            return "Fixed"
        if self.kind.endswith(("-added", "-widened")) and self.severity == "feature":
            return "Added"
        if self.kind.endswith("-removed"):
            return "Removed"
        return "Changed"

    def as_json(self) -> dict[str, str]:
        return {**asdict(self), "subject": self.subject, "section": self.section}


@dataclass
class DiffReport:
    changes: list[Change] = field(default_factory=list)
    old_version: str = ""  # info.version of each side
    new_version: str = ""

    @property
    def severity(self) -> Severity | None:
        return most_severe([c.severity for c in self.changes])

    def count(self, severity: Severity) -> int:
        return sum(1 for c in self.changes if c.severity == severity)

    def groups(self) -> list[str]:
        return sorted({c.group for c in self.changes})


def strip_notes(node: Json) -> Json:
    """A copy without `x-` extensions, except the rules the SDK enforces."""
    # (a scalar is taken as it is, without a call: most of a document's nodes are scalars)
    if isinstance(node, dict):
        return {
            k: strip_notes(v) if isinstance(v, (dict, list)) else v
            for k, v in node.items()
            if not k.startswith("x-") or k == XRULES
        }
    if isinstance(node, list):
        return [strip_notes(v) if isinstance(v, (dict, list)) else v for v in node]
    return node


def diff_documents(old: dict[str, Any], new: dict[str, Any]) -> DiffReport:
    base = _base_side(old)
    new = strip_notes(new)
    report = DiffReport(
        old_version=str((base.document.get("info") or {}).get("version", "")),
        new_version=str((new.get("info") or {}).get("version", "")),
    )
    report.changes = merged(list(_OperationsDiff(base, _Side.of(new)).changes()))
    return report


@dataclass(frozen=True)
class _Side:
    """One document as the diff reads it (without notes), with its IR and its operations."""

    document: dict[str, Any]
    api: Api
    raw: dict[str, dict[str, Any]]

    @classmethod
    def of(cls, stripped: dict[str, Any]) -> _Side:
        return cls(stripped, build_api(stripped), _raw_operations(stripped))


#: The last old documents diffed, each as given (a private copy) with its side: a series of
#: diffs against one base (the release loop's versions, the classification corpus's edits)
#: builds the base's side once. Found by equality, so a base edited in place is a new one.
_BASES: deque[tuple[dict[str, Any], _Side]] = deque(maxlen=2)


def _base_side(old: dict[str, Any]) -> _Side:
    for entry in _BASES:
        if entry[0] == old:
            _BASES.remove(entry)
            _BASES.append(entry)  # the most recent last: the first to go is the oldest
            return entry[1]
    side = _Side.of(strip_notes(old))
    _BASES.append((_copied(old), side))
    return side


def _copied(node: Json) -> Json:
    """A copy of a JSON-like document's containers (its scalars are immutable)."""
    if isinstance(node, dict):
        return {k: _copied(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_copied(v) for v in node]
    return node


def ordered(changes: list[Change]) -> list[Change]:
    """By API group, breaking first, then by call."""
    rank = {s: i for i, s in enumerate(SEVERITIES)}
    return sorted(changes, key=lambda c: (c.group, rank[c.severity], c.call, c.summary, c.variants))


def merged(changes: list[Change]) -> list[Change]:
    """One line per change, not per variant; one docs line per call."""
    docs: dict[tuple[str, str], list[str]] = {}
    same: dict[Change, list[str]] = {}  # by the change without its variants
    for change in changes:
        if change.kind == "docs":
            key = (change.group, change.call)
            text = change.summary.removeprefix("documentation updated: ")
            docs.setdefault(key, [])
            if text not in docs[key]:
                docs[key].append(text)
            continue
        labels = same.setdefault(replace(change, variants=""), [])
        if change.variants and change.variants not in labels:
            labels.append(change.variants)
    result = [replace(change, variants=" | ".join(labels)) for change, labels in same.items()]
    result += [
        Change(
            "fix",
            "docs",
            group,
            call,
            "documentation updated: " + "; ".join(texts),
            "text only; calls and results are unchanged",
        )
        for (group, call), texts in docs.items()
    ]
    return ordered(result)


def _label(key: VariantKey) -> str:
    return ", ".join(f"{name}={value}" for name, value in key)


def _label_text(key: VariantKey) -> str:
    """model=seedance-2.0 -> model `seedance-2.0` (for sentences)."""
    return ", ".join(f"{name} `{value}`" for name, value in key) or "variant"


def _security(document: dict[str, Any], operation: dict[str, Any]) -> set[frozenset[str]]:
    requirements = operation.get("security", document.get("security") or [])
    return {frozenset(req) for req in requirements or []}


def _raw_operations(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {op.operation_id: op.operation for op in iter_operations(document)}


def _success_schemas(document: dict[str, Any], operation: dict[str, Any]) -> dict[str, Json]:
    """Media type -> schema of the first 2xx answer."""
    responses = operation.get("responses") or {}
    for code in sorted(c for c in responses if str(c).startswith("2")):
        content = (resolve(document, responses[code]) or {}).get("content") or {}
        return {mt: media.get("schema") for mt, media in content.items() if isinstance(media, dict)}
    return {}


class _OperationsDiff:
    def __init__(self, old_side: _Side, new_side: _Side) -> None:
        old, new = old_side.document, new_side.document
        self.old, self.new = old, new
        self.old_api: Api = old_side.api
        self.new_api: Api = new_side.api
        self.old_raw, self.new_raw = old_side.raw, new_side.raw
        self.requests = SchemaDiff(old, new, "request")
        self.responses = SchemaDiff(old, new, "response")

    def changes(self) -> Iterator[Change]:
        old_ops = {op.operation_id: op for op in self.old_api.operations}
        new_ops = {op.operation_id: op for op in self.new_api.operations}
        old_routes = {(op.http_method, op.path): op for op in old_ops.values()}
        pairs: list[tuple[Operation, Operation]] = []
        for op_id, new_op in new_ops.items():
            old_op = old_ops.get(op_id)
            if old_op is None:
                moved = old_routes.get((new_op.http_method, new_op.path))
                if moved is not None and moved.operation_id not in new_ops:
                    yield self._renamed(moved, new_op)
                    pairs.append((moved, new_op))
                    continue
                yield Change(
                    "feature",
                    "operation-added",
                    new_op.tag,
                    _call(new_op),
                    f"new call `{_call(new_op)}` ({new_op.http_method} {new_op.path})",
                    "a new operation; existing calls are unchanged",
                )
                continue
            pairs.append((old_op, new_op))
        paired = {old.operation_id for old, _ in pairs}
        for op_id, old_op in old_ops.items():
            if op_id not in paired:
                yield Change(
                    "breaking",
                    "operation-removed",
                    old_op.tag,
                    _call(old_op),
                    f"call `{_call(old_op)}` removed ({old_op.http_method} {old_op.path})",
                    "code that calls it fails",
                    f"stop calling `{_call(old_op)}`",
                )
        for old_op, new_op in pairs:
            yield from self._operation(old_op, new_op)
        yield from self._validate_helpers({old.operation_id: new for old, new in pairs})
        yield from self._globals()

    def _validate_helpers(self, renamed: dict[str, Operation]) -> Iterator[Change]:
        """`validate` helpers whose name changed because a sibling call came or went."""
        old_helpers, new_helpers = validate_helpers(self.old_api), validate_helpers(self.new_api)
        new_by_op = {op_id: path for path, op_id in new_helpers.items()}
        for path, op_id in sorted(old_helpers.items()):
            successor = renamed.get(op_id)
            new_path = new_by_op.get(successor.operation_id) if successor else None
            if successor is None or new_path is None or new_path == path:
                continue
            yield Change(
                "breaking",
                "sdk-method-renamed",
                successor.tag,
                _call(successor),
                f"`{path}` renamed to `{new_path}`",
                "the SDK names a resource's validate helper after its call once the resource "
                "has several",
                f"call `{new_path}` instead of `{path}`",
            )

    def _renamed(self, old_op: Operation, new_op: Operation) -> Change:
        return Change(
            "breaking",
            "call-path-renamed",
            new_op.tag,
            _call(new_op),
            f"`{_call(old_op)}` renamed to `{_call(new_op)}`",
            "the old attribute path no longer exists",
            f"call `{_call(new_op)}` instead of `{_call(old_op)}`",
        )

    # -- one operation -------------------------------------------------------------------

    def _operation(self, old_op: Operation, new_op: Operation) -> Iterator[Change]:
        old_raw, new_raw = self.old_raw[old_op.operation_id], self.new_raw[new_op.operation_id]
        subject = _call(new_op)

        def change(fc: FieldChange, where: str = "") -> Change:
            summary = (
                fc.detail if not fc.path or fc.path in fc.detail else f"{fc.path}: {fc.detail}"
            )
            return Change(
                fc.severity, fc.kind, new_op.tag, subject, summary, fc.reason, fc.migration, where
            )

        if (old_op.http_method, old_op.path) != (new_op.http_method, new_op.path):
            yield Change(
                "fix",
                "route-changed",
                new_op.tag,
                subject,
                f"route {old_op.http_method} {old_op.path} -> {new_op.http_method} {new_op.path}",
                "the SDK call is unchanged; only the HTTP request it sends moved",
            )
        if old_op.kind != new_op.kind:
            yield Change(
                "breaking",
                "operation-kind-changed",
                new_op.tag,
                subject,
                f"`{subject}` changed from {old_op.kind.replace('_', ' ')} "
                f"to {new_op.kind.replace('_', ' ')}",
                "its result type and helper methods (wait/run) change",
                f"adapt the code that uses the result of `{subject}`",
            )
        yield from self._auth(old_raw, new_raw, new_op)
        yield from self._statuses(old_raw, new_raw, new_op)
        for fc in self._parameters(old_op, new_op):
            yield change(fc)
        yield from self._body(old_op, new_op, old_raw, new_raw, change)
        yield from self._response(old_op, new_op, old_raw, new_raw, change)
        docs = self._docs(old_raw, new_raw)
        if docs:
            yield Change(
                "fix",
                "docs",
                new_op.tag,
                subject,
                f"documentation updated: {', '.join(docs)}",
                "text only; calls and results are unchanged",
            )

    def _auth(self, old_raw: Json, new_raw: Json, op: Operation) -> Iterator[Change]:
        before, after = _security(self.old, old_raw), _security(self.new, new_raw)
        if before == after:
            return
        names = " or ".join(sorted("+".join(sorted(r)) or "none" for r in after)) or "none"
        was = " or ".join(sorted("+".join(sorted(r)) or "none" for r in before)) or "none"
        if before <= after:
            yield Change(
                "feature",
                "auth-widened",
                op.tag,
                _call(op),
                f"auth: also accepts {names} (was {was})",
                "more ways to authenticate; existing credentials still work",
            )
            return
        yield Change(
            "breaking",
            "auth-changed",
            op.tag,
            _call(op),
            f"auth: {was} -> {names}",
            "the credential callers configured may no longer be accepted",
            f"configure {names} for `{_call(op)}`",
        )

    def _statuses(self, old_raw: Json, new_raw: Json, op: Operation) -> Iterator[Change]:
        before = set(map(str, old_raw.get("responses") or {}))
        after = set(map(str, new_raw.get("responses") or {}))
        success_old = sorted(c for c in before if c.startswith("2"))
        success_new = sorted(c for c in after if c.startswith("2"))
        if success_old != success_new:
            yield Change(
                "fix",
                "success-status-changed",
                op.tag,
                _call(op),
                f"success status {', '.join(success_old)} -> {', '.join(success_new)}",
                "typed calls return the same result; only the raw HTTP status differs",
            )
        for code in sorted((after - before) - set(success_new)):
            yield Change(
                "fix",
                "error-status-added",
                op.tag,
                _call(op),
                f"documents error status {code}",
                "it raises the SDK's exception class for that status, as before",
            )
        for code in sorted((before - after) - set(success_old)):
            yield Change(
                "fix",
                "error-status-removed",
                op.tag,
                _call(op),
                f"no longer documents error status {code}",
                "documentation; error handling is unchanged",
            )

    def _parameters(self, old_op: Operation, new_op: Operation) -> list[FieldChange]:
        changes: list[FieldChange] = []
        for attr in ("path_params", "query_params"):
            old_params = {p.name: p for p in getattr(old_op, attr)}
            new_params = {p.name: p for p in getattr(new_op, attr)}
            old_obj = {
                "type": "object",
                "properties": {n: p.schema for n, p in old_params.items()},
                "required": [n for n, p in old_params.items() if p.required],
            }
            new_obj = {
                "type": "object",
                "properties": {n: p.schema for n, p in new_params.items()},
                "required": [n for n, p in new_params.items() if p.required],
            }
            changes += self.requests.objects(old_obj, new_obj)
        return changes

    def _body(
        self, old_op: Operation, new_op: Operation, old_raw: Json, new_raw: Json, change: Any
    ) -> Iterator[Change]:
        old_schema = json_body_schema(self.old, old_raw) or _multipart(self.old, old_raw)
        new_schema = json_body_schema(self.new, new_raw) or _multipart(self.new, new_raw)
        if old_schema is None and new_schema is None:
            return
        old_variants = leaf_variants(self.old, old_schema) if old_schema is not None else {}
        new_variants = leaf_variants(self.new, new_schema) if new_schema is not None else {}
        if set(old_variants) == {()} and set(new_variants) - {()}:
            # A plain body became per-model: compare the old shape with each new variant.
            old_variants = {key: old_variants[()] for key in new_variants}
        elif set(new_variants) == {()} and set(old_variants) - {()}:
            new_variants = {key: new_variants[()] for key in old_variants}
        yield from self._variant_sets(old_variants, new_variants, new_op)
        for key in sorted(set(old_variants) & set(new_variants), key=_label):
            where = _label(key)
            for fc in self.requests.objects(old_variants[key], new_variants[key]):
                if not (fc.kind == "type-changed" and fc.path in dict(key)):
                    yield change(fc, where)
            old_leaf = self.old_resolve(old_variants[key])
            new_leaf = self.new_resolve(new_variants[key])
            for fc in self.requests._text_constraints(old_leaf, new_leaf, ""):
                yield change(fc, where)
            for fc in compare_rules(old_leaf, new_leaf):
                yield change(fc, where)

    def old_resolve(self, schema: Json) -> dict[str, Any]:
        return resolve(self.old, schema) or {}

    def new_resolve(self, schema: Json) -> dict[str, Any]:
        return resolve(self.new, schema) or {}

    def _variant_sets(
        self,
        old_variants: dict[VariantKey, Json],
        new_variants: dict[VariantKey, Json],
        op: Operation,
    ) -> Iterator[Change]:
        added = [k for k in new_variants if k not in old_variants]
        removed = [k for k in old_variants if k not in new_variants]
        for key in _collapse(added, set(old_variants)):
            yield Change(
                "feature",
                "variant-added",
                op.tag,
                _call(op),
                f"new {_label_text(key)}",
                "a new model or mode to call; existing calls are unchanged",
            )
        for key in _collapse(removed, set(new_variants)):
            yield Change(
                "breaking",
                "variant-removed",
                op.tag,
                _call(op),
                f"{_label_text(key)} removed",
                "calls that select it are refused",
                f"move calls with {_label(key)} to another {key[-1][0] if key else 'variant'}",
            )

    def _response(
        self, old_op: Operation, new_op: Operation, old_raw: Json, new_raw: Json, change: Any
    ) -> Iterator[Change]:
        old_media, new_media = (
            _success_schemas(self.old, old_raw),
            _success_schemas(self.new, new_raw),
        )
        for media_type in sorted(set(old_media) | set(new_media)):
            label = "response" if media_type == "application/json" else f"{media_type} response"
            if media_type not in new_media:
                yield Change(
                    "breaking",
                    "response-removed",
                    new_op.tag,
                    _call(new_op),
                    f"no longer answers {media_type}",
                    "code that reads that answer fails",
                    f"stop reading the {media_type} answer",
                )
                continue
            if media_type not in old_media:
                yield Change(
                    "feature",
                    "response-added",
                    new_op.tag,
                    _call(new_op),
                    f"now also answers {media_type}",
                    "a new kind of answer; existing code is unchanged",
                )
                continue
            for fc in self.responses.values(old_media[media_type], new_media[media_type], ""):
                if media_type == "text/event-stream" and fc.kind.startswith("union-member"):
                    # The members of a stream's event union are its event kinds.
                    kind = fc.kind.replace("union-member", "stream-event")
                    fc = replace(fc, kind=kind, detail=f"stream event {fc.detail}")
                yield change(fc, label)
        old_model, new_model = old_op.response_schema, new_op.response_schema
        if (
            old_model
            and new_model
            and old_model != new_model
            and _is_component(self.new, new_model)
            and _is_component(self.old, old_model)
        ):
            yield Change(
                "breaking",
                "response-model-renamed",
                new_op.tag,
                _call(new_op),
                f"response model {old_model} renamed to {new_model}",
                "code that imports the old model name fails",
                f"import {new_model} instead of {old_model}",
            )
        yield from self._completed(old_op, new_op)
        if old_op.callback_schema and new_op.callback_schema:
            status = (
                self.new_api.operation(new_op.status_operation_id or "")
                if (new_op.status_operation_id in {o.operation_id for o in self.new_api.operations})
                else None
            )
            if status is None or status.response_schema != new_op.callback_schema:
                old_cb = {"$ref": f"#/components/schemas/{old_op.callback_schema}"}
                new_cb = {"$ref": f"#/components/schemas/{new_op.callback_schema}"}
                for fc in self.responses.values(old_cb, new_cb, ""):
                    yield change(fc, "callback")

    def _completed(self, old_op: Operation, new_op: Operation) -> Iterator[Change]:
        before, after = set(old_op.completed_fields), set(new_op.completed_fields)
        for name in sorted(before - after):
            yield Change(
                "breaking",
                "completed-field-optional",
                new_op.tag,
                _call(new_op),
                f"a completed task no longer always has `{name}`",
                "wait()/run() results type it as optional now",
                f"check `{name}` for None on completed tasks",
            )
        for name in sorted(after - before):
            yield Change(
                "fix",
                "completed-field-required",
                new_op.tag,
                _call(new_op),
                f"a completed task always has `{name}`",
                "a stronger guarantee; wait()/run() type it as present",
            )

    def _docs(self, old_raw: Json, new_raw: Json) -> list[str]:
        found = [
            key
            for key in ("summary", "description")
            if (old_raw.get(key) or "").strip() != (new_raw.get(key) or "").strip()
        ]
        old_examples, new_examples = _examples(self.old, old_raw), _examples(self.new, new_raw)
        if any(
            canonical(old_examples[k]) != canonical(new_examples[k])
            for k in old_examples.keys() & new_examples.keys()
        ):
            found.append("examples")
        if bool(new_raw.get("deprecated")) != bool(old_raw.get("deprecated")):
            found.append("deprecation")
        return found

    # -- document-wide ---------------------------------------------------------------------

    def _globals(self) -> Iterator[Change]:
        old_servers = [s.get("url") for s in self.old.get("servers") or []]
        new_servers = [s.get("url") for s in self.new.get("servers") or []]
        if old_servers[:1] != new_servers[:1]:
            yield Change(
                "fix",
                "server-changed",
                "api",
                "client",
                f"default base URL {old_servers[:1]} -> {new_servers[:1]}",
                "calls are unchanged; a base_url set by the caller still wins",
            )
        old_tags = {t.get("name"): t.get("description") for t in self.old.get("tags") or []}
        new_tags = {t.get("name"): t.get("description") for t in self.new.get("tags") or []}
        for name in sorted(set(old_tags) & set(new_tags)):
            if (old_tags[name] or "") != (new_tags[name] or ""):
                yield Change(
                    "fix", "docs", str(name), str(name), "group description updated", "text only"
                )


def validate_helpers(api: Api) -> dict[str, str]:
    """SDK path of each non-task call's validate helper -> its operation id.

    The Python target's naming rule (targets/python_context.py, resource_classes): a resource
    whose only body-taking call is not a task has `validate`; otherwise each such call has
    `validate_<method>`. tests/release/test_griffe_agreement.py catches any drift from it.
    """
    found: dict[str, str] = {}
    for namespace in api.namespaces:
        task_ids = {
            op for t in namespace.tasks for op in (t.create.operation_id, t.status.operation_id)
        }
        task_nodes = {t.create.resource_path for t in namespace.tasks}
        nodes: dict[tuple[str, ...], list[Operation]] = {}
        for op in namespace.operations:
            if op.operation_id not in task_ids and op.body is not None:
                nodes.setdefault(op.resource_path, []).append(op)
        for path, ops in nodes.items():
            for op in ops:
                single = len(ops) == 1 and path not in task_nodes
                name = "validate" if single else f"validate_{op.method_name}"
                found[".".join((namespace.name, *path, name))] = op.operation_id
    return found


def _call(op: Operation) -> str:
    return ".".join(op.call_path)


def _is_component(document: dict[str, Any], name: str) -> bool:
    return name in ((document.get("components") or {}).get("schemas") or {})


def _multipart(document: dict[str, Any], operation: dict[str, Any]) -> Json:
    body = resolve(document, operation.get("requestBody")) or {}
    media = (body.get("content") or {}).get("multipart/form-data")
    return media.get("schema") if isinstance(media, dict) else None


def _examples(document: dict[str, Any], operation: dict[str, Any]) -> dict[str, Json]:
    """Examples of the request body ("request") and of each answer (by status code)."""
    body = resolve(document, operation.get("requestBody")) or {}
    found = {"request": [m.get("examples") for m in (body.get("content") or {}).values()]}
    for code, response in (operation.get("responses") or {}).items():
        content = (resolve(document, response) or {}).get("content") or {}
        found[str(code)] = [m.get("examples") for m in content.values() if isinstance(m, dict)]
    return found


def _collapse(keys: list[VariantKey], others: set[VariantKey]) -> list[VariantKey]:
    """Report a whole model once when all its sub-variants are new (or gone)."""
    result: list[VariantKey] = []
    for key in sorted(keys, key=_label):
        head = key[:1]
        if len(key) > 1 and not any(o[:1] == head for o in others):
            if head not in result:
                result.append(head)
        else:
            result.append(key)
    return result
