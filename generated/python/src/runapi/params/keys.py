"""Request bodies of the keys operations, one TypedDict per accepted shape.

Use them to build a body ahead of a call (`client.keys...create(**body)`); type
checkers then hold the body to the same per-model rules as the call itself.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from typing import Literal, TypedDict

__all__ = [
    "CreateParams",
    "UpdateParams",
]


class CreateParams(TypedDict, total=False):
    """Body of `keys.create`."""

    name: str
    """Friendly name for the API key."""

    credit_limit_cents: int
    """Per-key spending cap in USD cents; a lifetime cap unless credit_limit_reset_interval is
    set."""

    credit_limit_reset_interval: Literal["daily", "weekly", "monthly"]
    """Reset cadence of a spending cap."""

    allowed_models: list[str] | tuple[str, ...] | None
    """Restrict the key to these models (for example gpt-5.4, claude-opus-4-6); omit, null or an
    empty array allows all models."""

    enabled: bool
    """When false, requests with this key are rejected with 401."""

    guardrail_id: str
    """Guardrail to attach at creation (for example guardrail_abc123)."""


class UpdateParams(TypedDict, total=False):
    """Body of `keys.update`."""

    name: str
    """Friendly name."""

    credit_limit_cents: int | Literal[""] | None
    """New spending cap in USD cents; null or an empty string clears it."""

    credit_limit_reset_interval: Literal["daily", "weekly", "monthly"] | None
    """Reset cadence of the cap - daily, weekly or monthly."""

    allowed_models: list[str] | tuple[str, ...] | None
    """Replaces the allowlist absolutely; null or an empty array clears it, omit to keep it."""

    enabled: bool
    """false revokes authentication immediately; true re-enables the key."""
