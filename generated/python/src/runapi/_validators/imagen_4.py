"""Request validation of the imagen_4 operations, compiled from their schemas.

Generated from spec/openapi.yaml by generator/targets/python_validators.py. Do not edit."""

from __future__ import annotations

from typing import Any

from .._schema_checks import (
    Choice,
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
        "model",
        "output_format",
        "output_resolution",
        "prompt",
        "source_image_urls",
    ]
)
_C1 = frozenset(["16:9", "1:1", "21:9", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "auto"])
_C2 = frozenset(["1k", "2k", "4k"])
_C3 = frozenset(["jpg", "png"])
_C4 = ["model", "prompt", "source_image_urls"]
_C5 = (
    "aspect_ratio",
    "callback_url",
    "model",
    "output_format",
    "output_resolution",
    "prompt",
    "source_image_urls",
)
_C6 = ["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9", "21:9", "auto"]
_C7 = ["1k", "2k", "4k"]
_C8 = ["png", "jpg"]
_C9 = frozenset(["aspect_ratio", "callback_url", "model", "negative_prompt", "prompt", "seed"])
_C10 = frozenset(["16:9", "1:1", "3:4", "4:3", "9:16"])
_C11 = ["model", "prompt"]
_C12 = ("aspect_ratio", "callback_url", "model", "negative_prompt", "prompt", "seed")
_C13 = ["1:1", "16:9", "9:16", "3:4", "4:3"]
_C14 = frozenset(
    ["aspect_ratio", "callback_url", "model", "negative_prompt", "output_count", "prompt", "seed"]
)
_C15 = frozenset([1, 2, 3, 4])
_C16 = (
    "aspect_ratio",
    "callback_url",
    "model",
    "negative_prompt",
    "output_count",
    "prompt",
    "seed",
)
_C17 = [1, 2, 3, 4]


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
        if not (y == "imagen-4-pro-remix-image"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) <= 10000):
            return False
    if "source_image_urls" in x:
        y = x["source_image_urls"]
        if not _v1(y):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C1):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (isinstance(y, str) and y in _C2):
            return False
    if "output_format" in x:
        y = x["output_format"]
        if not (isinstance(y, str) and y in _C3):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v2(y):
            return False
    return True


