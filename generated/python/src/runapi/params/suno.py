"""Request bodies of the suno operations, one TypedDict per accepted shape.

Use them to build a body ahead of a call (`client.suno...create(**body)`); type
checkers then hold the body to the same per-model rules as the call itself.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from typing import Literal, Required, TypedDict

__all__ = [
    "AddInstrumentalCreateParams",
    "AddVocalsCreateParams",
    "BoostStyleParams",
    "CheckVoiceParams",
    "ConvertAudioCreateParams",
    "CoverAudioCreateAutoLyricsParams",
    "CoverAudioCreateExactLyricsParams",
    "CoverAudioCreateInstrumentalParams",
    "CreateMashupCreateAutoLyricsParams",
    "CreateMashupCreateExactLyricsParams",
    "CreateMashupCreateInstrumentalParams",
    "ExtendMusicCreateCustomParams",
    "ExtendMusicCreateSourceParams",
    "GenerateArtworkCreateParams",
    "GenerateLyricsCreateParams",
    "GenerateMidiCreateParams",
    "GeneratePersonaParams",
    "GenerateVoiceCreateParams",
    "GetTimestampedLyricsParams",
    "RegenerateValidationPhraseCreateParams",
    "ReplaceSectionCreateParams",
    "SeparateAudioStemsCreateParams",
    "TextToMusicCreateAutoLyricsParams",
    "TextToMusicCreateExactLyricsParams",
    "TextToMusicCreateInstrumentalParams",
    "TextToSoundCreateParams",
    "VisualizeMusicCreateParams",
    "VoiceToValidationPhraseCreateParams",
]


class AddInstrumentalCreateParams(TypedDict, total=False):
    """Body of `suno.add_instrumental.create`."""

    upload_url: Required[str]
    """URL of the uploaded music file. The download_url returned by files.from_url works; that
    temporary link expires after 24 hours."""

    title: Required[str]
    """Title of the music track."""

    tags: Required[str]
    """Music style and characteristics of the accompaniment."""

    negative_tags: Required[str]
    """Music styles to exclude (required)."""

    model: Required[Literal["suno-v5", "suno-v4.5-plus", "suno-v4.5-all", "suno-v4.5", "suno-v4"]]
    """Model version: suno-v5 (up to 8 min), suno-v4.5-plus, suno-v4.5-all, suno-v4.5 (up to 8 min)
    or suno-v4 (up to 4 min)."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    vocal_gender: Literal["male", "female"]
    """Preferred vocal gender; increases the probability only."""

    style_weight: float
    """Style adherence weight, 0-1 with two decimals (higher = stricter)."""

    weirdness_constraint: float
    """Creativity/novelty constraint, 0-1 with two decimals (higher = more experimental)."""

    audio_weight: float
    """Audio consistency weight, 0-1 with two decimals (higher = more consistent)."""


class AddVocalsCreateParams(TypedDict, total=False):
    """Body of `suno.add_vocals.create`."""

    upload_url: Required[str]
    """URL of the uploaded music file. The download_url returned by files.from_url works; that
    temporary link expires after 24 hours."""

    lyrics: Required[str]
    """Exact vocal lyrics."""

    title: Required[str]
    """Title of the music track."""

    style: Required[str]
    """Music style or genre."""

    model: Required[Literal["suno-v5", "suno-v4.5-plus", "suno-v4.5-all", "suno-v4.5", "suno-v4"]]
    """Model version: suno-v5 (up to 8 min), suno-v4.5-plus, suno-v4.5-all, suno-v4.5 (up to 8 min)
    or suno-v4 (up to 4 min)."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    negative_tags: str
    """Styles to exclude."""

    vocal_gender: Literal["male", "female"]
    """Preferred vocal gender; increases the probability only."""

    style_weight: float
    """Style adherence weight, 0-1 with two decimals (higher = stricter)."""

    weirdness_constraint: float
    """Creativity/novelty constraint, 0-1 with two decimals (higher = more experimental)."""

    audio_weight: float
    """Audio consistency weight, 0-1 with two decimals (higher = more consistent)."""


class BoostStyleParams(TypedDict, total=False):
    """Body of `suno.boost_style`."""

    description: Required[str]
    """Concise style keywords or a brief style description."""


class CheckVoiceParams(TypedDict, total=False):
    """Body of `suno.check_voice`."""

    task_id: Required[str]
    """Id of a Generate Voice task (`suno.generate_voice.create`)."""


class ConvertAudioCreateParams(TypedDict, total=False):
    """Body of `suno.convert_audio.create`."""

    task_id: Required[str]
    """Id of the Suno music generation task that produced the track."""

    audio_id: Required[str]
    """Id of the track (an `audios[].id` of the music task) to convert to WAV."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""


