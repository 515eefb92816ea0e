"""`runapi models`: Models available to the key, in Anthropic or OpenAI list format.

The group's commands as data; `runapi.cli._build` turns one into a click command when it runs.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from .._spec import Cmd

HELP = "Models available to the key, in Anthropic or OpenAI list format."

#: Intermediate groups (resources) below `runapi models`, with their help.
SUBGROUPS: dict[tuple[str, ...], str] = {}

COMMANDS: tuple[Cmd, ...] = (
    Cmd(
        name="list",
        path=(),
        operation_id="models.list",
        action="call",
        call=("models",),
        method="list",
        summary="List the language models available to the key",
        help="List the language models available to the key.\n\nOne path serves both SDKs' `models.list()`: the Anthropic SDK (base URL `https://runapi.ai`) and the OpenAI SDK (base URL `https://runapi.ai/v1`) both call `GET /v1/models`. The answer is either an Anthropic list (`data` of `type: model` entries with `display_name` and `created_at`, plus `has_more`, `first_id`, `last_id`) or an OpenAI list (`object: list`, `data` of `object: model` entries with `created` and `owned_by`). Claude, GPT and DeepSeek models appear (DeepSeek in both formats). When the key has `allowed_models` restrictions only permitted models are returned.\n\nGET /v1/models",
        epilog="Example:\n\n\x08\n  runapi models list",
        args=(),
        query=(),
        options=(),
        body="none",
    ),
)
