"""Example code of the reference docs: Python (sync and async), TypeScript, the CLI and curl.

Every example is computed from one request of the spec (`Operation.request_examples`, or a
request built from the operation's parameters when the spec has none), so the four languages
always send the same body. The docs tests run the Python and CLI examples and type-check the
TypeScript ones.
"""

from __future__ import annotations

import json
import re
import shlex
from dataclasses import dataclass
from typing import Any

from ..ir import Json, Operation, Param
from .python_cli import body_options, dashed, example_line, query_options
from .typescript_names import camel

SERVER = "https://runapi.ai"
TASK_ID = "550e8400-e29b-41d4-a716-446655440000"
LINE = 88  # black's line length: examples look like formatted code
INDENT = "    "

#: The header each kind of auth puts on a request, for curl.
AUTH_HEADERS = {
    "api_key": "Authorization: Bearer $RUNAPI_API_KEY",
    "management_key": "Authorization: Bearer $RUNAPI_MANAGEMENT_KEY",
    "llm": "x-api-key: $RUNAPI_API_KEY",
}


@dataclass(frozen=True)
class UploadFile:
    """A file part of a multipart example; each language spells it its own way."""

    name: str
    content_type: str


@dataclass(frozen=True)
class Example:
    title: str
    python: str
    python_async: str
    typescript: str
    cli: str
    curl: str


@dataclass(frozen=True)
class Request:
    """One concrete call: path and query values and the body."""

    title: str
    path_values: tuple[tuple[str, str], ...]
    query: tuple[tuple[str, Json], ...]
    body: dict[str, Json] | None


# -- Python -------------------------------------------------------------------------------


def py_value(value: Json, indent: int = 0) -> str:
    """A Python literal for a JSON value, wrapped like black would when it is long."""
    flat = _py_flat(value)
    if len(flat) + indent <= LINE or not isinstance(value, dict | list) or not value:
        return flat
    inner = INDENT * (indent // 4 + 1)
    if isinstance(value, dict):
        items = [f"{inner}{json.dumps(k)}: {py_value(v, len(inner))}," for k, v in value.items()]
        return "{\n" + "\n".join(items) + "\n" + INDENT * (indent // 4) + "}"
    items = [f"{inner}{py_value(v, len(inner))}," for v in value]
    return "[\n" + "\n".join(items) + "\n" + INDENT * (indent // 4) + "]"


def _py_flat(value: Json) -> str:
    if isinstance(value, UploadFile):
        return f'("{value.name}", b"...file bytes...", "{value.content_type}")'
    if value is None:
        return "None"
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k)}: {_py_flat(v)}" for k, v in value.items()) + "}"
    return "[" + ", ".join(_py_flat(v) for v in value) + "]"


def py_call(
    target: str, positional: list[Json], keywords: list[tuple[str, Json]], depth: int, lead: int = 0
) -> str:
    """`target(args)` on one line when it fits (after `lead` characters such as `x = await `),
    else one argument per line."""
    args = [_py_flat(v) for v in positional] + [f"{k}={_py_flat(v)}" for k, v in keywords]
    flat = f"{target}({', '.join(args)})"
    if len(flat) + 4 * depth + lead <= LINE:
        return flat
    inner = 4 * (depth + 1)
    lines = [f"{INDENT * (depth + 1)}{py_value(v, inner)}," for v in positional]
    lines += [f"{INDENT * (depth + 1)}{k}={py_value(v, inner + len(k) + 1)}," for k, v in keywords]
    return f"{target}(\n" + "\n".join(lines) + "\n" + INDENT * depth + ")"


def _streams(op: Operation, request: Request) -> bool:
    if op.stream_event_schema is None:
        return False
    return op.response_schema is None or bool(request.body and request.body.get("stream") is True)