class CoverAudioCreateAutoLyricsParams(TypedDict, total=False):
    """Body of `suno.cover_audio.create` (vocal_mode=auto_lyrics)."""

    upload_url: Required[str]
    """URL of the audio file to process (at most 8 minutes). The download_url returned by
    files.from_url works; that temporary link expires after 24 hours."""

    vocal_mode: Required[Literal["auto_lyrics"]]
    """Lyrics are written automatically from `prompt`."""

    prompt: Required[str]
    """Cover brief for automatic lyrics (required for auto_lyrics)."""

    model: Required[Literal["suno-v5", "suno-v4.5-plus", "suno-v4.5-all", "suno-v4.5", "suno-v4"]]
    """Model version: suno-v5 (up to 8 min), suno-v4.5-plus, suno-v4.5-all, suno-v4.5 (up to 8 min)
    or suno-v4 (up to 4 min)."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    persona_id: str
    """Persona ID to apply; create one with suno.generate_persona (or use the voice_id of
    suno.generate_voice.create with persona_type voice)."""

    persona_type: Literal["style", "voice"]
    """Which persona characteristics to apply, used with persona_id (ignored without it) - style,
    or voice (suno-v5 only)."""

    negative_tags: str
    """Music styles to exclude."""

    vocal_gender: Literal["male", "female"]
    """Preferred vocal gender; increases the probability only."""

    style_weight: float
    """Style adherence weight, 0-1 with two decimals (higher = stricter)."""

    weirdness_constraint: float
    """Creativity/novelty constraint, 0-1 with two decimals (higher = more experimental)."""

    audio_weight: float
    """Audio consistency weight, 0-1 with two decimals (higher = more consistent)."""


class CoverAudioCreateExactLyricsParams(TypedDict, total=False):
    """Body of `suno.cover_audio.create` (vocal_mode=exact_lyrics)."""

    upload_url: Required[str]
    """URL of the audio file to process (at most 8 minutes). The download_url returned by
    files.from_url works; that temporary link expires after 24 hours."""

    vocal_mode: Required[Literal["exact_lyrics"]]
    """The cover sings `lyrics` exactly."""

    lyrics: Required[str]
    """Exact lyrics to sing (required for exact_lyrics)."""

    style: Required[str]
    """Music style (required for exact_lyrics and instrumental)."""

    title: Required[str]
    """Music title (required for exact_lyrics and instrumental)."""

    model: Required[Literal["suno-v5", "suno-v4.5-plus", "suno-v4.5-all", "suno-v4.5", "suno-v4"]]
    """Model version: suno-v5 (up to 8 min), suno-v4.5-plus, suno-v4.5-all, suno-v4.5 (up to 8 min)
    or suno-v4 (up to 4 min)."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    persona_id: str
    """Persona ID to apply; create one with suno.generate_persona (or use the voice_id of
    suno.generate_voice.create with persona_type voice)."""

    persona_type: Literal["style", "voice"]
    """Which persona characteristics to apply, used with persona_id (ignored without it) - style,
    or voice (suno-v5 only)."""

    negative_tags: str
    """Music styles to exclude."""

    vocal_gender: Literal["male", "female"]
    """Preferred vocal gender; increases the probability only."""

    style_weight: float
    """Style adherence weight, 0-1 with two decimals (higher = stricter)."""

    weirdness_constraint: float
    """Creativity/novelty constraint, 0-1 with two decimals (higher = more experimental)."""

    audio_weight: float
    """Audio consistency weight, 0-1 with two decimals (higher = more consistent)."""


