"""Template context of the TypeScript SDK: per group, its resource classes, methods and types.

Everything a template prints is decided here from the IR, so the templates stay layout: class
and property names (typescript_names), method signatures and overloads, the request types (one
interface per request variant, a union per operation) and the answer types.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ..build import inline_response_name
from ..cache import digest
from ..ir import Api, Json, Namespace, Operation, Param, Task, Variant
from ..openapi import COMPONENT_REF, component_refs, iter_operations, resolve
from .typescript_names import RESERVED, camel, class_name, plural, type_name
from .typescript_types import TsTypes, _is_condition, doc_comment, literal, property_key
from .units import Units, canonical, namespace_inputs

SHARED = "shared"


@dataclass
class Method:
    """One public method of a generated resource class; `code` is its full TypeScript text."""

    name: str
    code: str


@dataclass
class Resource:
    path: tuple[str, ...]
    class_name: str
    doc: str
    methods: list[Method]
    children: list[tuple[str, str, str | None]]  # (property, class, plural alias)
    task_spec: str | None = None  # TaskSpec literal of a task resource
    declarations: list[Method] = field(default_factory=list)  # typed task methods (interface)
    status_type: str = ""
    completed_type: str = ""

    @property
    def jsdoc(self) -> str:
        return doc_comment(self.doc, "")


@dataclass
class GroupContext:
    name: str  # the namespace, as in the operationId
    attribute: str  # client.<attribute>
    class_name: str
    doc: str
    resources: list[Resource]
    operations: list[str]  # `const OP_... = {...}` lines
    types: str  # the body of types/<group>.ts
    type_imports: dict[str, list[str]] = field(default_factory=dict)

    @property
    def jsdoc(self) -> str:
        return doc_comment(self.doc, "  ")


# -- shared helpers -------------------------------------------------------------------------


def inline_responses(document: dict[str, Any]) -> dict[str, Any]:
    """Answer schemas written inline in an operation, under their IR names."""
    found: dict[str, Any] = {}
    for op in iter_operations(document):
        for code, response in (op.operation.get("responses") or {}).items():
            if not str(code).startswith("2"):
                continue
            content = (resolve(document, response) or {}).get("content") or {}
            schema = (content.get("application/json") or {}).get("schema")
            if isinstance(schema, dict) and "$ref" not in schema:
                found[inline_response_name(op.operation_id)] = schema
            break
    return found


def _answer_schema(document: dict[str, Any], name: str, inline: dict[str, Any]) -> Any:
    """The schema named `name`: a component, else an inline answer (`inline_responses`)."""
    components = document["components"]["schemas"]
    return components[name] if name in components else inline[name]


def required_fields(document: dict[str, Any], schema: Any, depth: int = 0) -> list[str] | None:
    """Top-level fields an answer of `schema` always has; None when it is not an object."""
    schema = resolve(document, schema)
    if not isinstance(schema, dict) or depth > 10:
        return []
    kinds = schema.get("type")
    if kinds is not None and "object" not in (kinds if isinstance(kinds, list) else [kinds]):
        return None
    found = list(schema.get("required") or [])
    for member in schema.get("allOf") or []:
        if not _is_condition(member):
            found += required_fields(document, member, depth + 1) or []
    return list(dict.fromkeys(found))


def _home_map(api: Api, document: dict[str, Any], inline: dict[str, Any]) -> dict[str, str]:
    """The module that declares each component: its group, or `shared` when several use it."""
    components = document["components"]["schemas"]
    users: dict[str, set[str]] = {}
    for namespace in api.namespaces:
        roots: list[Any] = []
        for op in namespace.operations:
            for variant in op.body.variants if op.body else ():
                roots += [p.schema for p in variant.params]
            roots += [p.schema for p in (*op.path_params, *op.query_params)]
            for name in (op.response_schema, op.stream_event_schema):
                if name and name in components:
                    roots.append({"$ref": COMPONENT_REF + name})
                elif name:
                    roots.append(_answer_schema(document, name, inline))
        seen: set[str] = set()
        todo = sorted(component_refs(roots))
        while todo:
            name = todo.pop()
            if name not in seen:
                seen.add(name)
                todo.extend(component_refs(components[name]))
        for name in seen:
            users.setdefault(name, set()).add(namespace.name)
    return {
        name: (SHARED if len(groups) > 1 else next(iter(groups))) for name, groups in users.items()
    }


def _doc(*parts: str) -> str:
    return "\n\n".join(p.strip() for p in parts if p and p.strip())


def _operation_doc(op: Operation) -> str:
    lines = [op.summary, op.description]
    if op.body is not None and len(op.body.variants) > 1:
        lines.append("Request shapes:\n" + "\n".join(f"- {v.label}" for v in op.body.variants))
    rules = sorted({r for v in (op.body.variants if op.body else ()) for r in v.rules})
    if rules:
        lines.append("Rules checked before sending:\n" + "\n".join(f"- {r}" for r in rules))
    lines.append(f"`{op.http_method} {op.path}`")
    return _doc(*lines)


def _binary_fields(op: Operation) -> list[str]:
    if op.body is None or op.body.media_type != "multipart/form-data":
        return []
    return sorted(
        {
            p.name
            for v in op.body.variants
            for p in v.params
            if isinstance(p.schema, dict) and p.schema.get("format") == "binary"
        }
    )


def _body_kind(op: Operation) -> str:
    if op.body is None:
        return "none"
    return "multipart" if op.body.media_type == "multipart/form-data" else "json"


def _declaration(doc: str, head: str) -> str:
    """A typed member of a resource's interface: the runtime implements it once, for every task."""
    return f"{doc_comment(doc, '  ')}  {head};\n"


