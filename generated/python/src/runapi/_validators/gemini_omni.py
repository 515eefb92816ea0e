"""Request validation of the gemini_omni operations, compiled from their schemas.

Generated from spec/openapi.yaml by generator/targets/python_validators.py. Do not edit."""

from __future__ import annotations

from typing import Any

from .._schema_checks import (
    Err,
    Node,
    Rule,
    Variant,
    additional_message,
    equal,
    is_integer,
    is_number,
    is_uri,
    prefixed,
)

_C0 = frozenset(["audio_id", "example_dialogue", "model", "name", "voice_description"])
_C1 = ["audio_id", "name"]
_C2 = ("audio_id", "example_dialogue", "model", "name", "voice_description")
_C3 = frozenset(["audio_ids", "character_name", "descriptions", "model", "reference_image_url"])
_C4 = ["descriptions", "reference_image_url"]
_C5 = ("audio_ids", "character_name", "descriptions", "model", "reference_image_url")
_C6 = frozenset(
    [
        "aspect_ratio",
        "audio_ids",
        "callback_url",
        "character_ids",
        "duration_seconds",
        "model",
        "output_resolution",
        "prompt",
        "reference_image_urls",
        "seed",
        "video_list",
    ]
)
_C7 = frozenset(["ends", "start", "url"])
_C8 = ["url", "start", "ends"]
_C9 = ("ends", "start", "url")
_C10 = frozenset([4, 6, 8, 10])
_C11 = frozenset(["16:9", "9:16"])
_C12 = frozenset(["1080p", "4k", "720p"])
_C13 = ["prompt", "duration_seconds"]
_C14 = (
    "aspect_ratio",
    "audio_ids",
    "callback_url",
    "character_ids",
    "duration_seconds",
    "model",
    "output_resolution",
    "prompt",
    "reference_image_urls",
    "seed",
    "video_list",
)
_C15 = [4, 6, 8, 10]
_C16 = ["16:9", "9:16"]
_C17 = ["720p", "1080p", "4k"]


def _v0(x: Any) -> bool:
    return isinstance(x, dict) and ("audio_id" in x and "name" in x) and x.keys() <= _C0 and _p0(x)


