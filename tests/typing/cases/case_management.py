"""Management: keys, guardrails, guardrail_assignments and account."""
# ruff: noqa: F841, B018

from __future__ import annotations

import runapi
from runapi.params.guardrails import CreateParams as GuardrailCreateParams
from runapi.params.keys import UpdateParams as KeyUpdateParams
from runapi.types.keys import ManagementApiKey, ManagementCreatedApiKey


def correct(client: runapi.RunAPI) -> None:
    created: ManagementCreatedApiKey = client.keys.create(
        name="ci",
        credit_limit_cents=5000,
        credit_limit_reset_interval="monthly",
        allowed_models=["gpt-5.4", "claude-opus-4-6"],
        enabled=True,
        guardrail_id="guardrail_abc123",
    )
    secret: str = created.key
    client.keys.create()
    client.keys.validate_create(name="batch", credit_limit_cents=100)
    client.keys.update("token_123", name="renamed")
    client.keys.update("token_123", credit_limit_cents=None, credit_limit_reset_interval=None)
    client.keys.update("token_123", credit_limit_cents="", allowed_models=None)
    updated: ManagementApiKey = client.keys.update("token_123", enabled=False)
    changes: KeyUpdateParams = {"allowed_models": [], "enabled": True}
    client.keys.update(created.id, **changes)

    detail = client.keys.get(created.id)
    spent: int | None = detail.credit_usage_cents_this_month
    ids: list[str] = [key.id for key in client.keys.list().root]
    client.keys.delete(created.id)

    guardrail: GuardrailCreateParams = {
        "name": "team-budget",
        "credit_limit_cents": 10_000,
        "credit_limit_reset_interval": "weekly",
        "blocked_providers": ["openai"],
        "model_budgets": [
            {"match_mode": "include", "models": ["gpt-5.4"], "credit_limit_cents": 500}
        ],
    }
    envelope = client.guardrails.create(**guardrail)
    guardrail_id: str = envelope.guardrail.id
    client.guardrails.update(guardrail_id, description=None, allowed_models=None)
    names: list[str] = [item.name for item in client.guardrails.list().guardrails]

    assignment = client.guardrail_assignments.create(
        guardrail_id=guardrail_id, api_token_id="token_123"
    )
    assignment_id: str = assignment.guardrail_assignment.id
    client.guardrail_assignments.create(guardrail_id=guardrail_id, account_user_id="user_1")
    client.guardrail_assignments.validate(guardrail_id=guardrail_id, api_token_id="token_2")
    listed = client.guardrail_assignments.list().guardrail_assignments
    client.guardrail_assignments.delete(assignment_id)

    balance = client.account.get_balance()
    cents: int = balance.balance_cents
    today: int | None = balance.spent_cents_today


def wrong(client: runapi.RunAPI) -> None:
    keys = client.keys
    keys.update("token_123", guardrail_id="guardrail_abc")  # E: use guardrail_assignments
    keys.update(name="renamed")  # E: key id missing
    keys.update("token_123", credit_limit_cents="none")  # E: int, "" or None
    keys.update("token_123", enabled="false")  # E: a bool
    keys.create(credit_limit_cents="5000")  # E: an int
    keys.create(credit_limit_cents=None)  # E: null clears a cap on update only
    keys.create(credit_limit_reset_interval="yearly")  # E: daily, weekly or monthly
    keys.create(budget_cents=100)  # E: unknown parameter
    keys.get()  # E: key id missing
    [key.id for key in keys.list()]  # E: iterate .root of the list response
    deleted = keys.delete("token_123")  # E: delete answers nothing
    secret: str = keys.get("token_123").key  # E: the secret is only returned by create
    cap: int = keys.get("token_123").credit_limit_cents  # E: null means no cap
    changes: KeyUpdateParams = {"name": "x", "guardrail_id": "g"}  # E: not accepted on update

    client.guardrails.create(description="shared budget")  # E: name missing
    client.guardrails.create(name="n", credit_limit_reset_interval="hourly")  # E: not listed
    client.guardrails.create(name="n", model_budgets={"match_mode": "include"})  # E: a list
    client.guardrails.update(name="renamed")  # E: guardrail id missing
    client.guardrails.list().guardrails.name  # E: guardrails is a list

    client.guardrail_assignments.create(api_token_id="token_123")  # E: guardrail_id missing
    client.guardrail_assignments.create(guardrail_id="g", key_id="token_123")  # E: unknown field
    client.guardrail_assignments.list()[0]  # E: use .guardrail_assignments
    client.guardrail_assignments.update("a", guardrail_id="g")  # E: assignments are not updated

    client.account.get_balance(currency="usd")  # E: takes no parameters
    spent: int = client.account.get_balance().spent_cents_today  # E: optional field
    client.account.balance()  # E: the method is get_balance


async def correct_async(client: runapi.AsyncRunAPI) -> None:
    key = await client.keys.update("token_123", enabled=False)
    enabled: bool = key.enabled
    balance = await client.account.get_balance()
    cents: int = balance.balance_cents
    await client.guardrail_assignments.delete("assignment_1")


async def wrong_async(client: runapi.AsyncRunAPI) -> None:
    client.keys.update("token_123", enabled=False).enabled  # E: not awaited
    await client.keys.update("token_123", guardrail_id="g")  # E: use guardrail_assignments
