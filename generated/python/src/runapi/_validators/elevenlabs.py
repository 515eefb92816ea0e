"""Request validation of the elevenlabs operations, compiled from their schemas.

Generated from spec/openapi.yaml by generator/targets/python_validators.py. Do not edit."""

from __future__ import annotations

from typing import Any

from .._schema_checks import (
    Choice,
    Err,
    Node,
    Rule,
    Variant,
    additional_message,
    is_number,
    is_uri,
    not_multiple,
    prefixed,
)

_C0 = frozenset(["callback_url", "model", "source_audio_url"])
_C1 = ["source_audio_url"]
_C2 = ("callback_url", "model", "source_audio_url")
_C3 = frozenset(
    ["callback_url", "diarize", "language_code", "model", "source_audio_url", "tag_audio_events"]
)
_C4 = ("callback_url", "diarize", "language_code", "model", "source_audio_url", "tag_audio_events")
_C5 = frozenset(["callback_url", "dialogue", "language_code", "model", "stability"])
_C6 = ["text", "voice"]
_C7 = ["dialogue"]
_C8 = ("callback_url", "dialogue", "language_code", "model", "stability")
_C9 = frozenset(
    [
        "callback_url",
        "duration_seconds",
        "loop",
        "model",
        "output_format",
        "prompt_influence",
        "text",
    ]
)
_C10 = frozenset(
    [
        "alaw_8000",
        "mp3_22050_32",
        "mp3_44100_128",
        "mp3_44100_192",
        "mp3_44100_32",
        "mp3_44100_64",
        "mp3_44100_96",
        "opus_48000_128",
        "opus_48000_192",
        "opus_48000_32",
        "opus_48000_64",
        "opus_48000_96",
        "pcm_16000",
        "pcm_22050",
        "pcm_24000",
        "pcm_44100",
        "pcm_48000",
        "pcm_8000",
        "ulaw_8000",
    ]
)
_C11 = ["text"]
_C12 = (
    "callback_url",
    "duration_seconds",
    "loop",
    "model",
    "output_format",
    "prompt_influence",
    "text",
)
_C13 = [
    "mp3_22050_32",
    "mp3_44100_32",
    "mp3_44100_64",
    "mp3_44100_96",
    "mp3_44100_128",
    "mp3_44100_192",
    "pcm_8000",
    "pcm_16000",
    "pcm_22050",
    "pcm_24000",
    "pcm_44100",
    "pcm_48000",
    "ulaw_8000",
    "alaw_8000",
    "opus_48000_32",
    "opus_48000_64",
    "opus_48000_96",
    "opus_48000_128",
    "opus_48000_192",
]
_C14 = frozenset(
    [
        "callback_url",
        "language_code",
        "model",
        "next_text",
        "previous_text",
        "similarity_boost",
        "speed",
        "stability",
        "style",
        "text",
        "timestamps",
        "voice",
    ]
)
_C15 = ["model", "text"]
_C16 = (
    "callback_url",
    "language_code",
    "model",
    "next_text",
    "previous_text",
    "similarity_boost",
    "speed",
    "stability",
    "style",
    "text",
    "timestamps",
    "voice",
)
_C17 = ["model", "text", "voice"]


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
    return isinstance(x, dict) and "source_audio_url" in x and x.keys() <= _C0 and _p0(x)


