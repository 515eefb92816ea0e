"""Request validation of the suno operations, compiled from their schemas.

Generated from spec/openapi.yaml by generator/targets/python_validators.py. Do not edit."""

from __future__ import annotations

import re
from typing import Any

from .._schema_checks import (
    Choice,
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

_C0 = frozenset(
    [
        "audio_weight",
        "callback_url",
        "model",
        "negative_tags",
        "style_weight",
        "tags",
        "title",
        "upload_url",
        "vocal_gender",
        "weirdness_constraint",
    ]
)
_C1 = frozenset(["suno-v4", "suno-v4.5", "suno-v4.5-all", "suno-v4.5-plus", "suno-v5"])
_C2 = frozenset(["female", "male"])
_C3 = ["upload_url", "title", "tags", "negative_tags", "model"]
_C4 = (
    "audio_weight",
    "callback_url",
    "model",
    "negative_tags",
    "style_weight",
    "tags",
    "title",
    "upload_url",
    "vocal_gender",
    "weirdness_constraint",
)
_C5 = ["suno-v5", "suno-v4.5-plus", "suno-v4.5-all", "suno-v4.5", "suno-v4"]
_C6 = ["male", "female"]
_C7 = frozenset(
    [
        "audio_weight",
        "callback_url",
        "lyrics",
        "model",
        "negative_tags",
        "style",
        "style_weight",
        "title",
        "upload_url",
        "vocal_gender",
        "weirdness_constraint",
    ]
)
_C8 = ["upload_url", "lyrics", "title", "style", "model"]
_C9 = (
    "audio_weight",
    "callback_url",
    "lyrics",
    "model",
    "negative_tags",
    "style",
    "style_weight",
    "title",
    "upload_url",
    "vocal_gender",
    "weirdness_constraint",
)
_C10 = frozenset(["description"])
_C11 = ["description"]
_C12 = ("description",)
_C13 = frozenset(["task_id"])
_C14 = ["task_id"]
_C15 = ("task_id",)
_C16 = frozenset(["audio_id", "callback_url", "task_id"])
_C17 = ["task_id", "audio_id"]
_C18 = ("audio_id", "callback_url", "task_id")
_C19 = frozenset(
    [
        "audio_weight",
        "callback_url",
        "model",
        "negative_tags",
        "persona_id",
        "persona_type",
        "prompt",
        "style_weight",
        "upload_url",
        "vocal_gender",
        "vocal_mode",
        "weirdness_constraint",
    ]
)
_C20 = ["persona_type", "persona_id"]
_C21 = frozenset(["style", "voice"])
_C22 = ["upload_url", "vocal_mode", "model", "prompt"]
_C23 = (
    "audio_weight",
    "callback_url",
    "model",
    "negative_tags",
    "persona_id",
    "persona_type",
    "prompt",
    "style_weight",
    "upload_url",
    "vocal_gender",
    "vocal_mode",
    "weirdness_constraint",
)
_C24 = ["style", "voice"]
_C25 = frozenset(
    [
        "audio_weight",
        "callback_url",
        "lyrics",
        "model",
        "negative_tags",
        "persona_id",
        "persona_type",
        "style",
        "style_weight",
        "title",
        "upload_url",
        "vocal_gender",
        "vocal_mode",
        "weirdness_constraint",
    ]
)
_C26 = ["upload_url", "vocal_mode", "model", "lyrics", "style", "title"]
_C27 = (
    "audio_weight",
    "callback_url",
    "lyrics",
    "model",
    "negative_tags",
    "persona_id",
    "persona_type",
    "style",
    "style_weight",
    "title",
    "upload_url",
    "vocal_gender",
    "vocal_mode",
    "weirdness_constraint",
)
_C28 = frozenset(
    [
        "audio_weight",
        "callback_url",
        "model",
        "negative_tags",
        "persona_id",
        "persona_type",
        "style",
        "style_weight",
        "title",
        "upload_url",
        "vocal_gender",
        "vocal_mode",
        "weirdness_constraint",
    ]
)
_C29 = ["upload_url", "vocal_mode", "model", "style", "title"]
_C30 = (
    "audio_weight",
    "callback_url",
    "model",
    "negative_tags",
    "persona_id",
    "persona_type",
    "style",
    "style_weight",
    "title",
    "upload_url",
    "vocal_gender",
    "vocal_mode",
    "weirdness_constraint",
)
_C31 = frozenset(
    [
        "audio_weight",
        "callback_url",
        "model",
        "persona_id",
        "persona_type",
        "prompt",
        "style_weight",
        "upload_url_list",
        "vocal_gender",
        "vocal_mode",
        "weirdness_constraint",
    ]
)
_C32 = ["upload_url_list", "vocal_mode", "model", "prompt"]
_C33 = (
    "audio_weight",
    "callback_url",
    "model",
    "persona_id",
    "persona_type",
    "prompt",
    "style_weight",
    "upload_url_list",
    "vocal_gender",
    "vocal_mode",
    "weirdness_constraint",
)
_C34 = frozenset(
    [
        "audio_weight",
        "callback_url",
        "lyrics",
        "model",
        "persona_id",
        "persona_type",
        "style",
        "style_weight",
        "title",
        "upload_url_list",
        "vocal_gender",
        "vocal_mode",
        "weirdness_constraint",
    ]
)
_C35 = ["upload_url_list", "vocal_mode", "model", "lyrics", "style", "title"]
_C36 = (
    "audio_weight",
    "callback_url",
    "lyrics",
    "model",
    "persona_id",
    "persona_type",
    "style",
    "style_weight",
    "title",
    "upload_url_list",
    "vocal_gender",
    "vocal_mode",
    "weirdness_constraint",
)
_C37 = frozenset(
    [
        "audio_weight",
        "callback_url",
        "model",
        "persona_id",
        "persona_type",
        "style",
        "style_weight",
        "title",
        "upload_url_list",
        "vocal_gender",
        "vocal_mode",
        "weirdness_constraint",
    ]
)
_C38 = ["upload_url_list", "vocal_mode", "model", "style", "title"]
_C39 = (
    "audio_weight",
    "callback_url",
    "model",
    "persona_id",
    "persona_type",
    "style",
    "style_weight",
    "title",
    "upload_url_list",
    "vocal_gender",
    "vocal_mode",
    "weirdness_constraint",
)
_C40 = frozenset(
    [
        "audio_id",
        "audio_url",
        "audio_weight",
        "callback_url",
        "continue_at",
        "instrumental",
        "lyrics",
        "model",
        "negative_tags",
        "parameter_mode",
        "persona_id",
        "persona_type",
        "prompt",
        "style",
        "style_weight",
        "task_id",
        "title",
        "upload_url",
        "vocal_gender",
        "weirdness_constraint",
    ]
)
_C41 = [
    {"required": ["audio_id"]},
    {"required": ["upload_url"]},
    {"required": ["task_id"]},
    {"required": ["audio_url"]},
]
_C42 = ["prompt"]
_C43 = ["parameter_mode", "model"]
_C44 = (
    "audio_id",
    "audio_url",
    "audio_weight",
    "callback_url",
    "continue_at",
    "instrumental",
    "lyrics",
    "model",
    "negative_tags",
    "parameter_mode",
    "persona_id",
    "persona_type",
    "prompt",
    "style",
    "style_weight",
    "task_id",
    "title",
    "upload_url",
    "vocal_gender",
    "weirdness_constraint",
)
_C45 = False
_C46 = {"required": ["lyrics"]}
_C47 = ["parameter_mode", "model", "style", "title", "continue_at"]
_C48 = frozenset(["callback_url", "task_id"])
_C49 = ("callback_url", "task_id")
_C50 = frozenset(["callback_url", "prompt"])
_C51 = ("callback_url", "prompt")
_C52 = frozenset(["audio_id", "description", "name", "task_id"])
_C53 = ["task_id", "audio_id", "name", "description"]
_C54 = ("audio_id", "description", "name", "task_id")
_C55 = frozenset(
    [
        "callback_url",
        "description",
        "singer_skill_level",
        "style",
        "task_id",
        "verify_url",
        "voice_name",
    ]
)
_C56 = frozenset(["advanced", "beginner", "intermediate", "professional"])
_C57 = ["task_id", "verify_url"]
_C58 = (
    "callback_url",
    "description",
    "singer_skill_level",
    "style",
    "task_id",
    "verify_url",
    "voice_name",
)
_C59 = ["beginner", "intermediate", "advanced", "professional"]
_C60 = frozenset(["audio_id", "task_id"])
_C61 = ("audio_id", "task_id")
_C62 = frozenset(
    [
        "audio_id",
        "callback_url",
        "full_lyrics",
        "infill_end_time",
        "infill_start_time",
        "lyrics",
        "model",
        "negative_tags",
        "tags",
        "task_id",
        "title",
        "upload_url",
    ]
)
_C63 = frozenset(
    ["suno-v4", "suno-v4.5", "suno-v4.5-all", "suno-v4.5-plus", "suno-v5", "suno-v5.5"]
)
_C64 = ["task_id", "audio_id", "lyrics", "tags", "title", "infill_start_time", "infill_end_time"]
_C65 = (
    "audio_id",
    "callback_url",
    "full_lyrics",
    "infill_end_time",
    "infill_start_time",
    "lyrics",
    "model",
    "negative_tags",
    "tags",
    "task_id",
    "title",
    "upload_url",
)
_C66 = ["suno-v4", "suno-v4.5", "suno-v4.5-all", "suno-v4.5-plus", "suno-v5", "suno-v5.5"]
_C67 = frozenset(["audio_id", "callback_url", "stem_name", "task_id", "type"])
_C68 = frozenset(["separate_vocal", "split_stem"])
_C69 = frozenset(
    [
        "808",
        "Accordion",
        "Acoustic Guitar",
        "Alto Saxophone",
        "Arpeggiator",
        "Backing Vocals",
        "Bagpipes",
        "Banjo",
        "Baritone Saxophone",
        "Bass",
        "Bass Guitar",
        "Bassoon",
        "Bells",
        "Bongos",
        "Brass Section",
        "Celesta",
        "Cello",
        "Choir",
        "Clarinet",
        "Congas",
        "Cowbell",
        "Cymbals",
        "Didgeridoo",
        "Digital Piano",
        "Distorted Electric Guitar",
        "Djembe",
        "Double Bass",
        "Drone",
        "Drum Kit",
        "Electric Bass",
        "Electric Guitar",
        "Electric Piano",
        "Electronic Drum Kit",
        "Fiddle",
        "Flute",
        "French Horn",
        "Glockenspiel",
        "Guitar",
        "Hand Clap",
        "Harmonica",
        "Harp",
        "Harpsichord",
        "Hi-Hat",
        "Horns",
        "Keyboards",
        "Kick",
        "Koto",
        "Lap Steel Guitar",
        "Lead Electric Guitar",
        "Lead Guitar",
        "Lead Vocal",
        "Mandolin",
        "Marimba",
        "Melodica",
        "Music Box",
        "Oboe",
        "Orchestra",
        "Organ",
        "Pedal Steel Guitar",
        "Percussion",
        "Piano",
        "Piccolo",
        "Rhodes",
        "Rhythm Acoustic Guitar",
        "Rhythm Electric Guitar",
        "Risers",
        "Saxophone",
        "Shaker",
        "Sitar",
        "Snare",
        "Sound Effects",
        "Steel Drums",
        "String Section",
        "Synth",
        "Synth Bass",
        "Synth Brass",
        "Synth Keys",
        "Synth Lead",
        "Synth Pad",
        "Synth Strings",
        "Synth Voice",
        "Tabla",
        "Taiko",
        "Tambourine",
        "Tenor Saxophone",
        "Theremin",
        "Timpani",
        "Trombone",
        "Trumpet",
        "Tuba",
        "Ukulele",
        "Upright Bass",
        "Vibraphone",
        "Viola",
        "Violin",
        "Whistle",
        "Woodwinds",
        "Xylophone",
    ]
)
_C70 = ("audio_id", "callback_url", "stem_name", "task_id", "type")
_C71 = ["separate_vocal", "split_stem"]
_C72 = [
    "Lead Vocal",
    "Drum Kit",
    "Kick",
    "Snare",
    "Risers",
    "Bass",
    "Backing Vocals",
    "Piano",
    "Electric Guitar",
    "Percussion",
    "String Section",
    "Synth",
    "Acoustic Guitar",
    "Sound Effects",
    "Synth Pad",
    "Synth Bass",
    "Guitar",
    "Brass Section",
    "Organ",
    "Electronic Drum Kit",
    "Lead Electric Guitar",
    "Synth Keys",
    "Rhythm Electric Guitar",
    "Electric Piano",
    "Upright Bass",
    "Keyboards",
    "Distorted Electric Guitar",
    "Synth Strings",
    "Synth Lead",
    "Woodwinds",
    "Rhythm Acoustic Guitar",
    "Flute",
    "Harp",
    "Tambourine",
    "Trumpet",
    "Arpeggiator",
    "Accordion",
    "Fiddle",
    "Pedal Steel Guitar",
    "Synth Voice",
    "Violin",
    "Digital Piano",
    "Synth Brass",
    "Mandolin",
    "Choir",
    "Banjo",
    "Bells",
    "Clarinet",
    "Tenor Saxophone",
    "Trombone",
    "Shaker",
    "French Horn",
    "Glockenspiel",
    "Electric Bass",
    "Cello",
    "Timpani",
    "Harmonica",
    "Marimba",
    "Vibraphone",
    "Lap Steel Guitar",
    "Saxophone",
    "Orchestra",
    "Horns",
    "Cymbals",
    "Hand Clap",
    "Oboe",
    "Celesta",
    "Congas",
    "Drone",
    "Alto Saxophone",
    "Double Bass",
    "Ukulele",
    "Harpsichord",
    "Baritone Saxophone",
    "Xylophone",
    "Tuba",
    "Bass Guitar",
    "Whistle",
    "Lead Guitar",
    "Rhodes",
    "808",
    "Bongos",
    "Bassoon",
    "Cowbell",
    "Viola",
    "Sitar",
    "Steel Drums",
    "Piccolo",
    "Theremin",
    "Bagpipes",
    "Hi-Hat",
    "Music Box",
    "Melodica",
    "Tabla",
    "Koto",
    "Djembe",
    "Taiko",
    "Didgeridoo",
]
_C73 = frozenset(
    [
        "audio_weight",
        "callback_url",
        "continue_at",
        "model",
        "persona_id",
        "persona_type",
        "prompt",
        "style_weight",
        "vocal_mode",
        "weirdness_constraint",
    ]
)
_C74 = ["vocal_mode", "model", "prompt"]
_C75 = (
    "audio_weight",
    "callback_url",
    "continue_at",
    "model",
    "persona_id",
    "persona_type",
    "prompt",
    "style_weight",
    "vocal_mode",
    "weirdness_constraint",
)
_C76 = frozenset(
    [
        "audio_weight",
        "callback_url",
        "continue_at",
        "lyrics",
        "model",
        "negative_tags",
        "persona_id",
        "persona_type",
        "style",
        "style_weight",
        "title",
        "vocal_gender",
        "vocal_mode",
        "weirdness_constraint",
    ]
)
_C77 = ["vocal_mode", "model", "lyrics", "style", "title"]
_C78 = (
    "audio_weight",
    "callback_url",
    "continue_at",
    "lyrics",
    "model",
    "negative_tags",
    "persona_id",
    "persona_type",
    "style",
    "style_weight",
    "title",
    "vocal_gender",
    "vocal_mode",
    "weirdness_constraint",
)
_C79 = frozenset(
    [
        "audio_weight",
        "callback_url",
        "continue_at",
        "model",
        "negative_tags",
        "persona_id",
        "persona_type",
        "style",
        "style_weight",
        "title",
        "vocal_mode",
        "weirdness_constraint",
    ]
)
_C80 = ["vocal_mode", "model", "style", "title"]
_C81 = (
    "audio_weight",
    "callback_url",
    "continue_at",
    "model",
    "negative_tags",
    "persona_id",
    "persona_type",
    "style",
    "style_weight",
    "title",
    "vocal_mode",
    "weirdness_constraint",
)
_C82 = frozenset(
    ["callback_url", "grab_lyrics", "model", "prompt", "sound_key", "sound_loop", "sound_tempo"]
)
_C83 = frozenset(["suno-v5", "suno-v5.5"])
_C84 = frozenset(
    [
        "A",
        "A#",
        "A#m",
        "Am",
        "B",
        "Bm",
        "C",
        "C#",
        "C#m",
        "Cm",
        "D",
        "D#",
        "D#m",
        "Dm",
        "E",
        "Em",
        "F",
        "F#",
        "F#m",
        "Fm",
        "G",
        "G#",
        "G#m",
        "Gm",
    ]
)
_C85 = ["prompt", "model"]
_C86 = ("callback_url", "grab_lyrics", "model", "prompt", "sound_key", "sound_loop", "sound_tempo")
_C87 = ["suno-v5", "suno-v5.5"]
_C88 = [
    "Cm",
    "C#m",
    "Dm",
    "D#m",
    "Em",
    "Fm",
    "F#m",
    "Gm",
    "G#m",
    "Am",
    "A#m",
    "Bm",
    "C",
    "C#",
    "D",
    "D#",
    "E",
    "F",
    "F#",
    "G",
    "G#",
    "A",
    "A#",
    "B",
]
_C89 = frozenset(["audio_id", "author", "callback_url", "domain_name", "task_id"])
_C90 = ("audio_id", "author", "callback_url", "domain_name", "task_id")
_C91 = frozenset(
    ["callback_url", "language", "vocal_end_seconds", "vocal_start_seconds", "voice_url"]
)
_C92 = frozenset(["de", "en", "es", "fr", "hi", "ja", "ko", "pt", "ru", "zh"])
_C93 = ["voice_url", "vocal_start_seconds", "vocal_end_seconds"]
_C94 = ("callback_url", "language", "vocal_end_seconds", "vocal_start_seconds", "voice_url")
_C95 = ["en", "zh", "es", "fr", "pt", "de", "ja", "ko", "hi", "ru"]


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
        and (
            "upload_url" in x
            and "title" in x
            and "tags" in x
            and "negative_tags" in x
            and "model" in x
        )
        and x.keys() <= _C0
        and _p0(x)
    )


