"""Request validation of the openai operations, compiled from their schemas.

Generated from spec/openapi.yaml by generator/targets/python_validators.py. Do not edit."""

from __future__ import annotations

from typing import Any

from .._schema_checks import Err, Node, Variant, prefixed

_C0 = frozenset(["deepseek-v4-flash", "deepseek-v4-pro", "gpt-5.2"])
_C1 = ["type", "text"]
_C2 = ["url"]
_C3 = ["type", "image_url"]
_C4 = frozenset(["image_url", "text"])
_C5 = {"enum": ["text", "image_url"]}
_C6 = ["type"]
_C7 = [
    "{'$ref': '#/components/schemas/LlmOpenaiChatTextPart'}",
    "{'$ref': '#/components/schemas/LlmOpenaiChatImageUrlPart'}",
    "{'$ref': '#/components/schemas/LlmOpenaiChatOtherContentPart'}",
]
_C8 = [
    {"$ref": "#/components/schemas/LlmOpenaiChatTextPart"},
    {"$ref": "#/components/schemas/LlmOpenaiChatImageUrlPart"},
    {"$ref": "#/components/schemas/LlmOpenaiChatOtherContentPart"},
]
_C9 = [
    {"type": "string"},
    {"type": "array", "items": {"$ref": "#/components/schemas/LlmOpenaiChatContentPart"}},
    {"type": "null"},
]
_C10 = ["role"]
_C11 = ["name"]
_C12 = ["type", "function"]
_C13 = frozenset(["function", "web_search"])
_C14 = {"enum": ["web_search", "function"]}
_C15 = [
    "{'$ref': '#/components/schemas/LlmOpenaiWebSearchTool'}",
    "{'$ref': '#/components/schemas/LlmOpenaiChatFunctionTool'}",
    "{'$ref': '#/components/schemas/LlmOpenaiChatOtherTool'}",
]
_C16 = [
    {"$ref": "#/components/schemas/LlmOpenaiWebSearchTool"},
    {"$ref": "#/components/schemas/LlmOpenaiChatFunctionTool"},
    {"$ref": "#/components/schemas/LlmOpenaiChatOtherTool"},
]
_C17 = frozenset(["high", "low"])
_C18 = ["model", "messages"]
_C19 = ["gpt-5.2", "deepseek-v4-flash", "deepseek-v4-pro"]
_C20 = ["low", "high"]
_C21 = {"required": ["type"], "properties": {"type": {"const": "web_search"}}}
_C22 = {"required": ["type"], "properties": {"type": {"const": "function"}}}
_C23 = ["tools"]
_C24 = {
    "required": ["tools"],
    "properties": {
        "tools": {
            "allOf": [
                {
                    "contains": {
                        "required": ["type"],
                        "properties": {"type": {"const": "web_search"}},
                    }
                },
                {"contains": {"required": ["type"], "properties": {"type": {"const": "function"}}}},
            ]
        }
    },
}
_C25 = frozenset(
    [
        "gpt-5-codex",
        "gpt-5.1-codex",
        "gpt-5.2-codex",
        "gpt-5.3-codex",
        "gpt-5.4",
        "gpt-5.4-codex",
        "gpt-5.5",
    ]
)
_C26 = [
    "{'$ref': '#/components/schemas/LlmOpenaiInputText'}",
    "{'$ref': '#/components/schemas/LlmOpenaiInputImage'}",
    "{'$ref': '#/components/schemas/LlmOpenaiInputFile'}",
]
_C27 = [
    {"$ref": "#/components/schemas/LlmOpenaiInputText"},
    {"$ref": "#/components/schemas/LlmOpenaiInputImage"},
    {"$ref": "#/components/schemas/LlmOpenaiInputFile"},
]
_C28 = [
    {"type": "string"},
    {"type": "array", "items": {"$ref": "#/components/schemas/LlmOpenaiResponseInputContent"}},
]
_C29 = ["role", "content"]
_C30 = {"const": "message"}
_C31 = [
    {"$ref": "#/components/schemas/LlmOpenaiResponseInputMessage"},
    {"$ref": "#/components/schemas/LlmOpenaiResponseOtherInputItem"},
]
_C32 = [
    {"type": "string"},
    {"type": "array", "items": {"$ref": "#/components/schemas/LlmOpenaiResponseInputItem"}},
]
_C33 = [{"required": ["function"]}, {"required": ["name"]}]
_C34 = [
    "{'$ref': '#/components/schemas/LlmOpenaiWebSearchTool'}",
    "{'$ref': '#/components/schemas/LlmOpenaiResponseFunctionTool'}",
]
_C35 = [
    {"$ref": "#/components/schemas/LlmOpenaiWebSearchTool"},
    {"$ref": "#/components/schemas/LlmOpenaiResponseFunctionTool"},
]
_C36 = ["model", "input"]
_C37 = [
    "gpt-5.5",
    "gpt-5.4",
    "gpt-5-codex",
    "gpt-5.1-codex",
    "gpt-5.2-codex",
    "gpt-5.3-codex",
    "gpt-5.4-codex",
]


