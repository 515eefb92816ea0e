"""Request validation of the topaz operations, compiled from their schemas.

Generated from spec/openapi.yaml by generator/targets/python_validators.py. Do not edit."""

from __future__ import annotations

from typing import Any

from .._schema_checks import (
    Err,
    Node,
    Variant,
    additional_message,
    equal,
    is_number,
    is_uri,
    prefixed,
)

_C0 = frozenset(["callback_url", "model", "source_image_url", "upscale_factor"])
_C1 = frozenset([1, 2, 4, 8])
_C2 = ["model", "source_image_url", "upscale_factor"]
_C3 = ("callback_url", "model", "source_image_url", "upscale_factor")
_C4 = [1, 2, 4, 8]
_C5 = frozenset(["callback_url", "model", "source_video_url", "upscale_factor"])
_C6 = frozenset([1, 2, 4])
_C7 = ["model", "source_video_url"]
_C8 = ("callback_url", "model", "source_video_url", "upscale_factor")
_C9 = [1, 2, 4]


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
        and ("model" in x and "source_image_url" in x and "upscale_factor" in x)
        and x.keys() <= _C0
        and _p0(x)
    )


def _p0(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (isinstance(y, str) and y == "topaz-upscale-image"):
            return False
    if "source_image_url" in x:
        y = x["source_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "upscale_factor" in x:
        y = x["upscale_factor"]
        if not (is_number(y) and y in _C1):
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
    if not x == "topaz-upscale-image":
        out.append(Err("const", "topaz-upscale-image", x, "'topaz-upscale-image' was expected"))
    return out


def _e3(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_number(x)):
        out.append(Err("type", "number", x, repr(x) + " is not of type 'number'"))
    if not any(equal(each, x) for each in _C4):
        out.append(Err("enum", _C4, x, repr(x) + " is not one of [1, 2, 4, 8]"))
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
        if "upscale_factor" not in x:
            out.append(Err("required", _C2, x, "'upscale_factor' is a required property"))
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
        if "upscale_factor" in x:
            out += prefixed(
                _e3(x["upscale_factor"]), ("properties", "upscale_factor"), "upscale_factor"
            )
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


def _v4(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("model" in x and "source_video_url" in x)
        and x.keys() <= _C5
        and _p4(x)
    )


def _p4(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (isinstance(y, str) and y == "topaz-upscale-video"):
            return False
    if "source_video_url" in x:
        y = x["source_video_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "upscale_factor" in x:
        y = x["upscale_factor"]
        if not (is_number(y) and y in _C6):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    return True


def _e5(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not x == "topaz-upscale-video":
        out.append(Err("const", "topaz-upscale-video", x, "'topaz-upscale-video' was expected"))
    return out


def _e6(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_number(x)):
        out.append(Err("type", "number", x, repr(x) + " is not of type 'number'"))
    if not any(equal(each, x) for each in _C9):
        out.append(Err("enum", _C9, x, repr(x) + " is not one of [1, 2, 4]"))
    return out


def _e4(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C7, x, "'model' is a required property"))
        if "source_video_url" not in x:
            out.append(Err("required", _C7, x, "'source_video_url' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C5]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C8))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e5(x["model"]), ("properties", "model"), "model")
        if "source_video_url" in x:
            out += prefixed(
                _e1(x["source_video_url"]), ("properties", "source_video_url"), "source_video_url"
            )
        if "upscale_factor" in x:
            out += prefixed(
                _e6(x["upscale_factor"]), ("properties", "upscale_factor"), "upscale_factor"
            )
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


_N0 = Variant((), _v0, _e0, (), "/components/schemas/TopazUpscaleImageRequest")
_N1 = Variant((), _v4, _e4, (), "/components/schemas/TopazUpscaleVideoRequest")


BODIES: dict[str, Node] = {"topaz.upscale_image.create": _N0, "topaz.upscale_video.create": _N1}
