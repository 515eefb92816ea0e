"""Request validation of the gpt_image operations, compiled from their schemas.

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

_C0 = frozenset(["aspect_ratio", "callback_url", "model", "prompt", "quality", "source_image_urls"])
_C1 = frozenset(["1:1", "2:3", "3:2"])
_C2 = frozenset(["high", "medium"])
_C3 = ["model", "prompt", "source_image_urls", "aspect_ratio", "quality"]
_C4 = ("aspect_ratio", "callback_url", "model", "prompt", "quality", "source_image_urls")
_C5 = ["1:1", "2:3", "3:2"]
_C6 = ["medium", "high"]
_C7 = frozenset(["aspect_ratio", "callback_url", "model", "prompt", "quality"])
_C8 = ["model", "prompt", "aspect_ratio", "quality"]
_C9 = ("aspect_ratio", "callback_url", "model", "prompt", "quality")


def _v1(x: Any) -> bool:
    return isinstance(x, list) and len(x) <= 16 and _x1_items(x)


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
        if not len(x) <= 16:
            out.append(Err("maxItems", 16, x, repr(x) + " is too long"))
    if isinstance(x, list):
        for i in range(0, len(x)):
            out += prefixed(_e2(x[i]), ("items",), i)
    return out


def _v0(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and (
            "model" in x
            and "prompt" in x
            and "source_image_urls" in x
            and "aspect_ratio" in x
            and "quality" in x
        )
        and x.keys() <= _C0
        and _p0(x)
    )


def _p0(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (isinstance(y, str) and y == "gpt-image-1.5"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str)):
            return False
    if "source_image_urls" in x:
        y = x["source_image_urls"]
        if not _v1(y):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C1):
            return False
    if "quality" in x:
        y = x["quality"]
        if not (isinstance(y, str) and y in _C2):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v2(y):
            return False
    return True


def _e3(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not x == "gpt-image-1.5":
        out.append(Err("const", "gpt-image-1.5", x, "'gpt-image-1.5' was expected"))
    return out


def _e4(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    return out


def _e5(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C1):
        out.append(Err("enum", _C5, x, repr(x) + " is not one of ['1:1', '2:3', '3:2']"))
    return out


def _e6(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C2):
        out.append(Err("enum", _C6, x, repr(x) + " is not one of ['medium', 'high']"))
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
        if "source_image_urls" not in x:
            out.append(Err("required", _C3, x, "'source_image_urls' is a required property"))
        if "aspect_ratio" not in x:
            out.append(Err("required", _C3, x, "'aspect_ratio' is a required property"))
        if "quality" not in x:
            out.append(Err("required", _C3, x, "'quality' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C0]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C4))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e3(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e4(x["prompt"]), ("properties", "prompt"), "prompt")
        if "source_image_urls" in x:
            out += prefixed(
                _e1(x["source_image_urls"]),
                ("properties", "source_image_urls"),
                "source_image_urls",
            )
        if "aspect_ratio" in x:
            out += prefixed(_e5(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "quality" in x:
            out += prefixed(_e6(x["quality"]), ("properties", "quality"), "quality")
        if "callback_url" in x:
            out += prefixed(_e2(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


def _v7(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("model" in x and "prompt" in x and "aspect_ratio" in x and "quality" in x)
        and x.keys() <= _C7
        and _p7(x)
    )


def _p7(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (isinstance(y, str) and y == "gpt-image-1.5"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str)):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C1):
            return False
    if "quality" in x:
        y = x["quality"]
        if not (isinstance(y, str) and y in _C2):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v2(y):
            return False
    return True


def _e7(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C8, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C8, x, "'prompt' is a required property"))
        if "aspect_ratio" not in x:
            out.append(Err("required", _C8, x, "'aspect_ratio' is a required property"))
        if "quality" not in x:
            out.append(Err("required", _C8, x, "'quality' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C7]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C9))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e3(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e4(x["prompt"]), ("properties", "prompt"), "prompt")
        if "aspect_ratio" in x:
            out += prefixed(_e5(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "quality" in x:
            out += prefixed(_e6(x["quality"]), ("properties", "quality"), "quality")
        if "callback_url" in x:
            out += prefixed(_e2(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


_N0 = Variant((), _v0, _e0, (), "/components/schemas/GptImageEditImageRequest")
_N1 = Variant((), _v7, _e7, (), "/components/schemas/GptImageTextToImageRequest")


BODIES: dict[str, Node] = {
    "gpt_image.edit_image.create": _N0,
    "gpt_image.text_to_image.create": _N1,
}