def _v6(x: Any) -> bool:
    return isinstance(x, dict) and ("type" in x and "text" in x) and _p6(x)


def _p6(x: dict[str, Any]) -> bool:
    if "type" in x:
        y = x["type"]
        if not (y == "text"):
            return False
    if "text" in x:
        y = x["text"]
        if not (isinstance(y, str)):
            return False
    return True


def _e8(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    return out


def _v10(x: Any) -> bool:
    return isinstance(x, dict) and "url" in x and _p10(x)


def _p10(x: dict[str, Any]) -> bool:
    if "url" in x:
        y = x["url"]
        if not (isinstance(y, str)):
            return False
    if "detail" in x:
        y = x["detail"]
        if not (isinstance(y, str)):
            return False
    return True


def _v9(x: Any) -> bool:
    return isinstance(x, dict) and ("type" in x and "image_url" in x) and _p9(x)


def _p9(x: dict[str, Any]) -> bool:
    if "type" in x:
        y = x["type"]
        if not (y == "image_url"):
            return False
    if "image_url" in x:
        y = x["image_url"]
        if not _v10(y):
            return False
    return True


def _v13(x: Any) -> bool:
    return isinstance(x, str) and not (isinstance(x, str) and x in _C4)


def _v12(x: Any) -> bool:
    return isinstance(x, dict) and "type" in x and _p12(x)


def _p12(x: dict[str, Any]) -> bool:
    if "type" in x:
        y = x["type"]
        if not _v13(y):
            return False
    return True


def _v5(x: Any) -> bool:
    return [_v6(x), _v9(x), _v12(x)].count(True) == 1


def _v4(x: Any) -> bool:
    return isinstance(x, list) and _x4_items(x)


def _x4_items(x: Any) -> bool:
    if not all(_v5(y) for y in x):
        return False
    return True


def _v3(x: Any) -> bool:
    return (isinstance(x, str)) or _v4(x) or (x is None)


def _e3(x: Any) -> list[Err]:
    out: list[Err] = []
    if not ((isinstance(x, str)) or _v4(x) or (x is None)):
        out.append(Err("anyOf", _C9, x, repr(x) + " is not valid under any of the given schemas"))
    return out


def _v14(x: Any) -> bool:
    return isinstance(x, list) and _x14_items(x)


def _x14_items(x: Any) -> bool:
    if not all((isinstance(y, dict)) for y in x):
        return False
    return True


def _e15(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    return out


def _e14(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, list)):
        out.append(Err("type", "array", x, repr(x) + " is not of type 'array'"))
    if isinstance(x, list):
        for i in range(0, len(x)):
            out += prefixed(_e15(x[i]), ("items",), i)
    return out


def _v2(x: Any) -> bool:
    return isinstance(x, dict) and "role" in x and _p2(x)


def _p2(x: dict[str, Any]) -> bool:
    if "role" in x:
        y = x["role"]
        if not (isinstance(y, str)):
            return False
    if "content" in x:
        y = x["content"]
        if not _v3(y):
            return False
    if "name" in x:
        y = x["name"]
        if not (isinstance(y, str)):
            return False
    if "tool_calls" in x:
        y = x["tool_calls"]
        if not _v14(y):
            return False
    if "tool_call_id" in x:
        y = x["tool_call_id"]
        if not (isinstance(y, str)):
            return False
    return True


def _e2(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "role" not in x:
            out.append(Err("required", _C10, x, "'role' is a required property"))
    if isinstance(x, dict):
        if "role" in x:
            out += prefixed(_e8(x["role"]), ("properties", "role"), "role")
        if "content" in x:
            out += prefixed(_e3(x["content"]), ("properties", "content"), "content")
        if "name" in x:
            out += prefixed(_e8(x["name"]), ("properties", "name"), "name")
        if "tool_calls" in x:
            out += prefixed(_e14(x["tool_calls"]), ("properties", "tool_calls"), "tool_calls")
        if "tool_call_id" in x:
            out += prefixed(_e8(x["tool_call_id"]), ("properties", "tool_call_id"), "tool_call_id")
    return out


def _v1(x: Any) -> bool:
    return isinstance(x, list) and _x1_items(x)


def _x1_items(x: Any) -> bool:
    if not all(_v2(y) for y in x):
        return False
    return True


def _e1(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, list)):
        out.append(Err("type", "array", x, repr(x) + " is not of type 'array'"))
    if isinstance(x, list):
        for i in range(0, len(x)):
            out += prefixed(_e2(x[i]), ("items",), i)
    return out


def _v18(x: Any) -> bool:
    return isinstance(x, dict) and "type" in x and _p18(x)


def _p18(x: dict[str, Any]) -> bool:
    if "type" in x:
        y = x["type"]
        if not (y == "web_search"):
            return False
    return True


def _v21(x: Any) -> bool:
    return isinstance(x, dict) and "name" in x and _p21(x)


def _p21(x: dict[str, Any]) -> bool:
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
    if "strict" in x:
        y = x["strict"]
        if not (isinstance(y, bool)):
            return False
    return True


def _e22(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, bool)):
        out.append(Err("type", "boolean", x, repr(x) + " is not of type 'boolean'"))
    return out


