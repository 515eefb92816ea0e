"""Request validation of the seedream operations, compiled from their schemas.

Generated from spec/openapi.yaml by generator/targets/python_validators.py. Do not edit."""

from __future__ import annotations

from typing import Any

from .._schema_checks import (
    Choice,
    Err,
    Node,
    Variant,
    additional_message,
    is_integer,
    is_number,
    is_uri,
    prefixed,
)

_C0 = frozenset(
    [
        "aspect_ratio",
        "callback_url",
        "enable_safety_checker",
        "model",
        "output_quality",
        "prompt",
        "source_image_urls",
    ]
)
_C1 = frozenset(["16:9", "1:1", "21:9", "2:3", "3:2", "3:4", "4:3", "9:16"])
_C2 = frozenset(["basic", "high"])
_C3 = ["model", "prompt", "source_image_urls", "aspect_ratio", "output_quality"]
_C4 = (
    "aspect_ratio",
    "callback_url",
    "enable_safety_checker",
    "model",
    "output_quality",
    "prompt",
    "source_image_urls",
)
_C5 = ["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"]
_C6 = ["basic", "high"]
_C7 = frozenset(
    [
        "aspect_ratio",
        "callback_url",
        "enable_safety_checker",
        "model",
        "output_format",
        "output_quality",
        "prompt",
        "source_image_urls",
    ]
)
_C8 = frozenset(["jpeg", "png"])
_C9 = (
    "aspect_ratio",
    "callback_url",
    "enable_safety_checker",
    "model",
    "output_format",
    "output_quality",
    "prompt",
    "source_image_urls",
)
_C10 = ["png", "jpeg"]
_C11 = frozenset(
    [
        "aspect_ratio",
        "callback_url",
        "enable_safety_checker",
        "model",
        "output_count",
        "output_quality",
        "output_resolution",
        "prompt",
        "seed",
        "source_image_urls",
    ]
)
_C12 = frozenset(["1k", "2k", "4k"])
_C13 = ["model", "prompt", "source_image_urls"]
_C14 = (
    "aspect_ratio",
    "callback_url",
    "enable_safety_checker",
    "model",
    "output_count",
    "output_quality",
    "output_resolution",
    "prompt",
    "seed",
    "source_image_urls",
)
_C15 = ["1k", "2k", "4k"]
_C16 = frozenset(
    ["aspect_ratio", "callback_url", "enable_safety_checker", "model", "output_quality", "prompt"]
)
_C17 = ["model", "prompt", "aspect_ratio", "output_quality"]
_C18 = (
    "aspect_ratio",
    "callback_url",
    "enable_safety_checker",
    "model",
    "output_quality",
    "prompt",
)
_C19 = frozenset(
    [
        "aspect_ratio",
        "callback_url",
        "enable_safety_checker",
        "model",
        "output_format",
        "output_quality",
        "prompt",
    ]
)
_C20 = (
    "aspect_ratio",
    "callback_url",
    "enable_safety_checker",
    "model",
    "output_format",
    "output_quality",
    "prompt",
)
_C21 = frozenset(
    [
        "aspect_ratio",
        "callback_url",
        "enable_safety_checker",
        "model",
        "output_count",
        "output_quality",
        "output_resolution",
        "prompt",
        "seed",
    ]
)
_C22 = ["model", "prompt"]
_C23 = (
    "aspect_ratio",
    "callback_url",
    "enable_safety_checker",
    "model",
    "output_count",
    "output_quality",
    "output_resolution",
    "prompt",
    "seed",
)


def _v1(x: Any) -> bool:
    return isinstance(x, list) and len(x) >= 1 and len(x) <= 14 and _x1_items(x)


def _x1_items(x: Any) -> bool:
    if not all((isinstance(y, str) and is_uri(y)) for y in x):
        return False
    return True


def _v2(x: Any) -> bool:
    return isinstance(x, str) and is_uri(x)


def _e2(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if isinstance(x, str):
        if not is_uri(x):
            out.append(Err("format", "uri", x, repr(x) + " is not a 'uri'"))
    return out


def _e1(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, list)):
        out.append(Err("type", "array", x, repr(x) + " is not of type 'array'"))
    if isinstance(x, list):
        if not len(x) >= 1:
            out.append(Err("minItems", 1, x, repr(x) + " should be non-empty"))
    if isinstance(x, list):
        if not len(x) <= 14:
            out.append(Err("maxItems", 14, x, repr(x) + " is too long"))
    if isinstance(x, list):
        for i in range(0, len(x)):
            out += prefixed(_e2(x[i]), ("items",), i)
    return out


