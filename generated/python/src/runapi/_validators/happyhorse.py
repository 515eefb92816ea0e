"""Request validation of the happyhorse operations, compiled from their schemas.

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
        "audio_setting",
        "callback_url",
        "model",
        "output_resolution",
        "prompt",
        "reference_image_urls",
        "seed",
        "source_video_url",
    ]
)
_C1 = frozenset(["1080p", "720p"])
_C2 = frozenset(["auto", "original"])
_C3 = ["model", "prompt", "source_video_url"]
_C4 = (
    "audio_setting",
    "callback_url",
    "model",
    "output_resolution",
    "prompt",
    "reference_image_urls",
    "seed",
    "source_video_url",
)
_C5 = ["720p", "1080p"]
_C6 = ["auto", "original"]
_C7 = frozenset(
    [
        "callback_url",
        "duration_seconds",
        "first_frame_image_url",
        "model",
        "output_resolution",
        "prompt",
        "seed",
    ]
)
_C8 = ["model", "first_frame_image_url"]
_C9 = (
    "callback_url",
    "duration_seconds",
    "first_frame_image_url",
    "model",
    "output_resolution",
    "prompt",
    "seed",
)
_C10 = frozenset(
    [
        "aspect_ratio",
        "callback_url",
        "duration_seconds",
        "model",
        "output_resolution",
        "prompt",
        "reference_image_urls",
        "seed",
    ]
)
_C11 = frozenset(["16:9", "1:1", "3:4", "4:3", "9:16"])
_C12 = ["model", "prompt"]
_C13 = (
    "aspect_ratio",
    "callback_url",
    "duration_seconds",
    "model",
    "output_resolution",
    "prompt",
    "reference_image_urls",
    "seed",
)
_C14 = ["16:9", "9:16", "1:1", "4:3", "3:4"]
_C15 = ["model", "prompt", "reference_image_urls"]


def _v1(x: Any) -> bool:
    return isinstance(x, list) and len(x) <= 5 and _x1_items(x)


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
        if not len(x) <= 5:
            out.append(Err("maxItems", 5, x, repr(x) + " is too long"))
    if isinstance(x, list):
        for i in range(0, len(x)):
            out += prefixed(_e2(x[i]), ("items",), i)
    return out


def _v0(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("model" in x and "prompt" in x and "source_video_url" in x)
        and x.keys() <= _C0
        and _p0(x)
    )


def _p0(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "happyhorse-edit-video"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) <= 5000):
            return False
    if "source_video_url" in x:
        y = x["source_video_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "reference_image_urls" in x:
        y = x["reference_image_urls"]
        if not _v1(y):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (isinstance(y, str) and y in _C1):
            return False
    if "audio_setting" in x:
        y = x["audio_setting"]
        if not (isinstance(y, str) and y in _C2):
            return False
    if "seed" in x:
        y = x["seed"]
        if not (is_integer(y) and y >= 0 and y <= 2147483647):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v2(y):
            return False
    return True


def _e3(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "happyhorse-edit-video":
        out.append(Err("const", "happyhorse-edit-video", x, "'happyhorse-edit-video' was expected"))
    return out


def _e4(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if isinstance(x, str):
        if not len(x) <= 5000:
            out.append(Err("maxLength", 5000, x, repr(x) + " is too long"))
    return out


def _e5(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C1):
        out.append(Err("enum", _C5, x, repr(x) + " is not one of ['720p', '1080p']"))
    return out


def _e6(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C2):
        out.append(Err("enum", _C6, x, repr(x) + " is not one of ['auto', 'original']"))
    return out


def _e7(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_integer(x)):
        out.append(Err("type", "integer", x, repr(x) + " is not of type 'integer'"))
    if is_number(x):
        if not x >= 0:
            out.append(Err("minimum", 0, x, repr(x) + " is less than the minimum of 0"))
    if is_number(x):
        if not x <= 2147483647:
            out.append(
                Err(
                    "maximum", 2147483647, x, repr(x) + " is greater than the maximum of 2147483647"
                )
            )
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
        if "source_video_url" not in x:
            out.append(Err("required", _C3, x, "'source_video_url' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C0]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C4))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e3(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e4(x["prompt"]), ("properties", "prompt"), "prompt")
        if "source_video_url" in x:
            out += prefixed(
                _e2(x["source_video_url"]), ("properties", "source_video_url"), "source_video_url"
            )
        if "reference_image_urls" in x:
            out += prefixed(
                _e1(x["reference_image_urls"]),
                ("properties", "reference_image_urls"),
                "reference_image_urls",
            )
        if "output_resolution" in x:
            out += prefixed(
                _e5(x["output_resolution"]),
                ("properties", "output_resolution"),
                "output_resolution",
            )
        if "audio_setting" in x:
            out += prefixed(
                _e6(x["audio_setting"]), ("properties", "audio_setting"), "audio_setting"
            )
        if "seed" in x:
            out += prefixed(_e7(x["seed"]), ("properties", "seed"), "seed")
        if "callback_url" in x:
            out += prefixed(_e2(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


def _v8(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("model" in x and "first_frame_image_url" in x)
        and x.keys() <= _C7
        and _p8(x)
    )


def _p8(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "happyhorse-image-to-video"):
            return False
    if "first_frame_image_url" in x:
        y = x["first_frame_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) <= 5000):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (isinstance(y, str) and y in _C1):
            return False
    if "duration_seconds" in x:
        y = x["duration_seconds"]
        if not (is_integer(y) and y >= 3 and y <= 15):
            return False
    if "seed" in x:
        y = x["seed"]
        if not (is_integer(y) and y >= 0 and y <= 2147483647):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v2(y):
            return False
    return True


def _e9(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "happyhorse-image-to-video":
        out.append(
            Err("const", "happyhorse-image-to-video", x, "'happyhorse-image-to-video' was expected")
        )
    return out


def _e10(x: Any) -> list[Err]:
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


def _e8(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C8, x, "'model' is a required property"))
        if "first_frame_image_url" not in x:
            out.append(Err("required", _C8, x, "'first_frame_image_url' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C7]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C9))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e9(x["model"]), ("properties", "model"), "model")
        if "first_frame_image_url" in x:
            out += prefixed(
                _e2(x["first_frame_image_url"]),
                ("properties", "first_frame_image_url"),
                "first_frame_image_url",
            )
        if "prompt" in x:
            out += prefixed(_e4(x["prompt"]), ("properties", "prompt"), "prompt")
        if "output_resolution" in x:
            out += prefixed(
                _e5(x["output_resolution"]),
                ("properties", "output_resolution"),
                "output_resolution",
            )
        if "duration_seconds" in x:
            out += prefixed(
                _e10(x["duration_seconds"]), ("properties", "duration_seconds"), "duration_seconds"
            )
        if "seed" in x:
            out += prefixed(_e7(x["seed"]), ("properties", "seed"), "seed")
        if "callback_url" in x:
            out += prefixed(_e2(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


def _v12(x: Any) -> bool:
    return isinstance(x, list) and _x12_items(x)


def _x12_items(x: Any) -> bool:
    if not all((isinstance(y, str) and is_uri(y)) for y in x):
        return False
    return True


def _e12(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, list)):
        out.append(Err("type", "array", x, repr(x) + " is not of type 'array'"))
    if isinstance(x, list):
        for i in range(0, len(x)):
            out += prefixed(_e2(x[i]), ("items",), i)
    return out


def _v11(x: Any) -> bool:
    return isinstance(x, dict) and ("model" in x and "prompt" in x) and x.keys() <= _C10 and _p11(x)


def _p11(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "happyhorse-text-to-video"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) <= 5000):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (isinstance(y, str) and y in _C1):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C11):
            return False
    if "duration_seconds" in x:
        y = x["duration_seconds"]
        if not (is_integer(y) and y >= 3 and y <= 15):
            return False
    if "seed" in x:
        y = x["seed"]
        if not (is_integer(y) and y >= 0 and y <= 2147483647):
            return False
    if "reference_image_urls" in x:
        y = x["reference_image_urls"]
        if not _v12(y):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v2(y):
            return False
    return True


def _e13(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "happyhorse-text-to-video":
        out.append(
            Err("const", "happyhorse-text-to-video", x, "'happyhorse-text-to-video' was expected")
        )
    return out


def _e14(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C11):
        out.append(
            Err("enum", _C14, x, repr(x) + " is not one of ['16:9', '9:16', '1:1', '4:3', '3:4']")
        )
    return out


def _e11(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C12, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C12, x, "'prompt' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C10]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C13))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e13(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e4(x["prompt"]), ("properties", "prompt"), "prompt")
        if "output_resolution" in x:
            out += prefixed(
                _e5(x["output_resolution"]),
                ("properties", "output_resolution"),
                "output_resolution",
            )
        if "aspect_ratio" in x:
            out += prefixed(_e14(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "duration_seconds" in x:
            out += prefixed(
                _e10(x["duration_seconds"]), ("properties", "duration_seconds"), "duration_seconds"
            )
        if "seed" in x:
            out += prefixed(_e7(x["seed"]), ("properties", "seed"), "seed")
        if "reference_image_urls" in x:
            out += prefixed(
                _e12(x["reference_image_urls"]),
                ("properties", "reference_image_urls"),
                "reference_image_urls",
            )
        if "callback_url" in x:
            out += prefixed(_e2(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


def _v16(x: Any) -> bool:
    return isinstance(x, list) and len(x) >= 1 and len(x) <= 9 and _x16_items(x)


def _x16_items(x: Any) -> bool:
    if not all((isinstance(y, str) and is_uri(y)) for y in x):
        return False
    return True


def _e16(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, list)):
        out.append(Err("type", "array", x, repr(x) + " is not of type 'array'"))
    if isinstance(x, list):
        if not len(x) >= 1:
            out.append(Err("minItems", 1, x, repr(x) + " should be non-empty"))
    if isinstance(x, list):
        if not len(x) <= 9:
            out.append(Err("maxItems", 9, x, repr(x) + " is too long"))
    if isinstance(x, list):
        for i in range(0, len(x)):
            out += prefixed(_e2(x[i]), ("items",), i)
    return out


def _v15(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("model" in x and "prompt" in x and "reference_image_urls" in x)
        and x.keys() <= _C10
        and _p15(x)
    )


def _p15(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "happyhorse-character"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) <= 5000):
            return False
    if "reference_image_urls" in x:
        y = x["reference_image_urls"]
        if not _v16(y):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (isinstance(y, str) and y in _C1):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C11):
            return False
    if "duration_seconds" in x:
        y = x["duration_seconds"]
        if not (is_integer(y) and y >= 3 and y <= 15):
            return False
    if "seed" in x:
        y = x["seed"]
        if not (is_integer(y) and y >= 0 and y <= 2147483647):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v2(y):
            return False
    return True


def _e17(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "happyhorse-character":
        out.append(Err("const", "happyhorse-character", x, "'happyhorse-character' was expected"))
    return out


def _e15(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C15, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C15, x, "'prompt' is a required property"))
        if "reference_image_urls" not in x:
            out.append(Err("required", _C15, x, "'reference_image_urls' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C10]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C13))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e17(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e4(x["prompt"]), ("properties", "prompt"), "prompt")
        if "reference_image_urls" in x:
            out += prefixed(
                _e16(x["reference_image_urls"]),
                ("properties", "reference_image_urls"),
                "reference_image_urls",
            )
        if "output_resolution" in x:
            out += prefixed(
                _e5(x["output_resolution"]),
                ("properties", "output_resolution"),
                "output_resolution",
            )
        if "aspect_ratio" in x:
            out += prefixed(_e14(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "duration_seconds" in x:
            out += prefixed(
                _e10(x["duration_seconds"]), ("properties", "duration_seconds"), "duration_seconds"
            )
        if "seed" in x:
            out += prefixed(_e7(x["seed"]), ("properties", "seed"), "seed")
        if "callback_url" in x:
            out += prefixed(_e2(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


_N0 = Variant((), _v0, _e0, (), "/components/schemas/HappyhorseEditVideoRequest")
_N1 = Variant((), _v8, _e8, (), "/components/schemas/HappyhorseImageToVideoRequest")
_N2 = Variant((), _v11, _e11, (), "/components/schemas/HappyhorseTextToVideoRequestTextToVideo")
_N3 = Variant((), _v15, _e15, (), "/components/schemas/HappyhorseTextToVideoRequestCharacter")
_N4 = Choice((), "model", {"happyhorse-text-to-video": _N2, "happyhorse-character": _N3})


BODIES: dict[str, Node] = {
    "happyhorse.edit_video.create": _N0,
    "happyhorse.image_to_video.create": _N1,
    "happyhorse.text_to_video.create": _N4,
}
