"""Request validation of the flux_2 operations, compiled from their schemas.

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

_C0 = frozenset(
    [
        "aspect_ratio",
        "callback_url",
        "enable_safety_checker",
        "model",
        "output_resolution",
        "prompt",
        "source_image_urls",
    ]
)
_C1 = frozenset(["flux-2-flex-remix-image", "flux-2-pro-remix-image"])
_C2 = frozenset(["16:9", "1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "auto"])
_C3 = frozenset(["1k", "2k"])
_C4 = ["model", "prompt", "source_image_urls"]
_C5 = (
    "aspect_ratio",
    "callback_url",
    "enable_safety_checker",
    "model",
    "output_resolution",
    "prompt",
    "source_image_urls",
)
_C6 = ["flux-2-pro-remix-image", "flux-2-flex-remix-image"]
_C7 = ["1:1", "4:3", "3:4", "16:9", "9:16", "3:2", "2:3", "auto"]
_C8 = ["1k", "2k"]
_C9 = frozenset(
    [
        "aspect_ratio",
        "callback_url",
        "enable_safety_checker",
        "model",
        "output_resolution",
        "prompt",
    ]
)
_C10 = frozenset(["flux-2-flex-text-to-image", "flux-2-pro-text-to-image"])
_C11 = frozenset(["16:9", "1:1", "2:3", "3:2", "3:4", "4:3", "9:16"])
_C12 = ["model", "prompt"]
_C13 = (
    "aspect_ratio",
    "callback_url",
    "enable_safety_checker",
    "model",
    "output_resolution",
    "prompt",
)
_C14 = ["flux-2-pro-text-to-image", "flux-2-flex-text-to-image"]
_C15 = ["1:1", "4:3", "3:4", "16:9", "9:16", "3:2", "2:3"]


def _v1(x: Any) -> bool:
    return isinstance(x, list) and len(x) >= 1 and len(x) <= 8 and _x1_items(x)


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
        if not len(x) >= 1:
            out.append(Err("minItems", 1, x, repr(x) + " should be non-empty"))
    if isinstance(x, list):
        if not len(x) <= 8:
            out.append(Err("maxItems", 8, x, repr(x) + " is too long"))
    if isinstance(x, list):
        for i in range(0, len(x)):
            out += prefixed(_e2(x[i]), ("items",), i)
    return out


def _v0(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("model" in x and "prompt" in x and "source_image_urls" in x)
        and x.keys() <= _C0
        and _p0(x)
    )


def _p0(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (isinstance(y, str) and y in _C1):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) >= 3 and len(y) <= 5000):
            return False
    if "source_image_urls" in x:
        y = x["source_image_urls"]
        if not _v1(y):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C2):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (isinstance(y, str) and y in _C3):
            return False
    if "enable_safety_checker" in x:
        y = x["enable_safety_checker"]
        if not (isinstance(y, bool)):
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
    if not (isinstance(x, str) and x in _C1):
        out.append(
            Err(
                "enum",
                _C6,
                x,
                repr(x) + " is not one of ['flux-2-pro-remix-image', 'flux-2-flex-remix-image']",
            )
        )
    return out


def _e4(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if isinstance(x, str):
        if not len(x) >= 3:
            out.append(Err("minLength", 3, x, repr(x) + " is too short"))
    if isinstance(x, str):
        if not len(x) <= 5000:
            out.append(Err("maxLength", 5000, x, repr(x) + " is too long"))
    return out


def _e5(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C2):
        out.append(
            Err(
                "enum",
                _C7,
                x,
                repr(x)
                + " is not one of ['1:1', '4:3', '3:4', '16:9', '9:16', '3:2', '2:3', 'auto']",
            )
        )
    return out


def _e6(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C3):
        out.append(Err("enum", _C8, x, repr(x) + " is not one of ['1k', '2k']"))
    return out


def _e7(x: Any) -> list[Err]:
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
        if "prompt" not in x:
            out.append(Err("required", _C4, x, "'prompt' is a required property"))
        if "source_image_urls" not in x:
            out.append(Err("required", _C4, x, "'source_image_urls' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C0]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C5))
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
        if "output_resolution" in x:
            out += prefixed(
                _e6(x["output_resolution"]),
                ("properties", "output_resolution"),
                "output_resolution",
            )
        if "enable_safety_checker" in x:
            out += prefixed(
                _e7(x["enable_safety_checker"]),
                ("properties", "enable_safety_checker"),
                "enable_safety_checker",
            )
        if "callback_url" in x:
            out += prefixed(_e2(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


def _v8(x: Any) -> bool:
    return isinstance(x, dict) and ("model" in x and "prompt" in x) and x.keys() <= _C9 and _p8(x)


def _p8(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (isinstance(y, str) and y in _C10):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) >= 3 and len(y) <= 5000):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C11):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (isinstance(y, str) and y in _C3):
            return False
    if "enable_safety_checker" in x:
        y = x["enable_safety_checker"]
        if not (isinstance(y, bool)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v2(y):
            return False
    return True


def _e9(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C10):
        out.append(
            Err(
                "enum",
                _C14,
                x,
                repr(x)
                + " is not one of ['flux-2-pro-text-to-image', 'flux-2-flex-text-to-image']",
            )
        )
    return out


def _e10(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C11):
        out.append(
            Err(
                "enum",
                _C15,
                x,
                repr(x) + " is not one of ['1:1', '4:3', '3:4', '16:9', '9:16', '3:2', '2:3']",
            )
        )
    return out


def _e8(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C12, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C12, x, "'prompt' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C9]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C13))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e9(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e4(x["prompt"]), ("properties", "prompt"), "prompt")
        if "aspect_ratio" in x:
            out += prefixed(_e10(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "output_resolution" in x:
            out += prefixed(
                _e6(x["output_resolution"]),
                ("properties", "output_resolution"),
                "output_resolution",
            )
        if "enable_safety_checker" in x:
            out += prefixed(
                _e7(x["enable_safety_checker"]),
                ("properties", "enable_safety_checker"),
                "enable_safety_checker",
            )
        if "callback_url" in x:
            out += prefixed(_e2(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


_N0 = Variant((), _v0, _e0, (), "/components/schemas/Flux2RemixImageRequest")
_N1 = Variant((), _v8, _e8, (), "/components/schemas/Flux2TextToImageRequest")


BODIES: dict[str, Node] = {"flux_2.remix_image.create": _N0, "flux_2.text_to_image.create": _N1}
