"""Request validation of the recraft operations, compiled from their schemas.

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

_C0 = frozenset(["callback_url", "model", "source_image_url"])
_C1 = ["model", "source_image_url"]
_C2 = ("callback_url", "model", "source_image_url")


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
        if not (y == "recraft-remove-background"):
            return False
    if "source_image_url" in x:
        y = x["source_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    return True


def _e2(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "recraft-remove-background":
        out.append(
            Err("const", "recraft-remove-background", x, "'recraft-remove-background' was expected")
        )
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
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


def _v3(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("model" in x and "source_image_url" in x)
        and x.keys() <= _C0
        and _p3(x)
    )


def _p3(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "recraft-crisp-upscale"):
            return False
    if "source_image_url" in x:
        y = x["source_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    return True


def _e4(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "recraft-crisp-upscale":
        out.append(Err("const", "recraft-crisp-upscale", x, "'recraft-crisp-upscale' was expected"))
    return out


def _e3(x: Any) -> list[Err]:
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
            out += prefixed(_e4(x["model"]), ("properties", "model"), "model")
        if "source_image_url" in x:
            out += prefixed(
                _e1(x["source_image_url"]), ("properties", "source_image_url"), "source_image_url"
            )
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


_N0 = Variant((), _v0, _e0, (), "/components/schemas/RecraftRemoveBackgroundRequest")
_N1 = Variant((), _v3, _e3, (), "/components/schemas/RecraftUpscaleImageRequest")


BODIES: dict[str, Node] = {
    "recraft.remove_background.create": _N0,
    "recraft.upscale_image.create": _N1,
}
