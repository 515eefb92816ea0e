# Generated from spec/openapi.yaml by datamodel-code-generator. Do not edit.

from __future__ import annotations

from runapi._models import BaseModel


class AccountBalance(BaseModel):
    """
    Account balance and usage, in USD cents.
    """

    balance_cents: int
    """
    Remaining credit balance in USD cents.
    """
    spent_cents_today: int | None = None
    """
    Amount spent today, in USD cents.
    """
    spent_cents_total: int | None = None
    """
    Amount spent since the account was created, in USD cents.
    """