def _e3(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "imagen-4-pro-remix-image":
        out.append(
            Err("const", "imagen-4-pro-remix-image", x, "'imagen-4-pro-remix-image' was expected")
        )
    return out


def _e4(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if isinstance(x, str):
        if not len(x) <= 10000:
            out.append(Err("maxLength", 10000, x, repr(x) + " is too long"))
    return out


def _e5(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C1):
        out.append(
            Err(
                "enum",
                _C6,
                x,
                repr(x)
                + " is not one of ['1:1', '2:3', '3:2', '3:4', '4:3', '4:5', '5:4', '9:16', '16:9', '21:9', 'auto']",
            )
        )
    return out


def _e6(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C2):
        out.append(Err("enum", _C7, x, repr(x) + " is not one of ['1k', '2k', '4k']"))
    return out


def _e7(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C3):
        out.append(Err("enum", _C8, x, repr(x) + " is not one of ['png', 'jpg']"))
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
        if "output_format" in x:
            out += prefixed(
                _e7(x["output_format"]), ("properties", "output_format"), "output_format"
            )
        if "callback_url" in x:
            out += prefixed(_e2(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


def _v8(x: Any) -> bool:
    return isinstance(x, dict) and ("model" in x and "prompt" in x) and x.keys() <= _C9 and _p8(x)


def _p8(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "imagen-4"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) <= 5000):
            return False
    if "negative_prompt" in x:
        y = x["negative_prompt"]
        if not (isinstance(y, str)):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C10):
            return False
    if "seed" in x:
        y = x["seed"]
        if not (is_integer(y)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v2(y):
            return False
    return True


def _e9(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "imagen-4":
        out.append(Err("const", "imagen-4", x, "'imagen-4' was expected"))
    return out


def _e10(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if isinstance(x, str):
        if not len(x) <= 5000:
            out.append(Err("maxLength", 5000, x, repr(x) + " is too long"))
    return out


def _e11(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    return out


def _e12(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C10):
        out.append(
            Err("enum", _C13, x, repr(x) + " is not one of ['1:1', '16:9', '9:16', '3:4', '4:3']")
        )
    return out


def _e13(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_integer(x)):
        out.append(Err("type", "integer", x, repr(x) + " is not of type 'integer'"))
    return out


def _e8(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C11, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C11, x, "'prompt' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C9]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C12))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e9(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e10(x["prompt"]), ("properties", "prompt"), "prompt")
        if "negative_prompt" in x:
            out += prefixed(
                _e11(x["negative_prompt"]), ("properties", "negative_prompt"), "negative_prompt"
            )
        if "aspect_ratio" in x:
            out += prefixed(_e12(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "seed" in x:
            out += prefixed(_e13(x["seed"]), ("properties", "seed"), "seed")
        if "callback_url" in x:
            out += prefixed(_e2(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


def _v14(x: Any) -> bool:
    return isinstance(x, dict) and ("model" in x and "prompt" in x) and x.keys() <= _C14 and _p14(x)


def _p14(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "imagen-4-fast"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) <= 5000):
            return False
    if "negative_prompt" in x:
        y = x["negative_prompt"]
        if not (isinstance(y, str)):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C10):
            return False
    if "output_count" in x:
        y = x["output_count"]
        if not (is_integer(y) and y in _C15):
            return False
    if "seed" in x:
        y = x["seed"]
        if not (is_integer(y)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v2(y):
            return False
    return True


def _e15(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "imagen-4-fast":
        out.append(Err("const", "imagen-4-fast", x, "'imagen-4-fast' was expected"))
    return out


def _e16(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_integer(x)):
        out.append(Err("type", "integer", x, repr(x) + " is not of type 'integer'"))
    if not any(equal(each, x) for each in _C17):
        out.append(Err("enum", _C17, x, repr(x) + " is not one of [1, 2, 3, 4]"))
    return out


def _e14(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C11, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C11, x, "'prompt' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C14]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C16))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e15(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e10(x["prompt"]), ("properties", "prompt"), "prompt")
        if "negative_prompt" in x:
            out += prefixed(
                _e11(x["negative_prompt"]), ("properties", "negative_prompt"), "negative_prompt"
            )
        if "aspect_ratio" in x:
            out += prefixed(_e12(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "output_count" in x:
            out += prefixed(_e16(x["output_count"]), ("properties", "output_count"), "output_count")
        if "seed" in x:
            out += prefixed(_e13(x["seed"]), ("properties", "seed"), "seed")
        if "callback_url" in x:
            out += prefixed(_e2(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


def _v17(x: Any) -> bool:
    return isinstance(x, dict) and ("model" in x and "prompt" in x) and x.keys() <= _C9 and _p17(x)


def _p17(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "imagen-4-ultra"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) <= 5000):
            return False
    if "negative_prompt" in x:
        y = x["negative_prompt"]
        if not (isinstance(y, str)):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C10):
            return False
    if "seed" in x:
        y = x["seed"]
        if not (is_integer(y)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v2(y):
            return False
    return True


def _e18(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "imagen-4-ultra":
        out.append(Err("const", "imagen-4-ultra", x, "'imagen-4-ultra' was expected"))
    return out


def _e17(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C11, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C11, x, "'prompt' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C9]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C12))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e18(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e10(x["prompt"]), ("properties", "prompt"), "prompt")
        if "negative_prompt" in x:
            out += prefixed(
                _e11(x["negative_prompt"]), ("properties", "negative_prompt"), "negative_prompt"
            )
        if "aspect_ratio" in x:
            out += prefixed(_e12(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "seed" in x:
            out += prefixed(_e13(x["seed"]), ("properties", "seed"), "seed")
        if "callback_url" in x:
            out += prefixed(_e2(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


_N0 = Variant((), _v0, _e0, (), "/components/schemas/Imagen4RemixImageRequest")
_N1 = Variant((), _v8, _e8, (), "/components/schemas/Imagen4TextToImageRequestStandard")
_N2 = Variant((), _v14, _e14, (), "/components/schemas/Imagen4TextToImageRequestFast")
_N3 = Variant((), _v17, _e17, (), "/components/schemas/Imagen4TextToImageRequestUltra")
_N4 = Choice((), "model", {"imagen-4": _N1, "imagen-4-fast": _N2, "imagen-4-ultra": _N3})


BODIES: dict[str, Node] = {"imagen_4.remix_image.create": _N0, "imagen_4.text_to_image.create": _N4}
