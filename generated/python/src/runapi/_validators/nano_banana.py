"""Request validation of the nano_banana operations, compiled from their schemas.

Generated from spec/openapi.yaml by generator/targets/python_validators.py. Do not edit."""

from __future__ import annotations

from typing import Any

from .._schema_checks import (
    Choice,
    Err,
    Node,
    Variant,
    additional_message,
    is_uri,
    prefixed,
)

_C0 = frozenset(
    ["aspect_ratio", "callback_url", "model", "output_format", "prompt", "source_image_urls"]
)
_C1 = frozenset(["16:9", "1:1", "21:9", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "auto"])
_C2 = frozenset(["jpeg", "png"])
_C3 = ["model", "source_image_urls"]
_C4 = ("aspect_ratio", "callback_url", "model", "output_format", "prompt", "source_image_urls")
_C5 = ["1:1", "9:16", "16:9", "3:4", "4:3", "3:2", "2:3", "5:4", "4:5", "21:9", "auto"]
_C6 = ["png", "jpeg"]
_C7 = frozenset(
    ["aspect_ratio", "callback_url", "model", "output_format", "prompt", "reference_image_urls"]
)
_C8 = frozenset(["jpg", "png"])
_C9 = ["model", "prompt"]
_C10 = ("aspect_ratio", "callback_url", "model", "output_format", "prompt", "reference_image_urls")
_C11 = ["png", "jpg"]
_C12 = frozenset(
    [
        "aspect_ratio",
        "callback_url",
        "model",
        "output_format",
        "output_resolution",
        "prompt",
        "reference_image_urls",
    ]
)
_C13 = frozenset(["1k", "2k", "4k"])
_C14 = (
    "aspect_ratio",
    "callback_url",
    "model",
    "output_format",
    "output_resolution",
    "prompt",
    "reference_image_urls",
)
_C15 = ["1k", "2k", "4k"]
_C16 = frozenset(
    [
        "16:9",
        "1:1",
        "1:4",
        "1:8",
        "21:9",
        "2:3",
        "3:2",
        "3:4",
        "4:1",
        "4:3",
        "4:5",
        "5:4",
        "8:1",
        "9:16",
        "auto",
    ]
)
_C17 = [
    "1:1",
    "1:4",
    "1:8",
    "2:3",
    "3:2",
    "3:4",
    "4:1",
    "4:3",
    "4:5",
    "5:4",
    "8:1",
    "9:16",
    "16:9",
    "21:9",
    "auto",
]


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
        and ("model" in x and "source_image_urls" in x)
        and x.keys() <= _C0
        and _p0(x)
    )


def _p0(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "nano-banana-edit"):
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
    if "output_format" in x:
        y = x["output_format"]
        if not (isinstance(y, str) and y in _C2):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v2(y):
            return False
    return True


def _e3(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "nano-banana-edit":
        out.append(Err("const", "nano-banana-edit", x, "'nano-banana-edit' was expected"))
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
        out.append(
            Err(
                "enum",
                _C5,
                x,
                repr(x)
                + " is not one of ['1:1', '9:16', '16:9', '3:4', '4:3', '3:2', '2:3', '5:4', '4:5', '21:9', 'auto']",
            )
        )
    return out


def _e6(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C2):
        out.append(Err("enum", _C6, x, repr(x) + " is not one of ['png', 'jpeg']"))
    return out


def _e0(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C3, x, "'model' is a required property"))
        if "source_image_urls" not in x:
            out.append(Err("required", _C3, x, "'source_image_urls' is a required property"))
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
        if "output_format" in x:
            out += prefixed(
                _e6(x["output_format"]), ("properties", "output_format"), "output_format"
            )
        if "callback_url" in x:
            out += prefixed(_e2(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


def _v8(x: Any) -> bool:
    return isinstance(x, list) and len(x) <= 8 and _x8_items(x)


def _x8_items(x: Any) -> bool:
    if not all((isinstance(y, str) and is_uri(y)) for y in x):
        return False
    return True


def _e8(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, list)):
        out.append(Err("type", "array", x, repr(x) + " is not of type 'array'"))
    if isinstance(x, list):
        if not len(x) <= 8:
            out.append(Err("maxItems", 8, x, repr(x) + " is too long"))
    if isinstance(x, list):
        for i in range(0, len(x)):
            out += prefixed(_e2(x[i]), ("items",), i)
    return out


def _v7(x: Any) -> bool:
    return isinstance(x, dict) and ("model" in x and "prompt" in x) and x.keys() <= _C7 and _p7(x)


def _p7(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "nano-banana"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) <= 5000):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v2(y):
            return False
    if "output_format" in x:
        y = x["output_format"]
        if not (isinstance(y, str) and y in _C8):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C1):
            return False
    if "reference_image_urls" in x:
        y = x["reference_image_urls"]
        if not _v8(y):
            return False
    return True


