"""The diff as people read it (grouped by API group) and as machines read it (--json)."""

from __future__ import annotations

from typing import Any

from .changes import ReleaseDiff
from .semver import SEVERITIES

LABELS = {"breaking": "BREAKING", "feature": "feature", "fix": "fix/docs"}


def summary_line(diff: ReleaseDiff) -> str:
    counts = ", ".join(f"{diff.report.count(s)} {LABELS[s]}" for s in SEVERITIES)
    return f"{len(diff.changes)} changes: {counts}"


def version_line(diff: ReleaseDiff) -> str:
    planned = diff.next_version()
    if diff.current is None:
        return "no SDK_VERSION file: no release version to suggest"
    if planned is None:
        return f"nothing for users changed: SDK {diff.current} stays"
    bump, version = planned
    return f"next SDK version: {version} ({bump} bump from {diff.current})"


def format_text(diff: ReleaseDiff) -> list[str]:
    report = diff.report
    against = diff.base if diff.base_is_release else f"{diff.base} (no release tag yet)"
    lines = [f"Changes from {against} to the working tree"]
    if report.old_version != report.new_version:
        lines.append(f"API version {report.old_version} -> {report.new_version}")
    lines += [summary_line(diff), version_line(diff)]
    for group in report.groups():
        lines += ["", group]
        for change in (c for c in report.changes if c.group == group):
            lines.append(f"  {LABELS[change.severity]:<9} {change.subject}: {change.summary}")
            lines.append(f"  {'':<9} why: {change.reason}")
            if change.migration:
                lines.append(f"  {'':<9} migrate: {change.migration}")
    if diff.api_breaks:
        lines += ["", "Python API (griffe, released package -> new package)"]
        for found in diff.api_breaks:
            note = "explained by the spec changes" if found in diff.explained else "UNEXPLAINED"
            lines.append(f"  {found.text()} [{note}]")
    return lines


def to_json(diff: ReleaseDiff) -> dict[str, Any]:
    planned = diff.next_version()
    return {
        "base": diff.base,
        "base_is_release": diff.base_is_release,
        "api_version": {"old": diff.report.old_version, "new": diff.report.new_version},
        "severity": diff.severity,
        "sdk_version": {
            "current": str(diff.current) if diff.current else None,
            "next": str(planned[1]) if planned else None,
            "bump": planned[0] if planned else None,
        },
        "counts": {s: diff.report.count(s) for s in SEVERITIES},
        "changes": [c.as_json() for c in diff.changes],
        "python_api": [
            {
                "path": b.path,
                "kind": b.kind,
                "detail": b.detail,
                "explained": b in diff.explained,
            }
            for b in diff.api_breaks
        ],
    }
