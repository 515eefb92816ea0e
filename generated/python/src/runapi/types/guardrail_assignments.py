# Generated from spec/openapi.yaml by datamodel-code-generator. Do not edit.

from __future__ import annotations

from runapi._models import BaseModel


class ManagementGuardrailAssignment(BaseModel):
    """
    A link between one guardrail and one API key or account member.
    """

    id: str
    guardrail_id: str
    api_token_id: str | None = None
    account_user_id: str | None = None
    created_at: str | None = None


class ManagementGuardrailAssignmentEnvelope(BaseModel):
    """
    One assignment wrapped in `guardrail_assignment`.
    """

    guardrail_assignment: ManagementGuardrailAssignment


class ManagementGuardrailAssignmentList(BaseModel):
    """
    Assignments visible to the management key.
    """

    guardrail_assignments: list[ManagementGuardrailAssignment]