def _v20(x: Any) -> bool:
    return isinstance(x, dict) and ("type" in x and "function" in x) and _p20(x)


def _p20(x: dict[str, Any]) -> bool:
    if "type" in x:
        y = x["type"]
        if not (y == "function"):
            return False
    if "function" in x:
        y = x["function"]
        if not _v21(y):
            return False
    return True


def _v25(x: Any) -> bool:
    return isinstance(x, str) and not (isinstance(x, str) and x in _C13)


def _v24(x: Any) -> bool:
    return isinstance(x, dict) and "type" in x and _p24(x)


def _p24(x: dict[str, Any]) -> bool:
    if "type" in x:
        y = x["type"]
        if not _v25(y):
            return False
    return True


def _v17(x: Any) -> bool:
    return [_v18(x), _v20(x), _v24(x)].count(True) == 1


def _e17(x: Any) -> list[Err]:
    out: list[Err] = []
    matched = [
        i
        for i, ok in enumerate(
            (
                _v18(x),
                _v20(x),
                _v24(x),
            )
        )
        if ok
    ]
    if not matched:
        out.append(Err("oneOf", _C16, x, repr(x) + " is not valid under any of the given schemas"))
    elif len(matched) > 1:
        shown = ", ".join(_C15[i] for i in [*matched[1:], matched[0]])
        out.append(Err("oneOf", _C16, x, repr(x) + " is valid under each of " + shown))
    return out


def _v16(x: Any) -> bool:
    return isinstance(x, list) and _x16_items(x)


def _x16_items(x: Any) -> bool:
    if not all(_v17(y) for y in x):
        return False
    return True


