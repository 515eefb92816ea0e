"""Renderers: each turns the validated spec into files under generated/."""

from __future__ import annotations

from collections.abc import Callable

from ..bundle import Bundle
from . import bundled_spec, docs_site, python_cli, python_package

#: A target maps the validated bundle to {relative path: file bytes}.
Target = Callable[[Bundle], dict[str, bytes]]

TARGETS: dict[str, Target] = {
    "bundle": bundled_spec.render,
    "python": python_package.render,
    "cli": python_cli.render,
    "docs": docs_site.render,
}
