"""`runapi guardrails`: List, create, get, delete and update guardrails.

The group's commands as data; `runapi.cli._build` turns one into a click command when it runs.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from .._spec import Cmd, Opt

HELP = "List, create, get, delete and update guardrails."

_BODY_0: tuple[Opt, ...] = (
    Opt(
        "name",
        "--name",
        "str",
        "Unique guardrail name within the account (case-insensitive). Required.",
        required=True,
    ),
    Opt(
        "allowed_models",
        "--allowed-models",
        "list",
        "Allowlist of public model identifiers; empty or null allows all. Repeat the option for each item.",
        item="str",
    ),
    Opt(
        "allowed_providers",
        "--allowed-providers",
        "list",
        "Allowlist of provider names; empty or null allows all. Repeat the option for each item.",
        item="str",
    ),
    Opt(
        "blocked_models",
        "--blocked-models",
        "list",
        "Model blocklist; always wins over the allowlist. Repeat the option for each item.",
        item="str",
    ),
    Opt(
        "blocked_providers",
        "--blocked-providers",
        "list",
        "Provider blocklist. Repeat the option for each item.",
        item="str",
    ),
    Opt(
        "credit_limit_cents",
        "--credit-limit-cents",
        "int",
        "Total spend cap (USD cents) across every key and member assigned to this guardrail; when creating a guardrail, a cap must be sent together with credit_limit_reset_interval.",
    ),
    Opt(
        "credit_limit_reset_interval",
        "--credit-limit-reset-interval",
        "choice",
        "Reset cadence of the total cap - daily, weekly or monthly.",
        choices=("daily", "weekly", "monthly"),
    ),
    Opt("description", "--description", "str", "Free-form description."),
    Opt("enabled", "--enabled", "bool", "Whether the guardrail is enforced; defaults to true."),
    Opt(
        "model_budgets",
        "--model-budgets",
        "list",
        "Scoped model spend caps. Repeatable; each a JSON value.",
        item="json",
    ),
)

_BODY_1: tuple[Opt, ...] = (
    Opt(
        "allowed_models",
        "--allowed-models",
        "list",
        "Allowlist of public model identifiers; empty or null allows all. Repeat the option for each item.",
        item="str",
    ),
    Opt(
        "allowed_providers",
        "--allowed-providers",
        "list",
        "Allowlist of provider names; empty or null allows all. Repeat the option for each item.",
        item="str",
    ),
    Opt(
        "blocked_models",
        "--blocked-models",
        "list",
        "Model blocklist; always wins over the allowlist. Repeat the option for each item.",
        item="str",
    ),
    Opt(
        "blocked_providers",
        "--blocked-providers",
        "list",
        "Provider blocklist. Repeat the option for each item.",
        item="str",
    ),
    Opt(
        "credit_limit_cents",
        "--credit-limit-cents",
        "int",
        "Total spend cap (USD cents) across every key and member assigned to this guardrail; when creating a guardrail, a cap must be sent together with credit_limit_reset_interval.",
    ),
    Opt(
        "credit_limit_reset_interval",
        "--credit-limit-reset-interval",
        "choice",
        "Reset cadence of the total cap - daily, weekly or monthly.",
        choices=("daily", "weekly", "monthly"),
    ),
    Opt("description", "--description", "str", "Free-form description."),
    Opt("enabled", "--enabled", "bool", "Whether the guardrail is enforced; defaults to true."),
    Opt(
        "model_budgets",
        "--model-budgets",
        "list",
        "Scoped model spend caps. Repeatable; each a JSON value.",
        item="json",
    ),
    Opt("name", "--name", "str", "Unique guardrail name within the account (case-insensitive)."),
)

#: Intermediate groups (resources) below `runapi guardrails`, with their help.
SUBGROUPS: dict[tuple[str, ...], str] = {}

COMMANDS: tuple[Cmd, ...] = (
    Cmd(
        name="list",
        path=(),
        operation_id="guardrails.list",
        action="call",
        call=("guardrails",),
        method="list",
        summary="List guardrails",
        help="List guardrails.\n\nLists the account's guardrails - reusable policy templates with model and provider allow/block lists, a total spending cap and per-model budgets.\n\nGET /api/v1/guardrails",
        epilog="Example:\n\n\x08\n  runapi guardrails list",
        args=(),
        query=(),
        options=(),
        body="none",
    ),
    Cmd(
        name="create",
        path=(),
        operation_id="guardrails.create",
        action="call",
        call=("guardrails",),
        method="create",
        summary="Create a guardrail",
        help="Create a guardrail.\n\nCreates a guardrail; any management key may create one in its account. `name` is unique within the account (case-insensitive). Blocklists always win over allowlists; empty or null allowlists allow everything. A total cap (`credit_limit_cents`) must be sent together with its `credit_limit_reset_interval`. `model_budgets` are scoped caps that only count requests in their scope (they never reject requests outside it): `include` counts only the listed models, `exclude` counts every model except them (new models are counted by default).\n\nPOST /api/v1/guardrails",
        epilog='Rules checked before sending:\n\n\x08\n  rule: credit_limit_cents must be set together with credit_limit_reset_interval\n\nExample:\n\n\x08\n  runapi guardrails create --name \'Tier 1\' --credit-limit-cents 100000 --credit-limit-reset-interval monthly --allowed-models gpt-5.4 --allowed-models claude-sonnet-4-6 --model-budgets \'{"match_mode":"exclude","models":["gpt-5.4","claude-sonnet-4-6"],"credit_limit_cents":1000,"credit_limit_reset_interval":null}\'',
        args=(),
        query=(),
        options=_BODY_0,
        body="json",
    ),
    Cmd(
        name="get",
        path=(),
        operation_id="guardrails.get",
        action="call",
        call=("guardrails",),
        method="get",
        summary="Get a guardrail",
        help='Get a guardrail.\n\nReturns one guardrail wrapped in `{"guardrail": {...}}`.\n\nGET /api/v1/guardrails/{id}',
        epilog="Example:\n\n\x08\n  runapi guardrails get ID",
        args=("id",),
        query=(),
        options=(),
        body="none",
    ),
    Cmd(
        name="delete",
        path=(),
        operation_id="guardrails.delete",
        action="call",
        call=("guardrails",),
        method="delete",
        summary="Delete a guardrail",
        help="Delete a guardrail.\n\nSoft-deletes the guardrail and destroys all its assignments; its name becomes available again. Same permission rule as update.\n\nDELETE /api/v1/guardrails/{id}",
        epilog="Example:\n\n\x08\n  runapi guardrails delete ID",
        args=("id",),
        query=(),
        options=(),
        body="none",
    ),
    Cmd(
        name="update",
        path=(),
        operation_id="guardrails.update",
        action="call",
        call=("guardrails",),
        method="update",
        summary="Update a guardrail",
        help="Update a guardrail.\n\nScalar fields (`name`, `description`, `enabled`, `credit_limit_cents`, `credit_limit_reset_interval`) are overwritten when present and kept when omitted. Rule arrays (`allowed_models`, `blocked_models`, `allowed_providers`, `blocked_providers`) and `model_budgets` are replaced absolutely when present; null or `[]` clears them. Account admins may update any guardrail; other management keys only guardrails they created while those are assigned solely to their own API keys (403 otherwise).\n\nPATCH /api/v1/guardrails/{id}",
        epilog="Example:\n\n\x08\n  runapi guardrails update ID --credit-limit-cents 200000 --credit-limit-reset-interval monthly --json '{\"model_budgets\":[]}'",
        args=("id",),
        query=(),
        options=_BODY_1,
        body="json",
    ),
)
