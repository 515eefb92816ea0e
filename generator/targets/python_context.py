"""Template context for the Python SDK: resource trees, methods and their signatures.

Everything a template needs to print is computed here from the IR, so the templates stay
layout: class names, method kinds, docstrings, and the parameter lists of the typed stubs
(one overload per request variant).
"""

from __future__ import annotations

import keyword
import textwrap
from dataclasses import dataclass, field

from ..ir import Api, Namespace, Operation, Param, Task, Variant
from ..names import pascal
from ..python_types import PythonTypes, split_union

#: Keyword-only options every generated call accepts besides the body fields.
REQUEST_OPTIONS = (
    "extra_headers: Mapping[str, str] | None = None",
    "extra_body: Mapping[str, object] | None = None",
    "timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN",
)
STUB_REQUEST_OPTIONS = (
    "extra_headers: Mapping[str, str] | None = ...",
    "extra_body: Mapping[str, object] | None = ...",
    "timeout: float | httpx.Timeout | NotGiven | None = ...",
)
WAIT_OPTIONS = (
    "wait_timeout: float = DEFAULT_WAIT_TIMEOUT",
    "poll_interval: float = DEFAULT_POLL_INTERVAL",
    "max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL",
    "on_progress: ProgressCallback | None = None",
)
STUB_WAIT_OPTIONS = tuple(option.split(" = ")[0] + " = ..." for option in WAIT_OPTIONS)
RESERVED = {
    "self",
    "extra_headers",
    "extra_body",
    "timeout",
    "wait_timeout",
    "poll_interval",
    "max_poll_interval",
    "on_progress",
    "body",
}


def docstring(*parts: str, width: int = 92) -> str:
    """A docstring body: paragraphs wrapped, markdown kept readable, quotes escaped."""
    text = "\n\n".join(p.strip() for p in parts if p and p.strip())
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    lines: list[str] = []
    for paragraph in text.split("\n"):
        if len(paragraph) <= width or paragraph.lstrip().startswith(("-", "|", "`")):
            lines.append(paragraph.rstrip())
        else:
            lines.extend(textwrap.wrap(paragraph, width=width) or [""])
    # The closing quotes follow the last line: keep room for them, or black moves them.
    if lines and len(lines[-1]) > width - 3 and " " in lines[-1].strip():
        head, _, tail = lines[-1].rstrip().rpartition(" ")
        lines[-1:] = [head, tail]
    return "\n".join(lines).strip()


def _arg(name: str) -> str:
    return f"{name}_" if keyword.iskeyword(name) else name


@dataclass
class Method:
    """One public method of a generated resource class."""

    name: str
    kind: str  # call | call_empty | stream | create | get | wait | run | validate | callback
    operation: Operation
    doc: str
    returns: str  # annotation of the sync return type
    overloads: list[tuple[str, str]] = field(default_factory=list)  # stub (params, returns)
    path_params: list[Param] = field(default_factory=list)
    query_params: list[Param] = field(default_factory=list)
    binary_fields: list[str] = field(default_factory=list)
    has_body: bool = False
    stream_event: str | None = None
    body_target: str = ""  # for validate: the operation id it checks


@dataclass
class ResourceClass:
    path: tuple[str, ...]  # attribute path below the client
    class_name: str
    doc: str
    methods: list[Method]
    children: list[tuple[str, str]]  # (attribute, class name)
    task: Task | None = None
    operations: list[Operation] = field(default_factory=list)


def _variant_params(
    variant: Variant, binary: set[str], stub: bool, types: PythonTypes, owner: str
) -> list[str]:
    params = []
    for param in variant.params:
        kind = (
            "FileInput"
            if param.name in binary
            else types.annotation(param.schema, owner + pascal(param.name), "params.")
        )
        default = "..." if stub else "NOT_GIVEN"
        if not param.required:
            kind = f"{kind} | NotGiven"
        text = f"{_arg(param.name)}: {kind}" + ("" if param.required else f" = {default}")
        if len(f"        {text},") > 100 and len(split_union(kind)) > 1:
            # Black and ruff agree on a long union annotation only when it is parenthesized.
            kind = f"({kind})"
            text = f"{_arg(param.name)}: {kind}" + ("" if param.required else f" = {default}")
        params.append(text)
    if variant.open:
        params.append("**extra_fields: object")
    return params


