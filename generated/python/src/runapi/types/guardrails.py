# Generated from spec/openapi.yaml by datamodel-code-generator. Do not edit.

from __future__ import annotations

from runapi._models import BaseModel


class ModelBudget(BaseModel):
    match_mode: str | None = None
    models: list[str] | None = None
    credit_limit_cents: int | None = None
    credit_limit_reset_interval: str | None = None


class ManagementGuardrail(BaseModel):
    """
    A guardrail.
    """

    id: str
    name: str
    description: str | None = None
    enabled: bool | None = None
    credit_limit_cents: int | None = None
    credit_limit_reset_interval: str | None = None
    allowed_models: list[str] | None = None
    blocked_models: list[str] | None = None
    allowed_providers: list[str] | None = None
    blocked_providers: list[str] | None = None
    model_budgets: list[ModelBudget] | None = None
    assignment_count: int | None = None
    """
    Number of keys and members the guardrail is assigned to.
    """
    created_at: str | None = None


class ManagementGuardrailEnvelope(BaseModel):
    """
    One guardrail wrapped in `guardrail`.
    """

    guardrail: ManagementGuardrail


class ManagementGuardrailList(BaseModel):
    """
    The account's guardrails.
    """

    guardrails: list[ManagementGuardrail]
