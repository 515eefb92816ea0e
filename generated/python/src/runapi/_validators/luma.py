"""Request validation of the luma operations, compiled from their schemas.

Generated from spec/openapi.yaml by generator/targets/python_validators.py. Do not edit."""

from __future__ import annotations

from typing import Any

from .._schema_checks import (
    Err,
    Node,
    Variant,
    additional_message,
    is_uri,
    prefixed,
)

_C0 = frozenset(["callback_url", "model", "prompt", "source_video_url", "watermark"])
_C1 = ["prompt", "source_video_url"]
_C2 = ("callback_url", "model", "prompt", "source_video_url", "watermark")


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
        if not (isinstance(y, str) and y == "luma-modify-video"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str)):
            return False
    if "source_video_url" in x:
        y = x["source_video_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "watermark" in x:
        y = x["watermark"]
        if not (isinstance(y, str)):
            return False
    return True


def _e1(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not x == "luma-modify-video":
        out.append(Err("const", "luma-modify-video", x, "'luma-modify-video' was expected"))
    return out


def _e2(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    return out


def _e3(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if isinstance(x, str):
        if not is_uri(x):
            out.append(Err("format", "uri", x, repr(x) + " is not a 'uri'"))
    return out


def _e0(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "prompt" not in x:
            out.append(Err("required", _C1, x, "'prompt' is a required property"))
        if "source_video_url" not in x:
            out.append(Err("required", _C1, x, "'source_video_url' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C0]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C2))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e1(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e2(x["prompt"]), ("properties", "prompt"), "prompt")
        if "source_video_url" in x:
            out += prefixed(
                _e3(x["source_video_url"]), ("properties", "source_video_url"), "source_video_url"
            )
        if "callback_url" in x:
            out += prefixed(_e3(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "watermark" in x:
            out += prefixed(_e2(x["watermark"]), ("properties", "watermark"), "watermark")
    return out


_N0 = Variant((), _v0, _e0, (), "/components/schemas/LumaModifyVideoRequest")


BODIES: dict[str, Node] = {"luma.modify_video.create": _N0}