def _e9(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "nano-banana":
        out.append(Err("const", "nano-banana", x, "'nano-banana' was expected"))
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
    if not (isinstance(x, str) and x in _C8):
        out.append(Err("enum", _C11, x, repr(x) + " is not one of ['png', 'jpg']"))
    return out


def _e7(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C9, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C9, x, "'prompt' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C7]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C10))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e9(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e10(x["prompt"]), ("properties", "prompt"), "prompt")
        if "callback_url" in x:
            out += prefixed(_e2(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "output_format" in x:
            out += prefixed(
                _e11(x["output_format"]), ("properties", "output_format"), "output_format"
            )
        if "aspect_ratio" in x:
            out += prefixed(_e5(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "reference_image_urls" in x:
            out += prefixed(
                _e8(x["reference_image_urls"]),
                ("properties", "reference_image_urls"),
                "reference_image_urls",
            )
    return out


def _v12(x: Any) -> bool:
    return isinstance(x, dict) and ("model" in x and "prompt" in x) and x.keys() <= _C12 and _p12(x)


def _p12(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "nano-banana-pro"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) <= 5000):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v2(y):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C1):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (isinstance(y, str) and y in _C13):
            return False
    if "output_format" in x:
        y = x["output_format"]
        if not (isinstance(y, str) and y in _C8):
            return False
    if "reference_image_urls" in x:
        y = x["reference_image_urls"]
        if not _v8(y):
            return False
    return True


def _e13(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "nano-banana-pro":
        out.append(Err("const", "nano-banana-pro", x, "'nano-banana-pro' was expected"))
    return out


def _e14(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C13):
        out.append(Err("enum", _C15, x, repr(x) + " is not one of ['1k', '2k', '4k']"))
    return out


def _e12(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C9, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C9, x, "'prompt' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C12]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C14))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e13(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e10(x["prompt"]), ("properties", "prompt"), "prompt")
        if "callback_url" in x:
            out += prefixed(_e2(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "aspect_ratio" in x:
            out += prefixed(_e5(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "output_resolution" in x:
            out += prefixed(
                _e14(x["output_resolution"]),
                ("properties", "output_resolution"),
                "output_resolution",
            )
        if "output_format" in x:
            out += prefixed(
                _e11(x["output_format"]), ("properties", "output_format"), "output_format"
            )
        if "reference_image_urls" in x:
            out += prefixed(
                _e8(x["reference_image_urls"]),
                ("properties", "reference_image_urls"),
                "reference_image_urls",
            )
    return out


def _v16(x: Any) -> bool:
    return isinstance(x, list) and len(x) <= 14 and _x16_items(x)


def _x16_items(x: Any) -> bool:
    if not all((isinstance(y, str) and is_uri(y)) for y in x):
        return False
    return True


def _e16(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, list)):
        out.append(Err("type", "array", x, repr(x) + " is not of type 'array'"))
    if isinstance(x, list):
        if not len(x) <= 14:
            out.append(Err("maxItems", 14, x, repr(x) + " is too long"))
    if isinstance(x, list):
        for i in range(0, len(x)):
            out += prefixed(_e2(x[i]), ("items",), i)
    return out


def _v15(x: Any) -> bool:
    return isinstance(x, dict) and ("model" in x and "prompt" in x) and x.keys() <= _C12 and _p15(x)


def _p15(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "nano-banana-2"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) <= 20000):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v2(y):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C16):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (isinstance(y, str) and y in _C13):
            return False
    if "output_format" in x:
        y = x["output_format"]
        if not (isinstance(y, str) and y in _C8):
            return False
    if "reference_image_urls" in x:
        y = x["reference_image_urls"]
        if not _v16(y):
            return False
    return True


def _e17(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "nano-banana-2":
        out.append(Err("const", "nano-banana-2", x, "'nano-banana-2' was expected"))
    return out


def _e18(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if isinstance(x, str):
        if not len(x) <= 20000:
            out.append(Err("maxLength", 20000, x, repr(x) + " is too long"))
    return out


def _e19(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C16):
        out.append(
            Err(
                "enum",
                _C17,
                x,
                repr(x)
                + " is not one of ['1:1', '1:4', '1:8', '2:3', '3:2', '3:4', '4:1', '4:3', '4:5', '5:4', '8:1', '9:16', '16:9', '21:9', 'auto']",
            )
        )
    return out


def _e15(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C9, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C9, x, "'prompt' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C12]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C14))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e17(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e18(x["prompt"]), ("properties", "prompt"), "prompt")
        if "callback_url" in x:
            out += prefixed(_e2(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "aspect_ratio" in x:
            out += prefixed(_e19(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "output_resolution" in x:
            out += prefixed(
                _e14(x["output_resolution"]),
                ("properties", "output_resolution"),
                "output_resolution",
            )
        if "output_format" in x:
            out += prefixed(
                _e11(x["output_format"]), ("properties", "output_format"), "output_format"
            )
        if "reference_image_urls" in x:
            out += prefixed(
                _e16(x["reference_image_urls"]),
                ("properties", "reference_image_urls"),
                "reference_image_urls",
            )
    return out


_N0 = Variant((), _v0, _e0, (), "/components/schemas/NanoBananaEditImageRequest")
_N1 = Variant((), _v7, _e7, (), "/components/schemas/NanoBananaTextToImageRequestBase")
_N2 = Variant((), _v12, _e12, (), "/components/schemas/NanoBananaTextToImageRequestPro")
_N3 = Variant((), _v15, _e15, (), "/components/schemas/NanoBananaTextToImageRequestV2")
_N4 = Choice((), "model", {"nano-banana": _N1, "nano-banana-pro": _N2, "nano-banana-2": _N3})


BODIES: dict[str, Node] = {
    "nano_banana.edit_image.create": _N0,
    "nano_banana.text_to_image.create": _N4,
}