def _python(op: Operation, request: Request, *, is_async: bool) -> str:
    depth = 2 if is_async else 0
    await_ = "await " if is_async else ""
    pad = INDENT * depth
    streams = _streams(op, request)
    if streams:
        lead, show = ("stream = " + await_, "") if is_async else ("for event in ", "")
    elif op.kind == "task_create":
        lead, show = f"task = {await_}", "task.id"
    elif op.kind == "task_status":
        lead, show = f"status = {await_}", "status.status"
    elif op.response_schema is None:
        lead, show = await_, '"done"'
    else:
        lead, show = f"result = {await_}", "result"
    call = py_call(
        "client." + ".".join(op.call_path),
        [value for _, value in request.path_values],
        [*request.query, *(request.body or {}).items()],
        depth,
        len(lead) + (1 if streams and not is_async else 0),
    )
    if streams and is_async:
        body = f"{pad}{lead}{call}\n{pad}async for event in stream:\n{pad}{INDENT}print(event)\n"
    elif streams:
        body = f"{lead}{call}:\n{INDENT}print(event)\n"
    else:
        body = f"{pad}{lead}{call}\n{pad}print({show})\n"
    if not is_async:
        return f"import runapi\n\nclient = runapi.RunAPI()\n{body}"
    return (
        "import asyncio\n\nimport runapi\n\n\nasync def main() -> None:\n"
        f"    async with runapi.AsyncRunAPI() as client:\n{body}\n\nasyncio.run(main())\n"
    )


# -- TypeScript ----------------------------------------------------------------------------


