"""`runapi mcp`: run the MCP server (runapi/mcp/) for agents, on stdio or streamable HTTP.

The server needs the optional MCP SDK (`pip install 'runapi[mcp]'`); without it this command
says so and exits 2. Credentials resolve as for every command (flag, environment variable,
config file) once, when the server starts.
"""

from __future__ import annotations

import sys

import click

from . import _checks, _config, _output

__all__ = ["mcp"]


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--transport",
    type=click.Choice(["stdio", "http"]),
    default="stdio",
    show_default=True,
    help="stdio for a local agent; http serves streamable HTTP on --host/--port (path /mcp).",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="HTTP only.")
@click.option("--port", type=click.IntRange(1, 65535), default=8765, show_default=True)
@click.option(
    "--tools",
    "mode",
    type=click.Choice(["dynamic", "full"]),
    default="dynamic",
    show_default=True,
    help="dynamic: a few tools that reach every operation, schemas on demand; full: one tool "
    "per operation with its whole input schema (a much longer tool list).",
)
@click.option("--kind", "kinds", multiple=True, metavar="KIND", help="Only these media kinds.")
@click.option("--group", "groups", multiple=True, metavar="GROUP", help="Only these API groups.")
@click.option("--api-key", metavar="KEY", help="API key (default: RUNAPI_API_KEY, config file).")
@click.option(
    "--management-key",
    metavar="KEY",
    help="Management key; the key and guardrail tools are offered only with one.",
)
@click.option("--base-url", metavar="URL", help="API base URL (default: RUNAPI_BASE_URL, ...).")
@click.option(
    "--poll-interval",
    type=_checks.SECONDS,
    default=5.0,
    show_default=True,
    metavar="SECONDS",
    help="First wait between task status checks.",
)
def mcp(
    transport: str,
    host: str,
    port: int,
    mode: str,
    kinds: tuple[str, ...],
    groups: tuple[str, ...],
    api_key: str | None,
    management_key: str | None,
    base_url: str | None,
    poll_interval: float,
) -> None:
    """Run the RunAPI MCP server (stdio by default) for Claude Code, Codex, Gemini CLI...

    \b
      claude mcp add runapi -- runapi mcp
      runapi mcp --transport http --port 8765
      runapi mcp --tools full --kind video

    Tools cover every operation; bodies are checked before sending with the SDK's rules;
    task tools create, create and wait (with progress notifications) and get a task's status.
    Needs the MCP SDK: pip install 'runapi[mcp]'.
    """
    from ..mcp import SDK_MISSING, require_sdk

    try:
        require_sdk()
    except ImportError:
        _output.message(f"error: {SDK_MISSING}")
        sys.exit(2)
    import anyio

    from ..mcp._catalog import catalog
    from ..mcp._server import serve
    from ..mcp._tools import Selection

    data = catalog()
    bad = sorted(set(kinds) - set(data.kind_ids()))
    if bad:
        raise click.BadParameter(f"unknown kind {bad[0]!r}", param_hint="'--kind'")
    namespaces = {op["call"][0] for op in data.operations}
    wanted = tuple(g.replace("-", "_") for g in groups)
    bad = sorted(set(wanted) - namespaces)
    if bad:
        raise click.BadParameter(f"unknown API group {bad[0]!r}", param_hint="'--group'")
    config = _config.load()
    keys = {
        name: _config.resolve(name, flag, config).value
        for name, flag in (("api_key", api_key), ("management_key", management_key))
    }
    target = _checks.base_url(_config.resolve("base_url", base_url, config))
    selection = Selection(kinds=kinds, groups=wanted, management=bool(keys["management_key"]))
    try:
        anyio.run(
            lambda: serve(
                api_key=keys["api_key"],
                management_key=keys["management_key"],
                base_url=target,
                mode=mode,
                selection=selection,
                transport=transport,
                host=host,
                port=port,
                poll_interval=poll_interval,
            )
        )
    except KeyboardInterrupt:
        pass
