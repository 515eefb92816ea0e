"""The Python API check: griffe compares the released `runapi` package with the new one.

griffe (the well-kept library for Python API breakage) loads both packages statically (no
import, so two versions can sit side by side) and reports what would break user code: public
objects removed, parameters removed or made required, and so on. Its findings join the spec
diff's report (changes.py); one the spec diff does not explain becomes a breaking change of its
own, so a runtime or template change that breaks the SDK cannot slip into a minor release.

griffe sees what changes the presence of a Python object or parameter: a removed call, request
variant (its params TypedDict), request field (a TypedDict key) or response field (a model
attribute). It does not grade annotations, so required-ness, enum values, limits and rules are
the spec diff's alone (tests/release/test_griffe_agreement.py pins both halves).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

PACKAGE = "runapi"


@dataclass(frozen=True)
class ApiBreak:
    path: str  # runapi.resources.seedance.TextToVideo.create
    kind: str  # griffe's BreakageKind text, e.g. "Public object was removed"
    detail: str  # old -> new, when griffe has values

    @property
    def namespace(self) -> str | None:
        """The client namespace the object belongs to, when it is generated per namespace.

        runapi.{resources,params,types}.<ns>..., runapi.cli.commands.<ns>..., and the client's
        namespace attributes runapi._client.{RunAPI,AsyncRunAPI}.<ns>.
        """
        parts = self.path.split(".")
        if len(parts) > 2 and parts[1] in ("resources", "params", "types"):
            return parts[2]
        if len(parts) > 3 and parts[1:3] == ["cli", "commands"]:
            return parts[3]
        if len(parts) > 3 and parts[1] == "_client" and parts[2] in ("RunAPI", "AsyncRunAPI"):
            return parts[3]
        return None

    def text(self) -> str:
        return f"{self.path}: {self.kind}" + (f" ({self.detail})" if self.detail else "")


def _value(value: object) -> str:
    name = getattr(value, "name", None)
    return str(name) if isinstance(name, str) else str(value)


def python_api_breaks(old_src: Path, new_src: Path) -> list[ApiBreak]:
    """Breaking changes from the package under `old_src` to the one under `new_src`."""
    import griffe  # a dev tool, imported only when a release is compared

    def load(src: Path) -> griffe.Object | griffe.Alias:
        return griffe.load(
            PACKAGE,
            search_paths=[src],
            allow_inspection=False,  # static only: never import either version
            store_source=False,
            modules_collection=griffe.ModulesCollection(),
        )

    found = set()
    for breakage in griffe.find_breaking_changes(load(old_src), load(new_src)):
        old, new = breakage.old_value, breakage.new_value
        detail = "" if old is None and new is None else f"{_value(old)} -> {_value(new)}"
        if breakage.kind.value == "Public object was removed":
            detail = ""
        found.add(ApiBreak(str(breakage.obj.path), str(breakage.kind.value), detail))
    return sorted(found, key=lambda b: (b.path, b.kind))
