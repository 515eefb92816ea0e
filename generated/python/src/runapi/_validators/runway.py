"""Request validation of the runway operations, compiled from their schemas.

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
    is_uri,
    prefixed,
)

_C0 = frozenset(
    ["callback_url", "model", "output_resolution", "prompt", "source_task_id", "watermark"]
)
_C1 = frozenset(["1080p", "720p"])
_C2 = ["source_task_id", "prompt", "output_resolution"]
_C3 = ("callback_url", "model", "output_resolution", "prompt", "source_task_id", "watermark")
_C4 = ["720p", "1080p"]
_C5 = frozenset(
    [
        "aspect_ratio",
        "callback_url",
        "duration_seconds",
        "first_frame_image_url",
        "model",
        "output_resolution",
        "prompt",
        "watermark",
    ]
)
_C6 = {"required": ["first_frame_image_url"]}
_C7 = ["aspect_ratio"]
_C8 = {"required": ["aspect_ratio"]}
_C9 = frozenset([5, 10])
_C10 = frozenset(["16:9", "1:1", "3:4", "4:3", "9:16"])
_C11 = ["prompt", "duration_seconds", "output_resolution"]
_C12 = (
    "aspect_ratio",
    "callback_url",
    "duration_seconds",
    "first_frame_image_url",
    "model",
    "output_resolution",
    "prompt",
    "watermark",
)
_C13 = [5, 10]
_C14 = ["16:9", "9:16", "1:1", "4:3", "3:4"]


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
        and ("source_task_id" in x and "prompt" in x and "output_resolution" in x)
        and x.keys() <= _C0
        and _p0(x)
    )


def _p0(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (isinstance(y, str) and y == "runway"):
            return False
    if "source_task_id" in x:
        y = x["source_task_id"]
        if not (isinstance(y, str)):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str)):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (isinstance(y, str) and y in _C1):
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
    if not x == "runway":
        out.append(Err("const", "runway", x, "'runway' was expected"))
    return out


def _e3(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    return out


def _e4(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C1):
        out.append(Err("enum", _C4, x, repr(x) + " is not one of ['720p', '1080p']"))
    return out


def _e0(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "source_task_id" not in x:
            out.append(Err("required", _C2, x, "'source_task_id' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C2, x, "'prompt' is a required property"))
        if "output_resolution" not in x:
            out.append(Err("required", _C2, x, "'output_resolution' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C0]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C3))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e2(x["model"]), ("properties", "model"), "model")
        if "source_task_id" in x:
            out += prefixed(
                _e3(x["source_task_id"]), ("properties", "source_task_id"), "source_task_id"
            )
        if "prompt" in x:
            out += prefixed(_e3(x["prompt"]), ("properties", "prompt"), "prompt")
        if "output_resolution" in x:
            out += prefixed(
                _e4(x["output_resolution"]),
                ("properties", "output_resolution"),
                "output_resolution",
            )
        if "watermark" in x:
            out += prefixed(_e3(x["watermark"]), ("properties", "watermark"), "watermark")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


def _v7(x: Any) -> bool:
    return not (not isinstance(x, dict) or "first_frame_image_url" in x)


def _v6(x: Any) -> bool:
    return (not isinstance(x, dict) or "aspect_ratio" in x) if _v7(x) else True


def _e8(x: Any) -> list[Err]:
    out: list[Err] = []
    if isinstance(x, dict):
        if "aspect_ratio" not in x:
            out.append(Err("required", _C7, x, "'aspect_ratio' is a required property"))
    return out


def _e6(x: Any) -> list[Err]:
    out: list[Err] = []
    if _v7(x):
        out += prefixed(_e8(x), ("then",))
    return out


def _v10(x: Any) -> bool:
    return not (not isinstance(x, dict) or "aspect_ratio" in x)


def _e10(x: Any) -> list[Err]:
    out: list[Err] = []
    if not isinstance(x, dict) or "aspect_ratio" in x:
        out.append(
            Err(
                "not", _C8, x, repr(x) + " should not be valid under {'required': ['aspect_ratio']}"
            )
        )
    return out


def _v9(x: Any) -> bool:
    return _v10(x) if (not isinstance(x, dict) or "first_frame_image_url" in x) else True


def _e9(x: Any) -> list[Err]:
    out: list[Err] = []
    if not isinstance(x, dict) or "first_frame_image_url" in x:
        out += prefixed(_e10(x), ("then",))
    return out


def _v5(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("prompt" in x and "duration_seconds" in x and "output_resolution" in x)
        and x.keys() <= _C5
        and _p5(x)
        and (_v6(x) and _v9(x))
    )


def _p5(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (isinstance(y, str) and y == "runway"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str)):
            return False
    if "duration_seconds" in x:
        y = x["duration_seconds"]
        if not (is_integer(y) and y in _C9):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (isinstance(y, str) and y in _C1):
            return False
    if "first_frame_image_url" in x:
        y = x["first_frame_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C10):
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


def _e11(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_integer(x)):
        out.append(Err("type", "integer", x, repr(x) + " is not of type 'integer'"))
    if not any(equal(each, x) for each in _C13):
        out.append(Err("enum", _C13, x, repr(x) + " is not one of [5, 10]"))
    return out


def _e12(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C10):
        out.append(
            Err("enum", _C14, x, repr(x) + " is not one of ['16:9', '9:16', '1:1', '4:3', '3:4']")
        )
    return out


def _e5(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "prompt" not in x:
            out.append(Err("required", _C11, x, "'prompt' is a required property"))
        if "duration_seconds" not in x:
            out.append(Err("required", _C11, x, "'duration_seconds' is a required property"))
        if "output_resolution" not in x:
            out.append(Err("required", _C11, x, "'output_resolution' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C5]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C12))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e2(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e3(x["prompt"]), ("properties", "prompt"), "prompt")
        if "duration_seconds" in x:
            out += prefixed(
                _e11(x["duration_seconds"]), ("properties", "duration_seconds"), "duration_seconds"
            )
        if "output_resolution" in x:
            out += prefixed(
                _e4(x["output_resolution"]),
                ("properties", "output_resolution"),
                "output_resolution",
            )
        if "first_frame_image_url" in x:
            out += prefixed(
                _e1(x["first_frame_image_url"]),
                ("properties", "first_frame_image_url"),
                "first_frame_image_url",
            )
        if "aspect_ratio" in x:
            out += prefixed(_e12(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "watermark" in x:
            out += prefixed(_e3(x["watermark"]), ("properties", "watermark"), "watermark")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    out += prefixed(_e6(x), ("allOf", 0))
    out += prefixed(_e9(x), ("allOf", 1))
    return out


_N0 = Variant((), _v0, _e0, (), "/components/schemas/RunwayExtendVideoRequest")
_N1 = Variant(
    (),
    _v5,
    _e5,
    (
        "aspect_ratio is required for text-to-video (when first_frame_image_url is not given)",
        "aspect_ratio is not accepted together with first_frame_image_url",
    ),
    "/components/schemas/RunwayTextToVideoRequest",
)


BODIES: dict[str, Node] = {"runway.extend_video.create": _N0, "runway.text_to_video.create": _N1}
