"""Click groups over a generated command table: the levels below `runapi <group>`.

A `TableGroup` answers list/get/help from the table's data; the click command of an operation
is built (`_build.build_command`) only when it is looked up to run or to show its help.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any

import click

from ._spec import Cmd

__all__ = ["TableGroup", "api_group"]


def api_group(name: str, module: str) -> TableGroup:
    """`runapi <name>`, backed by `runapi.cli.commands.<module>`."""
    table = importlib.import_module(f"{__package__}.commands.{module}")
    return TableGroup(name, table, (), str(table.HELP))


class TableGroup(click.Group):
    def __init__(self, name: str, table: ModuleType, prefix: tuple[str, ...], text: str) -> None:
        super().__init__(
            name=name,
            help=text,
            context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
        )
        self.table = table
        self.prefix = prefix

    def _children(self) -> dict[str, tuple[str, Cmd | None]]:
        """Child name -> (summary, its command; None for a nested group)."""
        depth = len(self.prefix)
        found: dict[str, tuple[str, Cmd | None]] = {}
        subgroups: dict[tuple[str, ...], str] = self.table.SUBGROUPS
        for path, text in subgroups.items():
            if len(path) == depth + 1 and path[:depth] == self.prefix:
                found[path[-1]] = (text, None)
        commands: tuple[Cmd, ...] = self.table.COMMANDS
        for command in commands:
            if command.path == self.prefix:
                found[command.name] = (command.summary, command)
        return found

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(self._children())

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        entry = self._children().get(cmd_name)
        if entry is None:
            return None
        text, command = entry
        if command is None:
            return TableGroup(cmd_name, self.table, (*self.prefix, cmd_name), text)
        from ._build import build_command

        return build_command(command)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, text) for name, (text, _) in sorted(self._children().items())]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)

    def shell_complete(self, ctx: click.Context, incomplete: str) -> list[Any]:
        from click.shell_completion import CompletionItem

        items = [
            CompletionItem(name, help=text)
            for name, (text, _) in sorted(self._children().items())
            if name.startswith(incomplete)
        ]
        return [*items, *click.Command.shell_complete(self, ctx, incomplete)]
