"""Request validation of the gemini operations, compiled from their schemas.

Generated from spec/openapi.yaml by generator/targets/python_validators.py. Do not edit."""

from __future__ import annotations

from typing import Any

from .._schema_checks import (
    Err,
    Node,
    Variant,
    is_integer,
    is_number,
    prefixed,
)

_C0 = ["mimeType", "data"]
_C1 = ["fileUri"]
_C2 = ["name"]
_C3 = ["name", "response"]
_C4 = ["parts"]
_C5 = ["contents"]
_C6 = {"required": ["reasoning_effort"]}
_C7 = ["model"]
_C8 = frozenset(
    [
        "gemini-2.5-flash",
        "gemini-2.5-pro",
        "gemini-3-flash-preview",
        "gemini-3-pro-preview",
        "gemini-3.1-pro-preview",
    ]
)
_C9 = ["type", "text"]
_C10 = ["url"]
_C11 = ["type", "image_url"]
_C12 = frozenset(["image_url", "text"])
_C13 = {"enum": ["text", "image_url"]}
_C14 = ["type"]
_C15 = [
    "{'$ref': '#/components/schemas/LlmGeminiChatTextPart'}",
    "{'$ref': '#/components/schemas/LlmGeminiChatImageUrlPart'}",
    "{'$ref': '#/components/schemas/LlmGeminiChatOtherContentPart'}",
]
_C16 = [
    {"$ref": "#/components/schemas/LlmGeminiChatTextPart"},
    {"$ref": "#/components/schemas/LlmGeminiChatImageUrlPart"},
    {"$ref": "#/components/schemas/LlmGeminiChatOtherContentPart"},
]
_C17 = [
    {"type": "string"},
    {"type": "array", "items": {"$ref": "#/components/schemas/LlmGeminiChatContentPart"}},
    {"type": "null"},
]
_C18 = ["role"]
_C19 = ["type", "function"]
_C20 = frozenset(["high", "low"])
_C21 = ["type", "json_schema"]
_C22 = ["model", "messages"]
_C23 = [
    "gemini-2.5-flash",
    "gemini-2.5-pro",
    "gemini-3.1-pro-preview",
    "gemini-3-flash-preview",
    "gemini-3-pro-preview",
]
_C24 = ["low", "high"]


def _v5(x: Any) -> bool:
    return isinstance(x, dict) and ("mimeType" in x and "data" in x) and _p5(x)


def _p5(x: dict[str, Any]) -> bool:
    if "mimeType" in x:
        y = x["mimeType"]
        if not (isinstance(y, str)):
            return False
    if "data" in x:
        y = x["data"]
        if not (isinstance(y, str)):
            return False
    return True