def _binary_fields(operation: Operation) -> list[str]:
    if operation.body is None or operation.body.media_type != "multipart/form-data":
        return []
    names = {
        p.name
        for v in operation.body.variants
        for p in v.params
        if isinstance(p.schema, dict) and p.schema.get("format") == "binary"
    }
    return sorted(names)


def plain_annotation(types: PythonTypes, schema: object) -> str:
    """The Python type a caller passes for `schema`, objects as plain mappings (the IR keeps
    schemas only; Python types are this target's business)."""
    return PythonTypes(types.document, typed_objects=False).annotation(schema, owner="")


def _positional(params: list[Param], types: PythonTypes) -> list[str]:
    found = []
    for p in params:
        kind = plain_annotation(types, p.schema)
        found.append(f"{_arg(p.name)}: {kind if kind != 'object' else 'str'}")
    return found


@dataclass
class ParamsClass:
    """A TypedDict of one closed request variant; stubs take it as `**body: Unpack[...]`."""

    name: str
    doc: str
    fields: list[tuple[str, str, bool, str]]  # (name, annotation, required, description)


def params_class_name(operation: Operation, variant: Variant) -> str:
    base = pascal("_".join((*operation.resource_path, operation.method_name)))
    values = [
        "_".join(map(str, v)) if isinstance(v, tuple) else str(v) for _, v in variant.selectors
    ]
    return f"{base}{pascal('_'.join(values))}Params"


def params_classes(namespace: Namespace, types: PythonTypes) -> list[ParamsClass]:
    found: dict[str, ParamsClass] = {}
    for operation in namespace.operations:
        if operation.body is None:
            continue
        binary = set(_binary_fields(operation))
        for variant in operation.body.variants:
            if variant.open:
                continue
            name = params_class_name(operation, variant)
            fields = [
                (
                    p.name,
                    "FileInput"
                    if p.name in binary
                    else types.annotation(p.schema, name.removesuffix("Params") + pascal(p.name)),
                    p.required,
                    docstring(p.description),
                )
                for p in variant.params
            ]
            shape = f" ({variant.label})" if variant.selectors else ""
            doc = docstring(f"Body of `{operation.operation_id}`{shape}.")
            found[name] = ParamsClass(name, doc, fields)
    return list(found.values())


def _stub_signatures(operation: Operation, extra: tuple[str, ...], types: PythonTypes) -> list[str]:
    """Parameter lists (after `self`) of the stub overloads for one operation."""
    positional = _positional(list(operation.path_params), types)
    queries = [
        f"{_arg(q.name)}: {plain_annotation(types, q.schema)} | NotGiven = ..."
        for q in operation.query_params
    ]
    if operation.body is None:
        options = [o for o in STUB_REQUEST_OPTIONS if not o.startswith("extra_body")]
        return [", ".join([*positional, "*", *queries, *options, *extra])]
    binary = set(_binary_fields(operation))
    signatures = []
    for variant in operation.body.variants:
        if not variant.open:
            unpacked = f"**body: Unpack[params.{params_class_name(operation, variant)}]"
            parts = [*positional, "*", *queries, *STUB_REQUEST_OPTIONS, *extra, unpacked]
        else:
            owner = params_class_name(operation, variant).removesuffix("Params")
            body = _variant_params(variant, binary, True, types, owner)
            opened = [p for p in body if p.startswith("**")]
            named = [p for p in body if not p.startswith("**")]
            parts = [*positional, "*", *queries, *named, *STUB_REQUEST_OPTIONS, *extra, *opened]
        signatures.append(", ".join(parts))
    return signatures


def _model(name: str | None) -> str:
    return f"types.{name}" if name else "None"


def _operation_doc(operation: Operation) -> str:
    lines = [operation.summary, operation.description]
    if operation.body is not None and len(operation.body.variants) > 1:
        shapes = "\n".join(f"- {v.label}" for v in operation.body.variants)
        lines.append(f"Accepted request shapes (one overload each):\n{shapes}")
    rules = sorted(
        {r for v in (operation.body.variants if operation.body else ()) for r in v.rules}
    )
    if rules:
        lines.append("Rules checked before sending:\n" + "\n".join(f"- {r}" for r in rules))
    lines.append(f"`{operation.http_method} {operation.path}`")
    return docstring(*lines)


