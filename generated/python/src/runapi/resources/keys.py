"""API keys, guardrails and guardrail assignments, authenticated with a management key.

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
from .._validation import check_body

if TYPE_CHECKING:
    import httpx

    from ..types import keys as types

__all__ = ["AsyncKeys", "Keys"]

OPERATIONS: dict[str, Operation] = {
    "keys.list": Operation(
        operation_id="keys.list",
        method="GET",
        path="/api/v1/keys",
        auth="management_key",
        body="none",
    ),
    "keys.create": Operation(
        operation_id="keys.create",
        method="POST",
        path="/api/v1/keys",
        auth="management_key",
        body="json",
    ),
    "keys.get": Operation(
        operation_id="keys.get",
        method="GET",
        path="/api/v1/keys/{id}",
        auth="management_key",
        body="none",
    ),
    "keys.delete": Operation(
        operation_id="keys.delete",
        method="DELETE",
        path="/api/v1/keys/{id}",
        auth="management_key",
        body="none",
    ),
    "keys.update": Operation(
        operation_id="keys.update",
        method="PATCH",
        path="/api/v1/keys/{id}",
        auth="management_key",
        body="json",
    ),
}


class Keys(SyncAPIResource):
    """API keys, guardrails and guardrail assignments, authenticated with a management key."""

    _namespace = "keys"

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.KeysListResponse:
        """List API keys

        Lists the account's standard API keys (the secret itself is never listed, only
        `masked_token`). Requires a management key.

        `GET /api/v1/keys`"""
        request: dict[str, Any] = {
            "body": None,
            "path_params": {},
            "query": {},
            "extra_headers": extra_headers,
            "extra_body": None,
            "timeout": timeout,
        }
        return self._call(OPERATIONS["keys.list"], "KeysListResponse", **request)

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.ManagementCreatedApiKey:
        """Create an API key

        Creates a standard API key. `credit_limit_cents` alone is a lifetime budget; with
        `credit_limit_reset_interval` the cap resets each daily, weekly or monthly window.
        `allowed_models` restricts the key to a fixed set of models (requests for other models
        answer 422); omit it, or send null or `[]`, to allow all models. `enabled: false` makes
        requests with the key answer 401. `guardrail_id` attaches a reusable guardrail. The
        secret `key` is returned only once, in this answer.

        `POST /api/v1/keys`"""
        request: dict[str, Any] = {
            "body": body,
            "path_params": {},
            "query": {},
            "extra_headers": extra_headers,
            "extra_body": extra_body,
            "timeout": timeout,
        }
        return self._call(OPERATIONS["keys.create"], "ManagementCreatedApiKey", **request)

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.ManagementApiKeyDetail:
        """Get an API key

        Returns one API key with its spending so far (total, today, this week, this month, in USD
        cents).

        `GET /api/v1/keys/{id}`"""
        request: dict[str, Any] = {
            "body": None,
            "path_params": {
                "id": id,
            },
            "query": {},
            "extra_headers": extra_headers,
            "extra_body": None,
            "timeout": timeout,
        }
        return self._call(OPERATIONS["keys.get"], "ManagementApiKeyDetail", **request)

    def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> None:
        """Delete an API key

        Revokes and deletes the API key.

        `DELETE /api/v1/keys/{id}`"""
        request: dict[str, Any] = {
            "body": None,
            "path_params": {
                "id": id,
            },
            "query": {},
            "extra_headers": extra_headers,
            "extra_body": None,
            "timeout": timeout,
        }
        self._call_empty(OPERATIONS["keys.delete"], **request)

    def update(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.ManagementApiKey:
        """Update an API key

        Updates fields that are present and leaves omitted ones unchanged. Send
        `credit_limit_cents` as null or an empty string to clear the cap. `allowed_models` is
        replaced absolutely: null or `[]` clears the allowlist, omitting it keeps it.
        `enabled: false` revokes authentication immediately and `true` re-enables it,
        independently of the cap. `guardrail_id` is not accepted here; use the guardrail
        assignment operations to replace or remove a key's guardrail.

        Rules checked before sending:
        - guardrail_id is not accepted when updating a key; use the guardrail assignment operations

        `PATCH /api/v1/keys/{id}`"""
        request: dict[str, Any] = {
            "body": body,
            "path_params": {
                "id": id,
            },
            "query": {},
            "extra_headers": extra_headers,
            "extra_body": extra_body,
            "timeout": timeout,
        }
        return self._call(OPERATIONS["keys.update"], "ManagementApiKey", **request)

    def validate_create(self, **body: Any) -> None:
        """Check a `create` body against every rule of keys.create without sending anything; raises
        `runapi.ValidationError` naming each broken rule."""
        check_body("keys", "keys.create", body)

    def validate_update(self, **body: Any) -> None:
        """Check a `update` body against every rule of keys.update without sending anything; raises
        `runapi.ValidationError` naming each broken rule."""
        check_body("keys", "keys.update", body)


class AsyncKeys(AsyncAPIResource):
    """API keys, guardrails and guardrail assignments, authenticated with a management key."""

    _namespace = "keys"

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.KeysListResponse:
        """List API keys

        Lists the account's standard API keys (the secret itself is never listed, only
        `masked_token`). Requires a management key.

        `GET /api/v1/keys`"""
        request: dict[str, Any] = {
            "body": None,
            "path_params": {},
            "query": {},
            "extra_headers": extra_headers,
            "extra_body": None,
            "timeout": timeout,
        }
        return await self._call(OPERATIONS["keys.list"], "KeysListResponse", **request)

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.ManagementCreatedApiKey:
        """Create an API key

        Creates a standard API key. `credit_limit_cents` alone is a lifetime budget; with
        `credit_limit_reset_interval` the cap resets each daily, weekly or monthly window.
        `allowed_models` restricts the key to a fixed set of models (requests for other models
        answer 422); omit it, or send null or `[]`, to allow all models. `enabled: false` makes
        requests with the key answer 401. `guardrail_id` attaches a reusable guardrail. The
        secret `key` is returned only once, in this answer.

        `POST /api/v1/keys`"""
        request: dict[str, Any] = {
            "body": body,
            "path_params": {},
            "query": {},
            "extra_headers": extra_headers,
            "extra_body": extra_body,
            "timeout": timeout,
        }
        return await self._call(OPERATIONS["keys.create"], "ManagementCreatedApiKey", **request)

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.ManagementApiKeyDetail:
        """Get an API key

        Returns one API key with its spending so far (total, today, this week, this month, in USD
        cents).

        `GET /api/v1/keys/{id}`"""
        request: dict[str, Any] = {
            "body": None,
            "path_params": {
                "id": id,
            },
            "query": {},
            "extra_headers": extra_headers,
            "extra_body": None,
            "timeout": timeout,
        }
        return await self._call(OPERATIONS["keys.get"], "ManagementApiKeyDetail", **request)

    async def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> None:
        """Delete an API key

        Revokes and deletes the API key.

        `DELETE /api/v1/keys/{id}`"""
        request: dict[str, Any] = {
            "body": None,
            "path_params": {
                "id": id,
            },
            "query": {},
            "extra_headers": extra_headers,
            "extra_body": None,
            "timeout": timeout,
        }
        await self._call_empty(OPERATIONS["keys.delete"], **request)

    async def update(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.ManagementApiKey:
        """Update an API key

        Updates fields that are present and leaves omitted ones unchanged. Send
        `credit_limit_cents` as null or an empty string to clear the cap. `allowed_models` is
        replaced absolutely: null or `[]` clears the allowlist, omitting it keeps it.
        `enabled: false` revokes authentication immediately and `true` re-enables it,
        independently of the cap. `guardrail_id` is not accepted here; use the guardrail
        assignment operations to replace or remove a key's guardrail.

        Rules checked before sending:
        - guardrail_id is not accepted when updating a key; use the guardrail assignment operations

        `PATCH /api/v1/keys/{id}`"""
        request: dict[str, Any] = {
            "body": body,
            "path_params": {
                "id": id,
            },
            "query": {},
            "extra_headers": extra_headers,
            "extra_body": extra_body,
            "timeout": timeout,
        }
        return await self._call(OPERATIONS["keys.update"], "ManagementApiKey", **request)

    def validate_create(self, **body: Any) -> None:
        """Check a `create` body against every rule of keys.create without sending anything; raises
        `runapi.ValidationError` naming each broken rule."""
        check_body("keys", "keys.create", body)

    def validate_update(self, **body: Any) -> None:
        """Check a `update` body against every rule of keys.update without sending anything; raises
        `runapi.ValidationError` naming each broken rule."""
        check_body("keys", "keys.update", body)
