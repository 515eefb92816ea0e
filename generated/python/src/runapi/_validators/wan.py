"""Request validation of the wan operations, compiled from their schemas.

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
        "enable_safety_checker",
        "model",
        "output_resolution",
        "reference_video_url",
        "source_image_url",
    ]
)
_C1 = frozenset(["wan-2.2-animate-move", "wan-2.2-animate-replace"])
_C2 = frozenset(["480p", "580p", "720p"])
_C3 = ["model", "reference_video_url", "source_image_url"]
_C4 = (
    "callback_url",
    "enable_safety_checker",
    "model",
    "output_resolution",
    "reference_video_url",
    "source_image_url",
)
_C5 = ["wan-2.2-animate-move", "wan-2.2-animate-replace"]
_C6 = ["480p", "580p", "720p"]
_C7 = frozenset(
    [
        "aspect_ratio",
        "audio_setting",
        "callback_url",
        "duration_seconds",
        "enable_prompt_expansion",
        "enable_safety_checker",
        "model",
        "negative_prompt",
        "output_resolution",
        "prompt",
        "reference_image_url",
        "seed",
        "source_video_url",
        "source_video_urls",
        "watermark",
    ]
)
_C8 = frozenset(["1080p", "720p"])
_C9 = ["model", "source_video_urls"]
_C10 = (
    "aspect_ratio",
    "audio_setting",
    "callback_url",
    "duration_seconds",
    "enable_prompt_expansion",
    "enable_safety_checker",
    "model",
    "negative_prompt",
    "output_resolution",
    "prompt",
    "reference_image_url",
    "seed",
    "source_video_url",
    "source_video_urls",
    "watermark",
)
_C11 = ["720p", "1080p"]
_C12 = frozenset(
    [
        "aspect_ratio",
        "audio",
        "audio_setting",
        "callback_url",
        "duration_seconds",
        "enable_prompt_expansion",
        "enable_safety_checker",
        "model",
        "multi_shots",
        "negative_prompt",
        "output_resolution",
        "prompt",
        "reference_image_url",
        "seed",
        "source_video_url",
        "source_video_urls",
        "watermark",
    ]
)
_C13 = (
    "aspect_ratio",
    "audio",
    "audio_setting",
    "callback_url",
    "duration_seconds",
    "enable_prompt_expansion",
    "enable_safety_checker",
    "model",
    "multi_shots",
    "negative_prompt",
    "output_resolution",
    "prompt",
    "reference_image_url",
    "seed",
    "source_video_url",
    "source_video_urls",
    "watermark",
)
_C14 = frozenset(["16:9", "1:1", "3:4", "4:3", "9:16"])
_C15 = ["model", "source_video_url"]
_C16 = ["16:9", "9:16", "1:1", "4:3", "3:4"]
_C17 = frozenset(
    [
        "acceleration",
        "aspect_ratio",
        "callback_url",
        "duration_seconds",
        "enable_prompt_expansion",
        "enable_safety_checker",
        "first_frame_image_url",
        "model",
        "output_resolution",
        "prompt",
        "seed",
    ]
)
_C18 = frozenset(["480p", "720p"])
_C19 = ["model", "first_frame_image_url"]
_C20 = (
    "acceleration",
    "aspect_ratio",
    "callback_url",
    "duration_seconds",
    "enable_prompt_expansion",
    "enable_safety_checker",
    "first_frame_image_url",
    "model",
    "output_resolution",
    "prompt",
    "seed",
)
_C21 = ["480p", "720p"]
_C22 = frozenset(
    [
        "acceleration",
        "aspect_ratio",
        "callback_url",
        "duration_seconds",
        "enable_prompt_expansion",
        "enable_safety_checker",
        "first_frame_image_url",
        "model",
        "negative_prompt",
        "output_resolution",
        "prompt",
        "seed",
    ]
)
_C23 = ["model", "first_frame_image_url", "duration_seconds"]
_C24 = (
    "acceleration",
    "aspect_ratio",
    "callback_url",
    "duration_seconds",
    "enable_prompt_expansion",
    "enable_safety_checker",
    "first_frame_image_url",
    "model",
    "negative_prompt",
    "output_resolution",
    "prompt",
    "seed",
)
_C25 = frozenset(
    [
        "acceleration",
        "callback_url",
        "duration_seconds",
        "enable_prompt_expansion",
        "enable_safety_checker",
        "first_frame_image_url",
        "model",
        "output_resolution",
        "prompt",
    ]
)
_C26 = ["model", "prompt", "first_frame_image_url"]
_C27 = (
    "acceleration",
    "callback_url",
    "duration_seconds",
    "enable_prompt_expansion",
    "enable_safety_checker",
    "first_frame_image_url",
    "model",
    "output_resolution",
    "prompt",
)
_C28 = frozenset(
    [
        "acceleration",
        "audio",
        "callback_url",
        "duration_seconds",
        "enable_prompt_expansion",
        "enable_safety_checker",
        "first_frame_image_url",
        "model",
        "multi_shots",
        "output_resolution",
        "prompt",
    ]
)
_C29 = frozenset([5, 10, 15])
_C30 = (
    "acceleration",
    "audio",
    "callback_url",
    "duration_seconds",
    "enable_prompt_expansion",
    "enable_safety_checker",
    "first_frame_image_url",
    "model",
    "multi_shots",
    "output_resolution",
    "prompt",
)
_C31 = [5, 10, 15]
_C32 = frozenset(
    [
        "acceleration",
        "background_audio_url",
        "callback_url",
        "driving_audio_url",
        "duration_seconds",
        "enable_prompt_expansion",
        "enable_safety_checker",
        "first_frame_image_url",
        "last_frame_image_url",
        "model",
        "negative_prompt",
        "output_resolution",
        "prompt",
        "ratio",
        "seed",
        "source_video_url",
        "watermark",
    ]
)
_C33 = ["model", "prompt"]
_C34 = (
    "acceleration",
    "background_audio_url",
    "callback_url",
    "driving_audio_url",
    "duration_seconds",
    "enable_prompt_expansion",
    "enable_safety_checker",
    "first_frame_image_url",
    "last_frame_image_url",
    "model",
    "negative_prompt",
    "output_resolution",
    "prompt",
    "ratio",
    "seed",
    "source_video_url",
    "watermark",
)
_C35 = frozenset(
    [
        "callback_url",
        "enable_safety_checker",
        "frames_per_second",
        "guidance_scale",
        "model",
        "negative_prompt",
        "num_frames",
        "num_inference_steps",
        "output_resolution",
        "prompt",
        "seed",
        "shift",
        "source_audio_url",
        "source_image_url",
    ]
)
_C36 = ["model", "source_image_url", "source_audio_url"]
_C37 = (
    "callback_url",
    "enable_safety_checker",
    "frames_per_second",
    "guidance_scale",
    "model",
    "negative_prompt",
    "num_frames",
    "num_inference_steps",
    "output_resolution",
    "prompt",
    "seed",
    "shift",
    "source_audio_url",
    "source_image_url",
)
_C38 = frozenset(
    [
        "aspect_ratio",
        "bbox_list",
        "callback_url",
        "color_palette",
        "enable_safety_checker",
        "enable_sequential",
        "model",
        "output_count",
        "output_resolution",
        "prompt",
        "seed",
        "source_image_urls",
        "watermark",
    ]
)
_C39 = frozenset(["16:9", "1:1", "1:8", "21:9", "3:4", "4:3", "8:1", "9:16"])
_C40 = frozenset(["1k", "2k", "4k"])
_C41 = ["hex", "ratio"]
_C42 = ["number", "string"]
_C43 = (
    "aspect_ratio",
    "bbox_list",
    "callback_url",
    "color_palette",
    "enable_safety_checker",
    "enable_sequential",
    "model",
    "output_count",
    "output_resolution",
    "prompt",
    "seed",
    "source_image_urls",
    "watermark",
)
_C44 = ["1:1", "16:9", "4:3", "21:9", "3:4", "9:16", "8:1", "1:8"]
_C45 = ["1k", "2k", "4k"]
_C46 = frozenset(
    [
        "aspect_ratio",
        "bbox_list",
        "callback_url",
        "color_palette",
        "enable_safety_checker",
        "enable_sequential",
        "model",
        "output_count",
        "output_resolution",
        "prompt",
        "seed",
        "source_image_urls",
        "thinking_mode",
        "watermark",
    ]
)
_C47 = (
    "aspect_ratio",
    "bbox_list",
    "callback_url",
    "color_palette",
    "enable_safety_checker",
    "enable_sequential",
    "model",
    "output_count",
    "output_resolution",
    "prompt",
    "seed",
    "source_image_urls",
    "thinking_mode",
    "watermark",
)
_C48 = frozenset(
    [
        "acceleration",
        "aspect_ratio",
        "callback_url",
        "duration_seconds",
        "enable_prompt_expansion",
        "enable_safety_checker",
        "first_frame_image_url",
        "model",
        "output_resolution",
        "prompt",
        "reference_audio_url",
        "reference_image_urls",
        "reference_video_urls",
        "seed",
    ]
)
_C49 = (
    "acceleration",
    "aspect_ratio",
    "callback_url",
    "duration_seconds",
    "enable_prompt_expansion",
    "enable_safety_checker",
    "first_frame_image_url",
    "model",
    "output_resolution",
    "prompt",
    "reference_audio_url",
    "reference_image_urls",
    "reference_video_urls",
    "seed",
)
_C50 = frozenset(
    [
        "aspect_ratio",
        "callback_url",
        "duration_seconds",
        "enable_prompt_expansion",
        "enable_safety_checker",
        "first_frame_image_url",
        "model",
        "negative_prompt",
        "output_resolution",
        "prompt",
        "reference_audio_url",
        "reference_image_urls",
        "reference_video_urls",
        "seed",
    ]
)
_C51 = ["model", "prompt", "duration_seconds"]
_C52 = (
    "aspect_ratio",
    "callback_url",
    "duration_seconds",
    "enable_prompt_expansion",
    "enable_safety_checker",
    "first_frame_image_url",
    "model",
    "negative_prompt",
    "output_resolution",
    "prompt",
    "reference_audio_url",
    "reference_image_urls",
    "reference_video_urls",
    "seed",
)
_C53 = frozenset(
    [
        "aspect_ratio",
        "callback_url",
        "duration_seconds",
        "enable_prompt_expansion",
        "enable_safety_checker",
        "first_frame_image_url",
        "model",
        "multi_shots",
        "output_resolution",
        "prompt",
        "reference_audio_url",
        "reference_image_urls",
        "reference_video_urls",
    ]
)
_C54 = (
    "aspect_ratio",
    "callback_url",
    "duration_seconds",
    "enable_prompt_expansion",
    "enable_safety_checker",
    "first_frame_image_url",
    "model",
    "multi_shots",
    "output_resolution",
    "prompt",
    "reference_audio_url",
    "reference_image_urls",
    "reference_video_urls",
)
_C55 = frozenset(
    [
        "background_audio_url",
        "callback_url",
        "duration_seconds",
        "enable_prompt_expansion",
        "enable_safety_checker",
        "first_frame_image_url",
        "model",
        "negative_prompt",
        "output_resolution",
        "prompt",
        "ratio",
        "reference_audio_url",
        "reference_image_urls",
        "reference_video_urls",
        "seed",
        "watermark",
    ]
)
_C56 = (
    "background_audio_url",
    "callback_url",
    "duration_seconds",
    "enable_prompt_expansion",
    "enable_safety_checker",
    "first_frame_image_url",
    "model",
    "negative_prompt",
    "output_resolution",
    "prompt",
    "ratio",
    "reference_audio_url",
    "reference_image_urls",
    "reference_video_urls",
    "seed",
    "watermark",
)
_C57 = frozenset(
    [
        "callback_url",
        "duration_seconds",
        "enable_prompt_expansion",
        "enable_safety_checker",
        "first_frame_image_url",
        "model",
        "negative_prompt",
        "output_resolution",
        "prompt",
        "ratio",
        "reference_audio_url",
        "reference_image_urls",
        "reference_video_urls",
        "seed",
        "watermark",
    ]
)
_C58 = ["reference_image_urls"]
_C59 = ["reference_video_urls"]
_C60 = [
    {"required": ["reference_image_urls"], "properties": {"reference_image_urls": {"minItems": 1}}},
    {"required": ["reference_video_urls"], "properties": {"reference_video_urls": {"minItems": 1}}},
]
_C61 = (
    "callback_url",
    "duration_seconds",
    "enable_prompt_expansion",
    "enable_safety_checker",
    "first_frame_image_url",
    "model",
    "negative_prompt",
    "output_resolution",
    "prompt",
    "ratio",
    "reference_audio_url",
    "reference_image_urls",
    "reference_video_urls",
    "seed",
    "watermark",
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
        and ("model" in x and "reference_video_url" in x and "source_image_url" in x)
        and x.keys() <= _C0
        and _p0(x)
    )


def _p0(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (isinstance(y, str) and y in _C1):
            return False
    if "reference_video_url" in x:
        y = x["reference_video_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "source_image_url" in x:
        y = x["source_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (isinstance(y, str) and y in _C2):
            return False
    if "enable_safety_checker" in x:
        y = x["enable_safety_checker"]
        if not (isinstance(y, bool)):
            return False
    return True


def _e2(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C1):
        out.append(
            Err(
                "enum",
                _C5,
                x,
                repr(x) + " is not one of ['wan-2.2-animate-move', 'wan-2.2-animate-replace']",
            )
        )
    return out


def _e3(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C2):
        out.append(Err("enum", _C6, x, repr(x) + " is not one of ['480p', '580p', '720p']"))
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
            out.append(Err("required", _C3, x, "'model' is a required property"))
        if "reference_video_url" not in x:
            out.append(Err("required", _C3, x, "'reference_video_url' is a required property"))
        if "source_image_url" not in x:
            out.append(Err("required", _C3, x, "'source_image_url' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C0]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C4))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e2(x["model"]), ("properties", "model"), "model")
        if "reference_video_url" in x:
            out += prefixed(
                _e1(x["reference_video_url"]),
                ("properties", "reference_video_url"),
                "reference_video_url",
            )
        if "source_image_url" in x:
            out += prefixed(
                _e1(x["source_image_url"]), ("properties", "source_image_url"), "source_image_url"
            )
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "output_resolution" in x:
            out += prefixed(
                _e3(x["output_resolution"]),
                ("properties", "output_resolution"),
                "output_resolution",
            )
        if "enable_safety_checker" in x:
            out += prefixed(
                _e4(x["enable_safety_checker"]),
                ("properties", "enable_safety_checker"),
                "enable_safety_checker",
            )
    return out


def _v6(x: Any) -> bool:
    return isinstance(x, list) and _x6_items(x)


def _x6_items(x: Any) -> bool:
    if not all((isinstance(y, str) and is_uri(y)) for y in x):
        return False
    return True


def _e6(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, list)):
        out.append(Err("type", "array", x, repr(x) + " is not of type 'array'"))
    if isinstance(x, list):
        for i in range(0, len(x)):
            out += prefixed(_e1(x[i]), ("items",), i)
    return out


def _v5(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("model" in x and "source_video_urls" in x)
        and x.keys() <= _C7
        and _p5(x)
    )


def _p5(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "wan-2.6-edit-video"):
            return False
    if "source_video_urls" in x:
        y = x["source_video_urls"]
        if not _v6(y):
            return False
    if "source_video_url" in x:
        y = x["source_video_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    if "negative_prompt" in x:
        y = x["negative_prompt"]
        if not (isinstance(y, str)):
            return False
    if "reference_image_url" in x:
        y = x["reference_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (isinstance(y, str) and y in _C8):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str)):
            return False
    if "duration_seconds" in x:
        y = x["duration_seconds"]
        if not (is_number(y)):
            return False
    if "audio_setting" in x:
        y = x["audio_setting"]
        if not (isinstance(y, str)):
            return False
    if "enable_prompt_expansion" in x:
        y = x["enable_prompt_expansion"]
        if not (isinstance(y, bool)):
            return False
    if "watermark" in x:
        y = x["watermark"]
        if not (isinstance(y, bool)):
            return False
    if "seed" in x:
        y = x["seed"]
        if not (is_integer(y)):
            return False
    if "enable_safety_checker" in x:
        y = x["enable_safety_checker"]
        if not (isinstance(y, bool)):
            return False
    return True


def _e7(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "wan-2.6-edit-video":
        out.append(Err("const", "wan-2.6-edit-video", x, "'wan-2.6-edit-video' was expected"))
    return out


def _e8(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    return out


def _e9(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C8):
        out.append(Err("enum", _C11, x, repr(x) + " is not one of ['720p', '1080p']"))
    return out


def _e10(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_number(x)):
        out.append(Err("type", "number", x, repr(x) + " is not of type 'number'"))
    return out


def _e11(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_integer(x)):
        out.append(Err("type", "integer", x, repr(x) + " is not of type 'integer'"))
    return out


def _e5(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C9, x, "'model' is a required property"))
        if "source_video_urls" not in x:
            out.append(Err("required", _C9, x, "'source_video_urls' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C7]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C10))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e7(x["model"]), ("properties", "model"), "model")
        if "source_video_urls" in x:
            out += prefixed(
                _e6(x["source_video_urls"]),
                ("properties", "source_video_urls"),
                "source_video_urls",
            )
        if "source_video_url" in x:
            out += prefixed(
                _e1(x["source_video_url"]), ("properties", "source_video_url"), "source_video_url"
            )
        if "prompt" in x:
            out += prefixed(_e8(x["prompt"]), ("properties", "prompt"), "prompt")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "negative_prompt" in x:
            out += prefixed(
                _e8(x["negative_prompt"]), ("properties", "negative_prompt"), "negative_prompt"
            )
        if "reference_image_url" in x:
            out += prefixed(
                _e1(x["reference_image_url"]),
                ("properties", "reference_image_url"),
                "reference_image_url",
            )
        if "output_resolution" in x:
            out += prefixed(
                _e9(x["output_resolution"]),
                ("properties", "output_resolution"),
                "output_resolution",
            )
        if "aspect_ratio" in x:
            out += prefixed(_e8(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "duration_seconds" in x:
            out += prefixed(
                _e10(x["duration_seconds"]), ("properties", "duration_seconds"), "duration_seconds"
            )
        if "audio_setting" in x:
            out += prefixed(
                _e8(x["audio_setting"]), ("properties", "audio_setting"), "audio_setting"
            )
        if "enable_prompt_expansion" in x:
            out += prefixed(
                _e4(x["enable_prompt_expansion"]),
                ("properties", "enable_prompt_expansion"),
                "enable_prompt_expansion",
            )
        if "watermark" in x:
            out += prefixed(_e4(x["watermark"]), ("properties", "watermark"), "watermark")
        if "seed" in x:
            out += prefixed(_e11(x["seed"]), ("properties", "seed"), "seed")
        if "enable_safety_checker" in x:
            out += prefixed(
                _e4(x["enable_safety_checker"]),
                ("properties", "enable_safety_checker"),
                "enable_safety_checker",
            )
    return out


def _v12(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("model" in x and "source_video_urls" in x)
        and x.keys() <= _C12
        and _p12(x)
    )


def _p12(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "wan-2.6-flash-edit-video"):
            return False
    if "source_video_urls" in x:
        y = x["source_video_urls"]
        if not _v6(y):
            return False
    if "source_video_url" in x:
        y = x["source_video_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    if "negative_prompt" in x:
        y = x["negative_prompt"]
        if not (isinstance(y, str)):
            return False
    if "reference_image_url" in x:
        y = x["reference_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (isinstance(y, str)):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str)):
            return False
    if "duration_seconds" in x:
        y = x["duration_seconds"]
        if not (is_number(y)):
            return False
    if "audio_setting" in x:
        y = x["audio_setting"]
        if not (isinstance(y, str)):
            return False
    if "audio" in x:
        y = x["audio"]
        if not (isinstance(y, bool)):
            return False
    if "multi_shots" in x:
        y = x["multi_shots"]
        if not (isinstance(y, bool)):
            return False
    if "enable_prompt_expansion" in x:
        y = x["enable_prompt_expansion"]
        if not (isinstance(y, bool)):
            return False
    if "watermark" in x:
        y = x["watermark"]
        if not (isinstance(y, bool)):
            return False
    if "seed" in x:
        y = x["seed"]
        if not (is_integer(y)):
            return False
    if "enable_safety_checker" in x:
        y = x["enable_safety_checker"]
        if not (isinstance(y, bool)):
            return False
    return True


def _e13(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "wan-2.6-flash-edit-video":
        out.append(
            Err("const", "wan-2.6-flash-edit-video", x, "'wan-2.6-flash-edit-video' was expected")
        )
    return out


def _e12(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C9, x, "'model' is a required property"))
        if "source_video_urls" not in x:
            out.append(Err("required", _C9, x, "'source_video_urls' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C12]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C13))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e13(x["model"]), ("properties", "model"), "model")
        if "source_video_urls" in x:
            out += prefixed(
                _e6(x["source_video_urls"]),
                ("properties", "source_video_urls"),
                "source_video_urls",
            )
        if "source_video_url" in x:
            out += prefixed(
                _e1(x["source_video_url"]), ("properties", "source_video_url"), "source_video_url"
            )
        if "prompt" in x:
            out += prefixed(_e8(x["prompt"]), ("properties", "prompt"), "prompt")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "negative_prompt" in x:
            out += prefixed(
                _e8(x["negative_prompt"]), ("properties", "negative_prompt"), "negative_prompt"
            )
        if "reference_image_url" in x:
            out += prefixed(
                _e1(x["reference_image_url"]),
                ("properties", "reference_image_url"),
                "reference_image_url",
            )
        if "output_resolution" in x:
            out += prefixed(
                _e8(x["output_resolution"]),
                ("properties", "output_resolution"),
                "output_resolution",
            )
        if "aspect_ratio" in x:
            out += prefixed(_e8(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "duration_seconds" in x:
            out += prefixed(
                _e10(x["duration_seconds"]), ("properties", "duration_seconds"), "duration_seconds"
            )
        if "audio_setting" in x:
            out += prefixed(
                _e8(x["audio_setting"]), ("properties", "audio_setting"), "audio_setting"
            )
        if "audio" in x:
            out += prefixed(_e4(x["audio"]), ("properties", "audio"), "audio")
        if "multi_shots" in x:
            out += prefixed(_e4(x["multi_shots"]), ("properties", "multi_shots"), "multi_shots")
        if "enable_prompt_expansion" in x:
            out += prefixed(
                _e4(x["enable_prompt_expansion"]),
                ("properties", "enable_prompt_expansion"),
                "enable_prompt_expansion",
            )
        if "watermark" in x:
            out += prefixed(_e4(x["watermark"]), ("properties", "watermark"), "watermark")
        if "seed" in x:
            out += prefixed(_e11(x["seed"]), ("properties", "seed"), "seed")
        if "enable_safety_checker" in x:
            out += prefixed(
                _e4(x["enable_safety_checker"]),
                ("properties", "enable_safety_checker"),
                "enable_safety_checker",
            )
    return out


def _v14(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("model" in x and "source_video_url" in x)
        and x.keys() <= _C7
        and _p14(x)
    )


def _p14(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "wan-2.7-edit-video"):
            return False
    if "source_video_url" in x:
        y = x["source_video_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "source_video_urls" in x:
        y = x["source_video_urls"]
        if not _v6(y):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    if "negative_prompt" in x:
        y = x["negative_prompt"]
        if not (isinstance(y, str)):
            return False
    if "reference_image_url" in x:
        y = x["reference_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (isinstance(y, str) and y in _C8):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C14):
            return False
    if "duration_seconds" in x:
        y = x["duration_seconds"]
        if not (is_number(y)):
            return False
    if "audio_setting" in x:
        y = x["audio_setting"]
        if not (isinstance(y, str)):
            return False
    if "enable_prompt_expansion" in x:
        y = x["enable_prompt_expansion"]
        if not (isinstance(y, bool)):
            return False
    if "watermark" in x:
        y = x["watermark"]
        if not (isinstance(y, bool)):
            return False
    if "seed" in x:
        y = x["seed"]
        if not (is_integer(y)):
            return False
    if "enable_safety_checker" in x:
        y = x["enable_safety_checker"]
        if not (isinstance(y, bool)):
            return False
    return True


def _e15(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "wan-2.7-edit-video":
        out.append(Err("const", "wan-2.7-edit-video", x, "'wan-2.7-edit-video' was expected"))
    return out


def _e16(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C14):
        out.append(
            Err("enum", _C16, x, repr(x) + " is not one of ['16:9', '9:16', '1:1', '4:3', '3:4']")
        )
    return out


def _e14(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C15, x, "'model' is a required property"))
        if "source_video_url" not in x:
            out.append(Err("required", _C15, x, "'source_video_url' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C7]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C10))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e15(x["model"]), ("properties", "model"), "model")
        if "source_video_url" in x:
            out += prefixed(
                _e1(x["source_video_url"]), ("properties", "source_video_url"), "source_video_url"
            )
        if "source_video_urls" in x:
            out += prefixed(
                _e6(x["source_video_urls"]),
                ("properties", "source_video_urls"),
                "source_video_urls",
            )
        if "prompt" in x:
            out += prefixed(_e8(x["prompt"]), ("properties", "prompt"), "prompt")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "negative_prompt" in x:
            out += prefixed(
                _e8(x["negative_prompt"]), ("properties", "negative_prompt"), "negative_prompt"
            )
        if "reference_image_url" in x:
            out += prefixed(
                _e1(x["reference_image_url"]),
                ("properties", "reference_image_url"),
                "reference_image_url",
            )
        if "output_resolution" in x:
            out += prefixed(
                _e9(x["output_resolution"]),
                ("properties", "output_resolution"),
                "output_resolution",
            )
        if "aspect_ratio" in x:
            out += prefixed(_e16(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "duration_seconds" in x:
            out += prefixed(
                _e10(x["duration_seconds"]), ("properties", "duration_seconds"), "duration_seconds"
            )
        if "audio_setting" in x:
            out += prefixed(
                _e8(x["audio_setting"]), ("properties", "audio_setting"), "audio_setting"
            )
        if "enable_prompt_expansion" in x:
            out += prefixed(
                _e4(x["enable_prompt_expansion"]),
                ("properties", "enable_prompt_expansion"),
                "enable_prompt_expansion",
            )
        if "watermark" in x:
            out += prefixed(_e4(x["watermark"]), ("properties", "watermark"), "watermark")
        if "seed" in x:
            out += prefixed(_e11(x["seed"]), ("properties", "seed"), "seed")
        if "enable_safety_checker" in x:
            out += prefixed(
                _e4(x["enable_safety_checker"]),
                ("properties", "enable_safety_checker"),
                "enable_safety_checker",
            )
    return out


def _v17(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("model" in x and "first_frame_image_url" in x)
        and x.keys() <= _C17
        and _p17(x)
    )


def _p17(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "wan-2.2-a14b-image-to-video-turbo"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    if "first_frame_image_url" in x:
        y = x["first_frame_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "duration_seconds" in x:
        y = x["duration_seconds"]
        if not (is_number(y)):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (isinstance(y, str) and y in _C18):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str)):
            return False
    if "enable_prompt_expansion" in x:
        y = x["enable_prompt_expansion"]
        if not (isinstance(y, bool)):
            return False
    if "seed" in x:
        y = x["seed"]
        if not (is_integer(y)):
            return False
    if "acceleration" in x:
        y = x["acceleration"]
        if not (isinstance(y, str)):
            return False
    if "enable_safety_checker" in x:
        y = x["enable_safety_checker"]
        if not (isinstance(y, bool)):
            return False
    return True


def _e18(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "wan-2.2-a14b-image-to-video-turbo":
        out.append(
            Err(
                "const",
                "wan-2.2-a14b-image-to-video-turbo",
                x,
                "'wan-2.2-a14b-image-to-video-turbo' was expected",
            )
        )
    return out


def _e19(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C18):
        out.append(Err("enum", _C21, x, repr(x) + " is not one of ['480p', '720p']"))
    return out


def _e17(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C19, x, "'model' is a required property"))
        if "first_frame_image_url" not in x:
            out.append(Err("required", _C19, x, "'first_frame_image_url' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C17]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C20))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e18(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e8(x["prompt"]), ("properties", "prompt"), "prompt")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "first_frame_image_url" in x:
            out += prefixed(
                _e1(x["first_frame_image_url"]),
                ("properties", "first_frame_image_url"),
                "first_frame_image_url",
            )
        if "duration_seconds" in x:
            out += prefixed(
                _e10(x["duration_seconds"]), ("properties", "duration_seconds"), "duration_seconds"
            )
        if "output_resolution" in x:
            out += prefixed(
                _e19(x["output_resolution"]),
                ("properties", "output_resolution"),
                "output_resolution",
            )
        if "aspect_ratio" in x:
            out += prefixed(_e8(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "enable_prompt_expansion" in x:
            out += prefixed(
                _e4(x["enable_prompt_expansion"]),
                ("properties", "enable_prompt_expansion"),
                "enable_prompt_expansion",
            )
        if "seed" in x:
            out += prefixed(_e11(x["seed"]), ("properties", "seed"), "seed")
        if "acceleration" in x:
            out += prefixed(_e8(x["acceleration"]), ("properties", "acceleration"), "acceleration")
        if "enable_safety_checker" in x:
            out += prefixed(
                _e4(x["enable_safety_checker"]),
                ("properties", "enable_safety_checker"),
                "enable_safety_checker",
            )
    return out


def _v20(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("model" in x and "first_frame_image_url" in x and "duration_seconds" in x)
        and x.keys() <= _C22
        and _p20(x)
    )


def _p20(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "wan-2.5-image-to-video"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    if "first_frame_image_url" in x:
        y = x["first_frame_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "duration_seconds" in x:
        y = x["duration_seconds"]
        if not (is_number(y)):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (isinstance(y, str) and y in _C8):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str)):
            return False
    if "negative_prompt" in x:
        y = x["negative_prompt"]
        if not (isinstance(y, str)):
            return False
    if "enable_prompt_expansion" in x:
        y = x["enable_prompt_expansion"]
        if not (isinstance(y, bool)):
            return False
    if "seed" in x:
        y = x["seed"]
        if not (is_integer(y)):
            return False
    if "acceleration" in x:
        y = x["acceleration"]
        if not (isinstance(y, str)):
            return False
    if "enable_safety_checker" in x:
        y = x["enable_safety_checker"]
        if not (isinstance(y, bool)):
            return False
    return True


def _e21(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "wan-2.5-image-to-video":
        out.append(
            Err("const", "wan-2.5-image-to-video", x, "'wan-2.5-image-to-video' was expected")
        )
    return out


def _e20(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C23, x, "'model' is a required property"))
        if "first_frame_image_url" not in x:
            out.append(Err("required", _C23, x, "'first_frame_image_url' is a required property"))
        if "duration_seconds" not in x:
            out.append(Err("required", _C23, x, "'duration_seconds' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C22]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C24))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e21(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e8(x["prompt"]), ("properties", "prompt"), "prompt")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "first_frame_image_url" in x:
            out += prefixed(
                _e1(x["first_frame_image_url"]),
                ("properties", "first_frame_image_url"),
                "first_frame_image_url",
            )
        if "duration_seconds" in x:
            out += prefixed(
                _e10(x["duration_seconds"]), ("properties", "duration_seconds"), "duration_seconds"
            )
        if "output_resolution" in x:
            out += prefixed(
                _e9(x["output_resolution"]),
                ("properties", "output_resolution"),
                "output_resolution",
            )
        if "aspect_ratio" in x:
            out += prefixed(_e8(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "negative_prompt" in x:
            out += prefixed(
                _e8(x["negative_prompt"]), ("properties", "negative_prompt"), "negative_prompt"
            )
        if "enable_prompt_expansion" in x:
            out += prefixed(
                _e4(x["enable_prompt_expansion"]),
                ("properties", "enable_prompt_expansion"),
                "enable_prompt_expansion",
            )
        if "seed" in x:
            out += prefixed(_e11(x["seed"]), ("properties", "seed"), "seed")
        if "acceleration" in x:
            out += prefixed(_e8(x["acceleration"]), ("properties", "acceleration"), "acceleration")
        if "enable_safety_checker" in x:
            out += prefixed(
                _e4(x["enable_safety_checker"]),
                ("properties", "enable_safety_checker"),
                "enable_safety_checker",
            )
    return out


def _v22(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("model" in x and "prompt" in x and "first_frame_image_url" in x)
        and x.keys() <= _C25
        and _p22(x)
    )


def _p22(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "wan-2.6-image-to-video"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    if "first_frame_image_url" in x:
        y = x["first_frame_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "duration_seconds" in x:
        y = x["duration_seconds"]
        if not (is_number(y)):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (isinstance(y, str) and y in _C8):
            return False
    if "enable_prompt_expansion" in x:
        y = x["enable_prompt_expansion"]
        if not (isinstance(y, bool)):
            return False
    if "acceleration" in x:
        y = x["acceleration"]
        if not (isinstance(y, str)):
            return False
    if "enable_safety_checker" in x:
        y = x["enable_safety_checker"]
        if not (isinstance(y, bool)):
            return False
    return True


def _e23(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "wan-2.6-image-to-video":
        out.append(
            Err("const", "wan-2.6-image-to-video", x, "'wan-2.6-image-to-video' was expected")
        )
    return out


def _e22(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C26, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C26, x, "'prompt' is a required property"))
        if "first_frame_image_url" not in x:
            out.append(Err("required", _C26, x, "'first_frame_image_url' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C25]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C27))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e23(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e8(x["prompt"]), ("properties", "prompt"), "prompt")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "first_frame_image_url" in x:
            out += prefixed(
                _e1(x["first_frame_image_url"]),
                ("properties", "first_frame_image_url"),
                "first_frame_image_url",
            )
        if "duration_seconds" in x:
            out += prefixed(
                _e10(x["duration_seconds"]), ("properties", "duration_seconds"), "duration_seconds"
            )
        if "output_resolution" in x:
            out += prefixed(
                _e9(x["output_resolution"]),
                ("properties", "output_resolution"),
                "output_resolution",
            )
        if "enable_prompt_expansion" in x:
            out += prefixed(
                _e4(x["enable_prompt_expansion"]),
                ("properties", "enable_prompt_expansion"),
                "enable_prompt_expansion",
            )
        if "acceleration" in x:
            out += prefixed(_e8(x["acceleration"]), ("properties", "acceleration"), "acceleration")
        if "enable_safety_checker" in x:
            out += prefixed(
                _e4(x["enable_safety_checker"]),
                ("properties", "enable_safety_checker"),
                "enable_safety_checker",
            )
    return out


def _v24(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("model" in x and "prompt" in x and "first_frame_image_url" in x)
        and x.keys() <= _C28
        and _p24(x)
    )


def _p24(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "wan-2.6-flash-image-to-video"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    if "first_frame_image_url" in x:
        y = x["first_frame_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "duration_seconds" in x:
        y = x["duration_seconds"]
        if not (is_number(y) and y in _C29):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (isinstance(y, str) and y in _C8):
            return False
    if "enable_prompt_expansion" in x:
        y = x["enable_prompt_expansion"]
        if not (isinstance(y, bool)):
            return False
    if "acceleration" in x:
        y = x["acceleration"]
        if not (isinstance(y, str)):
            return False
    if "enable_safety_checker" in x:
        y = x["enable_safety_checker"]
        if not (isinstance(y, bool)):
            return False
    if "audio" in x:
        y = x["audio"]
        if not (isinstance(y, bool)):
            return False
    if "multi_shots" in x:
        y = x["multi_shots"]
        if not (isinstance(y, bool)):
            return False
    return True


def _e25(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "wan-2.6-flash-image-to-video":
        out.append(
            Err(
                "const",
                "wan-2.6-flash-image-to-video",
                x,
                "'wan-2.6-flash-image-to-video' was expected",
            )
        )
    return out


def _e26(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_number(x)):
        out.append(Err("type", "number", x, repr(x) + " is not of type 'number'"))
    if not any(equal(each, x) for each in _C31):
        out.append(Err("enum", _C31, x, repr(x) + " is not one of [5, 10, 15]"))
    return out


def _e24(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C26, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C26, x, "'prompt' is a required property"))
        if "first_frame_image_url" not in x:
            out.append(Err("required", _C26, x, "'first_frame_image_url' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C28]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C30))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e25(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e8(x["prompt"]), ("properties", "prompt"), "prompt")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "first_frame_image_url" in x:
            out += prefixed(
                _e1(x["first_frame_image_url"]),
                ("properties", "first_frame_image_url"),
                "first_frame_image_url",
            )
        if "duration_seconds" in x:
            out += prefixed(
                _e26(x["duration_seconds"]), ("properties", "duration_seconds"), "duration_seconds"
            )
        if "output_resolution" in x:
            out += prefixed(
                _e9(x["output_resolution"]),
                ("properties", "output_resolution"),
                "output_resolution",
            )
        if "enable_prompt_expansion" in x:
            out += prefixed(
                _e4(x["enable_prompt_expansion"]),
                ("properties", "enable_prompt_expansion"),
                "enable_prompt_expansion",
            )
        if "acceleration" in x:
            out += prefixed(_e8(x["acceleration"]), ("properties", "acceleration"), "acceleration")
        if "enable_safety_checker" in x:
            out += prefixed(
                _e4(x["enable_safety_checker"]),
                ("properties", "enable_safety_checker"),
                "enable_safety_checker",
            )
        if "audio" in x:
            out += prefixed(_e4(x["audio"]), ("properties", "audio"), "audio")
        if "multi_shots" in x:
            out += prefixed(_e4(x["multi_shots"]), ("properties", "multi_shots"), "multi_shots")
    return out


def _v27(x: Any) -> bool:
    return isinstance(x, dict) and ("model" in x and "prompt" in x) and x.keys() <= _C32 and _p27(x)


def _p27(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "wan-2.7-image-to-video"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    if "first_frame_image_url" in x:
        y = x["first_frame_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "last_frame_image_url" in x:
        y = x["last_frame_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "source_video_url" in x:
        y = x["source_video_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "driving_audio_url" in x:
        y = x["driving_audio_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "background_audio_url" in x:
        y = x["background_audio_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "duration_seconds" in x:
        y = x["duration_seconds"]
        if not (is_number(y)):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (isinstance(y, str) and y in _C8):
            return False
    if "ratio" in x:
        y = x["ratio"]
        if not (isinstance(y, str)):
            return False
    if "negative_prompt" in x:
        y = x["negative_prompt"]
        if not (isinstance(y, str)):
            return False
    if "enable_prompt_expansion" in x:
        y = x["enable_prompt_expansion"]
        if not (isinstance(y, bool)):
            return False
    if "seed" in x:
        y = x["seed"]
        if not (is_integer(y)):
            return False
    if "acceleration" in x:
        y = x["acceleration"]
        if not (isinstance(y, str)):
            return False
    if "enable_safety_checker" in x:
        y = x["enable_safety_checker"]
        if not (isinstance(y, bool)):
            return False
    if "watermark" in x:
        y = x["watermark"]
        if not (isinstance(y, bool)):
            return False
    return True


def _e28(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "wan-2.7-image-to-video":
        out.append(
            Err("const", "wan-2.7-image-to-video", x, "'wan-2.7-image-to-video' was expected")
        )
    return out


def _e27(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C33, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C33, x, "'prompt' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C32]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C34))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e28(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e8(x["prompt"]), ("properties", "prompt"), "prompt")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
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
        if "source_video_url" in x:
            out += prefixed(
                _e1(x["source_video_url"]), ("properties", "source_video_url"), "source_video_url"
            )
        if "driving_audio_url" in x:
            out += prefixed(
                _e1(x["driving_audio_url"]),
                ("properties", "driving_audio_url"),
                "driving_audio_url",
            )
        if "background_audio_url" in x:
            out += prefixed(
                _e1(x["background_audio_url"]),
                ("properties", "background_audio_url"),
                "background_audio_url",
            )
        if "duration_seconds" in x:
            out += prefixed(
                _e10(x["duration_seconds"]), ("properties", "duration_seconds"), "duration_seconds"
            )
        if "output_resolution" in x:
            out += prefixed(
                _e9(x["output_resolution"]),
                ("properties", "output_resolution"),
                "output_resolution",
            )
        if "ratio" in x:
            out += prefixed(_e8(x["ratio"]), ("properties", "ratio"), "ratio")
        if "negative_prompt" in x:
            out += prefixed(
                _e8(x["negative_prompt"]), ("properties", "negative_prompt"), "negative_prompt"
            )
        if "enable_prompt_expansion" in x:
            out += prefixed(
                _e4(x["enable_prompt_expansion"]),
                ("properties", "enable_prompt_expansion"),
                "enable_prompt_expansion",
            )
        if "seed" in x:
            out += prefixed(_e11(x["seed"]), ("properties", "seed"), "seed")
        if "acceleration" in x:
            out += prefixed(_e8(x["acceleration"]), ("properties", "acceleration"), "acceleration")
        if "enable_safety_checker" in x:
            out += prefixed(
                _e4(x["enable_safety_checker"]),
                ("properties", "enable_safety_checker"),
                "enable_safety_checker",
            )
        if "watermark" in x:
            out += prefixed(_e4(x["watermark"]), ("properties", "watermark"), "watermark")
    return out


def _v29(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("model" in x and "source_image_url" in x and "source_audio_url" in x)
        and x.keys() <= _C35
        and _p29(x)
    )


def _p29(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "wan-2.2-a14b-speech-to-video-turbo"):
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
        if not (isinstance(y, str)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    if "num_frames" in x:
        y = x["num_frames"]
        if not (is_integer(y)):
            return False
    if "frames_per_second" in x:
        y = x["frames_per_second"]
        if not (is_integer(y)):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (isinstance(y, str) and y in _C2):
            return False
    if "negative_prompt" in x:
        y = x["negative_prompt"]
        if not (isinstance(y, str)):
            return False
    if "seed" in x:
        y = x["seed"]
        if not (is_integer(y)):
            return False
    if "num_inference_steps" in x:
        y = x["num_inference_steps"]
        if not (is_integer(y)):
            return False
    if "guidance_scale" in x:
        y = x["guidance_scale"]
        if not (is_number(y)):
            return False
    if "shift" in x:
        y = x["shift"]
        if not (is_number(y)):
            return False
    if "enable_safety_checker" in x:
        y = x["enable_safety_checker"]
        if not (isinstance(y, bool)):
            return False
    return True


def _e30(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "wan-2.2-a14b-speech-to-video-turbo":
        out.append(
            Err(
                "const",
                "wan-2.2-a14b-speech-to-video-turbo",
                x,
                "'wan-2.2-a14b-speech-to-video-turbo' was expected",
            )
        )
    return out


def _e29(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C36, x, "'model' is a required property"))
        if "source_image_url" not in x:
            out.append(Err("required", _C36, x, "'source_image_url' is a required property"))
        if "source_audio_url" not in x:
            out.append(Err("required", _C36, x, "'source_audio_url' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C35]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C37))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e30(x["model"]), ("properties", "model"), "model")
        if "source_image_url" in x:
            out += prefixed(
                _e1(x["source_image_url"]), ("properties", "source_image_url"), "source_image_url"
            )
        if "source_audio_url" in x:
            out += prefixed(
                _e1(x["source_audio_url"]), ("properties", "source_audio_url"), "source_audio_url"
            )
        if "prompt" in x:
            out += prefixed(_e8(x["prompt"]), ("properties", "prompt"), "prompt")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "num_frames" in x:
            out += prefixed(_e11(x["num_frames"]), ("properties", "num_frames"), "num_frames")
        if "frames_per_second" in x:
            out += prefixed(
                _e11(x["frames_per_second"]),
                ("properties", "frames_per_second"),
                "frames_per_second",
            )
        if "output_resolution" in x:
            out += prefixed(
                _e3(x["output_resolution"]),
                ("properties", "output_resolution"),
                "output_resolution",
            )
        if "negative_prompt" in x:
            out += prefixed(
                _e8(x["negative_prompt"]), ("properties", "negative_prompt"), "negative_prompt"
            )
        if "seed" in x:
            out += prefixed(_e11(x["seed"]), ("properties", "seed"), "seed")
        if "num_inference_steps" in x:
            out += prefixed(
                _e11(x["num_inference_steps"]),
                ("properties", "num_inference_steps"),
                "num_inference_steps",
            )
        if "guidance_scale" in x:
            out += prefixed(
                _e10(x["guidance_scale"]), ("properties", "guidance_scale"), "guidance_scale"
            )
        if "shift" in x:
            out += prefixed(_e10(x["shift"]), ("properties", "shift"), "shift")
        if "enable_safety_checker" in x:
            out += prefixed(
                _e4(x["enable_safety_checker"]),
                ("properties", "enable_safety_checker"),
                "enable_safety_checker",
            )
    return out


def _v33(x: Any) -> bool:
    return isinstance(x, dict) and ("hex" in x and "ratio" in x) and _p33(x)


def _p33(x: dict[str, Any]) -> bool:
    if "hex" in x:
        y = x["hex"]
        if not (isinstance(y, str)):
            return False
    if "ratio" in x:
        y = x["ratio"]
        if not (is_number(y) or isinstance(y, str)):
            return False
    return True


def _e34(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_number(x) or isinstance(x, str)):
        out.append(Err("type", _C42, x, repr(x) + " is not of type 'number', 'string'"))
    return out


def _e33(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "hex" not in x:
            out.append(Err("required", _C41, x, "'hex' is a required property"))
        if "ratio" not in x:
            out.append(Err("required", _C41, x, "'ratio' is a required property"))
    if isinstance(x, dict):
        if "hex" in x:
            out += prefixed(_e8(x["hex"]), ("properties", "hex"), "hex")
        if "ratio" in x:
            out += prefixed(_e34(x["ratio"]), ("properties", "ratio"), "ratio")
    return out


def _v32(x: Any) -> bool:
    return isinstance(x, list) and _x32_items(x)


def _x32_items(x: Any) -> bool:
    if not all(_v33(y) for y in x):
        return False
    return True


def _e32(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, list)):
        out.append(Err("type", "array", x, repr(x) + " is not of type 'array'"))
    if isinstance(x, list):
        for i in range(0, len(x)):
            out += prefixed(_e33(x[i]), ("items",), i)
    return out


def _v35(x: Any) -> bool:
    return isinstance(x, list) and _x35_items(x)


def _x35_items(x: Any) -> bool:
    if not all(True for y in x):
        return False
    return True


def _e36(x: Any) -> list[Err]:
    out: list[Err] = []
    return out


def _e35(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, list)):
        out.append(Err("type", "array", x, repr(x) + " is not of type 'array'"))
    if isinstance(x, list):
        for i in range(0, len(x)):
            out += prefixed(_e36(x[i]), ("items",), i)
    return out


def _v31(x: Any) -> bool:
    return isinstance(x, dict) and ("model" in x and "prompt" in x) and x.keys() <= _C38 and _p31(x)


def _p31(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "wan-2.7-image"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C39):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (isinstance(y, str) and y in _C40):
            return False
    if "output_count" in x:
        y = x["output_count"]
        if not (is_integer(y)):
            return False
    if "enable_sequential" in x:
        y = x["enable_sequential"]
        if not (isinstance(y, bool)):
            return False
    if "watermark" in x:
        y = x["watermark"]
        if not (isinstance(y, bool)):
            return False
    if "seed" in x:
        y = x["seed"]
        if not (is_integer(y)):
            return False
    if "enable_safety_checker" in x:
        y = x["enable_safety_checker"]
        if not (isinstance(y, bool)):
            return False
    if "source_image_urls" in x:
        y = x["source_image_urls"]
        if not _v6(y):
            return False
    if "color_palette" in x:
        y = x["color_palette"]
        if not _v32(y):
            return False
    if "bbox_list" in x:
        y = x["bbox_list"]
        if not _v35(y):
            return False
    return True


def _e37(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "wan-2.7-image":
        out.append(Err("const", "wan-2.7-image", x, "'wan-2.7-image' was expected"))
    return out


def _e38(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C39):
        out.append(
            Err(
                "enum",
                _C44,
                x,
                repr(x)
                + " is not one of ['1:1', '16:9', '4:3', '21:9', '3:4', '9:16', '8:1', '1:8']",
            )
        )
    return out


def _e39(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C40):
        out.append(Err("enum", _C45, x, repr(x) + " is not one of ['1k', '2k', '4k']"))
    return out


def _e31(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C33, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C33, x, "'prompt' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C38]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C43))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e37(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e8(x["prompt"]), ("properties", "prompt"), "prompt")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "aspect_ratio" in x:
            out += prefixed(_e38(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "output_resolution" in x:
            out += prefixed(
                _e39(x["output_resolution"]),
                ("properties", "output_resolution"),
                "output_resolution",
            )
        if "output_count" in x:
            out += prefixed(_e11(x["output_count"]), ("properties", "output_count"), "output_count")
        if "enable_sequential" in x:
            out += prefixed(
                _e4(x["enable_sequential"]),
                ("properties", "enable_sequential"),
                "enable_sequential",
            )
        if "watermark" in x:
            out += prefixed(_e4(x["watermark"]), ("properties", "watermark"), "watermark")
        if "seed" in x:
            out += prefixed(_e11(x["seed"]), ("properties", "seed"), "seed")
        if "enable_safety_checker" in x:
            out += prefixed(
                _e4(x["enable_safety_checker"]),
                ("properties", "enable_safety_checker"),
                "enable_safety_checker",
            )
        if "source_image_urls" in x:
            out += prefixed(
                _e6(x["source_image_urls"]),
                ("properties", "source_image_urls"),
                "source_image_urls",
            )
        if "color_palette" in x:
            out += prefixed(
                _e32(x["color_palette"]), ("properties", "color_palette"), "color_palette"
            )
        if "bbox_list" in x:
            out += prefixed(_e35(x["bbox_list"]), ("properties", "bbox_list"), "bbox_list")
    return out


def _v40(x: Any) -> bool:
    return isinstance(x, dict) and ("model" in x and "prompt" in x) and x.keys() <= _C46 and _p40(x)


def _p40(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "wan-2.7-image-pro"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C39):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (isinstance(y, str) and y in _C40):
            return False
    if "output_count" in x:
        y = x["output_count"]
        if not (is_integer(y)):
            return False
    if "enable_sequential" in x:
        y = x["enable_sequential"]
        if not (isinstance(y, bool)):
            return False
    if "thinking_mode" in x:
        y = x["thinking_mode"]
        if not (isinstance(y, bool)):
            return False
    if "watermark" in x:
        y = x["watermark"]
        if not (isinstance(y, bool)):
            return False
    if "seed" in x:
        y = x["seed"]
        if not (is_integer(y)):
            return False
    if "enable_safety_checker" in x:
        y = x["enable_safety_checker"]
        if not (isinstance(y, bool)):
            return False
    if "source_image_urls" in x:
        y = x["source_image_urls"]
        if not _v6(y):
            return False
    if "color_palette" in x:
        y = x["color_palette"]
        if not _v32(y):
            return False
    if "bbox_list" in x:
        y = x["bbox_list"]
        if not _v35(y):
            return False
    return True


def _e41(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "wan-2.7-image-pro":
        out.append(Err("const", "wan-2.7-image-pro", x, "'wan-2.7-image-pro' was expected"))
    return out


def _e40(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C33, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C33, x, "'prompt' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C46]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C47))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e41(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e8(x["prompt"]), ("properties", "prompt"), "prompt")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "aspect_ratio" in x:
            out += prefixed(_e38(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "output_resolution" in x:
            out += prefixed(
                _e39(x["output_resolution"]),
                ("properties", "output_resolution"),
                "output_resolution",
            )
        if "output_count" in x:
            out += prefixed(_e11(x["output_count"]), ("properties", "output_count"), "output_count")
        if "enable_sequential" in x:
            out += prefixed(
                _e4(x["enable_sequential"]),
                ("properties", "enable_sequential"),
                "enable_sequential",
            )
        if "thinking_mode" in x:
            out += prefixed(
                _e4(x["thinking_mode"]), ("properties", "thinking_mode"), "thinking_mode"
            )
        if "watermark" in x:
            out += prefixed(_e4(x["watermark"]), ("properties", "watermark"), "watermark")
        if "seed" in x:
            out += prefixed(_e11(x["seed"]), ("properties", "seed"), "seed")
        if "enable_safety_checker" in x:
            out += prefixed(
                _e4(x["enable_safety_checker"]),
                ("properties", "enable_safety_checker"),
                "enable_safety_checker",
            )
        if "source_image_urls" in x:
            out += prefixed(
                _e6(x["source_image_urls"]),
                ("properties", "source_image_urls"),
                "source_image_urls",
            )
        if "color_palette" in x:
            out += prefixed(
                _e32(x["color_palette"]), ("properties", "color_palette"), "color_palette"
            )
        if "bbox_list" in x:
            out += prefixed(_e35(x["bbox_list"]), ("properties", "bbox_list"), "bbox_list")
    return out


def _v42(x: Any) -> bool:
    return isinstance(x, dict) and ("model" in x and "prompt" in x) and x.keys() <= _C48 and _p42(x)


def _p42(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "wan-2.2-a14b-text-to-video-turbo"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    if "duration_seconds" in x:
        y = x["duration_seconds"]
        if not (is_number(y)):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (isinstance(y, str) and y in _C2):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C14):
            return False
    if "reference_image_urls" in x:
        y = x["reference_image_urls"]
        if not _v6(y):
            return False
    if "reference_video_urls" in x:
        y = x["reference_video_urls"]
        if not _v6(y):
            return False
    if "first_frame_image_url" in x:
        y = x["first_frame_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "reference_audio_url" in x:
        y = x["reference_audio_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "enable_prompt_expansion" in x:
        y = x["enable_prompt_expansion"]
        if not (isinstance(y, bool)):
            return False
    if "seed" in x:
        y = x["seed"]
        if not (is_integer(y)):
            return False
    if "acceleration" in x:
        y = x["acceleration"]
        if not (isinstance(y, str)):
            return False
    if "enable_safety_checker" in x:
        y = x["enable_safety_checker"]
        if not (isinstance(y, bool)):
            return False
    return True


def _e43(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "wan-2.2-a14b-text-to-video-turbo":
        out.append(
            Err(
                "const",
                "wan-2.2-a14b-text-to-video-turbo",
                x,
                "'wan-2.2-a14b-text-to-video-turbo' was expected",
            )
        )
    return out


def _e42(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C33, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C33, x, "'prompt' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C48]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C49))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e43(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e8(x["prompt"]), ("properties", "prompt"), "prompt")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "duration_seconds" in x:
            out += prefixed(
                _e10(x["duration_seconds"]), ("properties", "duration_seconds"), "duration_seconds"
            )
        if "output_resolution" in x:
            out += prefixed(
                _e3(x["output_resolution"]),
                ("properties", "output_resolution"),
                "output_resolution",
            )
        if "aspect_ratio" in x:
            out += prefixed(_e16(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "reference_image_urls" in x:
            out += prefixed(
                _e6(x["reference_image_urls"]),
                ("properties", "reference_image_urls"),
                "reference_image_urls",
            )
        if "reference_video_urls" in x:
            out += prefixed(
                _e6(x["reference_video_urls"]),
                ("properties", "reference_video_urls"),
                "reference_video_urls",
            )
        if "first_frame_image_url" in x:
            out += prefixed(
                _e1(x["first_frame_image_url"]),
                ("properties", "first_frame_image_url"),
                "first_frame_image_url",
            )
        if "reference_audio_url" in x:
            out += prefixed(
                _e1(x["reference_audio_url"]),
                ("properties", "reference_audio_url"),
                "reference_audio_url",
            )
        if "enable_prompt_expansion" in x:
            out += prefixed(
                _e4(x["enable_prompt_expansion"]),
                ("properties", "enable_prompt_expansion"),
                "enable_prompt_expansion",
            )
        if "seed" in x:
            out += prefixed(_e11(x["seed"]), ("properties", "seed"), "seed")
        if "acceleration" in x:
            out += prefixed(_e8(x["acceleration"]), ("properties", "acceleration"), "acceleration")
        if "enable_safety_checker" in x:
            out += prefixed(
                _e4(x["enable_safety_checker"]),
                ("properties", "enable_safety_checker"),
                "enable_safety_checker",
            )
    return out


def _v44(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("model" in x and "prompt" in x and "duration_seconds" in x)
        and x.keys() <= _C50
        and _p44(x)
    )


def _p44(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "wan-2.5-text-to-video"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    if "duration_seconds" in x:
        y = x["duration_seconds"]
        if not (is_number(y)):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (isinstance(y, str) and y in _C8):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C14):
            return False
    if "negative_prompt" in x:
        y = x["negative_prompt"]
        if not (isinstance(y, str)):
            return False
    if "reference_image_urls" in x:
        y = x["reference_image_urls"]
        if not _v6(y):
            return False
    if "reference_video_urls" in x:
        y = x["reference_video_urls"]
        if not _v6(y):
            return False
    if "first_frame_image_url" in x:
        y = x["first_frame_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "reference_audio_url" in x:
        y = x["reference_audio_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "enable_prompt_expansion" in x:
        y = x["enable_prompt_expansion"]
        if not (isinstance(y, bool)):
            return False
    if "seed" in x:
        y = x["seed"]
        if not (is_integer(y)):
            return False
    if "enable_safety_checker" in x:
        y = x["enable_safety_checker"]
        if not (isinstance(y, bool)):
            return False
    return True


def _e45(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "wan-2.5-text-to-video":
        out.append(Err("const", "wan-2.5-text-to-video", x, "'wan-2.5-text-to-video' was expected"))
    return out


def _e44(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C51, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C51, x, "'prompt' is a required property"))
        if "duration_seconds" not in x:
            out.append(Err("required", _C51, x, "'duration_seconds' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C50]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C52))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e45(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e8(x["prompt"]), ("properties", "prompt"), "prompt")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "duration_seconds" in x:
            out += prefixed(
                _e10(x["duration_seconds"]), ("properties", "duration_seconds"), "duration_seconds"
            )
        if "output_resolution" in x:
            out += prefixed(
                _e9(x["output_resolution"]),
                ("properties", "output_resolution"),
                "output_resolution",
            )
        if "aspect_ratio" in x:
            out += prefixed(_e16(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "negative_prompt" in x:
            out += prefixed(
                _e8(x["negative_prompt"]), ("properties", "negative_prompt"), "negative_prompt"
            )
        if "reference_image_urls" in x:
            out += prefixed(
                _e6(x["reference_image_urls"]),
                ("properties", "reference_image_urls"),
                "reference_image_urls",
            )
        if "reference_video_urls" in x:
            out += prefixed(
                _e6(x["reference_video_urls"]),
                ("properties", "reference_video_urls"),
                "reference_video_urls",
            )
        if "first_frame_image_url" in x:
            out += prefixed(
                _e1(x["first_frame_image_url"]),
                ("properties", "first_frame_image_url"),
                "first_frame_image_url",
            )
        if "reference_audio_url" in x:
            out += prefixed(
                _e1(x["reference_audio_url"]),
                ("properties", "reference_audio_url"),
                "reference_audio_url",
            )
        if "enable_prompt_expansion" in x:
            out += prefixed(
                _e4(x["enable_prompt_expansion"]),
                ("properties", "enable_prompt_expansion"),
                "enable_prompt_expansion",
            )
        if "seed" in x:
            out += prefixed(_e11(x["seed"]), ("properties", "seed"), "seed")
        if "enable_safety_checker" in x:
            out += prefixed(
                _e4(x["enable_safety_checker"]),
                ("properties", "enable_safety_checker"),
                "enable_safety_checker",
            )
    return out


def _v46(x: Any) -> bool:
    return isinstance(x, dict) and ("model" in x and "prompt" in x) and x.keys() <= _C53 and _p46(x)


def _p46(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "wan-2.6-text-to-video"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    if "duration_seconds" in x:
        y = x["duration_seconds"]
        if not (is_number(y)):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (isinstance(y, str) and y in _C8):
            return False
    if "aspect_ratio" in x:
        y = x["aspect_ratio"]
        if not (isinstance(y, str) and y in _C14):
            return False
    if "reference_image_urls" in x:
        y = x["reference_image_urls"]
        if not _v6(y):
            return False
    if "reference_video_urls" in x:
        y = x["reference_video_urls"]
        if not _v6(y):
            return False
    if "first_frame_image_url" in x:
        y = x["first_frame_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "reference_audio_url" in x:
        y = x["reference_audio_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "enable_prompt_expansion" in x:
        y = x["enable_prompt_expansion"]
        if not (isinstance(y, bool)):
            return False
    if "enable_safety_checker" in x:
        y = x["enable_safety_checker"]
        if not (isinstance(y, bool)):
            return False
    if "multi_shots" in x:
        y = x["multi_shots"]
        if not (isinstance(y, bool)):
            return False
    return True


def _e47(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "wan-2.6-text-to-video":
        out.append(Err("const", "wan-2.6-text-to-video", x, "'wan-2.6-text-to-video' was expected"))
    return out


def _e46(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C33, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C33, x, "'prompt' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C53]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C54))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e47(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e8(x["prompt"]), ("properties", "prompt"), "prompt")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "duration_seconds" in x:
            out += prefixed(
                _e10(x["duration_seconds"]), ("properties", "duration_seconds"), "duration_seconds"
            )
        if "output_resolution" in x:
            out += prefixed(
                _e9(x["output_resolution"]),
                ("properties", "output_resolution"),
                "output_resolution",
            )
        if "aspect_ratio" in x:
            out += prefixed(_e16(x["aspect_ratio"]), ("properties", "aspect_ratio"), "aspect_ratio")
        if "reference_image_urls" in x:
            out += prefixed(
                _e6(x["reference_image_urls"]),
                ("properties", "reference_image_urls"),
                "reference_image_urls",
            )
        if "reference_video_urls" in x:
            out += prefixed(
                _e6(x["reference_video_urls"]),
                ("properties", "reference_video_urls"),
                "reference_video_urls",
            )
        if "first_frame_image_url" in x:
            out += prefixed(
                _e1(x["first_frame_image_url"]),
                ("properties", "first_frame_image_url"),
                "first_frame_image_url",
            )
        if "reference_audio_url" in x:
            out += prefixed(
                _e1(x["reference_audio_url"]),
                ("properties", "reference_audio_url"),
                "reference_audio_url",
            )
        if "enable_prompt_expansion" in x:
            out += prefixed(
                _e4(x["enable_prompt_expansion"]),
                ("properties", "enable_prompt_expansion"),
                "enable_prompt_expansion",
            )
        if "enable_safety_checker" in x:
            out += prefixed(
                _e4(x["enable_safety_checker"]),
                ("properties", "enable_safety_checker"),
                "enable_safety_checker",
            )
        if "multi_shots" in x:
            out += prefixed(_e4(x["multi_shots"]), ("properties", "multi_shots"), "multi_shots")
    return out


def _v48(x: Any) -> bool:
    return isinstance(x, dict) and ("model" in x and "prompt" in x) and x.keys() <= _C55 and _p48(x)


def _p48(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "wan-2.7-text-to-video"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    if "duration_seconds" in x:
        y = x["duration_seconds"]
        if not (is_number(y)):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (isinstance(y, str) and y in _C8):
            return False
    if "ratio" in x:
        y = x["ratio"]
        if not (isinstance(y, str)):
            return False
    if "negative_prompt" in x:
        y = x["negative_prompt"]
        if not (isinstance(y, str)):
            return False
    if "reference_image_urls" in x:
        y = x["reference_image_urls"]
        if not _v6(y):
            return False
    if "reference_video_urls" in x:
        y = x["reference_video_urls"]
        if not _v6(y):
            return False
    if "first_frame_image_url" in x:
        y = x["first_frame_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "reference_audio_url" in x:
        y = x["reference_audio_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "enable_prompt_expansion" in x:
        y = x["enable_prompt_expansion"]
        if not (isinstance(y, bool)):
            return False
    if "seed" in x:
        y = x["seed"]
        if not (is_integer(y)):
            return False
    if "enable_safety_checker" in x:
        y = x["enable_safety_checker"]
        if not (isinstance(y, bool)):
            return False
    if "watermark" in x:
        y = x["watermark"]
        if not (isinstance(y, bool)):
            return False
    if "background_audio_url" in x:
        y = x["background_audio_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    return True


def _e49(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "wan-2.7-text-to-video":
        out.append(Err("const", "wan-2.7-text-to-video", x, "'wan-2.7-text-to-video' was expected"))
    return out


def _e48(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C33, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C33, x, "'prompt' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C55]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C56))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e49(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e8(x["prompt"]), ("properties", "prompt"), "prompt")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "duration_seconds" in x:
            out += prefixed(
                _e10(x["duration_seconds"]), ("properties", "duration_seconds"), "duration_seconds"
            )
        if "output_resolution" in x:
            out += prefixed(
                _e9(x["output_resolution"]),
                ("properties", "output_resolution"),
                "output_resolution",
            )
        if "ratio" in x:
            out += prefixed(_e8(x["ratio"]), ("properties", "ratio"), "ratio")
        if "negative_prompt" in x:
            out += prefixed(
                _e8(x["negative_prompt"]), ("properties", "negative_prompt"), "negative_prompt"
            )
        if "reference_image_urls" in x:
            out += prefixed(
                _e6(x["reference_image_urls"]),
                ("properties", "reference_image_urls"),
                "reference_image_urls",
            )
        if "reference_video_urls" in x:
            out += prefixed(
                _e6(x["reference_video_urls"]),
                ("properties", "reference_video_urls"),
                "reference_video_urls",
            )
        if "first_frame_image_url" in x:
            out += prefixed(
                _e1(x["first_frame_image_url"]),
                ("properties", "first_frame_image_url"),
                "first_frame_image_url",
            )
        if "reference_audio_url" in x:
            out += prefixed(
                _e1(x["reference_audio_url"]),
                ("properties", "reference_audio_url"),
                "reference_audio_url",
            )
        if "enable_prompt_expansion" in x:
            out += prefixed(
                _e4(x["enable_prompt_expansion"]),
                ("properties", "enable_prompt_expansion"),
                "enable_prompt_expansion",
            )
        if "seed" in x:
            out += prefixed(_e11(x["seed"]), ("properties", "seed"), "seed")
        if "enable_safety_checker" in x:
            out += prefixed(
                _e4(x["enable_safety_checker"]),
                ("properties", "enable_safety_checker"),
                "enable_safety_checker",
            )
        if "watermark" in x:
            out += prefixed(_e4(x["watermark"]), ("properties", "watermark"), "watermark")
        if "background_audio_url" in x:
            out += prefixed(
                _e1(x["background_audio_url"]),
                ("properties", "background_audio_url"),
                "background_audio_url",
            )
    return out


def _v52(x: Any) -> bool:
    return (not isinstance(x, dict) or "reference_image_urls" in x) and (
        not isinstance(x, dict) or _p52(x)
    )


def _p52(x: dict[str, Any]) -> bool:
    if "reference_image_urls" in x:
        y = x["reference_image_urls"]
        if not (not isinstance(y, list) or len(y) >= 1):
            return False
    return True


def _v54(x: Any) -> bool:
    return (not isinstance(x, dict) or "reference_video_urls" in x) and (
        not isinstance(x, dict) or _p54(x)
    )


def _p54(x: dict[str, Any]) -> bool:
    if "reference_video_urls" in x:
        y = x["reference_video_urls"]
        if not (not isinstance(y, list) or len(y) >= 1):
            return False
    return True


def _v51(x: Any) -> bool:
    return _v52(x) or _v54(x)


def _e51(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (_v52(x) or _v54(x)):
        out.append(Err("anyOf", _C60, x, repr(x) + " is not valid under any of the given schemas"))
    return out


def _v50(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("model" in x and "prompt" in x)
        and x.keys() <= _C57
        and _p50(x)
        and (_v51(x))
    )


def _p50(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "wan-2.7-r2v"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    if "duration_seconds" in x:
        y = x["duration_seconds"]
        if not (is_number(y) and y >= 2 and y <= 10):
            return False
    if "output_resolution" in x:
        y = x["output_resolution"]
        if not (isinstance(y, str) and y in _C8):
            return False
    if "ratio" in x:
        y = x["ratio"]
        if not (isinstance(y, str)):
            return False
    if "negative_prompt" in x:
        y = x["negative_prompt"]
        if not (isinstance(y, str)):
            return False
    if "reference_image_urls" in x:
        y = x["reference_image_urls"]
        if not _v6(y):
            return False
    if "reference_video_urls" in x:
        y = x["reference_video_urls"]
        if not _v6(y):
            return False
    if "first_frame_image_url" in x:
        y = x["first_frame_image_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "reference_audio_url" in x:
        y = x["reference_audio_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "enable_prompt_expansion" in x:
        y = x["enable_prompt_expansion"]
        if not (isinstance(y, bool)):
            return False
    if "seed" in x:
        y = x["seed"]
        if not (is_integer(y)):
            return False
    if "enable_safety_checker" in x:
        y = x["enable_safety_checker"]
        if not (isinstance(y, bool)):
            return False
    if "watermark" in x:
        y = x["watermark"]
        if not (isinstance(y, bool)):
            return False
    return True


def _e55(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "wan-2.7-r2v":
        out.append(Err("const", "wan-2.7-r2v", x, "'wan-2.7-r2v' was expected"))
    return out


def _e56(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_number(x)):
        out.append(Err("type", "number", x, repr(x) + " is not of type 'number'"))
    if is_number(x):
        if not x >= 2:
            out.append(Err("minimum", 2, x, repr(x) + " is less than the minimum of 2"))
    if is_number(x):
        if not x <= 10:
            out.append(Err("maximum", 10, x, repr(x) + " is greater than the maximum of 10"))
    return out


def _e50(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "model" not in x:
            out.append(Err("required", _C33, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C33, x, "'prompt' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C57]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C61))
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e55(x["model"]), ("properties", "model"), "model")
        if "prompt" in x:
            out += prefixed(_e8(x["prompt"]), ("properties", "prompt"), "prompt")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "duration_seconds" in x:
            out += prefixed(
                _e56(x["duration_seconds"]), ("properties", "duration_seconds"), "duration_seconds"
            )
        if "output_resolution" in x:
            out += prefixed(
                _e9(x["output_resolution"]),
                ("properties", "output_resolution"),
                "output_resolution",
            )
        if "ratio" in x:
            out += prefixed(_e8(x["ratio"]), ("properties", "ratio"), "ratio")
        if "negative_prompt" in x:
            out += prefixed(
                _e8(x["negative_prompt"]), ("properties", "negative_prompt"), "negative_prompt"
            )
        if "reference_image_urls" in x:
            out += prefixed(
                _e6(x["reference_image_urls"]),
                ("properties", "reference_image_urls"),
                "reference_image_urls",
            )
        if "reference_video_urls" in x:
            out += prefixed(
                _e6(x["reference_video_urls"]),
                ("properties", "reference_video_urls"),
                "reference_video_urls",
            )
        if "first_frame_image_url" in x:
            out += prefixed(
                _e1(x["first_frame_image_url"]),
                ("properties", "first_frame_image_url"),
                "first_frame_image_url",
            )
        if "reference_audio_url" in x:
            out += prefixed(
                _e1(x["reference_audio_url"]),
                ("properties", "reference_audio_url"),
                "reference_audio_url",
            )
        if "enable_prompt_expansion" in x:
            out += prefixed(
                _e4(x["enable_prompt_expansion"]),
                ("properties", "enable_prompt_expansion"),
                "enable_prompt_expansion",
            )
        if "seed" in x:
            out += prefixed(_e11(x["seed"]), ("properties", "seed"), "seed")
        if "enable_safety_checker" in x:
            out += prefixed(
                _e4(x["enable_safety_checker"]),
                ("properties", "enable_safety_checker"),
                "enable_safety_checker",
            )
        if "watermark" in x:
            out += prefixed(_e4(x["watermark"]), ("properties", "watermark"), "watermark")
    out += prefixed(_e51(x), ("allOf", 0))
    return out


_N0 = Variant((), _v0, _e0, (), "/components/schemas/WanAnimateRequest")
_N1 = Variant((), _v5, _e5, (), "/components/schemas/WanEditVideoRequestV26")
_N2 = Variant((), _v12, _e12, (), "/components/schemas/WanEditVideoRequestV26Flash")
_N3 = Variant((), _v14, _e14, (), "/components/schemas/WanEditVideoRequestV27")
_N4 = Choice(
    (),
    "model",
    {"wan-2.6-edit-video": _N1, "wan-2.6-flash-edit-video": _N2, "wan-2.7-edit-video": _N3},
)
_N5 = Variant((), _v17, _e17, (), "/components/schemas/WanImageToVideoRequestV22Turbo")
_N6 = Variant((), _v20, _e20, (), "/components/schemas/WanImageToVideoRequestV25")
_N7 = Variant((), _v22, _e22, (), "/components/schemas/WanImageToVideoRequestV26")
_N8 = Variant((), _v24, _e24, (), "/components/schemas/WanImageToVideoRequestV26Flash")
_N9 = Variant((), _v27, _e27, (), "/components/schemas/WanImageToVideoRequestV27")
_N10 = Choice(
    (),
    "model",
    {
        "wan-2.2-a14b-image-to-video-turbo": _N5,
        "wan-2.5-image-to-video": _N6,
        "wan-2.6-image-to-video": _N7,
        "wan-2.6-flash-image-to-video": _N8,
        "wan-2.7-image-to-video": _N9,
    },
)
_N11 = Variant((), _v29, _e29, (), "/components/schemas/WanSpeechToVideoRequest")
_N12 = Variant((), _v31, _e31, (), "/components/schemas/WanTextToImageRequestV27Image")
_N13 = Variant((), _v40, _e40, (), "/components/schemas/WanTextToImageRequestV27ImagePro")
_N14 = Choice((), "model", {"wan-2.7-image": _N12, "wan-2.7-image-pro": _N13})
_N15 = Variant((), _v42, _e42, (), "/components/schemas/WanTextToVideoRequestV22Turbo")
_N16 = Variant((), _v44, _e44, (), "/components/schemas/WanTextToVideoRequestV25")
_N17 = Variant((), _v46, _e46, (), "/components/schemas/WanTextToVideoRequestV26")
_N18 = Variant((), _v48, _e48, (), "/components/schemas/WanTextToVideoRequestV27")
_N19 = Variant(
    (),
    _v50,
    _e50,
    (
        "wan-2.7-r2v needs at least one reference image or video URL (reference_image_urls or reference_video_urls)",
    ),
    "/components/schemas/WanTextToVideoRequestV27R2v",
)
_N20 = Choice(
    (),
    "model",
    {
        "wan-2.2-a14b-text-to-video-turbo": _N15,
        "wan-2.5-text-to-video": _N16,
        "wan-2.6-text-to-video": _N17,
        "wan-2.7-text-to-video": _N18,
        "wan-2.7-r2v": _N19,
    },
)


BODIES: dict[str, Node] = {
    "wan.animate.create": _N0,
    "wan.edit_video.create": _N4,
    "wan.image_to_video.create": _N10,
    "wan.speech_to_video.create": _N11,
    "wan.text_to_image.create": _N14,
    "wan.text_to_video.create": _N20,
}