class CoverAudioCreateInstrumentalParams(TypedDict, total=False):
    """Body of `suno.cover_audio.create` (vocal_mode=instrumental)."""

    upload_url: Required[str]
    """URL of the audio file to process (at most 8 minutes). The download_url returned by
    files.from_url works; that temporary link expires after 24 hours."""

    vocal_mode: Required[Literal["instrumental"]]
    """Generate an instrumental cover (no vocals)."""

    style: Required[str]
    """Music style (required for exact_lyrics and instrumental)."""

    title: Required[str]
    """Music title (required for exact_lyrics and instrumental)."""

    model: Required[Literal["suno-v5", "suno-v4.5-plus", "suno-v4.5-all", "suno-v4.5", "suno-v4"]]
    """Model version: suno-v5 (up to 8 min), suno-v4.5-plus, suno-v4.5-all, suno-v4.5 (up to 8 min)
    or suno-v4 (up to 4 min)."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    persona_id: str
    """Persona ID to apply; create one with suno.generate_persona (or use the voice_id of
    suno.generate_voice.create with persona_type voice)."""

    persona_type: Literal["style", "voice"]
    """Which persona characteristics to apply, used with persona_id (ignored without it) - style,
    or voice (suno-v5 only)."""

    negative_tags: str
    """Music styles to exclude."""

    vocal_gender: Literal["male", "female"]
    """Preferred vocal gender; increases the probability only."""

    style_weight: float
    """Style adherence weight, 0-1 with two decimals (higher = stricter)."""

    weirdness_constraint: float
    """Creativity/novelty constraint, 0-1 with two decimals (higher = more experimental)."""

    audio_weight: float
    """Audio consistency weight, 0-1 with two decimals (higher = more consistent)."""


class CreateMashupCreateAutoLyricsParams(TypedDict, total=False):
    """Body of `suno.create_mashup.create` (vocal_mode=auto_lyrics)."""

    upload_url_list: Required[list[str] | tuple[str, ...]]
    """Exactly two publicly accessible audio file URLs to mash up."""

    vocal_mode: Required[Literal["auto_lyrics"]]
    """Lyrics are written automatically from `prompt`."""

    prompt: Required[str]
    """Mashup brief for automatic lyrics (required for auto_lyrics)."""

    model: Required[Literal["suno-v5", "suno-v4.5-plus", "suno-v4.5-all", "suno-v4.5", "suno-v4"]]
    """Model version: suno-v5 (up to 8 min), suno-v4.5-plus, suno-v4.5-all, suno-v4.5 (up to 8 min)
    or suno-v4 (up to 4 min)."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    persona_id: str
    """Persona ID to apply; create one with suno.generate_persona (or use the voice_id of
    suno.generate_voice.create with persona_type voice)."""

    persona_type: Literal["style", "voice"]
    """Which persona characteristics to apply, used with persona_id (ignored without it) - style,
    or voice (suno-v5 only)."""

    vocal_gender: Literal["male", "female"]
    """Preferred vocal gender; increases the probability only."""

    style_weight: float
    """Style adherence weight, 0-1 with two decimals (higher = stricter)."""

    weirdness_constraint: float
    """Creativity/novelty constraint, 0-1 with two decimals (higher = more experimental)."""

    audio_weight: float
    """Audio consistency weight, 0-1 with two decimals (higher = more consistent)."""


