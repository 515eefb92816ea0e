"""The `runapi` command line: one command per API operation, loaded only when it runs.

`runapi <group> <resource> <action>` mirrors the SDK call path (`client.seedance.text_to_video
.create` is `runapi seedance text-to-video create`). The root group lists the API groups from a
small index (`_index.py`); a group's command table (`commands/<group>.py`) is imported, and its
click commands built, only when that group is invoked. `runapi --help` therefore imports click
and the index, never httpx, pydantic, jsonschema or a group module.
"""

from __future__ import annotations

import importlib
from typing import Any

import click

from ._index import GROUPS, KINDS, OPERATIONS

__all__ = ["EXIT_CODES", "cli", "main"]

EXIT_CODES = """Exit codes:

\b
  0  success
  1  webhooks verify: the callback is not authentic
  2  usage error, a bad setting or config file, or the request breaks a rule of the
     operation (nothing sent)
  3  authentication: missing API key or management key, or HTTP 401
  4  insufficient credits (HTTP 402)
  5  rate limited (HTTP 429)
  6  any other API error (HTTP 4xx/5xx)
  7  the task failed
  8  timeout: the task did not finish within --timeout, or the request timed out
  9  connection error (RunAPI could not be reached)
  10 the request was sent (or may have been: the connection broke after sending), but its
     answer could not be read or its results saved: do not blindly retry a create; the
     request id is printed

\b
After a failure in `run` or `create --wait`, a task that was created is named on stderr
with the command that follows it: wait for it rather than creating another."""

ROOT_HELP = f"""RunAPI from the command line: {OPERATIONS} operations, JSON on stdout.

\b
  runapi seedance text-to-video run --model seedance-1.5-pro \\
      --prompt "A lighthouse at dawn" --aspect-ratio 16:9 --duration-seconds 8
  runapi keys list --output table
  runapi models list --kind video        (find a model by what it makes)

Credentials: --api-key, then RUNAPI_API_KEY, then the config file written by `runapi auth
login` (likewise --management-key / RUNAPI_MANAGEMENT_KEY and --base-url / RUNAPI_BASE_URL).
Every operation takes --dry-run (print the HTTP request, send nothing) and --json (a whole
request body, from a string, @file or - for stdin). API groups are listed by what they make;
a group that makes two kinds is listed under both."""

#: Commands that are not API groups: name -> (module, attribute, summary).
BUILTINS: dict[str, tuple[str, str, str]] = {
    "agent": ("._agent", "agent", "Install the RunAPI skill into an agent runtime."),
    "auth": ("._auth", "auth", "Store, import and show credentials (the config file)."),
    "completion": ("._completion", "completion", "Print a shell completion script."),
    "listen": ("._listen", "listen", "What local callback testing this CLI offers."),
    "mcp": ("._mcp", "mcp", "Run the MCP server for agents (needs runapi[mcp])."),
    "version": ("._version_command", "version", "Print the SDK, CLI and API versions."),
    "webhooks": ("._webhooks", "webhooks", "Verify task callbacks; run a local receiver."),
}
#: API groups with a command of their own replacing the generated one: name -> (module, attr).
#: `runapi models list` is the offline model catalogue (`--available` runs `models.list`).
OVERRIDES: dict[str, tuple[str, str]] = {"models": ("._models", "models_group")}


def _rows(entries: list[tuple[str, str]], formatter: click.HelpFormatter, title: str) -> None:
    # The whole first line of each description: click wraps it under its column, where cutting
    # it to the terminal's width lost the end of it ("transcription a...").
    rows = [(name, text.strip().split("\n")[0]) for name, text in entries]
    with formatter.section(title):
        formatter.write_dl(rows)


def _shorten(text: str, limit: int) -> str:
    text = text.strip().split("\n")[0]
    return text if len(text) <= limit else text[: limit - 3].rstrip() + "..."


class RootGroup(click.Group):
    """Lists API groups from the index; imports a group's table only to run it."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*GROUPS, *BUILTINS])

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in BUILTINS:
            module, attribute, _summary = BUILTINS[cmd_name]
            found: click.Command = getattr(importlib.import_module(module, __name__), attribute)
            return found
        entry = GROUPS.get(cmd_name)
        if entry is None:
            return None
        from ._lazy import api_group

        group = api_group(cmd_name, entry[0])
        if cmd_name in OVERRIDES:
            module, attribute = OVERRIDES[cmd_name]
            wrap = getattr(importlib.import_module(module, __name__), attribute)
            found_group: click.Command = wrap(group)
            return found_group
        return group

    def _summaries(self) -> list[tuple[str, str]]:
        found = [(name, summary) for name, (_module, summary) in GROUPS.items()]
        found += [(name, summary) for name, (_m, _a, summary) in BUILTINS.items()]
        return sorted(found)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # One section per media kind (the spec's x-tagGroups); groups of no kind come last.
        shown: set[str] = set()
        for _kind, title, names in KINDS:
            _rows([(n, GROUPS[n][1]) for n in names if n in GROUPS], formatter, title)
            shown.update(names)
        rest = sorted((n, s) for n, (_m, s) in GROUPS.items() if n not in shown)
        if rest:
            _rows(rest, formatter, "API groups" if not KINDS else "Other API groups")
        _rows(sorted((n, s) for n, (_m, _a, s) in BUILTINS.items()), formatter, "Other commands")

    def shell_complete(self, ctx: click.Context, incomplete: str) -> list[Any]:
        from click.shell_completion import CompletionItem

        items = [
            CompletionItem(name, help=_shorten(summary, 80))
            for name, summary in self._summaries()
            if name.startswith(incomplete)
        ]
        return [*items, *click.Command.shell_complete(self, ctx, incomplete)]


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


def main(argv: list[str] | None = None) -> Any:
    """Console-script entry point (`runapi`)."""
    return cli.main(args=argv, prog_name="runapi", complete_var="_RUNAPI_COMPLETE")
