"""Request bodies of the guardrail_assignments operations, one TypedDict per accepted shape.

Use them to build a body ahead of a call (`client.guardrail_assignments...create(**body)`); type
checkers then hold the body to the same per-model rules as the call itself.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from typing import Required, TypedDict

__all__ = [
    "CreateParams",
]


class CreateParams(TypedDict, total=False):
    """Body of `guardrail_assignments.create`."""

    guardrail_id: Required[str]
    """Prefix id of the guardrail (for example guardrail_abc123)."""

    api_token_id: str
    """Prefix id of the API key to attach the guardrail to."""

    account_user_id: str
    """Prefix id of the account member (admin only)."""
