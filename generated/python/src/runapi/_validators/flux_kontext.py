"""Request validation of the flux_kontext operations, compiled from their schemas.

Generated from spec/openapi.yaml by generator/targets/python_validators.py. Do not edit."""

from __future__ import annotations

from typing import Any

from .._schema_checks import (
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
        "aspect_ratio",
        "callback_url",
        "enable_prompt_expansion",
        "enable_translation",
        "model",
        "output_format",
        "prompt",
        "safety_tolerance",
        "source_image_url",
        "watermark",
    ]
)
_C1 = ["source_image_url", "safety_tolerance"]
_C2 = {
    "required": ["source_image_url", "safety_tolerance"],
    "properties": {"safety_tolerance": {"minimum": 3}},
}
_C3 = frozenset(["flux-kontext-max", "flux-kontext-pro"])
_C4 = frozenset(["16:9", "1:1", "21:9", "3:4", "4:3", "9:16"])
_C5 = frozenset(["jpeg", "png"])
_C6 = ["model", "prompt"]
_C7 = (
    "aspect_ratio",
    "callback_url",
    "enable_prompt_expansion",
    "enable_translation",
    "model",
    "output_format",
    "prompt",
    "safety_tolerance",
    "source_image_url",
    "watermark",
)
_C8 = ["flux-kontext-pro", "flux-kontext-max"]
_C9 = ["21:9", "16:9", "4:3", "1:1", "3:4", "9:16"]
_C10 = ["jpeg", "png"]


def _v2(x: Any) -> bool:
    return (not isinstance(x, dict) or ("source_image_url" in x and "safety_tolerance" in x)) and (
        not isinstance(x, dict) or _p2(x)
    )


def _p2(x: dict[str, Any]) -> bool:
    if "safety_tolerance" in x:
        y = x["safety_tolerance"]
        if not (not is_number(y) or y >= 3):
            return False
    return True


def _v1(x: Any) -> bool:
    return not _v2(x)


def _e1(x: Any) -> list[Err]:
    out: list[Err] = []
    if _v2(x):
        out.append(
            Err(
                "not",
                _C2,
                x,
                repr(x)
                + " should not be valid under {'required': ['source_image_url', 'safety_tolerance'], 'properties': {'safety_tolerance': {'minimum': 3}}}",
            )
        )
    return out


def _v4(x: Any) -> bool:
    return isinstance(x, str) and is_uri(x)


def _e4(x: Any) -> list[Err]:
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
        and ("model" in x and "prompt" in x)
        and x.keys() <= _C0
        and _p0(x)
        and (_v1(x))
    )


def _p0(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (isinstance(y, str) and y in _C3):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str)):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C4):
            return False
    if "output_format" in x:
        y = x["output_format"]
        if not (isinstance(y, str) and y in _C5):
            return False
    if "source_image_url" in x:
        y = x["source_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "enable_translation" in x:
        y = x["enable_translation"]
        if not (isinstance(y, bool)):
            return False
    if "enable_prompt_expansion" in x:
        y = x["enable_prompt_expansion"]
        if not (isinstance(y, bool)):
            return False
    if "safety_tolerance" in x:
        y = x["safety_tolerance"]
        if not (is_integer(y) and y >= 0 and y <= 6):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v4(y):
            return False
    if "watermark" in x:
        y = x["watermark"]
        if not (isinstance(y, str)):
            return False
    return True


def _e5(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C3):
        out.append(
            Err("enum", _C8, x, repr(x) + " is not one of ['flux-kontext-pro', 'flux-kontext-max']")
        )
    return out


def _e6(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    return out


def _e7(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C4):
        out.append(
            Err(
                "enum",
                _C9,
                x,
                repr(x) + " is not one of ['21:9', '16:9', '4:3', '1:1', '3:4', '9:16']",
            )
        )
    return out


def _e8(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C5):
        out.append(Err("enum", _C10, x, repr(x) + " is not one of ['jpeg', 'png']"))
    return out


def _e9(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, bool)):
        out.append(Err("type", "boolean", x, repr(x) + " is not of type 'boolean'"))
    return out


def _e10(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_integer(x)):
        out.append(Err("type", "integer", x, repr(x) + " is not of type 'integer'"))
    if is_number(x):
        if not x >= 0:
            out.append(Err("minimum", 0, x, repr(x) + " is less than the minimum of 0"))
    if is_number(x):
        if not x <= 6:
            out.append(Err("maximum", 6, x, repr(x) + " is greater than the maximum of 6"))
    return out


def _e0(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C6, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C6, x, "'prompt' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C0]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C7))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e5(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e6(x["prompt"]), ("properties", "prompt"), "prompt")
        if "aspect_ratio" in x:
            out += prefixed(_e7(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "output_format" in x:
            out += prefixed(
                _e8(x["output_format"]), ("properties", "output_format"), "output_format"
            )
        if "source_image_url" in x:
            out += prefixed(
                _e4(x["source_image_url"]), ("properties", "source_image_url"), "source_image_url"
            )
        if "enable_translation" in x:
            out += prefixed(
                _e9(x["enable_translation"]),
                ("properties", "enable_translation"),
                "enable_translation",
            )
        if "enable_prompt_expansion" in x:
            out += prefixed(
                _e9(x["enable_prompt_expansion"]),
                ("properties", "enable_prompt_expansion"),
                "enable_prompt_expansion",
            )
        if "safety_tolerance" in x:
            out += prefixed(
                _e10(x["safety_tolerance"]), ("properties", "safety_tolerance"), "safety_tolerance"
            )
        if "callback_url" in x:
            out += prefixed(_e4(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "watermark" in x:
            out += prefixed(_e6(x["watermark"]), ("properties", "watermark"), "watermark")
    out += prefixed(_e1(x), ("allOf", 0))
    return out


_N0 = Variant(
    (),
    _v0,
    _e0,
    (
        "safety_tolerance is 0-6 for generation and at most 2 for editing (when source_image_url is given)",
    ),
    "/components/schemas/FluxKontextTextToImageRequest",
)


BODIES: dict[str, Node] = {"flux_kontext.text_to_image.create": _N0}
