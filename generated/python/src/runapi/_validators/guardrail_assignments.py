"""Request validation of the guardrail_assignments operations, compiled from their schemas.

Generated from spec/openapi.yaml by generator/targets/python_validators.py. Do not edit."""

from __future__ import annotations

from typing import Any

from .._schema_checks import (
    Err,
    Node,
    Variant,
    additional_message,
    prefixed,
)

_C0 = frozenset(["account_user_id", "api_token_id", "guardrail_id"])
_C1 = ["{'required': ['api_token_id']}", "{'required': ['account_user_id']}"]
_C2 = [{"required": ["api_token_id"]}, {"required": ["account_user_id"]}]
_C3 = ["guardrail_id"]
_C4 = ("account_user_id", "api_token_id", "guardrail_id")


def _v1(x: Any) -> bool:
    return [
        (not isinstance(x, dict) or "api_token_id" in x),
        (not isinstance(x, dict) or "account_user_id" in x),
    ].count(True) == 1


def _e1(x: Any) -> list[Err]:
    out: list[Err] = []
    matched = [
        i
        for i, ok in enumerate(
            (
                (not isinstance(x, dict) or "api_token_id" in x),
                (not isinstance(x, dict) or "account_user_id" in x),
            )
        )
        if ok
    ]
    if not matched:
        out.append(Err("oneOf", _C2, x, repr(x) + " is not valid under any of the given schemas"))
    elif len(matched) > 1:
        shown = ", ".join(_C1[i] for i in [*matched[1:], matched[0]])
        out.append(Err("oneOf", _C2, x, repr(x) + " is valid under each of " + shown))
    return out


def _v0(x: Any) -> bool:
    return isinstance(x, dict) and "guardrail_id" in x and x.keys() <= _C0 and _p0(x) and (_v1(x))


def _p0(x: dict[str, Any]) -> bool:
    if "guardrail_id" in x:
        y = x["guardrail_id"]
        if not (isinstance(y, str)):
            return False
    if "api_token_id" in x:
        y = x["api_token_id"]
        if not (isinstance(y, str)):
            return False
    if "account_user_id" in x:
        y = x["account_user_id"]
        if not (isinstance(y, str)):
            return False
    return True


def _e2(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    return out


def _e0(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "guardrail_id" not in x:
            out.append(Err("required", _C3, x, "'guardrail_id' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C0]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C4))
    if isinstance(x, dict):
        if "guardrail_id" in x:
            out += prefixed(_e2(x["guardrail_id"]), ("properties", "guardrail_id"), "guardrail_id")
        if "api_token_id" in x:
            out += prefixed(_e2(x["api_token_id"]), ("properties", "api_token_id"), "api_token_id")
        if "account_user_id" in x:
            out += prefixed(
                _e2(x["account_user_id"]), ("properties", "account_user_id"), "account_user_id"
            )
    out += prefixed(_e1(x), ("allOf", 0))
    return out


_N0 = Variant(
    (),
    _v0,
    _e0,
    ("Provide exactly one of api_token_id or account_user_id",),
    "/components/schemas/ManagementCreateGuardrailAssignmentRequest",
)


BODIES: dict[str, Node] = {"guardrail_assignments.create": _N0}
