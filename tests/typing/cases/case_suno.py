"""Suno: overloads per vocal_mode / parameter_mode, tools and synchronous helpers."""
# ruff: noqa: F841, B018

from __future__ import annotations

import runapi
from runapi.params.suno import TextToMusicCreateExactLyricsParams as ExactLyricsParams
from runapi.types.suno import SunoMusicAudio, SunoMusicCompleted

B = "An upbeat synth-pop song about summer nights"
LYRICS = "[Verse]\nNeon lights and ocean air"


def correct(client: runapi.RunAPI) -> None:
    suno = client.suno
    suno.text_to_music.create(vocal_mode="auto_lyrics", model="suno-v5", prompt=B)
    suno.text_to_music.create(
        vocal_mode="auto_lyrics",
        model="suno-v4.5-plus",
        prompt=B,
        style_weight=0.65,
        weirdness_constraint=0.2,
        persona_id="persona_123",
        persona_type="style",
        continue_at=30,
    )
    suno.text_to_music.create(
        vocal_mode="exact_lyrics",
        model="suno-v5",
        lyrics=LYRICS,
        style="synth-pop",
        title="Summer Nights",
        vocal_gender="female",
        negative_tags="metal",
    )
    suno.text_to_music.create(
        vocal_mode="auto_lyrics", model="suno-v4", prompt=B, persona_type="voice"
    )
    suno.text_to_music.create(
        vocal_mode="exact_lyrics", model="suno-v4", lyrics=LYRICS, style="pop", title="Neon"
    )
    suno.text_to_music.create(
        vocal_mode="instrumental", model="suno-v4.5", style="lo-fi", title="Rain"
    )

    result: SunoMusicCompleted = suno.text_to_music.run(
        vocal_mode="instrumental", model="suno-v5", style="ambient", title="Drift"
    )
    track: SunoMusicAudio = result.audios[0]
    audio_url: str | None = track.audio_url
    if track.audio_url is not None:
        download: str = track.audio_url
    stage: str | None = result.generation_stage

    body: ExactLyricsParams = {
        "vocal_mode": "exact_lyrics",
        "model": "suno-v5",
        "lyrics": LYRICS,
        "style": "indie",
        "title": "Lanterns",
    }
    suno.text_to_music.validate(**body)
    suno.text_to_music.create(**body)

    suno.extend_music.create(parameter_mode="source", model="suno-v5", audio_id="a1")
    suno.extend_music.create(parameter_mode="source", model="suno-v5", task_id="t1")
    suno.extend_music.create(
        parameter_mode="source",
        model="suno-v4",
        audio_url="https://example.com/song.mp3",
        vocal_gender="male",
        instrumental=True,
    )
    suno.extend_music.create(
        parameter_mode="custom",
        model="suno-v5",
        upload_url="https://example.com/song.mp3",
        continue_at=30,
        style="rock",
        title="Part Three",
        lyrics=LYRICS,
    )
    suno.replace_section.create(
        task_id="t",
        audio_id="a",
        lyrics=LYRICS,
        tags="pop",
        title="Neon",
        infill_start_time=10.5,
        infill_end_time=20.75,
        full_lyrics=LYRICS,
    )
    suno.extend_music.create(
        parameter_mode="custom",
        model="suno-v4.5-all",
        upload_url="https://example.com/song.mp3",
        continue_at=42.5,
        style="rock",
        title="Part Two",
        instrumental=True,
    )
    suno.cover_audio.create(
        upload_url="https://example.com/a.mp3",
        vocal_mode="auto_lyrics",
        prompt=B,
        model="suno-v5",
    )
    suno.text_to_sound.create(prompt="rain on a tin roof", model="suno-v5.5", sound_key="F#m")
    stems = suno.separate_audio_stems.run(task_id="t", audio_id="a", type="split_stem")
    suno.separate_audio_stems.create(task_id="t", audio_id="a", stem_name="Lead Vocal")
    vocals: str | None = stems.separated_audios.vocal_url
    lyrics = suno.generate_lyrics.run(prompt="a song about trains")
    lyric_text: str | None = lyrics.lyrics[0].text
    midi = suno.generate_midi.run(task_id="stems-task")
    pitch: int = midi.instruments[0].notes[0].pitch

    boosted: str = suno.boost_style(description="dreamy synthwave").style
    persona = suno.generate_persona(task_id="t", audio_id="a", name="Nova", description="airy")
    persona_id: str = persona.persona.id
    available: bool = suno.check_voice(task_id="voice-task").is_available
    timed = suno.get_timestamped_lyrics(task_id="t", audio_id="a")
    if timed.aligned_words:
        start: float | None = timed.aligned_words[0].start_time
    suno.voice_to_validation_phrase.create(
        voice_url="https://example.com/v.wav", vocal_start_seconds=0, vocal_end_seconds=12
    )


