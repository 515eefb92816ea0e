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
from ..params import guardrails as params
from ..types import guardrails as types

__all__ = ["AsyncGuardrails", "Guardrails"]

OPERATIONS: dict[str, Operation]

class Guardrails(SyncAPIResource):
    """API keys, guardrails and guardrail assignments, authenticated with a management key."""

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.ManagementGuardrailList:
        """List guardrails

        Lists the account's guardrails - reusable policy templates with model and provider
        allow/block lists, a total spending cap and per-model budgets.

        `GET /api/v1/guardrails`"""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.CreateParams],
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

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.ManagementGuardrailEnvelope:
        """Get a guardrail

        Returns one guardrail wrapped in `{"guardrail": {...}}`.

        `GET /api/v1/guardrails/{id}`"""

    def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> None:
        """Delete a guardrail

        Soft-deletes the guardrail and destroys all its assignments; its name becomes available
        again. Same permission rule as update.

        `DELETE /api/v1/guardrails/{id}`"""

    def update(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.UpdateParams],
    ) -> types.ManagementGuardrailEnvelope:
        """Update a guardrail

        Scalar fields (`name`, `description`, `enabled`, `credit_limit_cents`,
        `credit_limit_reset_interval`) are overwritten when present and kept when omitted. Rule
        arrays (`allowed_models`, `blocked_models`, `allowed_providers`, `blocked_providers`) and
        `model_budgets` are replaced absolutely when present; null or `[]` clears them. Account
        admins may update any guardrail; other management keys only guardrails they created
        while those are assigned solely to their own API keys (403 otherwise).

        `PATCH /api/v1/guardrails/{id}`"""

    def validate_create(self, **body: Unpack[params.CreateParams]) -> None:
        """Check a `create` body against every rule of guardrails.create without sending anything;
        raises `runapi.ValidationError` naming each broken rule."""

    def validate_update(self, **body: Unpack[params.UpdateParams]) -> None:
        """Check a `update` body against every rule of guardrails.update without sending anything;
        raises `runapi.ValidationError` naming each broken rule."""

class AsyncGuardrails(AsyncAPIResource):
    """API keys, guardrails and guardrail assignments, authenticated with a management key."""

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.ManagementGuardrailList:
        """List guardrails

        Lists the account's guardrails - reusable policy templates with model and provider
        allow/block lists, a total spending cap and per-model budgets.

        `GET /api/v1/guardrails`"""

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.CreateParams],
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

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.ManagementGuardrailEnvelope:
        """Get a guardrail

        Returns one guardrail wrapped in `{"guardrail": {...}}`.

        `GET /api/v1/guardrails/{id}`"""

    async def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> None:
        """Delete a guardrail

        Soft-deletes the guardrail and destroys all its assignments; its name becomes available
        again. Same permission rule as update.

        `DELETE /api/v1/guardrails/{id}`"""

    async def update(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.UpdateParams],
    ) -> types.ManagementGuardrailEnvelope:
        """Update a guardrail

        Scalar fields (`name`, `description`, `enabled`, `credit_limit_cents`,
        `credit_limit_reset_interval`) are overwritten when present and kept when omitted. Rule
        arrays (`allowed_models`, `blocked_models`, `allowed_providers`, `blocked_providers`) and
        `model_budgets` are replaced absolutely when present; null or `[]` clears them. Account
        admins may update any guardrail; other management keys only guardrails they created
        while those are assigned solely to their own API keys (403 otherwise).

        `PATCH /api/v1/guardrails/{id}`"""

    def validate_create(self, **body: Unpack[params.CreateParams]) -> None:
        """Check a `create` body against every rule of guardrails.create without sending anything;
        raises `runapi.ValidationError` naming each broken rule."""

    def validate_update(self, **body: Unpack[params.UpdateParams]) -> None:
        """Check a `update` body against every rule of guardrails.update without sending anything;
        raises `runapi.ValidationError` naming each broken rule."""