class CreateMashupCreateExactLyricsParams(TypedDict, total=False):
    """Body of `suno.create_mashup.create` (vocal_mode=exact_lyrics)."""

    upload_url_list: Required[list[str] | tuple[str, ...]]
    """Exactly two publicly accessible audio file URLs to mash up."""

    vocal_mode: Required[Literal["exact_lyrics"]]
    """The mashup sings `lyrics` exactly."""

    lyrics: Required[str]
    """Exact lyrics to sing (required for exact_lyrics)."""

    style: Required[str]
    """Music style (required for exact_lyrics and instrumental)."""

    title: Required[str]
    """Music title (required for exact_lyrics and instrumental)."""

    model: Required[Literal["suno-v5", "suno-v4.5-plus", "suno-v4.5-all", "suno-v4.5", "suno-v4"]]
    """Model version: suno-v5 (up to 8 min), suno-v4.5-plus, suno-v4.5-all, suno-v4.5 (up to 8 min)
    or suno-v4 (up to 4 min)."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    persona_id: str
    """Persona ID to apply; create one with suno.generate_persona (or use the voice_id of
    suno.generate_voice.create with persona_type voice)."""

    persona_type: Literal["style", "voice"]
    """Which persona characteristics to apply, used with persona_id (ignored without it) - style,
    or voice (suno-v5 only)."""

    vocal_gender: Literal["male", "female"]
    """Preferred vocal gender; increases the probability only."""

    style_weight: float
    """Style adherence weight, 0-1 with two decimals (higher = stricter)."""

    weirdness_constraint: float
    """Creativity/novelty constraint, 0-1 with two decimals (higher = more experimental)."""

    audio_weight: float
    """Audio consistency weight, 0-1 with two decimals (higher = more consistent)."""


class CreateMashupCreateInstrumentalParams(TypedDict, total=False):
    """Body of `suno.create_mashup.create` (vocal_mode=instrumental)."""

    upload_url_list: Required[list[str] | tuple[str, ...]]
    """Exactly two publicly accessible audio file URLs to mash up."""

    vocal_mode: Required[Literal["instrumental"]]
    """Generate an instrumental mashup (no vocals)."""

    style: Required[str]
    """Music style (required for exact_lyrics and instrumental)."""

    title: Required[str]
    """Music title (required for exact_lyrics and instrumental)."""

    model: Required[Literal["suno-v5", "suno-v4.5-plus", "suno-v4.5-all", "suno-v4.5", "suno-v4"]]
    """Model version: suno-v5 (up to 8 min), suno-v4.5-plus, suno-v4.5-all, suno-v4.5 (up to 8 min)
    or suno-v4 (up to 4 min)."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    persona_id: str
    """Persona ID to apply; create one with suno.generate_persona (or use the voice_id of
    suno.generate_voice.create with persona_type voice)."""

    persona_type: Literal["style", "voice"]
    """Which persona characteristics to apply, used with persona_id (ignored without it) - style,
    or voice (suno-v5 only)."""

    vocal_gender: Literal["male", "female"]
    """Preferred vocal gender; increases the probability only."""

    style_weight: float
    """Style adherence weight, 0-1 with two decimals (higher = stricter)."""

    weirdness_constraint: float
    """Creativity/novelty constraint, 0-1 with two decimals (higher = more experimental)."""

    audio_weight: float
    """Audio consistency weight, 0-1 with two decimals (higher = more consistent)."""


class ExtendMusicCreateSourceParams(TypedDict, total=False):
    """Body of `suno.extend_music.create` (parameter_mode=source)."""

    parameter_mode: Required[Literal["source"]]
    """Inherit the parameters of the source track."""

    model: Required[Literal["suno-v5", "suno-v4.5-plus", "suno-v4.5-all", "suno-v4.5", "suno-v4"]]
    """Model version: suno-v5 (up to 8 min), suno-v4.5-plus, suno-v4.5-all, suno-v4.5 (up to 8 min)
    or suno-v4 (up to 4 min)."""

    audio_id: str
    """Audio ID of the Suno track to extend."""

    upload_url: str
    """URL of an audio file to extend (at most 8 minutes). The download_url returned by
    files.from_url works; that temporary link expires after 24 hours."""

    task_id: str
    """ID of the Suno task whose track is extended."""

    audio_url: str
    """URL of the source audio to extend."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    prompt: str
    """Description of how to extend. Required in custom mode unless instrumental is true or lyrics
    are given, and in source mode when extending an upload_url."""

    lyrics: str
    """Exact lyrics for the extension, used when extending an uploaded file in custom mode (in
    place of prompt)."""

    style: str
    """Music style (required in custom mode)."""

    title: str
    """Music title (required in custom mode)."""

    continue_at: float
    """Second of the source track at which the extension starts (required in custom mode)."""

    instrumental: bool
    """Whether the extension is instrumental; in custom mode, prompt may then be omitted."""

    persona_id: str
    """Persona ID to apply (takes effect in custom mode); create one with suno.generate_persona."""

    persona_type: Literal["style", "voice"]
    """Which persona characteristics to apply, used with persona_id (ignored without it) - style,
    or voice (suno-v5 only)."""

    negative_tags: str
    """Music styles to exclude."""

    vocal_gender: Literal["male", "female"]
    """Preferred vocal gender (takes effect in custom mode only); increases the probability
    only."""

    style_weight: float
    """Style adherence weight, 0-1 with two decimals (higher = stricter)."""

    weirdness_constraint: float
    """Creativity/novelty constraint, 0-1 with two decimals (higher = more experimental)."""

    audio_weight: float
    """Audio consistency weight, 0-1 with two decimals (higher = more consistent)."""


class ExtendMusicCreateCustomParams(TypedDict, total=False):
    """Body of `suno.extend_music.create` (parameter_mode=custom)."""

    parameter_mode: Required[Literal["custom"]]
    """Give the extension parameters in this request."""

    model: Required[Literal["suno-v5", "suno-v4.5-plus", "suno-v4.5-all", "suno-v4.5", "suno-v4"]]
    """Model version: suno-v5 (up to 8 min), suno-v4.5-plus, suno-v4.5-all, suno-v4.5 (up to 8 min)
    or suno-v4 (up to 4 min)."""

    style: Required[str]
    """Music style (required in custom mode)."""

    title: Required[str]
    """Music title (required in custom mode)."""

    continue_at: Required[float]
    """Second of the source track at which the extension starts (required in custom mode)."""

    audio_id: str
    """Audio ID of the Suno track to extend."""

    upload_url: str
    """URL of an audio file to extend (at most 8 minutes). The download_url returned by
    files.from_url works; that temporary link expires after 24 hours."""

    task_id: str
    """ID of the Suno task whose track is extended."""

    audio_url: str
    """URL of the source audio to extend."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    prompt: str
    """Description of how to extend. Required in custom mode unless instrumental is true or lyrics
    are given, and in source mode when extending an upload_url."""

    lyrics: str
    """Exact lyrics for the extension, used when extending an uploaded file in custom mode (in
    place of prompt)."""

    instrumental: bool
    """Whether the extension is instrumental; in custom mode, prompt may then be omitted."""

    persona_id: str
    """Persona ID to apply (takes effect in custom mode); create one with suno.generate_persona."""

    persona_type: Literal["style", "voice"]
    """Which persona characteristics to apply, used with persona_id (ignored without it) - style,
    or voice (suno-v5 only)."""

    negative_tags: str
    """Music styles to exclude."""

    vocal_gender: Literal["male", "female"]
    """Preferred vocal gender (takes effect in custom mode only); increases the probability
    only."""

    style_weight: float
    """Style adherence weight, 0-1 with two decimals (higher = stricter)."""

    weirdness_constraint: float
    """Creativity/novelty constraint, 0-1 with two decimals (higher = more experimental)."""

    audio_weight: float
    """Audio consistency weight, 0-1 with two decimals (higher = more consistent)."""