def _p0(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (isinstance(y, str) and y == "gemini-omni-audio"):
            return False
    if "audio_id" in x:
        y = x["audio_id"]
        if not (isinstance(y, str)):
            return False
    if "name" in x:
        y = x["name"]
        if not (isinstance(y, str) and len(y) <= 210):
            return False
    if "voice_description" in x:
        y = x["voice_description"]
        if not (isinstance(y, str) and len(y) <= 20000):
            return False
    if "example_dialogue" in x:
        y = x["example_dialogue"]
        if not (isinstance(y, str) and len(y) <= 120):
            return False
    return True


def _e1(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not x == "gemini-omni-audio":
        out.append(Err("const", "gemini-omni-audio", x, "'gemini-omni-audio' was expected"))
    return out


def _e2(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    return out


def _e3(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if isinstance(x, str):
        if not len(x) <= 210:
            out.append(Err("maxLength", 210, x, repr(x) + " is too long"))
    return out


def _e4(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if isinstance(x, str):
        if not len(x) <= 20000:
            out.append(Err("maxLength", 20000, x, repr(x) + " is too long"))
    return out


def _e5(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if isinstance(x, str):
        if not len(x) <= 120:
            out.append(Err("maxLength", 120, x, repr(x) + " is too long"))
    return out


def _e0(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "audio_id" not in x:
            out.append(Err("required", _C1, x, "'audio_id' is a required property"))
        if "name" not in x:
            out.append(Err("required", _C1, x, "'name' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C0]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C2))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e1(x["model"]), ("properties", "model"), "model")
        if "audio_id" in x:
            out += prefixed(_e2(x["audio_id"]), ("properties", "audio_id"), "audio_id")
        if "name" in x:
            out += prefixed(_e3(x["name"]), ("properties", "name"), "name")
        if "voice_description" in x:
            out += prefixed(
                _e4(x["voice_description"]),
                ("properties", "voice_description"),
                "voice_description",
            )
        if "example_dialogue" in x:
            out += prefixed(
                _e5(x["example_dialogue"]), ("properties", "example_dialogue"), "example_dialogue"
            )
    return out


def _v7(x: Any) -> bool:
    return isinstance(x, list) and _x7_items(x)


def _x7_items(x: Any) -> bool:
    if not all((isinstance(y, str)) for y in x):
        return False
    return True


def _e7(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, list)):
        out.append(Err("type", "array", x, repr(x) + " is not of type 'array'"))
    if isinstance(x, list):
        for i in range(0, len(x)):
            out += prefixed(_e2(x[i]), ("items",), i)
    return out


def _v6(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("descriptions" in x and "reference_image_url" in x)
        and x.keys() <= _C3
        and _p6(x)
    )


def _p6(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (isinstance(y, str) and y == "gemini-omni-character"):
            return False
    if "descriptions" in x:
        y = x["descriptions"]
        if not (isinstance(y, str) and len(y) <= 20000):
            return False
    if "reference_image_url" in x:
        y = x["reference_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "audio_ids" in x:
        y = x["audio_ids"]
        if not _v7(y):
            return False
    if "character_name" in x:
        y = x["character_name"]
        if not (isinstance(y, str) and len(y) <= 210):
            return False
    return True


def _e8(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not x == "gemini-omni-character":
        out.append(Err("const", "gemini-omni-character", x, "'gemini-omni-character' was expected"))
    return out


def _v9(x: Any) -> bool:
    return isinstance(x, str) and is_uri(x)


def _e9(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if isinstance(x, str):
        if not is_uri(x):
            out.append(Err("format", "uri", x, repr(x) + " is not a 'uri'"))
    return out


def _e6(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "descriptions" not in x:
            out.append(Err("required", _C4, x, "'descriptions' is a required property"))
        if "reference_image_url" not in x:
            out.append(Err("required", _C4, x, "'reference_image_url' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C3]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C5))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e8(x["model"]), ("properties", "model"), "model")
        if "descriptions" in x:
            out += prefixed(_e4(x["descriptions"]), ("properties", "descriptions"), "descriptions")
        if "reference_image_url" in x:
            out += prefixed(
                _e9(x["reference_image_url"]),
                ("properties", "reference_image_url"),
                "reference_image_url",
            )
        if "audio_ids" in x:
            out += prefixed(_e7(x["audio_ids"]), ("properties", "audio_ids"), "audio_ids")
        if "character_name" in x:
            out += prefixed(
                _e3(x["character_name"]), ("properties", "character_name"), "character_name"
            )
    return out


def _v11(x: Any) -> bool:
    return isinstance(x, list) and len(x) <= 7 and _x11_items(x)


def _x11_items(x: Any) -> bool:
    if not all((isinstance(y, str) and is_uri(y)) for y in x):
        return False
    return True


def _e11(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, list)):
        out.append(Err("type", "array", x, repr(x) + " is not of type 'array'"))
    if isinstance(x, list):
        if not len(x) <= 7:
            out.append(Err("maxItems", 7, x, repr(x) + " is too long"))
    if isinstance(x, list):
        for i in range(0, len(x)):
            out += prefixed(_e9(x[i]), ("items",), i)
    return out


def _v12(x: Any) -> bool:
    return isinstance(x, list) and len(x) <= 3 and _x12_items(x)


def _x12_items(x: Any) -> bool:
    if not all((isinstance(y, str)) for y in x):
        return False
    return True


def _e12(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, list)):
        out.append(Err("type", "array", x, repr(x) + " is not of type 'array'"))
    if isinstance(x, list):
        if not len(x) <= 3:
            out.append(Err("maxItems", 3, x, repr(x) + " is too long"))
    if isinstance(x, list):
        for i in range(0, len(x)):
            out += prefixed(_e2(x[i]), ("items",), i)
    return out


def _v14(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("url" in x and "start" in x and "ends" in x)
        and x.keys() <= _C7
        and _p14(x)
    )


def _p14(x: dict[str, Any]) -> bool:
    if "url" in x:
        y = x["url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "start" in x:
        y = x["start"]
        if not (is_number(y) and y >= 0):
            return False
    if "ends" in x:
        y = x["ends"]
        if not (is_number(y) and y > 0):
            return False
    return True


def _e15(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_number(x)):
        out.append(Err("type", "number", x, repr(x) + " is not of type 'number'"))
    if is_number(x):
        if not x >= 0:
            out.append(Err("minimum", 0, x, repr(x) + " is less than the minimum of 0"))
    return out


def _e16(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_number(x)):
        out.append(Err("type", "number", x, repr(x) + " is not of type 'number'"))
    if is_number(x):
        if not x > 0:
            out.append(
                Err(
                    "exclusiveMinimum", 0, x, repr(x) + " is less than or equal to the minimum of 0"
                )
            )
    return out


def _e14(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "url" not in x:
            out.append(Err("required", _C8, x, "'url' is a required property"))
        if "start" not in x:
            out.append(Err("required", _C8, x, "'start' is a required property"))
        if "ends" not in x:
            out.append(Err("required", _C8, x, "'ends' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C7]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C9))
    if isinstance(x, dict):
        if "url" in x:
            out += prefixed(_e9(x["url"]), ("properties", "url"), "url")
        if "start" in x:
            out += prefixed(_e15(x["start"]), ("properties", "start"), "start")
        if "ends" in x:
            out += prefixed(_e16(x["ends"]), ("properties", "ends"), "ends")
    return out


def _v13(x: Any) -> bool:
    return isinstance(x, list) and len(x) <= 1 and _x13_items(x)


def _x13_items(x: Any) -> bool:
    if not all(_v14(y) for y in x):
        return False
    return True


def _e13(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, list)):
        out.append(Err("type", "array", x, repr(x) + " is not of type 'array'"))
    if isinstance(x, list):
        if not len(x) <= 1:
            out.append(Err("maxItems", 1, x, repr(x) + " is too long"))
    if isinstance(x, list):
        for i in range(0, len(x)):
            out += prefixed(_e14(x[i]), ("items",), i)
    return out


def _v10(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("prompt" in x and "duration_seconds" in x)
        and x.keys() <= _C6
        and _p10(x)
    )


def _p10(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (isinstance(y, str) and y == "gemini-omni-text-to-video"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) <= 20000):
            return False
    if "reference_image_urls" in x:
        y = x["reference_image_urls"]
        if not _v11(y):
            return False
    if "audio_ids" in x:
        y = x["audio_ids"]
        if not _v12(y):
            return False
    if "character_ids" in x:
        y = x["character_ids"]
        if not _v12(y):
            return False
    if "video_list" in x:
        y = x["video_list"]
        if not _v13(y):
            return False
    if "duration_seconds" in x:
        y = x["duration_seconds"]
        if not (is_number(y) and y in _C10):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C11):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (isinstance(y, str) and y in _C12):
            return False
    if "seed" in x:
        y = x["seed"]
        if not (is_integer(y) and y >= 0 and y <= 2147483647):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v9(y):
            return False
    return True


def _e17(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not x == "gemini-omni-text-to-video":
        out.append(
            Err("const", "gemini-omni-text-to-video", x, "'gemini-omni-text-to-video' was expected")
        )
    return out


def _e18(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_number(x)):
        out.append(Err("type", "number", x, repr(x) + " is not of type 'number'"))
    if not any(equal(each, x) for each in _C15):
        out.append(Err("enum", _C15, x, repr(x) + " is not one of [4, 6, 8, 10]"))
    return out


def _e19(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C11):
        out.append(Err("enum", _C16, x, repr(x) + " is not one of ['16:9', '9:16']"))
    return out


def _e20(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C12):
        out.append(Err("enum", _C17, x, repr(x) + " is not one of ['720p', '1080p', '4k']"))
    return out


def _e21(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_integer(x)):
        out.append(Err("type", "integer", x, repr(x) + " is not of type 'integer'"))
    if is_number(x):
        if not x >= 0:
            out.append(Err("minimum", 0, x, repr(x) + " is less than the minimum of 0"))
    if is_number(x):
        if not x <= 2147483647:
            out.append(
                Err(
                    "maximum", 2147483647, x, repr(x) + " is greater than the maximum of 2147483647"
                )
            )
    return out


def _e10(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "prompt" not in x:
            out.append(Err("required", _C13, x, "'prompt' is a required property"))
        if "duration_seconds" not in x:
            out.append(Err("required", _C13, x, "'duration_seconds' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C6]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C14))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e17(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e4(x["prompt"]), ("properties", "prompt"), "prompt")
        if "reference_image_urls" in x:
            out += prefixed(
                _e11(x["reference_image_urls"]),
                ("properties", "reference_image_urls"),
                "reference_image_urls",
            )
        if "audio_ids" in x:
            out += prefixed(_e12(x["audio_ids"]), ("properties", "audio_ids"), "audio_ids")
        if "character_ids" in x:
            out += prefixed(
                _e12(x["character_ids"]), ("properties", "character_ids"), "character_ids"
            )
        if "video_list" in x:
            out += prefixed(_e13(x["video_list"]), ("properties", "video_list"), "video_list")
        if "duration_seconds" in x:
            out += prefixed(
                _e18(x["duration_seconds"]), ("properties", "duration_seconds"), "duration_seconds"
            )
        if "aspect_ratio" in x:
            out += prefixed(_e19(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "output_resolution" in x:
            out += prefixed(
                _e20(x["output_resolution"]),
                ("properties", "output_resolution"),
                "output_resolution",
            )
        if "seed" in x:
            out += prefixed(_e21(x["seed"]), ("properties", "seed"), "seed")
        if "callback_url" in x:
            out += prefixed(_e9(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


_R0: tuple[Rule, ...] = (
    {
        "description": "Reference inputs share a 7-unit limit (each reference image counts 1, each video clip 2, each character ID 1)",
        "sum": {
            "terms": [
                {"path": "reference_image_urls", "measure": "count", "weight": 1},
                {"path": "video_list", "measure": "count", "weight": 2},
                {"path": "character_ids", "measure": "count", "weight": 1},
            ],
            "max": 7,
        },
    },
    {
        "description": "each video clip must end after it starts (ends greater than start)",
        "compare": {"each": "video_list", "left": "ends", "op": "gt", "right": "start"},
    },
    {
        "description": "the video clip may last at most 10 seconds (ends at most 10 seconds after start)",
        "sum": {
            "terms": [
                {"path": "video_list[*].ends", "measure": "value", "weight": 1},
                {"path": "video_list[*].start", "measure": "value", "weight": -1},
            ],
            "max": 10,
        },
    },
)


_N0 = Variant((), _v0, _e0, (), "/components/schemas/GeminiOmniCreateAudioRequest")
_N1 = Variant((), _v6, _e6, (), "/components/schemas/GeminiOmniCreateCharacterRequest")
_N2 = Variant(_R0, _v10, _e10, (), "/components/schemas/GeminiOmniTextToVideoRequest")


BODIES: dict[str, Node] = {
    "gemini_omni.create_audio": _N0,
    "gemini_omni.create_character": _N1,
    "gemini_omni.text_to_video.create": _N2,
}