def _code(doc: str, head: str, *body: str) -> str:
    """A method's text: its JSDoc, its signature line(s) and its body, indented as in a class."""
    lines = "".join(f"    {line}\n" for line in body)
    return f"{doc_comment(doc, '  ')}  {head} {{\n{lines}  }}\n"


# -- one group --------------------------------------------------------------------------------


class GroupBuilder:
    def __init__(
        self,
        api: Api,
        document: dict[str, Any],
        namespace: Namespace,
        home: dict[str, str],
        inline: dict[str, Any],
    ):
        self.api = api
        self.document = document
        self.namespace = namespace
        self.types = TsTypes(document, namespace.name, home)
        self.type_blocks: list[str] = []
        self.op_consts: dict[str, str] = {}  # operationId -> const name
        self.op_lines: list[str] = []
        self.inline = inline  # computed once for all groups: it walks every operation
        self.params_names: set[str] = set()

    # -- types ------------------------------------------------------------------------------

    def answer_type(self, name: str | None) -> str:
        if name is None:
            return "void"
        if name in self.document["components"]["schemas"]:
            return self.types.component_type(name, request=False)
        if not any(
            b.startswith(f"export interface {name} ") or b.startswith(f"export type {name} ")
            for b in self.type_blocks
        ):
            self.type_blocks.append(self.types.declaration(name, self.inline[name], False))
        return name

    def event_type(self, op: Operation) -> str:
        assert op.stream_event_schema is not None
        return self.types.component_type(op.stream_event_schema, request=False)

    def params_type(self, op: Operation) -> str:
        """The type of an operation's `params` argument: body fields and query parameters."""
        base = type_name(*op.resource_path, op.method_name)
        name = f"{base}Params"
        if name in self.params_names:
            return name
        self.params_names.add(name)
        queries = list(op.query_params)
        variants = list(op.body.variants) if op.body else [Variant((), (), (), False)]
        every = {p.name for v in variants for p in v.params}
        binary = set(_binary_fields(op))
        members = []
        for variant in variants:
            values = [
                "_".join(map(str, v)) if isinstance(v, tuple) else str(v)
                for _, v in variant.selectors
            ]
            member = f"{base}{type_name('_'.join(values))}Params" if len(variants) > 1 else name
            lines = self._fields([*variant.params, *queries], binary, f"{member}")
            if not variant.open:
                lines += [
                    f"  {property_key(n)}?: never;"
                    for n in sorted(every - {p.name for p in variant.params})
                ]
            else:
                lines.append("  [key: string]: unknown;")
            shape = f" ({variant.label})" if variant.selectors else ""
            doc = doc_comment(f"Body of `{op.operation_id}`{shape}.", "")
            self.type_blocks.append(
                f"{doc}export interface {member} {{\n" + "\n".join(lines) + "\n}\n"
            )
            members.append(member)
        if len(variants) > 1:
            doc = doc_comment(f"Body of `{op.operation_id}`: one of its request shapes.", "")
            self.type_blocks.append(f"{doc}export type {name} = " + " | ".join(members) + ";\n")
        return name

    def _fields(self, params: list[Param], binary: set[str], owner: str) -> list[str]:
        lines = []
        for param in params:
            doc = doc_comment(param.description, "  ")
            if doc:
                lines.append(doc.rstrip("\n"))
            kind = (
                "Uploadable"
                if param.name in binary
                else self.types.expression(param.schema, True, 1)
            )
            optional = "" if param.required else "?"
            lines.append(f"  {property_key(param.name)}{optional}: {kind};")
        return lines

    # -- operations -------------------------------------------------------------------------

    def op_const(self, op: Operation) -> str:
        if op.operation_id in self.op_consts:
            return self.op_consts[op.operation_id]
        const = "OP_" + "_".join(s.upper() for s in op.operation_id.split(".")[1:])
        answer: Json = None
        if op.response_schema:
            answer = required_fields(
                self.document, _answer_schema(self.document, op.response_schema, self.inline)
            )
        parts = [
            f"id: {literal(op.operation_id)}",
            f"method: {literal(op.http_method)}",
            f"path: {literal(op.path)}",
            f"auth: {literal(op.auth)}",
            f"body: {literal(_body_kind(op))}",
        ]
        if op.response_schema:
            parts.append(f"answer: {json.dumps(answer)}")
        if op.query_params:
            parts.append(f"query: {json.dumps([q.name for q in op.query_params])}")
        if _binary_fields(op):
            parts.append(f"files: {json.dumps(_binary_fields(op))}")
        self.op_lines.append(f"const {const}: OperationSpec = {{ {', '.join(parts)} }};")
        self.op_consts[op.operation_id] = const
        return const

    def _params_arg(self, op: Operation, params: str) -> str:
        required = op.body is not None and any(
            p.required for v in op.body.variants for p in v.params
        )
        required = required or any(q.required for q in op.query_params)
        return f"params: {params}" if required else f"params: {params} = {{}}"

    def call_methods(self, op: Operation) -> list[Method]:
        name = camel(op.method_name)
        const = self.op_const(op)
        doc = _operation_doc(op)
        path_args = [f"{camel(p.name)}: string" for p in op.path_params]
        path_obj = ", ".join(f"{literal(p.name)}: {camel(p.name)}" for p in op.path_params)
        where = f"{{ {path_obj} }}" if op.path_params else "undefined"
        has_params = op.body is not None or bool(op.query_params)
        params = "T." + self.params_type(op) if has_params else ""
        options = "options?: RequestOptions"
        args = ", ".join(
            [*path_args, *([self._params_arg(op, params)] if has_params else []), options]
        )
        given = "params" if has_params else "undefined"
        if op.stream_event_schema and not op.response_schema:
            event = "T." + self.event_type(op)
            body = f"return this._stream<{event}>({const}, {given}, {where}, options);"
            return [Method(name, _code(doc, f"{name}({args}): Promise<Stream<{event}>>", body))]
        answer = self.answer_type(op.response_schema)
        answer = answer if answer == "void" else "T." + answer
        if not op.stream_event_schema:
            body = f"return this._call<{answer}>({const}, {given}, {where}, options);"
            return [Method(name, _code(doc, f"{name}({args}): Promise<{answer}>", body))]
        event = "T." + self.event_type(op)
        both = f"Promise<{answer} | Stream<{event}>>"
        streamed = ", ".join([*path_args, f"params: {params} & {{ stream: true }}", options])
        plain = ", ".join(
            [*path_args, f"params: {params} & {{ stream?: false | undefined }}", options]
        )
        overloads = (
            f"{name}({streamed}): Promise<Stream<{event}>>;\n"
            f"  {name}({plain}): Promise<{answer}>;\n"
            f"  {name}({args}): {both};\n"
            f"  {name}({args}): {both}"
        )
        code = _code(
            doc,
            overloads,
            "if ((params as { stream?: unknown }).stream === true) {",
            f"  return this._stream<{event}>({const}, params, {where}, options);",
            "}",
            f"return this._call<{answer}>({const}, params, {where}, options);",
        )
        # `messages.stream(...)`, as the vendor SDKs spell a streaming call.
        stream_name = "stream" if name == "create" else f"{name}Stream"
        stream_args = ", ".join(
            [*path_args, f"params: DistributiveOmit<{params}, 'stream'>", options]
        )
        stream_code = _code(
            f"`{name}` with `stream: true`: resolves with the async iterable of its events.",
            f"{stream_name}({stream_args}): Promise<Stream<{event}>>",
            f"return this._stream<{event}>({const}, {{ ...params, stream: true }}, {where}, "
            "options);",
        )
        return [Method(name, code), Method(stream_name, stream_code)]

    def validate_method(self, op: Operation, name: str) -> Method:
        const = self.op_const(op)
        params = "T." + self.params_type(op)
        doc = (
            f"Check a `{camel(op.method_name)}` body against every rule of {op.operation_id} "
            "without sending anything; rejects with `ValidationError` naming each broken rule."
        )
        body = f"return this._validate({const}, params);"
        return Method(name, _code(doc, f"{name}(params: {params}): Promise<void>", body))

    def task_methods(self, task: Task) -> tuple[list[Method], str]:
        create, status = task.create, task.status
        create_const, status_const = self.op_const(create), self.op_const(status)
        params = "T." + self.params_type(create)
        status_name = self.types.component_type(task.status_schema, request=False)
        status_type = "T." + status_name
        fields = " | ".join(literal(f) for f in task.completed_fields) or "never"
        if task.completed_schema not in self.params_names:
            self.params_names.add(task.completed_schema)
            listed = ", ".join(task.completed_fields) or "no result fields"
            self.type_blocks.append(
                doc_comment(f"A completed status: {listed} always present.", "")
                + f"export type {task.completed_schema} = Completed<{status_name}, {fields}>;\n"
            )
        completed = "T." + task.completed_schema
        accepted = "T." + self.types.component_type("TaskAccepted", request=False)
        required = self._params_arg(create, params)
        options = "options?: RequestOptions"
        wait_doc = _doc(
            "Wait for the task to finish and resolve with its completed status.",
            "Polls the status operation at once, then every 5 s growing to `maxPollInterval`; "
            "rejects with `TaskFailedError` (the server's message) when the task fails, "
            "`TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed "
            "status lacks its results. `onProgress(status, elapsedMs)` runs after every check. "
            f"Completed results always include: {', '.join(task.completed_fields)}.",
        )
        run_doc = _doc(
            f"{create.summary}, then wait for it to finish (`create` + `wait`); resolves with the "
            "completed status.",
            "Takes the body of `create`; `options.wait` controls the wait as in `wait`.",
        )
        validate_doc = (
            f"Check a `create` body against every rule of {create.operation_id} without sending "
            "anything; rejects with `ValidationError` naming each broken rule."
        )
        callback_doc = (
            "Verify a callback delivery's signature (see `webhooks.verify`) and parse its body "
            "into the task status. Pass the raw body exactly as received, and the request headers."
        )
        callback_args = "rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions"
        methods = [
            Method(
                "create",
                _declaration(
                    _operation_doc(create), f"create({required}, {options}): Promise<{accepted}>"
                ),
            ),
            Method(
                "get",
                _declaration(
                    _operation_doc(status), f"get(id: string, {options}): Promise<{status_type}>"
                ),
            ),
            Method(
                "wait",
                _declaration(
                    wait_doc,
                    f"wait(id: string, options?: WaitOptions<{status_type}>): Promise<{completed}>",
                ),
            ),
            Method(
                "run",
                _declaration(
                    run_doc,
                    f"run({required}, options?: RunOptions<{status_type}>): Promise<{completed}>",
                ),
            ),
            Method(
                "validate", _declaration(validate_doc, f"validate(params: {params}): Promise<void>")
            ),
            Method(
                "parseCallback",
                _declaration(
                    callback_doc, f"parseCallback({callback_args}): Promise<{status_type}>"
                ),
            ),
        ]
        spec = (
            f"{{ create: {create_const}, status: {status_const}, "
            f"completed: {json.dumps(list(task.completed_fields))} }}"
        )
        return methods, spec

    # -- the tree -----------------------------------------------------------------------------

    def build(self) -> GroupContext:
        ns = self.namespace
        nodes: dict[tuple[str, ...], list[Operation]] = {(): []}
        for op in ns.operations:
            for depth in range(len(op.resource_path) + 1):
                nodes.setdefault(op.resource_path[:depth], [])
            nodes[op.resource_path].append(op)
        tasks = {task.create.resource_path: task for task in ns.tasks}
        task_paths = set(tasks)
        resources = []
        for path in sorted(nodes, key=lambda p: (-len(p), p)):
            task = tasks.get(path)
            methods: list[Method] = []
            spec = None
            handled = {task.create.operation_id, task.status.operation_id} if task else set()
            declarations: list[Method] = []
            if task:
                declarations, spec = self.task_methods(task)
            own = [op for op in nodes[path] if op.operation_id not in handled]
            for op in own:
                methods += self.call_methods(op)
            body_ops = [op for op in own if op.body is not None]
            for op in body_ops:
                name = (
                    "validate"
                    if len(body_ops) == 1 and not task
                    else f"validate{type_name(op.method_name)}"
                )
                methods.append(self.validate_method(op, name))
            children = []
            for child in sorted(
                n for n in nodes if len(n) == len(path) + 1 and n[: len(path)] == path
            ):
                alias = plural(camel(child[-1])) if child in task_paths else None
                children.append((camel(child[-1]), class_name(child) or ns.class_name, alias))
            names = (
                [m.name for m in methods]
                + [c[0] for c in children]
                + [c[2] for c in children if c[2]]
            )
            clashes = sorted({n for n in names if names.count(n) > 1} | (set(names) & RESERVED))
            if clashes:
                raise ValueError(f"TypeScript names clash in {ns.name}.{'.'.join(path)}: {clashes}")
            title = " ".join(path).replace("_", " ") if path else ns.name
            doc = ns.description if not path else f"{title[:1].upper() + title[1:]}."
            resource = Resource(
                path, class_name(path) if path else ns.class_name, doc, methods, children, spec
            )
            if task:
                resource.status_type = task.status_schema
                resource.completed_type = task.completed_schema
                resource.declarations = declarations
            resources.append(resource)
        self.types.declare_all()
        declared = [d.text for d in self.types.declarations.values()]
        return GroupContext(
            name=ns.name,
            attribute=camel(ns.name),
            class_name=ns.class_name,
            doc=ns.description or f"The {ns.name} operations.",
            resources=resources,
            operations=self.op_lines,
            types="\n".join([*declared, *self.type_blocks]),
            type_imports={k: sorted(v) for k, v in sorted(self.types.imports.items())},
        )