class GenerateArtworkCreateParams(TypedDict, total=False):
    """Body of `suno.generate_artwork.create`."""

    task_id: Required[str]
    """Id of the original Suno music generation task."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""


class GenerateLyricsCreateParams(TypedDict, total=False):
    """Body of `suno.generate_lyrics.create`."""

    prompt: Required[str]
    """Theme, style or subject of the lyrics, at most 200 characters."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""


class GenerateMidiCreateParams(TypedDict, total=False):
    """Body of `suno.generate_midi.create`."""

    task_id: Required[str]
    """Id of a completed stem separation task of type `split_stem`
    (`suno.separate_audio_stems.create`)."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""


class GeneratePersonaParams(TypedDict, total=False):
    """Body of `suno.generate_persona`."""

    task_id: Required[str]
    """Task ID from a music generation endpoint."""

    audio_id: Required[str]
    """ID of the audio track the persona is based on."""

    name: Required[str]
    """Easily recognizable name for the persona."""

    description: Required[str]
    """The persona's musical characteristics and style."""


class GenerateVoiceCreateParams(TypedDict, total=False):
    """Body of `suno.generate_voice.create`."""

    task_id: Required[str]
    """Id of a Voice Validation Phrase or Regenerate Validation Phrase task whose phrase the user
    read."""

    verify_url: Required[str]
    """Public URL of the user's recording of the validation phrase."""

    voice_name: str
    """Display name of the custom voice."""

    description: str
    """Description of the custom voice."""

    style: str
    """Voice style tags, comma-separated (for example `Pop, Female Vocal`)."""

    singer_skill_level: Literal["beginner", "intermediate", "advanced", "professional"]
    """Skill level of the singer."""

    callback_url: str
    """HTTPS URL that receives a signed POST with the final status payload when the task finishes
    (see the callbacks of this operation). The voice operations accept HTTPS URLs only."""


class GetTimestampedLyricsParams(TypedDict, total=False):
    """Body of `suno.get_timestamped_lyrics`."""

    task_id: Required[str]
    """Task ID of the music generation task."""

    audio_id: Required[str]
    """ID of the audio track whose lyrics are aligned."""


