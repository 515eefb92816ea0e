"""Request validation of the gpt_image_2 operations, compiled from their schemas.

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
    ["aspect_ratio", "callback_url", "model", "output_resolution", "prompt", "source_image_urls"]
)
_C1 = ["aspect_ratio", "output_resolution"]
_C2 = {
    "required": ["aspect_ratio", "output_resolution"],
    "properties": {"aspect_ratio": {"const": "1:1"}, "output_resolution": {"const": "4k"}},
}
_C3 = frozenset(["16:9", "1:1", "3:4", "4:3", "9:16", "auto"])
_C4 = frozenset(["1k", "2k", "4k"])
_C5 = ["model", "prompt", "source_image_urls"]
_C6 = ("aspect_ratio", "callback_url", "model", "output_resolution", "prompt", "source_image_urls")
_C7 = ["auto", "1:1", "9:16", "16:9", "4:3", "3:4"]
_C8 = ["1k", "2k", "4k"]
_C9 = frozenset(["aspect_ratio", "callback_url", "model", "output_resolution", "prompt"])
_C10 = ["model", "prompt"]
_C11 = ("aspect_ratio", "callback_url", "model", "output_resolution", "prompt")


def _v2(x: Any) -> bool:
    return (not isinstance(x, dict) or ("aspect_ratio" in x and "output_resolution" in x)) and (
        not isinstance(x, dict) or _p2(x)
    )


def _p2(x: dict[str, Any]) -> bool:
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (y == "1:1"):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (y == "4k"):
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
                + " should not be valid under {'required': ['aspect_ratio', 'output_resolution'], 'properties': {'aspect_ratio': {'const': '1:1'}, 'output_resolution': {'const': '4k'}}}",
            )
        )
    return out


def _v6(x: Any) -> bool:
    return not isinstance(x, dict) or _p6(x)


def _p6(x: dict[str, Any]) -> bool:
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (y == "1k"):
            return False
    return True


def _e7(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "1k":
        out.append(Err("const", "1k", x, "'1k' was expected"))
    return out


def _e6(x: Any) -> list[Err]:
    out: list[Err] = []
    if isinstance(x, dict):
        if "output_resolution" in x:
            out += prefixed(
                _e7(x["output_resolution"]),
                ("properties", "output_resolution"),
                "output_resolution",
            )
    return out


def _v8(x: Any) -> bool:
    return not isinstance(x, dict) or _p8(x)


def _p8(x: dict[str, Any]) -> bool:
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (y == "auto"):
            return False
    return True


def _v5(x: Any) -> bool:
    return _v6(x) if _v8(x) else True


def _e5(x: Any) -> list[Err]:
    out: list[Err] = []
    if _v8(x):
        out += prefixed(_e6(x), ("then",))
    return out


def _v10(x: Any) -> bool:
    return isinstance(x, list) and len(x) <= 16 and _x10_items(x)


def _x10_items(x: Any) -> bool:
    if not all((isinstance(y, str) and is_uri(y)) for y in x):
        return False
    return True


def _v11(x: Any) -> bool:
    return isinstance(x, str) and is_uri(x)


def _e11(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if isinstance(x, str):
        if not is_uri(x):
            out.append(Err("format", "uri", x, repr(x) + " is not a 'uri'"))
    return out


def _e10(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, list)):
        out.append(Err("type", "array", x, repr(x) + " is not of type 'array'"))
    if isinstance(x, list):
        if not len(x) <= 16:
            out.append(Err("maxItems", 16, x, repr(x) + " is too long"))
    if isinstance(x, list):
        for i in range(0, len(x)):
            out += prefixed(_e11(x[i]), ("items",), i)
    return out


def _v0(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("model" in x and "prompt" in x and "source_image_urls" in x)
        and x.keys() <= _C0
        and _p0(x)
        and (_v1(x) and _v5(x))
    )


def _p0(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (isinstance(y, str) and y == "gpt-image-2"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) <= 20000):
            return False
    if "source_image_urls" in x:
        y = x["source_image_urls"]
        if not _v10(y):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C3):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (isinstance(y, str) and y in _C4):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v11(y):
            return False
    return True


def _e12(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not x == "gpt-image-2":
        out.append(Err("const", "gpt-image-2", x, "'gpt-image-2' was expected"))
    return out


def _e13(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if isinstance(x, str):
        if not len(x) <= 20000:
            out.append(Err("maxLength", 20000, x, repr(x) + " is too long"))
    return out


def _e14(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C3):
        out.append(
            Err(
                "enum",
                _C7,
                x,
                repr(x) + " is not one of ['auto', '1:1', '9:16', '16:9', '4:3', '3:4']",
            )
        )
    return out


def _e15(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C4):
        out.append(Err("enum", _C8, x, repr(x) + " is not one of ['1k', '2k', '4k']"))
    return out


def _e0(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C5, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C5, x, "'prompt' is a required property"))
        if "source_image_urls" not in x:
            out.append(Err("required", _C5, x, "'source_image_urls' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C0]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C6))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e12(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e13(x["prompt"]), ("properties", "prompt"), "prompt")
        if "source_image_urls" in x:
            out += prefixed(
                _e10(x["source_image_urls"]),
                ("properties", "source_image_urls"),
                "source_image_urls",
            )
        if "aspect_ratio" in x:
            out += prefixed(_e14(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "output_resolution" in x:
            out += prefixed(
                _e15(x["output_resolution"]),
                ("properties", "output_resolution"),
                "output_resolution",
            )
        if "callback_url" in x:
            out += prefixed(_e11(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    out += prefixed(_e1(x), ("allOf", 0))
    out += prefixed(_e5(x), ("allOf", 1))
    return out


def _v16(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("model" in x and "prompt" in x)
        and x.keys() <= _C9
        and _p16(x)
        and (_v1(x) and _v5(x))
    )


def _p16(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (isinstance(y, str) and y == "gpt-image-2"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) <= 20000):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C3):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (isinstance(y, str) and y in _C4):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v11(y):
            return False
    return True


def _e16(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C10, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C10, x, "'prompt' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C9]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C11))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e12(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e13(x["prompt"]), ("properties", "prompt"), "prompt")
        if "aspect_ratio" in x:
            out += prefixed(_e14(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "output_resolution" in x:
            out += prefixed(
                _e15(x["output_resolution"]),
                ("properties", "output_resolution"),
                "output_resolution",
            )
        if "callback_url" in x:
            out += prefixed(_e11(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    out += prefixed(_e1(x), ("allOf", 0))
    out += prefixed(_e5(x), ("allOf", 1))
    return out


_N0 = Variant(
    (),
    _v0,
    _e0,
    (
        "A 1:1 image cannot be 4k",
        "auto/unset aspect_ratio only supports 1k output_resolution.",
    ),
    "/components/schemas/GptImage2EditImageRequest",
)
_N1 = Variant(
    (),
    _v16,
    _e16,
    (
        "A 1:1 image cannot be 4k",
        "auto/unset aspect_ratio only supports 1k output_resolution.",
    ),
    "/components/schemas/GptImage2TextToImageRequest",
)


BODIES: dict[str, Node] = {
    "gpt_image_2.edit_image.create": _N0,
    "gpt_image_2.text_to_image.create": _N1,
}
