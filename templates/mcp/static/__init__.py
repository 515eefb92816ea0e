"""The RunAPI MCP server: every operation of the API as tools for agents (`runapi mcp`).

Built on the official Model Context Protocol SDK (`pip install 'runapi[mcp]'`). What it serves
is generated from the spec (`_catalog.json`): each operation with its input JSON Schema,
per-model variants included. Requests go through the SDK client, so bodies are validated
before sending with the SDK's own rule messages, tasks are polled with its backoff and errors
are its typed exceptions.

Two tool sets (`--tools`):

- `dynamic` (default): five small tools that reach every operation: `list_models`,
  `describe_operation` (the input schema of one operation or one model), `run_operation`
  (create, create-and-wait with progress notifications, or call), `get_task` and
  `download_results`. The tool list stays a few hundred tokens whatever the API's size.
- `full`: one tool per operation with its whole input schema in the tool list, plus
  `get_task`, `list_models` and `download_results`; `--kind` / `--group` keep a part of it.

Management operations (API keys, guardrails) are offered only when a management key is
configured.
"""

from __future__ import annotations

__all__ = ["SDK_MISSING", "require_sdk"]

SDK_MISSING = (
    "runapi mcp needs the MCP SDK, an optional extra of this package: pip install 'runapi[mcp]'"
)


def require_sdk() -> None:
    """Raise ImportError with the install command when the `mcp` package is missing."""
    try:
        import mcp  # noqa: F401
    except ImportError as exc:
        raise ImportError(SDK_MISSING) from exc