def ts_value(value: Json, indent: int = 0) -> str:
    """A TypeScript literal for a JSON value (an upload as a `File`), two-space indented."""
    if isinstance(value, UploadFile):
        kind = json.dumps(value.content_type)
        return f"new File(['...file bytes...'], {json.dumps(value.name)}, {{ type: {kind} }})"
    if isinstance(value, dict) and value:
        inner = "  " * (indent + 1)
        items = [f"{inner}{_ts_key(k)}: {ts_value(v, indent + 1)}," for k, v in value.items()]
        return "{\n" + "\n".join(items) + "\n" + "  " * indent + "}"
    if isinstance(value, list) and value and any(isinstance(v, dict | list) for v in value):
        inner = "  " * (indent + 1)
        items = [f"{inner}{ts_value(v, indent + 1)}," for v in value]
        return "[\n" + "\n".join(items) + "\n" + "  " * indent + "]"
    if isinstance(value, list):
        return "[" + ", ".join(ts_value(v, indent) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def _ts_key(name: str) -> str:
    return name if re.fullmatch(r"[A-Za-z_$][A-Za-z0-9_$]*", name) else json.dumps(name)


def _typescript(op: Operation, request: Request) -> str:
    """`client.<camelCase call path>(path values, params)`, as the TypeScript SDK names it."""
    target = "client." + ".".join(camel(segment) for segment in op.call_path)
    args = [json.dumps(str(value)) for _, value in request.path_values]
    params = {**dict(request.query), **(request.body or {})}
    if op.body is not None or request.query:
        args.append(ts_value(params))
    call = f"await {target}({', '.join(args)})"
    if _streams(op, request):
        body = f"const stream = {call};\nfor await (const event of stream) console.log(event);\n"
    elif op.kind == "task_create":
        body = f"const task = {call};\nconsole.log(task.id);\n"
    elif op.kind == "task_status":
        body = f"const status = {call};\nconsole.log(status.status);\n"
    elif op.response_schema is None:
        body = f"{call};\nconsole.log('done');\n"
    else:
        body = f"const result = {call};\nconsole.log(result);\n"
    return f"import RunApi from '@runapi.ai/sdk';\n\nconst client = new RunApi();\n{body}"


# -- CLI and curl -------------------------------------------------------------------------


def cli_words(op: Operation) -> list[str]:
    """`runapi <group> <resource> <action>`, named as the CLI target names its commands."""
    return ["runapi", *(dashed(segment) for segment in op.call_path)]


def _cli_value(value: Json) -> str:
    if isinstance(value, UploadFile):
        return value.name
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _cli(document: dict[str, Any], op: Operation, request: Request) -> str:
    """The CLI command of a request, with the CLI target's own option rules (`example_line`):
    scalars as options, booleans as --x/--no-x, lists as repeated options, the rest in --json."""
    words = [*cli_words(op), *(str(value) for _, value in request.path_values)]
    body = dict(request.body or {})
    files = [(name, value) for name, value in body.items() if isinstance(value, UploadFile)]
    for name, _ in files:
        del body[name]
    options = [*query_options(document, op), *body_options(document, op)]
    line = example_line(words, options, {**dict(request.query), **body})
    tokens = shlex.split(line)
    tokens += [w for name, value in files for w in (f"--{dashed(name)}", value.name)]
    return _wrap_shell(tokens)


def _wrap_shell(tokens: list[str]) -> str:
    """Quoted words, one option (with its value) per line when the command is long."""
    groups: list[list[str]] = [[]]
    for index, token in enumerate(tokens):
        if token.startswith("--") and groups[-1]:
            groups.append([])
        groups[-1].append(token if index == 0 else shlex.quote(token))
    flat = " ".join(" ".join(g) for g in groups)
    if len(flat) <= LINE:
        return flat + "\n"
    return " \\\n  ".join(" ".join(g) for g in groups) + "\n"


def _sq(text: str) -> str:
    """Single-quote for sh, keeping the text readable."""
    return "'" + text.replace("'", "'\\''") + "'"


def _curl(op: Operation, request: Request) -> str:
    path = op.path
    for name, value in request.path_values:
        path = path.replace("{" + name + "}", str(value))
    if request.query:
        path += "?" + "&".join(f"{k}={_cli_value(v)}" for k, v in request.query)
    streams = _streams(op, request)
    first = f"curl{' -N' if streams else ''} -X {op.http_method} {SERVER}{path}"
    parts = [first, f'-H "{AUTH_HEADERS[op.auth]}"']
    if request.body is not None and op.body is not None:
        if op.body.media_type == "multipart/form-data":
            for name, value in request.body.items():
                if isinstance(value, UploadFile):
                    parts.append(f'-F "{name}=@{value.name};type={value.content_type}"')
                else:
                    parts.append(f"-F {_sq(f'{name}={_cli_value(value)}')}")
        else:
            parts.append('-H "Content-Type: application/json"')
            body = json.dumps(request.body, indent=2, ensure_ascii=False).replace("\n", "\n  ")
            parts.append("-d " + _sq(body))
    return " \\\n  ".join(parts) + "\n"


# -- requests of an operation ----------------------------------------------------------------


def _example_value(param: Param) -> Json:
    schema = param.schema if isinstance(param.schema, dict) else {}
    if schema.get("format") == "binary" or schema.get("contentMediaType"):
        return UploadFile("photo.png", "image/png")
    for key in ("const", "default", "example"):
        if key in schema:
            return schema[key]
    if schema.get("examples"):
        return schema["examples"][0]
    if schema.get("enum"):
        return schema["enum"][0]
    match = re.search(r"for example ([A-Za-z0-9_.:-]+[A-Za-z0-9_])", param.description)
    if match:
        return match.group(1)
    kind = schema.get("type")
    if kind == "integer":
        return int(schema.get("minimum", 1))
    if kind == "number":
        return float(schema.get("minimum", 1))
    if kind == "boolean":
        return True
    if param.name.endswith("file_name"):
        return "photo.png"
    return f"your {param.name.replace('_', ' ')}"


def _path_value(op: Operation, param: Param) -> str:
    if op.kind == "task_status":
        return TASK_ID
    return str(_example_value(param))


def requests_of(op: Operation) -> list[Request]:
    """The concrete calls the docs show for `op`: one per spec example, else one built here."""
    path_values = tuple((p.name, _path_value(op, p)) for p in op.path_params)
    query = tuple((p.name, _example_value(p)) for p in op.query_params if p.required or p.schema)
    if op.body is None:
        return [Request("", path_values, query, None)]
    if op.request_examples:
        return [
            Request(_title(name), path_values, query, dict(body))
            for name, body in op.request_examples
        ]
    variant = op.body.variants[0]
    body = {p.name: _example_value(p) for p in variant.params if p.required}
    return [Request("", path_values, query, body)]


def _title(name: str) -> str:
    """`seedance15Pro` / `text_to_music` -> `seedance15 Pro` / `text to music`, for a caption."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name).replace("_", " ")
    return spaced[:1].upper() + spaced[1:]


def examples_of(document: dict[str, Any], op: Operation) -> list[Example]:
    return [
        Example(
            title=request.title,
            python=_python(op, request, is_async=False),
            python_async=_python(op, request, is_async=True),
            typescript=_typescript(op, request),
            cli=_cli(document, op, request),
            curl=_curl(op, request),
        )
        for request in requests_of(op)
    ]
