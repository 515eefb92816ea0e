"""Renderers: each turns the validated spec into files under generated/."""

from __future__ import annotations

from collections.abc import Callable

from ..bundle import Bundle
from ..ir import Api
from . import (
    bundled_spec,
    docs_site,
    mcp_server,
    python_cli,
    python_package,
    skill,
    typescript_package,
)

#: A target maps the intermediate model (built once by the pipeline) and the validated bundle
#: (for targets that ship schemas) to {relative path: file bytes}.
Target = Callable[[Api, Bundle], dict[str, bytes]]

TARGETS: dict[str, Target] = {
    "bundle": bundled_spec.render,
    "python": python_package.render,
    "cli": python_cli.render,
    "docs": docs_site.render,
    "typescript": typescript_package.render,
    "mcp": mcp_server.render,
    "skill": skill.render,
}
