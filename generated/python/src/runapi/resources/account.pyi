"""Account balance and usage.

Typed stub generated from spec/openapi.yaml: one overload per request variant, so a type checker
rejects a missing required field, a value a model does not accept, an unknown field or a wrong
type. Do not edit.
"""

from collections.abc import Mapping

import httpx

from .._resource import (
    AsyncAPIResource,
    SyncAPIResource,
)
from .._types import NotGiven, Operation
from ..types import account as types

__all__ = [
    "Account",
    "AsyncAccount",
]

OPERATIONS: dict[str, Operation]

class Account(SyncAPIResource):
    """Account balance and usage."""

    def get_balance(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.AccountBalance:
        """Get the account balance

        Returns the account's remaining balance and its spending today and in total, all in USD
        cents. Authenticated with a regular API key (`Authorization: Bearer`).

        `GET /api/v1/me/balance`"""

class AsyncAccount(AsyncAPIResource):
    """Account balance and usage."""

    async def get_balance(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.AccountBalance:
        """Get the account balance

        Returns the account's remaining balance and its spending today and in total, all in USD
        cents. Authenticated with a regular API key (`Authorization: Bearer`).

        `GET /api/v1/me/balance`"""
