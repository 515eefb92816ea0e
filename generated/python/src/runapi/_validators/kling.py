"""Request validation of the kling operations, compiled from their schemas.

Generated from spec/openapi.yaml by generator/targets/python_validators.py. Do not edit."""

from __future__ import annotations

from typing import Any

from .._schema_checks import (
    Branch,
    Choice,
    Err,
    Node,
    OneOf,
    Variant,
    additional_message,
    equal,
    is_integer,
    is_number,
    is_uri,
    prefixed,
)

_C0 = frozenset(["callback_url", "model", "prompt", "source_audio_url", "source_image_url"])
_C1 = frozenset(
    [
        "kling-ai-avatar-pro",
        "kling-ai-avatar-standard",
        "kling-ai-avatar-v1-pro",
        "kling-v1-avatar-standard",
    ]
)
_C2 = ["model", "source_image_url", "source_audio_url", "prompt"]
_C3 = ("callback_url", "model", "prompt", "source_audio_url", "source_image_url")
_C4 = [
    "kling-ai-avatar-pro",
    "kling-ai-avatar-standard",
    "kling-ai-avatar-v1-pro",
    "kling-v1-avatar-standard",
]
_C5 = frozenset(
    [
        "aspect_ratio",
        "callback_url",
        "cfg_scale",
        "duration_seconds",
        "first_frame_image_url",
        "last_frame_image_url",
        "model",
        "negative_prompt",
        "prompt",
    ]
)
_C6 = frozenset([5, 10])
_C7 = frozenset(["16:9", "1:1", "9:16"])
_C8 = ["model", "prompt", "first_frame_image_url"]
_C9 = (
    "aspect_ratio",
    "callback_url",
    "cfg_scale",
    "duration_seconds",
    "first_frame_image_url",
    "last_frame_image_url",
    "model",
    "negative_prompt",
    "prompt",
)
_C10 = [5, 10]
_C11 = ["16:9", "9:16", "1:1"]
_C12 = frozenset(
    [
        "aspect_ratio",
        "callback_url",
        "cfg_scale",
        "duration_seconds",
        "first_frame_image_url",
        "model",
        "negative_prompt",
        "prompt",
    ]
)
_C13 = (
    "aspect_ratio",
    "callback_url",
    "cfg_scale",
    "duration_seconds",
    "first_frame_image_url",
    "model",
    "negative_prompt",
    "prompt",
)
_C14 = frozenset(
    [
        "background_source",
        "callback_url",
        "character_orientation",
        "model",
        "output_resolution",
        "prompt",
        "reference_video_url",
        "source_first_frame_image_url",
        "source_image_url",
    ]
)
_C15 = [{"required": ["source_first_frame_image_url"]}, {"required": ["source_image_url"]}]
_C16 = frozenset(["1080p", "720p"])
_C17 = frozenset(["image", "video"])
_C18 = ["model", "reference_video_url"]
_C19 = (
    "background_source",
    "callback_url",
    "character_orientation",
    "model",
    "output_resolution",
    "prompt",
    "reference_video_url",
    "source_first_frame_image_url",
    "source_image_url",
)
_C20 = ["720p", "1080p"]
_C21 = ["video", "image"]
_C22 = frozenset(
    [
        "aspect_ratio",
        "callback_url",
        "cfg_scale",
        "duration_seconds",
        "enable_sound",
        "first_frame_image_url",
        "kling_elements",
        "last_frame_image_url",
        "model",
        "multi_prompt",
        "multi_shots",
        "negative_prompt",
        "output_resolution",
        "prompt",
    ]
)
_C23 = {"required": ["first_frame_image_url"]}
_C24 = ["aspect_ratio"]
_C25 = frozenset(["1080p", "4k", "720p"])
_C26 = [False]
_C27 = frozenset(["duration_seconds", "prompt"])
_C28 = ["prompt", "duration_seconds"]
_C29 = ("duration_seconds", "prompt")
_C30 = frozenset(["description", "element_input_urls", "element_input_video_urls", "name"])
_C31 = ["name", "description"]
_C32 = ("description", "element_input_urls", "element_input_video_urls", "name")
_C33 = ["model", "prompt"]
_C34 = (
    "aspect_ratio",
    "callback_url",
    "cfg_scale",
    "duration_seconds",
    "enable_sound",
    "first_frame_image_url",
    "kling_elements",
    "last_frame_image_url",
    "model",
    "multi_prompt",
    "multi_shots",
    "negative_prompt",
    "output_resolution",
    "prompt",
)
_C35 = ["720p", "1080p", "4k"]
_C36 = frozenset(
    [
        "aspect_ratio",
        "callback_url",
        "cfg_scale",
        "duration_seconds",
        "enable_sound",
        "first_frame_image_url",
        "kling_elements",
        "model",
        "multi_prompt",
        "multi_shots",
        "negative_prompt",
        "output_resolution",
        "prompt",
    ]
)
_C37 = [True]
_C38 = ["model", "multi_shots", "multi_prompt", "enable_sound"]
_C39 = (
    "aspect_ratio",
    "callback_url",
    "cfg_scale",
    "duration_seconds",
    "enable_sound",
    "first_frame_image_url",
    "kling_elements",
    "model",
    "multi_prompt",
    "multi_shots",
    "negative_prompt",
    "output_resolution",
    "prompt",
)
_C40 = frozenset(
    [
        "aspect_ratio",
        "callback_url",
        "cfg_scale",
        "duration_seconds",
        "enable_sound",
        "model",
        "negative_prompt",
        "prompt",
    ]
)
_C41 = (
    "aspect_ratio",
    "callback_url",
    "cfg_scale",
    "duration_seconds",
    "enable_sound",
    "model",
    "negative_prompt",
    "prompt",
)


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
        and ("model" in x and "source_image_url" in x and "source_audio_url" in x and "prompt" in x)
        and x.keys() <= _C0
        and _p0(x)
    )


