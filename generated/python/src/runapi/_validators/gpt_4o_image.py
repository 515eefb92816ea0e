"""Request validation of the gpt_4o_image operations, compiled from their schemas.

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
    [
        "aspect_ratio",
        "callback_url",
        "enable_prompt_expansion",
        "mask_url",
        "model",
        "output_count",
        "prompt",
        "source_image_urls",
    ]
)
_C1 = ["prompt"]
_C2 = frozenset(["1:1", "2:3", "3:2"])
_C3 = frozenset([1, 2, 4])
_C4 = ["model", "aspect_ratio"]
_C5 = (
    "aspect_ratio",
    "callback_url",
    "enable_prompt_expansion",
    "mask_url",
    "model",
    "output_count",
    "prompt",
    "source_image_urls",
)
_C6 = ["1:1", "3:2", "2:3"]
_C7 = [1, 2, 4]


def _v2(x: Any) -> bool:
    return not isinstance(x, dict) or _p2(x)


def _p2(x: dict[str, Any]) -> bool:
    if "source_image_urls" in x:
        y = x["source_image_urls"]
        if not (not isinstance(y, list) or len(y) <= 0):
            return False
    return True


def _v1(x: Any) -> bool:
    return (not isinstance(x, dict) or "prompt" in x) if _v2(x) else True


def _e4(x: Any) -> list[Err]:
    out: list[Err] = []
    if isinstance(x, dict):
        if "prompt" not in x:
            out.append(Err("required", _C1, x, "'prompt' is a required property"))
    return out


def _e1(x: Any) -> list[Err]:
    out: list[Err] = []
    if _v2(x):
        out += prefixed(_e4(x), ("then",))
    return out


def _v5(x: Any) -> bool:
    return isinstance(x, list) and len(x) <= 5 and _x5_items(x)


def _x5_items(x: Any) -> bool:
    if not all((isinstance(y, str) and is_uri(y)) for y in x):
        return False
    return True


def _v6(x: Any) -> bool:
    return isinstance(x, str) and is_uri(x)


def _e6(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if isinstance(x, str):
        if not is_uri(x):
            out.append(Err("format", "uri", x, repr(x) + " is not a 'uri'"))
    return out


def _e5(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, list)):
        out.append(Err("type", "array", x, repr(x) + " is not of type 'array'"))
    if isinstance(x, list):
        if not len(x) <= 5:
            out.append(Err("maxItems", 5, x, repr(x) + " is too long"))
    if isinstance(x, list):
        for i in range(0, len(x)):
            out += prefixed(_e6(x[i]), ("items",), i)
    return out


def _v0(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("model" in x and "aspect_ratio" in x)
        and x.keys() <= _C0
        and _p0(x)
        and (_v1(x))
    )


def _p0(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (isinstance(y, str) and y == "gpt-4o-image"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str)):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C2):
            return False
    if "source_image_urls" in x:
        y = x["source_image_urls"]
        if not _v5(y):
            return False
    if "mask_url" in x:
        y = x["mask_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "output_count" in x:
        y = x["output_count"]
        if not (is_integer(y) and y in _C3):
            return False
    if "enable_prompt_expansion" in x:
        y = x["enable_prompt_expansion"]
        if not (isinstance(y, bool)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v6(y):
            return False
    return True


def _e7(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not x == "gpt-4o-image":
        out.append(Err("const", "gpt-4o-image", x, "'gpt-4o-image' was expected"))
    return out


def _e8(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    return out


def _e9(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C2):
        out.append(Err("enum", _C6, x, repr(x) + " is not one of ['1:1', '3:2', '2:3']"))
    return out


def _e10(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_integer(x)):
        out.append(Err("type", "integer", x, repr(x) + " is not of type 'integer'"))
    if not any(equal(each, x) for each in _C7):
        out.append(Err("enum", _C7, x, repr(x) + " is not one of [1, 2, 4]"))
    return out


def _e11(x: Any) -> list[Err]:
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
        if "aspect_ratio" not in x:
            out.append(Err("required", _C4, x, "'aspect_ratio' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C0]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C5))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e7(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e8(x["prompt"]), ("properties", "prompt"), "prompt")
        if "aspect_ratio" in x:
            out += prefixed(_e9(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "source_image_urls" in x:
            out += prefixed(
                _e5(x["source_image_urls"]),
                ("properties", "source_image_urls"),
                "source_image_urls",
            )
        if "mask_url" in x:
            out += prefixed(_e6(x["mask_url"]), ("properties", "mask_url"), "mask_url")
        if "output_count" in x:
            out += prefixed(_e10(x["output_count"]), ("properties", "output_count"), "output_count")
        if "enable_prompt_expansion" in x:
            out += prefixed(
                _e11(x["enable_prompt_expansion"]),
                ("properties", "enable_prompt_expansion"),
                "enable_prompt_expansion",
            )
        if "callback_url" in x:
            out += prefixed(_e6(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    out += prefixed(_e1(x), ("allOf", 0))
    return out


_N0 = Variant(
    (),
    _v0,
    _e0,
    ("prompt is required when source_image_urls is blank",),
    "/components/schemas/Gpt4oImageTextToImageRequest",
)


BODIES: dict[str, Node] = {"gpt_4o_image.text_to_image.create": _N0}
