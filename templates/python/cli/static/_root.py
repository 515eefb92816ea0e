"""The root click group of `runapi`: the API groups from the index, and the other commands.

The root group lists the API groups from a small index (`_index.py`); a group's command table
(`commands/<group>.py`) is imported, and its click commands built, only when that group is
invoked. Its help text, commands and their listing are in the package (`__init__.py`).
"""

from __future__ import annotations

import importlib
from typing import Any

import click

from ._index import GROUPS
from . import BUILTINS, EXIT_CODES, OVERRIDES, ROOT_HELP, format_root_commands

__all__ = ["RootGroup", "cli"]


class RootGroup(click.Group):
    """Lists API groups from the index; imports a group's table only to run it."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*GROUPS, *BUILTINS])

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in BUILTINS:
            module, attribute, _summary = BUILTINS[cmd_name]
            found: click.Command = getattr(importlib.import_module(module, __package__), attribute)
            return found
        entry = GROUPS.get(cmd_name)
        if entry is None:
            return None
        from ._lazy import api_group

        group = api_group(cmd_name, entry[0])
        if cmd_name in OVERRIDES:
            module, attribute = OVERRIDES[cmd_name]
            wrap = getattr(importlib.import_module(module, __package__), attribute)
            found_group: click.Command = wrap(group)
            return found_group
        return group

    def _summaries(self) -> list[tuple[str, str]]:
        found = [(name, summary) for name, (_module, summary) in GROUPS.items()]
        found += [(name, summary) for name, (_m, _a, summary) in BUILTINS.items()]
        return sorted(found)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        format_root_commands(formatter)

    def shell_complete(self, ctx: click.Context, incomplete: str) -> list[Any]:
        from click.shell_completion import CompletionItem

        items = [
            CompletionItem(name, help=_shorten(summary, 80))
            for name, summary in self._summaries()
            if name.startswith(incomplete)
        ]
        return [*items, *click.Command.shell_complete(self, ctx, incomplete)]


def _shorten(text: str, limit: int) -> str:
    text = text.strip().split("\n")[0]
    return text if len(text) <= limit else text[: limit - 3].rstrip() + "..."


def _version() -> str:
    """`runapi --version`: the SDK's own version, then the API version it speaks."""
    from .._version import __api_version__, __version__

    return f"{__version__} (API {__api_version__})"


@click.group(
    cls=RootGroup,
    help=ROOT_HELP,
    epilog=EXIT_CODES,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.version_option(_version(), "--version", prog_name="runapi", message="%(prog)s %(version)s")
def cli() -> None:
    """The root group (see ROOT_HELP)."""
