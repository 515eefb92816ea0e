"""generated/typescript/: the npm package `@runapi.ai/sdk` (ESM sources with types).

The hand-written runtime (templates/typescript/static/) is copied into `src/core/`; the
per-API modules are rendered from the IR: the client, one resource module, one types module and
one request-schemas module per group, the operation index of `validateRequest`. `npm run build`
turns `src/` into `dist/`: tsc writes the `.d.ts` files, esbuild bundles the JavaScript into one
module per entry (`index.js`, `node.js`; Node loads one file much faster than fifty), with each
group's schemas and the operation index as chunks loaded on first use. The tests build it so.
"""

from __future__ import annotations

import json
from typing import Any

from ..bundle import Bundle
from ..ir import Api
from ..sdk_version import sdk_version
from .render import PROJECT, template_environment
from .typescript_context import SHARED, GroupContext, group_contexts
from .typescript_schemas import schemas_module
from .typescript_types import doc_comment
from .units import Units, namespace_inputs

TEMPLATES = PROJECT / "templates" / "typescript"
STATIC = TEMPLATES / "static"
NODE_ENTRY = TEMPLATES / "node.ts"
ROOT = "typescript"
SOURCE = f"{ROOT}/src"
HEADER = "// Generated from spec/openapi.yaml; do not edit.\n"


def _dev_version(name: str) -> str:
    """The toolchain's pinned version of a dev tool, so the package builds with the same one."""
    manifest = json.loads((PROJECT / "package.json").read_text(encoding="utf-8"))
    return str(manifest["devDependencies"][name])


def _types_module(group: GroupContext) -> str:
    lines = [
        f"// Types of the {group.name} operations: request bodies and answers.",
        HEADER.rstrip("\n"),
        "import type { Completed } from '../core/resource.js';",
        "import type { Uploadable } from '../core/uploads.js';",
    ]
    for module, names in group.type_imports.items():
        listed = ", ".join(names)
        lines.append(f"import type {{ {listed} }} from './{module}.js';")
        lines.append(f"export type {{ {listed} }};")
    return "\n".join(lines) + "\n\n" + group.types


def _shared_module(text: str) -> str:
    return (
        "// Types several groups share (task envelope, accepted task, common shapes).\n"
        + HEADER
        + "import type { Uploadable } from '../core/uploads.js';\n\n"
        + text
    )


def render(api: Api, bundle: Bundle) -> dict[str, bytes]:
    document = bundle.document
    groups, shared, _ = group_contexts(api, document)
    env = template_environment(TEMPLATES / "package")
    info = document.get("info") or {}
    context: dict[str, Any] = {
        "groups": [
            {
                "name": g.name,
                "property": g.attribute,
                "class_name": g.class_name,
                "doc_comment": doc_comment(g.doc, "  "),
            }
            for g in groups
        ],
        "version": sdk_version(bundle),
        "api_version": api.version,
        "title": api.title,
        "summary": str(info.get("summary", "")).rstrip("."),
        "body_operations": [op for op in api.operations if op.body is not None],
        "typescript_version": _dev_version("typescript"),
        "types_node_version": _dev_version("@types/node"),
        "esbuild_version": _dev_version("esbuild"),
    }
    files: dict[str, str] = {}
    for path in sorted(STATIC.glob("*.ts")):
        files[f"{SOURCE}/core/{path.name}"] = path.read_text(encoding="utf-8")
    files[f"{SOURCE}/node.ts"] = NODE_ENTRY.read_text(encoding="utf-8")
    for template, target in (
        ("package.json.j2", f"{ROOT}/package.json"),
        ("tsconfig.json.j2", f"{ROOT}/tsconfig.json"),
        ("README.md.j2", f"{ROOT}/README.md"),
        ("index.ts.j2", f"{SOURCE}/index.ts"),
        ("client.ts.j2", f"{SOURCE}/client.ts"),
        ("operations.ts.j2", f"{SOURCE}/operations.ts"),
        ("operation_index.ts.j2", f"{SOURCE}/operation_index.ts"),
        ("version.ts.j2", f"{SOURCE}/core/version.ts"),
        ("schemas_index.ts.j2", f"{SOURCE}/schemas/index.ts"),
    ):
        files[target] = env.get_template(template).render(context)
    group_template = env.get_template("resources/group.ts.j2")
    units = Units("typescript-schemas")
    for group, namespace in zip(groups, api.namespaces, strict=True):
        files[f"{SOURCE}/resources/{group.name}.ts"] = group_template.render({"group": group})
        files[f"{SOURCE}/types/{group.name}.ts"] = _types_module(group)
        files[f"{SOURCE}/schemas/{group.name}.ts"] = units.get(
            "schemas", namespace_inputs(document, namespace), schemas_module, document, namespace
        )
    units.save()
    files[f"{SOURCE}/types/{SHARED}.ts"] = _shared_module(shared)
    return {name: text.encode("utf-8") for name, text in sorted(files.items())}
