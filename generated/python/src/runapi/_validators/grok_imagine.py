"""Request validation of the grok_imagine operations, compiled from their schemas.

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
    is_number,
    is_uri,
    prefixed,
)

_C0 = frozenset(["callback_url", "enable_safety_checker", "model", "prompt", "source_image_url"])
_C1 = ["model", "source_image_url"]
_C2 = ("callback_url", "enable_safety_checker", "model", "prompt", "source_image_url")
_C3 = frozenset(
    ["callback_url", "extension_duration_seconds", "prompt", "source_task_id", "start_seconds"]
)
_C4 = frozenset([6, 10])
_C5 = ["source_task_id", "prompt", "start_seconds", "extension_duration_seconds"]
_C6 = ("callback_url", "extension_duration_seconds", "prompt", "source_task_id", "start_seconds")
_C7 = [6, 10]
_C8 = frozenset(
    [
        "aspect_ratio",
        "callback_url",
        "duration_seconds",
        "enable_safety_checker",
        "index",
        "model",
        "motion_style",
        "output_resolution",
        "prompt",
        "source_image_url",
        "source_image_urls",
        "source_task_id",
    ]
)
_C9 = [
    {"required": ["source_image_urls"]},
    {"required": ["source_image_url"]},
    {"required": ["source_task_id"]},
]
_C10 = ["source_image_urls", "motion_style"]
_C11 = {
    "required": ["source_image_urls", "motion_style"],
    "properties": {"motion_style": {"const": "spicy"}},
}
_C12 = frozenset(["fun", "normal", "spicy"])
_C13 = frozenset(["480p", "720p"])
_C14 = frozenset(["16:9", "1:1", "2:3", "3:2", "9:16"])
_C15 = ["model"]
_C16 = (
    "aspect_ratio",
    "callback_url",
    "duration_seconds",
    "enable_safety_checker",
    "index",
    "model",
    "motion_style",
    "output_resolution",
    "prompt",
    "source_image_url",
    "source_image_urls",
    "source_task_id",
)
_C17 = ["fun", "normal", "spicy"]
_C18 = ["480p", "720p"]
_C19 = ["2:3", "3:2", "1:1", "16:9", "9:16"]
_C20 = frozenset(
    ["aspect_ratio", "callback_url", "enable_pro", "enable_safety_checker", "model", "prompt"]
)
_C21 = ["model", "prompt"]
_C22 = ("aspect_ratio", "callback_url", "enable_pro", "enable_safety_checker", "model", "prompt")
_C23 = frozenset(
    [
        "aspect_ratio",
        "callback_url",
        "duration_seconds",
        "enable_safety_checker",
        "model",
        "motion_style",
        "output_resolution",
        "prompt",
    ]
)
_C24 = (
    "aspect_ratio",
    "callback_url",
    "duration_seconds",
    "enable_safety_checker",
    "model",
    "motion_style",
    "output_resolution",
    "prompt",
)
_C25 = frozenset(["callback_url", "source_task_id"])
_C26 = ["source_task_id"]
_C27 = ("callback_url", "source_task_id")


def _v1(x: Any) -> bool:
    return isinstance(x, str) and is_uri(x)


def _e1(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if isinstance(x, str):
        if not is_uri(x):
            out.append(Err("format", "uri", x, repr(x) + " is not a 'uri'"))
    return out


def _v0(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("model" in x and "source_image_url" in x)
        and x.keys() <= _C0
        and _p0(x)
    )


def _p0(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (isinstance(y, str) and y == "grok-imagine-edit-image"):
            return False
    if "source_image_url" in x:
        y = x["source_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str)):
            return False
    if "enable_safety_checker" in x:
        y = x["enable_safety_checker"]
        if not (isinstance(y, bool)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    return True


def _e2(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not x == "grok-imagine-edit-image":
        out.append(
            Err("const", "grok-imagine-edit-image", x, "'grok-imagine-edit-image' was expected")
        )
    return out


def _e3(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    return out


def _e4(x: Any) -> list[Err]:
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
            out.append(Err("required", _C1, x, "'model' is a required property"))
        if "source_image_url" not in x:
            out.append(Err("required", _C1, x, "'source_image_url' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C0]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C2))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e2(x["model"]), ("properties", "model"), "model")
        if "source_image_url" in x:
            out += prefixed(
                _e1(x["source_image_url"]), ("properties", "source_image_url"), "source_image_url"
            )
        if "prompt" in x:
            out += prefixed(_e3(x["prompt"]), ("properties", "prompt"), "prompt")
        if "enable_safety_checker" in x:
            out += prefixed(
                _e4(x["enable_safety_checker"]),
                ("properties", "enable_safety_checker"),
                "enable_safety_checker",
            )
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


def _v5(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and (
            "source_task_id" in x
            and "prompt" in x
            and "start_seconds" in x
            and "extension_duration_seconds" in x
        )
        and x.keys() <= _C3
        and _p5(x)
    )


def _p5(x: dict[str, Any]) -> bool:
    if "source_task_id" in x:
        y = x["source_task_id"]
        if not (isinstance(y, str)):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) <= 5000):
            return False
    if "start_seconds" in x:
        y = x["start_seconds"]
        if not (is_integer(y) and y >= 0):
            return False
    if "extension_duration_seconds" in x:
        y = x["extension_duration_seconds"]
        if not (is_integer(y) and y in _C4):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    return True


def _e6(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if isinstance(x, str):
        if not len(x) <= 5000:
            out.append(Err("maxLength", 5000, x, repr(x) + " is too long"))
    return out


def _e7(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_integer(x)):
        out.append(Err("type", "integer", x, repr(x) + " is not of type 'integer'"))
    if is_number(x):
        if not x >= 0:
            out.append(Err("minimum", 0, x, repr(x) + " is less than the minimum of 0"))
    return out


def _e8(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_integer(x)):
        out.append(Err("type", "integer", x, repr(x) + " is not of type 'integer'"))
    if not any(equal(each, x) for each in _C7):
        out.append(Err("enum", _C7, x, repr(x) + " is not one of [6, 10]"))
    return out


def _e5(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "source_task_id" not in x:
            out.append(Err("required", _C5, x, "'source_task_id' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C5, x, "'prompt' is a required property"))
        if "start_seconds" not in x:
            out.append(Err("required", _C5, x, "'start_seconds' is a required property"))
        if "extension_duration_seconds" not in x:
            out.append(
                Err("required", _C5, x, "'extension_duration_seconds' is a required property")
            )
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C3]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C6))
    if isinstance(x, dict):
        if "source_task_id" in x:
            out += prefixed(
                _e3(x["source_task_id"]), ("properties", "source_task_id"), "source_task_id"
            )
        if "prompt" in x:
            out += prefixed(_e6(x["prompt"]), ("properties", "prompt"), "prompt")
        if "start_seconds" in x:
            out += prefixed(
                _e7(x["start_seconds"]), ("properties", "start_seconds"), "start_seconds"
            )
        if "extension_duration_seconds" in x:
            out += prefixed(
                _e8(x["extension_duration_seconds"]),
                ("properties", "extension_duration_seconds"),
                "extension_duration_seconds",
            )
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


def _v10(x: Any) -> bool:
    return (
        (not isinstance(x, dict) or "source_image_urls" in x)
        or (not isinstance(x, dict) or "source_image_url" in x)
        or (not isinstance(x, dict) or "source_task_id" in x)
    )


def _e10(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (
        (not isinstance(x, dict) or "source_image_urls" in x)
        or (not isinstance(x, dict) or "source_image_url" in x)
        or (not isinstance(x, dict) or "source_task_id" in x)
    ):
        out.append(Err("anyOf", _C9, x, repr(x) + " is not valid under any of the given schemas"))
    return out


def _v12(x: Any) -> bool:
    return (not isinstance(x, dict) or ("source_image_urls" in x and "motion_style" in x)) and (
        not isinstance(x, dict) or _p12(x)
    )


def _p12(x: dict[str, Any]) -> bool:
    if "motion_style" in x:
        y = x["motion_style"]
        if not (y == "spicy"):
            return False
    return True


def _v11(x: Any) -> bool:
    return not _v12(x)


def _e11(x: Any) -> list[Err]:
    out: list[Err] = []
    if _v12(x):
        out.append(
            Err(
                "not",
                _C11,
                x,
                repr(x)
                + " should not be valid under {'required': ['source_image_urls', 'motion_style'], 'properties': {'motion_style': {'const': 'spicy'}}}",
            )
        )
    return out


def _v14(x: Any) -> bool:
    return isinstance(x, list) and len(x) >= 1 and len(x) <= 1 and _x14_items(x)


def _x14_items(x: Any) -> bool:
    if not all((isinstance(y, str) and is_uri(y)) for y in x):
        return False
    return True


def _e14(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, list)):
        out.append(Err("type", "array", x, repr(x) + " is not of type 'array'"))
    if isinstance(x, list):
        if not len(x) >= 1:
            out.append(Err("minItems", 1, x, repr(x) + " should be non-empty"))
    if isinstance(x, list):
        if not len(x) <= 1:
            out.append(Err("maxItems", 1, x, repr(x) + " is too long"))
    if isinstance(x, list):
        for i in range(0, len(x)):
            out += prefixed(_e1(x[i]), ("items",), i)
    return out


def _v9(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and "model" in x
        and x.keys() <= _C8
        and _p9(x)
        and (_v10(x) and _v11(x))
    )


def _p9(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (isinstance(y, str) and y == "grok-imagine-image-to-video"):
            return False
    if "source_image_urls" in x:
        y = x["source_image_urls"]
        if not _v14(y):
            return False
    if "source_image_url" in x:
        y = x["source_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "source_task_id" in x:
        y = x["source_task_id"]
        if not (isinstance(y, str)):
            return False
    if "index" in x:
        y = x["index"]
        if not (is_integer(y) and y >= 0 and y <= 5):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) <= 5000):
            return False
    if "motion_style" in x:
        y = x["motion_style"]
        if not (isinstance(y, str) and y in _C12):
            return False
    if "duration_seconds" in x:
        y = x["duration_seconds"]
        if not (is_integer(y) and y >= 6 and y <= 30):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (isinstance(y, str) and y in _C13):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C14):
            return False
    if "enable_safety_checker" in x:
        y = x["enable_safety_checker"]
        if not (isinstance(y, bool)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    return True


def _e15(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not x == "grok-imagine-image-to-video":
        out.append(
            Err(
                "const",
                "grok-imagine-image-to-video",
                x,
                "'grok-imagine-image-to-video' was expected",
            )
        )
    return out


def _e16(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_integer(x)):
        out.append(Err("type", "integer", x, repr(x) + " is not of type 'integer'"))
    if is_number(x):
        if not x >= 0:
            out.append(Err("minimum", 0, x, repr(x) + " is less than the minimum of 0"))
    if is_number(x):
        if not x <= 5:
            out.append(Err("maximum", 5, x, repr(x) + " is greater than the maximum of 5"))
    return out


def _e17(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C12):
        out.append(Err("enum", _C17, x, repr(x) + " is not one of ['fun', 'normal', 'spicy']"))
    return out


def _e18(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_integer(x)):
        out.append(Err("type", "integer", x, repr(x) + " is not of type 'integer'"))
    if is_number(x):
        if not x >= 6:
            out.append(Err("minimum", 6, x, repr(x) + " is less than the minimum of 6"))
    if is_number(x):
        if not x <= 30:
            out.append(Err("maximum", 30, x, repr(x) + " is greater than the maximum of 30"))
    return out


def _e19(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C13):
        out.append(Err("enum", _C18, x, repr(x) + " is not one of ['480p', '720p']"))
    return out


def _e20(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C14):
        out.append(
            Err("enum", _C19, x, repr(x) + " is not one of ['2:3', '3:2', '1:1', '16:9', '9:16']")
        )
    return out


def _e9(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C15, x, "'model' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C8]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C16))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e15(x["model"]), ("properties", "model"), "model")
        if "source_image_urls" in x:
            out += prefixed(
                _e14(x["source_image_urls"]),
                ("properties", "source_image_urls"),
                "source_image_urls",
            )
        if "source_image_url" in x:
            out += prefixed(
                _e1(x["source_image_url"]), ("properties", "source_image_url"), "source_image_url"
            )
        if "source_task_id" in x:
            out += prefixed(
                _e3(x["source_task_id"]), ("properties", "source_task_id"), "source_task_id"
            )
        if "index" in x:
            out += prefixed(_e16(x["index"]), ("properties", "index"), "index")
        if "prompt" in x:
            out += prefixed(_e6(x["prompt"]), ("properties", "prompt"), "prompt")
        if "motion_style" in x:
            out += prefixed(_e17(x["motion_style"]), ("properties", "motion_style"), "motion_style")
        if "duration_seconds" in x:
            out += prefixed(
                _e18(x["duration_seconds"]), ("properties", "duration_seconds"), "duration_seconds"
            )
        if "output_resolution" in x:
            out += prefixed(
                _e19(x["output_resolution"]),
                ("properties", "output_resolution"),
                "output_resolution",
            )
        if "aspect_ratio" in x:
            out += prefixed(_e20(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "enable_safety_checker" in x:
            out += prefixed(
                _e4(x["enable_safety_checker"]),
                ("properties", "enable_safety_checker"),
                "enable_safety_checker",
            )
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    out += prefixed(_e10(x), ("allOf", 0))
    out += prefixed(_e11(x), ("allOf", 1))
    return out


def _v21(x: Any) -> bool:
    return isinstance(x, dict) and ("model" in x and "prompt" in x) and x.keys() <= _C20 and _p21(x)


def _p21(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (isinstance(y, str) and y == "grok-imagine-text-to-image"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) <= 5000):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C14):
            return False
    if "enable_pro" in x:
        y = x["enable_pro"]
        if not (isinstance(y, bool)):
            return False
    if "enable_safety_checker" in x:
        y = x["enable_safety_checker"]
        if not (isinstance(y, bool)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    return True


def _e22(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not x == "grok-imagine-text-to-image":
        out.append(
            Err(
                "const",
                "grok-imagine-text-to-image",
                x,
                "'grok-imagine-text-to-image' was expected",
            )
        )
    return out


def _e21(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C21, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C21, x, "'prompt' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C20]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C22))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e22(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e6(x["prompt"]), ("properties", "prompt"), "prompt")
        if "aspect_ratio" in x:
            out += prefixed(_e20(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "enable_pro" in x:
            out += prefixed(_e4(x["enable_pro"]), ("properties", "enable_pro"), "enable_pro")
        if "enable_safety_checker" in x:
            out += prefixed(
                _e4(x["enable_safety_checker"]),
                ("properties", "enable_safety_checker"),
                "enable_safety_checker",
            )
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


def _v23(x: Any) -> bool:
    return isinstance(x, dict) and ("model" in x and "prompt" in x) and x.keys() <= _C23 and _p23(x)


def _p23(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (isinstance(y, str) and y == "grok-imagine-text-to-video"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) <= 5000):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C14):
            return False
    if "motion_style" in x:
        y = x["motion_style"]
        if not (isinstance(y, str) and y in _C12):
            return False
    if "duration_seconds" in x:
        y = x["duration_seconds"]
        if not (is_integer(y) and y >= 6 and y <= 30):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (isinstance(y, str) and y in _C13):
            return False
    if "enable_safety_checker" in x:
        y = x["enable_safety_checker"]
        if not (isinstance(y, bool)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    return True


def _e24(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not x == "grok-imagine-text-to-video":
        out.append(
            Err(
                "const",
                "grok-imagine-text-to-video",
                x,
                "'grok-imagine-text-to-video' was expected",
            )
        )
    return out


def _e23(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C21, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C21, x, "'prompt' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C23]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C24))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e24(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e6(x["prompt"]), ("properties", "prompt"), "prompt")
        if "aspect_ratio" in x:
            out += prefixed(_e20(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "motion_style" in x:
            out += prefixed(_e17(x["motion_style"]), ("properties", "motion_style"), "motion_style")
        if "duration_seconds" in x:
            out += prefixed(
                _e18(x["duration_seconds"]), ("properties", "duration_seconds"), "duration_seconds"
            )
        if "output_resolution" in x:
            out += prefixed(
                _e19(x["output_resolution"]),
                ("properties", "output_resolution"),
                "output_resolution",
            )
        if "enable_safety_checker" in x:
            out += prefixed(
                _e4(x["enable_safety_checker"]),
                ("properties", "enable_safety_checker"),
                "enable_safety_checker",
            )
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


def _v25(x: Any) -> bool:
    return isinstance(x, dict) and "source_task_id" in x and x.keys() <= _C25 and _p25(x)


def _p25(x: dict[str, Any]) -> bool:
    if "source_task_id" in x:
        y = x["source_task_id"]
        if not (isinstance(y, str)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    return True


def _e25(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "source_task_id" not in x:
            out.append(Err("required", _C26, x, "'source_task_id' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C25]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C27))
    if isinstance(x, dict):
        if "source_task_id" in x:
            out += prefixed(
                _e3(x["source_task_id"]), ("properties", "source_task_id"), "source_task_id"
            )
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


_N0 = Variant((), _v0, _e0, (), "/components/schemas/GrokImagineEditImageRequest")
_N1 = Variant((), _v5, _e5, (), "/components/schemas/GrokImagineExtendVideoRequest")
_N2 = Variant(
    (),
    _v9,
    _e9,
    (
        "a source is required - source_image_urls (or source_image_url) or source_task_id",
        "spicy is not available when source_image_urls is used",
    ),
    "/components/schemas/GrokImagineImageToVideoRequest",
)
_N3 = Variant((), _v21, _e21, (), "/components/schemas/GrokImagineTextToImageRequest")
_N4 = Variant((), _v23, _e23, (), "/components/schemas/GrokImagineTextToVideoRequest")
_N5 = Variant((), _v25, _e25, (), "/components/schemas/GrokImagineUpscaleImageRequest")


BODIES: dict[str, Node] = {
    "grok_imagine.edit_image.create": _N0,
    "grok_imagine.extend_video.create": _N1,
    "grok_imagine.image_to_video.create": _N2,
    "grok_imagine.text_to_image.create": _N3,
    "grok_imagine.text_to_video.create": _N4,
    "grok_imagine.upscale_image.create": _N5,
}