def _e6(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    return out


def _e5(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "mimeType" not in x:
            out.append(Err("required", _C0, x, "'mimeType' is a required property"))
        if "data" not in x:
            out.append(Err("required", _C0, x, "'data' is a required property"))
    if isinstance(x, dict):
        if "mimeType" in x:
            out += prefixed(_e6(x["mimeType"]), ("properties", "mimeType"), "mimeType")
        if "data" in x:
            out += prefixed(_e6(x["data"]), ("properties", "data"), "data")
    return out


def _v7(x: Any) -> bool:
    return isinstance(x, dict) and "fileUri" in x and _p7(x)


def _p7(x: dict[str, Any]) -> bool:
    if "mimeType" in x:
        y = x["mimeType"]
        if not (isinstance(y, str)):
            return False
    if "fileUri" in x:
        y = x["fileUri"]
        if not (isinstance(y, str)):
            return False
    return True


def _e7(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "fileUri" not in x:
            out.append(Err("required", _C1, x, "'fileUri' is a required property"))
    if isinstance(x, dict):
        if "mimeType" in x:
            out += prefixed(_e6(x["mimeType"]), ("properties", "mimeType"), "mimeType")
        if "fileUri" in x:
            out += prefixed(_e6(x["fileUri"]), ("properties", "fileUri"), "fileUri")
    return out


def _v8(x: Any) -> bool:
    return isinstance(x, dict) and "name" in x and _p8(x)


def _p8(x: dict[str, Any]) -> bool:
    if "name" in x:
        y = x["name"]
        if not (isinstance(y, str)):
            return False
    if "args" in x:
        y = x["args"]
        if not (isinstance(y, dict)):
            return False
    return True


def _e9(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    return out


def _e8(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "name" not in x:
            out.append(Err("required", _C2, x, "'name' is a required property"))
    if isinstance(x, dict):
        if "name" in x:
            out += prefixed(_e6(x["name"]), ("properties", "name"), "name")
        if "args" in x:
            out += prefixed(_e9(x["args"]), ("properties", "args"), "args")
    return out


def _v10(x: Any) -> bool:
    return isinstance(x, dict) and ("name" in x and "response" in x) and _p10(x)


def _p10(x: dict[str, Any]) -> bool:
    if "name" in x:
        y = x["name"]
        if not (isinstance(y, str)):
            return False
    if "response" in x:
        y = x["response"]
        if not (isinstance(y, dict)):
            return False
    return True


def _e10(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "name" not in x:
            out.append(Err("required", _C3, x, "'name' is a required property"))
        if "response" not in x:
            out.append(Err("required", _C3, x, "'response' is a required property"))
    if isinstance(x, dict):
        if "name" in x:
            out += prefixed(_e6(x["name"]), ("properties", "name"), "name")
        if "response" in x:
            out += prefixed(_e9(x["response"]), ("properties", "response"), "response")
    return out


def _v4(x: Any) -> bool:
    return isinstance(x, dict) and _p4(x)


def _p4(x: dict[str, Any]) -> bool:
    if "text" in x:
        y = x["text"]
        if not (isinstance(y, str)):
            return False
    if "thought" in x:
        y = x["thought"]
        if not (isinstance(y, bool)):
            return False
    if "thoughtSignature" in x:
        y = x["thoughtSignature"]
        if not (isinstance(y, str)):
            return False
    if "inlineData" in x:
        y = x["inlineData"]
        if not _v5(y):
            return False
    if "fileData" in x:
        y = x["fileData"]
        if not _v7(y):
            return False
    if "functionCall" in x:
        y = x["functionCall"]
        if not _v8(y):
            return False
    if "functionResponse" in x:
        y = x["functionResponse"]
        if not _v10(y):
            return False
    return True


def _e11(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, bool)):
        out.append(Err("type", "boolean", x, repr(x) + " is not of type 'boolean'"))
    return out


def _e4(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "text" in x:
            out += prefixed(_e6(x["text"]), ("properties", "text"), "text")
        if "thought" in x:
            out += prefixed(_e11(x["thought"]), ("properties", "thought"), "thought")
        if "thoughtSignature" in x:
            out += prefixed(
                _e6(x["thoughtSignature"]), ("properties", "thoughtSignature"), "thoughtSignature"
            )
        if "inlineData" in x:
            out += prefixed(_e5(x["inlineData"]), ("properties", "inlineData"), "inlineData")
        if "fileData" in x:
            out += prefixed(_e7(x["fileData"]), ("properties", "fileData"), "fileData")
        if "functionCall" in x:
            out += prefixed(_e8(x["functionCall"]), ("properties", "functionCall"), "functionCall")
        if "functionResponse" in x:
            out += prefixed(
                _e10(x["functionResponse"]), ("properties", "functionResponse"), "functionResponse"
            )
    return out


def _v3(x: Any) -> bool:
    return isinstance(x, list) and _x3_items(x)


def _x3_items(x: Any) -> bool:
    if not all(_v4(y) for y in x):
        return False
    return True


def _e3(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, list)):
        out.append(Err("type", "array", x, repr(x) + " is not of type 'array'"))
    if isinstance(x, list):
        for i in range(0, len(x)):
            out += prefixed(_e4(x[i]), ("items",), i)
    return out


def _v2(x: Any) -> bool:
    return isinstance(x, dict) and "parts" in x and _p2(x)


def _p2(x: dict[str, Any]) -> bool:
    if "role" in x:
        y = x["role"]
        if not (isinstance(y, str)):
            return False
    if "parts" in x:
        y = x["parts"]
        if not _v3(y):
            return False
    return True


def _e2(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "parts" not in x:
            out.append(Err("required", _C4, x, "'parts' is a required property"))
    if isinstance(x, dict):
        if "role" in x:
            out += prefixed(_e6(x["role"]), ("properties", "role"), "role")
        if "parts" in x:
            out += prefixed(_e3(x["parts"]), ("properties", "parts"), "parts")
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


def _v15(x: Any) -> bool:
    return isinstance(x, dict) and "name" in x and _p15(x)


def _p15(x: dict[str, Any]) -> bool:
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


def _e15(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "name" not in x:
            out.append(Err("required", _C2, x, "'name' is a required property"))
    if isinstance(x, dict):
        if "name" in x:
            out += prefixed(_e6(x["name"]), ("properties", "name"), "name")
        if "description" in x:
            out += prefixed(_e6(x["description"]), ("properties", "description"), "description")
        if "parameters" in x:
            out += prefixed(_e9(x["parameters"]), ("properties", "parameters"), "parameters")
    return out


def _v14(x: Any) -> bool:
    return isinstance(x, list) and _x14_items(x)


def _x14_items(x: Any) -> bool:
    if not all(_v15(y) for y in x):
        return False
    return True


def _e14(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, list)):
        out.append(Err("type", "array", x, repr(x) + " is not of type 'array'"))
    if isinstance(x, list):
        for i in range(0, len(x)):
            out += prefixed(_e15(x[i]), ("items",), i)
    return out


def _v13(x: Any) -> bool:
    return isinstance(x, dict) and _p13(x)


def _p13(x: dict[str, Any]) -> bool:
    if "functionDeclarations" in x:
        y = x["functionDeclarations"]
        if not _v14(y):
            return False
    if "googleSearch" in x:
        y = x["googleSearch"]
        if not (isinstance(y, dict)):
            return False
    return True


def _e13(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "functionDeclarations" in x:
            out += prefixed(
                _e14(x["functionDeclarations"]),
                ("properties", "functionDeclarations"),
                "functionDeclarations",
            )
        if "googleSearch" in x:
            out += prefixed(_e9(x["googleSearch"]), ("properties", "googleSearch"), "googleSearch")
    return out


def _v12(x: Any) -> bool:
    return isinstance(x, list) and _x12_items(x)


def _x12_items(x: Any) -> bool:
    if not all(_v13(y) for y in x):
        return False
    return True


def _e12(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, list)):
        out.append(Err("type", "array", x, repr(x) + " is not of type 'array'"))
    if isinstance(x, list):
        for i in range(0, len(x)):
            out += prefixed(_e13(x[i]), ("items",), i)
    return out


def _v18(x: Any) -> bool:
    return isinstance(x, list) and _x18_items(x)


def _x18_items(x: Any) -> bool:
    if not all((isinstance(y, str)) for y in x):
        return False
    return True


def _e18(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, list)):
        out.append(Err("type", "array", x, repr(x) + " is not of type 'array'"))
    if isinstance(x, list):
        for i in range(0, len(x)):
            out += prefixed(_e6(x[i]), ("items",), i)
    return out


def _v17(x: Any) -> bool:
    return isinstance(x, dict) and _p17(x)


def _p17(x: dict[str, Any]) -> bool:
    if "mode" in x:
        y = x["mode"]
        if not (isinstance(y, str)):
            return False
    if "allowedFunctionNames" in x:
        y = x["allowedFunctionNames"]
        if not _v18(y):
            return False
    return True


def _e17(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "mode" in x:
            out += prefixed(_e6(x["mode"]), ("properties", "mode"), "mode")
        if "allowedFunctionNames" in x:
            out += prefixed(
                _e18(x["allowedFunctionNames"]),
                ("properties", "allowedFunctionNames"),
                "allowedFunctionNames",
            )
    return out


def _v16(x: Any) -> bool:
    return isinstance(x, dict) and _p16(x)


def _p16(x: dict[str, Any]) -> bool:
    if "functionCallingConfig" in x:
        y = x["functionCallingConfig"]
        if not _v17(y):
            return False
    return True


def _e16(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "functionCallingConfig" in x:
            out += prefixed(
                _e17(x["functionCallingConfig"]),
                ("properties", "functionCallingConfig"),
                "functionCallingConfig",
            )
    return out


def _v20(x: Any) -> bool:
    return isinstance(x, dict) and _p20(x)


def _p20(x: dict[str, Any]) -> bool:
    if "includeThoughts" in x:
        y = x["includeThoughts"]
        if not (isinstance(y, bool)):
            return False
    if "thinkingLevel" in x:
        y = x["thinkingLevel"]
        if not (isinstance(y, str)):
            return False
    if "thinkingBudget" in x:
        y = x["thinkingBudget"]
        if not (is_integer(y)):
            return False
    return True


def _e21(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_integer(x)):
        out.append(Err("type", "integer", x, repr(x) + " is not of type 'integer'"))
    return out


def _e20(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "includeThoughts" in x:
            out += prefixed(
                _e11(x["includeThoughts"]), ("properties", "includeThoughts"), "includeThoughts"
            )
        if "thinkingLevel" in x:
            out += prefixed(
                _e6(x["thinkingLevel"]), ("properties", "thinkingLevel"), "thinkingLevel"
            )
        if "thinkingBudget" in x:
            out += prefixed(
                _e21(x["thinkingBudget"]), ("properties", "thinkingBudget"), "thinkingBudget"
            )
    return out


def _v19(x: Any) -> bool:
    return isinstance(x, dict) and _p19(x)


def _p19(x: dict[str, Any]) -> bool:
    if "temperature" in x:
        y = x["temperature"]
        if not (is_number(y)):
            return False
    if "topP" in x:
        y = x["topP"]
        if not (is_number(y)):
            return False
    if "topK" in x:
        y = x["topK"]
        if not (is_integer(y)):
            return False
    if "maxOutputTokens" in x:
        y = x["maxOutputTokens"]
        if not (is_integer(y)):
            return False
    if "candidateCount" in x:
        y = x["candidateCount"]
        if not (is_integer(y)):
            return False
    if "stopSequences" in x:
        y = x["stopSequences"]
        if not _v18(y):
            return False
    if "responseMimeType" in x:
        y = x["responseMimeType"]
        if not (isinstance(y, str)):
            return False
    if "responseSchema" in x:
        y = x["responseSchema"]
        if not (isinstance(y, dict)):
            return False
    if "thinkingConfig" in x:
        y = x["thinkingConfig"]
        if not _v20(y):
            return False
    return True


def _e22(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_number(x)):
        out.append(Err("type", "number", x, repr(x) + " is not of type 'number'"))
    return out


def _e19(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "temperature" in x:
            out += prefixed(_e22(x["temperature"]), ("properties", "temperature"), "temperature")
        if "topP" in x:
            out += prefixed(_e22(x["topP"]), ("properties", "topP"), "topP")
        if "topK" in x:
            out += prefixed(_e21(x["topK"]), ("properties", "topK"), "topK")
        if "maxOutputTokens" in x:
            out += prefixed(
                _e21(x["maxOutputTokens"]), ("properties", "maxOutputTokens"), "maxOutputTokens"
            )
        if "candidateCount" in x:
            out += prefixed(
                _e21(x["candidateCount"]), ("properties", "candidateCount"), "candidateCount"
            )
        if "stopSequences" in x:
            out += prefixed(
                _e18(x["stopSequences"]), ("properties", "stopSequences"), "stopSequences"
            )
        if "responseMimeType" in x:
            out += prefixed(
                _e6(x["responseMimeType"]), ("properties", "responseMimeType"), "responseMimeType"
            )
        if "responseSchema" in x:
            out += prefixed(
                _e9(x["responseSchema"]), ("properties", "responseSchema"), "responseSchema"
            )
        if "thinkingConfig" in x:
            out += prefixed(
                _e20(x["thinkingConfig"]), ("properties", "thinkingConfig"), "thinkingConfig"
            )
    return out


def _v24(x: Any) -> bool:
    return isinstance(x, dict) and _p24(x)


def _p24(x: dict[str, Any]) -> bool:
    if "category" in x:
        y = x["category"]
        if not (isinstance(y, str)):
            return False
    if "threshold" in x:
        y = x["threshold"]
        if not (isinstance(y, str)):
            return False
    return True


def _e24(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "category" in x:
            out += prefixed(_e6(x["category"]), ("properties", "category"), "category")
        if "threshold" in x:
            out += prefixed(_e6(x["threshold"]), ("properties", "threshold"), "threshold")
    return out


def _v23(x: Any) -> bool:
    return isinstance(x, list) and _x23_items(x)


def _x23_items(x: Any) -> bool:
    if not all(_v24(y) for y in x):
        return False
    return True


def _e23(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, list)):
        out.append(Err("type", "array", x, repr(x) + " is not of type 'array'"))
    if isinstance(x, list):
        for i in range(0, len(x)):
            out += prefixed(_e24(x[i]), ("items",), i)
    return out


def _v0(x: Any) -> bool:
    return isinstance(x, dict) and "contents" in x and _p0(x)


def _p0(x: dict[str, Any]) -> bool:
    if "stream" in x:
        y = x["stream"]
        if not (isinstance(y, bool)):
            return False
    if "contents" in x:
        y = x["contents"]
        if not _v1(y):
            return False
    if "systemInstruction" in x:
        y = x["systemInstruction"]
        if not _v2(y):
            return False
    if "tools" in x:
        y = x["tools"]
        if not _v12(y):
            return False
    if "toolConfig" in x:
        y = x["toolConfig"]
        if not _v16(y):
            return False
    if "generationConfig" in x:
        y = x["generationConfig"]
        if not _v19(y):
            return False
    if "safetySettings" in x:
        y = x["safetySettings"]
        if not _v23(y):
            return False
    return True


def _e0(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "contents" not in x:
            out.append(Err("required", _C5, x, "'contents' is a required property"))
    if isinstance(x, dict):
        if "stream" in x:
            out += prefixed(_e11(x["stream"]), ("properties", "stream"), "stream")
        if "contents" in x:
            out += prefixed(_e1(x["contents"]), ("properties", "contents"), "contents")
        if "systemInstruction" in x:
            out += prefixed(
                _e2(x["systemInstruction"]),
                ("properties", "systemInstruction"),
                "systemInstruction",
            )
        if "tools" in x:
            out += prefixed(_e12(x["tools"]), ("properties", "tools"), "tools")
        if "toolConfig" in x:
            out += prefixed(_e16(x["toolConfig"]), ("properties", "toolConfig"), "toolConfig")
        if "generationConfig" in x:
            out += prefixed(
                _e19(x["generationConfig"]), ("properties", "generationConfig"), "generationConfig"
            )
        if "safetySettings" in x:
            out += prefixed(
                _e23(x["safetySettings"]), ("properties", "safetySettings"), "safetySettings"
            )
    return out


def _v27(x: Any) -> bool:
    return not (not isinstance(x, dict) or "reasoning_effort" in x)


def _e27(x: Any) -> list[Err]:
    out: list[Err] = []
    if not isinstance(x, dict) or "reasoning_effort" in x:
        out.append(
            Err(
                "not",
                _C6,
                x,
                repr(x) + " should not be valid under {'required': ['reasoning_effort']}",
            )
        )
    return out


def _v28(x: Any) -> bool:
    return (not isinstance(x, dict) or "model" in x) and (not isinstance(x, dict) or _p28(x))


def _p28(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "gemini-2.5-flash"):
            return False
    return True


def _v26(x: Any) -> bool:
    return _v27(x) if _v28(x) else True


def _e26(x: Any) -> list[Err]:
    out: list[Err] = []
    if _v28(x):
        out += prefixed(_e27(x), ("then",))
    return out


def _v35(x: Any) -> bool:
    return isinstance(x, dict) and ("type" in x and "text" in x) and _p35(x)


def _p35(x: dict[str, Any]) -> bool:
    if "type" in x:
        y = x["type"]
        if not (y == "text"):
            return False
    if "text" in x:
        y = x["text"]
        if not (isinstance(y, str)):
            return False
    return True


def _v38(x: Any) -> bool:
    return isinstance(x, dict) and "url" in x and _p38(x)


def _p38(x: dict[str, Any]) -> bool:
    if "url" in x:
        y = x["url"]
        if not (isinstance(y, str)):
            return False
    if "detail" in x:
        y = x["detail"]
        if not (isinstance(y, str)):
            return False
    return True


def _v37(x: Any) -> bool:
    return isinstance(x, dict) and ("type" in x and "image_url" in x) and _p37(x)


def _p37(x: dict[str, Any]) -> bool:
    if "type" in x:
        y = x["type"]
        if not (y == "image_url"):
            return False
    if "image_url" in x:
        y = x["image_url"]
        if not _v38(y):
            return False
    return True


def _v41(x: Any) -> bool:
    return isinstance(x, str) and not (isinstance(x, str) and x in _C12)


def _v40(x: Any) -> bool:
    return isinstance(x, dict) and "type" in x and _p40(x)


def _p40(x: dict[str, Any]) -> bool:
    if "type" in x:
        y = x["type"]
        if not _v41(y):
            return False
    return True


def _v34(x: Any) -> bool:
    return [_v35(x), _v37(x), _v40(x)].count(True) == 1


def _v33(x: Any) -> bool:
    return isinstance(x, list) and _x33_items(x)


def _x33_items(x: Any) -> bool:
    if not all(_v34(y) for y in x):
        return False
    return True


def _v32(x: Any) -> bool:
    return (isinstance(x, str)) or _v33(x) or (x is None)


def _e32(x: Any) -> list[Err]:
    out: list[Err] = []
    if not ((isinstance(x, str)) or _v33(x) or (x is None)):
        out.append(Err("anyOf", _C17, x, repr(x) + " is not valid under any of the given schemas"))
    return out


def _v42(x: Any) -> bool:
    return isinstance(x, list) and _x42_items(x)


def _x42_items(x: Any) -> bool:
    if not all((isinstance(y, dict)) for y in x):
        return False
    return True


def _e42(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, list)):
        out.append(Err("type", "array", x, repr(x) + " is not of type 'array'"))
    if isinstance(x, list):
        for i in range(0, len(x)):
            out += prefixed(_e9(x[i]), ("items",), i)
    return out


def _v31(x: Any) -> bool:
    return isinstance(x, dict) and "role" in x and _p31(x)


def _p31(x: dict[str, Any]) -> bool:
    if "role" in x:
        y = x["role"]
        if not (isinstance(y, str)):
            return False
    if "content" in x:
        y = x["content"]
        if not _v32(y):
            return False
    if "name" in x:
        y = x["name"]
        if not (isinstance(y, str)):
            return False
    if "tool_calls" in x:
        y = x["tool_calls"]
        if not _v42(y):
            return False
    if "tool_call_id" in x:
        y = x["tool_call_id"]
        if not (isinstance(y, str)):
            return False
    return True


def _e31(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "role" not in x:
            out.append(Err("required", _C18, x, "'role' is a required property"))
    if isinstance(x, dict):
        if "role" in x:
            out += prefixed(_e6(x["role"]), ("properties", "role"), "role")
        if "content" in x:
            out += prefixed(_e32(x["content"]), ("properties", "content"), "content")
        if "name" in x:
            out += prefixed(_e6(x["name"]), ("properties", "name"), "name")
        if "tool_calls" in x:
            out += prefixed(_e42(x["tool_calls"]), ("properties", "tool_calls"), "tool_calls")
        if "tool_call_id" in x:
            out += prefixed(_e6(x["tool_call_id"]), ("properties", "tool_call_id"), "tool_call_id")
    return out


def _v30(x: Any) -> bool:
    return isinstance(x, list) and _x30_items(x)


def _x30_items(x: Any) -> bool:
    if not all(_v31(y) for y in x):
        return False
    return True


def _e30(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, list)):
        out.append(Err("type", "array", x, repr(x) + " is not of type 'array'"))
    if isinstance(x, list):
        for i in range(0, len(x)):
            out += prefixed(_e31(x[i]), ("items",), i)
    return out


def _v44(x: Any) -> bool:
    return isinstance(x, dict) and ("type" in x and "function" in x) and _p44(x)


def _p44(x: dict[str, Any]) -> bool:
    if "type" in x:
        y = x["type"]
        if not (y == "function"):
            return False
    if "function" in x:
        y = x["function"]
        if not _v15(y):
            return False
    return True


def _e45(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "function":
        out.append(Err("const", "function", x, "'function' was expected"))
    return out


def _e44(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "type" not in x:
            out.append(Err("required", _C19, x, "'type' is a required property"))
        if "function" not in x:
            out.append(Err("required", _C19, x, "'function' is a required property"))
    if isinstance(x, dict):
        if "type" in x:
            out += prefixed(_e45(x["type"]), ("properties", "type"), "type")
        if "function" in x:
            out += prefixed(_e15(x["function"]), ("properties", "function"), "function")
    return out


def _v43(x: Any) -> bool:
    return isinstance(x, list) and _x43_items(x)


def _x43_items(x: Any) -> bool:
    if not all(_v44(y) for y in x):
        return False
    return True


def _e43(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, list)):
        out.append(Err("type", "array", x, repr(x) + " is not of type 'array'"))
    if isinstance(x, list):
        for i in range(0, len(x)):
            out += prefixed(_e44(x[i]), ("items",), i)
    return out


def _v47(x: Any) -> bool:
    return isinstance(x, dict) and _p47(x)


def _p47(x: dict[str, Any]) -> bool:
    if "name" in x:
        y = x["name"]
        if not (isinstance(y, str)):
            return False
    if "description" in x:
        y = x["description"]
        if not (isinstance(y, str)):
            return False
    if "schema" in x:
        y = x["schema"]
        if not (isinstance(y, dict)):
            return False
    if "strict" in x:
        y = x["strict"]
        if not (isinstance(y, bool)):
            return False
    return True


def _e47(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "name" in x:
            out += prefixed(_e6(x["name"]), ("properties", "name"), "name")
        if "description" in x:
            out += prefixed(_e6(x["description"]), ("properties", "description"), "description")
        if "schema" in x:
            out += prefixed(_e9(x["schema"]), ("properties", "schema"), "schema")
        if "strict" in x:
            out += prefixed(_e11(x["strict"]), ("properties", "strict"), "strict")
    return out


def _v46(x: Any) -> bool:
    return isinstance(x, dict) and ("type" in x and "json_schema" in x) and _p46(x)


def _p46(x: dict[str, Any]) -> bool:
    if "type" in x:
        y = x["type"]
        if not (y == "json_schema"):
            return False
    if "json_schema" in x:
        y = x["json_schema"]
        if not _v47(y):
            return False
    return True


def _e48(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "json_schema":
        out.append(Err("const", "json_schema", x, "'json_schema' was expected"))
    return out


def _e46(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "type" not in x:
            out.append(Err("required", _C21, x, "'type' is a required property"))
        if "json_schema" not in x:
            out.append(Err("required", _C21, x, "'json_schema' is a required property"))
    if isinstance(x, dict):
        if "type" in x:
            out += prefixed(_e48(x["type"]), ("properties", "type"), "type")
        if "json_schema" in x:
            out += prefixed(_e47(x["json_schema"]), ("properties", "json_schema"), "json_schema")
    return out


def _v25(x: Any) -> bool:
    return isinstance(x, dict) and ("model" in x and "messages" in x) and _p25(x) and (_v26(x))


def _p25(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (isinstance(y, str) and y in _C8):
            return False
    if "messages" in x:
        y = x["messages"]
        if not _v30(y):
            return False
    if "tools" in x:
        y = x["tools"]
        if not _v43(y):
            return False
    if "stream" in x:
        y = x["stream"]
        if not (isinstance(y, bool)):
            return False
    if "include_thoughts" in x:
        y = x["include_thoughts"]
        if not (isinstance(y, bool)):
            return False
    if "reasoning_effort" in x:
        y = x["reasoning_effort"]
        if not (isinstance(y, str) and y in _C20):
            return False
    if "response_format" in x:
        y = x["response_format"]
        if not _v46(y):
            return False
    return True


def _e49(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C8):
        out.append(
            Err(
                "enum",
                _C23,
                x,
                repr(x)
                + " is not one of ['gemini-2.5-flash', 'gemini-2.5-pro', 'gemini-3.1-pro-preview', 'gemini-3-flash-preview', 'gemini-3-pro-preview']",
            )
        )
    return out


def _e50(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C20):
        out.append(Err("enum", _C24, x, repr(x) + " is not one of ['low', 'high']"))
    return out


def _e25(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C22, x, "'model' is a required property"))
        if "messages" not in x:
            out.append(Err("required", _C22, x, "'messages' is a required property"))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e49(x["model"]), ("properties", "model"), "model")
        if "messages" in x:
            out += prefixed(_e30(x["messages"]), ("properties", "messages"), "messages")
        if "tools" in x:
            out += prefixed(_e43(x["tools"]), ("properties", "tools"), "tools")
        if "stream" in x:
            out += prefixed(_e11(x["stream"]), ("properties", "stream"), "stream")
        if "include_thoughts" in x:
            out += prefixed(
                _e11(x["include_thoughts"]), ("properties", "include_thoughts"), "include_thoughts"
            )
        if "reasoning_effort" in x:
            out += prefixed(
                _e50(x["reasoning_effort"]), ("properties", "reasoning_effort"), "reasoning_effort"
            )
        if "response_format" in x:
            out += prefixed(
                _e46(x["response_format"]), ("properties", "response_format"), "response_format"
            )
    out += prefixed(_e26(x), ("allOf", 0))
    return out


_N0 = Variant((), _v0, _e0, (), "/components/schemas/LlmGeminiGenerateContentRequest")
_N1 = Variant(
    (),
    _v25,
    _e25,
    ("reasoning_effort is supported on all Gemini models here except gemini-2.5-flash",),
    "/components/schemas/LlmGeminiChatCompletionRequest",
)


BODIES: dict[str, Node] = {
    "gemini.models.stream_generate_content": _N0,
    "gemini.chat.completions.create": _N1,
}
