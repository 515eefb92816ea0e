"""API keys, guardrails and guardrail assignments, authenticated with a management key.

Typed stub generated from spec/openapi.yaml: one overload per request variant, so a type checker
rejects a missing required field, a value a model does not accept, an unknown field or a wrong
type. Do not edit.
"""

from collections.abc import Mapping
from typing import Unpack

import httpx

from .._resource import (
    AsyncAPIResource,
    SyncAPIResource,
)
from .._types import NotGiven, Operation
from ..params import keys as params
from ..types import keys as types

__all__ = ["AsyncKeys", "Keys"]

OPERATIONS: dict[str, Operation]

class Keys(SyncAPIResource):
    """API keys, guardrails and guardrail assignments, authenticated with a management key."""

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.KeysListResponse:
        """List API keys

        Lists the account's standard API keys (the secret itself is never listed, only
        `masked_token`). Requires a management key.

        `GET /api/v1/keys`"""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.CreateParams],
    ) -> types.ManagementCreatedApiKey:
        """Create an API key

        Creates a standard API key. `credit_limit_cents` alone is a lifetime budget; with
        `credit_limit_reset_interval` the cap resets each daily, weekly or monthly window.
        `allowed_models` restricts the key to a fixed set of models (requests for other models
        answer 422); omit it, or send null or `[]`, to allow all models. `enabled: false` makes
        requests with the key answer 401. `guardrail_id` attaches a reusable guardrail. The
        secret `key` is returned only once, in this answer.

        `POST /api/v1/keys`"""

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.ManagementApiKeyDetail:
        """Get an API key

        Returns one API key with its spending so far (total, today, this week, this month, in USD
        cents).

        `GET /api/v1/keys/{id}`"""

    def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> None:
        """Delete an API key

        Revokes and deletes the API key.

        `DELETE /api/v1/keys/{id}`"""

    def update(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.UpdateParams],
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

    def validate_create(self, **body: Unpack[params.CreateParams]) -> None:
        """Check a `create` body against every rule of keys.create without sending anything; raises
        `runapi.ValidationError` naming each broken rule."""

    def validate_update(self, **body: Unpack[params.UpdateParams]) -> None:
        """Check a `update` body against every rule of keys.update without sending anything; raises
        `runapi.ValidationError` naming each broken rule."""

class AsyncKeys(AsyncAPIResource):
    """API keys, guardrails and guardrail assignments, authenticated with a management key."""

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.KeysListResponse:
        """List API keys

        Lists the account's standard API keys (the secret itself is never listed, only
        `masked_token`). Requires a management key.

        `GET /api/v1/keys`"""

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.CreateParams],
    ) -> types.ManagementCreatedApiKey:
        """Create an API key

        Creates a standard API key. `credit_limit_cents` alone is a lifetime budget; with
        `credit_limit_reset_interval` the cap resets each daily, weekly or monthly window.
        `allowed_models` restricts the key to a fixed set of models (requests for other models
        answer 422); omit it, or send null or `[]`, to allow all models. `enabled: false` makes
        requests with the key answer 401. `guardrail_id` attaches a reusable guardrail. The
        secret `key` is returned only once, in this answer.

        `POST /api/v1/keys`"""

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.ManagementApiKeyDetail:
        """Get an API key

        Returns one API key with its spending so far (total, today, this week, this month, in USD
        cents).

        `GET /api/v1/keys/{id}`"""

    async def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> None:
        """Delete an API key

        Revokes and deletes the API key.

        `DELETE /api/v1/keys/{id}`"""

    async def update(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.UpdateParams],
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

    def validate_create(self, **body: Unpack[params.CreateParams]) -> None:
        """Check a `create` body against every rule of keys.create without sending anything; raises
        `runapi.ValidationError` naming each broken rule."""

    def validate_update(self, **body: Unpack[params.UpdateParams]) -> None:
        """Check a `update` body against every rule of keys.update without sending anything; raises
        `runapi.ValidationError` naming each broken rule."""
