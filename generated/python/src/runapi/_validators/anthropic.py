"""Request validation of the anthropic operations, compiled from their schemas.

Generated from spec/openapi.yaml by generator/targets/python_validators.py. Do not edit."""

from __future__ import annotations

from typing import Any

from .._schema_checks import (
    Err,
    Node,
    Variant,
    is_integer,
    is_number,
    is_uri,
    prefixed,
)

_C0 = {"required": ["include_thoughts"]}
_C1 = frozenset(["claude-sonnet-4-5", "claude-sonnet-4-5-20250929", "claude-sonnet-4-6"])
_C2 = {"enum": ["claude-sonnet-4-6", "claude-sonnet-4-5-20250929", "claude-sonnet-4-5"]}
_C3 = ["model"]
_C4 = frozenset(
    [
        "claude-haiku-4-5",
        "claude-haiku-4-5-20251001",
        "claude-opus-4-5",
        "claude-opus-4-5-20251101",
        "claude-opus-4-6",
        "claude-opus-4-7",
        "claude-sonnet-4-5",
        "claude-sonnet-4-5-20250929",
        "claude-sonnet-4-6",
        "deepseek-v4-flash",
        "deepseek-v4-pro",
    ]
)
_C5 = [
    "claude-opus-4-7",
    "claude-opus-4-6",
    "claude-sonnet-4-6",
    "claude-opus-4-5-20251101",
    "claude-sonnet-4-5-20250929",
    "claude-haiku-4-5-20251001",
    "claude-opus-4-5",
    "claude-sonnet-4-5",
    "claude-haiku-4-5",
    "deepseek-v4-flash",
    "deepseek-v4-pro",
]
_C6 = ["type", "text"]
_C7 = ["type"]
_C8 = ["type", "source"]
_C9 = ["url"]
_C10 = ["type", "image_url"]
_C11 = ["type", "id", "name", "input"]
_C12 = [{"type": "string"}, {"type": "array", "items": {"type": "object"}}]
_C13 = ["type", "tool_use_id"]
_C14 = ["type", "thinking"]
_C15 = frozenset(["image", "image_url", "text", "thinking", "tool_result", "tool_use"])
_C16 = {"enum": ["text", "image", "image_url", "tool_use", "tool_result", "thinking"]}
_C17 = [
    "{'$ref': '#/components/schemas/LlmAnthropicTextBlock'}",
    "{'$ref': '#/components/schemas/LlmAnthropicImageBlock'}",
    "{'$ref': '#/components/schemas/LlmAnthropicImageUrlBlock'}",
    "{'$ref': '#/components/schemas/LlmAnthropicToolUseBlock'}",
    "{'$ref': '#/components/schemas/LlmAnthropicToolResultBlock'}",
    "{'$ref': '#/components/schemas/LlmAnthropicThinkingBlock'}",
    "{'$ref': '#/components/schemas/LlmAnthropicOtherContentBlock'}",
]
_C18 = [
    {"$ref": "#/components/schemas/LlmAnthropicTextBlock"},
    {"$ref": "#/components/schemas/LlmAnthropicImageBlock"},
    {"$ref": "#/components/schemas/LlmAnthropicImageUrlBlock"},
    {"$ref": "#/components/schemas/LlmAnthropicToolUseBlock"},
    {"$ref": "#/components/schemas/LlmAnthropicToolResultBlock"},
    {"$ref": "#/components/schemas/LlmAnthropicThinkingBlock"},
    {"$ref": "#/components/schemas/LlmAnthropicOtherContentBlock"},
]
_C19 = [
    {"type": "string"},
    {"type": "array", "items": {"$ref": "#/components/schemas/LlmAnthropicInputContentBlock"}},
]
_C20 = ["role", "content"]
_C21 = [
    {"type": "string"},
    {"type": "array", "items": {"$ref": "#/components/schemas/LlmAnthropicTextBlock"}},
]
_C22 = ["name"]
_C23 = ["type", "function"]
_C24 = [
    {"$ref": "#/components/schemas/LlmAnthropicNamedTool"},
    {"$ref": "#/components/schemas/LlmAnthropicFunctionTool"},
]
_C25 = frozenset(["high", "low"])
_C26 = ["string", "null"]
_C27 = ["model", "messages", "max_tokens"]
_C28 = ["low", "high"]
_C29 = ["model", "messages"]


def _v2(x: Any) -> bool:
    return not (not isinstance(x, dict) or "include_thoughts" in x)


