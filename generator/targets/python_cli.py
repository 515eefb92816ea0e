"""generated/python/src/runapi/cli/: the `runapi` command line, one command per operation.

The runtime (lazy click groups, execution, output, config, webhooks) is static and copied from
templates/python/cli/static/. Per API group this target writes `cli/commands/<group>.py`: the
group's commands and options as data (`Cmd` / `Opt` tuples), turned into click commands only
when that group is invoked. `cli/_index.py` lists the groups and their summaries, which is all
`runapi --help` needs. Everything shown in help (option kinds, choices, request shapes, rules,
example command lines) is decided here from the IR; the templates only lay it out.
"""

from __future__ import annotations

import json
import re
import shlex
from dataclasses import dataclass, field
from typing import Any

from ..bundle import Bundle
from ..ir import Api, Namespace, Operation, Param, Task, Variant
from ..openapi import json_type, resolve
from .python_context import docstring
from .python_package import PACKAGE as PACKAGE_TEMPLATES
from .render import PROJECT, format_all, template_environment
from .units import Units, namespace_inputs

TEMPLATES = PROJECT / "templates" / "python" / "cli"
STATIC = TEMPLATES / "static"
SOURCE = "python/src/runapi/cli"
PROG = "runapi"

#: Options every operation command has; a body field may not take one of these names.
COMMON_FLAGS = frozenset(
    {
        "--json",
        "--dry-run",
        "--output",
        "--header",
        "--no-validate",
        "--api-key",
        "--management-key",
        "--base-url",
        "--timeout",
        "--wait",
        "--download",
        "--poll-interval",
        "--help",
    }
)
SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}


