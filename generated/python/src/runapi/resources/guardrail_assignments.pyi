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
from ..params import guardrail_assignments as params
from ..types import guardrail_assignments as types

__all__ = ["AsyncGuardrailAssignments", "GuardrailAssignments"]

OPERATIONS: dict[str, Operation]

class GuardrailAssignments(SyncAPIResource):
    """API keys, guardrails and guardrail assignments, authenticated with a management key."""

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.ManagementGuardrailAssignmentList:
        """List guardrail assignments

        Returns `{"guardrail_assignments": [...]}`. Account admins see every assignment in the
        account; other management keys only those on their own API keys.

        `GET /api/v1/guardrail_assignments`"""

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.CreateParams],
    ) -> types.ManagementGuardrailAssignmentEnvelope:
        """Attach a guardrail to an API key or member

        Links one guardrail to one API key (`api_token_id`) or one account member
        (`account_user_id`, admin only) - exactly one of the two. Each target may have at most one
        direct assignment: 422 if it already has one. To replace a guardrail, delete the existing
        assignment and create a new one.

        Rules checked before sending:
        - Provide exactly one of api_token_id or account_user_id

        `POST /api/v1/guardrail_assignments`"""

    def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> None:
        """Remove a guardrail assignment

        Removes the guardrail from its target without affecting the guardrail or the target.

        `DELETE /api/v1/guardrail_assignments/{id}`"""

    def validate(self, **body: Unpack[params.CreateParams]) -> None:
        """Check a `create` body against every rule of guardrail_assignments.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

class AsyncGuardrailAssignments(AsyncAPIResource):
    """API keys, guardrails and guardrail assignments, authenticated with a management key."""

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.ManagementGuardrailAssignmentList:
        """List guardrail assignments

        Returns `{"guardrail_assignments": [...]}`. Account admins see every assignment in the
        account; other management keys only those on their own API keys.

        `GET /api/v1/guardrail_assignments`"""

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **body: Unpack[params.CreateParams],
    ) -> types.ManagementGuardrailAssignmentEnvelope:
        """Attach a guardrail to an API key or member

        Links one guardrail to one API key (`api_token_id`) or one account member
        (`account_user_id`, admin only) - exactly one of the two. Each target may have at most one
        direct assignment: 422 if it already has one. To replace a guardrail, delete the existing
        assignment and create a new one.

        Rules checked before sending:
        - Provide exactly one of api_token_id or account_user_id

        `POST /api/v1/guardrail_assignments`"""

    async def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> None:
        """Remove a guardrail assignment

        Removes the guardrail from its target without affecting the guardrail or the target.

        `DELETE /api/v1/guardrail_assignments/{id}`"""

    def validate(self, **body: Unpack[params.CreateParams]) -> None:
        """Check a `create` body against every rule of guardrail_assignments.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
