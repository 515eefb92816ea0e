# Generated from spec/openapi.yaml by datamodel-code-generator. Do not edit.

from __future__ import annotations

from typing import Literal

from pydantic import RootModel

from runapi._models import BaseModel


class ManagementApiKey(BaseModel):
    """
    A standard API key (without its secret).
    """

    id: str
    """
    Key id, for example token_123.
    """
    name: str | None = None
    """
    Friendly name.
    """
    masked_token: str | None = None
    """
    The key with its middle masked.
    """
    enabled: bool
    """
    When false, requests with this key answer 401.
    """
    credit_limit_cents: int | None = None
    """
    Spending cap in USD cents; null means no cap.
    """
    credit_limit_reset_interval: Literal["daily", "weekly", "monthly"] | None = None
    """
    Reset cadence; null makes the cap a lifetime budget.
    """
    allowed_models: list[str] | None = None
    """
    Model allowlist; null means all models.
    """
    guardrail_id: str | None = None
    """
    Directly attached guardrail, if any.
    """
    last_used_at: str | None = None
    created_at: str | None = None


class ManagementApiKeyDetail(ManagementApiKey):
    """
    An API key with its spending so far.
    """

    credit_usage_cents_total: int | None = None
    credit_usage_cents_today: int | None = None
    credit_usage_cents_this_week: int | None = None
    credit_usage_cents_this_month: int | None = None


class ManagementCreatedApiKey(ManagementApiKey):
    """
    A newly created key, including its secret (returned only this once).
    """

    key: str
    """
    The secret API key; store it now, it is never shown again.
    """


class KeysListResponse(RootModel[list[ManagementApiKey]]):
    root: list[ManagementApiKey]
