"""The SDK's own version: the `SDK_VERSION` file of the project that holds the spec.

The SDK is versioned apart from the API (`info.version`), because the two answer different
questions. `info.version` is RunAPI's version of the HTTP API; the SDK version is a promise to
Python users about *their code*: `make release` bumps it by semver from what changed for them
(RELEASING.md), and it also moves when only the SDK changes (a runtime fix, a new helper) while
the API stays the same. The package records both (`runapi.__version__`,
`runapi.__api_version__`, `runapi --version`).

A spec outside such a project (a test's copy) has no SDK_VERSION file and gets `info.version`.
"""

from __future__ import annotations

from pathlib import Path

from .bundle import Bundle
from .semver import Version

VERSION_FILE = "SDK_VERSION"


def version_file(spec_root: Path) -> Path:
    """spec/openapi.yaml -> <project>/SDK_VERSION."""
    return spec_root.resolve().parent.parent / VERSION_FILE


def read_sdk_version(spec_root: Path) -> Version | None:
    path = version_file(spec_root)
    if not path.is_file():
        return None
    return Version.parse(path.read_text(encoding="utf-8"))


def write_sdk_version(spec_root: Path, version: Version) -> None:
    version_file(spec_root).write_text(f"{version}\n", encoding="utf-8")


def sdk_version(bundle: Bundle) -> str:
    """The version the generated package carries."""
    found = read_sdk_version(bundle.files[0].path)
    if found is not None:
        return str(found)
    return str((bundle.document.get("info") or {}).get("version", "0.0.0"))
