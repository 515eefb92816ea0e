"""Where things are: the project is the checkout around this package."""

from __future__ import annotations

from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
SPEC_ROOT = PROJECT / "spec" / "openapi.yaml"
GENERATED = PROJECT / "generated"
#: The vendor's request contract (generator/contract.py), relative to the project.
DEFAULT_CONTRACT = Path("..") / "shared" / "reference" / "runapi-contract.json"
