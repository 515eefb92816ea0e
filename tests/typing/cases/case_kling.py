"""Kling: kling-3.0 single/multi-shot overloads, V2.x models, avatars and motion control."""
# ruff: noqa: F841

from __future__ import annotations

import runapi
from runapi.params.kling import TextToVideoCreateKling30TrueParams as MultiShotParams
from runapi.types.kling import KlingTaskCompleted

P = "A golden retriever running through wildflowers"
IMG = "https://example.com/dog.png"
AUDIO = "https://example.com/voice.mp3"


def correct(client: runapi.RunAPI) -> None:
    kling = client.kling
    kling.text_to_video.create(model="kling-3.0", prompt=P, aspect_ratio="16:9")
    kling.text_to_video.create(
        model="kling-3.0",
        prompt="@alice walks in the rain",
        aspect_ratio="9:16",
        duration_seconds=10,
        output_resolution="4k",
        enable_sound=False,
        multi_shots=False,
        kling_elements=[{"name": "alice", "description": "A woman in a red jacket"}],
    )
    kling.text_to_video.create(
        model="kling-3.0",
        multi_shots=True,
        enable_sound=True,
        multi_prompt=[
            {"prompt": "An astronaut steps onto the moon", "duration_seconds": 4},
            {"prompt": "Earth rises on the horizon", "duration_seconds": 5},
        ],
        aspect_ratio="16:9",
    )
    kling.text_to_video.create(
        model="kling-v2.1-master-text-to-video",
        prompt=P,
        duration_seconds=10,
        negative_prompt="blur",
        cfg_scale=0.5,
    )
    kling.text_to_video.create(model="kling-v2.5-turbo-text-to-video-pro", prompt=P)
    kling.text_to_video.create(
        model="kling-3.0", prompt=P, aspect_ratio="1:1", negative_prompt="blur", cfg_scale=0.5
    )
    kling.text_to_video.create(model="kling-v2.1-master-text-to-video", prompt=P, enable_sound=True)
    kling.text_to_video.create(
        model="kling-3.0",
        prompt=P,
        aspect_ratio="16:9",
        multi_prompt=[{"prompt": "A single shot", "duration_seconds": 5}],
    )
    kling.image_to_video.create(
        model="kling-v2.1-pro", prompt=P, first_frame_image_url=IMG, last_frame_image_url=IMG
    )
    kling.image_to_video.create(
        model="kling-v2.1-standard", prompt=P, first_frame_image_url=IMG, duration_seconds=5
    )
    kling.ai_avatar.create(
        model="kling-ai-avatar-pro", source_image_url=IMG, source_audio_url=AUDIO, prompt=""
    )
    kling.motion_control.create(
        model="kling-3.0",
        source_first_frame_image_url=IMG,
        reference_video_url="https://example.com/dance.mp4",
        character_orientation="video",
        output_resolution="1080p",
    )
    kling.motion_control.create(
        model="kling-3.0", source_image_url=IMG, reference_video_url="https://example.com/dance.mp4"
    )

    result: KlingTaskCompleted = kling.text_to_video.run(
        model="kling-3.0", prompt=P, first_frame_image_url=IMG
    )
    url: str = result.videos[0].url
    status = kling.image_to_video.get(result.id)
    state: str = status.status
    error: str | None = status.error
    done = kling.ai_avatar.wait(result.id)
    avatar_url: str = done.videos[0].url

    multi: MultiShotParams = {
        "model": "kling-3.0",
        "multi_shots": True,
        "enable_sound": True,
        "multi_prompt": [{"prompt": "A shot", "duration_seconds": 3}],
    }
    kling.text_to_video.validate(**multi)


def wrong(client: runapi.RunAPI) -> None:
    kling = client.kling
    t2v = kling.text_to_video.create
    t2v(model="kling-3.0", aspect_ratio="16:9")  # E: prompt required in single-shot mode
    t2v(model="kling-3.0", multi_shots=True, multi_prompt=[])  # E: enable_sound missing
    t2v(model="kling-3.0", multi_shots=True, enable_sound=False, multi_prompt=[])  # E: sound=True
    t2v(model="kling-3.0", multi_shots=True, enable_sound=True)  # E: multi_prompt missing
    t2v(model="kling-3.0", prompt=P, output_resolution="480p")  # E: 720p, 1080p or 4k
    t2v(model="kling-3.0", prompt=P, aspect_ratio="4:3")  # E: 16:9, 9:16 or 1:1
    t2v(model="kling-3.0", prompt=P, negative_prompt=["blur"])  # E: a str
    t2v(model="kling-3.0", prompt=P, cfg_scale="0.5")  # E: a number
    t2v(model="kling-3.0", prompt=P, duration_seconds="5")  # E: an int
    t2v(model="kling-v2.1-master-text-to-video", prompt=P, duration_seconds=8)  # E: 5 or 10
    t2v(model="kling-v2.1-master-text-to-video", prompt=P, multi_shots=True)  # E: kling-3.0 only
    t2v(model="kling-v2.5-turbo-text-to-video-pro", prompt=P, cfg=0.5)  # E: typo, cfg_scale
    t2v(model="kling-2.6", prompt=P)  # E: unknown model

    i2v = kling.image_to_video.create
    i2v(model="kling-v2.1-pro", prompt=P)  # E: first_frame_image_url missing
    i2v(  # E: last_frame_image_url is v2.1-pro / v2.5-turbo only
        model="kling-v2.1-standard", prompt=P, first_frame_image_url=IMG, last_frame_image_url=IMG
    )
    i2v(model="kling-3.0", prompt=P, first_frame_image_url=IMG)  # E: kling-3.0 is text_to_video
    i2v(  # E: no sound for image-to-video
        model="kling-v2.1-pro", prompt=P, first_frame_image_url=IMG, enable_sound=True
    )
    i2v(  # E: 16:9, 9:16 or 1:1
        model="kling-v2.1-pro", prompt=P, first_frame_image_url=IMG, aspect_ratio="21:9"
    )

    kling.ai_avatar.create(
        model="kling-3.0",  # E: not an avatar model
        source_image_url=IMG,
        source_audio_url=AUDIO,
        prompt="",
    )
    kling.ai_avatar.create(  # E: prompt is required (may be empty)
        model="kling-ai-avatar-pro", source_image_url=IMG, source_audio_url=AUDIO
    )
    mc = kling.motion_control.create
    mc(model="kling-3.0", source_first_frame_image_url=IMG)  # E: reference_video_url missing
    mc(model="kling-3.0", source_image_url=[IMG], reference_video_url="v")  # E: one URL, a str
    mc(
        model="kling-3.0",
        source_first_frame_image_url=IMG,
        reference_video_url="v",
        character_orientation="left",  # E: video or image
    )

    result = kling.text_to_video.run(model="kling-3.0", prompt=P, aspect_ratio="1:1")
    result.videos[0].url.append("x")  # E: url is a str
    status = kling.text_to_video.get(result.id)
    first = status.videos[0]  # E: videos is optional on a status
    n: int = kling.text_to_video.get(result.id)  # E: get() returns the status model


async def correct_async(client: runapi.AsyncRunAPI) -> None:
    result = await client.kling.image_to_video.run(
        model="kling-v2.5-turbo-image-to-video-pro", prompt=P, first_frame_image_url=IMG
    )
    url: str = result.videos[0].url


async def wrong_async(client: runapi.AsyncRunAPI) -> None:
    await client.kling.text_to_video.create(model="kling-3.0", multi_shots=True)  # E: shots missing
