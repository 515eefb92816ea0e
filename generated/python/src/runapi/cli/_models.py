"""`runapi models list [--kind KIND]`: every model id, what it makes and where it is called.

The catalogue is generated from the spec (`_catalogue.py`) and printed offline. The API's own
`GET /v1/models` (the language models your key may use) stays one flag away: `--available`
runs the generated `models.list` command with all its options.
"""

from __future__ import annotations

from typing import Any

import click

from . import _output
from ._build import OperationCommand
from ._lazy import TableGroup

__all__ = ["catalogue", "models_group"]

#: Options of the API command: giving one asks the API, like --available (name -> flag).
_API_ONLY = {
    "api_key": "--api-key",
    "management_key": "--management-key",
    "base_url": "--base-url",
    "headers": "--header",
    "timeout": "--timeout",
    "dry_run": "--dry-run",
}


def catalogue(kind: str | None = None) -> list[dict[str, Any]]:
    """The model rows, optionally of one kind: id, kind, operations (with their commands)."""
    from ._catalogue import MODELS

    rows = []
    for model, model_kind, operations, description in MODELS:
        if kind is not None and model_kind != kind:
            continue
        rows.append(
            {
                "model": model,
                "kind": model_kind,
                "operations": list(operations),
                "commands": ["runapi " + _command(op) for op in operations],
                "description": description,
            }
        )
    return rows


def _command(operation_id: str) -> str:
    words = [part.replace("_", "-") for part in operation_id.split(".")]
    if words[-1] == "create":
        words[-1] = "run"  # create and wait for the result: what a newcomer wants
    return " ".join(words)


def _kinds() -> list[str]:
    """The kinds that have models, in the spec's order."""
    from ._catalogue import MODELS
    from ._index import KINDS

    present = {model_kind for _model, model_kind, _ops, _text in MODELS}
    return [kind for kind, _title, _names in KINDS if kind in present]


class _CatalogueCommand(OperationCommand):
    """`models list`: the catalogue, or with --available the API operation it replaces."""

    def __init__(self, api: OperationCommand) -> None:
        params = [
            click.Option(
                ["--kind", "kind"],
                type=click.Choice(_kinds()),
                help="Only models that make this kind of output.",
            ),
            click.Option(
                ["--available", "available"],
                is_flag=True,
                help="Ask the API instead (GET /v1/models): the language models your key may "
                "use. Any option of that call below (--api-key, --dry-run, ...) does the same.",
            ),
            *api.params,
        ]
        super().__init__(
            api.spec,
            name=api.name,
            params=params,
            callback=self._run,
            help=_HELP,
            short_help="Every model by kind (offline); --available asks the API",
            epilog=api.epilog,
            context_settings=api.context_settings,
        )
        self.api = api

    def _run(self, kind: str | None, available: bool, **values: Any) -> None:
        # An option of the API call (a key, --dry-run, ...) means the API call, as before.
        api_options = [flag for name, flag in _API_ONLY.items() if values.get(name)]
        if available or api_options:
            if kind is not None:
                raise click.UsageError(
                    f"--kind lists the catalogue; it does not go with "
                    f"{(api_options or ['--available'])[0]} (the API call)"
                )
            assert self.api.callback is not None
            self.api.callback(**values)
            return
        rows = catalogue(kind)
        if values.get("output") == "table":
            table = [
                {
                    "model": r["model"],
                    "kind": r["kind"],
                    "command": r["commands"][0] + (" ..." if len(r["commands"]) > 1 else ""),
                    "description": r["description"],
                }
                for r in rows
            ]
            _output.emit(table, "table")
        else:
            _output.emit(rows, "json")


_HELP = """List every model of the API with its kind, its operations and what it is.

The list comes from the spec the CLI was built from and needs no key or network. --kind keeps
one media kind (video, image, music, speech, llm). Each row names the commands that
call the model (`runapi seedance text-to-video run --model seedance-2.0 ...`).

\b
  runapi models list --kind video
  runapi models list --kind image --output table
  runapi models list --available     (the API: language models your key may use)

Giving an option of the API call (--api-key, --dry-run, --base-url, --header, --timeout)
also asks the API, as `runapi models list` did before the catalogue."""


class ModelsGroup(TableGroup):
    """`runapi models`: the generated group, with `list` extended into the catalogue."""

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        found = super().get_command(ctx, cmd_name)
        if cmd_name == "list" and not self.prefix and isinstance(found, OperationCommand):
            return _CatalogueCommand(found)
        return found


def models_group(group: TableGroup) -> TableGroup:
    return ModelsGroup(group.name or "models", group.table, group.prefix, group.help or "")