def wrong(client: runapi.RunAPI) -> None:
    suno = client.suno
    t2m = suno.text_to_music.create
    t2m(vocal_mode="exact_lyrics", model="suno-v5", style="pop", title="x")  # E: lyrics missing
    t2m(vocal_mode="instrumental", model="suno-v5", style="lo-fi")  # E: title missing
    t2m(vocal_mode="instrumental", model="suno-v4", style="s", title="t", lyrics="la")  # E: lyrics
    t2m(vocal_mode="auto_lyrics", model="suno-v5")  # E: prompt missing for auto_lyrics
    t2m(vocal_mode="auto_lyrics", model="suno-v5.5", prompt=B)  # E: v5.5 is text_to_sound only
    t2m(vocal_mode="auto", model="suno-v5", prompt=B)  # E: unknown vocal_mode
    t2m(  # E: male/female
        vocal_mode="exact_lyrics", model="suno-v5", lyrics=B, style="s", title="t", vocal_gender="m"
    )
    t2m(vocal_mode="auto_lyrics", model="suno-v5", prompt=B, style="pop")  # E: not in auto_lyrics
    t2m(vocal_mode="auto_lyrics", model="suno-v5", prompt=B, vocal_gender="male")  # E: auto_lyrics
    t2m(  # E: no vocal_gender for instrumental
        vocal_mode="instrumental", model="suno-v5", style="s", title="t", vocal_gender="male"
    )
    t2m(vocal_mode="auto_lyrics", model="suno-v5", prompt=B, style_weight="0.5")  # E: a number
    t2m(vocal_mode="auto_lyrics", model="suno-v5", prompt=B, persona_type="mood")  # E: style/voice
    t2m(vocal_mode="auto_lyrics", model="suno-v5", prompt=B, instrumental=True)  # E: unknown field
    t2m(model="suno-v5", prompt=B)  # E: vocal_mode missing

    ext = suno.extend_music.create
    ext(parameter_mode="custom", model="suno-v5", audio_id="a", style="s", title="t")  # E: continue
    ext(parameter_mode="source", model="suno-v5", audio_id="a", duration_seconds=60)  # E: unknown
    ext(parameter_mode="source", model="suno-v5", audio_id="a", vocal_gender="f")  # E: male/female
    ext(parameter_mode="custom", model="suno-v4", continue_at="1:3", style="s", title="t")  # E: num

    sound = suno.text_to_sound.create
    sound(prompt="waves", model="suno-v4")  # E: sound takes suno-v5 / v5.5
    sound(prompt="waves", model="suno-v5", sound_key="H")  # E: no such key
    sound(prompt="waves", model="suno-v5", sound_key="Any")  # E: omit the key for any key
    sound(prompt="waves", model="suno-v5", sound_tempo=120.5)  # E: bpm is an int
    sep = suno.separate_audio_stems.create
    sep(task_id="t", audio_id="a", type="drums")  # E: unknown type
    sep(task_id="t", audio_id="a", type="split_stem_advanced")  # E: not a documented type
    sep(task_id="t", audio_id="a", stem_name="Kazoo")  # E: no such stem
    suno.replace_section.create(  # E: full set of required fields
        task_id="t", audio_id="a", lyrics=LYRICS, tags="pop", title="Neon", infill_start_time=1
    )
    suno.generate_persona(task_id="t", audio_id="a", name="Nova")  # E: description missing
    suno.boost_style(style="synthwave")  # E: the field is description
    suno.voice_to_validation_phrase.create(voice_url="u", vocal_start_seconds=0)  # E: end missing
    suno.add_vocals.create(upload_url="u", lyrics="la", title="t", model="suno-v5")  # E: no style

    result = suno.text_to_music.run(vocal_mode="auto_lyrics", model="suno-v5", prompt=B)
    url: str = result.audios[0].audio_url  # E: audio_url may be absent
    result.audios[0].audio_url.endswith(".mp3")  # E: audio_url may be absent
    result.audios.audio_url  # E: audios is a list
    status = suno.text_to_music.get(result.id)
    status.audios[0]  # E: audios is optional on a status
    stems = suno.separate_audio_stems.run(task_id="t", audio_id="a")
    stems.separated_audios[0]  # E: separated_audios is an object, not a list
    boosted: int = suno.boost_style(description="dreamy").style  # E: style is a str


async def correct_async(client: runapi.AsyncRunAPI) -> None:
    suno = client.suno
    result = await suno.text_to_music.run(vocal_mode="auto_lyrics", model="suno-v5", prompt=B)
    ids: list[str | None] = [audio.id for audio in result.audios]
    boosted = await suno.boost_style(description="dreamy synthwave")
    style: str = boosted.style


async def wrong_async(client: runapi.AsyncRunAPI) -> None:
    suno = client.suno
    style: str = suno.boost_style(description="dreamy").style  # E: coroutine not awaited
    await suno.text_to_music.create(vocal_mode="instrumental", model="suno-v5")  # E: style, title