def _e16(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, list)):
        out.append(Err("type", "array", x, repr(x) + " is not of type 'array'"))
    if isinstance(x, list):
        for i in range(0, len(x)):
            out += prefixed(_e17(x[i]), ("items",), i)
    return out


def _v0(x: Any) -> bool:
    return isinstance(x, dict) and ("model" in x and "messages" in x) and _p0(x)


def _p0(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (isinstance(y, str) and y in _C0):
            return False
    if "messages" in x:
        y = x["messages"]
        if not _v1(y):
            return False
    if "tools" in x:
        y = x["tools"]
        if not _v16(y):
            return False
    if "reasoning_effort" in x:
        y = x["reasoning_effort"]
        if not (isinstance(y, str) and y in _C17):
            return False
    if "stream" in x:
        y = x["stream"]
        if not (isinstance(y, bool)):
            return False
    return True


def _e26(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C0):
        out.append(
            Err(
                "enum",
                _C19,
                x,
                repr(x) + " is not one of ['gpt-5.2', 'deepseek-v4-flash', 'deepseek-v4-pro']",
            )
        )
    return out


def _e27(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C17):
        out.append(Err("enum", _C20, x, repr(x) + " is not one of ['low', 'high']"))
    return out


def _e0(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C18, x, "'model' is a required property"))
        if "messages" not in x:
            out.append(Err("required", _C18, x, "'messages' is a required property"))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e26(x["model"]), ("properties", "model"), "model")
        if "messages" in x:
            out += prefixed(_e1(x["messages"]), ("properties", "messages"), "messages")
        if "tools" in x:
            out += prefixed(_e16(x["tools"]), ("properties", "tools"), "tools")
        if "reasoning_effort" in x:
            out += prefixed(
                _e27(x["reasoning_effort"]), ("properties", "reasoning_effort"), "reasoning_effort"
            )
        if "stream" in x:
            out += prefixed(_e22(x["stream"]), ("properties", "stream"), "stream")
    return out


def _v33(x: Any) -> bool:
    return (not isinstance(x, dict) or "type" in x) and (not isinstance(x, dict) or _p33(x))


def _p33(x: dict[str, Any]) -> bool:
    if "type" in x:
        y = x["type"]
        if not (y == "web_search"):
            return False
    return True


def _v32(x: Any) -> bool:
    return not isinstance(x, list) or _x32_contains(x)


def _x32_contains(x: Any) -> bool:
    matches = sum(1 for y in x if _v33(y))
    if matches < 1:
        return False
    return True


def _v35(x: Any) -> bool:
    return (not isinstance(x, dict) or "type" in x) and (not isinstance(x, dict) or _p35(x))


def _p35(x: dict[str, Any]) -> bool:
    if "type" in x:
        y = x["type"]
        if not (y == "function"):
            return False
    return True


def _v34(x: Any) -> bool:
    return not isinstance(x, list) or _x34_contains(x)


def _x34_contains(x: Any) -> bool:
    matches = sum(1 for y in x if _v35(y))
    if matches < 1:
        return False
    return True


def _v31(x: Any) -> bool:
    return _v32(x) and _v34(x)


def _v30(x: Any) -> bool:
    return (not isinstance(x, dict) or "tools" in x) and (not isinstance(x, dict) or _p30(x))


def _p30(x: dict[str, Any]) -> bool:
    if "tools" in x:
        y = x["tools"]
        if not _v31(y):
            return False
    return True


def _v29(x: Any) -> bool:
    return not _v30(x)


def _e29(x: Any) -> list[Err]:
    out: list[Err] = []
    if _v30(x):
        out.append(
            Err(
                "not",
                _C24,
                x,
                repr(x)
                + " should not be valid under {'required': ['tools'], 'properties': {'tools': {'allOf': [{'contains': {'required': ['type'], 'properties': {'type': {'const': 'web_search'}}}}, {'contains': {'required': ['type'], 'properties': {'type': {'const': 'function'}}}}]}}}",
            )
        )
    return out


