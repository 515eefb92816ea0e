"""Account balance and usage.

Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._resource import (
    AsyncAPIResource,
    SyncAPIResource,
)
from .._types import NOT_GIVEN, NotGiven, Operation

if TYPE_CHECKING:
    import httpx

    from ..types import account as types

__all__ = [
    "Account",
    "AsyncAccount",
]

OPERATIONS: dict[str, Operation] = {
    "account.get_balance": Operation(
        operation_id="account.get_balance",
        method="GET",
        path="/api/v1/me/balance",
        auth="api_key",
        body="none",
    ),
}


class Account(SyncAPIResource):
    """Account balance and usage."""

    _namespace = "account"

    def get_balance(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.AccountBalance:
        """Get the account balance

        Returns the account's remaining balance and its spending today and in total, all in USD
        cents. Authenticated with a regular API key (`Authorization: Bearer`).

        `GET /api/v1/me/balance`"""
        request: dict[str, Any] = {
            "body": None,
            "path_params": {},
            "query": {},
            "extra_headers": extra_headers,
            "extra_body": None,
            "timeout": timeout,
        }
        return self._call(OPERATIONS["account.get_balance"], "AccountBalance", **request)


class AsyncAccount(AsyncAPIResource):
    """Account balance and usage."""

    _namespace = "account"

    async def get_balance(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.AccountBalance:
        """Get the account balance

        Returns the account's remaining balance and its spending today and in total, all in USD
        cents. Authenticated with a regular API key (`Authorization: Bearer`).

        `GET /api/v1/me/balance`"""
        request: dict[str, Any] = {
            "body": None,
            "path_params": {},
            "query": {},
            "extra_headers": extra_headers,
            "extra_body": None,
            "timeout": timeout,
        }
        return await self._call(OPERATIONS["account.get_balance"], "AccountBalance", **request)
