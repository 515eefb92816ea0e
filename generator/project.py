"""Where things are: the project is the checkout around this package."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
SPEC_ROOT = PROJECT / "spec" / "openapi.yaml"
GENERATED = PROJECT / "generated"
#: The vendor's request contract (generator/contract.py), relative to the project.
DEFAULT_CONTRACT = Path("..") / "shared" / "reference" / "runapi-contract.json"

#: The generator's cache folder (generator/cache.py): a folder, or off.
CACHE_ENV = "RUNAPI_GENERATOR_CACHE"
DEFAULT_CACHE_FOLDER = PROJECT / ".cache" / "generator"


def cache_folder(environment: Mapping[str, str] | None = None) -> Path | None:
    """Where the generator's cache lives with `environment` (default: this process's), or None
    when caching is off (RUNAPI_GENERATOR_CACHE=off)."""
    configured = (os.environ if environment is None else environment).get(CACHE_ENV, "")
    if configured.lower() in {"off", "0", "no", "false"}:
        return None
    return Path(configured) if configured else DEFAULT_CACHE_FOLDER