class RegenerateValidationPhraseCreateParams(TypedDict, total=False):
    """Body of `suno.regenerate_validation_phrase.create`."""

    task_id: Required[str]
    """Id of a validation phrase task (Voice Validation Phrase or an earlier regeneration) owned by
    the same account."""

    callback_url: str
    """HTTPS URL that receives a signed POST with the final status payload when the task finishes
    (see the callbacks of this operation). The voice operations accept HTTPS URLs only."""


class ReplaceSectionCreateParams(TypedDict, total=False):
    """Body of `suno.replace_section.create`."""

    task_id: Required[str]
    """Original task ID of the source music."""

    audio_id: Required[str]
    """ID of the audio track whose section is replaced."""

    lyrics: Required[str]
    """Exact lyrics for the replacement segment."""

    tags: Required[str]
    """Music style tags."""

    title: Required[str]
    """Music title."""

    infill_start_time: Required[float]
    """Start of the replaced segment in seconds (two decimals)."""

    infill_end_time: Required[float]
    """End of the replaced segment in seconds (two decimals); at least 10 seconds after
    infill_start_time."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    negative_tags: str
    """Music styles to exclude."""

    full_lyrics: str
    """Complete lyrics of the track after the modification."""

    upload_url: str
    """URL of uploaded source audio, used together with model."""

    model: Literal[
        "suno-v4", "suno-v4.5", "suno-v4.5-all", "suno-v4.5-plus", "suno-v5", "suno-v5.5"
    ]
    """Model for uploaded source audio (with upload_url)."""


class SeparateAudioStemsCreateParams(TypedDict, total=False):
    """Body of `suno.separate_audio_stems.create`."""

    task_id: Required[str]
    """Id of the Suno music generation task that produced the track."""

    audio_id: Required[str]
    """Id of the track (an `audios[].id` of the music task) to process."""

    type: Literal["separate_vocal", "split_stem"]
    """Separation type (priced differently, see Suno pricing): separate_vocal splits vocals and
    accompaniment (2 tracks); split_stem splits individual instruments (12 or more tracks)."""

    stem_name: Literal[
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
    """Name of a single stem to extract, for example `Lead Vocal`, `Drum Kit` or `Bass`."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""


class TextToMusicCreateAutoLyricsParams(TypedDict, total=False):
    """Body of `suno.text_to_music.create` (vocal_mode=auto_lyrics)."""

    vocal_mode: Required[Literal["auto_lyrics"]]
    """Lyrics are written automatically from `prompt`."""

    prompt: Required[str]
    """Song brief for automatic lyrics, at most 3000 characters (required for auto_lyrics)."""

    model: Required[Literal["suno-v5", "suno-v4.5-plus", "suno-v4.5-all", "suno-v4.5", "suno-v4"]]
    """Model version: suno-v5 (up to 8 min), suno-v4.5-plus, suno-v4.5-all, suno-v4.5 (up to 8 min)
    or suno-v4 (up to 4 min)."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    continue_at: float
    """Timestamp in seconds to continue from."""

    persona_id: str
    """Persona ID to apply; create one with suno.generate_persona (or use the voice_id of
    suno.generate_voice.create with persona_type voice)."""

    persona_type: Literal["style", "voice"]
    """Which persona characteristics to apply, used with persona_id (ignored without it) - style,
    or voice (suno-v5 only)."""

    style_weight: float
    """Style adherence weight, 0-1 with two decimals (higher = stricter)."""

    weirdness_constraint: float
    """Creativity/novelty constraint, 0-1 with two decimals (higher = more experimental)."""

    audio_weight: float
    """Audio consistency weight, 0-1 with two decimals (higher = more consistent)."""


class TextToMusicCreateExactLyricsParams(TypedDict, total=False):
    """Body of `suno.text_to_music.create` (vocal_mode=exact_lyrics)."""

    vocal_mode: Required[Literal["exact_lyrics"]]
    """The song sings `lyrics` exactly."""

    lyrics: Required[str]
    """Exact lyrics to sing (required for exact_lyrics)."""

    style: Required[str]
    """Music style (required for exact_lyrics and instrumental)."""

    title: Required[str]
    """Music title (required for exact_lyrics and instrumental)."""

    model: Required[Literal["suno-v5", "suno-v4.5-plus", "suno-v4.5-all", "suno-v4.5", "suno-v4"]]
    """Model version: suno-v5 (up to 8 min), suno-v4.5-plus, suno-v4.5-all, suno-v4.5 (up to 8 min)
    or suno-v4 (up to 4 min)."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    continue_at: float
    """Timestamp in seconds to continue from."""

    persona_id: str
    """Persona ID to apply; create one with suno.generate_persona (or use the voice_id of
    suno.generate_voice.create with persona_type voice)."""

    persona_type: Literal["style", "voice"]
    """Which persona characteristics to apply, used with persona_id (ignored without it) - style,
    or voice (suno-v5 only)."""

    negative_tags: str
    """Music styles to exclude."""

    vocal_gender: Literal["male", "female"]
    """Preferred vocal gender; increases the probability only."""

    style_weight: float
    """Style adherence weight, 0-1 with two decimals (higher = stricter)."""

    weirdness_constraint: float
    """Creativity/novelty constraint, 0-1 with two decimals (higher = more experimental)."""

    audio_weight: float
    """Audio consistency weight, 0-1 with two decimals (higher = more consistent)."""


