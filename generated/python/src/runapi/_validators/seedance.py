"""Request validation of the seedance operations, compiled from their schemas.

Generated from spec/openapi.yaml by generator/targets/python_validators.py. Do not edit."""

from __future__ import annotations

from typing import Any

from .._schema_checks import (
    Choice,
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

_C0 = frozenset(
    [
        "aspect_ratio",
        "callback_url",
        "duration_seconds",
        "enable_safety_checker",
        "generate_audio",
        "lock_camera",
        "model",
        "output_resolution",
        "prompt",
        "source_image_urls",
    ]
)
_C1 = frozenset(["16:9", "1:1", "21:9", "3:4", "4:3", "9:16"])
_C2 = frozenset(["1080p", "480p", "720p"])
_C3 = frozenset([4, 8, 12])
_C4 = ["model", "prompt", "aspect_ratio", "duration_seconds"]
_C5 = (
    "aspect_ratio",
    "callback_url",
    "duration_seconds",
    "enable_safety_checker",
    "generate_audio",
    "lock_camera",
    "model",
    "output_resolution",
    "prompt",
    "source_image_urls",
)
_C6 = ["1:1", "4:3", "3:4", "16:9", "9:16", "21:9"]
_C7 = ["480p", "720p", "1080p"]
_C8 = [4, 8, 12]
_C9 = frozenset(
    [
        "aspect_ratio",
        "callback_url",
        "duration_seconds",
        "enable_safety_checker",
        "first_frame_image_url",
        "generate_audio",
        "last_frame_image_url",
        "model",
        "output_resolution",
        "prompt",
        "reference_audio_urls",
        "reference_image_urls",
        "reference_video_urls",
        "web_search",
    ]
)
_C10 = [{"required": ["reference_image_urls"]}, {"required": ["reference_video_urls"]}]
_C11 = frozenset(["16:9", "1:1", "21:9", "3:4", "4:3", "9:16", "auto"])
_C12 = ["model", "prompt"]
_C13 = (
    "aspect_ratio",
    "callback_url",
    "duration_seconds",
    "enable_safety_checker",
    "first_frame_image_url",
    "generate_audio",
    "last_frame_image_url",
    "model",
    "output_resolution",
    "prompt",
    "reference_audio_urls",
    "reference_image_urls",
    "reference_video_urls",
    "web_search",
)
_C14 = ["1:1", "4:3", "3:4", "16:9", "9:16", "21:9", "auto"]
_C15 = frozenset(["480p", "720p"])
_C16 = ["480p", "720p"]
_C17 = frozenset(
    [
        "aspect_ratio",
        "callback_url",
        "duration_seconds",
        "enable_safety_checker",
        "first_frame_image_url",
        "last_frame_image_url",
        "lock_camera",
        "model",
        "output_resolution",
        "prompt",
        "seed",
    ]
)
_C18 = {"required": ["aspect_ratio"]}
_C19 = ["aspect_ratio"]
_C20 = frozenset(["16:9", "1:1", "3:4", "4:3", "9:16", "9:21"])
_C21 = frozenset([5, 10])
_C22 = ["model", "prompt", "duration_seconds"]
_C23 = (
    "aspect_ratio",
    "callback_url",
    "duration_seconds",
    "enable_safety_checker",
    "first_frame_image_url",
    "last_frame_image_url",
    "lock_camera",
    "model",
    "output_resolution",
    "prompt",
    "seed",
)
_C24 = ["1:1", "4:3", "3:4", "16:9", "9:16", "9:21"]
_C25 = [5, 10]
_C26 = frozenset(
    [
        "aspect_ratio",
        "callback_url",
        "duration_seconds",
        "enable_safety_checker",
        "first_frame_image_url",
        "lock_camera",
        "model",
        "output_resolution",
        "prompt",
        "seed",
    ]
)
_C27 = (
    "aspect_ratio",
    "callback_url",
    "duration_seconds",
    "enable_safety_checker",
    "first_frame_image_url",
    "lock_camera",
    "model",
    "output_resolution",
    "prompt",
    "seed",
)
_C28 = frozenset(
    [
        "callback_url",
        "duration_seconds",
        "enable_safety_checker",
        "first_frame_image_url",
        "model",
        "output_resolution",
        "prompt",
    ]
)
_C29 = frozenset(["1080p", "720p"])
_C30 = ["model", "prompt", "duration_seconds", "first_frame_image_url"]
_C31 = (
    "callback_url",
    "duration_seconds",
    "enable_safety_checker",
    "first_frame_image_url",
    "model",
    "output_resolution",
    "prompt",
)
_C32 = ["720p", "1080p"]


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


def _v2(x: Any) -> bool:
    return isinstance(x, list) and len(x) <= 2 and _x2_items(x)


def _x2_items(x: Any) -> bool:
    if not all((isinstance(y, str) and is_uri(y)) for y in x):
        return False
    return True


def _e2(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, list)):
        out.append(Err("type", "array", x, repr(x) + " is not of type 'array'"))
    if isinstance(x, list):
        if not len(x) <= 2:
            out.append(Err("maxItems", 2, x, repr(x) + " is too long"))
    if isinstance(x, list):
        for i in range(0, len(x)):
            out += prefixed(_e1(x[i]), ("items",), i)
    return out