def _v0(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and (
            "model" in x
            and "prompt" in x
            and "source_image_urls" in x
            and "aspect_ratio" in x
            and "output_quality" in x
        )
        and x.keys() <= _C0
        and _p0(x)
    )


def _p0(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "seedream-4.5-edit"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) >= 1 and len(y) <= 3000):
            return False
    if "source_image_urls" in x:
        y = x["source_image_urls"]
        if not _v1(y):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C1):
            return False
    if "output_quality" in x:
        y = x["output_quality"]
        if not (isinstance(y, str) and y in _C2):
            return False
    if "enable_safety_checker" in x:
        y = x["enable_safety_checker"]
        if not (isinstance(y, bool)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v2(y):
            return False
    return True


def _e3(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "seedream-4.5-edit":
        out.append(Err("const", "seedream-4.5-edit", x, "'seedream-4.5-edit' was expected"))
    return out


def _e4(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if isinstance(x, str):
        if not len(x) >= 1:
            out.append(Err("minLength", 1, x, repr(x) + " should be non-empty"))
    if isinstance(x, str):
        if not len(x) <= 3000:
            out.append(Err("maxLength", 3000, x, repr(x) + " is too long"))
    return out


def _e5(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C1):
        out.append(
            Err(
                "enum",
                _C5,
                x,
                repr(x)
                + " is not one of ['1:1', '4:3', '3:4', '16:9', '9:16', '2:3', '3:2', '21:9']",
            )
        )
    return out


def _e6(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C2):
        out.append(Err("enum", _C6, x, repr(x) + " is not one of ['basic', 'high']"))
    return out


def _e7(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, bool)):
        out.append(Err("type", "boolean", x, repr(x) + " is not of type 'boolean'"))
    return out


def _e0(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C3, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C3, x, "'prompt' is a required property"))
        if "source_image_urls" not in x:
            out.append(Err("required", _C3, x, "'source_image_urls' is a required property"))
        if "aspect_ratio" not in x:
            out.append(Err("required", _C3, x, "'aspect_ratio' is a required property"))
        if "output_quality" not in x:
            out.append(Err("required", _C3, x, "'output_quality' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C0]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C4))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e3(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e4(x["prompt"]), ("properties", "prompt"), "prompt")
        if "source_image_urls" in x:
            out += prefixed(
                _e1(x["source_image_urls"]),
                ("properties", "source_image_urls"),
                "source_image_urls",
            )
        if "aspect_ratio" in x:
            out += prefixed(_e5(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "output_quality" in x:
            out += prefixed(
                _e6(x["output_quality"]), ("properties", "output_quality"), "output_quality"
            )
        if "enable_safety_checker" in x:
            out += prefixed(
                _e7(x["enable_safety_checker"]),
                ("properties", "enable_safety_checker"),
                "enable_safety_checker",
            )
        if "callback_url" in x:
            out += prefixed(_e2(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


def _v8(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and (
            "model" in x
            and "prompt" in x
            and "source_image_urls" in x
            and "aspect_ratio" in x
            and "output_quality" in x
        )
        and x.keys() <= _C7
        and _p8(x)
    )


def _p8(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "seedream-5-lite-edit"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) >= 3 and len(y) <= 3000):
            return False
    if "source_image_urls" in x:
        y = x["source_image_urls"]
        if not _v1(y):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C1):
            return False
    if "output_quality" in x:
        y = x["output_quality"]
        if not (isinstance(y, str) and y in _C2):
            return False
    if "output_format" in x:
        y = x["output_format"]
        if not (isinstance(y, str) and y in _C8):
            return False
    if "enable_safety_checker" in x:
        y = x["enable_safety_checker"]
        if not (isinstance(y, bool)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v2(y):
            return False
    return True


def _e9(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "seedream-5-lite-edit":
        out.append(Err("const", "seedream-5-lite-edit", x, "'seedream-5-lite-edit' was expected"))
    return out


def _e10(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if isinstance(x, str):
        if not len(x) >= 3:
            out.append(Err("minLength", 3, x, repr(x) + " is too short"))
    if isinstance(x, str):
        if not len(x) <= 3000:
            out.append(Err("maxLength", 3000, x, repr(x) + " is too long"))
    return out


def _e11(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C8):
        out.append(Err("enum", _C10, x, repr(x) + " is not one of ['png', 'jpeg']"))
    return out


def _e8(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C3, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C3, x, "'prompt' is a required property"))
        if "source_image_urls" not in x:
            out.append(Err("required", _C3, x, "'source_image_urls' is a required property"))
        if "aspect_ratio" not in x:
            out.append(Err("required", _C3, x, "'aspect_ratio' is a required property"))
        if "output_quality" not in x:
            out.append(Err("required", _C3, x, "'output_quality' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C7]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C9))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e9(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e10(x["prompt"]), ("properties", "prompt"), "prompt")
        if "source_image_urls" in x:
            out += prefixed(
                _e1(x["source_image_urls"]),
                ("properties", "source_image_urls"),
                "source_image_urls",
            )
        if "aspect_ratio" in x:
            out += prefixed(_e5(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "output_quality" in x:
            out += prefixed(
                _e6(x["output_quality"]), ("properties", "output_quality"), "output_quality"
            )
        if "output_format" in x:
            out += prefixed(
                _e11(x["output_format"]), ("properties", "output_format"), "output_format"
            )
        if "enable_safety_checker" in x:
            out += prefixed(
                _e7(x["enable_safety_checker"]),
                ("properties", "enable_safety_checker"),
                "enable_safety_checker",
            )
        if "callback_url" in x:
            out += prefixed(_e2(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


def _v13(x: Any) -> bool:
    return isinstance(x, list) and len(x) >= 1 and len(x) <= 10 and _x13_items(x)


def _x13_items(x: Any) -> bool:
    if not all((isinstance(y, str) and is_uri(y)) for y in x):
        return False
    return True


def _e13(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, list)):
        out.append(Err("type", "array", x, repr(x) + " is not of type 'array'"))
    if isinstance(x, list):
        if not len(x) >= 1:
            out.append(Err("minItems", 1, x, repr(x) + " should be non-empty"))
    if isinstance(x, list):
        if not len(x) <= 10:
            out.append(Err("maxItems", 10, x, repr(x) + " is too long"))
    if isinstance(x, list):
        for i in range(0, len(x)):
            out += prefixed(_e2(x[i]), ("items",), i)
    return out


def _v12(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("model" in x and "prompt" in x and "source_image_urls" in x)
        and x.keys() <= _C11
        and _p12(x)
    )


def _p12(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "seedream-v4-edit"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) >= 1 and len(y) <= 5000):
            return False
    if "source_image_urls" in x:
        y = x["source_image_urls"]
        if not _v13(y):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C1):
            return False
    if "output_quality" in x:
        y = x["output_quality"]
        if not (isinstance(y, str) and y in _C2):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (isinstance(y, str) and y in _C12):
            return False
    if "output_count" in x:
        y = x["output_count"]
        if not (is_integer(y) and y >= 1 and y <= 6):
            return False
    if "seed" in x:
        y = x["seed"]
        if not (is_integer(y)):
            return False
    if "enable_safety_checker" in x:
        y = x["enable_safety_checker"]
        if not (isinstance(y, bool)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v2(y):
            return False
    return True


def _e14(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "seedream-v4-edit":
        out.append(Err("const", "seedream-v4-edit", x, "'seedream-v4-edit' was expected"))
    return out


def _e15(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if isinstance(x, str):
        if not len(x) >= 1:
            out.append(Err("minLength", 1, x, repr(x) + " should be non-empty"))
    if isinstance(x, str):
        if not len(x) <= 5000:
            out.append(Err("maxLength", 5000, x, repr(x) + " is too long"))
    return out


def _e16(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C12):
        out.append(Err("enum", _C15, x, repr(x) + " is not one of ['1k', '2k', '4k']"))
    return out


def _e17(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_integer(x)):
        out.append(Err("type", "integer", x, repr(x) + " is not of type 'integer'"))
    if is_number(x):
        if not x >= 1:
            out.append(Err("minimum", 1, x, repr(x) + " is less than the minimum of 1"))
    if is_number(x):
        if not x <= 6:
            out.append(Err("maximum", 6, x, repr(x) + " is greater than the maximum of 6"))
    return out


def _e18(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_integer(x)):
        out.append(Err("type", "integer", x, repr(x) + " is not of type 'integer'"))
    return out


def _e12(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C13, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C13, x, "'prompt' is a required property"))
        if "source_image_urls" not in x:
            out.append(Err("required", _C13, x, "'source_image_urls' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C11]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C14))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e14(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e15(x["prompt"]), ("properties", "prompt"), "prompt")
        if "source_image_urls" in x:
            out += prefixed(
                _e13(x["source_image_urls"]),
                ("properties", "source_image_urls"),
                "source_image_urls",
            )
        if "aspect_ratio" in x:
            out += prefixed(_e5(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "output_quality" in x:
            out += prefixed(
                _e6(x["output_quality"]), ("properties", "output_quality"), "output_quality"
            )
        if "output_resolution" in x:
            out += prefixed(
                _e16(x["output_resolution"]),
                ("properties", "output_resolution"),
                "output_resolution",
            )
        if "output_count" in x:
            out += prefixed(_e17(x["output_count"]), ("properties", "output_count"), "output_count")
        if "seed" in x:
            out += prefixed(_e18(x["seed"]), ("properties", "seed"), "seed")
        if "enable_safety_checker" in x:
            out += prefixed(
                _e7(x["enable_safety_checker"]),
                ("properties", "enable_safety_checker"),
                "enable_safety_checker",
            )
        if "callback_url" in x:
            out += prefixed(_e2(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


def _v19(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("model" in x and "prompt" in x and "aspect_ratio" in x and "output_quality" in x)
        and x.keys() <= _C16
        and _p19(x)
    )


def _p19(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "seedream-4.5-text-to-image"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) >= 1 and len(y) <= 3000):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C1):
            return False
    if "output_quality" in x:
        y = x["output_quality"]
        if not (isinstance(y, str) and y in _C2):
            return False
    if "enable_safety_checker" in x:
        y = x["enable_safety_checker"]
        if not (isinstance(y, bool)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v2(y):
            return False
    return True


def _e20(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "seedream-4.5-text-to-image":
        out.append(
            Err(
                "const",
                "seedream-4.5-text-to-image",
                x,
                "'seedream-4.5-text-to-image' was expected",
            )
        )
    return out


def _e19(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C17, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C17, x, "'prompt' is a required property"))
        if "aspect_ratio" not in x:
            out.append(Err("required", _C17, x, "'aspect_ratio' is a required property"))
        if "output_quality" not in x:
            out.append(Err("required", _C17, x, "'output_quality' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C16]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C18))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e20(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e4(x["prompt"]), ("properties", "prompt"), "prompt")
        if "aspect_ratio" in x:
            out += prefixed(_e5(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "output_quality" in x:
            out += prefixed(
                _e6(x["output_quality"]), ("properties", "output_quality"), "output_quality"
            )
        if "enable_safety_checker" in x:
            out += prefixed(
                _e7(x["enable_safety_checker"]),
                ("properties", "enable_safety_checker"),
                "enable_safety_checker",
            )
        if "callback_url" in x:
            out += prefixed(_e2(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


def _v21(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("model" in x and "prompt" in x and "aspect_ratio" in x and "output_quality" in x)
        and x.keys() <= _C19
        and _p21(x)
    )


def _p21(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "seedream-5-lite-text-to-image"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) >= 3 and len(y) <= 3000):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C1):
            return False
    if "output_quality" in x:
        y = x["output_quality"]
        if not (isinstance(y, str) and y in _C2):
            return False
    if "output_format" in x:
        y = x["output_format"]
        if not (isinstance(y, str) and y in _C8):
            return False
    if "enable_safety_checker" in x:
        y = x["enable_safety_checker"]
        if not (isinstance(y, bool)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v2(y):
            return False
    return True


def _e22(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "seedream-5-lite-text-to-image":
        out.append(
            Err(
                "const",
                "seedream-5-lite-text-to-image",
                x,
                "'seedream-5-lite-text-to-image' was expected",
            )
        )
    return out


def _e21(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C17, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C17, x, "'prompt' is a required property"))
        if "aspect_ratio" not in x:
            out.append(Err("required", _C17, x, "'aspect_ratio' is a required property"))
        if "output_quality" not in x:
            out.append(Err("required", _C17, x, "'output_quality' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C19]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C20))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e22(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e10(x["prompt"]), ("properties", "prompt"), "prompt")
        if "aspect_ratio" in x:
            out += prefixed(_e5(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "output_quality" in x:
            out += prefixed(
                _e6(x["output_quality"]), ("properties", "output_quality"), "output_quality"
            )
        if "output_format" in x:
            out += prefixed(
                _e11(x["output_format"]), ("properties", "output_format"), "output_format"
            )
        if "enable_safety_checker" in x:
            out += prefixed(
                _e7(x["enable_safety_checker"]),
                ("properties", "enable_safety_checker"),
                "enable_safety_checker",
            )
        if "callback_url" in x:
            out += prefixed(_e2(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


def _v23(x: Any) -> bool:
    return isinstance(x, dict) and ("model" in x and "prompt" in x) and x.keys() <= _C21 and _p23(x)


def _p23(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "seedream-v4-text-to-image"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) >= 1 and len(y) <= 5000):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C1):
            return False
    if "output_quality" in x:
        y = x["output_quality"]
        if not (isinstance(y, str) and y in _C2):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (isinstance(y, str) and y in _C12):
            return False
    if "output_count" in x:
        y = x["output_count"]
        if not (is_integer(y) and y >= 1 and y <= 6):
            return False
    if "seed" in x:
        y = x["seed"]
        if not (is_integer(y)):
            return False
    if "enable_safety_checker" in x:
        y = x["enable_safety_checker"]
        if not (isinstance(y, bool)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v2(y):
            return False
    return True


def _e24(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "seedream-v4-text-to-image":
        out.append(
            Err("const", "seedream-v4-text-to-image", x, "'seedream-v4-text-to-image' was expected")
        )
    return out


def _e23(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C22, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C22, x, "'prompt' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C21]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C23))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e24(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e15(x["prompt"]), ("properties", "prompt"), "prompt")
        if "aspect_ratio" in x:
            out += prefixed(_e5(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "output_quality" in x:
            out += prefixed(
                _e6(x["output_quality"]), ("properties", "output_quality"), "output_quality"
            )
        if "output_resolution" in x:
            out += prefixed(
                _e16(x["output_resolution"]),
                ("properties", "output_resolution"),
                "output_resolution",
            )
        if "output_count" in x:
            out += prefixed(_e17(x["output_count"]), ("properties", "output_count"), "output_count")
        if "seed" in x:
            out += prefixed(_e18(x["seed"]), ("properties", "seed"), "seed")
        if "enable_safety_checker" in x:
            out += prefixed(
                _e7(x["enable_safety_checker"]),
                ("properties", "enable_safety_checker"),
                "enable_safety_checker",
            )
        if "callback_url" in x:
            out += prefixed(_e2(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


_N0 = Variant((), _v0, _e0, (), "/components/schemas/SeedreamEditImageRequest45")
_N1 = Variant((), _v8, _e8, (), "/components/schemas/SeedreamEditImageRequest5Lite")
_N2 = Variant((), _v12, _e12, (), "/components/schemas/SeedreamEditImageRequestV4")
_N3 = Choice(
    (), "model", {"seedream-4.5-edit": _N0, "seedream-5-lite-edit": _N1, "seedream-v4-edit": _N2}
)
_N4 = Variant((), _v19, _e19, (), "/components/schemas/SeedreamTextToImageRequest45")
_N5 = Variant((), _v21, _e21, (), "/components/schemas/SeedreamTextToImageRequest5Lite")
_N6 = Variant((), _v23, _e23, (), "/components/schemas/SeedreamTextToImageRequestV4")
_N7 = Choice(
    (),
    "model",
    {
        "seedream-4.5-text-to-image": _N4,
        "seedream-5-lite-text-to-image": _N5,
        "seedream-v4-text-to-image": _N6,
    },
)


BODIES: dict[str, Node] = {"seedream.edit_image.create": _N3, "seedream.text_to_image.create": _N7}
