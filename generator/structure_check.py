"""The OpenAPI 3.1 structure check (generator/oas_schema.py) of a whole document, one fragment at
a time: each path item, each component schema, the rest. A fragment's errors are a function of
its content, so they are remembered by content: after an edit only the edited fragments are
checked again. The fragments not remembered are checked in a second process when there are
enough of them to pay for it, while this one runs the other checks."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from . import cache as content_cache
from .parallel import Beside

if TYPE_CHECKING:  # loaded by a check that runs: a remembered verdict does not load jsonschema
    from .oas_schema import Fragment, StructureError

#: The libraries whose behaviour remembered validation results depend on.
VALIDATOR_DISTRIBUTIONS = (
    "openapi-spec-validator",
    "openapi-schema-validator",
    "jsonschema",
    "jsonschema-path",
    "jsonschema-specifications",
    "referencing",
    "rfc3986-validator",
)
#: Fewer fragments than this to check are checked here: a process would cost more than it saves.
WORKER_THRESHOLD = 40


def _check(todo: list[Fragment]) -> list[list[StructureError]]:
    from .oas_schema import fragment_errors

    return [fragment_errors(fragment) for fragment in todo]


class StructureCheck:
    """Started with the document; `errors()` collects the result (the fragments' errors)."""

    def __init__(self, document: dict[str, Any]) -> None:
        from .oas_schema import fragments

        key = content_cache.digest(
            content_cache.versions(*VALIDATOR_DISTRIBUTIONS), content_cache.code_fingerprint()
        )
        self._memo = content_cache.Memo("structure", key)
        self._known: list[StructureError] = []
        self._todo: list[tuple[str, Fragment]] = []
        for fragment in fragments(document):
            fragment_key = content_cache.digest(
                fragment.schema, *fragment.path, json.dumps(fragment.value, ensure_ascii=False)
            )
            found = self._memo.get(fragment_key)
            if found is None:
                self._todo.append((fragment_key, fragment))
            else:
                self._known.extend((tuple(path), message) for path, message in found)
        todo = [fragment for _, fragment in self._todo]
        self._running: Beside[list[list[StructureError]]] | None = (
            Beside(_check, todo) if len(todo) >= WORKER_THRESHOLD else None
        )

    def errors(self) -> list[StructureError]:
        todo = [fragment for _, fragment in self._todo]
        checked = self._running.result() if self._running is not None else _check(todo)
        self._running = None
        found = list(self._known)
        for (key, _), errors in zip(self._todo, checked, strict=True):
            self._memo.put(key, errors)
            found.extend(errors)
        self._memo.save()
        return found

    def close(self) -> None:
        if self._running is not None:
            self._running.close()
            self._running = None
