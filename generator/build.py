"""Build the intermediate model (ir.py) from the validated, bundled spec."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from . import kinds, xrules
from .diagnostics import join_pointer
from .ir import Api, Body, Json, Namespace, Operation, OperationKind, Param, Task, Variant
from .lint import completion_fields
from .names import pascal
from .openapi import (
    CALLBACK_EXPRESSION,
    COMPONENT_REF,
    OperationRef,
    iter_operations,
    lookup,
    resolve,
)
from .schemawalk import RULE_KEYWORDS

__all__ = ["build_api", "inline_response_name", "pascal"]


def _params(document: dict[str, Any], schema: dict[str, Any]) -> tuple[Param, ...]:
    required = set(schema.get("required") or [])
    params = []
    for name, raw in (schema.get("properties") or {}).items():
        prop = resolve(document, raw) or {}
        params.append(
            Param(
                name=name,
                required=name in required,
                description=str(prop.get("description") or "").strip(),
                schema=prop,
                default=prop.get("default"),
                has_default="default" in prop,
            )
        )
    # Required first keeps stubs valid Python and docs readable; otherwise spec order.
    return tuple(sorted(params, key=lambda p: not p.required))


def _rule_texts(schema: dict[str, Any]) -> tuple[str, ...]:
    texts = [
        str(entry["description"]).strip()
        for entry in schema.get("allOf") or []
        if isinstance(entry, dict) and any(k in entry for k in RULE_KEYWORDS)
    ]
    texts += [str(rule["description"]).strip() for rule in schema.get(xrules.EXTENSION) or []]
    return tuple(texts)


def _pinned(schema: dict[str, Any]) -> dict[str, Json]:
    """Properties a variant fixes to one value (`const`, or a one-value `enum`)."""
    pins = {}
    for name, prop in (schema.get("properties") or {}).items():
        if isinstance(prop, dict):
            if "const" in prop:
                pins[name] = prop["const"]
            elif isinstance(prop.get("enum"), list) and len(prop["enum"]) == 1:
                pins[name] = prop["enum"][0]
    return pins


def _variants(
    document: dict[str, Any], pointer: str, selectors: tuple[tuple[str, Json], ...], depth: int = 0
) -> Iterator[tuple[Variant, tuple[str, ...]]]:
    """Leaf variants below `pointer`, with the discriminating properties met on the way."""
    schema = lookup(document, pointer)
    while isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and depth < 20:
        pointer = schema["$ref"][1:]
        schema = lookup(document, pointer)
        depth += 1
    if not isinstance(schema, dict):
        return
    disc = schema.get("discriminator")
    if isinstance(disc, dict) and schema.get("oneOf"):
        prop = disc["propertyName"]
        grouped: dict[str, list[str]] = {}
        for value, ref in disc.get("mapping", {}).items():
            grouped.setdefault(ref, []).append(value)
        for ref, values in grouped.items():
            chosen = values[0] if len(values) == 1 else tuple(values)
            for variant, discs in _variants(document, ref[1:], (*selectors, (prop, chosen)), depth):
                yield variant, (prop, *discs)
        return
    if schema.get("oneOf"):
        branches = [resolve(document, b) or {} for b in schema["oneOf"]]
        pins = [_pinned(b) for b in branches]
        known = {name for name, _ in selectors}
        # Selectors are the properties every branch pins, to values that tell branches apart.
        common = set.intersection(*(set(p) for p in pins)) - known if pins else set()
        for index, branch_pins in enumerate(pins):
            distinct = {
                k: v
                for k, v in branch_pins.items()
                if k in common and any(other.get(k) != v for other in pins)
            }
            branch_selectors = (*selectors, *sorted(distinct.items()))
            branch = join_pointer(pointer, "oneOf", index)
            for variant, discs in _variants(document, branch, branch_selectors, depth + 1):
                yield variant, (*sorted(distinct), *discs)
        return
    variant = Variant(
        selectors=selectors,
        params=_params(document, schema),
        rules=_rule_texts(schema),
        open=schema.get("additionalProperties") is not False,
        description=str(schema.get("description") or "").strip(),
    )
    yield variant, ()


def _body(document: dict[str, Any], op: OperationRef) -> Body | None:
    body = resolve(document, op.operation.get("requestBody"))
    if not isinstance(body, dict):
        return None
    for media_type in ("application/json", "multipart/form-data"):
        if media_type in (body.get("content") or {}):
            pointer = join_pointer(op.pointer, "requestBody", "content", media_type, "schema")
            found = list(_variants(document, pointer, ()))
            discriminators: list[str] = []
            for _, discs in found:
                discriminators.extend(d for d in discs if d not in discriminators)
            return Body(media_type, pointer, tuple(v for v, _ in found), tuple(discriminators))
    return None


def _component(ref_holder: Json) -> str | None:
    ref = ref_holder.get("$ref") if isinstance(ref_holder, dict) else None
    return (
        ref[len(COMPONENT_REF) :]
        if isinstance(ref, str) and ref.startswith(COMPONENT_REF)
        else None
    )


def _success(document: dict[str, Any], op: OperationRef) -> tuple[int, str | None, str | None]:
    """Status code, JSON body model name and SSE event model name of the success answer.

    An inline JSON schema gets a name from the operation id; `response_schemas` below lists it
    with its pointer so the models target can find it.
    """
    responses = op.operation.get("responses") or {}
    for code in sorted(c for c in responses if str(c).startswith("2")):
        content = (resolve(document, responses[code]) or {}).get("content") or {}
        json_schema = (content.get("application/json") or {}).get("schema")
        event_schema = (content.get("text/event-stream") or {}).get("schema")
        json_name = _component(json_schema)
        if json_schema is not None and json_name is None:
            json_name = inline_response_name(op.operation_id)
        return int(code), json_name, _component(event_schema)
    return 200, None, None


def inline_response_name(operation_id: str) -> str:
    return pascal(operation_id.replace(".", "_")) + "Response"


def _auth(op: OperationRef, default: list[dict[str, Any]]) -> str:
    schemes = {name for req in op.operation.get("security", default) or [] for name in req}
    if "ManagementKeyAuth" in schemes:
        return "management_key"
    if "ApiKeyHeader" in schemes:
        return "llm"
    return "api_key"


def _params_in(document: dict[str, Any], op: OperationRef, where: str) -> tuple[Param, ...]:
    found = []
    shared = (document.get("paths") or {}).get(op.path, {}).get("parameters") or []
    for raw in [*shared, *(op.operation.get("parameters") or [])]:
        param = resolve(document, raw) or {}
        if param.get("in") == where:
            schema = resolve(document, param.get("schema")) or {}
            found.append(
                Param(
                    name=str(param["name"]),
                    required=bool(param.get("required")),
                    description=str(param.get("description") or "").strip(),
                    schema=schema,
                )
            )
    return tuple(found)


def _examples(document: dict[str, Any], op: OperationRef) -> tuple[tuple[str, Json], ...]:
    body = resolve(document, op.operation.get("requestBody")) or {}
    media = (body.get("content") or {}).get("application/json") or {}
    return tuple(
        (name, example["value"])
        for name, example in (media.get("examples") or {}).items()
        if isinstance(example, dict) and "value" in example
    )


def _operation(document: dict[str, Any], op: OperationRef) -> Operation:
    segments = op.operation_id.split(".")
    responses = op.operation.get("responses") or {}
    status, response_schema, event_schema = _success(document, op)
    kind: OperationKind = "call"
    status_id = callback_schema = None
    if "202" in responses:
        kind = "task_create"
        accepted = resolve(document, responses["202"]) or {}
        status_id = accepted["links"]["getTaskStatus"]["operationId"]
        callback = op.operation["callbacks"]["taskStatus"][CALLBACK_EXPRESSION]
        callback_body = callback["post"]["requestBody"]["content"]["application/json"]["schema"]
        callback_schema = _component(callback_body)
    completed: tuple[str, ...] = ()
    if response_schema is not None and op.method == "get" and op.path.endswith("/{id}"):
        fields = completion_fields(document["components"]["schemas"][response_schema])
        if fields:
            kind, completed = "task_status", tuple(fields)
    members: tuple[str, ...] = ()
    if event_schema is not None:
        event = document["components"]["schemas"][event_schema]
        refs = [_component(m) for m in event.get("oneOf") or [event]]
        members = tuple(r for r in refs if r) if refs and all(refs) else ()
    return Operation(
        operation_id=op.operation_id,
        namespace=segments[0],
        resource_path=tuple(segments[1:-1]),
        method_name=segments[-1],
        http_method=op.method.upper(),
        path=op.path,
        tag=(op.operation.get("tags") or [""])[0],
        summary=str(op.operation.get("summary") or "").strip(),
        description=str(op.operation.get("description") or "").strip(),
        kind=kind,
        auth=_auth(op, document.get("security") or []),  # type: ignore[arg-type]
        path_params=_params_in(document, op, "path"),
        query_params=_params_in(document, op, "query"),
        body=_body(document, op),
        success_status=status,
        response_schema=response_schema,
        stream_event_schema=event_schema,
        stream_event_members=members,
        status_operation_id=status_id,
        callback_schema=callback_schema,
        completed_fields=completed,
        request_examples=_examples(document, op),
    )


def build_api(document: dict[str, Any]) -> Api:
    """The intermediate model of a validated, bundled spec."""
    operations = tuple(_operation(document, op) for op in iter_operations(document))
    operations, namespace_kinds = kinds.with_kinds(document, operations)
    by_id = {op.operation_id: op for op in operations}
    tag_text = {t["name"]: str(t.get("description") or "") for t in document.get("tags") or []}
    namespaces = []
    for name in sorted({op.namespace for op in operations}):
        members = tuple(op for op in operations if op.namespace == name)
        tasks = []
        for create in members:
            if create.kind == "task_create" and create.status_operation_id:
                status = by_id[create.status_operation_id]
                assert status.response_schema is not None
                tasks.append(
                    Task(
                        create=create,
                        status=status,
                        status_schema=status.response_schema,
                        completed_schema=_completed_name(status.response_schema),
                        completed_fields=status.completed_fields,
                    )
                )
        schemas = sorted(
            {s for op in members for s in (op.response_schema, op.stream_event_schema) if s}
            | {t.completed_schema for t in tasks}
        )
        namespaces.append(
            Namespace(
                name=name,
                class_name=pascal(name),
                description=tag_text.get(members[0].tag, ""),
                operations=members,
                tasks=tuple(tasks),
                response_schemas=tuple(schemas),
                kinds=namespace_kinds.get(name, ()),
            )
        )
    info = document.get("info") or {}
    kind_list = kinds.kind_list(document, tuple(namespaces))
    return Api(
        title=str(info.get("title", "")),
        version=str(info.get("version", "0.0.0")),
        description=str(info.get("description", "")),
        namespaces=tuple(namespaces),
        operations=operations,
        kinds=kind_list,
        models=kinds.model_catalogue(
            operations, kind_list, {ns.name: ns.description for ns in namespaces}
        ),
    )


def _completed_name(status_schema: str) -> str:
    base = status_schema.removesuffix("Status")
    return f"{base}Completed" if base != status_schema else f"{status_schema}Completed"
