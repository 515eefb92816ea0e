"""`runapi keys`: List, create, get, delete and update API keys.

The group's commands as data; `runapi.cli._build` turns one into a click command when it runs.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from .._spec import Cmd, Opt

HELP = "List, create, get, delete and update API keys."

_BODY_0: tuple[Opt, ...] = (
    Opt(
        "allowed_models",
        "--allowed-models",
        "list",
        "Restrict the key to these models (for example gpt-5.4, claude-opus-4-6); omit, null or an empty array allows all models. Repeat the option for each item.",
        item="str",
    ),
    Opt(
        "credit_limit_cents",
        "--credit-limit-cents",
        "int",
        "Per-key spending cap in USD cents; a lifetime cap unless credit_limit_reset_interval is set.",
    ),
    Opt(
        "credit_limit_reset_interval",
        "--credit-limit-reset-interval",
        "choice",
        "Reset cadence of a spending cap.",
        choices=("daily", "weekly", "monthly"),
    ),
    Opt(
        "enabled", "--enabled", "bool", "When false, requests with this key are rejected with 401."
    ),
    Opt(
        "guardrail_id",
        "--guardrail-id",
        "str",
        "Guardrail to attach at creation (for example guardrail_abc123).",
    ),
    Opt("name", "--name", "str", "Friendly name for the API key."),
)

_BODY_1: tuple[Opt, ...] = (
    Opt(
        "allowed_models",
        "--allowed-models",
        "list",
        "Replaces the allowlist absolutely; null or an empty array clears it, omit to keep it. Repeat the option for each item.",
        item="str",
    ),
    Opt(
        "credit_limit_cents",
        "--credit-limit-cents",
        "value",
        "New spending cap in USD cents; null or an empty string clears it. A JSON value, or plain text.",
    ),
    Opt(
        "credit_limit_reset_interval",
        "--credit-limit-reset-interval",
        "choice",
        "Reset cadence of the cap - daily, weekly or monthly.",
        choices=("daily", "weekly", "monthly"),
    ),
    Opt(
        "enabled",
        "--enabled",
        "bool",
        "false revokes authentication immediately; true re-enables the key.",
    ),
    Opt("name", "--name", "str", "Friendly name."),
)

#: Intermediate groups (resources) below `runapi keys`, with their help.
SUBGROUPS: dict[tuple[str, ...], str] = {}

COMMANDS: tuple[Cmd, ...] = (
    Cmd(
        name="list",
        path=(),
        operation_id="keys.list",
        action="call",
        call=("keys",),
        method="list",
        summary="List API keys",
        help="List API keys.\n\nLists the account's standard API keys (the secret itself is never listed, only `masked_token`). Requires a management key.\n\nGET /api/v1/keys",
        epilog="Example:\n\n\x08\n  runapi keys list",
        args=(),
        query=(),
        options=(),
        body="none",
    ),
    Cmd(
        name="create",
        path=(),
        operation_id="keys.create",
        action="call",
        call=("keys",),
        method="create",
        summary="Create an API key",
        help="Create an API key.\n\nCreates a standard API key. `credit_limit_cents` alone is a lifetime budget; with `credit_limit_reset_interval` the cap resets each daily, weekly or monthly window. `allowed_models` restricts the key to a fixed set of models (requests for other models answer 422); omit it, or send null or `[]`, to allow all models. `enabled: false` makes requests with the key answer 401. `guardrail_id` attaches a reusable guardrail. The secret `key` is returned only once, in this answer.\n\nPOST /api/v1/keys",
        epilog="Example:\n\n\x08\n  runapi keys create --name Production --credit-limit-cents 100 --credit-limit-reset-interval daily --allowed-models gpt-5.4 --allowed-models claude-opus-4-6",
        args=(),
        query=(),
        options=_BODY_0,
        body="json",
    ),
    Cmd(
        name="get",
        path=(),
        operation_id="keys.get",
        action="call",
        call=("keys",),
        method="get",
        summary="Get an API key",
        help="Get an API key.\n\nReturns one API key with its spending so far (total, today, this week, this month, in USD cents).\n\nGET /api/v1/keys/{id}",
        epilog="Example:\n\n\x08\n  runapi keys get ID",
        args=("id",),
        query=(),
        options=(),
        body="none",
    ),
    Cmd(
        name="delete",
        path=(),
        operation_id="keys.delete",
        action="call",
        call=("keys",),
        method="delete",
        summary="Delete an API key",
        help="Delete an API key.\n\nRevokes and deletes the API key.\n\nDELETE /api/v1/keys/{id}",
        epilog="Example:\n\n\x08\n  runapi keys delete ID",
        args=("id",),
        query=(),
        options=(),
        body="none",
    ),
    Cmd(
        name="update",
        path=(),
        operation_id="keys.update",
        action="call",
        call=("keys",),
        method="update",
        summary="Update an API key",
        help="Update an API key.\n\nUpdates fields that are present and leaves omitted ones unchanged. Send `credit_limit_cents` as null or an empty string to clear the cap. `allowed_models` is replaced absolutely: null or `[]` clears the allowlist, omitting it keeps it. `enabled: false` revokes authentication immediately and `true` re-enables it, independently of the cap. `guardrail_id` is not accepted here; use the guardrail assignment operations to replace or remove a key's guardrail.\n\nPATCH /api/v1/keys/{id}",
        epilog="Rules checked before sending:\n\n\x08\n  rule: guardrail_id is not accepted when updating a key; use the guardrail assignment operations\n\nExamples:\n\n\x08\n  runapi keys update ID --name 'Production (rotated)' --credit-limit-cents 500 --credit-limit-reset-interval weekly --allowed-models gpt-5.4\n  runapi keys update ID --no-enabled --json '{\"credit_limit_cents\":null}'",
        args=("id",),
        query=(),
        options=_BODY_1,
        body="json",
    ),
)
