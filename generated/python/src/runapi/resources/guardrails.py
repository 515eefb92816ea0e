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

    from ..types import guardrails as types

__all__ = ["AsyncGuardrails", "Guardrails"]

OPERATIONS: dict[str, Operation] = {
    "guardrails.list": Operation(
        operation_id="guardrails.list",
        method="GET",
        path="/api/v1/guardrails",
        auth="management_key",
        body="none",
    ),
    "guardrails.create": Operation(
        operation_id="guardrails.create",
        method="POST",
        path="/api/v1/guardrails",
        auth="management_key",
        body="json",
    ),
    "guardrails.get": Operation(
        operation_id="guardrails.get",
        method="GET",
        path="/api/v1/guardrails/{id}",
        auth="management_key",
        body="none",
    ),
    "guardrails.delete": Operation(
        operation_id="guardrails.delete",
        method="DELETE",
        path="/api/v1/guardrails/{id}",
        auth="management_key",
        body="none",
    ),
    "guardrails.update": Operation(
        operation_id="guardrails.update",
        method="PATCH",
        path="/api/v1/guardrails/{id}",
        auth="management_key",
        body="json",
    ),
}


class Guardrails(SyncAPIResource):
    """API keys, guardrails and guardrail assignments, authenticated with a management key."""

    _namespace = "guardrails"

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.ManagementGuardrailList:
        """List guardrails

        Lists the account's guardrails - reusable policy templates with model and provider
        allow/block lists, a total spending cap and per-model budgets.

        `GET /api/v1/guardrails`"""
        request: dict[str, Any] = {
            "body": None,
            "path_params": {},
            "query": {},
            "extra_headers": extra_headers,
            "extra_body": None,
            "timeout": timeout,
        }
        return self._call(OPERATIONS["guardrails.list"], "ManagementGuardrailList", **request)

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.ManagementGuardrailEnvelope:
        """Create a guardrail

        Creates a guardrail; any management key may create one in its account. `name` is unique
        within the account (case-insensitive). Blocklists always win over allowlists; empty or
        null allowlists allow everything. A total cap (`credit_limit_cents`) must be sent
        together with its `credit_limit_reset_interval`. `model_budgets` are scoped caps that only
        count requests in their scope (they never reject requests outside it): `include` counts
        only the listed models, `exclude` counts every model except them (new models are counted
        by default).

        Rules checked before sending:
        - credit_limit_cents must be set together with credit_limit_reset_interval

        `POST /api/v1/guardrails`"""
        request: dict[str, Any] = {
            "body": body,
            "path_params": {},
            "query": {},
            "extra_headers": extra_headers,
            "extra_body": extra_body,
            "timeout": timeout,
        }
        return self._call(OPERATIONS["guardrails.create"], "ManagementGuardrailEnvelope", **request)

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.ManagementGuardrailEnvelope:
        """Get a guardrail

        Returns one guardrail wrapped in `{"guardrail": {...}}`.

        `GET /api/v1/guardrails/{id}`"""
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
        return self._call(OPERATIONS["guardrails.get"], "ManagementGuardrailEnvelope", **request)

    def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> None:
        """Delete a guardrail

        Soft-deletes the guardrail and destroys all its assignments; its name becomes available
        again. Same permission rule as update.

        `DELETE /api/v1/guardrails/{id}`"""
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
        self._call_empty(OPERATIONS["guardrails.delete"], **request)

    def update(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.ManagementGuardrailEnvelope:
        """Update a guardrail

        Scalar fields (`name`, `description`, `enabled`, `credit_limit_cents`,
        `credit_limit_reset_interval`) are overwritten when present and kept when omitted. Rule
        arrays (`allowed_models`, `blocked_models`, `allowed_providers`, `blocked_providers`) and
        `model_budgets` are replaced absolutely when present; null or `[]` clears them. Account
        admins may update any guardrail; other management keys only guardrails they created
        while those are assigned solely to their own API keys (403 otherwise).

        `PATCH /api/v1/guardrails/{id}`"""
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
        return self._call(OPERATIONS["guardrails.update"], "ManagementGuardrailEnvelope", **request)

    def validate_create(self, **body: Any) -> None:
        """Check a `create` body against every rule of guardrails.create without sending anything;
        raises `runapi.ValidationError` naming each broken rule."""
        check_body("guardrails", "guardrails.create", body)

    def validate_update(self, **body: Any) -> None:
        """Check a `update` body against every rule of guardrails.update without sending anything;
        raises `runapi.ValidationError` naming each broken rule."""
        check_body("guardrails", "guardrails.update", body)


class AsyncGuardrails(AsyncAPIResource):
    """API keys, guardrails and guardrail assignments, authenticated with a management key."""

    _namespace = "guardrails"

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.ManagementGuardrailList:
        """List guardrails

        Lists the account's guardrails - reusable policy templates with model and provider
        allow/block lists, a total spending cap and per-model budgets.

        `GET /api/v1/guardrails`"""
        request: dict[str, Any] = {
            "body": None,
            "path_params": {},
            "query": {},
            "extra_headers": extra_headers,
            "extra_body": None,
            "timeout": timeout,
        }
        return await self._call(OPERATIONS["guardrails.list"], "ManagementGuardrailList", **request)

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.ManagementGuardrailEnvelope:
        """Create a guardrail

        Creates a guardrail; any management key may create one in its account. `name` is unique
        within the account (case-insensitive). Blocklists always win over allowlists; empty or
        null allowlists allow everything. A total cap (`credit_limit_cents`) must be sent
        together with its `credit_limit_reset_interval`. `model_budgets` are scoped caps that only
        count requests in their scope (they never reject requests outside it): `include` counts
        only the listed models, `exclude` counts every model except them (new models are counted
        by default).

        Rules checked before sending:
        - credit_limit_cents must be set together with credit_limit_reset_interval

        `POST /api/v1/guardrails`"""
        request: dict[str, Any] = {
            "body": body,
            "path_params": {},
            "query": {},
            "extra_headers": extra_headers,
            "extra_body": extra_body,
            "timeout": timeout,
        }
        return await self._call(
            OPERATIONS["guardrails.create"], "ManagementGuardrailEnvelope", **request
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.ManagementGuardrailEnvelope:
        """Get a guardrail

        Returns one guardrail wrapped in `{"guardrail": {...}}`.

        `GET /api/v1/guardrails/{id}`"""
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
        return await self._call(
            OPERATIONS["guardrails.get"], "ManagementGuardrailEnvelope", **request
        )

    async def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> None:
        """Delete a guardrail

        Soft-deletes the guardrail and destroys all its assignments; its name becomes available
        again. Same permission rule as update.

        `DELETE /api/v1/guardrails/{id}`"""
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
        await self._call_empty(OPERATIONS["guardrails.delete"], **request)

    async def update(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.ManagementGuardrailEnvelope:
        """Update a guardrail

        Scalar fields (`name`, `description`, `enabled`, `credit_limit_cents`,
        `credit_limit_reset_interval`) are overwritten when present and kept when omitted. Rule
        arrays (`allowed_models`, `blocked_models`, `allowed_providers`, `blocked_providers`) and
        `model_budgets` are replaced absolutely when present; null or `[]` clears them. Account
        admins may update any guardrail; other management keys only guardrails they created
        while those are assigned solely to their own API keys (403 otherwise).

        `PATCH /api/v1/guardrails/{id}`"""
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
        return await self._call(
            OPERATIONS["guardrails.update"], "ManagementGuardrailEnvelope", **request
        )

    def validate_create(self, **body: Any) -> None:
        """Check a `create` body against every rule of guardrails.create without sending anything;
        raises `runapi.ValidationError` naming each broken rule."""
        check_body("guardrails", "guardrails.create", body)

    def validate_update(self, **body: Any) -> None:
        """Check a `update` body against every rule of guardrails.update without sending anything;
        raises `runapi.ValidationError` naming each broken rule."""
        check_body("guardrails", "guardrails.update", body)
