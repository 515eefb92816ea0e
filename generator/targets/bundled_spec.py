"""generated/openapi.json: the whole spec in one file, no external refs, for other tools."""

from __future__ import annotations

import json

from ..bundle import Bundle
from ..ir import Api


def render(api: Api, bundle: Bundle) -> dict[str, bytes]:
    text = json.dumps(bundle.document, indent=2, ensure_ascii=False) + "\n"
    return {"openapi.json": text.encode("utf-8")}
