"""The API reference's own list of operations (spec/reference/operations.tsv).

The spec must define exactly these operations; the list is the yardstick for coverage.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

REFERENCE_LIST = Path("reference") / "operations.tsv"


@dataclass(frozen=True)
class ReferenceOperation:
    group: str
    method: str
    path: str
    kind: str


def reference_operations(spec_root: Path) -> list[ReferenceOperation] | None:
    """The list beside the root spec, or None when the spec has no reference list."""
    listing = spec_root.parent / REFERENCE_LIST
    if not listing.exists():
        return None
    with listing.open(encoding="utf-8") as handle:
        return [
            ReferenceOperation(row["group"], row["method"].lower(), row["path"], row["kind"])
            for row in csv.DictReader(handle, delimiter="\t")
        ]