def _v43(x: Any) -> bool:
    return isinstance(x, dict) and ("type" in x and "text" in x) and _p43(x)


def _p43(x: dict[str, Any]) -> bool:
    if "type" in x:
        y = x["type"]
        if not (y == "input_text"):
            return False
    if "text" in x:
        y = x["text"]
        if not (isinstance(y, str)):
            return False
    return True


def _v45(x: Any) -> bool:
    return isinstance(x, dict) and "type" in x and _p45(x)


def _p45(x: dict[str, Any]) -> bool:
    if "type" in x:
        y = x["type"]
        if not (y == "input_image"):
            return False
    if "image_url" in x:
        y = x["image_url"]
        if not (isinstance(y, str)):
            return False
    if "file_id" in x:
        y = x["file_id"]
        if not (isinstance(y, str)):
            return False
    if "detail" in x:
        y = x["detail"]
        if not (isinstance(y, str)):
            return False
    return True


def _v47(x: Any) -> bool:
    return isinstance(x, dict) and "type" in x and _p47(x)


def _p47(x: dict[str, Any]) -> bool:
    if "type" in x:
        y = x["type"]
        if not (y == "input_file"):
            return False
    if "file_url" in x:
        y = x["file_url"]
        if not (isinstance(y, str)):
            return False
    if "file_data" in x:
        y = x["file_data"]
        if not (isinstance(y, str)):
            return False
    if "file_id" in x:
        y = x["file_id"]
        if not (isinstance(y, str)):
            return False
    if "filename" in x:
        y = x["filename"]
        if not (isinstance(y, str)):
            return False
    return True


def _v42(x: Any) -> bool:
    return [_v43(x), _v45(x), _v47(x)].count(True) == 1


def _v41(x: Any) -> bool:
    return isinstance(x, list) and _x41_items(x)


def _x41_items(x: Any) -> bool:
    if not all(_v42(y) for y in x):
        return False
    return True


def _v40(x: Any) -> bool:
    return (isinstance(x, str)) or _v41(x)


def _v39(x: Any) -> bool:
    return isinstance(x, dict) and ("role" in x and "content" in x) and _p39(x)


def _p39(x: dict[str, Any]) -> bool:
    if "type" in x:
        y = x["type"]
        if not (y == "message"):
            return False
    if "role" in x:
        y = x["role"]
        if not (isinstance(y, str)):
            return False
    if "content" in x:
        y = x["content"]
        if not _v40(y):
            return False
    return True


def _v51(x: Any) -> bool:
    return isinstance(x, str) and not (x == "message")


def _v50(x: Any) -> bool:
    return isinstance(x, dict) and "type" in x and _p50(x)


def _p50(x: dict[str, Any]) -> bool:
    if "type" in x:
        y = x["type"]
        if not _v51(y):
            return False
    return True


def _v38(x: Any) -> bool:
    return _v39(x) or _v50(x)


def _v37(x: Any) -> bool:
    return isinstance(x, list) and _x37_items(x)


def _x37_items(x: Any) -> bool:
    if not all(_v38(y) for y in x):
        return False
    return True


def _v36(x: Any) -> bool:
    return (isinstance(x, str)) or _v37(x)


def _e36(x: Any) -> list[Err]:
    out: list[Err] = []
    if not ((isinstance(x, str)) or _v37(x)):
        out.append(Err("anyOf", _C32, x, repr(x) + " is not valid under any of the given schemas"))
    return out


def _v52(x: Any) -> bool:
    return isinstance(x, dict) and _p52(x)


def _p52(x: dict[str, Any]) -> bool:
    if "effort" in x:
        y = x["effort"]
        if not (isinstance(y, str)):
            return False
    if "summary" in x:
        y = x["summary"]
        if not (isinstance(y, str)):
            return False
    return True


