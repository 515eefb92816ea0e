"""Request validation of the hailuo operations, compiled from their schemas.

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
        "callback_url",
        "enable_safety_checker",
        "first_frame_image_url",
        "last_frame_image_url",
        "model",
        "prompt",
        "prompt_optimizer",
    ]
)
_C1 = ["model", "prompt", "first_frame_image_url"]
_C2 = (
    "callback_url",
    "enable_safety_checker",
    "first_frame_image_url",
    "last_frame_image_url",
    "model",
    "prompt",
    "prompt_optimizer",
)
_C3 = frozenset(
    [
        "callback_url",
        "duration_seconds",
        "enable_safety_checker",
        "first_frame_image_url",
        "last_frame_image_url",
        "model",
        "output_resolution",
        "prompt",
        "prompt_optimizer",
    ]
)
_C4 = frozenset([6, 10])
_C5 = frozenset(["512p", "768p"])
_C6 = (
    "callback_url",
    "duration_seconds",
    "enable_safety_checker",
    "first_frame_image_url",
    "last_frame_image_url",
    "model",
    "output_resolution",
    "prompt",
    "prompt_optimizer",
)
_C7 = [6, 10]
_C8 = ["512p", "768p"]
_C9 = frozenset(
    [
        "callback_url",
        "duration_seconds",
        "enable_safety_checker",
        "first_frame_image_url",
        "model",
        "output_resolution",
        "prompt",
    ]
)
_C10 = frozenset(["1080p", "768p"])
_C11 = (
    "callback_url",
    "duration_seconds",
    "enable_safety_checker",
    "first_frame_image_url",
    "model",
    "output_resolution",
    "prompt",
)
_C12 = ["768p", "1080p"]
_C13 = frozenset(["callback_url", "enable_safety_checker", "model", "prompt", "prompt_optimizer"])
_C14 = ["model", "prompt"]
_C15 = ("callback_url", "enable_safety_checker", "model", "prompt", "prompt_optimizer")
_C16 = frozenset(
    [
        "callback_url",
        "duration_seconds",
        "enable_safety_checker",
        "model",
        "prompt",
        "prompt_optimizer",
    ]
)
_C17 = (
    "callback_url",
    "duration_seconds",
    "enable_safety_checker",
    "model",
    "prompt",
    "prompt_optimizer",
)


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
        and ("model" in x and "prompt" in x and "first_frame_image_url" in x)
        and x.keys() <= _C0
        and _p0(x)
    )


def _p0(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "hailuo-02-image-to-video-pro"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) <= 1500):
            return False
    if "first_frame_image_url" in x:
        y = x["first_frame_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "last_frame_image_url" in x:
        y = x["last_frame_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "prompt_optimizer" in x:
        y = x["prompt_optimizer"]
        if not (isinstance(y, bool)):
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
    if not x == "hailuo-02-image-to-video-pro":
        out.append(
            Err(
                "const",
                "hailuo-02-image-to-video-pro",
                x,
                "'hailuo-02-image-to-video-pro' was expected",
            )
        )
    return out


def _e3(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if isinstance(x, str):
        if not len(x) <= 1500:
            out.append(Err("maxLength", 1500, x, repr(x) + " is too long"))
    return out


def _e4(x: Any) -> list[Err]:
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
            out.append(Err("required", _C1, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C1, x, "'prompt' is a required property"))
        if "first_frame_image_url" not in x:
            out.append(Err("required", _C1, x, "'first_frame_image_url' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C0]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C2))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e2(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e3(x["prompt"]), ("properties", "prompt"), "prompt")
        if "first_frame_image_url" in x:
            out += prefixed(
                _e1(x["first_frame_image_url"]),
                ("properties", "first_frame_image_url"),
                "first_frame_image_url",
            )
        if "last_frame_image_url" in x:
            out += prefixed(
                _e1(x["last_frame_image_url"]),
                ("properties", "last_frame_image_url"),
                "last_frame_image_url",
            )
        if "prompt_optimizer" in x:
            out += prefixed(
                _e4(x["prompt_optimizer"]), ("properties", "prompt_optimizer"), "prompt_optimizer"
            )
        if "enable_safety_checker" in x:
            out += prefixed(
                _e4(x["enable_safety_checker"]),
                ("properties", "enable_safety_checker"),
                "enable_safety_checker",
            )
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


def _v5(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("model" in x and "prompt" in x and "first_frame_image_url" in x)
        and x.keys() <= _C3
        and _p5(x)
    )


def _p5(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "hailuo-02-image-to-video-standard"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) <= 1500):
            return False
    if "first_frame_image_url" in x:
        y = x["first_frame_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "last_frame_image_url" in x:
        y = x["last_frame_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "duration_seconds" in x:
        y = x["duration_seconds"]
        if not (is_integer(y) and y in _C4):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (isinstance(y, str) and y in _C5):
            return False
    if "prompt_optimizer" in x:
        y = x["prompt_optimizer"]
        if not (isinstance(y, bool)):
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


def _e6(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "hailuo-02-image-to-video-standard":
        out.append(
            Err(
                "const",
                "hailuo-02-image-to-video-standard",
                x,
                "'hailuo-02-image-to-video-standard' was expected",
            )
        )
    return out


def _e7(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_integer(x)):
        out.append(Err("type", "integer", x, repr(x) + " is not of type 'integer'"))
    if not any(equal(each, x) for each in _C7):
        out.append(Err("enum", _C7, x, repr(x) + " is not one of [6, 10]"))
    return out


def _e8(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C5):
        out.append(Err("enum", _C8, x, repr(x) + " is not one of ['512p', '768p']"))
    return out


def _e5(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C1, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C1, x, "'prompt' is a required property"))
        if "first_frame_image_url" not in x:
            out.append(Err("required", _C1, x, "'first_frame_image_url' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C3]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C6))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e6(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e3(x["prompt"]), ("properties", "prompt"), "prompt")
        if "first_frame_image_url" in x:
            out += prefixed(
                _e1(x["first_frame_image_url"]),
                ("properties", "first_frame_image_url"),
                "first_frame_image_url",
            )
        if "last_frame_image_url" in x:
            out += prefixed(
                _e1(x["last_frame_image_url"]),
                ("properties", "last_frame_image_url"),
                "last_frame_image_url",
            )
        if "duration_seconds" in x:
            out += prefixed(
                _e7(x["duration_seconds"]), ("properties", "duration_seconds"), "duration_seconds"
            )
        if "output_resolution" in x:
            out += prefixed(
                _e8(x["output_resolution"]),
                ("properties", "output_resolution"),
                "output_resolution",
            )
        if "prompt_optimizer" in x:
            out += prefixed(
                _e4(x["prompt_optimizer"]), ("properties", "prompt_optimizer"), "prompt_optimizer"
            )
        if "enable_safety_checker" in x:
            out += prefixed(
                _e4(x["enable_safety_checker"]),
                ("properties", "enable_safety_checker"),
                "enable_safety_checker",
            )
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


def _v9(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("model" in x and "prompt" in x and "first_frame_image_url" in x)
        and x.keys() <= _C9
        and _p9(x)
    )


def _p9(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "hailuo-2.3-image-to-video-pro"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) <= 5000):
            return False
    if "first_frame_image_url" in x:
        y = x["first_frame_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "duration_seconds" in x:
        y = x["duration_seconds"]
        if not (is_integer(y) and y in _C4):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (isinstance(y, str) and y in _C10):
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


def _e10(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "hailuo-2.3-image-to-video-pro":
        out.append(
            Err(
                "const",
                "hailuo-2.3-image-to-video-pro",
                x,
                "'hailuo-2.3-image-to-video-pro' was expected",
            )
        )
    return out


def _e11(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if isinstance(x, str):
        if not len(x) <= 5000:
            out.append(Err("maxLength", 5000, x, repr(x) + " is too long"))
    return out


def _e12(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C10):
        out.append(Err("enum", _C12, x, repr(x) + " is not one of ['768p', '1080p']"))
    return out


def _e9(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C1, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C1, x, "'prompt' is a required property"))
        if "first_frame_image_url" not in x:
            out.append(Err("required", _C1, x, "'first_frame_image_url' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C9]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C11))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e10(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e11(x["prompt"]), ("properties", "prompt"), "prompt")
        if "first_frame_image_url" in x:
            out += prefixed(
                _e1(x["first_frame_image_url"]),
                ("properties", "first_frame_image_url"),
                "first_frame_image_url",
            )
        if "duration_seconds" in x:
            out += prefixed(
                _e7(x["duration_seconds"]), ("properties", "duration_seconds"), "duration_seconds"
            )
        if "output_resolution" in x:
            out += prefixed(
                _e12(x["output_resolution"]),
                ("properties", "output_resolution"),
                "output_resolution",
            )
        if "enable_safety_checker" in x:
            out += prefixed(
                _e4(x["enable_safety_checker"]),
                ("properties", "enable_safety_checker"),
                "enable_safety_checker",
            )
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


def _v13(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("model" in x and "prompt" in x and "first_frame_image_url" in x)
        and x.keys() <= _C9
        and _p13(x)
    )


def _p13(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "hailuo-2.3-image-to-video-standard"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) <= 5000):
            return False
    if "first_frame_image_url" in x:
        y = x["first_frame_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "duration_seconds" in x:
        y = x["duration_seconds"]
        if not (is_integer(y) and y in _C4):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (isinstance(y, str) and y in _C10):
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


def _e14(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "hailuo-2.3-image-to-video-standard":
        out.append(
            Err(
                "const",
                "hailuo-2.3-image-to-video-standard",
                x,
                "'hailuo-2.3-image-to-video-standard' was expected",
            )
        )
    return out


def _e13(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C1, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C1, x, "'prompt' is a required property"))
        if "first_frame_image_url" not in x:
            out.append(Err("required", _C1, x, "'first_frame_image_url' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C9]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C11))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e14(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e11(x["prompt"]), ("properties", "prompt"), "prompt")
        if "first_frame_image_url" in x:
            out += prefixed(
                _e1(x["first_frame_image_url"]),
                ("properties", "first_frame_image_url"),
                "first_frame_image_url",
            )
        if "duration_seconds" in x:
            out += prefixed(
                _e7(x["duration_seconds"]), ("properties", "duration_seconds"), "duration_seconds"
            )
        if "output_resolution" in x:
            out += prefixed(
                _e12(x["output_resolution"]),
                ("properties", "output_resolution"),
                "output_resolution",
            )
        if "enable_safety_checker" in x:
            out += prefixed(
                _e4(x["enable_safety_checker"]),
                ("properties", "enable_safety_checker"),
                "enable_safety_checker",
            )
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


def _v15(x: Any) -> bool:
    return isinstance(x, dict) and ("model" in x and "prompt" in x) and x.keys() <= _C13 and _p15(x)


def _p15(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "hailuo-02-text-to-video-pro"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) <= 1500):
            return False
    if "prompt_optimizer" in x:
        y = x["prompt_optimizer"]
        if not (isinstance(y, bool)):
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


def _e16(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "hailuo-02-text-to-video-pro":
        out.append(
            Err(
                "const",
                "hailuo-02-text-to-video-pro",
                x,
                "'hailuo-02-text-to-video-pro' was expected",
            )
        )
    return out


def _e15(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C14, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C14, x, "'prompt' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C13]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C15))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e16(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e3(x["prompt"]), ("properties", "prompt"), "prompt")
        if "prompt_optimizer" in x:
            out += prefixed(
                _e4(x["prompt_optimizer"]), ("properties", "prompt_optimizer"), "prompt_optimizer"
            )
        if "enable_safety_checker" in x:
            out += prefixed(
                _e4(x["enable_safety_checker"]),
                ("properties", "enable_safety_checker"),
                "enable_safety_checker",
            )
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


def _v17(x: Any) -> bool:
    return isinstance(x, dict) and ("model" in x and "prompt" in x) and x.keys() <= _C16 and _p17(x)


def _p17(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "hailuo-02-text-to-video-standard"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) <= 1500):
            return False
    if "duration_seconds" in x:
        y = x["duration_seconds"]
        if not (is_integer(y) and y in _C4):
            return False
    if "prompt_optimizer" in x:
        y = x["prompt_optimizer"]
        if not (isinstance(y, bool)):
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
    if not x == "hailuo-02-text-to-video-standard":
        out.append(
            Err(
                "const",
                "hailuo-02-text-to-video-standard",
                x,
                "'hailuo-02-text-to-video-standard' was expected",
            )
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
        extras = [k for k in x if k not in _C16]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C17))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e18(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e3(x["prompt"]), ("properties", "prompt"), "prompt")
        if "duration_seconds" in x:
            out += prefixed(
                _e7(x["duration_seconds"]), ("properties", "duration_seconds"), "duration_seconds"
            )
        if "prompt_optimizer" in x:
            out += prefixed(
                _e4(x["prompt_optimizer"]), ("properties", "prompt_optimizer"), "prompt_optimizer"
            )
        if "enable_safety_checker" in x:
            out += prefixed(
                _e4(x["enable_safety_checker"]),
                ("properties", "enable_safety_checker"),
                "enable_safety_checker",
            )
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


_N0 = Variant((), _v0, _e0, (), "/components/schemas/HailuoImageToVideoRequest02Pro")
_N1 = Variant((), _v5, _e5, (), "/components/schemas/HailuoImageToVideoRequest02Standard")
_N2 = Variant((), _v9, _e9, (), "/components/schemas/HailuoImageToVideoRequest23Pro")
_N3 = Variant((), _v13, _e13, (), "/components/schemas/HailuoImageToVideoRequest23Standard")
_N4 = Choice(
    (),
    "model",
    {
        "hailuo-02-image-to-video-pro": _N0,
        "hailuo-02-image-to-video-standard": _N1,
        "hailuo-2.3-image-to-video-pro": _N2,
        "hailuo-2.3-image-to-video-standard": _N3,
    },
)
_N5 = Variant((), _v15, _e15, (), "/components/schemas/HailuoTextToVideoRequest02Pro")
_N6 = Variant((), _v17, _e17, (), "/components/schemas/HailuoTextToVideoRequest02Standard")
_N7 = Choice(
    (), "model", {"hailuo-02-text-to-video-pro": _N5, "hailuo-02-text-to-video-standard": _N6}
)


BODIES: dict[str, Node] = {"hailuo.image_to_video.create": _N4, "hailuo.text_to_video.create": _N7}