def _build_group(
    api: Api,
    document: dict[str, Any],
    namespace: Namespace,
    home: dict[str, str],
    inline: dict[str, Any],
) -> GroupContext:
    return GroupBuilder(api, document, namespace, home, inline).build()


def group_contexts(api: Api, document: dict[str, Any]) -> tuple[list[GroupContext], str, list[str]]:
    """Every group's context, the shared types module's body, and the names it exports."""
    inline = inline_responses(document)
    home = _home_map(api, document, inline)
    units = Units("typescript")
    # Every group reads the map of where each component lives and the inline answer schemas.
    # (home is built from sets: its order varies from run to run, and is only looked up.)
    shared_inputs = digest(canonical([sorted(home.items()), inline]))
    groups = [
        units.get(
            "group",
            [namespace_inputs(document, ns), shared_inputs],
            _build_group,
            api,
            document,
            ns,
            home,
            inline,
        )
        for ns in api.namespaces
    ]
    units.save()
    names = [camel(g.name) for g in groups]
    clashes = sorted({n for n in names if names.count(n) > 1} | (set(names) & RESERVED))
    if clashes:
        raise ValueError(f"TypeScript group names clash: {clashes}")
    shared = TsTypes(document, SHARED, home)
    wanted = sorted({n for g in groups for n in g.type_imports.get(SHARED, [])})
    for name in wanted:
        request = name.endswith("Param") and name.removesuffix("Param") in home
        shared.component_type(name.removesuffix("Param") if request else name, request)
    shared.declare_all()
    return groups, "\n".join(d.text for d in shared.declarations.values()), wanted
