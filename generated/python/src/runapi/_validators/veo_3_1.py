"""Request validation of the veo_3_1 operations, compiled from their schemas.

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

_C0 = frozenset(["callback_url", "prompt", "seeds", "source_task_id", "watermark"])
_C1 = ["source_task_id", "prompt"]
_C2 = ("callback_url", "prompt", "seeds", "source_task_id", "watermark")
_C3 = frozenset(
    [
        "aspect_ratio",
        "callback_url",
        "duration_seconds",
        "enable_translation",
        "first_frame_image_url",
        "input_mode",
        "last_frame_image_url",
        "model",
        "prompt",
        "seeds",
        "watermark",
    ]
)
_C4 = ["input_mode"]
_C5 = ["first_frame_image_url"]
_C6 = frozenset(["first_and_last_frames", "text"])
_C7 = frozenset(["16:9", "9:16", "auto"])
_C8 = frozenset([4, 6, 8])
_C9 = ["prompt", "model"]
_C10 = (
    "aspect_ratio",
    "callback_url",
    "duration_seconds",
    "enable_translation",
    "first_frame_image_url",
    "input_mode",
    "last_frame_image_url",
    "model",
    "prompt",
    "seeds",
    "watermark",
)
_C11 = ["text", "first_and_last_frames"]
_C12 = ["16:9", "9:16", "auto"]
_C13 = [4, 6, 8]
_C14 = frozenset(
    [
        "aspect_ratio",
        "callback_url",
        "duration_seconds",
        "enable_translation",
        "first_frame_image_url",
        "input_mode",
        "last_frame_image_url",
        "model",
        "prompt",
        "reference_image_urls",
        "seeds",
        "watermark",
    ]
)
_C15 = ["reference_image_urls"]
_C16 = frozenset(["9:16", "auto"])
_C17 = ["input_mode", "aspect_ratio"]
_C18 = ["9:16", "auto"]
_C19 = {
    "required": ["input_mode", "aspect_ratio"],
    "properties": {
        "input_mode": {"const": "reference"},
        "aspect_ratio": {"enum": ["9:16", "auto"]},
    },
}
_C20 = frozenset(["first_and_last_frames", "reference", "text"])
_C21 = (
    "aspect_ratio",
    "callback_url",
    "duration_seconds",
    "enable_translation",
    "first_frame_image_url",
    "input_mode",
    "last_frame_image_url",
    "model",
    "prompt",
    "reference_image_urls",
    "seeds",
    "watermark",
)
_C22 = ["text", "first_and_last_frames", "reference"]
_C23 = frozenset(["callback_url", "index", "output_resolution", "source_task_id"])
_C24 = frozenset(["1080p", "4k"])
_C25 = ["source_task_id", "output_resolution"]
_C26 = ("callback_url", "index", "output_resolution", "source_task_id")
_C27 = ["1080p", "4k"]


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
        and ("source_task_id" in x and "prompt" in x)
        and x.keys() <= _C0
        and _p0(x)
    )


def _p0(x: dict[str, Any]) -> bool:
    if "source_task_id" in x:
        y = x["source_task_id"]
        if not (isinstance(y, str)):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str)):
            return False
    if "seeds" in x:
        y = x["seeds"]
        if not (is_integer(y) and y >= 10000 and y <= 99999):
            return False
    if "watermark" in x:
        y = x["watermark"]
        if not (isinstance(y, str)):
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
    return out


def _e3(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_integer(x)):
        out.append(Err("type", "integer", x, repr(x) + " is not of type 'integer'"))
    if is_number(x):
        if not x >= 10000:
            out.append(Err("minimum", 10000, x, repr(x) + " is less than the minimum of 10000"))
    if is_number(x):
        if not x <= 99999:
            out.append(Err("maximum", 99999, x, repr(x) + " is greater than the maximum of 99999"))
    return out


def _e0(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "source_task_id" not in x:
            out.append(Err("required", _C1, x, "'source_task_id' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C1, x, "'prompt' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C0]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C2))
    if isinstance(x, dict):
        if "source_task_id" in x:
            out += prefixed(
                _e2(x["source_task_id"]), ("properties", "source_task_id"), "source_task_id"
            )
        if "prompt" in x:
            out += prefixed(_e2(x["prompt"]), ("properties", "prompt"), "prompt")
        if "seeds" in x:
            out += prefixed(_e3(x["seeds"]), ("properties", "seeds"), "seeds")
        if "watermark" in x:
            out += prefixed(_e2(x["watermark"]), ("properties", "watermark"), "watermark")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


def _v6(x: Any) -> bool:
    return (not isinstance(x, dict) or "input_mode" in x) and (not isinstance(x, dict) or _p6(x))


def _p6(x: dict[str, Any]) -> bool:
    if "input_mode" in x:
        y = x["input_mode"]
        if not (y == "first_and_last_frames"):
            return False
    return True


def _v5(x: Any) -> bool:
    return (not isinstance(x, dict) or "first_frame_image_url" in x) if _v6(x) else True


def _e8(x: Any) -> list[Err]:
    out: list[Err] = []
    if isinstance(x, dict):
        if "first_frame_image_url" not in x:
            out.append(Err("required", _C5, x, "'first_frame_image_url' is a required property"))
    return out


def _e5(x: Any) -> list[Err]:
    out: list[Err] = []
    if _v6(x):
        out += prefixed(_e8(x), ("then",))
    return out


def _v4(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("prompt" in x and "model" in x)
        and x.keys() <= _C3
        and _p4(x)
        and (_v5(x))
    )


def _p4(x: dict[str, Any]) -> bool:
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str)):
            return False
    if "model" in x:
        y = x["model"]
        if not (isinstance(y, str) and y == "veo-3.1"):
            return False
    if "input_mode" in x:
        y = x["input_mode"]
        if not (isinstance(y, str) and y in _C6):
            return False
    if "first_frame_image_url" in x:
        y = x["first_frame_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "last_frame_image_url" in x:
        y = x["last_frame_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C7):
            return False
    if "duration_seconds" in x:
        y = x["duration_seconds"]
        if not (is_integer(y) and y in _C8):
            return False
    if "seeds" in x:
        y = x["seeds"]
        if not (is_integer(y) and y >= 10000 and y <= 99999):
            return False
    if "enable_translation" in x:
        y = x["enable_translation"]
        if not (isinstance(y, bool)):
            return False
    if "watermark" in x:
        y = x["watermark"]
        if not (isinstance(y, str)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    return True


def _e9(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not x == "veo-3.1":
        out.append(Err("const", "veo-3.1", x, "'veo-3.1' was expected"))
    return out


def _e10(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C6):
        out.append(
            Err("enum", _C11, x, repr(x) + " is not one of ['text', 'first_and_last_frames']")
        )
    return out


def _e11(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C7):
        out.append(Err("enum", _C12, x, repr(x) + " is not one of ['16:9', '9:16', 'auto']"))
    return out


def _e12(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_integer(x)):
        out.append(Err("type", "integer", x, repr(x) + " is not of type 'integer'"))
    if not any(equal(each, x) for each in _C13):
        out.append(Err("enum", _C13, x, repr(x) + " is not one of [4, 6, 8]"))
    return out


def _e13(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, bool)):
        out.append(Err("type", "boolean", x, repr(x) + " is not of type 'boolean'"))
    return out


def _e4(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "prompt" not in x:
            out.append(Err("required", _C9, x, "'prompt' is a required property"))
        if "model" not in x:
            out.append(Err("required", _C9, x, "'model' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C3]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C10))
    if isinstance(x, dict):
        if "prompt" in x:
            out += prefixed(_e2(x["prompt"]), ("properties", "prompt"), "prompt")
        if "model" in x:
            out += prefixed(_e9(x["model"]), ("properties", "model"), "model")
        if "input_mode" in x:
            out += prefixed(_e10(x["input_mode"]), ("properties", "input_mode"), "input_mode")
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
        if "aspect_ratio" in x:
            out += prefixed(_e11(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "duration_seconds" in x:
            out += prefixed(
                _e12(x["duration_seconds"]), ("properties", "duration_seconds"), "duration_seconds"
            )
        if "seeds" in x:
            out += prefixed(_e3(x["seeds"]), ("properties", "seeds"), "seeds")
        if "enable_translation" in x:
            out += prefixed(
                _e13(x["enable_translation"]),
                ("properties", "enable_translation"),
                "enable_translation",
            )
        if "watermark" in x:
            out += prefixed(_e2(x["watermark"]), ("properties", "watermark"), "watermark")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    out += prefixed(_e5(x), ("allOf", 0))
    return out


def _v16(x: Any) -> bool:
    return (not isinstance(x, dict) or "input_mode" in x) and (not isinstance(x, dict) or _p16(x))


def _p16(x: dict[str, Any]) -> bool:
    if "input_mode" in x:
        y = x["input_mode"]
        if not (y == "reference"):
            return False
    return True


def _v15(x: Any) -> bool:
    return (not isinstance(x, dict) or "reference_image_urls" in x) if _v16(x) else True


def _e18(x: Any) -> list[Err]:
    out: list[Err] = []
    if isinstance(x, dict):
        if "reference_image_urls" not in x:
            out.append(Err("required", _C15, x, "'reference_image_urls' is a required property"))
    return out


def _e15(x: Any) -> list[Err]:
    out: list[Err] = []
    if _v16(x):
        out += prefixed(_e18(x), ("then",))
    return out


def _v20(x: Any) -> bool:
    return (not isinstance(x, dict) or ("input_mode" in x and "aspect_ratio" in x)) and (
        not isinstance(x, dict) or _p20(x)
    )


def _p20(x: dict[str, Any]) -> bool:
    if "input_mode" in x:
        y = x["input_mode"]
        if not (y == "reference"):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C16):
            return False
    return True


def _v19(x: Any) -> bool:
    return not _v20(x)


def _e19(x: Any) -> list[Err]:
    out: list[Err] = []
    if _v20(x):
        out.append(
            Err(
                "not",
                _C19,
                x,
                repr(x)
                + " should not be valid under {'required': ['input_mode', 'aspect_ratio'], 'properties': {'input_mode': {'const': 'reference'}, 'aspect_ratio': {'enum': ['9:16', 'auto']}}}",
            )
        )
    return out


def _v22(x: Any) -> bool:
    return isinstance(x, list) and len(x) >= 1 and len(x) <= 3 and _x22_items(x)


def _x22_items(x: Any) -> bool:
    if not all((isinstance(y, str) and is_uri(y)) for y in x):
        return False
    return True


def _e22(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, list)):
        out.append(Err("type", "array", x, repr(x) + " is not of type 'array'"))
    if isinstance(x, list):
        if not len(x) >= 1:
            out.append(Err("minItems", 1, x, repr(x) + " should be non-empty"))
    if isinstance(x, list):
        if not len(x) <= 3:
            out.append(Err("maxItems", 3, x, repr(x) + " is too long"))
    if isinstance(x, list):
        for i in range(0, len(x)):
            out += prefixed(_e1(x[i]), ("items",), i)
    return out


def _v14(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("prompt" in x and "model" in x)
        and x.keys() <= _C14
        and _p14(x)
        and (_v5(x) and _v15(x) and _v19(x))
    )


def _p14(x: dict[str, Any]) -> bool:
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str)):
            return False
    if "model" in x:
        y = x["model"]
        if not (isinstance(y, str) and y == "veo-3.1-fast"):
            return False
    if "input_mode" in x:
        y = x["input_mode"]
        if not (isinstance(y, str) and y in _C20):
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
        if not _v22(y):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C7):
            return False
    if "duration_seconds" in x:
        y = x["duration_seconds"]
        if not (is_integer(y) and y in _C8):
            return False
    if "seeds" in x:
        y = x["seeds"]
        if not (is_integer(y) and y >= 10000 and y <= 99999):
            return False
    if "enable_translation" in x:
        y = x["enable_translation"]
        if not (isinstance(y, bool)):
            return False
    if "watermark" in x:
        y = x["watermark"]
        if not (isinstance(y, str)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    return True


def _e23(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not x == "veo-3.1-fast":
        out.append(Err("const", "veo-3.1-fast", x, "'veo-3.1-fast' was expected"))
    return out


def _e24(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C20):
        out.append(
            Err(
                "enum",
                _C22,
                x,
                repr(x) + " is not one of ['text', 'first_and_last_frames', 'reference']",
            )
        )
    return out


def _e14(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "prompt" not in x:
            out.append(Err("required", _C9, x, "'prompt' is a required property"))
        if "model" not in x:
            out.append(Err("required", _C9, x, "'model' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C14]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C21))
    if isinstance(x, dict):
        if "prompt" in x:
            out += prefixed(_e2(x["prompt"]), ("properties", "prompt"), "prompt")
        if "model" in x:
            out += prefixed(_e23(x["model"]), ("properties", "model"), "model")
        if "input_mode" in x:
            out += prefixed(_e24(x["input_mode"]), ("properties", "input_mode"), "input_mode")
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
                _e22(x["reference_image_urls"]),
                ("properties", "reference_image_urls"),
                "reference_image_urls",
            )
        if "aspect_ratio" in x:
            out += prefixed(_e11(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "duration_seconds" in x:
            out += prefixed(
                _e12(x["duration_seconds"]), ("properties", "duration_seconds"), "duration_seconds"
            )
        if "seeds" in x:
            out += prefixed(_e3(x["seeds"]), ("properties", "seeds"), "seeds")
        if "enable_translation" in x:
            out += prefixed(
                _e13(x["enable_translation"]),
                ("properties", "enable_translation"),
                "enable_translation",
            )
        if "watermark" in x:
            out += prefixed(_e2(x["watermark"]), ("properties", "watermark"), "watermark")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    out += prefixed(_e5(x), ("allOf", 0))
    out += prefixed(_e15(x), ("allOf", 1))
    out += prefixed(_e19(x), ("allOf", 2))
    return out


def _v25(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("source_task_id" in x and "output_resolution" in x)
        and x.keys() <= _C23
        and _p25(x)
    )


def _p25(x: dict[str, Any]) -> bool:
    if "source_task_id" in x:
        y = x["source_task_id"]
        if not (isinstance(y, str)):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (isinstance(y, str) and y in _C24):
            return False
    if "index" in x:
        y = x["index"]
        if not (is_integer(y)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    return True


def _e26(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C24):
        out.append(Err("enum", _C27, x, repr(x) + " is not one of ['1080p', '4k']"))
    return out


def _e27(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_integer(x)):
        out.append(Err("type", "integer", x, repr(x) + " is not of type 'integer'"))
    return out


def _e25(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "source_task_id" not in x:
            out.append(Err("required", _C25, x, "'source_task_id' is a required property"))
        if "output_resolution" not in x:
            out.append(Err("required", _C25, x, "'output_resolution' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C23]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C26))
    if isinstance(x, dict):
        if "source_task_id" in x:
            out += prefixed(
                _e2(x["source_task_id"]), ("properties", "source_task_id"), "source_task_id"
            )
        if "output_resolution" in x:
            out += prefixed(
                _e26(x["output_resolution"]),
                ("properties", "output_resolution"),
                "output_resolution",
            )
        if "index" in x:
            out += prefixed(_e27(x["index"]), ("properties", "index"), "index")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


_N0 = Variant((), _v0, _e0, (), "/components/schemas/Veo31ExtendVideoRequest")
_N1 = Variant(
    (),
    _v4,
    _e4,
    ("first_frame_image_url is required when input_mode is first_and_last_frames",),
    "/components/schemas/Veo31TextToVideoRequestQuality",
)
_N2 = Variant(
    (),
    _v14,
    _e14,
    (
        "first_frame_image_url is required when input_mode is first_and_last_frames",
        "reference_image_urls is required when input_mode is reference",
        "aspect_ratio must be 16:9 when input_mode is reference",
    ),
    "/components/schemas/Veo31TextToVideoRequestFast",
)
_N3 = Choice((), "model", {"veo-3.1": _N1, "veo-3.1-fast": _N2})
_N4 = Variant((), _v25, _e25, (), "/components/schemas/Veo31UpscaleVideoRequest")


BODIES: dict[str, Node] = {
    "veo_3_1.extend_video.create": _N0,
    "veo_3_1.text_to_video.create": _N3,
    "veo_3_1.upscale_video.create": _N4,
}