def _with_returns(signatures: list[str], returns: str) -> list[tuple[str, str]]:
    return [(signature, returns) for signature in signatures]


def _stream_overloads(signatures: list[str], model: str, stream: str) -> list[tuple[str, str]]:
    """`stream: Literal[True]` gives the event stream, false or absent the model."""
    found = []
    for signature in signatures:
        parts = signature.split(", ")
        index = next(i for i, p in enumerate(parts) if p.startswith("stream:"))
        for annotation, returns in (
            ("stream: Literal[False] | NotGiven = ...", model),
            ("stream: Literal[True]", stream),
            ("stream: bool | NotGiven = ...", f"{model} | {stream}"),
        ):
            changed = [*parts[:index], annotation, *parts[index + 1 :]]
            if "=" not in annotation:  # a required keyword may follow defaults only after `*`
                changed = [*parts[:index], *parts[index + 1 :]]
                star = changed.index("*")
                changed.insert(star + 1, annotation)
            found.append((", ".join(changed), returns))
    return found


def _call_methods(operation: Operation, types: PythonTypes) -> list[Method]:
    has_body = operation.body is not None
    signatures = _stub_signatures(operation, (), types)
    kinds = operation.stream_event_members or (operation.stream_event_schema,)
    event = f"Stream[{' | '.join(f'types.{k}' for k in kinds)}]"
    if operation.stream_event_schema and not operation.response_schema:
        kind, returns = "stream", event
        overloads = _with_returns(signatures, returns)
    elif operation.response_schema is None:
        kind, returns = "call_empty", "None"
        overloads = _with_returns(signatures, returns)
    elif operation.stream_event_schema:
        kind, returns = "call_or_stream", f"{_model(operation.response_schema)} | {event}"
        overloads = _stream_overloads(signatures, _model(operation.response_schema), event)
    else:
        kind, returns = "call", _model(operation.response_schema)
        overloads = _with_returns(signatures, returns)
    method = Method(
        name=operation.method_name,
        kind=kind,
        operation=operation,
        doc=_operation_doc(operation),
        returns=returns,
        overloads=overloads,
        path_params=list(operation.path_params),
        query_params=list(operation.query_params),
        binary_fields=_binary_fields(operation),
        has_body=has_body,
        stream_event=repr(operation.stream_event_members or (operation.stream_event_schema,))
        if operation.stream_event_schema
        else None,
    )
    return [method]


def _task_methods(task: Task, types: PythonTypes) -> list[Method]:
    create, status = task.create, task.status
    created = Method(
        "create",
        "create",
        create,
        _operation_doc(create),
        "TaskAccepted",
        overloads=_with_returns(_stub_signatures(create, (), types), "TaskAccepted"),
        has_body=True,
    )
    get = Method(
        "get",
        "get",
        status,
        _operation_doc(status),
        _model(task.status_schema),
        overloads=_with_returns(_stub_signatures(status, (), types), _model(task.status_schema)),
        path_params=list(status.path_params),
    )
    wait_doc = docstring(
        "Wait for the task to finish and return its completed status.",
        "Polls the status operation every 5 seconds at first, growing to "
        "`max_poll_interval`; raises `TaskFailedError` (with the server's message) when the task "
        "fails and `TaskTimeoutError` after `timeout` seconds. `on_progress(status, elapsed)` is "
        "called after every poll with the status model. `extra_headers` and `request_timeout` "
        "apply to every poll. Completed results always include: "
        f"{', '.join(task.completed_fields)} (an answer without them raises "
        "`IncompleteResultError`).",
    )
    wait = Method("wait", "wait", status, wait_doc, _model(task.completed_schema))
    run_doc = docstring(
        f"{create.summary}, then wait for it to finish (`create` + `wait`); returns the "
        "completed status.",
        "Takes the same fields as `create` (see its documentation for the request shapes and "
        "rules); `wait_timeout`, `poll_interval`, `max_poll_interval` and `on_progress` control "
        "the wait as in `wait`; `extra_headers` and `timeout` apply to the create and every poll.",
    )
    run = Method(
        "run",
        "run",
        create,
        run_doc,
        _model(task.completed_schema),
        overloads=_with_returns(
            _stub_signatures(create, STUB_WAIT_OPTIONS, types), _model(task.completed_schema)
        ),
        has_body=True,
    )
    validate = Method(
        "validate",
        "validate",
        create,
        docstring(
            f"Check a `create` body against every rule of {create.operation_id} without "
            "sending anything; raises `runapi.ValidationError` naming each broken rule."
        ),
        "None",
        overloads=_validate_overloads(create, types),
        has_body=True,
        body_target=create.operation_id,
    )
    callback = Method(
        "parse_callback",
        "callback",
        status,
        docstring(
            "Verify a callback delivery's signature (see `runapi.webhooks.verify`) and parse "
            "its body into the task status model. Pass the raw request body bytes exactly as "
            "received and the request headers."
        ),
        _model(task.status_schema),
    )
    return [created, get, wait, run, validate, callback]


