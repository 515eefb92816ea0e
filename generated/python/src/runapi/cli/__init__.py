"""The `runapi` command line: one command per API operation, loaded only when it runs.

`runapi <group> <resource> <action>` mirrors the SDK call path (`client.seedance.text_to_video
.create` is `runapi seedance text-to-video create`). The root group (`_root.py`) lists the API
groups from a small index (`_index.py`); a group's command table (`commands/<group>.py`) is
imported, and its click commands built, only when that group is invoked. No command imports
httpx, pydantic or jsonschema before it sends a request.

`runapi --help`, the one page every new user asks for, is written here without click's commands:
importing the whole of click (its commands, parameter types and decorators, with inspect, uuid
and datetime) is most of its start-up. `_show_root_help` writes it with click's own help
formatter (`click.formatting`), running what click's `Group.format_help` runs for the root
group, loaded without the rest of click when click is not imported yet;
tests/cli/test_root_help.py proves the page identical to click's at every width. Anything but
`runapi --help` (or `-h`) goes through click.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any

from ._index import GROUPS, KINDS, OPERATIONS

if TYPE_CHECKING:
    from types import ModuleType

    from click.formatting import HelpFormatter

    from ._root import cli

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
    "webhooks": (
        "._webhooks",
        "webhooks",
        "Verify task callbacks; run a local receiver.",
    ),
}
#: API groups with a command of their own replacing the generated one: name -> (module, attr).
#: `runapi models list` is the offline model catalogue (`--available` runs `models.list`).
OVERRIDES: dict[str, tuple[str, str]] = {"models": ("._models", "models_group")}


def _rows(entries: list[tuple[str, str]], formatter: HelpFormatter, title: str) -> None:
    # The whole first line of each description: click wraps it under its column, where cutting
    # it to the terminal's width lost the end of it ("transcription a...").
    rows = [(name, text.strip().split("\n")[0]) for name, text in entries]
    with formatter.section(title):
        formatter.write_dl(rows)


def format_root_commands(formatter: HelpFormatter) -> None:
    """The root's commands: one section per media kind (the spec's x-tagGroups), then the
    groups of no kind, then the commands that are not API groups."""
    shown: set[str] = set()
    for _kind, title, names in KINDS:
        _rows([(n, GROUPS[n][1]) for n in names if n in GROUPS], formatter, title)
        shown.update(names)
    rest = sorted((n, s) for n, (_m, s) in GROUPS.items() if n not in shown)
    if rest:
        _rows(rest, formatter, "API groups" if not KINDS else "Other API groups")
    _rows(
        sorted((n, s) for n, (_m, _a, s) in BUILTINS.items()),
        formatter,
        "Other commands",
    )


def _click_modules() -> tuple[ModuleType, ModuleType] | None:
    """`click.formatting` and `click.utils` (with `click._textwrap`, which the formatter imports
    when it first wraps), without importing `click` (its package imports every command class)
    unless it is imported already; None without click."""
    from importlib import import_module

    if "click" not in sys.modules:
        from importlib.util import find_spec
        from types import ModuleType

        spec = find_spec("click")
        if spec is None or not spec.submodule_search_locations:
            return None
        # A stand-in package while the two modules (and what they import of click) load; it
        # leaves at once, so a later `import click` loads the real package, which finds these
        # modules already loaded and uses them.
        package = ModuleType("click")
        package.__path__ = list(spec.submodule_search_locations)
        sys.modules["click"] = package
        try:
            import_module("click._textwrap")  # imported by wrap_text when it first runs
            return import_module("click.formatting"), import_module("click.utils")
        finally:
            del sys.modules["click"]
    return import_module("click.formatting"), import_module("click.utils")


def terminal_columns() -> int:
    """`shutil.get_terminal_size().columns`: COLUMNS when it is a positive number, else the
    width of the terminal on stdout, else 80 (tests/cli/test_root_help.py holds the two equal)."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


def _show_root_help() -> None:
    """Write the root help and exit 0 as click would; returns when click must write it."""
    modules = _click_modules()
    if modules is None:
        return None
    formatting, utils = modules
    from gettext import gettext as _

    # click's Group.format_help for the root group: usage, help text, options, commands and
    # the epilog (the texts need no inspect.cleandoc: the test proves them clean already).
    # The width click's HelpFormatter(max_width=100) takes, without the shutil it imports for
    # it (with its archive modules, a tenth of this page's start-up).
    width = formatting.FORCED_WIDTH
    if width is None:
        width = max(min(terminal_columns(), 100) - 2, 50)
    formatter = formatting.HelpFormatter(width=width, max_width=100)
    formatter.write_usage("runapi", "[OPTIONS] COMMAND [ARGS]...")
    formatter.write_paragraph()
    with formatter.indentation():
        formatter.write_text(ROOT_HELP)
    with formatter.section(_("Options")):
        formatter.write_dl(
            [
                ("--version", _("Show the version and exit.")),
                ("-h, --help", _("Show this message and exit.")),
            ]
        )
    format_root_commands(formatter)
    formatter.write_paragraph()
    with formatter.indentation():
        formatter.write_text(EXIT_CODES)
    try:
        utils.echo(formatter.getvalue().rstrip("\n"))
    except OSError as exc:  # as click's main: a closed pipe (`runapi --help | head`) exits 1
        import errno

        if exc.errno != errno.EPIPE:
            raise
        pacify = getattr(utils, "_PacifyFlushWrapper", None) or utils.PacifyFlushWrapper
        sys.stdout = pacify(sys.stdout)
        sys.stderr = pacify(sys.stderr)
        sys.exit(1)
    sys.exit(0)


#: Names of `_root` (which imports click) offered here, loaded on first use (PEP 562).
_ROOT_NAMES = frozenset({"RootGroup", "cli"})
_HELP = (["--help"], ["-h"])
_COMPLETE_VAR = "_RUNAPI_COMPLETE"


def __getattr__(name: str) -> Any:
    if name in _ROOT_NAMES:
        from . import _root

        return getattr(_root, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def main(argv: list[str] | None = None) -> Any:
    """Console-script entry point (`runapi`)."""
    if (sys.argv[1:] if argv is None else argv) in _HELP and not os.environ.get(_COMPLETE_VAR):
        _show_root_help()  # exits, unless click must write the page
    from ._root import cli

    return cli.main(args=argv, prog_name="runapi", complete_var=_COMPLETE_VAR)