def _v0(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("model" in x and "prompt" in x and "aspect_ratio" in x and "duration_seconds" in x)
        and x.keys() <= _C0
        and _p0(x)
    )


def _p0(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "seedance-1.5-pro"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) >= 3 and len(y) <= 2500):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C1):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (isinstance(y, str) and y in _C2):
            return False
    if "duration_seconds" in x:
        y = x["duration_seconds"]
        if not (is_integer(y) and y in _C3):
            return False
    if "generate_audio" in x:
        y = x["generate_audio"]
        if not (isinstance(y, bool)):
            return False
    if "enable_safety_checker" in x:
        y = x["enable_safety_checker"]
        if not (isinstance(y, bool)):
            return False
    if "source_image_urls" in x:
        y = x["source_image_urls"]
        if not _v2(y):
            return False
    if "lock_camera" in x:
        y = x["lock_camera"]
        if not (isinstance(y, bool)):
            return False
    return True


def _e3(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "seedance-1.5-pro":
        out.append(Err("const", "seedance-1.5-pro", x, "'seedance-1.5-pro' was expected"))
    return out


def _e4(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if isinstance(x, str):
        if not len(x) >= 3:
            out.append(Err("minLength", 3, x, repr(x) + " is too short"))
    if isinstance(x, str):
        if not len(x) <= 2500:
            out.append(Err("maxLength", 2500, x, repr(x) + " is too long"))
    return out


def _e5(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C1):
        out.append(
            Err(
                "enum",
                _C6,
                x,
                repr(x) + " is not one of ['1:1', '4:3', '3:4', '16:9', '9:16', '21:9']",
            )
        )
    return out


def _e6(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C2):
        out.append(Err("enum", _C7, x, repr(x) + " is not one of ['480p', '720p', '1080p']"))
    return out


def _e7(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_integer(x)):
        out.append(Err("type", "integer", x, repr(x) + " is not of type 'integer'"))
    if not any(equal(each, x) for each in _C8):
        out.append(Err("enum", _C8, x, repr(x) + " is not one of [4, 8, 12]"))
    return out


def _e8(x: Any) -> list[Err]:
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
            out.append(Err("required", _C4, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C4, x, "'prompt' is a required property"))
        if "aspect_ratio" not in x:
            out.append(Err("required", _C4, x, "'aspect_ratio' is a required property"))
        if "duration_seconds" not in x:
            out.append(Err("required", _C4, x, "'duration_seconds' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C0]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C5))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e3(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e4(x["prompt"]), ("properties", "prompt"), "prompt")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "aspect_ratio" in x:
            out += prefixed(_e5(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "output_resolution" in x:
            out += prefixed(
                _e6(x["output_resolution"]),
                ("properties", "output_resolution"),
                "output_resolution",
            )
        if "duration_seconds" in x:
            out += prefixed(
                _e7(x["duration_seconds"]), ("properties", "duration_seconds"), "duration_seconds"
            )
        if "generate_audio" in x:
            out += prefixed(
                _e8(x["generate_audio"]), ("properties", "generate_audio"), "generate_audio"
            )
        if "enable_safety_checker" in x:
            out += prefixed(
                _e8(x["enable_safety_checker"]),
                ("properties", "enable_safety_checker"),
                "enable_safety_checker",
            )
        if "source_image_urls" in x:
            out += prefixed(
                _e2(x["source_image_urls"]),
                ("properties", "source_image_urls"),
                "source_image_urls",
            )
        if "lock_camera" in x:
            out += prefixed(_e8(x["lock_camera"]), ("properties", "lock_camera"), "lock_camera")
    return out


def _v11(x: Any) -> bool:
    return (not isinstance(x, dict) or "reference_image_urls" in x) or (
        not isinstance(x, dict) or "reference_video_urls" in x
    )


def _e11(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (
        (not isinstance(x, dict) or "reference_image_urls" in x)
        or (not isinstance(x, dict) or "reference_video_urls" in x)
    ):
        out.append(Err("anyOf", _C10, x, repr(x) + " is not valid under any of the given schemas"))
    return out


def _v10(x: Any) -> bool:
    return _v11(x) if (not isinstance(x, dict) or "reference_audio_urls" in x) else True


def _e10(x: Any) -> list[Err]:
    out: list[Err] = []
    if not isinstance(x, dict) or "reference_audio_urls" in x:
        out += prefixed(_e11(x), ("then",))
    return out


def _v12(x: Any) -> bool:
    return isinstance(x, list) and len(x) <= 9 and _x12_items(x)


def _x12_items(x: Any) -> bool:
    if not all((isinstance(y, str) and is_uri(y)) for y in x):
        return False
    return True


def _e12(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, list)):
        out.append(Err("type", "array", x, repr(x) + " is not of type 'array'"))
    if isinstance(x, list):
        if not len(x) <= 9:
            out.append(Err("maxItems", 9, x, repr(x) + " is too long"))
    if isinstance(x, list):
        for i in range(0, len(x)):
            out += prefixed(_e1(x[i]), ("items",), i)
    return out


def _v13(x: Any) -> bool:
    return isinstance(x, list) and len(x) <= 3 and _x13_items(x)


def _x13_items(x: Any) -> bool:
    if not all((isinstance(y, str) and is_uri(y)) for y in x):
        return False
    return True


def _e13(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, list)):
        out.append(Err("type", "array", x, repr(x) + " is not of type 'array'"))
    if isinstance(x, list):
        if not len(x) <= 3:
            out.append(Err("maxItems", 3, x, repr(x) + " is too long"))
    if isinstance(x, list):
        for i in range(0, len(x)):
            out += prefixed(_e1(x[i]), ("items",), i)
    return out


def _v9(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("model" in x and "prompt" in x)
        and x.keys() <= _C9
        and _p9(x)
        and (_v10(x))
    )


def _p9(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "seedance-2.0"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) >= 3 and len(y) <= 20000):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C11):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (isinstance(y, str) and y in _C2):
            return False
    if "duration_seconds" in x:
        y = x["duration_seconds"]
        if not (is_integer(y) and y >= 4 and y <= 15):
            return False
    if "generate_audio" in x:
        y = x["generate_audio"]
        if not (isinstance(y, bool)):
            return False
    if "enable_safety_checker" in x:
        y = x["enable_safety_checker"]
        if not (isinstance(y, bool)):
            return False
    if "first_frame_image_url" in x:
        y = x["first_frame_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "last_frame_image_url" in x:
        y = x["last_frame_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "reference_image_urls" in x:
        y = x["reference_image_urls"]
        if not _v12(y):
            return False
    if "reference_video_urls" in x:
        y = x["reference_video_urls"]
        if not _v13(y):
            return False
    if "reference_audio_urls" in x:
        y = x["reference_audio_urls"]
        if not _v13(y):
            return False
    if "web_search" in x:
        y = x["web_search"]
        if not (isinstance(y, bool)):
            return False
    return True


def _e14(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "seedance-2.0":
        out.append(Err("const", "seedance-2.0", x, "'seedance-2.0' was expected"))
    return out


def _e15(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if isinstance(x, str):
        if not len(x) >= 3:
            out.append(Err("minLength", 3, x, repr(x) + " is too short"))
    if isinstance(x, str):
        if not len(x) <= 20000:
            out.append(Err("maxLength", 20000, x, repr(x) + " is too long"))
    return out


def _e16(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C11):
        out.append(
            Err(
                "enum",
                _C14,
                x,
                repr(x) + " is not one of ['1:1', '4:3', '3:4', '16:9', '9:16', '21:9', 'auto']",
            )
        )
    return out


def _e17(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_integer(x)):
        out.append(Err("type", "integer", x, repr(x) + " is not of type 'integer'"))
    if is_number(x):
        if not x >= 4:
            out.append(Err("minimum", 4, x, repr(x) + " is less than the minimum of 4"))
    if is_number(x):
        if not x <= 15:
            out.append(Err("maximum", 15, x, repr(x) + " is greater than the maximum of 15"))
    return out


def _e9(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C12, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C12, x, "'prompt' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C9]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C13))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e14(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e15(x["prompt"]), ("properties", "prompt"), "prompt")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "aspect_ratio" in x:
            out += prefixed(_e16(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "output_resolution" in x:
            out += prefixed(
                _e6(x["output_resolution"]),
                ("properties", "output_resolution"),
                "output_resolution",
            )
        if "duration_seconds" in x:
            out += prefixed(
                _e17(x["duration_seconds"]), ("properties", "duration_seconds"), "duration_seconds"
            )
        if "generate_audio" in x:
            out += prefixed(
                _e8(x["generate_audio"]), ("properties", "generate_audio"), "generate_audio"
            )
        if "enable_safety_checker" in x:
            out += prefixed(
                _e8(x["enable_safety_checker"]),
                ("properties", "enable_safety_checker"),
                "enable_safety_checker",
            )
        if "first_frame_image_url" in x:
            out += prefixed(
                _e1(x["first_frame_image_url"]),
                ("properties", "first_frame_image_url"),
                "first_frame_image_url",
            )
        if "last_frame_image_url" in x:
            out += prefixed(
                _e1(x["last_frame_image_url"]),
                ("properties", "last_frame_image_url"),
                "last_frame_image_url",
            )
        if "reference_image_urls" in x:
            out += prefixed(
                _e12(x["reference_image_urls"]),
                ("properties", "reference_image_urls"),
                "reference_image_urls",
            )
        if "reference_video_urls" in x:
            out += prefixed(
                _e13(x["reference_video_urls"]),
                ("properties", "reference_video_urls"),
                "reference_video_urls",
            )
        if "reference_audio_urls" in x:
            out += prefixed(
                _e13(x["reference_audio_urls"]),
                ("properties", "reference_audio_urls"),
                "reference_audio_urls",
            )
        if "web_search" in x:
            out += prefixed(_e8(x["web_search"]), ("properties", "web_search"), "web_search")
    out += prefixed(_e10(x), ("allOf", 0))
    return out


def _v18(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("model" in x and "prompt" in x)
        and x.keys() <= _C9
        and _p18(x)
        and (_v10(x))
    )


def _p18(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "seedance-2.0-fast"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) >= 3 and len(y) <= 20000):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C11):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (isinstance(y, str) and y in _C15):
            return False
    if "duration_seconds" in x:
        y = x["duration_seconds"]
        if not (is_integer(y) and y >= 4 and y <= 15):
            return False
    if "generate_audio" in x:
        y = x["generate_audio"]
        if not (isinstance(y, bool)):
            return False
    if "enable_safety_checker" in x:
        y = x["enable_safety_checker"]
        if not (isinstance(y, bool)):
            return False
    if "first_frame_image_url" in x:
        y = x["first_frame_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "last_frame_image_url" in x:
        y = x["last_frame_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "reference_image_urls" in x:
        y = x["reference_image_urls"]
        if not _v12(y):
            return False
    if "reference_video_urls" in x:
        y = x["reference_video_urls"]
        if not _v13(y):
            return False
    if "reference_audio_urls" in x:
        y = x["reference_audio_urls"]
        if not _v13(y):
            return False
    if "web_search" in x:
        y = x["web_search"]
        if not (isinstance(y, bool)):
            return False
    return True


def _e19(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "seedance-2.0-fast":
        out.append(Err("const", "seedance-2.0-fast", x, "'seedance-2.0-fast' was expected"))
    return out


def _e20(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C15):
        out.append(Err("enum", _C16, x, repr(x) + " is not one of ['480p', '720p']"))
    return out


def _e18(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C12, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C12, x, "'prompt' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C9]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C13))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e19(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e15(x["prompt"]), ("properties", "prompt"), "prompt")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "aspect_ratio" in x:
            out += prefixed(_e16(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "output_resolution" in x:
            out += prefixed(
                _e20(x["output_resolution"]),
                ("properties", "output_resolution"),
                "output_resolution",
            )
        if "duration_seconds" in x:
            out += prefixed(
                _e17(x["duration_seconds"]), ("properties", "duration_seconds"), "duration_seconds"
            )
        if "generate_audio" in x:
            out += prefixed(
                _e8(x["generate_audio"]), ("properties", "generate_audio"), "generate_audio"
            )
        if "enable_safety_checker" in x:
            out += prefixed(
                _e8(x["enable_safety_checker"]),
                ("properties", "enable_safety_checker"),
                "enable_safety_checker",
            )
        if "first_frame_image_url" in x:
            out += prefixed(
                _e1(x["first_frame_image_url"]),
                ("properties", "first_frame_image_url"),
                "first_frame_image_url",
            )
        if "last_frame_image_url" in x:
            out += prefixed(
                _e1(x["last_frame_image_url"]),
                ("properties", "last_frame_image_url"),
                "last_frame_image_url",
            )
        if "reference_image_urls" in x:
            out += prefixed(
                _e12(x["reference_image_urls"]),
                ("properties", "reference_image_urls"),
                "reference_image_urls",
            )
        if "reference_video_urls" in x:
            out += prefixed(
                _e13(x["reference_video_urls"]),
                ("properties", "reference_video_urls"),
                "reference_video_urls",
            )
        if "reference_audio_urls" in x:
            out += prefixed(
                _e13(x["reference_audio_urls"]),
                ("properties", "reference_audio_urls"),
                "reference_audio_urls",
            )
        if "web_search" in x:
            out += prefixed(_e8(x["web_search"]), ("properties", "web_search"), "web_search")
    out += prefixed(_e10(x), ("allOf", 0))
    return out


def _v23(x: Any) -> bool:
    return not (not isinstance(x, dict) or "aspect_ratio" in x)


def _e23(x: Any) -> list[Err]:
    out: list[Err] = []
    if not isinstance(x, dict) or "aspect_ratio" in x:
        out.append(
            Err(
                "not",
                _C18,
                x,
                repr(x) + " should not be valid under {'required': ['aspect_ratio']}",
            )
        )
    return out


def _v22(x: Any) -> bool:
    return (
        _v23(x)
        if (not isinstance(x, dict) or "first_frame_image_url" in x)
        else (not isinstance(x, dict) or "aspect_ratio" in x)
    )


def _e24(x: Any) -> list[Err]:
    out: list[Err] = []
    if isinstance(x, dict):
        if "aspect_ratio" not in x:
            out.append(Err("required", _C19, x, "'aspect_ratio' is a required property"))
    return out


def _e22(x: Any) -> list[Err]:
    out: list[Err] = []
    if not isinstance(x, dict) or "first_frame_image_url" in x:
        out += prefixed(_e23(x), ("then",))
    else:
        out += prefixed(_e24(x), ("else",))
    return out


def _v21(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("model" in x and "prompt" in x and "duration_seconds" in x)
        and x.keys() <= _C17
        and _p21(x)
        and (_v22(x))
    )


def _p21(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "seedance-v1-lite"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) >= 3 and len(y) <= 10000):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C20):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (isinstance(y, str) and y in _C2):
            return False
    if "duration_seconds" in x:
        y = x["duration_seconds"]
        if not (is_integer(y) and y in _C21):
            return False
    if "enable_safety_checker" in x:
        y = x["enable_safety_checker"]
        if not (isinstance(y, bool)):
            return False
    if "lock_camera" in x:
        y = x["lock_camera"]
        if not (isinstance(y, bool)):
            return False
    if "seed" in x:
        y = x["seed"]
        if not (is_integer(y) and y >= -1 and y <= 2147483647):
            return False
    if "first_frame_image_url" in x:
        y = x["first_frame_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "last_frame_image_url" in x:
        y = x["last_frame_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    return True


def _e25(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "seedance-v1-lite":
        out.append(Err("const", "seedance-v1-lite", x, "'seedance-v1-lite' was expected"))
    return out


def _e26(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if isinstance(x, str):
        if not len(x) >= 3:
            out.append(Err("minLength", 3, x, repr(x) + " is too short"))
    if isinstance(x, str):
        if not len(x) <= 10000:
            out.append(Err("maxLength", 10000, x, repr(x) + " is too long"))
    return out


def _e27(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C20):
        out.append(
            Err(
                "enum",
                _C24,
                x,
                repr(x) + " is not one of ['1:1', '4:3', '3:4', '16:9', '9:16', '9:21']",
            )
        )
    return out


def _e28(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_integer(x)):
        out.append(Err("type", "integer", x, repr(x) + " is not of type 'integer'"))
    if not any(equal(each, x) for each in _C25):
        out.append(Err("enum", _C25, x, repr(x) + " is not one of [5, 10]"))
    return out


def _e29(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_integer(x)):
        out.append(Err("type", "integer", x, repr(x) + " is not of type 'integer'"))
    if is_number(x):
        if not x >= -1:
            out.append(Err("minimum", -1, x, repr(x) + " is less than the minimum of -1"))
    if is_number(x):
        if not x <= 2147483647:
            out.append(
                Err(
                    "maximum", 2147483647, x, repr(x) + " is greater than the maximum of 2147483647"
                )
            )
    return out


def _e21(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C22, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C22, x, "'prompt' is a required property"))
        if "duration_seconds" not in x:
            out.append(Err("required", _C22, x, "'duration_seconds' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C17]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C23))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e25(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e26(x["prompt"]), ("properties", "prompt"), "prompt")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "aspect_ratio" in x:
            out += prefixed(_e27(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "output_resolution" in x:
            out += prefixed(
                _e6(x["output_resolution"]),
                ("properties", "output_resolution"),
                "output_resolution",
            )
        if "duration_seconds" in x:
            out += prefixed(
                _e28(x["duration_seconds"]), ("properties", "duration_seconds"), "duration_seconds"
            )
        if "enable_safety_checker" in x:
            out += prefixed(
                _e8(x["enable_safety_checker"]),
                ("properties", "enable_safety_checker"),
                "enable_safety_checker",
            )
        if "lock_camera" in x:
            out += prefixed(_e8(x["lock_camera"]), ("properties", "lock_camera"), "lock_camera")
        if "seed" in x:
            out += prefixed(_e29(x["seed"]), ("properties", "seed"), "seed")
        if "first_frame_image_url" in x:
            out += prefixed(
                _e1(x["first_frame_image_url"]),
                ("properties", "first_frame_image_url"),
                "first_frame_image_url",
            )
        if "last_frame_image_url" in x:
            out += prefixed(
                _e1(x["last_frame_image_url"]),
                ("properties", "last_frame_image_url"),
                "last_frame_image_url",
            )
    out += prefixed(_e22(x), ("allOf", 0))
    return out


def _v30(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("model" in x and "prompt" in x and "duration_seconds" in x)
        and x.keys() <= _C26
        and _p30(x)
        and (_v22(x))
    )


def _p30(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "seedance-v1-pro"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) >= 3 and len(y) <= 10000):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C1):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (isinstance(y, str) and y in _C2):
            return False
    if "duration_seconds" in x:
        y = x["duration_seconds"]
        if not (is_integer(y) and y in _C21):
            return False
    if "enable_safety_checker" in x:
        y = x["enable_safety_checker"]
        if not (isinstance(y, bool)):
            return False
    if "lock_camera" in x:
        y = x["lock_camera"]
        if not (isinstance(y, bool)):
            return False
    if "seed" in x:
        y = x["seed"]
        if not (is_integer(y) and y >= -1 and y <= 2147483647):
            return False
    if "first_frame_image_url" in x:
        y = x["first_frame_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    return True


def _e31(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "seedance-v1-pro":
        out.append(Err("const", "seedance-v1-pro", x, "'seedance-v1-pro' was expected"))
    return out


def _e30(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C22, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C22, x, "'prompt' is a required property"))
        if "duration_seconds" not in x:
            out.append(Err("required", _C22, x, "'duration_seconds' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C26]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C27))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e31(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e26(x["prompt"]), ("properties", "prompt"), "prompt")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "aspect_ratio" in x:
            out += prefixed(_e5(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "output_resolution" in x:
            out += prefixed(
                _e6(x["output_resolution"]),
                ("properties", "output_resolution"),
                "output_resolution",
            )
        if "duration_seconds" in x:
            out += prefixed(
                _e28(x["duration_seconds"]), ("properties", "duration_seconds"), "duration_seconds"
            )
        if "enable_safety_checker" in x:
            out += prefixed(
                _e8(x["enable_safety_checker"]),
                ("properties", "enable_safety_checker"),
                "enable_safety_checker",
            )
        if "lock_camera" in x:
            out += prefixed(_e8(x["lock_camera"]), ("properties", "lock_camera"), "lock_camera")
        if "seed" in x:
            out += prefixed(_e29(x["seed"]), ("properties", "seed"), "seed")
        if "first_frame_image_url" in x:
            out += prefixed(
                _e1(x["first_frame_image_url"]),
                ("properties", "first_frame_image_url"),
                "first_frame_image_url",
            )
    out += prefixed(_e22(x), ("allOf", 0))
    return out


def _v32(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and (
            "model" in x
            and "prompt" in x
            and "duration_seconds" in x
            and "first_frame_image_url" in x
        )
        and x.keys() <= _C28
        and _p32(x)
    )


def _p32(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "seedance-v1-pro-fast"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) >= 3 and len(y) <= 10000):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (isinstance(y, str) and y in _C29):
            return False
    if "duration_seconds" in x:
        y = x["duration_seconds"]
        if not (is_integer(y) and y in _C21):
            return False
    if "enable_safety_checker" in x:
        y = x["enable_safety_checker"]
        if not (isinstance(y, bool)):
            return False
    if "first_frame_image_url" in x:
        y = x["first_frame_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    return True


def _e33(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "seedance-v1-pro-fast":
        out.append(Err("const", "seedance-v1-pro-fast", x, "'seedance-v1-pro-fast' was expected"))
    return out


def _e34(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C29):
        out.append(Err("enum", _C32, x, repr(x) + " is not one of ['720p', '1080p']"))
    return out


def _e32(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C30, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C30, x, "'prompt' is a required property"))
        if "duration_seconds" not in x:
            out.append(Err("required", _C30, x, "'duration_seconds' is a required property"))
        if "first_frame_image_url" not in x:
            out.append(Err("required", _C30, x, "'first_frame_image_url' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C28]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C31))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e33(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e26(x["prompt"]), ("properties", "prompt"), "prompt")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "output_resolution" in x:
            out += prefixed(
                _e34(x["output_resolution"]),
                ("properties", "output_resolution"),
                "output_resolution",
            )
        if "duration_seconds" in x:
            out += prefixed(
                _e28(x["duration_seconds"]), ("properties", "duration_seconds"), "duration_seconds"
            )
        if "enable_safety_checker" in x:
            out += prefixed(
                _e8(x["enable_safety_checker"]),
                ("properties", "enable_safety_checker"),
                "enable_safety_checker",
            )
        if "first_frame_image_url" in x:
            out += prefixed(
                _e1(x["first_frame_image_url"]),
                ("properties", "first_frame_image_url"),
                "first_frame_image_url",
            )
    return out


_N0 = Variant((), _v0, _e0, (), "/components/schemas/SeedanceTextToVideoRequest15Pro")
_N1 = Variant(
    (),
    _v9,
    _e9,
    ("reference_audio_urls requires at least one reference_image_urls or reference_video_urls",),
    "/components/schemas/SeedanceTextToVideoRequest20",
)
_N2 = Variant(
    (),
    _v18,
    _e18,
    ("reference_audio_urls requires at least one reference_image_urls or reference_video_urls",),
    "/components/schemas/SeedanceTextToVideoRequest20Fast",
)
_N3 = Variant(
    (),
    _v21,
    _e21,
    (
        "aspect_ratio is required for text-to-video and rejected in image-to-video mode (when first_frame_image_url is given)",
    ),
    "/components/schemas/SeedanceTextToVideoRequestV1Lite",
)
_N4 = Variant(
    (),
    _v30,
    _e30,
    (
        "aspect_ratio is required for text-to-video and rejected in image-to-video mode (when first_frame_image_url is given)",
    ),
    "/components/schemas/SeedanceTextToVideoRequestV1Pro",
)
_N5 = Variant((), _v32, _e32, (), "/components/schemas/SeedanceTextToVideoRequestV1ProFast")
_N6 = Choice(
    (),
    "model",
    {
        "seedance-1.5-pro": _N0,
        "seedance-2.0": _N1,
        "seedance-2.0-fast": _N2,
        "seedance-v1-lite": _N3,
        "seedance-v1-pro": _N4,
        "seedance-v1-pro-fast": _N5,
    },
)


BODIES: dict[str, Node] = {"seedance.text_to_video.create": _N6}
