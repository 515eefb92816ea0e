"""generated/openapi.json: the whole spec in one file, no external refs, for other tools."""

from __future__ import annotations

import json
from typing import Any

from ..bundle import Bundle
from ..ir import Api
from .units import Units, document_parts


def _indented(value: Any, depth: int) -> str:
    """`json.dumps(value, indent=2)` as it reads `depth` levels down a document (json's indented
    encoder is pure Python: it is most of this target's time)."""
    text = json.dumps(value, indent=2, ensure_ascii=False)
    return text.replace("\n", "\n" + "  " * depth) if depth else text


def _entries(
    section: str, entries: dict[str, Any], depth: int, keyed: dict[str, str], units: Units
) -> str:
    """A mapping `depth` levels down, each entry's text remembered by the entry's content."""
    if not entries:
        return "{}"
    pad = "  " * (depth + 1)
    lines = []
    for name, value in entries.items():
        key = keyed.get(name)
        text = (
            units.get(section, [name, key, depth], _indented, value, depth + 1)
            if key is not None
            else _indented(value, depth + 1)
        )
        lines.append(f"{pad}{json.dumps(name, ensure_ascii=False)}: {text}")
    return "{\n" + ",\n".join(lines) + "\n" + "  " * depth + "}"


def bundled_text(document: dict[str, Any], units: Units) -> str:
    """The document as `json.dumps(document, indent=2, ensure_ascii=False)` writes it."""
    if not document:
        return "{}"
    items = document_parts(document).items
    lines = []
    for name, value in document.items():
        if name == "paths" and isinstance(value, dict):
            text = _entries("path", value, 1, items, units)
        elif name == "components":
            # One unit for the whole section: keyed by the document outside `paths`, which a
            # group edit seldom changes.
            parts = document_parts(document)
            text = units.get("components", [parts.rest], _indented, value, 1)
        else:
            text = _indented(value, 1)
        lines.append(f"  {json.dumps(name, ensure_ascii=False)}: {text}")
    return "{\n" + ",\n".join(lines) + "\n}"


def render(api: Api, bundle: Bundle) -> dict[str, bytes]:
    units = Units("bundle")
    text = bundled_text(bundle.document, units) + "\n"
    units.save()
    return {"openapi.json": text.encode("utf-8")}
