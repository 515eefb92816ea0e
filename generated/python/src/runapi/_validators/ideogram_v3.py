"""Request validation of the ideogram_v3 operations, compiled from their schemas.

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
    is_number,
    is_uri,
    prefixed,
)

_C0 = frozenset(
    [
        "callback_url",
        "enable_prompt_expansion",
        "mask_url",
        "model",
        "output_count",
        "prompt",
        "reference_image_urls",
        "rendering_speed",
        "seed",
        "source_image_url",
    ]
)
_C1 = frozenset(["balanced", "quality", "turbo"])
_C2 = frozenset([1, 2, 3, 4])
_C3 = ["model", "prompt", "source_image_url", "mask_url"]
_C4 = (
    "callback_url",
    "enable_prompt_expansion",
    "mask_url",
    "model",
    "output_count",
    "prompt",
    "reference_image_urls",
    "rendering_speed",
    "seed",
    "source_image_url",
)
_C5 = ["turbo", "balanced", "quality"]
_C6 = [1, 2, 3, 4]
_C7 = frozenset(
    [
        "callback_url",
        "enable_prompt_expansion",
        "mask_url",
        "model",
        "output_count",
        "prompt",
        "reference_image_urls",
        "rendering_speed",
        "seed",
        "source_image_url",
        "style",
    ]
)
_C8 = frozenset(["auto", "fiction", "realistic"])
_C9 = ["model", "prompt", "source_image_url", "mask_url", "reference_image_urls"]
_C10 = (
    "callback_url",
    "enable_prompt_expansion",
    "mask_url",
    "model",
    "output_count",
    "prompt",
    "reference_image_urls",
    "rendering_speed",
    "seed",
    "source_image_url",
    "style",
)
_C11 = ["auto", "realistic", "fiction"]
_C12 = frozenset(
    [
        "aspect_ratio",
        "callback_url",
        "model",
        "output_count",
        "rendering_speed",
        "seed",
        "source_image_url",
        "style",
    ]
)
_C13 = frozenset(["16:9", "1:1", "3:4", "4:3", "9:16"])
_C14 = frozenset(["auto", "design", "general", "realistic"])
_C15 = ["model", "source_image_url", "aspect_ratio"]
_C16 = (
    "aspect_ratio",
    "callback_url",
    "model",
    "output_count",
    "rendering_speed",
    "seed",
    "source_image_url",
    "style",
)
_C17 = ["1:1", "3:4", "9:16", "4:3", "16:9"]
_C18 = ["auto", "general", "realistic", "design"]
_C19 = frozenset(
    [
        "aspect_ratio",
        "callback_url",
        "enable_prompt_expansion",
        "model",
        "negative_prompt",
        "output_count",
        "prompt",
        "reference_image_urls",
        "rendering_speed",
        "seed",
        "source_image_url",
        "strength",
        "style",
    ]
)
_C20 = ["model", "prompt", "source_image_url"]
_C21 = (
    "aspect_ratio",
    "callback_url",
    "enable_prompt_expansion",
    "model",
    "negative_prompt",
    "output_count",
    "prompt",
    "reference_image_urls",
    "rendering_speed",
    "seed",
    "source_image_url",
    "strength",
    "style",
)
_C22 = frozenset(
    [
        "aspect_ratio",
        "callback_url",
        "enable_prompt_expansion",
        "model",
        "negative_prompt",
        "output_count",
        "prompt",
        "reference_image_urls",
        "reference_mask_urls",
        "rendering_speed",
        "seed",
        "source_image_url",
        "strength",
        "style",
        "style_reference_image_urls",
    ]
)
_C23 = ["model", "prompt", "source_image_url", "reference_image_urls"]
_C24 = (
    "aspect_ratio",
    "callback_url",
    "enable_prompt_expansion",
    "model",
    "negative_prompt",
    "output_count",
    "prompt",
    "reference_image_urls",
    "reference_mask_urls",
    "rendering_speed",
    "seed",
    "source_image_url",
    "strength",
    "style",
    "style_reference_image_urls",
)
_C25 = frozenset(
    [
        "aspect_ratio",
        "callback_url",
        "enable_prompt_expansion",
        "model",
        "negative_prompt",
        "output_count",
        "prompt",
        "reference_image_urls",
        "rendering_speed",
        "seed",
        "style",
    ]
)
_C26 = ["model", "prompt"]
_C27 = (
    "aspect_ratio",
    "callback_url",
    "enable_prompt_expansion",
    "model",
    "negative_prompt",
    "output_count",
    "prompt",
    "reference_image_urls",
    "rendering_speed",
    "seed",
    "style",
)
_C28 = ["model", "prompt", "reference_image_urls"]


def _v1(x: Any) -> bool:
    return isinstance(x, list) and _x1_items(x)


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
        for i in range(0, len(x)):
            out += prefixed(_e2(x[i]), ("items",), i)
    return out


def _v0(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("model" in x and "prompt" in x and "source_image_url" in x and "mask_url" in x)
        and x.keys() <= _C0
        and _p0(x)
    )


def _p0(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "ideogram-v3-edit"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) <= 5000):
            return False
    if "source_image_url" in x:
        y = x["source_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "mask_url" in x:
        y = x["mask_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "reference_image_urls" in x:
        y = x["reference_image_urls"]
        if not _v1(y):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v2(y):
            return False
    if "rendering_speed" in x:
        y = x["rendering_speed"]
        if not (isinstance(y, str) and y in _C1):
            return False
    if "enable_prompt_expansion" in x:
        y = x["enable_prompt_expansion"]
        if not (isinstance(y, bool)):
            return False
    if "output_count" in x:
        y = x["output_count"]
        if not (is_integer(y) and y in _C2):
            return False
    if "seed" in x:
        y = x["seed"]
        if not (is_integer(y)):
            return False
    return True


def _e3(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "ideogram-v3-edit":
        out.append(Err("const", "ideogram-v3-edit", x, "'ideogram-v3-edit' was expected"))
    return out


def _e4(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if isinstance(x, str):
        if not len(x) <= 5000:
            out.append(Err("maxLength", 5000, x, repr(x) + " is too long"))
    return out


def _e5(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C1):
        out.append(Err("enum", _C5, x, repr(x) + " is not one of ['turbo', 'balanced', 'quality']"))
    return out


def _e6(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, bool)):
        out.append(Err("type", "boolean", x, repr(x) + " is not of type 'boolean'"))
    return out


def _e7(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_integer(x)):
        out.append(Err("type", "integer", x, repr(x) + " is not of type 'integer'"))
    if not any(equal(each, x) for each in _C6):
        out.append(Err("enum", _C6, x, repr(x) + " is not one of [1, 2, 3, 4]"))
    return out


def _e8(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_integer(x)):
        out.append(Err("type", "integer", x, repr(x) + " is not of type 'integer'"))
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
        if "source_image_url" not in x:
            out.append(Err("required", _C3, x, "'source_image_url' is a required property"))
        if "mask_url" not in x:
            out.append(Err("required", _C3, x, "'mask_url' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C0]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C4))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e3(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e4(x["prompt"]), ("properties", "prompt"), "prompt")
        if "source_image_url" in x:
            out += prefixed(
                _e2(x["source_image_url"]), ("properties", "source_image_url"), "source_image_url"
            )
        if "mask_url" in x:
            out += prefixed(_e2(x["mask_url"]), ("properties", "mask_url"), "mask_url")
        if "reference_image_urls" in x:
            out += prefixed(
                _e1(x["reference_image_urls"]),
                ("properties", "reference_image_urls"),
                "reference_image_urls",
            )
        if "callback_url" in x:
            out += prefixed(_e2(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "rendering_speed" in x:
            out += prefixed(
                _e5(x["rendering_speed"]), ("properties", "rendering_speed"), "rendering_speed"
            )
        if "enable_prompt_expansion" in x:
            out += prefixed(
                _e6(x["enable_prompt_expansion"]),
                ("properties", "enable_prompt_expansion"),
                "enable_prompt_expansion",
            )
        if "output_count" in x:
            out += prefixed(_e7(x["output_count"]), ("properties", "output_count"), "output_count")
        if "seed" in x:
            out += prefixed(_e8(x["seed"]), ("properties", "seed"), "seed")
    return out


def _v9(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and (
            "model" in x
            and "prompt" in x
            and "source_image_url" in x
            and "mask_url" in x
            and "reference_image_urls" in x
        )
        and x.keys() <= _C7
        and _p9(x)
    )


def _p9(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "ideogram-v3-character-edit"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) <= 5000):
            return False
    if "source_image_url" in x:
        y = x["source_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "mask_url" in x:
        y = x["mask_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "reference_image_urls" in x:
        y = x["reference_image_urls"]
        if not _v1(y):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v2(y):
            return False
    if "rendering_speed" in x:
        y = x["rendering_speed"]
        if not (isinstance(y, str) and y in _C1):
            return False
    if "style" in x:
        y = x["style"]
        if not (isinstance(y, str) and y in _C8):
            return False
    if "enable_prompt_expansion" in x:
        y = x["enable_prompt_expansion"]
        if not (isinstance(y, bool)):
            return False
    if "output_count" in x:
        y = x["output_count"]
        if not (is_integer(y) and y in _C2):
            return False
    if "seed" in x:
        y = x["seed"]
        if not (is_integer(y)):
            return False
    return True


def _e10(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "ideogram-v3-character-edit":
        out.append(
            Err(
                "const",
                "ideogram-v3-character-edit",
                x,
                "'ideogram-v3-character-edit' was expected",
            )
        )
    return out


def _e11(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C8):
        out.append(
            Err("enum", _C11, x, repr(x) + " is not one of ['auto', 'realistic', 'fiction']")
        )
    return out


def _e9(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C9, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C9, x, "'prompt' is a required property"))
        if "source_image_url" not in x:
            out.append(Err("required", _C9, x, "'source_image_url' is a required property"))
        if "mask_url" not in x:
            out.append(Err("required", _C9, x, "'mask_url' is a required property"))
        if "reference_image_urls" not in x:
            out.append(Err("required", _C9, x, "'reference_image_urls' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C7]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C10))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e10(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e4(x["prompt"]), ("properties", "prompt"), "prompt")
        if "source_image_url" in x:
            out += prefixed(
                _e2(x["source_image_url"]), ("properties", "source_image_url"), "source_image_url"
            )
        if "mask_url" in x:
            out += prefixed(_e2(x["mask_url"]), ("properties", "mask_url"), "mask_url")
        if "reference_image_urls" in x:
            out += prefixed(
                _e1(x["reference_image_urls"]),
                ("properties", "reference_image_urls"),
                "reference_image_urls",
            )
        if "callback_url" in x:
            out += prefixed(_e2(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "rendering_speed" in x:
            out += prefixed(
                _e5(x["rendering_speed"]), ("properties", "rendering_speed"), "rendering_speed"
            )
        if "style" in x:
            out += prefixed(_e11(x["style"]), ("properties", "style"), "style")
        if "enable_prompt_expansion" in x:
            out += prefixed(
                _e6(x["enable_prompt_expansion"]),
                ("properties", "enable_prompt_expansion"),
                "enable_prompt_expansion",
            )
        if "output_count" in x:
            out += prefixed(_e7(x["output_count"]), ("properties", "output_count"), "output_count")
        if "seed" in x:
            out += prefixed(_e8(x["seed"]), ("properties", "seed"), "seed")
    return out


def _v12(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("model" in x and "source_image_url" in x and "aspect_ratio" in x)
        and x.keys() <= _C12
        and _p12(x)
    )


def _p12(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "ideogram-v3-reframe"):
            return False
    if "source_image_url" in x:
        y = x["source_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C13):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v2(y):
            return False
    if "rendering_speed" in x:
        y = x["rendering_speed"]
        if not (isinstance(y, str) and y in _C1):
            return False
    if "style" in x:
        y = x["style"]
        if not (isinstance(y, str) and y in _C14):
            return False
    if "output_count" in x:
        y = x["output_count"]
        if not (is_integer(y) and y in _C2):
            return False
    if "seed" in x:
        y = x["seed"]
        if not (is_integer(y)):
            return False
    return True


def _e13(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "ideogram-v3-reframe":
        out.append(Err("const", "ideogram-v3-reframe", x, "'ideogram-v3-reframe' was expected"))
    return out


def _e14(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C13):
        out.append(
            Err("enum", _C17, x, repr(x) + " is not one of ['1:1', '3:4', '9:16', '4:3', '16:9']")
        )
    return out


def _e15(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C14):
        out.append(
            Err(
                "enum",
                _C18,
                x,
                repr(x) + " is not one of ['auto', 'general', 'realistic', 'design']",
            )
        )
    return out


def _e12(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C15, x, "'model' is a required property"))
        if "source_image_url" not in x:
            out.append(Err("required", _C15, x, "'source_image_url' is a required property"))
        if "aspect_ratio" not in x:
            out.append(Err("required", _C15, x, "'aspect_ratio' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C12]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C16))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e13(x["model"]), ("properties", "model"), "model")
        if "source_image_url" in x:
            out += prefixed(
                _e2(x["source_image_url"]), ("properties", "source_image_url"), "source_image_url"
            )
        if "aspect_ratio" in x:
            out += prefixed(_e14(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "callback_url" in x:
            out += prefixed(_e2(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "rendering_speed" in x:
            out += prefixed(
                _e5(x["rendering_speed"]), ("properties", "rendering_speed"), "rendering_speed"
            )
        if "style" in x:
            out += prefixed(_e15(x["style"]), ("properties", "style"), "style")
        if "output_count" in x:
            out += prefixed(_e7(x["output_count"]), ("properties", "output_count"), "output_count")
        if "seed" in x:
            out += prefixed(_e8(x["seed"]), ("properties", "seed"), "seed")
    return out


def _v16(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("model" in x and "prompt" in x and "source_image_url" in x)
        and x.keys() <= _C19
        and _p16(x)
    )


def _p16(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "ideogram-v3-remix"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) <= 5000):
            return False
    if "source_image_url" in x:
        y = x["source_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "reference_image_urls" in x:
        y = x["reference_image_urls"]
        if not _v1(y):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v2(y):
            return False
    if "rendering_speed" in x:
        y = x["rendering_speed"]
        if not (isinstance(y, str) and y in _C1):
            return False
    if "style" in x:
        y = x["style"]
        if not (isinstance(y, str) and y in _C14):
            return False
    if "enable_prompt_expansion" in x:
        y = x["enable_prompt_expansion"]
        if not (isinstance(y, bool)):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C13):
            return False
    if "output_count" in x:
        y = x["output_count"]
        if not (is_integer(y) and y in _C2):
            return False
    if "seed" in x:
        y = x["seed"]
        if not (is_integer(y)):
            return False
    if "strength" in x:
        y = x["strength"]
        if not (is_number(y) and y >= 0.01 and y <= 1):
            return False
    if "negative_prompt" in x:
        y = x["negative_prompt"]
        if not (isinstance(y, str) and len(y) <= 5000):
            return False
    return True


def _e17(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "ideogram-v3-remix":
        out.append(Err("const", "ideogram-v3-remix", x, "'ideogram-v3-remix' was expected"))
    return out


def _e18(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_number(x)):
        out.append(Err("type", "number", x, repr(x) + " is not of type 'number'"))
    if is_number(x):
        if not x >= 0.01:
            out.append(Err("minimum", 0.01, x, repr(x) + " is less than the minimum of 0.01"))
    if is_number(x):
        if not x <= 1:
            out.append(Err("maximum", 1, x, repr(x) + " is greater than the maximum of 1"))
    return out


def _e16(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C20, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C20, x, "'prompt' is a required property"))
        if "source_image_url" not in x:
            out.append(Err("required", _C20, x, "'source_image_url' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C19]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C21))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e17(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e4(x["prompt"]), ("properties", "prompt"), "prompt")
        if "source_image_url" in x:
            out += prefixed(
                _e2(x["source_image_url"]), ("properties", "source_image_url"), "source_image_url"
            )
        if "reference_image_urls" in x:
            out += prefixed(
                _e1(x["reference_image_urls"]),
                ("properties", "reference_image_urls"),
                "reference_image_urls",
            )
        if "callback_url" in x:
            out += prefixed(_e2(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "rendering_speed" in x:
            out += prefixed(
                _e5(x["rendering_speed"]), ("properties", "rendering_speed"), "rendering_speed"
            )
        if "style" in x:
            out += prefixed(_e15(x["style"]), ("properties", "style"), "style")
        if "enable_prompt_expansion" in x:
            out += prefixed(
                _e6(x["enable_prompt_expansion"]),
                ("properties", "enable_prompt_expansion"),
                "enable_prompt_expansion",
            )
        if "aspect_ratio" in x:
            out += prefixed(_e14(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "output_count" in x:
            out += prefixed(_e7(x["output_count"]), ("properties", "output_count"), "output_count")
        if "seed" in x:
            out += prefixed(_e8(x["seed"]), ("properties", "seed"), "seed")
        if "strength" in x:
            out += prefixed(_e18(x["strength"]), ("properties", "strength"), "strength")
        if "negative_prompt" in x:
            out += prefixed(
                _e4(x["negative_prompt"]), ("properties", "negative_prompt"), "negative_prompt"
            )
    return out


def _v19(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and (
            "model" in x
            and "prompt" in x
            and "source_image_url" in x
            and "reference_image_urls" in x
        )
        and x.keys() <= _C22
        and _p19(x)
    )


def _p19(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "ideogram-v3-character-remix"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) <= 5000):
            return False
    if "source_image_url" in x:
        y = x["source_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "reference_image_urls" in x:
        y = x["reference_image_urls"]
        if not _v1(y):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v2(y):
            return False
    if "rendering_speed" in x:
        y = x["rendering_speed"]
        if not (isinstance(y, str) and y in _C1):
            return False
    if "style" in x:
        y = x["style"]
        if not (isinstance(y, str) and y in _C8):
            return False
    if "enable_prompt_expansion" in x:
        y = x["enable_prompt_expansion"]
        if not (isinstance(y, bool)):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C13):
            return False
    if "output_count" in x:
        y = x["output_count"]
        if not (is_integer(y) and y in _C2):
            return False
    if "seed" in x:
        y = x["seed"]
        if not (is_integer(y)):
            return False
    if "strength" in x:
        y = x["strength"]
        if not (is_number(y) and y >= 0.1 and y <= 1):
            return False
    if "negative_prompt" in x:
        y = x["negative_prompt"]
        if not (isinstance(y, str) and len(y) <= 500):
            return False
    if "style_reference_image_urls" in x:
        y = x["style_reference_image_urls"]
        if not _v1(y):
            return False
    if "reference_mask_urls" in x:
        y = x["reference_mask_urls"]
        if not _v1(y):
            return False
    return True


def _e20(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "ideogram-v3-character-remix":
        out.append(
            Err(
                "const",
                "ideogram-v3-character-remix",
                x,
                "'ideogram-v3-character-remix' was expected",
            )
        )
    return out


def _e21(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_number(x)):
        out.append(Err("type", "number", x, repr(x) + " is not of type 'number'"))
    if is_number(x):
        if not x >= 0.1:
            out.append(Err("minimum", 0.1, x, repr(x) + " is less than the minimum of 0.1"))
    if is_number(x):
        if not x <= 1:
            out.append(Err("maximum", 1, x, repr(x) + " is greater than the maximum of 1"))
    return out


def _e22(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if isinstance(x, str):
        if not len(x) <= 500:
            out.append(Err("maxLength", 500, x, repr(x) + " is too long"))
    return out


def _e19(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C23, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C23, x, "'prompt' is a required property"))
        if "source_image_url" not in x:
            out.append(Err("required", _C23, x, "'source_image_url' is a required property"))
        if "reference_image_urls" not in x:
            out.append(Err("required", _C23, x, "'reference_image_urls' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C22]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C24))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e20(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e4(x["prompt"]), ("properties", "prompt"), "prompt")
        if "source_image_url" in x:
            out += prefixed(
                _e2(x["source_image_url"]), ("properties", "source_image_url"), "source_image_url"
            )
        if "reference_image_urls" in x:
            out += prefixed(
                _e1(x["reference_image_urls"]),
                ("properties", "reference_image_urls"),
                "reference_image_urls",
            )
        if "callback_url" in x:
            out += prefixed(_e2(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "rendering_speed" in x:
            out += prefixed(
                _e5(x["rendering_speed"]), ("properties", "rendering_speed"), "rendering_speed"
            )
        if "style" in x:
            out += prefixed(_e11(x["style"]), ("properties", "style"), "style")
        if "enable_prompt_expansion" in x:
            out += prefixed(
                _e6(x["enable_prompt_expansion"]),
                ("properties", "enable_prompt_expansion"),
                "enable_prompt_expansion",
            )
        if "aspect_ratio" in x:
            out += prefixed(_e14(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "output_count" in x:
            out += prefixed(_e7(x["output_count"]), ("properties", "output_count"), "output_count")
        if "seed" in x:
            out += prefixed(_e8(x["seed"]), ("properties", "seed"), "seed")
        if "strength" in x:
            out += prefixed(_e21(x["strength"]), ("properties", "strength"), "strength")
        if "negative_prompt" in x:
            out += prefixed(
                _e22(x["negative_prompt"]), ("properties", "negative_prompt"), "negative_prompt"
            )
        if "style_reference_image_urls" in x:
            out += prefixed(
                _e1(x["style_reference_image_urls"]),
                ("properties", "style_reference_image_urls"),
                "style_reference_image_urls",
            )
        if "reference_mask_urls" in x:
            out += prefixed(
                _e1(x["reference_mask_urls"]),
                ("properties", "reference_mask_urls"),
                "reference_mask_urls",
            )
    return out


def _v23(x: Any) -> bool:
    return isinstance(x, dict) and ("model" in x and "prompt" in x) and x.keys() <= _C25 and _p23(x)


def _p23(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "ideogram-v3-text-to-image"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) <= 5000):
            return False
    if "reference_image_urls" in x:
        y = x["reference_image_urls"]
        if not _v1(y):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v2(y):
            return False
    if "rendering_speed" in x:
        y = x["rendering_speed"]
        if not (isinstance(y, str) and y in _C1):
            return False
    if "style" in x:
        y = x["style"]
        if not (isinstance(y, str) and y in _C14):
            return False
    if "enable_prompt_expansion" in x:
        y = x["enable_prompt_expansion"]
        if not (isinstance(y, bool)):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C13):
            return False
    if "output_count" in x:
        y = x["output_count"]
        if not (is_integer(y) and y in _C2):
            return False
    if "seed" in x:
        y = x["seed"]
        if not (is_integer(y)):
            return False
    if "negative_prompt" in x:
        y = x["negative_prompt"]
        if not (isinstance(y, str) and len(y) <= 5000):
            return False
    return True


def _e24(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "ideogram-v3-text-to-image":
        out.append(
            Err("const", "ideogram-v3-text-to-image", x, "'ideogram-v3-text-to-image' was expected")
        )
    return out


def _e23(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C26, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C26, x, "'prompt' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C25]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C27))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e24(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e4(x["prompt"]), ("properties", "prompt"), "prompt")
        if "reference_image_urls" in x:
            out += prefixed(
                _e1(x["reference_image_urls"]),
                ("properties", "reference_image_urls"),
                "reference_image_urls",
            )
        if "callback_url" in x:
            out += prefixed(_e2(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "rendering_speed" in x:
            out += prefixed(
                _e5(x["rendering_speed"]), ("properties", "rendering_speed"), "rendering_speed"
            )
        if "style" in x:
            out += prefixed(_e15(x["style"]), ("properties", "style"), "style")
        if "enable_prompt_expansion" in x:
            out += prefixed(
                _e6(x["enable_prompt_expansion"]),
                ("properties", "enable_prompt_expansion"),
                "enable_prompt_expansion",
            )
        if "aspect_ratio" in x:
            out += prefixed(_e14(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "output_count" in x:
            out += prefixed(_e7(x["output_count"]), ("properties", "output_count"), "output_count")
        if "seed" in x:
            out += prefixed(_e8(x["seed"]), ("properties", "seed"), "seed")
        if "negative_prompt" in x:
            out += prefixed(
                _e4(x["negative_prompt"]), ("properties", "negative_prompt"), "negative_prompt"
            )
    return out


def _v25(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("model" in x and "prompt" in x and "reference_image_urls" in x)
        and x.keys() <= _C25
        and _p25(x)
    )


def _p25(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "ideogram-v3-character"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) <= 5000):
            return False
    if "reference_image_urls" in x:
        y = x["reference_image_urls"]
        if not _v1(y):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v2(y):
            return False
    if "rendering_speed" in x:
        y = x["rendering_speed"]
        if not (isinstance(y, str) and y in _C1):
            return False
    if "style" in x:
        y = x["style"]
        if not (isinstance(y, str) and y in _C8):
            return False
    if "enable_prompt_expansion" in x:
        y = x["enable_prompt_expansion"]
        if not (isinstance(y, bool)):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C13):
            return False
    if "output_count" in x:
        y = x["output_count"]
        if not (is_integer(y) and y in _C2):
            return False
    if "seed" in x:
        y = x["seed"]
        if not (is_integer(y)):
            return False
    if "negative_prompt" in x:
        y = x["negative_prompt"]
        if not (isinstance(y, str) and len(y) <= 5000):
            return False
    return True


def _e26(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "ideogram-v3-character":
        out.append(Err("const", "ideogram-v3-character", x, "'ideogram-v3-character' was expected"))
    return out


def _e25(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C28, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C28, x, "'prompt' is a required property"))
        if "reference_image_urls" not in x:
            out.append(Err("required", _C28, x, "'reference_image_urls' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C25]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C27))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e26(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e4(x["prompt"]), ("properties", "prompt"), "prompt")
        if "reference_image_urls" in x:
            out += prefixed(
                _e1(x["reference_image_urls"]),
                ("properties", "reference_image_urls"),
                "reference_image_urls",
            )
        if "callback_url" in x:
            out += prefixed(_e2(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "rendering_speed" in x:
            out += prefixed(
                _e5(x["rendering_speed"]), ("properties", "rendering_speed"), "rendering_speed"
            )
        if "style" in x:
            out += prefixed(_e11(x["style"]), ("properties", "style"), "style")
        if "enable_prompt_expansion" in x:
            out += prefixed(
                _e6(x["enable_prompt_expansion"]),
                ("properties", "enable_prompt_expansion"),
                "enable_prompt_expansion",
            )
        if "aspect_ratio" in x:
            out += prefixed(_e14(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "output_count" in x:
            out += prefixed(_e7(x["output_count"]), ("properties", "output_count"), "output_count")
        if "seed" in x:
            out += prefixed(_e8(x["seed"]), ("properties", "seed"), "seed")
        if "negative_prompt" in x:
            out += prefixed(
                _e4(x["negative_prompt"]), ("properties", "negative_prompt"), "negative_prompt"
            )
    return out


_N0 = Variant((), _v0, _e0, (), "/components/schemas/IdeogramV3EditImageRequestEdit")
_N1 = Variant((), _v9, _e9, (), "/components/schemas/IdeogramV3EditImageRequestCharacterEdit")
_N2 = Choice((), "model", {"ideogram-v3-edit": _N0, "ideogram-v3-character-edit": _N1})
_N3 = Variant((), _v12, _e12, (), "/components/schemas/IdeogramV3ReframeImageRequest")
_N4 = Variant((), _v16, _e16, (), "/components/schemas/IdeogramV3RemixImageRequestRemix")
_N5 = Variant((), _v19, _e19, (), "/components/schemas/IdeogramV3RemixImageRequestCharacterRemix")
_N6 = Choice((), "model", {"ideogram-v3-remix": _N4, "ideogram-v3-character-remix": _N5})
_N7 = Variant((), _v23, _e23, (), "/components/schemas/IdeogramV3TextToImageRequestStandard")
_N8 = Variant((), _v25, _e25, (), "/components/schemas/IdeogramV3TextToImageRequestCharacter")
_N9 = Choice((), "model", {"ideogram-v3-text-to-image": _N7, "ideogram-v3-character": _N8})


BODIES: dict[str, Node] = {
    "ideogram_v3.edit_image.create": _N2,
    "ideogram_v3.reframe_image.create": _N3,
    "ideogram_v3.remix_image.create": _N6,
    "ideogram_v3.text_to_image.create": _N9,
}
