"""The agent skill: SKILL.md plus one reference file per API group, in the Agent Skills format.

Rendered twice from the same files: into the Python package (`runapi/skill/`, which
`runapi agent install-skill` copies where an agent runtime reads skills) and into
generated/skill/runapi-cli/ for inspection. SKILL.md stays small (what RunAPI is, auth, how to
pick a model by kind, the create/run/wait/download pattern, callbacks, exit codes); the
per-group detail (each command with its required fields and rules per model, compactly) lives
in references/<group>.md, which an agent opens only when it needs that group.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from typing import Any

from ..bundle import Bundle
from ..ir import Api, Namespace, Operation, Param, Variant
from .docs_examples import cli_words
from .docs_site import allowed_text
from .python_cli import STATIC as CLI_STATIC
from .python_cli import body_options, dashed, example_line
from .render import PROJECT, parse_python, template_environment
from .units import Units, document_parts, ir_digest, namespace_inputs

TEMPLATES = PROJECT / "templates" / "skill"
SKILL_NAME = "runapi-cli"
PACKAGE_DIR = "python/src/runapi/skill"
INSPECT_DIR = f"skill/{SKILL_NAME}"

#: What an agent should do on each exit code of the CLI (the codes themselves and their
#: meaning are read from the CLI runtime, so the two cannot drift; a test checks every code
#: the CLI lists has advice here).
REACTIONS: dict[int, str] = {
    0: "Done; read stdout (JSON).",
    1: "`webhooks verify` only: the callback is forged or stale; reject it.",
    2: "Fix the command: the message names the option or the broken rule. Nothing was sent.",
    3: "Set up the key (`runapi auth status`); do not retry until it is fixed.",
    4: "Out of credits: tell the user; retrying does not help.",
    5: "Rate limited: wait (a minute or more) and retry.",
    6: "API error: read the message; a 5xx may be retried once, a 4xx needs another request.",
    7: "The task failed: read the error in the printed status; change the input, do not resend "
    "the same body.",
    8: "Timed out: the task may still finish; `wait ID` again rather than creating a new one.",
    9: "RunAPI unreachable: check the network or --base-url, then retry.",
    10: "Sent (or maybe sent), but the answer could not be read or the results saved: do not "
    "resend a create blindly; if stderr names a created task, `wait` it, else check the account "
    "before retrying.",
}


@dataclass(frozen=True)
class ExitCode:
    code: int
    meaning: str
    reaction: str


def cli_exit_codes() -> list[tuple[int, str]]:
    """(code, meaning) as the CLI's help lists them (EXIT_CODES in the CLI runtime)."""
    tree = parse_python(CLI_STATIC / "__init__.py")
    text = next(
        node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "EXIT_CODES" for t in node.targets)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    )
    codes: list[tuple[int, str]] = []
    for line in text.splitlines():
        found = re.match(r"^\s+(\d+)\s+(.*)$", line)
        if found:
            codes.append((int(found.group(1)), found.group(2).strip()))
        elif codes and line.startswith("     "):
            code, meaning = codes[-1]
            codes[-1] = (code, f"{meaning} {line.strip()}")
    return codes


def exit_codes() -> list[ExitCode]:
    codes = cli_exit_codes()
    missing = [code for code, _ in codes if code not in REACTIONS]
    if missing:
        raise ValueError(f"the skill has no advice for CLI exit codes {missing}")
    return [ExitCode(code, meaning, REACTIONS[code]) for code, meaning in codes]


# -- compact command descriptions ------------------------------------------------------------


def _flag(name: str) -> str:
    return "--" + dashed(name)


def _field(document: dict[str, Any], param: Param) -> str:
    allowed = allowed_text(document, param.schema)
    return f"{_flag(param.name)} ({allowed})" if allowed else _flag(param.name)


def _shape(document: dict[str, Any], variant: Variant, selectors: set[str]) -> list[str]:
    """A request shape in two or three lines: required, optional, rules."""
    params = [p for p in variant.params if p.name not in selectors]
    required = [_field(document, p) for p in params if p.required]
    optional = [_flag(p.name) for p in params if not p.required and p.name != "callback_url"]
    lines = []
    if required:
        lines.append("required: " + ", ".join(required))
    if optional:
        lines.append("optional: " + " ".join(optional))
    lines += [f"rule: {' '.join(rule.split())}" for rule in variant.rules]
    return lines


@dataclass(frozen=True)
class CommandView:
    heading: str  # `runapi seedance text-to-video run|create|wait|get`
    summary: str
    shapes: list[tuple[str, list[str]]]  # (label, lines)
    result: str  # fields a completed task has