def _p0(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (isinstance(y, str) and y == "audio-isolation"):
            return False
    if "source_audio_url" in x:
        y = x["source_audio_url"]
        if not (isinstance(y, str) and is_uri(y)):
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
    if not x == "audio-isolation":
        out.append(Err("const", "audio-isolation", x, "'audio-isolation' was expected"))
    return out


def _e0(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "source_audio_url" not in x:
            out.append(Err("required", _C1, x, "'source_audio_url' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C0]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C2))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e2(x["model"]), ("properties", "model"), "model")
        if "source_audio_url" in x:
            out += prefixed(
                _e1(x["source_audio_url"]), ("properties", "source_audio_url"), "source_audio_url"
            )
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


def _v3(x: Any) -> bool:
    return isinstance(x, dict) and "source_audio_url" in x and x.keys() <= _C3 and _p3(x)


def _p3(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (isinstance(y, str) and y == "speech-to-text"):
            return False
    if "source_audio_url" in x:
        y = x["source_audio_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "language_code" in x:
        y = x["language_code"]
        if not (isinstance(y, str)):
            return False
    if "tag_audio_events" in x:
        y = x["tag_audio_events"]
        if not (isinstance(y, bool)):
            return False
    if "diarize" in x:
        y = x["diarize"]
        if not (isinstance(y, bool)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    return True


def _e4(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not x == "speech-to-text":
        out.append(Err("const", "speech-to-text", x, "'speech-to-text' was expected"))
    return out


def _e5(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    return out


def _e6(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, bool)):
        out.append(Err("type", "boolean", x, repr(x) + " is not of type 'boolean'"))
    return out


def _e3(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "source_audio_url" not in x:
            out.append(Err("required", _C1, x, "'source_audio_url' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C3]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C4))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e4(x["model"]), ("properties", "model"), "model")
        if "source_audio_url" in x:
            out += prefixed(
                _e1(x["source_audio_url"]), ("properties", "source_audio_url"), "source_audio_url"
            )
        if "language_code" in x:
            out += prefixed(
                _e5(x["language_code"]), ("properties", "language_code"), "language_code"
            )
        if "tag_audio_events" in x:
            out += prefixed(
                _e6(x["tag_audio_events"]), ("properties", "tag_audio_events"), "tag_audio_events"
            )
        if "diarize" in x:
            out += prefixed(_e6(x["diarize"]), ("properties", "diarize"), "diarize")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


def _v9(x: Any) -> bool:
    return isinstance(x, dict) and ("text" in x and "voice" in x) and _p9(x)


def _p9(x: dict[str, Any]) -> bool:
    if "text" in x:
        y = x["text"]
        if not (isinstance(y, str)):
            return False
    if "voice" in x:
        y = x["voice"]
        if not (isinstance(y, str)):
            return False
    return True


def _e9(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "text" not in x:
            out.append(Err("required", _C6, x, "'text' is a required property"))
        if "voice" not in x:
            out.append(Err("required", _C6, x, "'voice' is a required property"))
    if isinstance(x, dict):
        if "text" in x:
            out += prefixed(_e5(x["text"]), ("properties", "text"), "text")
        if "voice" in x:
            out += prefixed(_e5(x["voice"]), ("properties", "voice"), "voice")
    return out


def _v8(x: Any) -> bool:
    return isinstance(x, list) and _x8_items(x)


def _x8_items(x: Any) -> bool:
    if not all(_v9(y) for y in x):
        return False
    return True


def _e8(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, list)):
        out.append(Err("type", "array", x, repr(x) + " is not of type 'array'"))
    if isinstance(x, list):
        for i in range(0, len(x)):
            out += prefixed(_e9(x[i]), ("items",), i)
    return out


def _v10(x: Any) -> bool:
    return is_number(x) and x >= 0 and x <= 1 and not not_multiple(x, 0.5)


def _e10(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_number(x)):
        out.append(Err("type", "number", x, repr(x) + " is not of type 'number'"))
    if is_number(x):
        if not x >= 0:
            out.append(Err("minimum", 0, x, repr(x) + " is less than the minimum of 0"))
    if is_number(x):
        if not x <= 1:
            out.append(Err("maximum", 1, x, repr(x) + " is greater than the maximum of 1"))
    if is_number(x):
        if not_multiple(x, 0.5):
            out.append(Err("multipleOf", 0.5, x, repr(x) + " is not a multiple of 0.5"))
    return out


def _v7(x: Any) -> bool:
    return isinstance(x, dict) and "dialogue" in x and x.keys() <= _C5 and _p7(x)


def _p7(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (isinstance(y, str) and y == "text-to-dialogue-v3"):
            return False
    if "dialogue" in x:
        y = x["dialogue"]
        if not _v8(y):
            return False
    if "stability" in x:
        y = x["stability"]
        if not _v10(y):
            return False
    if "language_code" in x:
        y = x["language_code"]
        if not (isinstance(y, str)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    return True


def _e11(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not x == "text-to-dialogue-v3":
        out.append(Err("const", "text-to-dialogue-v3", x, "'text-to-dialogue-v3' was expected"))
    return out


def _e7(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "dialogue" not in x:
            out.append(Err("required", _C7, x, "'dialogue' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C5]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C8))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e11(x["model"]), ("properties", "model"), "model")
        if "dialogue" in x:
            out += prefixed(_e8(x["dialogue"]), ("properties", "dialogue"), "dialogue")
        if "stability" in x:
            out += prefixed(_e10(x["stability"]), ("properties", "stability"), "stability")
        if "language_code" in x:
            out += prefixed(
                _e5(x["language_code"]), ("properties", "language_code"), "language_code"
            )
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


def _v12(x: Any) -> bool:
    return isinstance(x, dict) and "text" in x and x.keys() <= _C9 and _p12(x)


def _p12(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (isinstance(y, str) and y == "sound-effect-v2"):
            return False
    if "text" in x:
        y = x["text"]
        if not (isinstance(y, str) and len(y) <= 5000):
            return False
    if "loop" in x:
        y = x["loop"]
        if not (isinstance(y, bool)):
            return False
    if "duration_seconds" in x:
        y = x["duration_seconds"]
        if not (is_number(y) and y >= 0.5 and y <= 22):
            return False
    if "prompt_influence" in x:
        y = x["prompt_influence"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    if "output_format" in x:
        y = x["output_format"]
        if not (isinstance(y, str) and y in _C10):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    return True


def _e13(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not x == "sound-effect-v2":
        out.append(Err("const", "sound-effect-v2", x, "'sound-effect-v2' was expected"))
    return out


def _e14(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if isinstance(x, str):
        if not len(x) <= 5000:
            out.append(Err("maxLength", 5000, x, repr(x) + " is too long"))
    return out


def _e15(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_number(x)):
        out.append(Err("type", "number", x, repr(x) + " is not of type 'number'"))
    if is_number(x):
        if not x >= 0.5:
            out.append(Err("minimum", 0.5, x, repr(x) + " is less than the minimum of 0.5"))
    if is_number(x):
        if not x <= 22:
            out.append(Err("maximum", 22, x, repr(x) + " is greater than the maximum of 22"))
    return out


def _e16(x: Any) -> list[Err]:
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


def _e17(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C10):
        out.append(
            Err(
                "enum",
                _C13,
                x,
                repr(x)
                + " is not one of ['mp3_22050_32', 'mp3_44100_32', 'mp3_44100_64', 'mp3_44100_96', 'mp3_44100_128', 'mp3_44100_192', 'pcm_8000', 'pcm_16000', 'pcm_22050', 'pcm_24000', 'pcm_44100', 'pcm_48000', 'ulaw_8000', 'alaw_8000', 'opus_48000_32', 'opus_48000_64', 'opus_48000_96', 'opus_48000_128', 'opus_48000_192']",
            )
        )
    return out


def _e12(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "text" not in x:
            out.append(Err("required", _C11, x, "'text' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C9]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C12))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e13(x["model"]), ("properties", "model"), "model")
        if "text" in x:
            out += prefixed(_e14(x["text"]), ("properties", "text"), "text")
        if "loop" in x:
            out += prefixed(_e6(x["loop"]), ("properties", "loop"), "loop")
        if "duration_seconds" in x:
            out += prefixed(
                _e15(x["duration_seconds"]), ("properties", "duration_seconds"), "duration_seconds"
            )
        if "prompt_influence" in x:
            out += prefixed(
                _e16(x["prompt_influence"]), ("properties", "prompt_influence"), "prompt_influence"
            )
        if "output_format" in x:
            out += prefixed(
                _e17(x["output_format"]), ("properties", "output_format"), "output_format"
            )
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


def _v18(x: Any) -> bool:
    return isinstance(x, dict) and ("model" in x and "text" in x) and x.keys() <= _C14 and _p18(x)


def _p18(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (isinstance(y, str) and y == "text-to-speech-turbo-v2.5"):
            return False
    if "text" in x:
        y = x["text"]
        if not (isinstance(y, str) and len(y) <= 5000):
            return False
    if "voice" in x:
        y = x["voice"]
        if not (isinstance(y, str)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    if "stability" in x:
        y = x["stability"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    if "similarity_boost" in x:
        y = x["similarity_boost"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    if "style" in x:
        y = x["style"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    if "speed" in x:
        y = x["speed"]
        if not (is_number(y) and y >= 0.7 and y <= 1.2):
            return False
    if "timestamps" in x:
        y = x["timestamps"]
        if not (isinstance(y, bool)):
            return False
    if "previous_text" in x:
        y = x["previous_text"]
        if not (isinstance(y, str)):
            return False
    if "next_text" in x:
        y = x["next_text"]
        if not (isinstance(y, str)):
            return False
    if "language_code" in x:
        y = x["language_code"]
        if not (isinstance(y, str)):
            return False
    return True


def _e19(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not x == "text-to-speech-turbo-v2.5":
        out.append(
            Err("const", "text-to-speech-turbo-v2.5", x, "'text-to-speech-turbo-v2.5' was expected")
        )
    return out


def _e20(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_number(x)):
        out.append(Err("type", "number", x, repr(x) + " is not of type 'number'"))
    if is_number(x):
        if not x >= 0.7:
            out.append(Err("minimum", 0.7, x, repr(x) + " is less than the minimum of 0.7"))
    if is_number(x):
        if not x <= 1.2:
            out.append(Err("maximum", 1.2, x, repr(x) + " is greater than the maximum of 1.2"))
    return out


def _e18(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C15, x, "'model' is a required property"))
        if "text" not in x:
            out.append(Err("required", _C15, x, "'text' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C14]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C16))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e19(x["model"]), ("properties", "model"), "model")
        if "text" in x:
            out += prefixed(_e14(x["text"]), ("properties", "text"), "text")
        if "voice" in x:
            out += prefixed(_e5(x["voice"]), ("properties", "voice"), "voice")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "stability" in x:
            out += prefixed(_e16(x["stability"]), ("properties", "stability"), "stability")
        if "similarity_boost" in x:
            out += prefixed(
                _e16(x["similarity_boost"]), ("properties", "similarity_boost"), "similarity_boost"
            )
        if "style" in x:
            out += prefixed(_e16(x["style"]), ("properties", "style"), "style")
        if "speed" in x:
            out += prefixed(_e20(x["speed"]), ("properties", "speed"), "speed")
        if "timestamps" in x:
            out += prefixed(_e6(x["timestamps"]), ("properties", "timestamps"), "timestamps")
        if "previous_text" in x:
            out += prefixed(
                _e5(x["previous_text"]), ("properties", "previous_text"), "previous_text"
            )
        if "next_text" in x:
            out += prefixed(_e5(x["next_text"]), ("properties", "next_text"), "next_text")
        if "language_code" in x:
            out += prefixed(
                _e5(x["language_code"]), ("properties", "language_code"), "language_code"
            )
    return out


def _v21(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("model" in x and "text" in x and "voice" in x)
        and x.keys() <= _C14
        and _p21(x)
    )


def _p21(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (isinstance(y, str) and y == "text-to-speech-multilingual-v2"):
            return False
    if "text" in x:
        y = x["text"]
        if not (isinstance(y, str) and len(y) <= 5000):
            return False
    if "voice" in x:
        y = x["voice"]
        if not (isinstance(y, str)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    if "stability" in x:
        y = x["stability"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    if "similarity_boost" in x:
        y = x["similarity_boost"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    if "style" in x:
        y = x["style"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    if "speed" in x:
        y = x["speed"]
        if not (is_number(y) and y >= 0.7 and y <= 1.2):
            return False
    if "timestamps" in x:
        y = x["timestamps"]
        if not (isinstance(y, bool)):
            return False
    if "previous_text" in x:
        y = x["previous_text"]
        if not (isinstance(y, str)):
            return False
    if "next_text" in x:
        y = x["next_text"]
        if not (isinstance(y, str)):
            return False
    if "language_code" in x:
        y = x["language_code"]
        if not (isinstance(y, str)):
            return False
    return True


def _e22(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not x == "text-to-speech-multilingual-v2":
        out.append(
            Err(
                "const",
                "text-to-speech-multilingual-v2",
                x,
                "'text-to-speech-multilingual-v2' was expected",
            )
        )
    return out


def _e21(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C17, x, "'model' is a required property"))
        if "text" not in x:
            out.append(Err("required", _C17, x, "'text' is a required property"))
        if "voice" not in x:
            out.append(Err("required", _C17, x, "'voice' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C14]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C16))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e22(x["model"]), ("properties", "model"), "model")
        if "text" in x:
            out += prefixed(_e14(x["text"]), ("properties", "text"), "text")
        if "voice" in x:
            out += prefixed(_e5(x["voice"]), ("properties", "voice"), "voice")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "stability" in x:
            out += prefixed(_e16(x["stability"]), ("properties", "stability"), "stability")
        if "similarity_boost" in x:
            out += prefixed(
                _e16(x["similarity_boost"]), ("properties", "similarity_boost"), "similarity_boost"
            )
        if "style" in x:
            out += prefixed(_e16(x["style"]), ("properties", "style"), "style")
        if "speed" in x:
            out += prefixed(_e20(x["speed"]), ("properties", "speed"), "speed")
        if "timestamps" in x:
            out += prefixed(_e6(x["timestamps"]), ("properties", "timestamps"), "timestamps")
        if "previous_text" in x:
            out += prefixed(
                _e5(x["previous_text"]), ("properties", "previous_text"), "previous_text"
            )
        if "next_text" in x:
            out += prefixed(_e5(x["next_text"]), ("properties", "next_text"), "next_text")
        if "language_code" in x:
            out += prefixed(
                _e5(x["language_code"]), ("properties", "language_code"), "language_code"
            )
    return out


_R0: tuple[Rule, ...] = (
    {
        "description": "the dialogue text may total at most 5000 characters",
        "sum": {"terms": [{"path": "dialogue[*].text", "measure": "length"}], "max": 5000},
    },
)


_N0 = Variant((), _v0, _e0, (), "/components/schemas/ElevenlabsIsolateAudioRequest")
_N1 = Variant((), _v3, _e3, (), "/components/schemas/ElevenlabsSpeechToTextRequest")
_N2 = Variant(_R0, _v7, _e7, (), "/components/schemas/ElevenlabsTextToDialogueRequest")
_N3 = Variant((), _v12, _e12, (), "/components/schemas/ElevenlabsTextToSoundRequest")
_N4 = Variant((), _v18, _e18, (), "/components/schemas/ElevenlabsTextToSpeechRequestTurboV25")
_N5 = Variant((), _v21, _e21, (), "/components/schemas/ElevenlabsTextToSpeechRequestMultilingualV2")
_N6 = Choice((), "model", {"text-to-speech-turbo-v2.5": _N4, "text-to-speech-multilingual-v2": _N5})


BODIES: dict[str, Node] = {
    "elevenlabs.isolate_audio.create": _N0,
    "elevenlabs.speech_to_text.create": _N1,
    "elevenlabs.text_to_dialogue.create": _N2,
    "elevenlabs.text_to_sound.create": _N3,
    "elevenlabs.text_to_speech.create": _N6,
}