def dashed(name: str) -> str:
    """`text_to_video` -> `text-to-video`; `generationConfig` -> `generation-config`."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "-", name).replace("_", "-").lower()


@dataclass
class OptView:
    field: str
    flag: str
    kind: str  # str | int | float | bool | choice | list | json | value | file
    help: str
    choices: tuple[Any, ...] = ()
    item: str = ""  # list items: str | int | float | json
    required: bool = False
    strings: bool = True  # value kind: plain text is taken as a string

    @property
    def code(self) -> str:
        parts = [f"{self.field!r}", f"{self.flag!r}", f"{self.kind!r}", f"{self.help!r}"]
        extras = []
        if self.choices:
            extras.append(f"choices={self.choices!r}")
        if self.item:
            extras.append(f"item={self.item!r}")
        if self.required:
            extras.append("required=True")
        if not self.strings:
            extras.append("strings=False")
        return f"Opt({', '.join(parts + extras)})"


@dataclass
class CmdView:
    name: str
    path: tuple[str, ...]
    operation_id: str
    action: str  # call | create | get | wait | run
    call: tuple[str, ...]
    method: str
    summary: str
    help: str
    epilog: str
    args: tuple[str, ...] = ()
    query: str = "()"  # name of an options tuple in the module, or "()"
    options: str = "()"
    body: str = "none"

    @property
    def code(self) -> str:
        fields = {
            "name": repr(self.name),
            "path": repr(self.path),
            "operation_id": repr(self.operation_id),
            "action": repr(self.action),
            "call": repr(self.call),
            "method": repr(self.method),
            "summary": repr(self.summary),
            "help": repr(self.help),
            "epilog": repr(self.epilog),
            "args": repr(self.args),
            "query": self.query,
            "options": self.options,
            "body": repr(self.body),
        }
        return "Cmd(" + ", ".join(f"{k}={v}" for k, v in fields.items()) + ")"


@dataclass
class GroupView:
    name: str  # CLI name
    module: str
    summary: str
    doc: str
    option_sets: list[tuple[str, str]] = field(default_factory=list)  # (variable, code)
    subgroups: list[tuple[str, str]] = field(default_factory=list)  # (repr path, repr help)
    commands: list[str] = field(default_factory=list)  # Cmd(...) code

    @property
    def summary_code(self) -> str:
        return repr(self.summary)

    @property
    def index_entry(self) -> str:
        return f"{self.name!r}: ({self.module!r}, {self.summary!r})"


# ---------------------------------------------------------------------------------------------
# Options from schemas
# ---------------------------------------------------------------------------------------------


def _first_sentence_block(text: str) -> str:
    """An option's help: its description's first paragraph, on one line."""
    paragraph = text.strip().split("\n\n")[0]
    return " ".join(paragraph.split())


def _types(document: dict[str, Any], schema: Any, depth: int = 0) -> set[str]:
    """JSON types a schema admits (`enum`/`const` values counted by their type)."""
    schema = resolve(document, schema)
    if not isinstance(schema, dict) or depth > 6:
        return {"any"}
    if "const" in schema:
        return {json_type(schema["const"])}
    if isinstance(schema.get("enum"), list):
        return {json_type(v) for v in schema["enum"]}
    found: set[str] = set()
    kind = schema.get("type")
    if isinstance(kind, str):
        found.add(kind)
    elif isinstance(kind, list):
        found.update(str(k) for k in kind)
    for key in ("oneOf", "anyOf"):
        for member in schema.get(key) or []:
            found |= _types(document, member, depth + 1)
    return found or {"any"}


def _fixed_values(schema: Any) -> list[Any] | None:
    """The values a schema allows when it lists them (`const` or `enum`), else None."""
    if not isinstance(schema, dict):
        return None
    if "const" in schema:
        return [schema["const"]]
    if isinstance(schema.get("enum"), list):
        return list(schema["enum"])
    return None


def _option(
    document: dict[str, Any],
    name: str,
    params: list[Param],
    total: int,
    labels: list[str],
    selector: bool = False,
) -> OptView:
    schemas = [p.schema for p in params]
    description = next((p.description for p in params if p.description), "")
    types: set[str] = set()
    for schema in schemas:
        types |= _types(document, schema)
    non_null = types - {"null"}
    kind, item, choices, strings = "value", "", (), True
    listed = [_fixed_values(s) for s in schemas]
    if all(values is not None for values in listed):
        values = list(dict.fromkeys(v for vs in listed if vs for v in vs if v is not None))
        if values and all(isinstance(v, bool) for v in values):
            kind = "bool"
        elif values and (
            all(isinstance(v, str) for v in values)
            or all(isinstance(v, int) and not isinstance(v, bool) for v in values)
        ):
            kind, choices = "choice", tuple(values)
    if kind == "value":
        binary = any(isinstance(s, dict) and s.get("format") == "binary" for s in schemas)
        if binary:
            kind = "file"
        elif non_null == {"string"}:
            kind = "str"
        elif non_null == {"integer"}:
            kind = "int"
        elif non_null and non_null <= {"integer", "number"}:
            kind = "float"
        elif non_null == {"boolean"}:
            kind = "bool"
        elif non_null == {"object"}:
            kind = "json"
        elif non_null == {"array"}:
            kind = "list"
            item_types: set[str] = set()
            for schema in schemas:
                resolved = resolve(document, schema) or {}
                item_types |= _types(document, resolved.get("items", {}))
            item_kind = item_types - {"null"}
            item = SCALARS.get(next(iter(item_kind)), "json") if len(item_kind) == 1 else "json"
            if item == "bool":
                item = "json"
        else:
            strings = "string" in non_null
    required = len(params) == total and all(p.required for p in params)
    text = _first_sentence_block(description)
    if selector:
        text = "Selects the request shape (see below)."
    if kind == "list":
        text += (
            " Repeat the option for each item."
            if item != "json"
            else " Repeatable; each a JSON value."
        )
    elif kind == "json":
        text += " A JSON object (or @file)."
    elif kind == "value":
        text += " A JSON value, or plain text." if strings else " A JSON value."
    if len(params) < total and labels:
        text += f" Only for: {', '.join(labels)}."
    if required:
        text += " Required."
    return OptView(
        field=name,
        flag="--" + dashed(name),
        kind=kind,
        help=text.strip(),
        choices=choices,
        item=item,
        required=required,
        strings=strings,
    )


def body_options(document: dict[str, Any], operation: Operation) -> list[OptView]:
    if operation.body is None:
        return []
    variants = operation.body.variants
    by_name: dict[str, list[tuple[Param, Variant]]] = {}
    for variant in variants:
        for param in variant.params:
            by_name.setdefault(param.name, []).append((param, variant))
    options = []
    for name, found in by_name.items():
        labels = [v.label for _, v in found if v.label]
        selector = name in operation.body.discriminators
        params = [p for p, _ in found]
        options.append(_option(document, name, params, len(variants), labels, selector))
    options.sort(key=lambda o: (not o.required, o.field))
    _check_flags(operation, options)
    return options


def query_options(document: dict[str, Any], operation: Operation) -> list[OptView]:
    options = [_option(document, p.name, [p], 1, []) for p in operation.query_params]
    _check_flags(operation, options)
    return options


def _check_flags(operation: Operation, options: list[OptView]) -> None:
    seen: set[str] = set()
    for option in options:
        if option.flag in COMMON_FLAGS or option.flag in seen:
            raise ValueError(
                f"{operation.operation_id}: field {option.field!r} maps to the CLI option "
                f"{option.flag}, which is taken"
            )
        seen.add(option.flag)


# ---------------------------------------------------------------------------------------------
# Help text: descriptions, request shapes, rules, examples
# ---------------------------------------------------------------------------------------------


def click_text(text: str) -> str:
    """Markdown-ish prose as click help: paragraphs with lists or tables are kept verbatim."""
    paragraphs = []
    for paragraph in text.strip().split("\n\n"):
        lines = paragraph.split("\n")
        if any(line.lstrip().startswith(("-", "|", "*", "```")) for line in lines):
            paragraphs.append("\b\n" + paragraph)
        else:
            paragraphs.append(" ".join(paragraph.split()))
    return "\n\n".join(p for p in paragraphs if p.strip())


def _shapes(operation: Operation, options: list[OptView]) -> str:
    if operation.body is None:
        return ""
    flags = {o.field: o.flag for o in options}
    blocks = []
    variants = operation.body.variants
    for variant in variants:
        lines = []
        if variant.label:
            lines.append(f"  {variant.label}")
        indent = "    " if variant.label else "  "
        required = [flags.get(p.name, p.name) for p in variant.params if p.required]
        if len(variants) > 1 and required:
            lines.append(f"{indent}required: {', '.join(required)}")
        for rule in variant.rules:
            lines.append(f"{indent}rule: {' '.join(rule.split())}")
        if lines:
            blocks.append("\b\n" + "\n".join(lines))
    if not blocks:
        return ""
    chosen = ", ".join(operation.body.discriminators)
    title = "Request shapes" + (f" (chosen by {chosen})" if chosen else "") + ":"
    if len(variants) == 1 and not variants[0].label:
        title = "Rules checked before sending:"
    return title + "\n\n" + "\n\n".join(blocks)


def _render_value(option: OptView, value: Any) -> list[str] | None:
    """Command-line words for one example field, or None to pass it through --json."""
    if value is None:
        return None
    flag = option.flag
    if option.kind == "bool":
        if not isinstance(value, bool):
            return None
        return [flag if value else "--no-" + flag[2:]]
    if option.kind == "list":
        if not isinstance(value, list) or not value:
            return None
        words: list[str] = []
        for entry in value:
            if option.item == "json":
                words += [flag, json.dumps(entry, ensure_ascii=False, separators=(",", ":"))]
            elif option.item == "str" and isinstance(entry, str):
                words += [flag, entry]
            elif option.item in ("int", "float") and isinstance(entry, int | float):
                words += [flag, str(entry)]
            else:
                return None
        return words
    if option.kind == "json":
        return [flag, json.dumps(value, ensure_ascii=False, separators=(",", ":"))]
    if option.kind == "value":
        plain = isinstance(value, str) and option.strings and not value.startswith(("[", "{"))
        text = value if plain else json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        return [flag, text]
    if option.kind in ("str", "choice") and isinstance(value, str):
        return [flag, value]
    if option.kind in ("int", "choice") and isinstance(value, int) and not isinstance(value, bool):
        return [flag, str(value)]
    if option.kind == "float" and isinstance(value, int | float) and not isinstance(value, bool):
        return [flag, str(value)]
    return None


def example_line(words: list[str], options: list[OptView], body: Any) -> str:
    by_field = {o.field: o for o in options}
    rest: dict[str, Any] = {}
    for name, value in (body or {}).items() if isinstance(body, dict) else []:
        option = by_field.get(name)
        rendered = _render_value(option, value) if option else None
        if rendered is None:
            rest[name] = value
        else:
            words = [*words, *rendered]
    if rest:
        words = [*words, "--json", json.dumps(rest, ensure_ascii=False, separators=(",", ":"))]
    return " ".join(shlex.quote(w) if i > 0 else w for i, w in enumerate(words))


def _examples(
    operation: Operation, command: list[str], args: list[str], options: list[OptView]
) -> list[str]:
    base = [PROG, *command, *[a.upper() for a in args]]
    if operation.request_examples:
        return [example_line(base, options, body) for _, body in operation.request_examples[:2]]
    return [" ".join(base)]


def _epilog(sections: list[str]) -> str:
    return "\n\n".join(s for s in sections if s)


def _example_section(lines: list[str]) -> str:
    if not lines:
        return ""
    return (
        "Example"
        + ("s" if len(lines) > 1 else "")
        + ":\n\n\b\n"
        + "\n".join(f"  {line}" for line in lines)
    )


# ---------------------------------------------------------------------------------------------
# Commands of one group
# ---------------------------------------------------------------------------------------------


def _description(operation: Operation) -> str:
    parts = [operation.summary.rstrip(".") + "." if operation.summary else ""]
    if operation.description:
        parts.append(click_text(operation.description))
    parts.append(f"{operation.http_method} {operation.path}")
    return "\n\n".join(p for p in parts if p)


def _verb_summary(namespace: Namespace) -> str:
    """A group's one line from its operations: "List, create and delete API keys".

    Used when the group's tag describes several groups at once: `runapi --help` shows one
    line per group, and the shared text says nothing about the group itself.
    """
    verbs = list(
        dict.fromkeys(op.summary.split()[0].lower() for op in namespace.operations if op.summary)
    )
    if not verbs:
        return f"The {namespace.name.replace('_', ' ')} operations."
    listing = next((op for op in namespace.operations if op.method_name == "list"), None)
    things = (
        listing.summary.split(" ", 1)[1]
        if listing is not None and " " in listing.summary
        else namespace.name.replace("_", " ")
    )
    said = verbs[0] if len(verbs) == 1 else f"{', '.join(verbs[:-1])} and {verbs[-1]}"
    return f"{said.capitalize()} {things}."


def _group_view(document: dict[str, Any], namespace: Namespace, shared: bool) -> GroupView:
    name = dashed(namespace.name)
    described = namespace.description and not shared
    summary = " ".join((namespace.description if described else _verb_summary(namespace)).split())
    view = GroupView(name=name, module=namespace.name, summary=summary, doc=docstring(summary))
    tasks: dict[str, Task] = {t.create.operation_id: t for t in namespace.tasks}
    status_ids = {t.status.operation_id for t in namespace.tasks}
    subgroups: dict[tuple[str, ...], str] = {}
    leaves: set[tuple[str, ...]] = set()

    def options_var(label: str, options: list[OptView]) -> str:
        if not options:
            return "()"
        variable = f"_{label.upper()}_{len(view.option_sets)}"
        codes = [f"    {o.code}," for o in options]
        view.option_sets.append((variable, "(\n" + "\n".join(codes) + "\n)"))
        return variable

    def add(command: CmdView) -> None:
        full = (*command.path, command.name)
        if full in leaves or full in subgroups:
            raise ValueError(f"CLI command {' '.join(full)} defined twice")
        leaves.add(full)
        for depth in range(1, len(command.path) + 1):
            prefix = command.path[:depth]
            if prefix in leaves:
                raise ValueError(f"CLI name {' '.join(prefix)} is both a command and a group")
            subgroups.setdefault(prefix, f"{prefix[-1].replace('-', ' ').capitalize()}.")
        view.commands.append(command.code)

    for operation in namespace.operations:
        path = tuple(dashed(p) for p in operation.resource_path)
        action_name = dashed(operation.method_name)
        command_words = [name, *path, action_name]
        args = [p.name for p in operation.path_params]
        body = body_options(document, operation)
        query = query_options(document, operation)
        body_var = options_var("body", body)
        query_var = options_var("query", query)
        body_kind = "none"
        if operation.body is not None:
            body_kind = (
                "multipart" if operation.body.media_type == "multipart/form-data" else "json"
            )
        shapes = _shapes(operation, body)
        call = (operation.namespace, *operation.resource_path)
        task = tasks.get(operation.operation_id)
        if task is not None:
            create_help = (
                _description(operation)
                + "\n\nAnswers at once with the task (its id and status); add --wait, or use "
                + f"`{' '.join([PROG, name, *path, 'run'])}`, to wait for the result."
            )
            examples = _examples(operation, command_words, args, body)
            add(
                CmdView(
                    name=action_name,
                    path=path,
                    operation_id=operation.operation_id,
                    action="create",
                    call=call,
                    method=operation.method_name,
                    summary=operation.summary,
                    help=create_help,
                    epilog=_epilog([shapes, _example_section(examples)]),
                    args=tuple(args),
                    query=query_var,
                    options=body_var,
                    body=body_kind,
                )
            )
            run_words = [name, *path, "run"]
            run_help = (
                f"{operation.summary.rstrip('.')}, then wait for the result.\n\n"
                "Takes the same options as `create`, waits with a progress line on stderr and "
                "prints the completed task; --download DIR saves its result files."
            )
            add(
                CmdView(
                    name="run",
                    path=path,
                    operation_id=operation.operation_id,
                    action="run",
                    call=call,
                    method=operation.method_name,
                    summary=f"{operation.summary.rstrip('.')} and wait for the result",
                    help=run_help,
                    epilog=_epilog(
                        [shapes, _example_section(_examples(operation, run_words, args, body))]
                    ),
                    args=tuple(args),
                    query=query_var,
                    options=body_var,
                    body=body_kind,
                )
            )
            status = task.status
            wait_help = (
                "Wait for a task to finish and print its completed status.\n\n"
                "Polls the task with a progress line on stderr until it completes (exit 0), "
                "fails (exit 7) or --timeout passes (exit 8); --download DIR saves its result "
                f"files. Completed results include: {', '.join(task.completed_fields) or '-'}."
            )
            add(
                CmdView(
                    name="wait",
                    path=path,
                    operation_id=status.operation_id,
                    action="wait",
                    call=call,
                    method="wait",
                    summary="Wait for a task to finish",
                    help=wait_help,
                    epilog=_example_section([" ".join([PROG, name, *path, "wait", "ID"])]),
                    args=("id",),
                )
            )
            continue
        action = "get" if operation.operation_id in status_ids else "call"
        add(
            CmdView(
                name=action_name,
                path=path,
                operation_id=operation.operation_id,
                action=action,
                call=call,
                method=operation.method_name,
                summary=operation.summary,
                help=_description(operation),
                epilog=_epilog(
                    [shapes, _example_section(_examples(operation, command_words, args, body))]
                ),
                args=tuple(args),
                query=query_var,
                options=body_var,
                body=body_kind,
            )
        )
    view.subgroups = [(repr(p), repr(h)) for p, h in sorted(subgroups.items())]
    return view


def cli_files(api: Api, document: dict[str, Any]) -> dict[str, str]:
    env = template_environment(TEMPLATES)
    files: dict[str, str] = {}
    for path in sorted(STATIC.glob("*.py")):
        files[f"{SOURCE}/{path.name}"] = path.read_text(encoding="utf-8")
    # A tag's description shared by several groups describes none of them alone.
    tag_texts = [ns.description for ns in api.namespaces if ns.description]
    shared = {text for text in tag_texts if tag_texts.count(text) > 1}
    units = Units("cli")
    groups = [
        units.get(
            "group",
            [namespace_inputs(document, ns), ns.description in shared],
            _group_view,
            document,
            ns,
            ns.description in shared,
        )
        for ns in api.namespaces
    ]
    units.save()
    names = [g.name for g in groups]
    if len(set(names)) != len(names):
        raise ValueError(f"two API groups share a CLI name: {names}")
    template = env.get_template("commands.py.j2")
    for group in groups:
        files[f"{SOURCE}/commands/{group.module}.py"] = template.render(group=group)
    files[f"{SOURCE}/commands/__init__.py"] = env.get_template("commands__init__.py.j2").render()
    kinds = [
        repr((kind.id, kind.name, tuple(dashed(ns) for ns in kind.namespaces)))
        for kind in api.kinds
    ]
    files[f"{SOURCE}/_index.py"] = env.get_template("_index.py.j2").render(
        entries=[g.index_entry for g in groups], operations=len(api.operations), kinds=kinds
    )
    models = [repr((m.id, m.kind, m.operation_ids, m.description)) for m in api.models]
    files[f"{SOURCE}/_catalogue.py"] = env.get_template("_catalogue.py.j2").render(models=models)
    return files


def render(api: Api, bundle: Bundle) -> dict[str, bytes]:
    document = bundle.document
    files = cli_files(api, document)
    # Ruff formats with the package's own configuration, so it needs the package's
    # pyproject.toml next to the files; it belongs to the python target and is not returned.
    info = document.get("info") or {}
    pyproject = template_environment(PACKAGE_TEMPLATES).get_template("pyproject.toml.j2")
    config = pyproject.render(version=api.version, summary=str(info.get("summary", "")).rstrip("."))
    formatted = format_all({**files, "python/pyproject.toml": config}, "python")
    return {name: formatted[name].encode("utf-8") for name in sorted(files)}
