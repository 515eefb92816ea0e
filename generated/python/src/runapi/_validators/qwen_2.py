"""Request validation of the qwen_2 operations, compiled from their schemas.

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
        "enable_safety_checker",
        "model",
        "output_format",
        "prompt",
        "seed",
        "source_image_url",
    ]
)
_C1 = frozenset(["16:9", "1:1", "21:9", "2:3", "3:2", "3:4", "4:3", "9:16"])
_C2 = frozenset(["jpeg", "png"])
_C3 = ["model", "prompt", "source_image_url"]
_C4 = (
    "aspect_ratio",
    "callback_url",
    "enable_safety_checker",
    "model",
    "output_format",
    "prompt",
    "seed",
    "source_image_url",
)
_C5 = ["1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "16:9", "21:9"]
_C6 = ["jpeg", "png"]
_C7 = frozenset(
    [
        "acceleration",
        "callback_url",
        "enable_safety_checker",
        "guidance_scale",
        "model",
        "negative_prompt",
        "num_inference_steps",
        "output_format",
        "prompt",
        "seed",
        "source_image_url",
        "strength",
    ]
)
_C8 = frozenset(["high", "none", "regular"])
_C9 = (
    "acceleration",
    "callback_url",
    "enable_safety_checker",
    "guidance_scale",
    "model",
    "negative_prompt",
    "num_inference_steps",
    "output_format",
    "prompt",
    "seed",
    "source_image_url",
    "strength",
)
_C10 = ["png", "jpeg"]
_C11 = ["none", "regular", "high"]
_C12 = frozenset(
    [
        "aspect_ratio",
        "callback_url",
        "enable_safety_checker",
        "model",
        "output_format",
        "prompt",
        "seed",
    ]
)
_C13 = frozenset(["16:9", "1:1", "3:4", "4:3", "9:16"])
_C14 = ["model", "prompt"]
_C15 = (
    "aspect_ratio",
    "callback_url",
    "enable_safety_checker",
    "model",
    "output_format",
    "prompt",
    "seed",
)
_C16 = ["1:1", "3:4", "4:3", "9:16", "16:9"]


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
        and ("model" in x and "prompt" in x and "source_image_url" in x)
        and x.keys() <= _C0
        and _p0(x)
    )


def _p0(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "qwen-2-edit-image"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) <= 800):
            return False
    if "source_image_url" in x:
        y = x["source_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C1):
            return False
    if "output_format" in x:
        y = x["output_format"]
        if not (isinstance(y, str) and y in _C2):
            return False
    if "seed" in x:
        y = x["seed"]
        if not (is_integer(y)):
            return False
    if "enable_safety_checker" in x:
        y = x["enable_safety_checker"]
        if not (isinstance(y, bool)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    return True


def _e2(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "qwen-2-edit-image":
        out.append(Err("const", "qwen-2-edit-image", x, "'qwen-2-edit-image' was expected"))
    return out


def _e3(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if isinstance(x, str):
        if not len(x) <= 800:
            out.append(Err("maxLength", 800, x, repr(x) + " is too long"))
    return out


def _e4(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C1):
        out.append(
            Err(
                "enum",
                _C5,
                x,
                repr(x)
                + " is not one of ['1:1', '2:3', '3:2', '3:4', '4:3', '9:16', '16:9', '21:9']",
            )
        )
    return out


def _e5(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C2):
        out.append(Err("enum", _C6, x, repr(x) + " is not one of ['jpeg', 'png']"))
    return out


def _e6(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_integer(x)):
        out.append(Err("type", "integer", x, repr(x) + " is not of type 'integer'"))
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
            out.append(Err("required", _C3, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C3, x, "'prompt' is a required property"))
        if "source_image_url" not in x:
            out.append(Err("required", _C3, x, "'source_image_url' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C0]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C4))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e2(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e3(x["prompt"]), ("properties", "prompt"), "prompt")
        if "source_image_url" in x:
            out += prefixed(
                _e1(x["source_image_url"]), ("properties", "source_image_url"), "source_image_url"
            )
        if "aspect_ratio" in x:
            out += prefixed(_e4(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "output_format" in x:
            out += prefixed(
                _e5(x["output_format"]), ("properties", "output_format"), "output_format"
            )
        if "seed" in x:
            out += prefixed(_e6(x["seed"]), ("properties", "seed"), "seed")
        if "enable_safety_checker" in x:
            out += prefixed(
                _e7(x["enable_safety_checker"]),
                ("properties", "enable_safety_checker"),
                "enable_safety_checker",
            )
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


def _v8(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("model" in x and "prompt" in x and "source_image_url" in x)
        and x.keys() <= _C7
        and _p8(x)
    )


def _p8(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "qwen-2-remix-image"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) <= 5000):
            return False
    if "source_image_url" in x:
        y = x["source_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "strength" in x:
        y = x["strength"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    if "output_format" in x:
        y = x["output_format"]
        if not (isinstance(y, str) and y in _C2):
            return False
    if "acceleration" in x:
        y = x["acceleration"]
        if not (isinstance(y, str) and y in _C8):
            return False
    if "negative_prompt" in x:
        y = x["negative_prompt"]
        if not (isinstance(y, str) and len(y) <= 500):
            return False
    if "seed" in x:
        y = x["seed"]
        if not (is_integer(y)):
            return False
    if "num_inference_steps" in x:
        y = x["num_inference_steps"]
        if not (is_integer(y) and y >= 2 and y <= 250):
            return False
    if "guidance_scale" in x:
        y = x["guidance_scale"]
        if not (is_number(y) and y >= 0 and y <= 20):
            return False
    if "enable_safety_checker" in x:
        y = x["enable_safety_checker"]
        if not (isinstance(y, bool)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    return True


def _e9(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "qwen-2-remix-image":
        out.append(Err("const", "qwen-2-remix-image", x, "'qwen-2-remix-image' was expected"))
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
    if not (is_number(x)):
        out.append(Err("type", "number", x, repr(x) + " is not of type 'number'"))
    if is_number(x):
        if not x >= 0:
            out.append(Err("minimum", 0, x, repr(x) + " is less than the minimum of 0"))
    if is_number(x):
        if not x <= 1:
            out.append(Err("maximum", 1, x, repr(x) + " is greater than the maximum of 1"))
    return out


def _e12(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C2):
        out.append(Err("enum", _C10, x, repr(x) + " is not one of ['png', 'jpeg']"))
    return out


def _e13(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C8):
        out.append(Err("enum", _C11, x, repr(x) + " is not one of ['none', 'regular', 'high']"))
    return out


def _e14(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if isinstance(x, str):
        if not len(x) <= 500:
            out.append(Err("maxLength", 500, x, repr(x) + " is too long"))
    return out


def _e15(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_integer(x)):
        out.append(Err("type", "integer", x, repr(x) + " is not of type 'integer'"))
    if is_number(x):
        if not x >= 2:
            out.append(Err("minimum", 2, x, repr(x) + " is less than the minimum of 2"))
    if is_number(x):
        if not x <= 250:
            out.append(Err("maximum", 250, x, repr(x) + " is greater than the maximum of 250"))
    return out


def _e16(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_number(x)):
        out.append(Err("type", "number", x, repr(x) + " is not of type 'number'"))
    if is_number(x):
        if not x >= 0:
            out.append(Err("minimum", 0, x, repr(x) + " is less than the minimum of 0"))
    if is_number(x):
        if not x <= 20:
            out.append(Err("maximum", 20, x, repr(x) + " is greater than the maximum of 20"))
    return out


def _e8(x: Any) -> list[Err]:
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
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C7]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C9))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e9(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e10(x["prompt"]), ("properties", "prompt"), "prompt")
        if "source_image_url" in x:
            out += prefixed(
                _e1(x["source_image_url"]), ("properties", "source_image_url"), "source_image_url"
            )
        if "strength" in x:
            out += prefixed(_e11(x["strength"]), ("properties", "strength"), "strength")
        if "output_format" in x:
            out += prefixed(
                _e12(x["output_format"]), ("properties", "output_format"), "output_format"
            )
        if "acceleration" in x:
            out += prefixed(_e13(x["acceleration"]), ("properties", "acceleration"), "acceleration")
        if "negative_prompt" in x:
            out += prefixed(
                _e14(x["negative_prompt"]), ("properties", "negative_prompt"), "negative_prompt"
            )
        if "seed" in x:
            out += prefixed(_e6(x["seed"]), ("properties", "seed"), "seed")
        if "num_inference_steps" in x:
            out += prefixed(
                _e15(x["num_inference_steps"]),
                ("properties", "num_inference_steps"),
                "num_inference_steps",
            )
        if "guidance_scale" in x:
            out += prefixed(
                _e16(x["guidance_scale"]), ("properties", "guidance_scale"), "guidance_scale"
            )
        if "enable_safety_checker" in x:
            out += prefixed(
                _e7(x["enable_safety_checker"]),
                ("properties", "enable_safety_checker"),
                "enable_safety_checker",
            )
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


def _v17(x: Any) -> bool:
    return isinstance(x, dict) and ("model" in x and "prompt" in x) and x.keys() <= _C12 and _p17(x)


def _p17(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "qwen-2-text-to-image"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) <= 800):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C13):
            return False
    if "seed" in x:
        y = x["seed"]
        if not (is_integer(y)):
            return False
    if "output_format" in x:
        y = x["output_format"]
        if not (isinstance(y, str) and y in _C2):
            return False
    if "enable_safety_checker" in x:
        y = x["enable_safety_checker"]
        if not (isinstance(y, bool)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    return True


def _e18(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "qwen-2-text-to-image":
        out.append(Err("const", "qwen-2-text-to-image", x, "'qwen-2-text-to-image' was expected"))
    return out


def _e19(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C13):
        out.append(
            Err("enum", _C16, x, repr(x) + " is not one of ['1:1', '3:4', '4:3', '9:16', '16:9']")
        )
    return out


def _e17(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C14, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C14, x, "'prompt' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C12]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C15))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e18(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e3(x["prompt"]), ("properties", "prompt"), "prompt")
        if "aspect_ratio" in x:
            out += prefixed(_e19(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "seed" in x:
            out += prefixed(_e6(x["seed"]), ("properties", "seed"), "seed")
        if "output_format" in x:
            out += prefixed(
                _e12(x["output_format"]), ("properties", "output_format"), "output_format"
            )
        if "enable_safety_checker" in x:
            out += prefixed(
                _e7(x["enable_safety_checker"]),
                ("properties", "enable_safety_checker"),
                "enable_safety_checker",
            )
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


_N0 = Variant((), _v0, _e0, (), "/components/schemas/Qwen2EditImageRequest")
_N1 = Variant((), _v8, _e8, (), "/components/schemas/Qwen2RemixImageRequest")
_N2 = Variant((), _v17, _e17, (), "/components/schemas/Qwen2TextToImageRequest")


BODIES: dict[str, Node] = {
    "qwen_2.edit_image.create": _N0,
    "qwen_2.remix_image.create": _N1,
    "qwen_2.text_to_image.create": _N2,
}
