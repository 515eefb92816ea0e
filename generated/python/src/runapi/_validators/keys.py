"""Request validation of the keys operations, compiled from their schemas.

Generated from spec/openapi.yaml by generator/targets/python_validators.py. Do not edit."""

from __future__ import annotations

from typing import Any

from .._schema_checks import (
    Err,
    Node,
    Variant,
    additional_message,
    equal,
    is_integer,
    prefixed,
)

_C0 = frozenset(
    [
        "allowed_models",
        "credit_limit_cents",
        "credit_limit_reset_interval",
        "enabled",
        "guardrail_id",
        "name",
    ]
)
_C1 = frozenset(["daily", "monthly", "weekly"])
_C2 = ["daily", "weekly", "monthly"]
_C3 = ["array", "null"]
_C4 = (
    "allowed_models",
    "credit_limit_cents",
    "credit_limit_reset_interval",
    "enabled",
    "guardrail_id",
    "name",
)
_C5 = frozenset(
    ["allowed_models", "credit_limit_cents", "credit_limit_reset_interval", "enabled", "name"]
)
_C6 = {"required": ["guardrail_id"]}
_C7 = [{"type": "integer"}, {"type": "null"}, {"const": ""}]
_C8 = ["daily", "weekly", "monthly", None]
_C9 = ("allowed_models", "credit_limit_cents", "credit_limit_reset_interval", "enabled", "name")
_C10 = ["string", "null"]


def _v1(x: Any) -> bool:
    return isinstance(x, str) and x in _C1


def _e1(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C1):
        out.append(Err("enum", _C2, x, repr(x) + " is not one of ['daily', 'weekly', 'monthly']"))
    return out


def _v2(x: Any) -> bool:
    return (isinstance(x, list) or x is None) and (not isinstance(x, list) or _x2_items(x))


def _x2_items(x: Any) -> bool:
    if not all((isinstance(y, str)) for y in x):
        return False
    return True


def _e3(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    return out


def _e2(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, list) or x is None):
        out.append(Err("type", _C3, x, repr(x) + " is not of type 'array', 'null'"))
    if isinstance(x, list):
        for i in range(0, len(x)):
            out += prefixed(_e3(x[i]), ("items",), i)
    return out


def _v0(x: Any) -> bool:
    return isinstance(x, dict) and x.keys() <= _C0 and _p0(x)


def _p0(x: dict[str, Any]) -> bool:
    if "name" in x:
        y = x["name"]
        if not (isinstance(y, str)):
            return False
    if "credit_limit_cents" in x:
        y = x["credit_limit_cents"]
        if not (is_integer(y)):
            return False
    if "credit_limit_reset_interval" in x:
        y = x["credit_limit_reset_interval"]
        if not _v1(y):
            return False
    if "allowed_models" in x:
        y = x["allowed_models"]
        if not _v2(y):
            return False
    if "enabled" in x:
        y = x["enabled"]
        if not (isinstance(y, bool)):
            return False
    if "guardrail_id" in x:
        y = x["guardrail_id"]
        if not (isinstance(y, str)):
            return False
    return True


def _e4(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_integer(x)):
        out.append(Err("type", "integer", x, repr(x) + " is not of type 'integer'"))
    return out


def _e5(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, bool)):
        out.append(Err("type", "boolean", x, repr(x) + " is not of type 'boolean'"))
    return out


def _e0(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C0]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C4))
    if isinstance(x, dict):
        if "name" in x:
            out += prefixed(_e3(x["name"]), ("properties", "name"), "name")
        if "credit_limit_cents" in x:
            out += prefixed(
                _e4(x["credit_limit_cents"]),
                ("properties", "credit_limit_cents"),
                "credit_limit_cents",
            )
        if "credit_limit_reset_interval" in x:
            out += prefixed(
                _e1(x["credit_limit_reset_interval"]),
                ("properties", "credit_limit_reset_interval"),
                "credit_limit_reset_interval",
            )
        if "allowed_models" in x:
            out += prefixed(
                _e2(x["allowed_models"]), ("properties", "allowed_models"), "allowed_models"
            )
        if "enabled" in x:
            out += prefixed(_e5(x["enabled"]), ("properties", "enabled"), "enabled")
        if "guardrail_id" in x:
            out += prefixed(_e3(x["guardrail_id"]), ("properties", "guardrail_id"), "guardrail_id")
    return out


def _v7(x: Any) -> bool:
    return not (not isinstance(x, dict) or "guardrail_id" in x)


def _e7(x: Any) -> list[Err]:
    out: list[Err] = []
    if not isinstance(x, dict) or "guardrail_id" in x:
        out.append(
            Err(
                "not", _C6, x, repr(x) + " should not be valid under {'required': ['guardrail_id']}"
            )
        )
    return out


def _v8(x: Any) -> bool:
    return (is_integer(x)) or (x is None) or (x == "")


def _e8(x: Any) -> list[Err]:
    out: list[Err] = []
    if not ((is_integer(x)) or (x is None) or (x == "")):
        out.append(Err("anyOf", _C7, x, repr(x) + " is not valid under any of the given schemas"))
    return out


def _v6(x: Any) -> bool:
    return isinstance(x, dict) and x.keys() <= _C5 and _p6(x) and (_v7(x))


def _p6(x: dict[str, Any]) -> bool:
    if "name" in x:
        y = x["name"]
        if not (isinstance(y, str)):
            return False
    if "credit_limit_cents" in x:
        y = x["credit_limit_cents"]
        if not _v8(y):
            return False
    if "credit_limit_reset_interval" in x:
        y = x["credit_limit_reset_interval"]
        if not ((isinstance(y, str) or y is None) and any(equal(each, y) for each in _C8)):
            return False
    if "allowed_models" in x:
        y = x["allowed_models"]
        if not _v2(y):
            return False
    if "enabled" in x:
        y = x["enabled"]
        if not (isinstance(y, bool)):
            return False
    return True


def _e9(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str) or x is None):
        out.append(Err("type", _C10, x, repr(x) + " is not of type 'string', 'null'"))
    if not any(equal(each, x) for each in _C8):
        out.append(
            Err("enum", _C8, x, repr(x) + " is not one of ['daily', 'weekly', 'monthly', None]")
        )
    return out


def _e6(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C5]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C9))
    if isinstance(x, dict):
        if "name" in x:
            out += prefixed(_e3(x["name"]), ("properties", "name"), "name")
        if "credit_limit_cents" in x:
            out += prefixed(
                _e8(x["credit_limit_cents"]),
                ("properties", "credit_limit_cents"),
                "credit_limit_cents",
            )
        if "credit_limit_reset_interval" in x:
            out += prefixed(
                _e9(x["credit_limit_reset_interval"]),
                ("properties", "credit_limit_reset_interval"),
                "credit_limit_reset_interval",
            )
        if "allowed_models" in x:
            out += prefixed(
                _e2(x["allowed_models"]), ("properties", "allowed_models"), "allowed_models"
            )
        if "enabled" in x:
            out += prefixed(_e5(x["enabled"]), ("properties", "enabled"), "enabled")
    out += prefixed(_e7(x), ("allOf", 0))
    return out


_N0 = Variant((), _v0, _e0, (), "/components/schemas/ManagementCreateKeyRequest")
_N1 = Variant(
    (),
    _v6,
    _e6,
    ("guardrail_id is not accepted when updating a key; use the guardrail assignment operations",),
    "/components/schemas/ManagementUpdateKeyRequest",
)


BODIES: dict[str, Node] = {"keys.create": _N0, "keys.update": _N1}