def _validate_overloads(operation: Operation, types: PythonTypes) -> list[tuple[str, str]]:
    """Body fields only: validation takes no path parameters or request options."""
    if operation.body is None:
        return []
    binary = set(_binary_fields(operation))
    found = []
    for variant in operation.body.variants:
        if not variant.open:
            found.append(
                (f"**body: Unpack[params.{params_class_name(operation, variant)}]", "None")
            )
            continue
        owner = params_class_name(operation, variant).removesuffix("Params")
        params = _variant_params(variant, binary, True, types, owner)
        named = [p for p in params if not p.startswith("**")]
        opened = [p for p in params if p.startswith("**")]
        found.append((", ".join(["*", *named, *opened]), "None"))
    return found


def _validate_method(operation: Operation, name: str, types: PythonTypes) -> Method:
    return Method(
        name,
        "validate",
        operation,
        docstring(
            f"Check a `{operation.method_name}` body against every rule of "
            f"{operation.operation_id} without sending anything; raises "
            "`runapi.ValidationError` naming each broken rule."
        ),
        "None",
        overloads=_validate_overloads(operation, types),
        has_body=True,
        body_target=operation.operation_id,
    )


def resource_classes(namespace: Namespace, types: PythonTypes) -> list[ResourceClass]:
    """Every class of one namespace module, children before parents."""
    nodes: dict[tuple[str, ...], list[Operation]] = {(): []}
    for op in namespace.operations:
        for depth in range(len(op.resource_path) + 1):
            nodes.setdefault(op.resource_path[:depth], [])
        nodes[op.resource_path].append(op)
    tasks = {task.create.resource_path: task for task in namespace.tasks}
    classes = []
    for path in sorted(nodes, key=lambda p: (-len(p), p)):
        task = tasks.get(path)
        methods: list[Method] = []
        handled = {task.create.operation_id, task.status.operation_id} if task else set()
        if task:
            methods.extend(_task_methods(task, types))
        body_ops = [op for op in nodes[path] if op.operation_id not in handled and op.body]
        for op in nodes[path]:
            if op.operation_id not in handled:
                methods.extend(_call_methods(op, types))
        for op in body_ops:
            name = "validate" if len(body_ops) == 1 and not task else f"validate_{op.method_name}"
            methods.append(_validate_method(op, name, types))
        children = sorted(
            (child[-1], _class_name(namespace, child))
            for child in nodes
            if len(child) == len(path) + 1 and child[: len(path)] == path
        )
        title = " ".join(path) if path else namespace.name
        doc = namespace.description if not path else f"{title.replace('_', ' ').capitalize()}."
        classes.append(
            ResourceClass(
                path,
                _class_name(namespace, path),
                docstring(doc),
                methods,
                children,
                task,
                nodes[path],
            )
        )
    return classes


def _class_name(namespace: Namespace, path: tuple[str, ...]) -> str:
    return pascal("_".join(path)) if path else namespace.class_name


def reserved_clashes(api: Api) -> list[str]:
    """Body fields whose names would clash with the options every method takes."""
    return sorted(
        f"{op.operation_id}: {param.name}"
        for op in api.operations
        if op.body
        for variant in op.body.variants
        for param in variant.params
        if param.name in RESERVED or not param.name.isidentifier()
    )
