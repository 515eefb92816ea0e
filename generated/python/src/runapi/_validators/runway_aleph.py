"""Request validation of the runway_aleph operations, compiled from their schemas.

Generated from spec/openapi.yaml by generator/targets/python_validators.py. Do not edit."""

from __future__ import annotations

from typing import Any

from .._schema_checks import (
    Err,
    Node,
    Variant,
    additional_message,
    is_integer,
    is_uri,
    prefixed,
)

_C0 = frozenset(
    [
        "aspect_ratio",
        "callback_url",
        "model",
        "prompt",
        "reference_image_url",
        "seed",
        "source_video_url",
        "watermark",
    ]
)
_C1 = frozenset(["16:9", "1:1", "21:9", "3:4", "4:3", "9:16"])
_C2 = ["prompt", "source_video_url"]
_C3 = (
    "aspect_ratio",
    "callback_url",
    "model",
    "prompt",
    "reference_image_url",
    "seed",
    "source_video_url",
    "watermark",
)
_C4 = ["16:9", "9:16", "4:3", "3:4", "1:1", "21:9"]


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
        and ("prompt" in x and "source_video_url" in x)
        and x.keys() <= _C0
        and _p0(x)
    )


def _p0(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (isinstance(y, str) and y == "runway-aleph"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str)):
            return False
    if "source_video_url" in x:
        y = x["source_video_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "reference_image_url" in x:
        y = x["reference_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C1):
            return False
    if "seed" in x:
        y = x["seed"]
        if not (is_integer(y)):
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
    if not x == "runway-aleph":
        out.append(Err("const", "runway-aleph", x, "'runway-aleph' was expected"))
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
        out.append(
            Err(
                "enum",
                _C4,
                x,
                repr(x) + " is not one of ['16:9', '9:16', '4:3', '3:4', '1:1', '21:9']",
            )
        )
    return out


def _e5(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_integer(x)):
        out.append(Err("type", "integer", x, repr(x) + " is not of type 'integer'"))
    return out


def _e0(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "prompt" not in x:
            out.append(Err("required", _C2, x, "'prompt' is a required property"))
        if "source_video_url" not in x:
            out.append(Err("required", _C2, x, "'source_video_url' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C0]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C3))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e2(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e3(x["prompt"]), ("properties", "prompt"), "prompt")
        if "source_video_url" in x:
            out += prefixed(
                _e1(x["source_video_url"]), ("properties", "source_video_url"), "source_video_url"
            )
        if "reference_image_url" in x:
            out += prefixed(
                _e1(x["reference_image_url"]),
                ("properties", "reference_image_url"),
                "reference_image_url",
            )
        if "aspect_ratio" in x:
            out += prefixed(_e4(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "seed" in x:
            out += prefixed(_e5(x["seed"]), ("properties", "seed"), "seed")
        if "watermark" in x:
            out += prefixed(_e3(x["watermark"]), ("properties", "watermark"), "watermark")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


_N0 = Variant((), _v0, _e0, (), "/components/schemas/RunwayAlephEditVideoRequest")


BODIES: dict[str, Node] = {"runway_aleph.edit_video.create": _N0}
