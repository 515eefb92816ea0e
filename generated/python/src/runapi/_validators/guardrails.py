"""Request validation of the guardrails operations, compiled from their schemas.

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
        "allowed_providers",
        "blocked_models",
        "blocked_providers",
        "credit_limit_cents",
        "credit_limit_reset_interval",
        "description",
        "enabled",
        "model_budgets",
        "name",
    ]
)
_C1 = ["credit_limit_cents"]
_C2 = ["credit_limit_reset_interval"]
_C3 = ["daily", "weekly", "monthly", None]
_C4 = ["array", "null"]
_C5 = frozenset(["exclude", "include"])
_C6 = ["include", "exclude"]
_C7 = ["string", "null"]
_C8 = ["name"]
_C9 = (
    "allowed_models",
    "allowed_providers",
    "blocked_models",
    "blocked_providers",
    "credit_limit_cents",
    "credit_limit_reset_interval",
    "description",
    "enabled",
    "model_budgets",
    "name",
)
_C10 = ["integer", "null"]


def _v2(x: Any) -> bool:
    return (not isinstance(x, dict) or "credit_limit_cents" in x) and (
        not isinstance(x, dict) or _p2(x)
    )


def _p2(x: dict[str, Any]) -> bool:
    if "credit_limit_cents" in x:
        y = x["credit_limit_cents"]
        if not (is_integer(y)):
            return False
    return True


def _e3(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_integer(x)):
        out.append(Err("type", "integer", x, repr(x) + " is not of type 'integer'"))
    return out


def _v1(x: Any) -> bool:
    return (not isinstance(x, dict) or "credit_limit_reset_interval" in x) if _v2(x) else True


def _e4(x: Any) -> list[Err]:
    out: list[Err] = []
    if isinstance(x, dict):
        if "credit_limit_reset_interval" not in x:
            out.append(
                Err("required", _C2, x, "'credit_limit_reset_interval' is a required property")
            )
    return out


def _e1(x: Any) -> list[Err]:
    out: list[Err] = []
    if _v2(x):
        out += prefixed(_e4(x), ("then",))
    return out


def _v5(x: Any) -> bool:
    return (isinstance(x, list) or x is None) and (not isinstance(x, list) or _x5_items(x))


def _x5_items(x: Any) -> bool:
    if not all((isinstance(y, str)) for y in x):
        return False
    return True


def _e6(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    return out


def _e5(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, list) or x is None):
        out.append(Err("type", _C4, x, repr(x) + " is not of type 'array', 'null'"))
    if isinstance(x, list):
        for i in range(0, len(x)):
            out += prefixed(_e6(x[i]), ("items",), i)
    return out


def _v9(x: Any) -> bool:
    return isinstance(x, list) and _x9_items(x)


def _x9_items(x: Any) -> bool:
    if not all((isinstance(y, str)) for y in x):
        return False
    return True


def _e9(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, list)):
        out.append(Err("type", "array", x, repr(x) + " is not of type 'array'"))
    if isinstance(x, list):
        for i in range(0, len(x)):
            out += prefixed(_e6(x[i]), ("items",), i)
    return out


def _v8(x: Any) -> bool:
    return isinstance(x, dict) and _p8(x)


def _p8(x: dict[str, Any]) -> bool:
    if "match_mode" in x:
        y = x["match_mode"]
        if not (isinstance(y, str) and y in _C5):
            return False
    if "models" in x:
        y = x["models"]
        if not _v9(y):
            return False
    if "credit_limit_cents" in x:
        y = x["credit_limit_cents"]
        if not (is_integer(y)):
            return False
    if "credit_limit_reset_interval" in x:
        y = x["credit_limit_reset_interval"]
        if not ((isinstance(y, str) or y is None) and any(equal(each, y) for each in _C3)):
            return False
    return True


def _e10(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C5):
        out.append(Err("enum", _C6, x, repr(x) + " is not one of ['include', 'exclude']"))
    return out


def _e11(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str) or x is None):
        out.append(Err("type", _C7, x, repr(x) + " is not of type 'string', 'null'"))
    if not any(equal(each, x) for each in _C3):
        out.append(
            Err("enum", _C3, x, repr(x) + " is not one of ['daily', 'weekly', 'monthly', None]")
        )
    return out


def _e8(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "match_mode" in x:
            out += prefixed(_e10(x["match_mode"]), ("properties", "match_mode"), "match_mode")
        if "models" in x:
            out += prefixed(_e9(x["models"]), ("properties", "models"), "models")
        if "credit_limit_cents" in x:
            out += prefixed(
                _e3(x["credit_limit_cents"]),
                ("properties", "credit_limit_cents"),
                "credit_limit_cents",
            )
        if "credit_limit_reset_interval" in x:
            out += prefixed(
                _e11(x["credit_limit_reset_interval"]),
                ("properties", "credit_limit_reset_interval"),
                "credit_limit_reset_interval",
            )
    return out


def _v7(x: Any) -> bool:
    return (isinstance(x, list) or x is None) and (not isinstance(x, list) or _x7_items(x))


def _x7_items(x: Any) -> bool:
    if not all(_v8(y) for y in x):
        return False
    return True


def _e7(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, list) or x is None):
        out.append(Err("type", _C4, x, repr(x) + " is not of type 'array', 'null'"))
    if isinstance(x, list):
        for i in range(0, len(x)):
            out += prefixed(_e8(x[i]), ("items",), i)
    return out


def _v0(x: Any) -> bool:
    return isinstance(x, dict) and "name" in x and x.keys() <= _C0 and _p0(x) and (_v1(x))


def _p0(x: dict[str, Any]) -> bool:
    if "name" in x:
        y = x["name"]
        if not (isinstance(y, str)):
            return False
    if "description" in x:
        y = x["description"]
        if not (isinstance(y, str) or y is None):
            return False
    if "enabled" in x:
        y = x["enabled"]
        if not (isinstance(y, bool)):
            return False
    if "credit_limit_cents" in x:
        y = x["credit_limit_cents"]
        if not (is_integer(y) or y is None):
            return False
    if "credit_limit_reset_interval" in x:
        y = x["credit_limit_reset_interval"]
        if not ((isinstance(y, str) or y is None) and any(equal(each, y) for each in _C3)):
            return False
    if "allowed_models" in x:
        y = x["allowed_models"]
        if not _v5(y):
            return False
    if "blocked_models" in x:
        y = x["blocked_models"]
        if not _v5(y):
            return False
    if "allowed_providers" in x:
        y = x["allowed_providers"]
        if not _v5(y):
            return False
    if "blocked_providers" in x:
        y = x["blocked_providers"]
        if not _v5(y):
            return False
    if "model_budgets" in x:
        y = x["model_budgets"]
        if not _v7(y):
            return False
    return True


def _e12(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str) or x is None):
        out.append(Err("type", _C7, x, repr(x) + " is not of type 'string', 'null'"))
    return out


def _e13(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, bool)):
        out.append(Err("type", "boolean", x, repr(x) + " is not of type 'boolean'"))
    return out


def _e14(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_integer(x) or x is None):
        out.append(Err("type", _C10, x, repr(x) + " is not of type 'integer', 'null'"))
    return out


def _e0(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "name" not in x:
            out.append(Err("required", _C8, x, "'name' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C0]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C9))
    if isinstance(x, dict):
        if "name" in x:
            out += prefixed(_e6(x["name"]), ("properties", "name"), "name")
        if "description" in x:
            out += prefixed(_e12(x["description"]), ("properties", "description"), "description")
        if "enabled" in x:
            out += prefixed(_e13(x["enabled"]), ("properties", "enabled"), "enabled")
        if "credit_limit_cents" in x:
            out += prefixed(
                _e14(x["credit_limit_cents"]),
                ("properties", "credit_limit_cents"),
                "credit_limit_cents",
            )
        if "credit_limit_reset_interval" in x:
            out += prefixed(
                _e11(x["credit_limit_reset_interval"]),
                ("properties", "credit_limit_reset_interval"),
                "credit_limit_reset_interval",
            )
        if "allowed_models" in x:
            out += prefixed(
                _e5(x["allowed_models"]), ("properties", "allowed_models"), "allowed_models"
            )
        if "blocked_models" in x:
            out += prefixed(
                _e5(x["blocked_models"]), ("properties", "blocked_models"), "blocked_models"
            )
        if "allowed_providers" in x:
            out += prefixed(
                _e5(x["allowed_providers"]),
                ("properties", "allowed_providers"),
                "allowed_providers",
            )
        if "blocked_providers" in x:
            out += prefixed(
                _e5(x["blocked_providers"]),
                ("properties", "blocked_providers"),
                "blocked_providers",
            )
        if "model_budgets" in x:
            out += prefixed(
                _e7(x["model_budgets"]), ("properties", "model_budgets"), "model_budgets"
            )
    out += prefixed(_e1(x), ("allOf", 0))
    return out


def _v15(x: Any) -> bool:
    return isinstance(x, dict) and x.keys() <= _C0 and _p15(x)


def _p15(x: dict[str, Any]) -> bool:
    if "name" in x:
        y = x["name"]
        if not (isinstance(y, str)):
            return False
    if "description" in x:
        y = x["description"]
        if not (isinstance(y, str) or y is None):
            return False
    if "enabled" in x:
        y = x["enabled"]
        if not (isinstance(y, bool)):
            return False
    if "credit_limit_cents" in x:
        y = x["credit_limit_cents"]
        if not (is_integer(y) or y is None):
            return False
    if "credit_limit_reset_interval" in x:
        y = x["credit_limit_reset_interval"]
        if not ((isinstance(y, str) or y is None) and any(equal(each, y) for each in _C3)):
            return False
    if "allowed_models" in x:
        y = x["allowed_models"]
        if not _v5(y):
            return False
    if "blocked_models" in x:
        y = x["blocked_models"]
        if not _v5(y):
            return False
    if "allowed_providers" in x:
        y = x["allowed_providers"]
        if not _v5(y):
            return False
    if "blocked_providers" in x:
        y = x["blocked_providers"]
        if not _v5(y):
            return False
    if "model_budgets" in x:
        y = x["model_budgets"]
        if not _v7(y):
            return False
    return True


def _e15(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C0]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C9))
    if isinstance(x, dict):
        if "name" in x:
            out += prefixed(_e6(x["name"]), ("properties", "name"), "name")
        if "description" in x:
            out += prefixed(_e12(x["description"]), ("properties", "description"), "description")
        if "enabled" in x:
            out += prefixed(_e13(x["enabled"]), ("properties", "enabled"), "enabled")
        if "credit_limit_cents" in x:
            out += prefixed(
                _e14(x["credit_limit_cents"]),
                ("properties", "credit_limit_cents"),
                "credit_limit_cents",
            )
        if "credit_limit_reset_interval" in x:
            out += prefixed(
                _e11(x["credit_limit_reset_interval"]),
                ("properties", "credit_limit_reset_interval"),
                "credit_limit_reset_interval",
            )
        if "allowed_models" in x:
            out += prefixed(
                _e5(x["allowed_models"]), ("properties", "allowed_models"), "allowed_models"
            )
        if "blocked_models" in x:
            out += prefixed(
                _e5(x["blocked_models"]), ("properties", "blocked_models"), "blocked_models"
            )
        if "allowed_providers" in x:
            out += prefixed(
                _e5(x["allowed_providers"]),
                ("properties", "allowed_providers"),
                "allowed_providers",
            )
        if "blocked_providers" in x:
            out += prefixed(
                _e5(x["blocked_providers"]),
                ("properties", "blocked_providers"),
                "blocked_providers",
            )
        if "model_budgets" in x:
            out += prefixed(
                _e7(x["model_budgets"]), ("properties", "model_budgets"), "model_budgets"
            )
    return out


_N0 = Variant(
    (),
    _v0,
    _e0,
    ("credit_limit_cents must be set together with credit_limit_reset_interval",),
    "/components/schemas/ManagementCreateGuardrailRequest",
)
_N1 = Variant((), _v15, _e15, (), "/components/schemas/ManagementUpdateGuardrailRequest")


BODIES: dict[str, Node] = {"guardrails.create": _N0, "guardrails.update": _N1}