class TextToMusicCreateInstrumentalParams(TypedDict, total=False):
    """Body of `suno.text_to_music.create` (vocal_mode=instrumental)."""

    vocal_mode: Required[Literal["instrumental"]]
    """Generate instrumental music (no vocals)."""

    style: Required[str]
    """Music style (required for exact_lyrics and instrumental)."""

    title: Required[str]
    """Music title (required for exact_lyrics and instrumental)."""

    model: Required[Literal["suno-v5", "suno-v4.5-plus", "suno-v4.5-all", "suno-v4.5", "suno-v4"]]
    """Model version: suno-v5 (up to 8 min), suno-v4.5-plus, suno-v4.5-all, suno-v4.5 (up to 8 min)
    or suno-v4 (up to 4 min)."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    continue_at: float
    """Timestamp in seconds to continue from."""

    persona_id: str
    """Persona ID to apply; create one with suno.generate_persona (or use the voice_id of
    suno.generate_voice.create with persona_type voice)."""

    persona_type: Literal["style", "voice"]
    """Which persona characteristics to apply, used with persona_id (ignored without it) - style,
    or voice (suno-v5 only)."""

    negative_tags: str
    """Music styles to exclude."""

    style_weight: float
    """Style adherence weight, 0-1 with two decimals (higher = stricter)."""

    weirdness_constraint: float
    """Creativity/novelty constraint, 0-1 with two decimals (higher = more experimental)."""

    audio_weight: float
    """Audio consistency weight, 0-1 with two decimals (higher = more consistent)."""


class TextToSoundCreateParams(TypedDict, total=False):
    """Body of `suno.text_to_sound.create`."""

    prompt: Required[str]
    """Sound description, at most 500 characters."""

    model: Required[Literal["suno-v5", "suno-v5.5"]]
    """Model version for sound generation: suno-v5 or suno-v5.5."""

    sound_loop: bool
    """Generate looping audio."""

    sound_tempo: int
    """Beats per minute, 1-300."""

    sound_key: Literal[
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
    """Musical key; without it, any key."""

    grab_lyrics: bool
    """Capture lyric subtitles for later retrieval."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""


class VisualizeMusicCreateParams(TypedDict, total=False):
    """Body of `suno.visualize_music.create`."""

    task_id: Required[str]
    """Id of the Suno music generation task that produced the track."""

    audio_id: Required[str]
    """Id of the track (an `audios[].id` of the music task) to turn into a video."""

    callback_url: str
    """URL that receives a signed POST with the final status payload when the task finishes (see
    the callbacks of this operation)."""

    author: str
    """Artist or creator name shown on the video, at most 50 characters."""

    domain_name: str
    """Website or brand shown as a watermark, at most 50 characters."""


class VoiceToValidationPhraseCreateParams(TypedDict, total=False):
    """Body of `suno.voice_to_validation_phrase.create`."""

    voice_url: Required[str]
    """Public URL of the source voice recording."""

    vocal_start_seconds: Required[int]
    """Start of the vocal segment, in whole seconds."""

    vocal_end_seconds: Required[int]
    """End of the vocal segment, in whole seconds; must be greater than vocal_start_seconds."""

    language: Literal["en", "zh", "es", "fr", "pt", "de", "ja", "ko", "hi", "ru"]
    """Language of the validation phrase."""

    callback_url: str
    """HTTPS URL that receives a signed POST with the final status payload when the task finishes
    (see the callbacks of this operation). The voice operations accept HTTPS URLs only."""