def _e2(x: Any) -> list[Err]:
    out: list[Err] = []
    if not isinstance(x, dict) or "include_thoughts" in x:
        out.append(
            Err(
                "not",
                _C0,
                x,
                repr(x) + " should not be valid under {'required': ['include_thoughts']}",
            )
        )
    return out


def _v4(x: Any) -> bool:
    return not (isinstance(x, str) and x in _C1)


def _v3(x: Any) -> bool:
    return (not isinstance(x, dict) or "model" in x) and (not isinstance(x, dict) or _p3(x))


def _p3(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not _v4(y):
            return False
    return True


def _v1(x: Any) -> bool:
    return _v2(x) if _v3(x) else True


def _e1(x: Any) -> list[Err]:
    out: list[Err] = []
    if _v3(x):
        out += prefixed(_e2(x), ("then",))
    return out


def _v5(x: Any) -> bool:
    return isinstance(x, str) and x in _C4


def _e5(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C4):
        out.append(
            Err(
                "enum",
                _C5,
                x,
                repr(x)
                + " is not one of ['claude-opus-4-7', 'claude-opus-4-6', 'claude-sonnet-4-6', 'claude-opus-4-5-20251101', 'claude-sonnet-4-5-20250929', 'claude-haiku-4-5-20251001', 'claude-opus-4-5', 'claude-sonnet-4-5', 'claude-haiku-4-5', 'deepseek-v4-flash', 'deepseek-v4-pro']",
            )
        )
    return out


def _v11(x: Any) -> bool:
    return isinstance(x, dict) and ("type" in x and "text" in x) and _p11(x)


def _p11(x: dict[str, Any]) -> bool:
    if "type" in x:
        y = x["type"]
        if not (y == "text"):
            return False
    if "text" in x:
        y = x["text"]
        if not (isinstance(y, str)):
            return False
    return True


def _e13(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    return out


def _v15(x: Any) -> bool:
    return isinstance(x, dict) and "type" in x and _p15(x)


def _p15(x: dict[str, Any]) -> bool:
    if "type" in x:
        y = x["type"]
        if not (isinstance(y, str)):
            return False
    if "media_type" in x:
        y = x["media_type"]
        if not (isinstance(y, str)):
            return False
    if "data" in x:
        y = x["data"]
        if not (isinstance(y, str)):
            return False
    if "url" in x:
        y = x["url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    return True


def _v14(x: Any) -> bool:
    return isinstance(x, dict) and ("type" in x and "source" in x) and _p14(x)


def _p14(x: dict[str, Any]) -> bool:
    if "type" in x:
        y = x["type"]
        if not (y == "image"):
            return False
    if "source" in x:
        y = x["source"]
        if not _v15(y):
            return False
    return True


def _v19(x: Any) -> bool:
    return isinstance(x, dict) and "url" in x and _p19(x)


def _p19(x: dict[str, Any]) -> bool:
    if "url" in x:
        y = x["url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    return True


def _v18(x: Any) -> bool:
    return isinstance(x, dict) and ("type" in x and "image_url" in x) and _p18(x)


def _p18(x: dict[str, Any]) -> bool:
    if "type" in x:
        y = x["type"]
        if not (y == "image_url"):
            return False
    if "image_url" in x:
        y = x["image_url"]
        if not _v19(y):
            return False
    return True


def _v21(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("type" in x and "id" in x and "name" in x and "input" in x)
        and _p21(x)
    )


def _p21(x: dict[str, Any]) -> bool:
    if "type" in x:
        y = x["type"]
        if not (y == "tool_use"):
            return False
    if "id" in x:
        y = x["id"]
        if not (isinstance(y, str)):
            return False
    if "name" in x:
        y = x["name"]
        if not (isinstance(y, str)):
            return False
    if "input" in x:
        y = x["input"]
        if not (isinstance(y, dict)):
            return False
    return True


def _v26(x: Any) -> bool:
    return isinstance(x, list) and _x26_items(x)


def _x26_items(x: Any) -> bool:
    if not all((isinstance(y, dict)) for y in x):
        return False
    return True


def _v25(x: Any) -> bool:
    return (isinstance(x, str)) or _v26(x)


def _v24(x: Any) -> bool:
    return isinstance(x, dict) and ("type" in x and "tool_use_id" in x) and _p24(x)


def _p24(x: dict[str, Any]) -> bool:
    if "type" in x:
        y = x["type"]
        if not (y == "tool_result"):
            return False
    if "tool_use_id" in x:
        y = x["tool_use_id"]
        if not (isinstance(y, str)):
            return False
    if "content" in x:
        y = x["content"]
        if not _v25(y):
            return False
    if "is_error" in x:
        y = x["is_error"]
        if not (isinstance(y, bool)):
            return False
    return True


def _e28(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, bool)):
        out.append(Err("type", "boolean", x, repr(x) + " is not of type 'boolean'"))
    return out


def _v29(x: Any) -> bool:
    return isinstance(x, dict) and ("type" in x and "thinking" in x) and _p29(x)


def _p29(x: dict[str, Any]) -> bool:
    if "type" in x:
        y = x["type"]
        if not (y == "thinking"):
            return False
    if "thinking" in x:
        y = x["thinking"]
        if not (isinstance(y, str)):
            return False
    if "signature" in x:
        y = x["signature"]
        if not (isinstance(y, str)):
            return False
    return True


def _v32(x: Any) -> bool:
    return isinstance(x, str) and not (isinstance(x, str) and x in _C15)


def _v31(x: Any) -> bool:
    return isinstance(x, dict) and "type" in x and _p31(x)


def _p31(x: dict[str, Any]) -> bool:
    if "type" in x:
        y = x["type"]
        if not _v32(y):
            return False
    return True


def _v10(x: Any) -> bool:
    return [_v11(x), _v14(x), _v18(x), _v21(x), _v24(x), _v29(x), _v31(x)].count(True) == 1


def _v9(x: Any) -> bool:
    return isinstance(x, list) and _x9_items(x)


def _x9_items(x: Any) -> bool:
    if not all(_v10(y) for y in x):
        return False
    return True


def _v8(x: Any) -> bool:
    return (isinstance(x, str)) or _v9(x)


def _e8(x: Any) -> list[Err]:
    out: list[Err] = []
    if not ((isinstance(x, str)) or _v9(x)):
        out.append(Err("anyOf", _C19, x, repr(x) + " is not valid under any of the given schemas"))
    return out


def _v7(x: Any) -> bool:
    return isinstance(x, dict) and ("role" in x and "content" in x) and _p7(x)


def _p7(x: dict[str, Any]) -> bool:
    if "role" in x:
        y = x["role"]
        if not (isinstance(y, str)):
            return False
    if "content" in x:
        y = x["content"]
        if not _v8(y):
            return False
    return True


def _e7(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "role" not in x:
            out.append(Err("required", _C20, x, "'role' is a required property"))
        if "content" not in x:
            out.append(Err("required", _C20, x, "'content' is a required property"))
    if isinstance(x, dict):
        if "role" in x:
            out += prefixed(_e13(x["role"]), ("properties", "role"), "role")
        if "content" in x:
            out += prefixed(_e8(x["content"]), ("properties", "content"), "content")
    return out


def _v6(x: Any) -> bool:
    return isinstance(x, list) and _x6_items(x)


def _x6_items(x: Any) -> bool:
    if not all(_v7(y) for y in x):
        return False
    return True


def _e6(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, list)):
        out.append(Err("type", "array", x, repr(x) + " is not of type 'array'"))
    if isinstance(x, list):
        for i in range(0, len(x)):
            out += prefixed(_e7(x[i]), ("items",), i)
    return out


def _v34(x: Any) -> bool:
    return isinstance(x, list) and _x34_items(x)


def _x34_items(x: Any) -> bool:
    if not all(_v11(y) for y in x):
        return False
    return True


def _v33(x: Any) -> bool:
    return (isinstance(x, str)) or _v34(x)


def _e33(x: Any) -> list[Err]:
    out: list[Err] = []
    if not ((isinstance(x, str)) or _v34(x)):
        out.append(Err("anyOf", _C21, x, repr(x) + " is not valid under any of the given schemas"))
    return out


def _v37(x: Any) -> bool:
    return isinstance(x, dict) and "name" in x and _p37(x)


def _p37(x: dict[str, Any]) -> bool:
    if "name" in x:
        y = x["name"]
        if not (isinstance(y, str)):
            return False
    if "description" in x:
        y = x["description"]
        if not (isinstance(y, str)):
            return False
    if "input_schema" in x:
        y = x["input_schema"]
        if not (isinstance(y, dict)):
            return False
    if "type" in x:
        y = x["type"]
        if not (isinstance(y, str)):
            return False
    return True


def _v39(x: Any) -> bool:
    return isinstance(x, dict) and "name" in x and _p39(x)


def _p39(x: dict[str, Any]) -> bool:
    if "name" in x:
        y = x["name"]
        if not (isinstance(y, str)):
            return False
    if "description" in x:
        y = x["description"]
        if not (isinstance(y, str)):
            return False
    if "parameters" in x:
        y = x["parameters"]
        if not (isinstance(y, dict)):
            return False
    return True


def _v38(x: Any) -> bool:
    return isinstance(x, dict) and ("type" in x and "function" in x) and _p38(x)


def _p38(x: dict[str, Any]) -> bool:
    if "type" in x:
        y = x["type"]
        if not (y == "function"):
            return False
    if "function" in x:
        y = x["function"]
        if not _v39(y):
            return False
    return True


def _v36(x: Any) -> bool:
    return _v37(x) or _v38(x)


def _e36(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (_v37(x) or _v38(x)):
        out.append(Err("anyOf", _C24, x, repr(x) + " is not valid under any of the given schemas"))
    return out


def _v35(x: Any) -> bool:
    return isinstance(x, list) and _x35_items(x)


def _x35_items(x: Any) -> bool:
    if not all(_v36(y) for y in x):
        return False
    return True


def _e35(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, list)):
        out.append(Err("type", "array", x, repr(x) + " is not of type 'array'"))
    if isinstance(x, list):
        for i in range(0, len(x)):
            out += prefixed(_e36(x[i]), ("items",), i)
    return out


def _v41(x: Any) -> bool:
    return isinstance(x, dict) and "type" in x and _p41(x)


def _p41(x: dict[str, Any]) -> bool:
    if "type" in x:
        y = x["type"]
        if not (isinstance(y, str)):
            return False
    if "name" in x:
        y = x["name"]
        if not (isinstance(y, str)):
            return False
    if "disable_parallel_tool_use" in x:
        y = x["disable_parallel_tool_use"]
        if not (isinstance(y, bool)):
            return False
    return True


def _e41(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "type" not in x:
            out.append(Err("required", _C7, x, "'type' is a required property"))
    if isinstance(x, dict):
        if "type" in x:
            out += prefixed(_e13(x["type"]), ("properties", "type"), "type")
        if "name" in x:
            out += prefixed(_e13(x["name"]), ("properties", "name"), "name")
        if "disable_parallel_tool_use" in x:
            out += prefixed(
                _e28(x["disable_parallel_tool_use"]),
                ("properties", "disable_parallel_tool_use"),
                "disable_parallel_tool_use",
            )
    return out


def _v42(x: Any) -> bool:
    return isinstance(x, list) and _x42_items(x)


def _x42_items(x: Any) -> bool:
    if not all((isinstance(y, str)) for y in x):
        return False
    return True


def _e42(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, list)):
        out.append(Err("type", "array", x, repr(x) + " is not of type 'array'"))
    if isinstance(x, list):
        for i in range(0, len(x)):
            out += prefixed(_e13(x[i]), ("items",), i)
    return out


def _v43(x: Any) -> bool:
    return isinstance(x, dict) and "type" in x and _p43(x)


def _p43(x: dict[str, Any]) -> bool:
    if "type" in x:
        y = x["type"]
        if not (isinstance(y, str)):
            return False
    if "budget_tokens" in x:
        y = x["budget_tokens"]
        if not (is_integer(y)):
            return False
    return True


def _e44(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_integer(x)):
        out.append(Err("type", "integer", x, repr(x) + " is not of type 'integer'"))
    return out


def _e43(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "type" not in x:
            out.append(Err("required", _C7, x, "'type' is a required property"))
    if isinstance(x, dict):
        if "type" in x:
            out += prefixed(_e13(x["type"]), ("properties", "type"), "type")
        if "budget_tokens" in x:
            out += prefixed(
                _e44(x["budget_tokens"]), ("properties", "budget_tokens"), "budget_tokens"
            )
    return out


def _v45(x: Any) -> bool:
    return isinstance(x, dict) and _p45(x)


def _p45(x: dict[str, Any]) -> bool:
    if "user_id" in x:
        y = x["user_id"]
        if not (isinstance(y, str) or y is None):
            return False
    return True


def _e46(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str) or x is None):
        out.append(Err("type", _C26, x, repr(x) + " is not of type 'string', 'null'"))
    return out


def _e45(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "user_id" in x:
            out += prefixed(_e46(x["user_id"]), ("properties", "user_id"), "user_id")
    return out


def _v0(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("model" in x and "messages" in x and "max_tokens" in x)
        and _p0(x)
        and (_v1(x))
    )


def _p0(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not _v5(y):
            return False
    if "messages" in x:
        y = x["messages"]
        if not _v6(y):
            return False
    if "max_tokens" in x:
        y = x["max_tokens"]
        if not (is_integer(y)):
            return False
    if "system" in x:
        y = x["system"]
        if not _v33(y):
            return False
    if "stream" in x:
        y = x["stream"]
        if not (isinstance(y, bool)):
            return False
    if "temperature" in x:
        y = x["temperature"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    if "top_p" in x:
        y = x["top_p"]
        if not (is_number(y)):
            return False
    if "top_k" in x:
        y = x["top_k"]
        if not (is_integer(y)):
            return False
    if "tools" in x:
        y = x["tools"]
        if not _v35(y):
            return False
    if "tool_choice" in x:
        y = x["tool_choice"]
        if not _v41(y):
            return False
    if "stop_sequences" in x:
        y = x["stop_sequences"]
        if not _v42(y):
            return False
    if "thinking" in x:
        y = x["thinking"]
        if not _v43(y):
            return False
    if "reasoning_effort" in x:
        y = x["reasoning_effort"]
        if not (isinstance(y, str) and y in _C25):
            return False
    if "include_thoughts" in x:
        y = x["include_thoughts"]
        if not (isinstance(y, bool)):
            return False
    if "metadata" in x:
        y = x["metadata"]
        if not _v45(y):
            return False
    return True


def _e47(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_number(x)):
        out.append(Err("type", "number", x, repr(x) + " is not of type 'number'"))
    if is_number(x):
        if not x >= 0:
            out.append(Err("minimum", 0, x, repr(x) + " is less than the minimum of 0"))
    if is_number(x):
        if not x <= 1:
            out.append(Err("maximum", 1, x, repr(x) + " is greater than the maximum of 1"))
    return out


def _e48(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_number(x)):
        out.append(Err("type", "number", x, repr(x) + " is not of type 'number'"))
    return out


def _e49(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C25):
        out.append(Err("enum", _C28, x, repr(x) + " is not one of ['low', 'high']"))
    return out


def _e0(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C27, x, "'model' is a required property"))
        if "messages" not in x:
            out.append(Err("required", _C27, x, "'messages' is a required property"))
        if "max_tokens" not in x:
            out.append(Err("required", _C27, x, "'max_tokens' is a required property"))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e5(x["model"]), ("properties", "model"), "model")
        if "messages" in x:
            out += prefixed(_e6(x["messages"]), ("properties", "messages"), "messages")
        if "max_tokens" in x:
            out += prefixed(_e44(x["max_tokens"]), ("properties", "max_tokens"), "max_tokens")
        if "system" in x:
            out += prefixed(_e33(x["system"]), ("properties", "system"), "system")
        if "stream" in x:
            out += prefixed(_e28(x["stream"]), ("properties", "stream"), "stream")
        if "temperature" in x:
            out += prefixed(_e47(x["temperature"]), ("properties", "temperature"), "temperature")
        if "top_p" in x:
            out += prefixed(_e48(x["top_p"]), ("properties", "top_p"), "top_p")
        if "top_k" in x:
            out += prefixed(_e44(x["top_k"]), ("properties", "top_k"), "top_k")
        if "tools" in x:
            out += prefixed(_e35(x["tools"]), ("properties", "tools"), "tools")
        if "tool_choice" in x:
            out += prefixed(_e41(x["tool_choice"]), ("properties", "tool_choice"), "tool_choice")
        if "stop_sequences" in x:
            out += prefixed(
                _e42(x["stop_sequences"]), ("properties", "stop_sequences"), "stop_sequences"
            )
        if "thinking" in x:
            out += prefixed(_e43(x["thinking"]), ("properties", "thinking"), "thinking")
        if "reasoning_effort" in x:
            out += prefixed(
                _e49(x["reasoning_effort"]), ("properties", "reasoning_effort"), "reasoning_effort"
            )
        if "include_thoughts" in x:
            out += prefixed(
                _e28(x["include_thoughts"]), ("properties", "include_thoughts"), "include_thoughts"
            )
        if "metadata" in x:
            out += prefixed(_e45(x["metadata"]), ("properties", "metadata"), "metadata")
    out += prefixed(_e1(x), ("allOf", 0))
    return out


def _v50(x: Any) -> bool:
    return isinstance(x, dict) and ("model" in x and "messages" in x) and _p50(x) and (_v1(x))


def _p50(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not _v5(y):
            return False
    if "messages" in x:
        y = x["messages"]
        if not _v6(y):
            return False
    if "max_tokens" in x:
        y = x["max_tokens"]
        if not (is_integer(y)):
            return False
    if "system" in x:
        y = x["system"]
        if not _v33(y):
            return False
    if "stream" in x:
        y = x["stream"]
        if not (isinstance(y, bool)):
            return False
    if "temperature" in x:
        y = x["temperature"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    if "top_p" in x:
        y = x["top_p"]
        if not (is_number(y)):
            return False
    if "top_k" in x:
        y = x["top_k"]
        if not (is_integer(y)):
            return False
    if "tools" in x:
        y = x["tools"]
        if not _v35(y):
            return False
    if "tool_choice" in x:
        y = x["tool_choice"]
        if not _v41(y):
            return False
    if "stop_sequences" in x:
        y = x["stop_sequences"]
        if not _v42(y):
            return False
    if "thinking" in x:
        y = x["thinking"]
        if not _v43(y):
            return False
    if "reasoning_effort" in x:
        y = x["reasoning_effort"]
        if not (isinstance(y, str) and y in _C25):
            return False
    if "include_thoughts" in x:
        y = x["include_thoughts"]
        if not (isinstance(y, bool)):
            return False
    if "metadata" in x:
        y = x["metadata"]
        if not _v45(y):
            return False
    return True


def _e50(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C29, x, "'model' is a required property"))
        if "messages" not in x:
            out.append(Err("required", _C29, x, "'messages' is a required property"))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e5(x["model"]), ("properties", "model"), "model")
        if "messages" in x:
            out += prefixed(_e6(x["messages"]), ("properties", "messages"), "messages")
        if "max_tokens" in x:
            out += prefixed(_e44(x["max_tokens"]), ("properties", "max_tokens"), "max_tokens")
        if "system" in x:
            out += prefixed(_e33(x["system"]), ("properties", "system"), "system")
        if "stream" in x:
            out += prefixed(_e28(x["stream"]), ("properties", "stream"), "stream")
        if "temperature" in x:
            out += prefixed(_e47(x["temperature"]), ("properties", "temperature"), "temperature")
        if "top_p" in x:
            out += prefixed(_e48(x["top_p"]), ("properties", "top_p"), "top_p")
        if "top_k" in x:
            out += prefixed(_e44(x["top_k"]), ("properties", "top_k"), "top_k")
        if "tools" in x:
            out += prefixed(_e35(x["tools"]), ("properties", "tools"), "tools")
        if "tool_choice" in x:
            out += prefixed(_e41(x["tool_choice"]), ("properties", "tool_choice"), "tool_choice")
        if "stop_sequences" in x:
            out += prefixed(
                _e42(x["stop_sequences"]), ("properties", "stop_sequences"), "stop_sequences"
            )
        if "thinking" in x:
            out += prefixed(_e43(x["thinking"]), ("properties", "thinking"), "thinking")
        if "reasoning_effort" in x:
            out += prefixed(
                _e49(x["reasoning_effort"]), ("properties", "reasoning_effort"), "reasoning_effort"
            )
        if "include_thoughts" in x:
            out += prefixed(
                _e28(x["include_thoughts"]), ("properties", "include_thoughts"), "include_thoughts"
            )
        if "metadata" in x:
            out += prefixed(_e45(x["metadata"]), ("properties", "metadata"), "metadata")
    out += prefixed(_e1(x), ("allOf", 0))
    return out


_N0 = Variant(
    (),
    _v0,
    _e0,
    (
        "include_thoughts is available for Claude Sonnet models only (claude-sonnet-4-6, claude-sonnet-4-5-20250929 and its alias claude-sonnet-4-5).",
    ),
    "/components/schemas/LlmAnthropicMessagesRequest",
)
_N1 = Variant(
    (),
    _v50,
    _e50,
    (
        "include_thoughts is available for Claude Sonnet models only (claude-sonnet-4-6, claude-sonnet-4-5-20250929 and its alias claude-sonnet-4-5).",
    ),
    "/components/schemas/LlmAnthropicCountTokensRequest",
)


BODIES: dict[str, Node] = {"anthropic.messages.create": _N0, "anthropic.messages.count_tokens": _N1}