def _p0(x: dict[str, Any]) -> bool:
    if "upload_url" in x:
        y = x["upload_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "title" in x:
        y = x["title"]
        if not (isinstance(y, str)):
            return False
    if "tags" in x:
        y = x["tags"]
        if not (isinstance(y, str)):
            return False
    if "negative_tags" in x:
        y = x["negative_tags"]
        if not (isinstance(y, str)):
            return False
    if "model" in x:
        y = x["model"]
        if not (isinstance(y, str) and y in _C1):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    if "vocal_gender" in x:
        y = x["vocal_gender"]
        if not (isinstance(y, str) and y in _C2):
            return False
    if "style_weight" in x:
        y = x["style_weight"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    if "weirdness_constraint" in x:
        y = x["weirdness_constraint"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    if "audio_weight" in x:
        y = x["audio_weight"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    return True


def _e2(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    return out


def _e3(x: Any) -> list[Err]:
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
                + " is not one of ['suno-v5', 'suno-v4.5-plus', 'suno-v4.5-all', 'suno-v4.5', 'suno-v4']",
            )
        )
    return out


def _e4(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C2):
        out.append(Err("enum", _C6, x, repr(x) + " is not one of ['male', 'female']"))
    return out


def _e5(x: Any) -> list[Err]:
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


def _e0(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "upload_url" not in x:
            out.append(Err("required", _C3, x, "'upload_url' is a required property"))
        if "title" not in x:
            out.append(Err("required", _C3, x, "'title' is a required property"))
        if "tags" not in x:
            out.append(Err("required", _C3, x, "'tags' is a required property"))
        if "negative_tags" not in x:
            out.append(Err("required", _C3, x, "'negative_tags' is a required property"))
        if "model" not in x:
            out.append(Err("required", _C3, x, "'model' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C0]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C4))
    if isinstance(x, dict):
        if "upload_url" in x:
            out += prefixed(_e1(x["upload_url"]), ("properties", "upload_url"), "upload_url")
        if "title" in x:
            out += prefixed(_e2(x["title"]), ("properties", "title"), "title")
        if "tags" in x:
            out += prefixed(_e2(x["tags"]), ("properties", "tags"), "tags")
        if "negative_tags" in x:
            out += prefixed(
                _e2(x["negative_tags"]), ("properties", "negative_tags"), "negative_tags"
            )
        if "model" in x:
            out += prefixed(_e3(x["model"]), ("properties", "model"), "model")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "vocal_gender" in x:
            out += prefixed(_e4(x["vocal_gender"]), ("properties", "vocal_gender"), "vocal_gender")
        if "style_weight" in x:
            out += prefixed(_e5(x["style_weight"]), ("properties", "style_weight"), "style_weight")
        if "weirdness_constraint" in x:
            out += prefixed(
                _e5(x["weirdness_constraint"]),
                ("properties", "weirdness_constraint"),
                "weirdness_constraint",
            )
        if "audio_weight" in x:
            out += prefixed(_e5(x["audio_weight"]), ("properties", "audio_weight"), "audio_weight")
    return out


def _v6(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("upload_url" in x and "lyrics" in x and "title" in x and "style" in x and "model" in x)
        and x.keys() <= _C7
        and _p6(x)
    )


def _p6(x: dict[str, Any]) -> bool:
    if "upload_url" in x:
        y = x["upload_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "lyrics" in x:
        y = x["lyrics"]
        if not (isinstance(y, str)):
            return False
    if "title" in x:
        y = x["title"]
        if not (isinstance(y, str)):
            return False
    if "style" in x:
        y = x["style"]
        if not (isinstance(y, str)):
            return False
    if "model" in x:
        y = x["model"]
        if not (isinstance(y, str) and y in _C1):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    if "negative_tags" in x:
        y = x["negative_tags"]
        if not (isinstance(y, str)):
            return False
    if "vocal_gender" in x:
        y = x["vocal_gender"]
        if not (isinstance(y, str) and y in _C2):
            return False
    if "style_weight" in x:
        y = x["style_weight"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    if "weirdness_constraint" in x:
        y = x["weirdness_constraint"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    if "audio_weight" in x:
        y = x["audio_weight"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    return True


def _e6(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "upload_url" not in x:
            out.append(Err("required", _C8, x, "'upload_url' is a required property"))
        if "lyrics" not in x:
            out.append(Err("required", _C8, x, "'lyrics' is a required property"))
        if "title" not in x:
            out.append(Err("required", _C8, x, "'title' is a required property"))
        if "style" not in x:
            out.append(Err("required", _C8, x, "'style' is a required property"))
        if "model" not in x:
            out.append(Err("required", _C8, x, "'model' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C7]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C9))
    if isinstance(x, dict):
        if "upload_url" in x:
            out += prefixed(_e1(x["upload_url"]), ("properties", "upload_url"), "upload_url")
        if "lyrics" in x:
            out += prefixed(_e2(x["lyrics"]), ("properties", "lyrics"), "lyrics")
        if "title" in x:
            out += prefixed(_e2(x["title"]), ("properties", "title"), "title")
        if "style" in x:
            out += prefixed(_e2(x["style"]), ("properties", "style"), "style")
        if "model" in x:
            out += prefixed(_e3(x["model"]), ("properties", "model"), "model")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "negative_tags" in x:
            out += prefixed(
                _e2(x["negative_tags"]), ("properties", "negative_tags"), "negative_tags"
            )
        if "vocal_gender" in x:
            out += prefixed(_e4(x["vocal_gender"]), ("properties", "vocal_gender"), "vocal_gender")
        if "style_weight" in x:
            out += prefixed(_e5(x["style_weight"]), ("properties", "style_weight"), "style_weight")
        if "weirdness_constraint" in x:
            out += prefixed(
                _e5(x["weirdness_constraint"]),
                ("properties", "weirdness_constraint"),
                "weirdness_constraint",
            )
        if "audio_weight" in x:
            out += prefixed(_e5(x["audio_weight"]), ("properties", "audio_weight"), "audio_weight")
    return out


def _v7(x: Any) -> bool:
    return isinstance(x, dict) and "description" in x and x.keys() <= _C10 and _p7(x)


def _p7(x: dict[str, Any]) -> bool:
    if "description" in x:
        y = x["description"]
        if not (isinstance(y, str)):
            return False
    return True


def _e7(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "description" not in x:
            out.append(Err("required", _C11, x, "'description' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C10]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C12))
    if isinstance(x, dict):
        if "description" in x:
            out += prefixed(_e2(x["description"]), ("properties", "description"), "description")
    return out


def _v8(x: Any) -> bool:
    return isinstance(x, dict) and "task_id" in x and x.keys() <= _C13 and _p8(x)


def _p8(x: dict[str, Any]) -> bool:
    if "task_id" in x:
        y = x["task_id"]
        if not (isinstance(y, str)):
            return False
    return True


def _e8(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "task_id" not in x:
            out.append(Err("required", _C14, x, "'task_id' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C13]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C15))
    if isinstance(x, dict):
        if "task_id" in x:
            out += prefixed(_e2(x["task_id"]), ("properties", "task_id"), "task_id")
    return out


def _v9(x: Any) -> bool:
    return (
        isinstance(x, dict) and ("task_id" in x and "audio_id" in x) and x.keys() <= _C16 and _p9(x)
    )


def _p9(x: dict[str, Any]) -> bool:
    if "task_id" in x:
        y = x["task_id"]
        if not (isinstance(y, str)):
            return False
    if "audio_id" in x:
        y = x["audio_id"]
        if not (isinstance(y, str)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    return True


def _e9(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "task_id" not in x:
            out.append(Err("required", _C17, x, "'task_id' is a required property"))
        if "audio_id" not in x:
            out.append(Err("required", _C17, x, "'audio_id' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C16]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C18))
    if isinstance(x, dict):
        if "task_id" in x:
            out += prefixed(_e2(x["task_id"]), ("properties", "task_id"), "task_id")
        if "audio_id" in x:
            out += prefixed(_e2(x["audio_id"]), ("properties", "audio_id"), "audio_id")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


def _v12(x: Any) -> bool:
    return not isinstance(x, dict) or _p12(x)


def _p12(x: dict[str, Any]) -> bool:
    if "model" in x:
        y = x["model"]
        if not (y == "suno-v5"):
            return False
    return True


def _e13(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "suno-v5":
        out.append(Err("const", "suno-v5", x, "'suno-v5' was expected"))
    return out


def _e12(x: Any) -> list[Err]:
    out: list[Err] = []
    if isinstance(x, dict):
        if "model" in x:
            out += prefixed(_e13(x["model"]), ("properties", "model"), "model")
    return out


def _v14(x: Any) -> bool:
    return (not isinstance(x, dict) or ("persona_type" in x and "persona_id" in x)) and (
        not isinstance(x, dict) or _p14(x)
    )


def _p14(x: dict[str, Any]) -> bool:
    if "persona_type" in x:
        y = x["persona_type"]
        if not (y == "voice"):
            return False
    return True


def _v11(x: Any) -> bool:
    return _v12(x) if _v14(x) else True


def _e11(x: Any) -> list[Err]:
    out: list[Err] = []
    if _v14(x):
        out += prefixed(_e12(x), ("then",))
    return out


def _v10(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("upload_url" in x and "vocal_mode" in x and "model" in x and "prompt" in x)
        and x.keys() <= _C19
        and _p10(x)
        and (_v11(x))
    )


def _p10(x: dict[str, Any]) -> bool:
    if "upload_url" in x:
        y = x["upload_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "vocal_mode" in x:
        y = x["vocal_mode"]
        if not (y == "auto_lyrics"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str)):
            return False
    if "model" in x:
        y = x["model"]
        if not (isinstance(y, str) and y in _C1):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    if "persona_id" in x:
        y = x["persona_id"]
        if not (isinstance(y, str)):
            return False
    if "persona_type" in x:
        y = x["persona_type"]
        if not (isinstance(y, str) and y in _C21):
            return False
    if "negative_tags" in x:
        y = x["negative_tags"]
        if not (isinstance(y, str)):
            return False
    if "vocal_gender" in x:
        y = x["vocal_gender"]
        if not (isinstance(y, str) and y in _C2):
            return False
    if "style_weight" in x:
        y = x["style_weight"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    if "weirdness_constraint" in x:
        y = x["weirdness_constraint"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    if "audio_weight" in x:
        y = x["audio_weight"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    return True


def _e16(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "auto_lyrics":
        out.append(Err("const", "auto_lyrics", x, "'auto_lyrics' was expected"))
    return out


def _e17(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C21):
        out.append(Err("enum", _C24, x, repr(x) + " is not one of ['style', 'voice']"))
    return out


def _e10(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "upload_url" not in x:
            out.append(Err("required", _C22, x, "'upload_url' is a required property"))
        if "vocal_mode" not in x:
            out.append(Err("required", _C22, x, "'vocal_mode' is a required property"))
        if "model" not in x:
            out.append(Err("required", _C22, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C22, x, "'prompt' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C19]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C23))
    if isinstance(x, dict):
        if "upload_url" in x:
            out += prefixed(_e1(x["upload_url"]), ("properties", "upload_url"), "upload_url")
        if "vocal_mode" in x:
            out += prefixed(_e16(x["vocal_mode"]), ("properties", "vocal_mode"), "vocal_mode")
        if "prompt" in x:
            out += prefixed(_e2(x["prompt"]), ("properties", "prompt"), "prompt")
        if "model" in x:
            out += prefixed(_e3(x["model"]), ("properties", "model"), "model")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "persona_id" in x:
            out += prefixed(_e2(x["persona_id"]), ("properties", "persona_id"), "persona_id")
        if "persona_type" in x:
            out += prefixed(_e17(x["persona_type"]), ("properties", "persona_type"), "persona_type")
        if "negative_tags" in x:
            out += prefixed(
                _e2(x["negative_tags"]), ("properties", "negative_tags"), "negative_tags"
            )
        if "vocal_gender" in x:
            out += prefixed(_e4(x["vocal_gender"]), ("properties", "vocal_gender"), "vocal_gender")
        if "style_weight" in x:
            out += prefixed(_e5(x["style_weight"]), ("properties", "style_weight"), "style_weight")
        if "weirdness_constraint" in x:
            out += prefixed(
                _e5(x["weirdness_constraint"]),
                ("properties", "weirdness_constraint"),
                "weirdness_constraint",
            )
        if "audio_weight" in x:
            out += prefixed(_e5(x["audio_weight"]), ("properties", "audio_weight"), "audio_weight")
    out += prefixed(_e11(x), ("allOf", 0))
    return out


def _v18(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and (
            "upload_url" in x
            and "vocal_mode" in x
            and "model" in x
            and "lyrics" in x
            and "style" in x
            and "title" in x
        )
        and x.keys() <= _C25
        and _p18(x)
        and (_v11(x))
    )


def _p18(x: dict[str, Any]) -> bool:
    if "upload_url" in x:
        y = x["upload_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "vocal_mode" in x:
        y = x["vocal_mode"]
        if not (y == "exact_lyrics"):
            return False
    if "lyrics" in x:
        y = x["lyrics"]
        if not (isinstance(y, str)):
            return False
    if "style" in x:
        y = x["style"]
        if not (isinstance(y, str)):
            return False
    if "title" in x:
        y = x["title"]
        if not (isinstance(y, str)):
            return False
    if "model" in x:
        y = x["model"]
        if not (isinstance(y, str) and y in _C1):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    if "persona_id" in x:
        y = x["persona_id"]
        if not (isinstance(y, str)):
            return False
    if "persona_type" in x:
        y = x["persona_type"]
        if not (isinstance(y, str) and y in _C21):
            return False
    if "negative_tags" in x:
        y = x["negative_tags"]
        if not (isinstance(y, str)):
            return False
    if "vocal_gender" in x:
        y = x["vocal_gender"]
        if not (isinstance(y, str) and y in _C2):
            return False
    if "style_weight" in x:
        y = x["style_weight"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    if "weirdness_constraint" in x:
        y = x["weirdness_constraint"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    if "audio_weight" in x:
        y = x["audio_weight"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    return True


def _e19(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "exact_lyrics":
        out.append(Err("const", "exact_lyrics", x, "'exact_lyrics' was expected"))
    return out


def _e18(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "upload_url" not in x:
            out.append(Err("required", _C26, x, "'upload_url' is a required property"))
        if "vocal_mode" not in x:
            out.append(Err("required", _C26, x, "'vocal_mode' is a required property"))
        if "model" not in x:
            out.append(Err("required", _C26, x, "'model' is a required property"))
        if "lyrics" not in x:
            out.append(Err("required", _C26, x, "'lyrics' is a required property"))
        if "style" not in x:
            out.append(Err("required", _C26, x, "'style' is a required property"))
        if "title" not in x:
            out.append(Err("required", _C26, x, "'title' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C25]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C27))
    if isinstance(x, dict):
        if "upload_url" in x:
            out += prefixed(_e1(x["upload_url"]), ("properties", "upload_url"), "upload_url")
        if "vocal_mode" in x:
            out += prefixed(_e19(x["vocal_mode"]), ("properties", "vocal_mode"), "vocal_mode")
        if "lyrics" in x:
            out += prefixed(_e2(x["lyrics"]), ("properties", "lyrics"), "lyrics")
        if "style" in x:
            out += prefixed(_e2(x["style"]), ("properties", "style"), "style")
        if "title" in x:
            out += prefixed(_e2(x["title"]), ("properties", "title"), "title")
        if "model" in x:
            out += prefixed(_e3(x["model"]), ("properties", "model"), "model")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "persona_id" in x:
            out += prefixed(_e2(x["persona_id"]), ("properties", "persona_id"), "persona_id")
        if "persona_type" in x:
            out += prefixed(_e17(x["persona_type"]), ("properties", "persona_type"), "persona_type")
        if "negative_tags" in x:
            out += prefixed(
                _e2(x["negative_tags"]), ("properties", "negative_tags"), "negative_tags"
            )
        if "vocal_gender" in x:
            out += prefixed(_e4(x["vocal_gender"]), ("properties", "vocal_gender"), "vocal_gender")
        if "style_weight" in x:
            out += prefixed(_e5(x["style_weight"]), ("properties", "style_weight"), "style_weight")
        if "weirdness_constraint" in x:
            out += prefixed(
                _e5(x["weirdness_constraint"]),
                ("properties", "weirdness_constraint"),
                "weirdness_constraint",
            )
        if "audio_weight" in x:
            out += prefixed(_e5(x["audio_weight"]), ("properties", "audio_weight"), "audio_weight")
    out += prefixed(_e11(x), ("allOf", 0))
    return out


def _v20(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and (
            "upload_url" in x
            and "vocal_mode" in x
            and "model" in x
            and "style" in x
            and "title" in x
        )
        and x.keys() <= _C28
        and _p20(x)
        and (_v11(x))
    )


def _p20(x: dict[str, Any]) -> bool:
    if "upload_url" in x:
        y = x["upload_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "vocal_mode" in x:
        y = x["vocal_mode"]
        if not (y == "instrumental"):
            return False
    if "style" in x:
        y = x["style"]
        if not (isinstance(y, str)):
            return False
    if "title" in x:
        y = x["title"]
        if not (isinstance(y, str)):
            return False
    if "model" in x:
        y = x["model"]
        if not (isinstance(y, str) and y in _C1):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    if "persona_id" in x:
        y = x["persona_id"]
        if not (isinstance(y, str)):
            return False
    if "persona_type" in x:
        y = x["persona_type"]
        if not (isinstance(y, str) and y in _C21):
            return False
    if "negative_tags" in x:
        y = x["negative_tags"]
        if not (isinstance(y, str)):
            return False
    if "vocal_gender" in x:
        y = x["vocal_gender"]
        if not (isinstance(y, str) and y in _C2):
            return False
    if "style_weight" in x:
        y = x["style_weight"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    if "weirdness_constraint" in x:
        y = x["weirdness_constraint"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    if "audio_weight" in x:
        y = x["audio_weight"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    return True


def _e21(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "instrumental":
        out.append(Err("const", "instrumental", x, "'instrumental' was expected"))
    return out


def _e20(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "upload_url" not in x:
            out.append(Err("required", _C29, x, "'upload_url' is a required property"))
        if "vocal_mode" not in x:
            out.append(Err("required", _C29, x, "'vocal_mode' is a required property"))
        if "model" not in x:
            out.append(Err("required", _C29, x, "'model' is a required property"))
        if "style" not in x:
            out.append(Err("required", _C29, x, "'style' is a required property"))
        if "title" not in x:
            out.append(Err("required", _C29, x, "'title' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C28]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C30))
    if isinstance(x, dict):
        if "upload_url" in x:
            out += prefixed(_e1(x["upload_url"]), ("properties", "upload_url"), "upload_url")
        if "vocal_mode" in x:
            out += prefixed(_e21(x["vocal_mode"]), ("properties", "vocal_mode"), "vocal_mode")
        if "style" in x:
            out += prefixed(_e2(x["style"]), ("properties", "style"), "style")
        if "title" in x:
            out += prefixed(_e2(x["title"]), ("properties", "title"), "title")
        if "model" in x:
            out += prefixed(_e3(x["model"]), ("properties", "model"), "model")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "persona_id" in x:
            out += prefixed(_e2(x["persona_id"]), ("properties", "persona_id"), "persona_id")
        if "persona_type" in x:
            out += prefixed(_e17(x["persona_type"]), ("properties", "persona_type"), "persona_type")
        if "negative_tags" in x:
            out += prefixed(
                _e2(x["negative_tags"]), ("properties", "negative_tags"), "negative_tags"
            )
        if "vocal_gender" in x:
            out += prefixed(_e4(x["vocal_gender"]), ("properties", "vocal_gender"), "vocal_gender")
        if "style_weight" in x:
            out += prefixed(_e5(x["style_weight"]), ("properties", "style_weight"), "style_weight")
        if "weirdness_constraint" in x:
            out += prefixed(
                _e5(x["weirdness_constraint"]),
                ("properties", "weirdness_constraint"),
                "weirdness_constraint",
            )
        if "audio_weight" in x:
            out += prefixed(_e5(x["audio_weight"]), ("properties", "audio_weight"), "audio_weight")
    out += prefixed(_e11(x), ("allOf", 0))
    return out


def _v23(x: Any) -> bool:
    return isinstance(x, list) and len(x) >= 2 and len(x) <= 2 and _x23_items(x)


def _x23_items(x: Any) -> bool:
    if not all((isinstance(y, str) and is_uri(y)) for y in x):
        return False
    return True


def _e23(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, list)):
        out.append(Err("type", "array", x, repr(x) + " is not of type 'array'"))
    if isinstance(x, list):
        if not len(x) >= 2:
            out.append(Err("minItems", 2, x, repr(x) + " is too short"))
    if isinstance(x, list):
        if not len(x) <= 2:
            out.append(Err("maxItems", 2, x, repr(x) + " is too long"))
    if isinstance(x, list):
        for i in range(0, len(x)):
            out += prefixed(_e1(x[i]), ("items",), i)
    return out


def _v22(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("upload_url_list" in x and "vocal_mode" in x and "model" in x and "prompt" in x)
        and x.keys() <= _C31
        and _p22(x)
        and (_v11(x))
    )


def _p22(x: dict[str, Any]) -> bool:
    if "upload_url_list" in x:
        y = x["upload_url_list"]
        if not _v23(y):
            return False
    if "vocal_mode" in x:
        y = x["vocal_mode"]
        if not (y == "auto_lyrics"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str)):
            return False
    if "model" in x:
        y = x["model"]
        if not (isinstance(y, str) and y in _C1):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    if "persona_id" in x:
        y = x["persona_id"]
        if not (isinstance(y, str)):
            return False
    if "persona_type" in x:
        y = x["persona_type"]
        if not (isinstance(y, str) and y in _C21):
            return False
    if "vocal_gender" in x:
        y = x["vocal_gender"]
        if not (isinstance(y, str) and y in _C2):
            return False
    if "style_weight" in x:
        y = x["style_weight"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    if "weirdness_constraint" in x:
        y = x["weirdness_constraint"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    if "audio_weight" in x:
        y = x["audio_weight"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    return True


def _e22(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "upload_url_list" not in x:
            out.append(Err("required", _C32, x, "'upload_url_list' is a required property"))
        if "vocal_mode" not in x:
            out.append(Err("required", _C32, x, "'vocal_mode' is a required property"))
        if "model" not in x:
            out.append(Err("required", _C32, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C32, x, "'prompt' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C31]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C33))
    if isinstance(x, dict):
        if "upload_url_list" in x:
            out += prefixed(
                _e23(x["upload_url_list"]), ("properties", "upload_url_list"), "upload_url_list"
            )
        if "vocal_mode" in x:
            out += prefixed(_e16(x["vocal_mode"]), ("properties", "vocal_mode"), "vocal_mode")
        if "prompt" in x:
            out += prefixed(_e2(x["prompt"]), ("properties", "prompt"), "prompt")
        if "model" in x:
            out += prefixed(_e3(x["model"]), ("properties", "model"), "model")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "persona_id" in x:
            out += prefixed(_e2(x["persona_id"]), ("properties", "persona_id"), "persona_id")
        if "persona_type" in x:
            out += prefixed(_e17(x["persona_type"]), ("properties", "persona_type"), "persona_type")
        if "vocal_gender" in x:
            out += prefixed(_e4(x["vocal_gender"]), ("properties", "vocal_gender"), "vocal_gender")
        if "style_weight" in x:
            out += prefixed(_e5(x["style_weight"]), ("properties", "style_weight"), "style_weight")
        if "weirdness_constraint" in x:
            out += prefixed(
                _e5(x["weirdness_constraint"]),
                ("properties", "weirdness_constraint"),
                "weirdness_constraint",
            )
        if "audio_weight" in x:
            out += prefixed(_e5(x["audio_weight"]), ("properties", "audio_weight"), "audio_weight")
    out += prefixed(_e11(x), ("allOf", 0))
    return out


def _v24(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and (
            "upload_url_list" in x
            and "vocal_mode" in x
            and "model" in x
            and "lyrics" in x
            and "style" in x
            and "title" in x
        )
        and x.keys() <= _C34
        and _p24(x)
        and (_v11(x))
    )


def _p24(x: dict[str, Any]) -> bool:
    if "upload_url_list" in x:
        y = x["upload_url_list"]
        if not _v23(y):
            return False
    if "vocal_mode" in x:
        y = x["vocal_mode"]
        if not (y == "exact_lyrics"):
            return False
    if "lyrics" in x:
        y = x["lyrics"]
        if not (isinstance(y, str)):
            return False
    if "style" in x:
        y = x["style"]
        if not (isinstance(y, str)):
            return False
    if "title" in x:
        y = x["title"]
        if not (isinstance(y, str)):
            return False
    if "model" in x:
        y = x["model"]
        if not (isinstance(y, str) and y in _C1):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    if "persona_id" in x:
        y = x["persona_id"]
        if not (isinstance(y, str)):
            return False
    if "persona_type" in x:
        y = x["persona_type"]
        if not (isinstance(y, str) and y in _C21):
            return False
    if "vocal_gender" in x:
        y = x["vocal_gender"]
        if not (isinstance(y, str) and y in _C2):
            return False
    if "style_weight" in x:
        y = x["style_weight"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    if "weirdness_constraint" in x:
        y = x["weirdness_constraint"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    if "audio_weight" in x:
        y = x["audio_weight"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    return True


def _e24(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "upload_url_list" not in x:
            out.append(Err("required", _C35, x, "'upload_url_list' is a required property"))
        if "vocal_mode" not in x:
            out.append(Err("required", _C35, x, "'vocal_mode' is a required property"))
        if "model" not in x:
            out.append(Err("required", _C35, x, "'model' is a required property"))
        if "lyrics" not in x:
            out.append(Err("required", _C35, x, "'lyrics' is a required property"))
        if "style" not in x:
            out.append(Err("required", _C35, x, "'style' is a required property"))
        if "title" not in x:
            out.append(Err("required", _C35, x, "'title' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C34]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C36))
    if isinstance(x, dict):
        if "upload_url_list" in x:
            out += prefixed(
                _e23(x["upload_url_list"]), ("properties", "upload_url_list"), "upload_url_list"
            )
        if "vocal_mode" in x:
            out += prefixed(_e19(x["vocal_mode"]), ("properties", "vocal_mode"), "vocal_mode")
        if "lyrics" in x:
            out += prefixed(_e2(x["lyrics"]), ("properties", "lyrics"), "lyrics")
        if "style" in x:
            out += prefixed(_e2(x["style"]), ("properties", "style"), "style")
        if "title" in x:
            out += prefixed(_e2(x["title"]), ("properties", "title"), "title")
        if "model" in x:
            out += prefixed(_e3(x["model"]), ("properties", "model"), "model")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "persona_id" in x:
            out += prefixed(_e2(x["persona_id"]), ("properties", "persona_id"), "persona_id")
        if "persona_type" in x:
            out += prefixed(_e17(x["persona_type"]), ("properties", "persona_type"), "persona_type")
        if "vocal_gender" in x:
            out += prefixed(_e4(x["vocal_gender"]), ("properties", "vocal_gender"), "vocal_gender")
        if "style_weight" in x:
            out += prefixed(_e5(x["style_weight"]), ("properties", "style_weight"), "style_weight")
        if "weirdness_constraint" in x:
            out += prefixed(
                _e5(x["weirdness_constraint"]),
                ("properties", "weirdness_constraint"),
                "weirdness_constraint",
            )
        if "audio_weight" in x:
            out += prefixed(_e5(x["audio_weight"]), ("properties", "audio_weight"), "audio_weight")
    out += prefixed(_e11(x), ("allOf", 0))
    return out


def _v25(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and (
            "upload_url_list" in x
            and "vocal_mode" in x
            and "model" in x
            and "style" in x
            and "title" in x
        )
        and x.keys() <= _C37
        and _p25(x)
        and (_v11(x))
    )


def _p25(x: dict[str, Any]) -> bool:
    if "upload_url_list" in x:
        y = x["upload_url_list"]
        if not _v23(y):
            return False
    if "vocal_mode" in x:
        y = x["vocal_mode"]
        if not (y == "instrumental"):
            return False
    if "style" in x:
        y = x["style"]
        if not (isinstance(y, str)):
            return False
    if "title" in x:
        y = x["title"]
        if not (isinstance(y, str)):
            return False
    if "model" in x:
        y = x["model"]
        if not (isinstance(y, str) and y in _C1):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    if "persona_id" in x:
        y = x["persona_id"]
        if not (isinstance(y, str)):
            return False
    if "persona_type" in x:
        y = x["persona_type"]
        if not (isinstance(y, str) and y in _C21):
            return False
    if "vocal_gender" in x:
        y = x["vocal_gender"]
        if not (isinstance(y, str) and y in _C2):
            return False
    if "style_weight" in x:
        y = x["style_weight"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    if "weirdness_constraint" in x:
        y = x["weirdness_constraint"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    if "audio_weight" in x:
        y = x["audio_weight"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    return True


def _e25(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "upload_url_list" not in x:
            out.append(Err("required", _C38, x, "'upload_url_list' is a required property"))
        if "vocal_mode" not in x:
            out.append(Err("required", _C38, x, "'vocal_mode' is a required property"))
        if "model" not in x:
            out.append(Err("required", _C38, x, "'model' is a required property"))
        if "style" not in x:
            out.append(Err("required", _C38, x, "'style' is a required property"))
        if "title" not in x:
            out.append(Err("required", _C38, x, "'title' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C37]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C39))
    if isinstance(x, dict):
        if "upload_url_list" in x:
            out += prefixed(
                _e23(x["upload_url_list"]), ("properties", "upload_url_list"), "upload_url_list"
            )
        if "vocal_mode" in x:
            out += prefixed(_e21(x["vocal_mode"]), ("properties", "vocal_mode"), "vocal_mode")
        if "style" in x:
            out += prefixed(_e2(x["style"]), ("properties", "style"), "style")
        if "title" in x:
            out += prefixed(_e2(x["title"]), ("properties", "title"), "title")
        if "model" in x:
            out += prefixed(_e3(x["model"]), ("properties", "model"), "model")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "persona_id" in x:
            out += prefixed(_e2(x["persona_id"]), ("properties", "persona_id"), "persona_id")
        if "persona_type" in x:
            out += prefixed(_e17(x["persona_type"]), ("properties", "persona_type"), "persona_type")
        if "vocal_gender" in x:
            out += prefixed(_e4(x["vocal_gender"]), ("properties", "vocal_gender"), "vocal_gender")
        if "style_weight" in x:
            out += prefixed(_e5(x["style_weight"]), ("properties", "style_weight"), "style_weight")
        if "weirdness_constraint" in x:
            out += prefixed(
                _e5(x["weirdness_constraint"]),
                ("properties", "weirdness_constraint"),
                "weirdness_constraint",
            )
        if "audio_weight" in x:
            out += prefixed(_e5(x["audio_weight"]), ("properties", "audio_weight"), "audio_weight")
    out += prefixed(_e11(x), ("allOf", 0))
    return out


def _v27(x: Any) -> bool:
    return (
        (not isinstance(x, dict) or "audio_id" in x)
        or (not isinstance(x, dict) or "upload_url" in x)
        or (not isinstance(x, dict) or "task_id" in x)
        or (not isinstance(x, dict) or "audio_url" in x)
    )


def _e27(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (
        (not isinstance(x, dict) or "audio_id" in x)
        or (not isinstance(x, dict) or "upload_url" in x)
        or (not isinstance(x, dict) or "task_id" in x)
        or (not isinstance(x, dict) or "audio_url" in x)
    ):
        out.append(Err("anyOf", _C41, x, repr(x) + " is not valid under any of the given schemas"))
    return out


def _v28(x: Any) -> bool:
    return (
        (not isinstance(x, dict) or "prompt" in x)
        if (not isinstance(x, dict) or "upload_url" in x)
        else True
    )


def _e29(x: Any) -> list[Err]:
    out: list[Err] = []
    if isinstance(x, dict):
        if "prompt" not in x:
            out.append(Err("required", _C42, x, "'prompt' is a required property"))
    return out


def _e28(x: Any) -> list[Err]:
    out: list[Err] = []
    if not isinstance(x, dict) or "upload_url" in x:
        out += prefixed(_e29(x), ("then",))
    return out


def _v26(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("parameter_mode" in x and "model" in x)
        and x.keys() <= _C40
        and _p26(x)
        and (_v27(x) and _v28(x) and _v11(x))
    )


def _p26(x: dict[str, Any]) -> bool:
    if "parameter_mode" in x:
        y = x["parameter_mode"]
        if not (y == "source"):
            return False
    if "audio_id" in x:
        y = x["audio_id"]
        if not (isinstance(y, str)):
            return False
    if "upload_url" in x:
        y = x["upload_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "task_id" in x:
        y = x["task_id"]
        if not (isinstance(y, str)):
            return False
    if "audio_url" in x:
        y = x["audio_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "model" in x:
        y = x["model"]
        if not (isinstance(y, str) and y in _C1):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str)):
            return False
    if "lyrics" in x:
        y = x["lyrics"]
        if not (isinstance(y, str)):
            return False
    if "style" in x:
        y = x["style"]
        if not (isinstance(y, str)):
            return False
    if "title" in x:
        y = x["title"]
        if not (isinstance(y, str)):
            return False
    if "continue_at" in x:
        y = x["continue_at"]
        if not (is_number(y)):
            return False
    if "instrumental" in x:
        y = x["instrumental"]
        if not (isinstance(y, bool)):
            return False
    if "persona_id" in x:
        y = x["persona_id"]
        if not (isinstance(y, str)):
            return False
    if "persona_type" in x:
        y = x["persona_type"]
        if not (isinstance(y, str) and y in _C21):
            return False
    if "negative_tags" in x:
        y = x["negative_tags"]
        if not (isinstance(y, str)):
            return False
    if "vocal_gender" in x:
        y = x["vocal_gender"]
        if not (isinstance(y, str) and y in _C2):
            return False
    if "style_weight" in x:
        y = x["style_weight"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    if "weirdness_constraint" in x:
        y = x["weirdness_constraint"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    if "audio_weight" in x:
        y = x["audio_weight"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    return True


def _e30(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "source":
        out.append(Err("const", "source", x, "'source' was expected"))
    return out


def _e31(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_number(x)):
        out.append(Err("type", "number", x, repr(x) + " is not of type 'number'"))
    return out


def _e32(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, bool)):
        out.append(Err("type", "boolean", x, repr(x) + " is not of type 'boolean'"))
    return out


def _e26(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "parameter_mode" not in x:
            out.append(Err("required", _C43, x, "'parameter_mode' is a required property"))
        if "model" not in x:
            out.append(Err("required", _C43, x, "'model' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C40]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C44))
    if isinstance(x, dict):
        if "parameter_mode" in x:
            out += prefixed(
                _e30(x["parameter_mode"]), ("properties", "parameter_mode"), "parameter_mode"
            )
        if "audio_id" in x:
            out += prefixed(_e2(x["audio_id"]), ("properties", "audio_id"), "audio_id")
        if "upload_url" in x:
            out += prefixed(_e1(x["upload_url"]), ("properties", "upload_url"), "upload_url")
        if "task_id" in x:
            out += prefixed(_e2(x["task_id"]), ("properties", "task_id"), "task_id")
        if "audio_url" in x:
            out += prefixed(_e1(x["audio_url"]), ("properties", "audio_url"), "audio_url")
        if "model" in x:
            out += prefixed(_e3(x["model"]), ("properties", "model"), "model")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "prompt" in x:
            out += prefixed(_e2(x["prompt"]), ("properties", "prompt"), "prompt")
        if "lyrics" in x:
            out += prefixed(_e2(x["lyrics"]), ("properties", "lyrics"), "lyrics")
        if "style" in x:
            out += prefixed(_e2(x["style"]), ("properties", "style"), "style")
        if "title" in x:
            out += prefixed(_e2(x["title"]), ("properties", "title"), "title")
        if "continue_at" in x:
            out += prefixed(_e31(x["continue_at"]), ("properties", "continue_at"), "continue_at")
        if "instrumental" in x:
            out += prefixed(_e32(x["instrumental"]), ("properties", "instrumental"), "instrumental")
        if "persona_id" in x:
            out += prefixed(_e2(x["persona_id"]), ("properties", "persona_id"), "persona_id")
        if "persona_type" in x:
            out += prefixed(_e17(x["persona_type"]), ("properties", "persona_type"), "persona_type")
        if "negative_tags" in x:
            out += prefixed(
                _e2(x["negative_tags"]), ("properties", "negative_tags"), "negative_tags"
            )
        if "vocal_gender" in x:
            out += prefixed(_e4(x["vocal_gender"]), ("properties", "vocal_gender"), "vocal_gender")
        if "style_weight" in x:
            out += prefixed(_e5(x["style_weight"]), ("properties", "style_weight"), "style_weight")
        if "weirdness_constraint" in x:
            out += prefixed(
                _e5(x["weirdness_constraint"]),
                ("properties", "weirdness_constraint"),
                "weirdness_constraint",
            )
        if "audio_weight" in x:
            out += prefixed(_e5(x["audio_weight"]), ("properties", "audio_weight"), "audio_weight")
    out += prefixed(_e27(x), ("allOf", 0))
    out += prefixed(_e28(x), ("allOf", 1))
    out += prefixed(_e11(x), ("allOf", 2))
    return out


def _v35(x: Any) -> bool:
    return (not isinstance(x, dict) or _p35(x)) and not (not isinstance(x, dict) or "lyrics" in x)


def _p35(x: dict[str, Any]) -> bool:
    if "instrumental" in x:
        y = x["instrumental"]
        if not (equal(y, _C45)):
            return False
    return True


def _v34(x: Any) -> bool:
    return (not isinstance(x, dict) or "prompt" in x) if _v35(x) else True


def _e34(x: Any) -> list[Err]:
    out: list[Err] = []
    if _v35(x):
        out += prefixed(_e29(x), ("then",))
    return out


def _v33(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and (
            "parameter_mode" in x
            and "model" in x
            and "style" in x
            and "title" in x
            and "continue_at" in x
        )
        and x.keys() <= _C40
        and _p33(x)
        and (_v27(x) and _v34(x) and _v11(x))
    )


def _p33(x: dict[str, Any]) -> bool:
    if "parameter_mode" in x:
        y = x["parameter_mode"]
        if not (y == "custom"):
            return False
    if "audio_id" in x:
        y = x["audio_id"]
        if not (isinstance(y, str)):
            return False
    if "upload_url" in x:
        y = x["upload_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "task_id" in x:
        y = x["task_id"]
        if not (isinstance(y, str)):
            return False
    if "audio_url" in x:
        y = x["audio_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "model" in x:
        y = x["model"]
        if not (isinstance(y, str) and y in _C1):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str)):
            return False
    if "lyrics" in x:
        y = x["lyrics"]
        if not (isinstance(y, str)):
            return False
    if "style" in x:
        y = x["style"]
        if not (isinstance(y, str)):
            return False
    if "title" in x:
        y = x["title"]
        if not (isinstance(y, str)):
            return False
    if "continue_at" in x:
        y = x["continue_at"]
        if not (is_number(y)):
            return False
    if "instrumental" in x:
        y = x["instrumental"]
        if not (isinstance(y, bool)):
            return False
    if "persona_id" in x:
        y = x["persona_id"]
        if not (isinstance(y, str)):
            return False
    if "persona_type" in x:
        y = x["persona_type"]
        if not (isinstance(y, str) and y in _C21):
            return False
    if "negative_tags" in x:
        y = x["negative_tags"]
        if not (isinstance(y, str)):
            return False
    if "vocal_gender" in x:
        y = x["vocal_gender"]
        if not (isinstance(y, str) and y in _C2):
            return False
    if "style_weight" in x:
        y = x["style_weight"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    if "weirdness_constraint" in x:
        y = x["weirdness_constraint"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    if "audio_weight" in x:
        y = x["audio_weight"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    return True


def _e37(x: Any) -> list[Err]:
    out: list[Err] = []
    if not x == "custom":
        out.append(Err("const", "custom", x, "'custom' was expected"))
    return out


def _e33(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "parameter_mode" not in x:
            out.append(Err("required", _C47, x, "'parameter_mode' is a required property"))
        if "model" not in x:
            out.append(Err("required", _C47, x, "'model' is a required property"))
        if "style" not in x:
            out.append(Err("required", _C47, x, "'style' is a required property"))
        if "title" not in x:
            out.append(Err("required", _C47, x, "'title' is a required property"))
        if "continue_at" not in x:
            out.append(Err("required", _C47, x, "'continue_at' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C40]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C44))
    if isinstance(x, dict):
        if "parameter_mode" in x:
            out += prefixed(
                _e37(x["parameter_mode"]), ("properties", "parameter_mode"), "parameter_mode"
            )
        if "audio_id" in x:
            out += prefixed(_e2(x["audio_id"]), ("properties", "audio_id"), "audio_id")
        if "upload_url" in x:
            out += prefixed(_e1(x["upload_url"]), ("properties", "upload_url"), "upload_url")
        if "task_id" in x:
            out += prefixed(_e2(x["task_id"]), ("properties", "task_id"), "task_id")
        if "audio_url" in x:
            out += prefixed(_e1(x["audio_url"]), ("properties", "audio_url"), "audio_url")
        if "model" in x:
            out += prefixed(_e3(x["model"]), ("properties", "model"), "model")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "prompt" in x:
            out += prefixed(_e2(x["prompt"]), ("properties", "prompt"), "prompt")
        if "lyrics" in x:
            out += prefixed(_e2(x["lyrics"]), ("properties", "lyrics"), "lyrics")
        if "style" in x:
            out += prefixed(_e2(x["style"]), ("properties", "style"), "style")
        if "title" in x:
            out += prefixed(_e2(x["title"]), ("properties", "title"), "title")
        if "continue_at" in x:
            out += prefixed(_e31(x["continue_at"]), ("properties", "continue_at"), "continue_at")
        if "instrumental" in x:
            out += prefixed(_e32(x["instrumental"]), ("properties", "instrumental"), "instrumental")
        if "persona_id" in x:
            out += prefixed(_e2(x["persona_id"]), ("properties", "persona_id"), "persona_id")
        if "persona_type" in x:
            out += prefixed(_e17(x["persona_type"]), ("properties", "persona_type"), "persona_type")
        if "negative_tags" in x:
            out += prefixed(
                _e2(x["negative_tags"]), ("properties", "negative_tags"), "negative_tags"
            )
        if "vocal_gender" in x:
            out += prefixed(_e4(x["vocal_gender"]), ("properties", "vocal_gender"), "vocal_gender")
        if "style_weight" in x:
            out += prefixed(_e5(x["style_weight"]), ("properties", "style_weight"), "style_weight")
        if "weirdness_constraint" in x:
            out += prefixed(
                _e5(x["weirdness_constraint"]),
                ("properties", "weirdness_constraint"),
                "weirdness_constraint",
            )
        if "audio_weight" in x:
            out += prefixed(_e5(x["audio_weight"]), ("properties", "audio_weight"), "audio_weight")
    out += prefixed(_e27(x), ("allOf", 0))
    out += prefixed(_e34(x), ("allOf", 1))
    out += prefixed(_e11(x), ("allOf", 2))
    return out


def _v38(x: Any) -> bool:
    return isinstance(x, dict) and "task_id" in x and x.keys() <= _C48 and _p38(x)


def _p38(x: dict[str, Any]) -> bool:
    if "task_id" in x:
        y = x["task_id"]
        if not (isinstance(y, str)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    return True


def _e38(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "task_id" not in x:
            out.append(Err("required", _C14, x, "'task_id' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C48]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C49))
    if isinstance(x, dict):
        if "task_id" in x:
            out += prefixed(_e2(x["task_id"]), ("properties", "task_id"), "task_id")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


def _v39(x: Any) -> bool:
    return isinstance(x, dict) and "prompt" in x and x.keys() <= _C50 and _p39(x)


def _p39(x: dict[str, Any]) -> bool:
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) <= 200):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    return True


def _e40(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if isinstance(x, str):
        if not len(x) <= 200:
            out.append(Err("maxLength", 200, x, repr(x) + " is too long"))
    return out


def _e39(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "prompt" not in x:
            out.append(Err("required", _C42, x, "'prompt' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C50]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C51))
    if isinstance(x, dict):
        if "prompt" in x:
            out += prefixed(_e40(x["prompt"]), ("properties", "prompt"), "prompt")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


def _v41(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("task_id" in x and "audio_id" in x and "name" in x and "description" in x)
        and x.keys() <= _C52
        and _p41(x)
    )


def _p41(x: dict[str, Any]) -> bool:
    if "task_id" in x:
        y = x["task_id"]
        if not (isinstance(y, str)):
            return False
    if "audio_id" in x:
        y = x["audio_id"]
        if not (isinstance(y, str)):
            return False
    if "name" in x:
        y = x["name"]
        if not (isinstance(y, str)):
            return False
    if "description" in x:
        y = x["description"]
        if not (isinstance(y, str)):
            return False
    return True


def _e41(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "task_id" not in x:
            out.append(Err("required", _C53, x, "'task_id' is a required property"))
        if "audio_id" not in x:
            out.append(Err("required", _C53, x, "'audio_id' is a required property"))
        if "name" not in x:
            out.append(Err("required", _C53, x, "'name' is a required property"))
        if "description" not in x:
            out.append(Err("required", _C53, x, "'description' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C52]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C54))
    if isinstance(x, dict):
        if "task_id" in x:
            out += prefixed(_e2(x["task_id"]), ("properties", "task_id"), "task_id")
        if "audio_id" in x:
            out += prefixed(_e2(x["audio_id"]), ("properties", "audio_id"), "audio_id")
        if "name" in x:
            out += prefixed(_e2(x["name"]), ("properties", "name"), "name")
        if "description" in x:
            out += prefixed(_e2(x["description"]), ("properties", "description"), "description")
    return out


def _v43(x: Any) -> bool:
    return isinstance(x, str) and is_uri(x) and re.search("^https://", x) is not None


def _e43(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if isinstance(x, str):
        if not is_uri(x):
            out.append(Err("format", "uri", x, repr(x) + " is not a 'uri'"))
    if isinstance(x, str):
        if re.search("^https://", x) is None:
            out.append(Err("pattern", "^https://", x, repr(x) + " does not match '^https://'"))
    return out


def _v42(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("task_id" in x and "verify_url" in x)
        and x.keys() <= _C55
        and _p42(x)
    )


def _p42(x: dict[str, Any]) -> bool:
    if "task_id" in x:
        y = x["task_id"]
        if not (isinstance(y, str)):
            return False
    if "verify_url" in x:
        y = x["verify_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "voice_name" in x:
        y = x["voice_name"]
        if not (isinstance(y, str)):
            return False
    if "description" in x:
        y = x["description"]
        if not (isinstance(y, str)):
            return False
    if "style" in x:
        y = x["style"]
        if not (isinstance(y, str)):
            return False
    if "singer_skill_level" in x:
        y = x["singer_skill_level"]
        if not (isinstance(y, str) and y in _C56):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v43(y):
            return False
    return True


def _e44(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C56):
        out.append(
            Err(
                "enum",
                _C59,
                x,
                repr(x) + " is not one of ['beginner', 'intermediate', 'advanced', 'professional']",
            )
        )
    return out


def _e42(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "task_id" not in x:
            out.append(Err("required", _C57, x, "'task_id' is a required property"))
        if "verify_url" not in x:
            out.append(Err("required", _C57, x, "'verify_url' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C55]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C58))
    if isinstance(x, dict):
        if "task_id" in x:
            out += prefixed(_e2(x["task_id"]), ("properties", "task_id"), "task_id")
        if "verify_url" in x:
            out += prefixed(_e1(x["verify_url"]), ("properties", "verify_url"), "verify_url")
        if "voice_name" in x:
            out += prefixed(_e2(x["voice_name"]), ("properties", "voice_name"), "voice_name")
        if "description" in x:
            out += prefixed(_e2(x["description"]), ("properties", "description"), "description")
        if "style" in x:
            out += prefixed(_e2(x["style"]), ("properties", "style"), "style")
        if "singer_skill_level" in x:
            out += prefixed(
                _e44(x["singer_skill_level"]),
                ("properties", "singer_skill_level"),
                "singer_skill_level",
            )
        if "callback_url" in x:
            out += prefixed(_e43(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


def _v45(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("task_id" in x and "audio_id" in x)
        and x.keys() <= _C60
        and _p45(x)
    )


def _p45(x: dict[str, Any]) -> bool:
    if "task_id" in x:
        y = x["task_id"]
        if not (isinstance(y, str)):
            return False
    if "audio_id" in x:
        y = x["audio_id"]
        if not (isinstance(y, str)):
            return False
    return True


def _e45(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "task_id" not in x:
            out.append(Err("required", _C17, x, "'task_id' is a required property"))
        if "audio_id" not in x:
            out.append(Err("required", _C17, x, "'audio_id' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C60]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C61))
    if isinstance(x, dict):
        if "task_id" in x:
            out += prefixed(_e2(x["task_id"]), ("properties", "task_id"), "task_id")
        if "audio_id" in x:
            out += prefixed(_e2(x["audio_id"]), ("properties", "audio_id"), "audio_id")
    return out


def _v46(x: Any) -> bool:
    return isinstance(x, dict) and "task_id" in x and x.keys() <= _C48 and _p46(x)


def _p46(x: dict[str, Any]) -> bool:
    if "task_id" in x:
        y = x["task_id"]
        if not (isinstance(y, str)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v43(y):
            return False
    return True


def _e46(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "task_id" not in x:
            out.append(Err("required", _C14, x, "'task_id' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C48]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C49))
    if isinstance(x, dict):
        if "task_id" in x:
            out += prefixed(_e2(x["task_id"]), ("properties", "task_id"), "task_id")
        if "callback_url" in x:
            out += prefixed(_e43(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


def _v47(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and (
            "task_id" in x
            and "audio_id" in x
            and "lyrics" in x
            and "tags" in x
            and "title" in x
            and "infill_start_time" in x
            and "infill_end_time" in x
        )
        and x.keys() <= _C62
        and _p47(x)
    )


def _p47(x: dict[str, Any]) -> bool:
    if "task_id" in x:
        y = x["task_id"]
        if not (isinstance(y, str)):
            return False
    if "audio_id" in x:
        y = x["audio_id"]
        if not (isinstance(y, str)):
            return False
    if "lyrics" in x:
        y = x["lyrics"]
        if not (isinstance(y, str)):
            return False
    if "tags" in x:
        y = x["tags"]
        if not (isinstance(y, str)):
            return False
    if "title" in x:
        y = x["title"]
        if not (isinstance(y, str)):
            return False
    if "infill_start_time" in x:
        y = x["infill_start_time"]
        if not (is_number(y)):
            return False
    if "infill_end_time" in x:
        y = x["infill_end_time"]
        if not (is_number(y)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    if "negative_tags" in x:
        y = x["negative_tags"]
        if not (isinstance(y, str)):
            return False
    if "full_lyrics" in x:
        y = x["full_lyrics"]
        if not (isinstance(y, str)):
            return False
    if "upload_url" in x:
        y = x["upload_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "model" in x:
        y = x["model"]
        if not (isinstance(y, str) and y in _C63):
            return False
    return True


def _e48(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C63):
        out.append(
            Err(
                "enum",
                _C66,
                x,
                repr(x)
                + " is not one of ['suno-v4', 'suno-v4.5', 'suno-v4.5-all', 'suno-v4.5-plus', 'suno-v5', 'suno-v5.5']",
            )
        )
    return out


def _e47(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "task_id" not in x:
            out.append(Err("required", _C64, x, "'task_id' is a required property"))
        if "audio_id" not in x:
            out.append(Err("required", _C64, x, "'audio_id' is a required property"))
        if "lyrics" not in x:
            out.append(Err("required", _C64, x, "'lyrics' is a required property"))
        if "tags" not in x:
            out.append(Err("required", _C64, x, "'tags' is a required property"))
        if "title" not in x:
            out.append(Err("required", _C64, x, "'title' is a required property"))
        if "infill_start_time" not in x:
            out.append(Err("required", _C64, x, "'infill_start_time' is a required property"))
        if "infill_end_time" not in x:
            out.append(Err("required", _C64, x, "'infill_end_time' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C62]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C65))
    if isinstance(x, dict):
        if "task_id" in x:
            out += prefixed(_e2(x["task_id"]), ("properties", "task_id"), "task_id")
        if "audio_id" in x:
            out += prefixed(_e2(x["audio_id"]), ("properties", "audio_id"), "audio_id")
        if "lyrics" in x:
            out += prefixed(_e2(x["lyrics"]), ("properties", "lyrics"), "lyrics")
        if "tags" in x:
            out += prefixed(_e2(x["tags"]), ("properties", "tags"), "tags")
        if "title" in x:
            out += prefixed(_e2(x["title"]), ("properties", "title"), "title")
        if "infill_start_time" in x:
            out += prefixed(
                _e31(x["infill_start_time"]),
                ("properties", "infill_start_time"),
                "infill_start_time",
            )
        if "infill_end_time" in x:
            out += prefixed(
                _e31(x["infill_end_time"]), ("properties", "infill_end_time"), "infill_end_time"
            )
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "negative_tags" in x:
            out += prefixed(
                _e2(x["negative_tags"]), ("properties", "negative_tags"), "negative_tags"
            )
        if "full_lyrics" in x:
            out += prefixed(_e2(x["full_lyrics"]), ("properties", "full_lyrics"), "full_lyrics")
        if "upload_url" in x:
            out += prefixed(_e1(x["upload_url"]), ("properties", "upload_url"), "upload_url")
        if "model" in x:
            out += prefixed(_e48(x["model"]), ("properties", "model"), "model")
    return out


def _v49(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("task_id" in x and "audio_id" in x)
        and x.keys() <= _C67
        and _p49(x)
    )


def _p49(x: dict[str, Any]) -> bool:
    if "task_id" in x:
        y = x["task_id"]
        if not (isinstance(y, str)):
            return False
    if "audio_id" in x:
        y = x["audio_id"]
        if not (isinstance(y, str)):
            return False
    if "type" in x:
        y = x["type"]
        if not (isinstance(y, str) and y in _C68):
            return False
    if "stem_name" in x:
        y = x["stem_name"]
        if not (isinstance(y, str) and y in _C69):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    return True


def _e50(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C68):
        out.append(
            Err("enum", _C71, x, repr(x) + " is not one of ['separate_vocal', 'split_stem']")
        )
    return out


def _e51(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C69):
        out.append(
            Err(
                "enum",
                _C72,
                x,
                repr(x)
                + " is not one of ['Lead Vocal', 'Drum Kit', 'Kick', 'Snare', 'Risers', 'Bass', 'Backing Vocals', 'Piano', 'Electric Guitar', 'Percussion', 'String Section', 'Synth', 'Acoustic Guitar', 'Sound Effects', 'Synth Pad', 'Synth Bass', 'Guitar', 'Brass Section', 'Organ', 'Electronic Drum Kit', 'Lead Electric Guitar', 'Synth Keys', 'Rhythm Electric Guitar', 'Electric Piano', 'Upright Bass', 'Keyboards', 'Distorted Electric Guitar', 'Synth Strings', 'Synth Lead', 'Woodwinds', 'Rhythm Acoustic Guitar', 'Flute', 'Harp', 'Tambourine', 'Trumpet', 'Arpeggiator', 'Accordion', 'Fiddle', 'Pedal Steel Guitar', 'Synth Voice', 'Violin', 'Digital Piano', 'Synth Brass', 'Mandolin', 'Choir', 'Banjo', 'Bells', 'Clarinet', 'Tenor Saxophone', 'Trombone', 'Shaker', 'French Horn', 'Glockenspiel', 'Electric Bass', 'Cello', 'Timpani', 'Harmonica', 'Marimba', 'Vibraphone', 'Lap Steel Guitar', 'Saxophone', 'Orchestra', 'Horns', 'Cymbals', 'Hand Clap', 'Oboe', 'Celesta', 'Congas', 'Drone', 'Alto Saxophone', 'Double Bass', 'Ukulele', 'Harpsichord', 'Baritone Saxophone', 'Xylophone', 'Tuba', 'Bass Guitar', 'Whistle', 'Lead Guitar', 'Rhodes', '808', 'Bongos', 'Bassoon', 'Cowbell', 'Viola', 'Sitar', 'Steel Drums', 'Piccolo', 'Theremin', 'Bagpipes', 'Hi-Hat', 'Music Box', 'Melodica', 'Tabla', 'Koto', 'Djembe', 'Taiko', 'Didgeridoo']",
            )
        )
    return out


def _e49(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "task_id" not in x:
            out.append(Err("required", _C17, x, "'task_id' is a required property"))
        if "audio_id" not in x:
            out.append(Err("required", _C17, x, "'audio_id' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C67]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C70))
    if isinstance(x, dict):
        if "task_id" in x:
            out += prefixed(_e2(x["task_id"]), ("properties", "task_id"), "task_id")
        if "audio_id" in x:
            out += prefixed(_e2(x["audio_id"]), ("properties", "audio_id"), "audio_id")
        if "type" in x:
            out += prefixed(_e50(x["type"]), ("properties", "type"), "type")
        if "stem_name" in x:
            out += prefixed(_e51(x["stem_name"]), ("properties", "stem_name"), "stem_name")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


def _v52(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("vocal_mode" in x and "model" in x and "prompt" in x)
        and x.keys() <= _C73
        and _p52(x)
        and (_v11(x))
    )


def _p52(x: dict[str, Any]) -> bool:
    if "vocal_mode" in x:
        y = x["vocal_mode"]
        if not (y == "auto_lyrics"):
            return False
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) <= 3000):
            return False
    if "model" in x:
        y = x["model"]
        if not (isinstance(y, str) and y in _C1):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    if "continue_at" in x:
        y = x["continue_at"]
        if not (is_number(y)):
            return False
    if "persona_id" in x:
        y = x["persona_id"]
        if not (isinstance(y, str)):
            return False
    if "persona_type" in x:
        y = x["persona_type"]
        if not (isinstance(y, str) and y in _C21):
            return False
    if "style_weight" in x:
        y = x["style_weight"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    if "weirdness_constraint" in x:
        y = x["weirdness_constraint"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    if "audio_weight" in x:
        y = x["audio_weight"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    return True


def _e53(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if isinstance(x, str):
        if not len(x) <= 3000:
            out.append(Err("maxLength", 3000, x, repr(x) + " is too long"))
    return out


def _e52(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "vocal_mode" not in x:
            out.append(Err("required", _C74, x, "'vocal_mode' is a required property"))
        if "model" not in x:
            out.append(Err("required", _C74, x, "'model' is a required property"))
        if "prompt" not in x:
            out.append(Err("required", _C74, x, "'prompt' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C73]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C75))
    if isinstance(x, dict):
        if "vocal_mode" in x:
            out += prefixed(_e16(x["vocal_mode"]), ("properties", "vocal_mode"), "vocal_mode")
        if "prompt" in x:
            out += prefixed(_e53(x["prompt"]), ("properties", "prompt"), "prompt")
        if "model" in x:
            out += prefixed(_e3(x["model"]), ("properties", "model"), "model")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "continue_at" in x:
            out += prefixed(_e31(x["continue_at"]), ("properties", "continue_at"), "continue_at")
        if "persona_id" in x:
            out += prefixed(_e2(x["persona_id"]), ("properties", "persona_id"), "persona_id")
        if "persona_type" in x:
            out += prefixed(_e17(x["persona_type"]), ("properties", "persona_type"), "persona_type")
        if "style_weight" in x:
            out += prefixed(_e5(x["style_weight"]), ("properties", "style_weight"), "style_weight")
        if "weirdness_constraint" in x:
            out += prefixed(
                _e5(x["weirdness_constraint"]),
                ("properties", "weirdness_constraint"),
                "weirdness_constraint",
            )
        if "audio_weight" in x:
            out += prefixed(_e5(x["audio_weight"]), ("properties", "audio_weight"), "audio_weight")
    out += prefixed(_e11(x), ("allOf", 0))
    return out


def _v54(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("vocal_mode" in x and "model" in x and "lyrics" in x and "style" in x and "title" in x)
        and x.keys() <= _C76
        and _p54(x)
        and (_v11(x))
    )


def _p54(x: dict[str, Any]) -> bool:
    if "vocal_mode" in x:
        y = x["vocal_mode"]
        if not (y == "exact_lyrics"):
            return False
    if "lyrics" in x:
        y = x["lyrics"]
        if not (isinstance(y, str)):
            return False
    if "style" in x:
        y = x["style"]
        if not (isinstance(y, str)):
            return False
    if "title" in x:
        y = x["title"]
        if not (isinstance(y, str)):
            return False
    if "model" in x:
        y = x["model"]
        if not (isinstance(y, str) and y in _C1):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    if "continue_at" in x:
        y = x["continue_at"]
        if not (is_number(y)):
            return False
    if "persona_id" in x:
        y = x["persona_id"]
        if not (isinstance(y, str)):
            return False
    if "persona_type" in x:
        y = x["persona_type"]
        if not (isinstance(y, str) and y in _C21):
            return False
    if "negative_tags" in x:
        y = x["negative_tags"]
        if not (isinstance(y, str)):
            return False
    if "vocal_gender" in x:
        y = x["vocal_gender"]
        if not (isinstance(y, str) and y in _C2):
            return False
    if "style_weight" in x:
        y = x["style_weight"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    if "weirdness_constraint" in x:
        y = x["weirdness_constraint"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    if "audio_weight" in x:
        y = x["audio_weight"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    return True


def _e54(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "vocal_mode" not in x:
            out.append(Err("required", _C77, x, "'vocal_mode' is a required property"))
        if "model" not in x:
            out.append(Err("required", _C77, x, "'model' is a required property"))
        if "lyrics" not in x:
            out.append(Err("required", _C77, x, "'lyrics' is a required property"))
        if "style" not in x:
            out.append(Err("required", _C77, x, "'style' is a required property"))
        if "title" not in x:
            out.append(Err("required", _C77, x, "'title' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C76]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C78))
    if isinstance(x, dict):
        if "vocal_mode" in x:
            out += prefixed(_e19(x["vocal_mode"]), ("properties", "vocal_mode"), "vocal_mode")
        if "lyrics" in x:
            out += prefixed(_e2(x["lyrics"]), ("properties", "lyrics"), "lyrics")
        if "style" in x:
            out += prefixed(_e2(x["style"]), ("properties", "style"), "style")
        if "title" in x:
            out += prefixed(_e2(x["title"]), ("properties", "title"), "title")
        if "model" in x:
            out += prefixed(_e3(x["model"]), ("properties", "model"), "model")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "continue_at" in x:
            out += prefixed(_e31(x["continue_at"]), ("properties", "continue_at"), "continue_at")
        if "persona_id" in x:
            out += prefixed(_e2(x["persona_id"]), ("properties", "persona_id"), "persona_id")
        if "persona_type" in x:
            out += prefixed(_e17(x["persona_type"]), ("properties", "persona_type"), "persona_type")
        if "negative_tags" in x:
            out += prefixed(
                _e2(x["negative_tags"]), ("properties", "negative_tags"), "negative_tags"
            )
        if "vocal_gender" in x:
            out += prefixed(_e4(x["vocal_gender"]), ("properties", "vocal_gender"), "vocal_gender")
        if "style_weight" in x:
            out += prefixed(_e5(x["style_weight"]), ("properties", "style_weight"), "style_weight")
        if "weirdness_constraint" in x:
            out += prefixed(
                _e5(x["weirdness_constraint"]),
                ("properties", "weirdness_constraint"),
                "weirdness_constraint",
            )
        if "audio_weight" in x:
            out += prefixed(_e5(x["audio_weight"]), ("properties", "audio_weight"), "audio_weight")
    out += prefixed(_e11(x), ("allOf", 0))
    return out


def _v55(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("vocal_mode" in x and "model" in x and "style" in x and "title" in x)
        and x.keys() <= _C79
        and _p55(x)
        and (_v11(x))
    )


def _p55(x: dict[str, Any]) -> bool:
    if "vocal_mode" in x:
        y = x["vocal_mode"]
        if not (y == "instrumental"):
            return False
    if "style" in x:
        y = x["style"]
        if not (isinstance(y, str)):
            return False
    if "title" in x:
        y = x["title"]
        if not (isinstance(y, str)):
            return False
    if "model" in x:
        y = x["model"]
        if not (isinstance(y, str) and y in _C1):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    if "continue_at" in x:
        y = x["continue_at"]
        if not (is_number(y)):
            return False
    if "persona_id" in x:
        y = x["persona_id"]
        if not (isinstance(y, str)):
            return False
    if "persona_type" in x:
        y = x["persona_type"]
        if not (isinstance(y, str) and y in _C21):
            return False
    if "negative_tags" in x:
        y = x["negative_tags"]
        if not (isinstance(y, str)):
            return False
    if "style_weight" in x:
        y = x["style_weight"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    if "weirdness_constraint" in x:
        y = x["weirdness_constraint"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    if "audio_weight" in x:
        y = x["audio_weight"]
        if not (is_number(y) and y >= 0 and y <= 1):
            return False
    return True


def _e55(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "vocal_mode" not in x:
            out.append(Err("required", _C80, x, "'vocal_mode' is a required property"))
        if "model" not in x:
            out.append(Err("required", _C80, x, "'model' is a required property"))
        if "style" not in x:
            out.append(Err("required", _C80, x, "'style' is a required property"))
        if "title" not in x:
            out.append(Err("required", _C80, x, "'title' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C79]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C81))
    if isinstance(x, dict):
        if "vocal_mode" in x:
            out += prefixed(_e21(x["vocal_mode"]), ("properties", "vocal_mode"), "vocal_mode")
        if "style" in x:
            out += prefixed(_e2(x["style"]), ("properties", "style"), "style")
        if "title" in x:
            out += prefixed(_e2(x["title"]), ("properties", "title"), "title")
        if "model" in x:
            out += prefixed(_e3(x["model"]), ("properties", "model"), "model")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "continue_at" in x:
            out += prefixed(_e31(x["continue_at"]), ("properties", "continue_at"), "continue_at")
        if "persona_id" in x:
            out += prefixed(_e2(x["persona_id"]), ("properties", "persona_id"), "persona_id")
        if "persona_type" in x:
            out += prefixed(_e17(x["persona_type"]), ("properties", "persona_type"), "persona_type")
        if "negative_tags" in x:
            out += prefixed(
                _e2(x["negative_tags"]), ("properties", "negative_tags"), "negative_tags"
            )
        if "style_weight" in x:
            out += prefixed(_e5(x["style_weight"]), ("properties", "style_weight"), "style_weight")
        if "weirdness_constraint" in x:
            out += prefixed(
                _e5(x["weirdness_constraint"]),
                ("properties", "weirdness_constraint"),
                "weirdness_constraint",
            )
        if "audio_weight" in x:
            out += prefixed(_e5(x["audio_weight"]), ("properties", "audio_weight"), "audio_weight")
    out += prefixed(_e11(x), ("allOf", 0))
    return out


def _v56(x: Any) -> bool:
    return isinstance(x, dict) and ("prompt" in x and "model" in x) and x.keys() <= _C82 and _p56(x)


def _p56(x: dict[str, Any]) -> bool:
    if "prompt" in x:
        y = x["prompt"]
        if not (isinstance(y, str) and len(y) <= 500):
            return False
    if "model" in x:
        y = x["model"]
        if not (isinstance(y, str) and y in _C83):
            return False
    if "sound_loop" in x:
        y = x["sound_loop"]
        if not (isinstance(y, bool)):
            return False
    if "sound_tempo" in x:
        y = x["sound_tempo"]
        if not (is_integer(y) and y >= 1 and y <= 300):
            return False
    if "sound_key" in x:
        y = x["sound_key"]
        if not (isinstance(y, str) and y in _C84):
            return False
    if "grab_lyrics" in x:
        y = x["grab_lyrics"]
        if not (isinstance(y, bool)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    return True


def _e57(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if isinstance(x, str):
        if not len(x) <= 500:
            out.append(Err("maxLength", 500, x, repr(x) + " is too long"))
    return out


def _e58(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C83):
        out.append(Err("enum", _C87, x, repr(x) + " is not one of ['suno-v5', 'suno-v5.5']"))
    return out


def _e59(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_integer(x)):
        out.append(Err("type", "integer", x, repr(x) + " is not of type 'integer'"))
    if is_number(x):
        if not x >= 1:
            out.append(Err("minimum", 1, x, repr(x) + " is less than the minimum of 1"))
    if is_number(x):
        if not x <= 300:
            out.append(Err("maximum", 300, x, repr(x) + " is greater than the maximum of 300"))
    return out


def _e60(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C84):
        out.append(
            Err(
                "enum",
                _C88,
                x,
                repr(x)
                + " is not one of ['Cm', 'C#m', 'Dm', 'D#m', 'Em', 'Fm', 'F#m', 'Gm', 'G#m', 'Am', 'A#m', 'Bm', 'C', 'C#', 'D', 'D#', 'E', 'F', 'F#', 'G', 'G#', 'A', 'A#', 'B']",
            )
        )
    return out


def _e56(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "prompt" not in x:
            out.append(Err("required", _C85, x, "'prompt' is a required property"))
        if "model" not in x:
            out.append(Err("required", _C85, x, "'model' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C82]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C86))
    if isinstance(x, dict):
        if "prompt" in x:
            out += prefixed(_e57(x["prompt"]), ("properties", "prompt"), "prompt")
        if "model" in x:
            out += prefixed(_e58(x["model"]), ("properties", "model"), "model")
        if "sound_loop" in x:
            out += prefixed(_e32(x["sound_loop"]), ("properties", "sound_loop"), "sound_loop")
        if "sound_tempo" in x:
            out += prefixed(_e59(x["sound_tempo"]), ("properties", "sound_tempo"), "sound_tempo")
        if "sound_key" in x:
            out += prefixed(_e60(x["sound_key"]), ("properties", "sound_key"), "sound_key")
        if "grab_lyrics" in x:
            out += prefixed(_e32(x["grab_lyrics"]), ("properties", "grab_lyrics"), "grab_lyrics")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


def _v61(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("task_id" in x and "audio_id" in x)
        and x.keys() <= _C89
        and _p61(x)
    )


def _p61(x: dict[str, Any]) -> bool:
    if "task_id" in x:
        y = x["task_id"]
        if not (isinstance(y, str)):
            return False
    if "audio_id" in x:
        y = x["audio_id"]
        if not (isinstance(y, str)):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v1(y):
            return False
    if "author" in x:
        y = x["author"]
        if not (isinstance(y, str) and len(y) <= 50):
            return False
    if "domain_name" in x:
        y = x["domain_name"]
        if not (isinstance(y, str) and len(y) <= 50):
            return False
    return True


def _e62(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if isinstance(x, str):
        if not len(x) <= 50:
            out.append(Err("maxLength", 50, x, repr(x) + " is too long"))
    return out


def _e61(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "task_id" not in x:
            out.append(Err("required", _C17, x, "'task_id' is a required property"))
        if "audio_id" not in x:
            out.append(Err("required", _C17, x, "'audio_id' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C89]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C90))
    if isinstance(x, dict):
        if "task_id" in x:
            out += prefixed(_e2(x["task_id"]), ("properties", "task_id"), "task_id")
        if "audio_id" in x:
            out += prefixed(_e2(x["audio_id"]), ("properties", "audio_id"), "audio_id")
        if "callback_url" in x:
            out += prefixed(_e1(x["callback_url"]), ("properties", "callback_url"), "callback_url")
        if "author" in x:
            out += prefixed(_e62(x["author"]), ("properties", "author"), "author")
        if "domain_name" in x:
            out += prefixed(_e62(x["domain_name"]), ("properties", "domain_name"), "domain_name")
    return out


def _v63(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and ("voice_url" in x and "vocal_start_seconds" in x and "vocal_end_seconds" in x)
        and x.keys() <= _C91
        and _p63(x)
    )


def _p63(x: dict[str, Any]) -> bool:
    if "voice_url" in x:
        y = x["voice_url"]
        if not (isinstance(y, str) and is_uri(y)):
            return False
    if "vocal_start_seconds" in x:
        y = x["vocal_start_seconds"]
        if not (is_integer(y)):
            return False
    if "vocal_end_seconds" in x:
        y = x["vocal_end_seconds"]
        if not (is_integer(y)):
            return False
    if "language" in x:
        y = x["language"]
        if not (isinstance(y, str) and y in _C92):
            return False
    if "callback_url" in x:
        y = x["callback_url"]
        if not _v43(y):
            return False
    return True


def _e64(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (is_integer(x)):
        out.append(Err("type", "integer", x, repr(x) + " is not of type 'integer'"))
    return out


def _e65(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if not (isinstance(x, str) and x in _C92):
        out.append(
            Err(
                "enum",
                _C95,
                x,
                repr(x)
                + " is not one of ['en', 'zh', 'es', 'fr', 'pt', 'de', 'ja', 'ko', 'hi', 'ru']",
            )
        )
    return out


def _e63(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "voice_url" not in x:
            out.append(Err("required", _C93, x, "'voice_url' is a required property"))
        if "vocal_start_seconds" not in x:
            out.append(Err("required", _C93, x, "'vocal_start_seconds' is a required property"))
        if "vocal_end_seconds" not in x:
            out.append(Err("required", _C93, x, "'vocal_end_seconds' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C91]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C94))
    if isinstance(x, dict):
        if "voice_url" in x:
            out += prefixed(_e1(x["voice_url"]), ("properties", "voice_url"), "voice_url")
        if "vocal_start_seconds" in x:
            out += prefixed(
                _e64(x["vocal_start_seconds"]),
                ("properties", "vocal_start_seconds"),
                "vocal_start_seconds",
            )
        if "vocal_end_seconds" in x:
            out += prefixed(
                _e64(x["vocal_end_seconds"]),
                ("properties", "vocal_end_seconds"),
                "vocal_end_seconds",
            )
        if "language" in x:
            out += prefixed(_e65(x["language"]), ("properties", "language"), "language")
        if "callback_url" in x:
            out += prefixed(_e43(x["callback_url"]), ("properties", "callback_url"), "callback_url")
    return out


_R0: tuple[Rule, ...] = (
    {
        "description": "infill_end_time must be at least 10 seconds after infill_start_time",
        "sum": {
            "terms": [
                {"path": "infill_end_time", "measure": "value"},
                {"path": "infill_start_time", "measure": "value", "weight": -1},
            ],
            "min": 10,
        },
    },
)
_R1: tuple[Rule, ...] = (
    {
        "description": "vocal_end_seconds must be greater than vocal_start_seconds",
        "compare": {"left": "vocal_end_seconds", "op": "gt", "right": "vocal_start_seconds"},
    },
)


_N0 = Variant((), _v0, _e0, (), "/components/schemas/SunoAddInstrumentalRequest")
_N1 = Variant((), _v6, _e6, (), "/components/schemas/SunoAddVocalsRequest")
_N2 = Variant((), _v7, _e7, (), "/components/schemas/SunoBoostStyleRequest")
_N3 = Variant((), _v8, _e8, (), "/components/schemas/SunoCheckVoiceRequest")
_N4 = Variant((), _v9, _e9, (), "/components/schemas/SunoConvertAudioRequest")
_N5 = Variant(
    (),
    _v10,
    _e10,
    ("persona_type voice is available for suno-v5 only",),
    "/components/schemas/SunoCoverAudioRequestAutoLyrics",
)
_N6 = Variant(
    (),
    _v18,
    _e18,
    ("persona_type voice is available for suno-v5 only",),
    "/components/schemas/SunoCoverAudioRequestExactLyrics",
)
_N7 = Variant(
    (),
    _v20,
    _e20,
    ("persona_type voice is available for suno-v5 only",),
    "/components/schemas/SunoCoverAudioRequestInstrumental",
)
_N8 = Choice((), "vocal_mode", {"auto_lyrics": _N5, "exact_lyrics": _N6, "instrumental": _N7})
_N9 = Variant(
    (),
    _v22,
    _e22,
    ("persona_type voice is available for suno-v5 only",),
    "/components/schemas/SunoCreateMashupRequestAutoLyrics",
)
_N10 = Variant(
    (),
    _v24,
    _e24,
    ("persona_type voice is available for suno-v5 only",),
    "/components/schemas/SunoCreateMashupRequestExactLyrics",
)
_N11 = Variant(
    (),
    _v25,
    _e25,
    ("persona_type voice is available for suno-v5 only",),
    "/components/schemas/SunoCreateMashupRequestInstrumental",
)
_N12 = Choice((), "vocal_mode", {"auto_lyrics": _N9, "exact_lyrics": _N10, "instrumental": _N11})
_N13 = Variant(
    (),
    _v26,
    _e26,
    (
        "one of audio_id, upload_url, task_id or audio_url is required (the track to extend)",
        "prompt is required when parameter_mode is source and upload_url is given",
        "persona_type voice is available for suno-v5 only",
    ),
    "/components/schemas/SunoExtendMusicRequestSource",
)
_N14 = Variant(
    (),
    _v33,
    _e33,
    (
        "one of audio_id, upload_url, task_id or audio_url is required (the track to extend)",
        "prompt is required when parameter_mode is custom unless instrumental is true or lyrics are given",
        "persona_type voice is available for suno-v5 only",
    ),
    "/components/schemas/SunoExtendMusicRequestCustom",
)
_N15 = Choice((), "parameter_mode", {"source": _N13, "custom": _N14})
_N16 = Variant((), _v38, _e38, (), "/components/schemas/SunoGenerateArtworkRequest")
_N17 = Variant((), _v39, _e39, (), "/components/schemas/SunoGenerateLyricsRequest")
_N18 = Variant((), _v38, _e38, (), "/components/schemas/SunoGenerateMidiRequest")
_N19 = Variant((), _v41, _e41, (), "/components/schemas/SunoGeneratePersonaRequest")
_N20 = Variant((), _v42, _e42, (), "/components/schemas/SunoGenerateVoiceRequest")
_N21 = Variant((), _v45, _e45, (), "/components/schemas/SunoGetTimestampedLyricsRequest")
_N22 = Variant((), _v46, _e46, (), "/components/schemas/SunoRegenerateValidationPhraseRequest")
_N23 = Variant(_R0, _v47, _e47, (), "/components/schemas/SunoReplaceSectionRequest")
_N24 = Variant((), _v49, _e49, (), "/components/schemas/SunoSeparateAudioStemsRequest")
_N25 = Variant(
    (),
    _v52,
    _e52,
    ("persona_type voice is available for suno-v5 only",),
    "/components/schemas/SunoTextToMusicRequestAutoLyrics",
)
_N26 = Variant(
    (),
    _v54,
    _e54,
    ("persona_type voice is available for suno-v5 only",),
    "/components/schemas/SunoTextToMusicRequestExactLyrics",
)
_N27 = Variant(
    (),
    _v55,
    _e55,
    ("persona_type voice is available for suno-v5 only",),
    "/components/schemas/SunoTextToMusicRequestInstrumental",
)
_N28 = Choice((), "vocal_mode", {"auto_lyrics": _N25, "exact_lyrics": _N26, "instrumental": _N27})
_N29 = Variant((), _v56, _e56, (), "/components/schemas/SunoTextToSoundRequest")
_N30 = Variant((), _v61, _e61, (), "/components/schemas/SunoVisualizeMusicRequest")
_N31 = Variant(_R1, _v63, _e63, (), "/components/schemas/SunoVoiceToValidationPhraseRequest")


BODIES: dict[str, Node] = {
    "suno.add_instrumental.create": _N0,
    "suno.add_vocals.create": _N1,
    "suno.boost_style": _N2,
    "suno.check_voice": _N3,
    "suno.convert_audio.create": _N4,
    "suno.cover_audio.create": _N8,
    "suno.create_mashup.create": _N12,
    "suno.extend_music.create": _N15,
    "suno.generate_artwork.create": _N16,
    "suno.generate_lyrics.create": _N17,
    "suno.generate_midi.create": _N18,
    "suno.generate_persona": _N19,
    "suno.generate_voice.create": _N20,
    "suno.get_timestamped_lyrics": _N21,
    "suno.regenerate_validation_phrase.create": _N22,
    "suno.replace_section.create": _N23,
    "suno.separate_audio_stems.create": _N24,
    "suno.text_to_music.create": _N28,
    "suno.text_to_sound.create": _N29,
    "suno.visualize_music.create": _N30,
    "suno.voice_to_validation_phrase.create": _N31,
}
