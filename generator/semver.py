"""Semantic versions of the SDK and the bump a set of changes calls for.

The rules (documented in RELEASING.md):

- from 1.0.0 on: a breaking change bumps the major version, a feature the minor, and a fix or
  docs-only change the patch;
- below 1.0.0 (initial development, SemVer item 4): a breaking change bumps the minor version and
  anything else the patch, so 0.x users can pin `~=0.y` and still get features and fixes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Severity = Literal["breaking", "feature", "fix"]
Bump = Literal["major", "minor", "patch"]

#: Most severe first; a release takes the most severe class among its changes.
SEVERITIES: tuple[Severity, ...] = ("breaking", "feature", "fix")

_VERSION = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int
    patch: int

    @classmethod
    def parse(cls, text: str) -> Version:
        match = _VERSION.match(text.strip())
        if match is None:
            raise ValueError(f"not a MAJOR.MINOR.PATCH version: {text.strip()!r}")
        major, minor, patch = (int(part) for part in match.groups())
        return cls(major, minor, patch)

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"

    def bumped(self, bump: Bump) -> Version:
        if bump == "major":
            return Version(self.major + 1, 0, 0)
        if bump == "minor":
            return Version(self.major, self.minor + 1, 0)
        return Version(self.major, self.minor, self.patch + 1)


def most_severe(severities: list[Severity]) -> Severity | None:
    """The class that decides the bump, or None when nothing changed."""
    return next((s for s in SEVERITIES if s in severities), None)


def bump_for(current: Version, severity: Severity) -> Bump:
    """Which part of `current` a release whose most severe change is `severity` bumps."""
    if current.major == 0:
        return "minor" if severity == "breaking" else "patch"
    return _STABLE_BUMPS[severity]


_STABLE_BUMPS: dict[Severity, Bump] = {"breaking": "major", "feature": "minor", "fix": "patch"}
