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

    from ..types import guardrail_assignments as types

__all__ = ["AsyncGuardrailAssignments", "GuardrailAssignments"]

OPERATIONS: dict[str, Operation] = {
    "guardrail_assignments.list": Operation(
        operation_id="guardrail_assignments.list",
        method="GET",
        path="/api/v1/guardrail_assignments",
        auth="management_key",
        body="none",
    ),
    "guardrail_assignments.create": Operation(
        operation_id="guardrail_assignments.create",
        method="POST",
        path="/api/v1/guardrail_assignments",
        auth="management_key",
        body="json",
    ),
    "guardrail_assignments.delete": Operation(
        operation_id="guardrail_assignments.delete",
        method="DELETE",
        path="/api/v1/guardrail_assignments/{id}",
        auth="management_key",
        body="none",
    ),
}


class GuardrailAssignments(SyncAPIResource):
    """API keys, guardrails and guardrail assignments, authenticated with a management key."""

    _namespace = "guardrail_assignments"

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.ManagementGuardrailAssignmentList:
        """List guardrail assignments

        Returns `{"guardrail_assignments": [...]}`. Account admins see every assignment in the
        account; other management keys only those on their own API keys.

        `GET /api/v1/guardrail_assignments`"""
        request: dict[str, Any] = {
            "body": None,
            "path_params": {},
            "query": {},
            "extra_headers": extra_headers,
            "extra_body": None,
            "timeout": timeout,
        }
        return self._call(
            OPERATIONS["guardrail_assignments.list"], "ManagementGuardrailAssignmentList", **request
        )

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.ManagementGuardrailAssignmentEnvelope:
        """Attach a guardrail to an API key or member

        Links one guardrail to one API key (`api_token_id`) or one account member
        (`account_user_id`, admin only) - exactly one of the two. Each target may have at most one
        direct assignment: 422 if it already has one. To replace a guardrail, delete the existing
        assignment and create a new one.

        Rules checked before sending:
        - Provide exactly one of api_token_id or account_user_id

        `POST /api/v1/guardrail_assignments`"""
        request: dict[str, Any] = {
            "body": body,
            "path_params": {},
            "query": {},
            "extra_headers": extra_headers,
            "extra_body": extra_body,
            "timeout": timeout,
        }
        return self._call(
            OPERATIONS["guardrail_assignments.create"],
            "ManagementGuardrailAssignmentEnvelope",
            **request,
        )

    def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> None:
        """Remove a guardrail assignment

        Removes the guardrail from its target without affecting the guardrail or the target.

        `DELETE /api/v1/guardrail_assignments/{id}`"""
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
        self._call_empty(OPERATIONS["guardrail_assignments.delete"], **request)

    def validate(self, **body: Any) -> None:
        """Check a `create` body against every rule of guardrail_assignments.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("guardrail_assignments", "guardrail_assignments.create", body)


class AsyncGuardrailAssignments(AsyncAPIResource):
    """API keys, guardrails and guardrail assignments, authenticated with a management key."""

    _namespace = "guardrail_assignments"

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.ManagementGuardrailAssignmentList:
        """List guardrail assignments

        Returns `{"guardrail_assignments": [...]}`. Account admins see every assignment in the
        account; other management keys only those on their own API keys.

        `GET /api/v1/guardrail_assignments`"""
        request: dict[str, Any] = {
            "body": None,
            "path_params": {},
            "query": {},
            "extra_headers": extra_headers,
            "extra_body": None,
            "timeout": timeout,
        }
        return await self._call(
            OPERATIONS["guardrail_assignments.list"], "ManagementGuardrailAssignmentList", **request
        )

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.ManagementGuardrailAssignmentEnvelope:
        """Attach a guardrail to an API key or member

        Links one guardrail to one API key (`api_token_id`) or one account member
        (`account_user_id`, admin only) - exactly one of the two. Each target may have at most one
        direct assignment: 422 if it already has one. To replace a guardrail, delete the existing
        assignment and create a new one.

        Rules checked before sending:
        - Provide exactly one of api_token_id or account_user_id

        `POST /api/v1/guardrail_assignments`"""
        request: dict[str, Any] = {
            "body": body,
            "path_params": {},
            "query": {},
            "extra_headers": extra_headers,
            "extra_body": extra_body,
            "timeout": timeout,
        }
        return await self._call(
            OPERATIONS["guardrail_assignments.create"],
            "ManagementGuardrailAssignmentEnvelope",
            **request,
        )

    async def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> None:
        """Remove a guardrail assignment

        Removes the guardrail from its target without affecting the guardrail or the target.

        `DELETE /api/v1/guardrail_assignments/{id}`"""
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
        await self._call_empty(OPERATIONS["guardrail_assignments.delete"], **request)

    def validate(self, **body: Any) -> None:
        """Check a `create` body against every rule of guardrail_assignments.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("guardrail_assignments", "guardrail_assignments.create", body)
