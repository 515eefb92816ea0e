"""CHANGELOG.md in Keep a Changelog form, one entry per release, written from the diff.

An entry lists breaking changes first (each with its migration line), then Keep a Changelog's
sections (Added, Changed, Deprecated, Removed, Fixed), each grouped by API group. The docs
site's "Changes" page is rendered from the same file (targets/docs_site.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (the release loop's modules: generating only reads entries)
    from .diff import Change
    from .semver import Version

HEADER = """# Changelog

All notable changes to the `runapi` Python SDK. The format follows
[Keep a Changelog](https://keepachangelog.com/en/1.1.0/); versions follow
[Semantic Versioning](https://semver.org/spec/v2.0.0.html) as RELEASING.md describes.
Entries are written by `make release` from `make diff`; do not edit released entries.

## [Unreleased]
"""

BREAKING = "Breaking changes"
_ENTRY = re.compile(r"^## \[(?P<version>\d+\.\d+\.\d+)\] - (?P<date>\d{4}-\d{2}-\d{2})\s*$", re.M)


@dataclass(frozen=True)
class Entry:
    version: str
    date: str
    body: str  # the Markdown below the entry's heading


def _line(change: Change) -> str:
    where = f"`{change.call}`" + (f" ({change.variants})" if change.variants else "")
    text = f"- {where}: {change.summary}."
    if change.severity == "breaking" and change.migration:
        text += f" **Migration:** {change.migration}."
    return text


def _grouped(changes: list[Change]) -> list[str]:
    lines: list[str] = []
    for group in sorted({c.group for c in changes}):
        lines += ["", f"#### {group}", ""]
        lines += [_line(c) for c in changes if c.group == group]
    return lines


def render_entry(
    version: Version,
    day: date,
    changes: list[Change],
    api_versions: tuple[str, str],
    intro: str = "",
) -> str:
    """The Markdown of one release (heading included, no trailing blank line)."""
    # Imported here: every `make generate` imports this module for the docs' Changes page and
    # never renders an entry; the diff and what it imports are the release loop's.
    from .diff import SECTIONS

    old_api, new_api = api_versions
    api = f"RunAPI API version {new_api}" + (
        f" (was {old_api})." if old_api and old_api != new_api else "."
    )
    lines = [f"## [{version}] - {day.isoformat()}", "", api]
    if intro:
        lines += ["", intro]
    breaking = [c for c in changes if c.severity == "breaking"]
    if breaking:
        lines += ["", f"### {BREAKING}", *_grouped(breaking)]
    for section in SECTIONS:
        members = [c for c in changes if c.severity != "breaking" and c.section == section]
        if members:
            lines += ["", f"### {section}", *_grouped(members)]
    return "\n".join(lines)


def insert_entry(text: str | None, entry: str) -> str:
    """The changelog with `entry` as the newest release, below [Unreleased]."""
    text = text if text and text.strip() else HEADER
    unreleased = re.search(r"^## \[Unreleased\][^\n]*\n", text, flags=re.M)
    if unreleased is None:
        first = _ENTRY.search(text)
        at = first.start() if first else len(text)
        text = text[:at].rstrip("\n") + "\n\n## [Unreleased]\n\n" + text[at:]
        unreleased = re.search(r"^## \[Unreleased\][^\n]*\n", text, flags=re.M)
        assert unreleased is not None
    # Hand-written notes under [Unreleased] stay there; the entry goes after them.
    following = _ENTRY.search(text, unreleased.end())
    at = following.start() if following else len(text)
    head = text[:at].rstrip("\n") + "\n\n"
    tail = text[at:]
    return head + entry.rstrip("\n") + "\n" + ("\n" + tail if tail else "")


def entries(text: str) -> list[Entry]:
    """Released entries, newest first."""
    found = list(_ENTRY.finditer(text))
    result = []
    for index, match in enumerate(found):
        end = found[index + 1].start() if index + 1 < len(found) else len(text)
        result.append(Entry(match["version"], match["date"], text[match.end() : end].strip("\n")))
    return result


def latest_version(text: str) -> str | None:
    found = entries(text)
    return found[0].version if found else None
