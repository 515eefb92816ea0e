"""`runapi guardrail-assignments`: List, attach and remove guardrail assignments.

The group's commands as data; `runapi.cli._build` turns one into a click command when it runs.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from .._spec import Cmd, Opt

HELP = "List, attach and remove guardrail assignments."

_BODY_0: tuple[Opt, ...] = (
    Opt(
        "guardrail_id",
        "--guardrail-id",
        "str",
        "Prefix id of the guardrail (for example guardrail_abc123). Required.",
        required=True,
    ),
    Opt(
        "account_user_id",
        "--account-user-id",
        "str",
        "Prefix id of the account member (admin only).",
    ),
    Opt(
        "api_token_id",
        "--api-token-id",
        "str",
        "Prefix id of the API key to attach the guardrail to.",
    ),
)

#: Intermediate groups (resources) below `runapi guardrail-assignments`, with their help.
SUBGROUPS: dict[tuple[str, ...], str] = {}

COMMANDS: tuple[Cmd, ...] = (
    Cmd(
        name="list",
        path=(),
        operation_id="guardrail_assignments.list",
        action="call",
        call=("guardrail_assignments",),
        method="list",
        summary="List guardrail assignments",
        help='List guardrail assignments.\n\nReturns `{"guardrail_assignments": [...]}`. Account admins see every assignment in the account; other management keys only those on their own API keys.\n\nGET /api/v1/guardrail_assignments',
        epilog="Example:\n\n\x08\n  runapi guardrail-assignments list",
        args=(),
        query=(),
        options=(),
        body="none",
    ),
    Cmd(
        name="create",
        path=(),
        operation_id="guardrail_assignments.create",
        action="call",
        call=("guardrail_assignments",),
        method="create",
        summary="Attach a guardrail to an API key or member",
        help="Attach a guardrail to an API key or member.\n\nLinks one guardrail to one API key (`api_token_id`) or one account member (`account_user_id`, admin only) - exactly one of the two. Each target may have at most one direct assignment: 422 if it already has one. To replace a guardrail, delete the existing assignment and create a new one.\n\nPOST /api/v1/guardrail_assignments",
        epilog="Rules checked before sending:\n\n\x08\n  rule: Provide exactly one of api_token_id or account_user_id\n\nExample:\n\n\x08\n  runapi guardrail-assignments create --guardrail-id guardrail_abc123 --api-token-id token_123",
        args=(),
        query=(),
        options=_BODY_0,
        body="json",
    ),
    Cmd(
        name="delete",
        path=(),
        operation_id="guardrail_assignments.delete",
        action="call",
        call=("guardrail_assignments",),
        method="delete",
        summary="Remove a guardrail assignment",
        help="Remove a guardrail assignment.\n\nRemoves the guardrail from its target without affecting the guardrail or the target.\n\nDELETE /api/v1/guardrail_assignments/{id}",
        epilog="Example:\n\n\x08\n  runapi guardrail-assignments delete ID",
        args=("id",),
        query=(),
        options=(),
        body="none",
    ),
)
