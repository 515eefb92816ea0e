"""`runapi account`: Account balance and usage.

The group's commands as data; `runapi.cli._build` turns one into a click command when it runs.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from .._spec import Cmd

HELP = "Account balance and usage."

#: Intermediate groups (resources) below `runapi account`, with their help.
SUBGROUPS: dict[tuple[str, ...], str] = {}

COMMANDS: tuple[Cmd, ...] = (
    Cmd(
        name="get-balance",
        path=(),
        operation_id="account.get_balance",
        action="call",
        call=("account",),
        method="get_balance",
        summary="Get the account balance",
        help="Get the account balance.\n\nReturns the account's remaining balance and its spending today and in total, all in USD cents. Authenticated with a regular API key (`Authorization: Bearer`).\n\nGET /api/v1/me/balance",
        epilog="Example:\n\n\x08\n  runapi account get-balance",
        args=(),
        query=(),
        options=(),
        body="none",
    ),
)
