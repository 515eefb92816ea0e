"""Request bodies of the guardrails operations, one TypedDict per accepted shape.

Use them to build a body ahead of a call (`client.guardrails...create(**body)`); type
checkers then hold the body to the same per-model rules as the call itself.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, Required, TypedDict

__all__ = ["CreateParams", "ManagementModelBudgetParam", "UpdateParams"]


class CreateParams(TypedDict, total=False):
    """Body of `guardrails.create`."""

    name: Required[str]
    """Unique guardrail name within the account (case-insensitive)."""

    description: str | None
    """Free-form description."""

    enabled: bool
    """Whether the guardrail is enforced; defaults to true."""

    credit_limit_cents: int | None
    """Total spend cap (USD cents) across every key and member assigned to this guardrail; when
    creating a guardrail, a cap must be sent together with credit_limit_reset_interval."""

    credit_limit_reset_interval: Literal["daily", "weekly", "monthly"] | None
    """Reset cadence of the total cap - daily, weekly or monthly."""

    allowed_models: list[str] | tuple[str, ...] | None
    """Allowlist of public model identifiers; empty or null allows all."""

    blocked_models: list[str] | tuple[str, ...] | None
    """Model blocklist; always wins over the allowlist."""

    allowed_providers: list[str] | tuple[str, ...] | None
    """Allowlist of provider names; empty or null allows all."""

    blocked_providers: list[str] | tuple[str, ...] | None
    """Provider blocklist."""

    model_budgets: Sequence[ManagementModelBudgetParam] | None
    """Scoped model spend caps."""


class UpdateParams(TypedDict, total=False):
    """Body of `guardrails.update`."""

    name: str
    """Unique guardrail name within the account (case-insensitive)."""

    description: str | None
    """Free-form description."""

    enabled: bool
    """Whether the guardrail is enforced; defaults to true."""

    credit_limit_cents: int | None
    """Total spend cap (USD cents) across every key and member assigned to this guardrail; when
    creating a guardrail, a cap must be sent together with credit_limit_reset_interval."""

    credit_limit_reset_interval: Literal["daily", "weekly", "monthly"] | None
    """Reset cadence of the total cap - daily, weekly or monthly."""

    allowed_models: list[str] | tuple[str, ...] | None
    """Allowlist of public model identifiers; empty or null allows all."""

    blocked_models: list[str] | tuple[str, ...] | None
    """Model blocklist; always wins over the allowlist."""

    allowed_providers: list[str] | tuple[str, ...] | None
    """Allowlist of provider names; empty or null allows all."""

    blocked_providers: list[str] | tuple[str, ...] | None
    """Provider blocklist."""

    model_budgets: Sequence[ManagementModelBudgetParam] | None
    """Scoped model spend caps."""


class ManagementModelBudgetParam(TypedDict, total=False):
    """An item of ManagementModelBudgetParam."""

    match_mode: Literal["include", "exclude"]
    """include counts only the listed models; exclude counts every model except them."""

    models: list[str] | tuple[str, ...]
    """Public model identifiers."""

    credit_limit_cents: int
    """Cap in USD cents."""

    credit_limit_reset_interval: Literal["daily", "weekly", "monthly"] | None
    """Reset cadence of this budget (daily, weekly or monthly); null makes it a lifetime cap."""
