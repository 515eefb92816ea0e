"""Request validation of the infinitetalk operations, compiled from their schemas.

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
        "callback_url",
        "model",
        "output_resolution",
        "prompt",
        "seed",
        "source_audio_url",
        "source_image_url",
    ]
)
_C1 = frozenset(["480p", "720p"])
_C2 = ["model", "source_image_url", "source_audio_url", "prompt"]
_C3 = (
    "callback_url",
    "model",
    "output_resolution",
    "prompt",
    "seed",
    "source_audio_url",
    "source_image_url",
)
_C4 = ["480p", "720p"]


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
        and ("model" in x and "source_image_url" in x and "source_audio_url" in x and "prompt" in x)
        and x.keys() <= _C0
        and _p0(x)
    )


def _p0(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (isinstance(y, str) and y == "infinitetalk-from-audio"):
            return False
    if "source_image_url" in x:
        y = x["source_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "source_audio_url" in x:
        y = x["source_audio_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) <= 5000):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (isinstance(y, str) and y in _C1):
            return False
    if "seed" in x:
        y = x["seed"]
        if not (is_integer(y) and y >= 10000 and y <= 1000000):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    return True


def _e2(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not x == "infinitetalk-from-audio":
        out.append(
            Err("const", "infinitetalk-from-audio", x, "'infinitetalk-from-audio' was expected")
        )
    return out


def _e3(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if isinstance(x, str):
        if not len(x) <= 5000:
            out.append(Err("maxLength", 5000, x, repr(x) + " is too long"))
    return out


def _e4(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C1):
        out.append(Err("enum", _C4, x, repr(x) + " is not one of ['480p', '720p']"))
    return out


def _e5(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_integer(x)):
        out.append(Err("type", "integer", x, repr(x) + " is not of type 'integer'"))
    if is_number(x):
        if not x >= 10000:
            out.append(Err("minimum", 10000, x, repr(x) + " is less than the minimum of 10000"))
    if is_number(x):
        if not x <= 1000000:
            out.append(
                Err("maximum", 1000000, x, repr(x) + " is greater than the maximum of 1000000")
            )
    return out


def _e0(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C2, x, "'model' is a required property"))
        if "source_image_url" not in x:
            out.append(Err("required", _C2, x, "'source_image_url' is a required property"))
        if "source_audio_url" not in x:
            out.append(Err("required", _C2, x, "'source_audio_url' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C2, x, "'prompt' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C0]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C3))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e2(x["model"]), ("properties", "model"), "model")
        if "source_image_url" in x:
            out += prefixed(
                _e1(x["source_image_url"]), ("properties", "source_image_url"), "source_image_url"
            )
        if "source_audio_url" in x:
            out += prefixed(
                _e1(x["source_audio_url"]), ("properties", "source_audio_url"), "source_audio_url"
            )
        if "prompt" in x:
            out += prefixed(_e3(x["prompt"]), ("properties", "prompt"), "prompt")
        if "output_resolution" in x:
            out += prefixed(
                _e4(x["output_resolution"]),
                ("properties", "output_resolution"),
                "output_resolution",
            )
        if "seed" in x:
            out += prefixed(_e5(x["seed"]), ("properties", "seed"), "seed")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


_N0 = Variant((), _v0, _e0, (), "/components/schemas/InfinitetalkAudioToVideoRequest")


BODIES: dict[str, Node] = {"infinitetalk.audio_to_video.create": _N0}