def _command(document: dict[str, Any], api: Api, op: Operation) -> CommandView:
    words = cli_words(op)
    if op.kind == "task_create":
        words[-1] = "run|create"
        heading = " ".join(words) + "   (then: wait ID | get ID)"
    else:
        args = " ".join(p.name.upper() for p in op.path_params)
        heading = " ".join([*words, args]).strip()
    shapes: list[tuple[str, list[str]]] = []
    if op.body is not None:
        selectors = set(op.body.discriminators)
        for variant in op.body.variants:
            lines = _shape(document, variant, selectors)
            label = ", ".join(
                f"--{dashed(name)} "
                + (" | ".join(map(str, value)) if isinstance(value, tuple) else str(value))
                for name, value in variant.selectors
            )
            if not label and variant.models:
                label = "--model " + " | ".join(variant.models)
            shapes.append((label, lines))
    query = [_field(document, p) for p in op.query_params]
    if query:
        shapes.append(("query options", [" ".join(query)]))
    result = ""
    if op.status_operation_id:
        fields = api.operation(op.status_operation_id).completed_fields
        result = ", ".join(fields)
    return CommandView(heading, op.summary.rstrip("."), shapes, result)


@dataclass(frozen=True)
class GroupView:
    name: str  # namespace
    cli: str  # CLI group name
    kinds: str  # "video, image"
    description: str
    commands: list[CommandView]


def _group(document: dict[str, Any], api: Api, namespace: Namespace) -> GroupView:
    commands = [
        _command(document, api, op) for op in namespace.operations if op.kind != "task_status"
    ]
    return GroupView(
        name=namespace.name,
        cli=dashed(namespace.name),
        kinds=", ".join(namespace.kinds),
        description=" ".join(namespace.description.split()).rstrip("."),
        commands=commands,
    )


def skill_files(api: Api, document: dict[str, Any]) -> dict[str, str]:
    """The skill's files by path relative to the skill directory."""
    env = template_environment(TEMPLATES)
    units = Units("skill")
    groups = []
    for ns in api.namespaces:
        # A task's command lists what its status operation's completed tasks hold.
        statuses = {op.status_operation_id for op in ns.operations}
        related = [op for op in api.operations if op.operation_id in statuses]
        inputs = namespace_inputs(document, ns, *related)
        groups.append(units.get("group", inputs, _group, document, api, ns))
    kinds = []
    for kind in api.kinds:
        models = [m for m in api.models if m.kind == kind.id]
        kinds.append(
            {
                "id": kind.id,
                "name": kind.name,
                "groups": [dashed(name) for name in kind.namespaces],
                "refs": [f"references/{name}.md" for name in kind.namespaces],
                "models": len(models),
            }
        )
    info = document.get("info") or {}
    context = {
        "name": SKILL_NAME,
        "summary": " ".join(str(info.get("summary", "")).split()).rstrip("."),
        "operations": len(api.operations),
        "models": len(api.models),
        "kinds": kinds,
        "exit_codes": exit_codes(),
        "example": _example(api, document, units),
    }
    units.save()
    files = {"SKILL.md": env.get_template("SKILL.md.j2").render(context)}
    group_template = env.get_template("group.md.j2")
    for group in groups:
        files[f"references/{group.name}.md"] = group_template.render(group=group)
    return {path: _tidy(text) for path, text in files.items()}


def _example(api: Api, document: dict[str, Any], units: Units) -> dict[str, str] | None:
    """The worked example of SKILL.md, as the CLI writes it (so it passes validation): the
    shortest command line among the spec's request examples of a task, preferring video tasks
    that pick a model and give a prompt. None for a spec without tasks."""
    found: list[tuple[int, int, str, str]] = []
    for op in api.operations:
        if op.kind == "task_create":
            inputs = [ir_digest(op), document_parts(document).of([op])]
            found += units.get("example-lines", inputs, _example_lines, document, op)
    if not found:
        return None
    _rank, _length, line, base = min(found)
    return {
        "run_line": line,
        "create_line": f"{base} create",
        "wait_line": f"{base} wait",
        "get_line": f"{base} get",
    }


def _example_lines(document: dict[str, Any], op: Operation) -> list[tuple[int, int, str, str]]:
    """A task's candidate example lines: (rank, length, line, command base)."""
    found = []
    words = cli_words(op)
    base = " ".join(words[:-1])
    options = body_options(document, op)
    examples = [body for _name, body in op.request_examples if isinstance(body, dict)]
    for example in examples or [{}]:
        body = {k: v for k, v in example.items() if k != "callback_url"}
        line = example_line([*words[:-1], "run"], options, body)
        if not body:
            line += " --json @body.json"
        preferred = op.media_kind == "video" and {"model", "prompt"} <= set(body)
        found.append((0 if preferred else 1, len(line), line, base))
    return found


def _tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip("\n") + "\n"


def render(api: Api, bundle: Bundle) -> dict[str, bytes]:
    files = skill_files(api, bundle.document)
    rendered: dict[str, bytes] = {}
    for relative, text in files.items():
        data = text.encode("utf-8")
        rendered[f"{PACKAGE_DIR}/{relative}"] = data
        rendered[f"{INSPECT_DIR}/{relative}"] = data
    return rendered