def _e52(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "effort" in x:
            out += prefixed(_e8(x["effort"]), ("properties", "effort"), "effort")
        if "summary" in x:
            out += prefixed(_e8(x["summary"]), ("properties", "summary"), "summary")
    return out


def _v55(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and "type" in x
        and _p55(x)
        and (
            (not isinstance(x, dict) or "function" in x) or (not isinstance(x, dict) or "name" in x)
        )
    )


def _p55(x: dict[str, Any]) -> bool:
    if "type" in x:
        y = x["type"]
        if not (y == "function"):
            return False
    if "function" in x:
        y = x["function"]
        if not _v21(y):
            return False
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
    if "strict" in x:
        y = x["strict"]
        if not (isinstance(y, bool)):
            return False
    return True


def _v54(x: Any) -> bool:
    return [_v18(x), _v55(x)].count(True) == 1


def _e54(x: Any) -> list[Err]:
    out: list[Err] = []
    matched = [
        i
        for i, ok in enumerate(
            (
                _v18(x),
                _v55(x),
            )
        )
        if ok
    ]
    if not matched:
        out.append(Err("oneOf", _C35, x, repr(x) + " is not valid under any of the given schemas"))
    elif len(matched) > 1:
        shown = ", ".join(_C34[i] for i in [*matched[1:], matched[0]])
        out.append(Err("oneOf", _C35, x, repr(x) + " is valid under each of " + shown))
    return out


def _v53(x: Any) -> bool:
    return isinstance(x, list) and _x53_items(x)


def _x53_items(x: Any) -> bool:
    if not all(_v54(y) for y in x):
        return False
    return True


def _e53(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, list)):
        out.append(Err("type", "array", x, repr(x) + " is not of type 'array'"))
    if isinstance(x, list):
        for i in range(0, len(x)):
            out += prefixed(_e54(x[i]), ("items",), i)
    return out


def _v28(x: Any) -> bool:
    return isinstance(x, dict) and ("model" in x and "input" in x) and _p28(x) and (_v29(x))


def _p28(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (isinstance(y, str) and y in _C25):
            return False
    if "input" in x:
        y = x["input"]
        if not _v36(y):
            return False
    if "stream" in x:
        y = x["stream"]
        if not (isinstance(y, bool)):
            return False
    if "reasoning" in x:
        y = x["reasoning"]
        if not _v52(y):
            return False
    if "tools" in x:
        y = x["tools"]
        if not _v53(y):
            return False
    if "tool_choice" in x:
        y = x["tool_choice"]
        if not (isinstance(y, str)):
            return False
    return True


def _e56(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C25):
        out.append(
            Err(
                "enum",
                _C37,
                x,
                repr(x)
                + " is not one of ['gpt-5.5', 'gpt-5.4', 'gpt-5-codex', 'gpt-5.1-codex', 'gpt-5.2-codex', 'gpt-5.3-codex', 'gpt-5.4-codex']",
            )
        )
    return out


def _e28(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C36, x, "'model' is a required property"))
        if "input" not in x:
            out.append(Err("required", _C36, x, "'input' is a required property"))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e56(x["model"]), ("properties", "model"), "model")
        if "input" in x:
            out += prefixed(_e36(x["input"]), ("properties", "input"), "input")
        if "stream" in x:
            out += prefixed(_e22(x["stream"]), ("properties", "stream"), "stream")
        if "reasoning" in x:
            out += prefixed(_e52(x["reasoning"]), ("properties", "reasoning"), "reasoning")
        if "tools" in x:
            out += prefixed(_e53(x["tools"]), ("properties", "tools"), "tools")
        if "tool_choice" in x:
            out += prefixed(_e8(x["tool_choice"]), ("properties", "tool_choice"), "tool_choice")
    out += prefixed(_e29(x), ("allOf", 0))
    return out


_N0 = Variant((), _v0, _e0, (), "/components/schemas/LlmOpenaiChatCompletionRequest")
_N1 = Variant(
    (),
    _v28,
    _e28,
    ("tools holds either web search or function tools, not both (they are mutually exclusive)",),
    "/components/schemas/LlmOpenaiResponseRequest",
)


BODIES: dict[str, Node] = {"openai.chat.completions.create": _N0, "openai.responses.create": _N1}