def _p0(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (isinstance(y, str) and y in _C1):
            return False
    if "source_image_url" in x:
        y = x["source_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "source_audio_url" in x:
        y = x["source_audio_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) <= 5000):
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
    if not (isinstance(x, str) and x in _C1):
        out.append(
            Err(
                "enum",
                _C4,
                x,
                repr(x)
                + " is not one of ['kling-ai-avatar-pro', 'kling-ai-avatar-standard', 'kling-ai-avatar-v1-pro', 'kling-v1-avatar-standard']",
            )
        )
    return out


def _e3(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if isinstance(x, str):
        if not len(x) <= 5000:
            out.append(Err("maxLength", 5000, x, repr(x) + " is too long"))
    return out


def _e0(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C2, x, "'model' is a required property"))
        if "source_image_url" not in x:
            out.append(Err("required", _C2, x, "'source_image_url' is a required property"))
        if "source_audio_url" not in x:
            out.append(Err("required", _C2, x, "'source_audio_url' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C2, x, "'prompt' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C0]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C3))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e2(x["model"]), ("properties", "model"), "model")
        if "source_image_url" in x:
            out += prefixed(
                _e1(x["source_image_url"]), ("properties", "source_image_url"), "source_image_url"
            )
        if "source_audio_url" in x:
            out += prefixed(
                _e1(x["source_audio_url"]), ("properties", "source_audio_url"), "source_audio_url"
            )
        if "prompt" in x:
            out += prefixed(_e3(x["prompt"]), ("properties", "prompt"), "prompt")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


def _v4(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("model" in x and "prompt" in x and "first_frame_image_url" in x)
        and x.keys() <= _C5
        and _p4(x)
    )


def _p4(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "kling-v2.1-pro"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) <= 5000):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    if "first_frame_image_url" in x:
        y = x["first_frame_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "last_frame_image_url" in x:
        y = x["last_frame_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "duration_seconds" in x:
        y = x["duration_seconds"]
        if not (is_integer(y) and y in _C6):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C7):
            return False
    if "negative_prompt" in x:
        y = x["negative_prompt"]
        if not (isinstance(y, str) and len(y) <= 500):
            return False
    if "cfg_scale" in x:
        y = x["cfg_scale"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    return True


def _e5(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "kling-v2.1-pro":
        out.append(Err("const", "kling-v2.1-pro", x, "'kling-v2.1-pro' was expected"))
    return out


def _e6(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_integer(x)):
        out.append(Err("type", "integer", x, repr(x) + " is not of type 'integer'"))
    if not any(equal(each, x) for each in _C10):
        out.append(Err("enum", _C10, x, repr(x) + " is not one of [5, 10]"))
    return out


def _e7(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C7):
        out.append(Err("enum", _C11, x, repr(x) + " is not one of ['16:9', '9:16', '1:1']"))
    return out


def _e8(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if isinstance(x, str):
        if not len(x) <= 500:
            out.append(Err("maxLength", 500, x, repr(x) + " is too long"))
    return out


def _e9(x: Any) -> list[Err]:
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


def _e4(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C8, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C8, x, "'prompt' is a required property"))
        if "first_frame_image_url" not in x:
            out.append(Err("required", _C8, x, "'first_frame_image_url' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C5]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C9))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e5(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e3(x["prompt"]), ("properties", "prompt"), "prompt")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
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
        if "duration_seconds" in x:
            out += prefixed(
                _e6(x["duration_seconds"]), ("properties", "duration_seconds"), "duration_seconds"
            )
        if "aspect_ratio" in x:
            out += prefixed(_e7(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "negative_prompt" in x:
            out += prefixed(
                _e8(x["negative_prompt"]), ("properties", "negative_prompt"), "negative_prompt"
            )
        if "cfg_scale" in x:
            out += prefixed(_e9(x["cfg_scale"]), ("properties", "cfg_scale"), "cfg_scale")
    return out


def _v10(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("model" in x and "prompt" in x and "first_frame_image_url" in x)
        and x.keys() <= _C12
        and _p10(x)
    )


def _p10(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "kling-v2.1-standard"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) <= 5000):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    if "first_frame_image_url" in x:
        y = x["first_frame_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "duration_seconds" in x:
        y = x["duration_seconds"]
        if not (is_integer(y) and y in _C6):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C7):
            return False
    if "negative_prompt" in x:
        y = x["negative_prompt"]
        if not (isinstance(y, str) and len(y) <= 500):
            return False
    if "cfg_scale" in x:
        y = x["cfg_scale"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    return True


def _e11(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "kling-v2.1-standard":
        out.append(Err("const", "kling-v2.1-standard", x, "'kling-v2.1-standard' was expected"))
    return out


def _e10(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C8, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C8, x, "'prompt' is a required property"))
        if "first_frame_image_url" not in x:
            out.append(Err("required", _C8, x, "'first_frame_image_url' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C12]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C13))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e11(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e3(x["prompt"]), ("properties", "prompt"), "prompt")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "first_frame_image_url" in x:
            out += prefixed(
                _e1(x["first_frame_image_url"]),
                ("properties", "first_frame_image_url"),
                "first_frame_image_url",
            )
        if "duration_seconds" in x:
            out += prefixed(
                _e6(x["duration_seconds"]), ("properties", "duration_seconds"), "duration_seconds"
            )
        if "aspect_ratio" in x:
            out += prefixed(_e7(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "negative_prompt" in x:
            out += prefixed(
                _e8(x["negative_prompt"]), ("properties", "negative_prompt"), "negative_prompt"
            )
        if "cfg_scale" in x:
            out += prefixed(_e9(x["cfg_scale"]), ("properties", "cfg_scale"), "cfg_scale")
    return out


def _v12(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("model" in x and "prompt" in x and "first_frame_image_url" in x)
        and x.keys() <= _C12
        and _p12(x)
    )


def _p12(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "kling-v2.1-master-image-to-video"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) <= 5000):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    if "first_frame_image_url" in x:
        y = x["first_frame_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "duration_seconds" in x:
        y = x["duration_seconds"]
        if not (is_integer(y) and y in _C6):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C7):
            return False
    if "negative_prompt" in x:
        y = x["negative_prompt"]
        if not (isinstance(y, str) and len(y) <= 500):
            return False
    if "cfg_scale" in x:
        y = x["cfg_scale"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    return True


def _e13(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "kling-v2.1-master-image-to-video":
        out.append(
            Err(
                "const",
                "kling-v2.1-master-image-to-video",
                x,
                "'kling-v2.1-master-image-to-video' was expected",
            )
        )
    return out


def _e12(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C8, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C8, x, "'prompt' is a required property"))
        if "first_frame_image_url" not in x:
            out.append(Err("required", _C8, x, "'first_frame_image_url' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C12]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C13))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e13(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e3(x["prompt"]), ("properties", "prompt"), "prompt")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "first_frame_image_url" in x:
            out += prefixed(
                _e1(x["first_frame_image_url"]),
                ("properties", "first_frame_image_url"),
                "first_frame_image_url",
            )
        if "duration_seconds" in x:
            out += prefixed(
                _e6(x["duration_seconds"]), ("properties", "duration_seconds"), "duration_seconds"
            )
        if "aspect_ratio" in x:
            out += prefixed(_e7(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "negative_prompt" in x:
            out += prefixed(
                _e8(x["negative_prompt"]), ("properties", "negative_prompt"), "negative_prompt"
            )
        if "cfg_scale" in x:
            out += prefixed(_e9(x["cfg_scale"]), ("properties", "cfg_scale"), "cfg_scale")
    return out


def _v14(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("model" in x and "prompt" in x and "first_frame_image_url" in x)
        and x.keys() <= _C5
        and _p14(x)
    )


def _p14(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "kling-v2.5-turbo-image-to-video-pro"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) <= 2500):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    if "first_frame_image_url" in x:
        y = x["first_frame_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "last_frame_image_url" in x:
        y = x["last_frame_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "duration_seconds" in x:
        y = x["duration_seconds"]
        if not (is_integer(y) and y in _C6):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C7):
            return False
    if "negative_prompt" in x:
        y = x["negative_prompt"]
        if not (isinstance(y, str) and len(y) <= 500):
            return False
    if "cfg_scale" in x:
        y = x["cfg_scale"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    return True


def _e15(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "kling-v2.5-turbo-image-to-video-pro":
        out.append(
            Err(
                "const",
                "kling-v2.5-turbo-image-to-video-pro",
                x,
                "'kling-v2.5-turbo-image-to-video-pro' was expected",
            )
        )
    return out


def _e16(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if isinstance(x, str):
        if not len(x) <= 2500:
            out.append(Err("maxLength", 2500, x, repr(x) + " is too long"))
    return out


def _e14(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C8, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C8, x, "'prompt' is a required property"))
        if "first_frame_image_url" not in x:
            out.append(Err("required", _C8, x, "'first_frame_image_url' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C5]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C9))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e15(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e16(x["prompt"]), ("properties", "prompt"), "prompt")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
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
        if "duration_seconds" in x:
            out += prefixed(
                _e6(x["duration_seconds"]), ("properties", "duration_seconds"), "duration_seconds"
            )
        if "aspect_ratio" in x:
            out += prefixed(_e7(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "negative_prompt" in x:
            out += prefixed(
                _e8(x["negative_prompt"]), ("properties", "negative_prompt"), "negative_prompt"
            )
        if "cfg_scale" in x:
            out += prefixed(_e9(x["cfg_scale"]), ("properties", "cfg_scale"), "cfg_scale")
    return out


def _v18(x: Any) -> bool:
    return (not isinstance(x, dict) or "source_first_frame_image_url" in x) or (
        not isinstance(x, dict) or "source_image_url" in x
    )


def _e18(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (
        (not isinstance(x, dict) or "source_first_frame_image_url" in x)
        or (not isinstance(x, dict) or "source_image_url" in x)
    ):
        out.append(Err("anyOf", _C15, x, repr(x) + " is not valid under any of the given schemas"))
    return out


def _v17(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("model" in x and "reference_video_url" in x)
        and x.keys() <= _C14
        and _p17(x)
        and (_v18(x))
    )


def _p17(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "kling-3.0"):
            return False
    if "source_first_frame_image_url" in x:
        y = x["source_first_frame_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "source_image_url" in x:
        y = x["source_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "reference_video_url" in x:
        y = x["reference_video_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) <= 2500):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (isinstance(y, str) and y in _C16):
            return False
    if "character_orientation" in x:
        y = x["character_orientation"]
        if not (isinstance(y, str) and y in _C17):
            return False
    if "background_source" in x:
        y = x["background_source"]
        if not (isinstance(y, str) and y in _C17):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    return True


def _e19(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "kling-3.0":
        out.append(Err("const", "kling-3.0", x, "'kling-3.0' was expected"))
    return out


def _e20(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C16):
        out.append(Err("enum", _C20, x, repr(x) + " is not one of ['720p', '1080p']"))
    return out


def _e21(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C17):
        out.append(Err("enum", _C21, x, repr(x) + " is not one of ['video', 'image']"))
    return out


def _e17(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C18, x, "'model' is a required property"))
        if "reference_video_url" not in x:
            out.append(Err("required", _C18, x, "'reference_video_url' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C14]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C19))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e19(x["model"]), ("properties", "model"), "model")
        if "source_first_frame_image_url" in x:
            out += prefixed(
                _e1(x["source_first_frame_image_url"]),
                ("properties", "source_first_frame_image_url"),
                "source_first_frame_image_url",
            )
        if "source_image_url" in x:
            out += prefixed(
                _e1(x["source_image_url"]), ("properties", "source_image_url"), "source_image_url"
            )
        if "reference_video_url" in x:
            out += prefixed(
                _e1(x["reference_video_url"]),
                ("properties", "reference_video_url"),
                "reference_video_url",
            )
        if "prompt" in x:
            out += prefixed(_e16(x["prompt"]), ("properties", "prompt"), "prompt")
        if "output_resolution" in x:
            out += prefixed(
                _e20(x["output_resolution"]),
                ("properties", "output_resolution"),
                "output_resolution",
            )
        if "character_orientation" in x:
            out += prefixed(
                _e21(x["character_orientation"]),
                ("properties", "character_orientation"),
                "character_orientation",
            )
        if "background_source" in x:
            out += prefixed(
                _e21(x["background_source"]),
                ("properties", "background_source"),
                "background_source",
            )
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    out += prefixed(_e18(x), ("allOf", 0))
    return out


def _v24(x: Any) -> bool:
    return not (not isinstance(x, dict) or "first_frame_image_url" in x)


def _v23(x: Any) -> bool:
    return (not isinstance(x, dict) or "aspect_ratio" in x) if _v24(x) else True


def _e25(x: Any) -> list[Err]:
    out: list[Err] = []
    if isinstance(x, dict):
        if "aspect_ratio" not in x:
            out.append(Err("required", _C24, x, "'aspect_ratio' is a required property"))
    return out


def _e23(x: Any) -> list[Err]:
    out: list[Err] = []
    if _v24(x):
        out += prefixed(_e25(x), ("then",))
    return out


def _v27(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("prompt" in x and "duration_seconds" in x)
        and x.keys() <= _C27
        and _p27(x)
    )


def _p27(x: dict[str, Any]) -> bool:
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) <= 500):
            return False
    if "duration_seconds" in x:
        y = x["duration_seconds"]
        if not (is_integer(y) and y >= 1 and y <= 12):
            return False
    return True


def _e28(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_integer(x)):
        out.append(Err("type", "integer", x, repr(x) + " is not of type 'integer'"))
    if is_number(x):
        if not x >= 1:
            out.append(Err("minimum", 1, x, repr(x) + " is less than the minimum of 1"))
    if is_number(x):
        if not x <= 12:
            out.append(Err("maximum", 12, x, repr(x) + " is greater than the maximum of 12"))
    return out


def _e27(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "prompt" not in x:
            out.append(Err("required", _C28, x, "'prompt' is a required property"))
        if "duration_seconds" not in x:
            out.append(Err("required", _C28, x, "'duration_seconds' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C27]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C29))
    if isinstance(x, dict):
        if "prompt" in x:
            out += prefixed(_e8(x["prompt"]), ("properties", "prompt"), "prompt")
        if "duration_seconds" in x:
            out += prefixed(
                _e28(x["duration_seconds"]), ("properties", "duration_seconds"), "duration_seconds"
            )
    return out


def _v26(x: Any) -> bool:
    return isinstance(x, list) and _x26_items(x)


def _x26_items(x: Any) -> bool:
    if not all(_v27(y) for y in x):
        return False
    return True


def _e26(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, list)):
        out.append(Err("type", "array", x, repr(x) + " is not of type 'array'"))
    if isinstance(x, list):
        for i in range(0, len(x)):
            out += prefixed(_e27(x[i]), ("items",), i)
    return out


def _v31(x: Any) -> bool:
    return isinstance(x, list) and len(x) >= 2 and len(x) <= 4 and _x31_items(x)


def _x31_items(x: Any) -> bool:
    if not all((isinstance(y, str) and is_uri(y)) for y in x):
        return False
    return True


def _e31(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, list)):
        out.append(Err("type", "array", x, repr(x) + " is not of type 'array'"))
    if isinstance(x, list):
        if not len(x) >= 2:
            out.append(Err("minItems", 2, x, repr(x) + " is too short"))
    if isinstance(x, list):
        if not len(x) <= 4:
            out.append(Err("maxItems", 4, x, repr(x) + " is too long"))
    if isinstance(x, list):
        for i in range(0, len(x)):
            out += prefixed(_e1(x[i]), ("items",), i)
    return out


def _v32(x: Any) -> bool:
    return isinstance(x, list) and len(x) >= 1 and len(x) <= 1 and _x32_items(x)


def _x32_items(x: Any) -> bool:
    if not all((isinstance(y, str) and is_uri(y)) for y in x):
        return False
    return True


def _e32(x: Any) -> list[Err]:
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


def _v30(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("name" in x and "description" in x)
        and x.keys() <= _C30
        and _p30(x)
    )


def _p30(x: dict[str, Any]) -> bool:
    if "name" in x:
        y = x["name"]
        if not (isinstance(y, str)):
            return False
    if "description" in x:
        y = x["description"]
        if not (isinstance(y, str)):
            return False
    if "element_input_urls" in x:
        y = x["element_input_urls"]
        if not _v31(y):
            return False
    if "element_input_video_urls" in x:
        y = x["element_input_video_urls"]
        if not _v32(y):
            return False
    return True


def _e33(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    return out


def _e30(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "name" not in x:
            out.append(Err("required", _C31, x, "'name' is a required property"))
        if "description" not in x:
            out.append(Err("required", _C31, x, "'description' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C30]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C32))
    if isinstance(x, dict):
        if "name" in x:
            out += prefixed(_e33(x["name"]), ("properties", "name"), "name")
        if "description" in x:
            out += prefixed(_e33(x["description"]), ("properties", "description"), "description")
        if "element_input_urls" in x:
            out += prefixed(
                _e31(x["element_input_urls"]),
                ("properties", "element_input_urls"),
                "element_input_urls",
            )
        if "element_input_video_urls" in x:
            out += prefixed(
                _e32(x["element_input_video_urls"]),
                ("properties", "element_input_video_urls"),
                "element_input_video_urls",
            )
    return out


def _v29(x: Any) -> bool:
    return isinstance(x, list) and _x29_items(x)


def _x29_items(x: Any) -> bool:
    if not all(_v30(y) for y in x):
        return False
    return True


def _e29(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, list)):
        out.append(Err("type", "array", x, repr(x) + " is not of type 'array'"))
    if isinstance(x, list):
        for i in range(0, len(x)):
            out += prefixed(_e30(x[i]), ("items",), i)
    return out


def _v22(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("model" in x and "prompt" in x)
        and x.keys() <= _C22
        and _p22(x)
        and (_v23(x))
    )


def _p22(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "kling-3.0"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    if "enable_sound" in x:
        y = x["enable_sound"]
        if not (isinstance(y, bool)):
            return False
    if "duration_seconds" in x:
        y = x["duration_seconds"]
        if not (is_integer(y) and y >= 3 and y <= 15):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C7):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (isinstance(y, str) and y in _C25):
            return False
    if "negative_prompt" in x:
        y = x["negative_prompt"]
        if not (isinstance(y, str)):
            return False
    if "cfg_scale" in x:
        y = x["cfg_scale"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    if "multi_shots" in x:
        y = x["multi_shots"]
        if not (isinstance(y, bool) and any(equal(each, y) for each in _C26)):
            return False
    if "multi_prompt" in x:
        y = x["multi_prompt"]
        if not _v26(y):
            return False
    if "first_frame_image_url" in x:
        y = x["first_frame_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "last_frame_image_url" in x:
        y = x["last_frame_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "kling_elements" in x:
        y = x["kling_elements"]
        if not _v29(y):
            return False
    return True


def _e34(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, bool)):
        out.append(Err("type", "boolean", x, repr(x) + " is not of type 'boolean'"))
    return out


def _e35(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_integer(x)):
        out.append(Err("type", "integer", x, repr(x) + " is not of type 'integer'"))
    if is_number(x):
        if not x >= 3:
            out.append(Err("minimum", 3, x, repr(x) + " is less than the minimum of 3"))
    if is_number(x):
        if not x <= 15:
            out.append(Err("maximum", 15, x, repr(x) + " is greater than the maximum of 15"))
    return out


def _e36(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C25):
        out.append(Err("enum", _C35, x, repr(x) + " is not one of ['720p', '1080p', '4k']"))
    return out


def _e37(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, bool)):
        out.append(Err("type", "boolean", x, repr(x) + " is not of type 'boolean'"))
    if not any(equal(each, x) for each in _C26):
        out.append(Err("enum", _C26, x, repr(x) + " is not one of [False]"))
    return out


def _e22(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C33, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C33, x, "'prompt' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C22]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C34))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e19(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e33(x["prompt"]), ("properties", "prompt"), "prompt")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "enable_sound" in x:
            out += prefixed(_e34(x["enable_sound"]), ("properties", "enable_sound"), "enable_sound")
        if "duration_seconds" in x:
            out += prefixed(
                _e35(x["duration_seconds"]), ("properties", "duration_seconds"), "duration_seconds"
            )
        if "aspect_ratio" in x:
            out += prefixed(_e7(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "output_resolution" in x:
            out += prefixed(
                _e36(x["output_resolution"]),
                ("properties", "output_resolution"),
                "output_resolution",
            )
        if "negative_prompt" in x:
            out += prefixed(
                _e33(x["negative_prompt"]), ("properties", "negative_prompt"), "negative_prompt"
            )
        if "cfg_scale" in x:
            out += prefixed(_e9(x["cfg_scale"]), ("properties", "cfg_scale"), "cfg_scale")
        if "multi_shots" in x:
            out += prefixed(_e37(x["multi_shots"]), ("properties", "multi_shots"), "multi_shots")
        if "multi_prompt" in x:
            out += prefixed(_e26(x["multi_prompt"]), ("properties", "multi_prompt"), "multi_prompt")
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
        if "kling_elements" in x:
            out += prefixed(
                _e29(x["kling_elements"]), ("properties", "kling_elements"), "kling_elements"
            )
    out += prefixed(_e23(x), ("allOf", 0))
    return out


def _v38(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("model" in x and "multi_shots" in x and "multi_prompt" in x and "enable_sound" in x)
        and x.keys() <= _C36
        and _p38(x)
        and (_v23(x))
    )


def _p38(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "kling-3.0"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    if "enable_sound" in x:
        y = x["enable_sound"]
        if not (isinstance(y, bool) and any(equal(each, y) for each in _C37)):
            return False
    if "duration_seconds" in x:
        y = x["duration_seconds"]
        if not (is_integer(y) and y >= 3 and y <= 15):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C7):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (isinstance(y, str) and y in _C25):
            return False
    if "negative_prompt" in x:
        y = x["negative_prompt"]
        if not (isinstance(y, str)):
            return False
    if "cfg_scale" in x:
        y = x["cfg_scale"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    if "multi_shots" in x:
        y = x["multi_shots"]
        if not (isinstance(y, bool) and any(equal(each, y) for each in _C37)):
            return False
    if "multi_prompt" in x:
        y = x["multi_prompt"]
        if not _v26(y):
            return False
    if "first_frame_image_url" in x:
        y = x["first_frame_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "kling_elements" in x:
        y = x["kling_elements"]
        if not _v29(y):
            return False
    return True


def _e39(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, bool)):
        out.append(Err("type", "boolean", x, repr(x) + " is not of type 'boolean'"))
    if not any(equal(each, x) for each in _C37):
        out.append(Err("enum", _C37, x, repr(x) + " is not one of [True]"))
    return out


def _e38(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C38, x, "'model' is a required property"))
        if "multi_shots" not in x:
            out.append(Err("required", _C38, x, "'multi_shots' is a required property"))
        if "multi_prompt" not in x:
            out.append(Err("required", _C38, x, "'multi_prompt' is a required property"))
        if "enable_sound" not in x:
            out.append(Err("required", _C38, x, "'enable_sound' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C36]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C39))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e19(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e33(x["prompt"]), ("properties", "prompt"), "prompt")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "enable_sound" in x:
            out += prefixed(_e39(x["enable_sound"]), ("properties", "enable_sound"), "enable_sound")
        if "duration_seconds" in x:
            out += prefixed(
                _e35(x["duration_seconds"]), ("properties", "duration_seconds"), "duration_seconds"
            )
        if "aspect_ratio" in x:
            out += prefixed(_e7(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "output_resolution" in x:
            out += prefixed(
                _e36(x["output_resolution"]),
                ("properties", "output_resolution"),
                "output_resolution",
            )
        if "negative_prompt" in x:
            out += prefixed(
                _e33(x["negative_prompt"]), ("properties", "negative_prompt"), "negative_prompt"
            )
        if "cfg_scale" in x:
            out += prefixed(_e9(x["cfg_scale"]), ("properties", "cfg_scale"), "cfg_scale")
        if "multi_shots" in x:
            out += prefixed(_e39(x["multi_shots"]), ("properties", "multi_shots"), "multi_shots")
        if "multi_prompt" in x:
            out += prefixed(_e26(x["multi_prompt"]), ("properties", "multi_prompt"), "multi_prompt")
        if "first_frame_image_url" in x:
            out += prefixed(
                _e1(x["first_frame_image_url"]),
                ("properties", "first_frame_image_url"),
                "first_frame_image_url",
            )
        if "kling_elements" in x:
            out += prefixed(
                _e29(x["kling_elements"]), ("properties", "kling_elements"), "kling_elements"
            )
    out += prefixed(_e23(x), ("allOf", 0))
    return out


def _v40(x: Any) -> bool:
    return isinstance(x, dict) and ("model" in x and "prompt" in x) and x.keys() <= _C40 and _p40(x)


def _p40(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "kling-v2.1-master-text-to-video"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) <= 5000):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    if "duration_seconds" in x:
        y = x["duration_seconds"]
        if not (is_integer(y) and y in _C6):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C7):
            return False
    if "negative_prompt" in x:
        y = x["negative_prompt"]
        if not (isinstance(y, str) and len(y) <= 500):
            return False
    if "cfg_scale" in x:
        y = x["cfg_scale"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    if "enable_sound" in x:
        y = x["enable_sound"]
        if not (isinstance(y, bool)):
            return False
    return True


def _e41(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "kling-v2.1-master-text-to-video":
        out.append(
            Err(
                "const",
                "kling-v2.1-master-text-to-video",
                x,
                "'kling-v2.1-master-text-to-video' was expected",
            )
        )
    return out


def _e40(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C33, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C33, x, "'prompt' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C40]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C41))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e41(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e3(x["prompt"]), ("properties", "prompt"), "prompt")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "duration_seconds" in x:
            out += prefixed(
                _e6(x["duration_seconds"]), ("properties", "duration_seconds"), "duration_seconds"
            )
        if "aspect_ratio" in x:
            out += prefixed(_e7(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "negative_prompt" in x:
            out += prefixed(
                _e8(x["negative_prompt"]), ("properties", "negative_prompt"), "negative_prompt"
            )
        if "cfg_scale" in x:
            out += prefixed(_e9(x["cfg_scale"]), ("properties", "cfg_scale"), "cfg_scale")
        if "enable_sound" in x:
            out += prefixed(_e34(x["enable_sound"]), ("properties", "enable_sound"), "enable_sound")
    return out


def _v42(x: Any) -> bool:
    return isinstance(x, dict) and ("model" in x and "prompt" in x) and x.keys() <= _C40 and _p42(x)


def _p42(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "kling-v2.5-turbo-text-to-video-pro"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) <= 2500):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    if "duration_seconds" in x:
        y = x["duration_seconds"]
        if not (is_integer(y) and y in _C6):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C7):
            return False
    if "negative_prompt" in x:
        y = x["negative_prompt"]
        if not (isinstance(y, str) and len(y) <= 2500):
            return False
    if "cfg_scale" in x:
        y = x["cfg_scale"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    if "enable_sound" in x:
        y = x["enable_sound"]
        if not (isinstance(y, bool)):
            return False
    return True


def _e43(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "kling-v2.5-turbo-text-to-video-pro":
        out.append(
            Err(
                "const",
                "kling-v2.5-turbo-text-to-video-pro",
                x,
                "'kling-v2.5-turbo-text-to-video-pro' was expected",
            )
        )
    return out


def _e42(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C33, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C33, x, "'prompt' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C40]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C41))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e43(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e16(x["prompt"]), ("properties", "prompt"), "prompt")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "duration_seconds" in x:
            out += prefixed(
                _e6(x["duration_seconds"]), ("properties", "duration_seconds"), "duration_seconds"
            )
        if "aspect_ratio" in x:
            out += prefixed(_e7(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "negative_prompt" in x:
            out += prefixed(
                _e16(x["negative_prompt"]), ("properties", "negative_prompt"), "negative_prompt"
            )
        if "cfg_scale" in x:
            out += prefixed(_e9(x["cfg_scale"]), ("properties", "cfg_scale"), "cfg_scale")
        if "enable_sound" in x:
            out += prefixed(_e34(x["enable_sound"]), ("properties", "enable_sound"), "enable_sound")
    return out


_N0 = Variant((), _v0, _e0, (), "/components/schemas/KlingAiAvatarRequest")
_N1 = Variant((), _v4, _e4, (), "/components/schemas/KlingImageToVideoRequestV21Pro")
_N2 = Variant((), _v10, _e10, (), "/components/schemas/KlingImageToVideoRequestV21Standard")
_N3 = Variant((), _v12, _e12, (), "/components/schemas/KlingImageToVideoRequestV21Master")
_N4 = Variant((), _v14, _e14, (), "/components/schemas/KlingImageToVideoRequestV25Turbo")
_N5 = Choice(
    (),
    "model",
    {
        "kling-v2.1-pro": _N1,
        "kling-v2.1-standard": _N2,
        "kling-v2.1-master-image-to-video": _N3,
        "kling-v2.5-turbo-image-to-video-pro": _N4,
    },
)
_N6 = Variant(
    (),
    _v17,
    _e17,
    ("the subject image is required - source_first_frame_image_url or source_image_url",),
    "/components/schemas/KlingMotionControlRequest",
)
_N7 = Variant(
    (),
    _v22,
    _e22,
    ("aspect_ratio is required unless first_frame_image_url is provided",),
    "/components/schemas/KlingTextToVideoRequestKling30SingleShot",
)
_N8 = Variant(
    (),
    _v38,
    _e38,
    ("aspect_ratio is required unless first_frame_image_url is provided",),
    "/components/schemas/KlingTextToVideoRequestKling30MultiShot",
)
_N9 = OneOf(
    (),
    (
        Branch(
            _v22,
            _e22,
            {"model": "kling-3.0"},
            _N7,
            "/components/schemas/KlingTextToVideoRequestKling30/oneOf/0",
        ),
        Branch(
            _v38,
            _e38,
            {"model": "kling-3.0"},
            _N8,
            "/components/schemas/KlingTextToVideoRequestKling30/oneOf/1",
        ),
    ),
)
_N10 = Variant((), _v40, _e40, (), "/components/schemas/KlingTextToVideoRequestV21Master")
_N11 = Variant((), _v42, _e42, (), "/components/schemas/KlingTextToVideoRequestV25Turbo")
_N12 = Choice(
    (),
    "model",
    {
        "kling-3.0": _N9,
        "kling-v2.1-master-text-to-video": _N10,
        "kling-v2.5-turbo-text-to-video-pro": _N11,
    },
)


BODIES: dict[str, Node] = {
    "kling.ai_avatar.create": _N0,
    "kling.image_to_video.create": _N5,
    "kling.motion_control.create": _N6,
    "kling.text_to_video.create": _N12,
}
