"""Veo 3.1: per-model overloads (input_mode picks the mode), plus extend and upscale."""
# ruff: noqa: F841, B018

from __future__ import annotations

import runapi
from runapi.params.veo_3_1 import TextToVideoCreateVeo31FastParams as FastParams
from runapi.params.veo_3_1 import UpscaleVideoCreateParams
from runapi.types.veo_3_1 import Veo31TextToVideoCompleted, Veo31Video

P = "A paper boat drifting down a rainy street"
IMG = "https://example.com/frame.png"


def correct(client: runapi.RunAPI) -> None:
    veo = client.veo_3_1
    veo.text_to_video.create(model="veo-3.1", prompt=P)
    veo.text_to_video.create(
        model="veo-3.1-fast",
        prompt=P,
        input_mode="text",
        aspect_ratio="9:16",
        duration_seconds=6,
        seeds=12345,
        enable_translation=False,
        watermark="runapi",
    )
    veo.text_to_video.create(
        model="veo-3.1",
        prompt=P,
        input_mode="first_and_last_frames",
        first_frame_image_url=IMG,
        last_frame_image_url=IMG,
    )
    veo.text_to_video.create(
        model="veo-3.1-fast",
        prompt=P,
        input_mode="reference",
        reference_image_urls=[IMG, IMG],
        aspect_ratio="16:9",
    )
    veo.text_to_video.create(model="veo-3.1", prompt=P, first_frame_image_url=IMG)
    veo.text_to_video.create(model="veo-3.1-fast", prompt=P, reference_image_urls=[IMG])
    result = veo.text_to_video.run(model="veo-3.1-fast", prompt=P, duration_seconds=4)
    video: Veo31Video = result.videos[0]
    url: str = video.url
    resolution: str | None = video.resolution
    completed: Veo31TextToVideoCompleted = result

    extended = veo.extend_video.run(source_task_id=result.id, prompt="The boat reaches a river")
    extended_url: str = extended.videos[0].url
    upscale: UpscaleVideoCreateParams = {"source_task_id": result.id, "output_resolution": "4k"}
    upscale["index"] = 0
    task = veo.upscale_video.create(**upscale)
    upscaled = veo.upscale_video.wait(task.id, max_poll_interval=30)
    source: str | None = upscaled.source_task_id

    reference: FastParams = {
        "model": "veo-3.1-fast",
        "prompt": P,
        "input_mode": "reference",
        "reference_image_urls": [IMG],
    }
    veo.text_to_video.validate(**reference)


def wrong(client: runapi.RunAPI) -> None:
    t2v = client.veo_3_1.text_to_video
    c = t2v.create
    c(model="veo-3.1", prompt=P, input_mode="reference", reference_image_urls=[IMG])  # E: fast only
    c(model="veo-3.1-fast", prompt=P, input_mode="reference", reference_image_urls=IMG)  # E: list
    c(model="veo-3.1", prompt=P, input_mode="first_and_last_frames", seeds=1.5)  # E: int seeds
    c(model="veo-3.1", prompt=P, reference_image_urls=[IMG])  # E: reference images are fast only
    c(model="veo-3.1-fast", prompt=P, first_frame_image_url=[IMG])  # E: one URL, not a list
    c(model="veo-3.1", prompt=P, duration_seconds=5)  # E: 4, 6 or 8 seconds
    c(model="veo-3.1", prompt=P, aspect_ratio="1:1")  # E: 16:9, 9:16 or auto
    c(model="veo-3.1", prompt=P, input_mode="video")  # E: unknown input mode
    c(model="veo-3", prompt=P)  # E: unknown model
    c(model="veo-3.1", prompt=P, seeds="12345")  # E: seeds is an int
    c(model="veo-3.1", prompt=P, negative_prompt="blur")  # E: unknown parameter
    c(model="veo-3.1", prompt=P, enable_translation="true")  # E: bool expected
    c(model="veo-3.1", input_mode="text")  # E: prompt missing
    t2v.validate(model="veo-3.1", input_mode="first_and_last_frames")  # E: prompt missing
    t2v.run(model="veo-3.1", prompt=P, on_progress=lambda: None)  # E: callback takes 2 args

    ref: FastParams = {
        "model": "veo-3.1-fast",
        "prompt": P,
        "input_mode": "references",  # E: the mode is reference
        "reference_image_urls": [IMG],
    }

    veo = client.veo_3_1
    veo.upscale_video.create(source_task_id="t", output_resolution="720p")  # E: 1080p or 4k
    veo.upscale_video.create(source_task_id="t")  # E: output_resolution missing
    veo.upscale_video.create(source_task_id="t", output_resolution="4k", index="0")  # E: int index
    veo.extend_video.create(source_task_id="t")  # E: prompt missing
    veo.extend_video.create(source_task_id="t", prompt=P, duration_seconds=8)  # E: no duration
    veo.extend_video.create(prompt=P, task_id="t")  # E: the field is source_task_id

    result = t2v.run(model="veo-3.1", prompt=P)
    has_audio: bool = result.videos[0].has_audio  # E: has_audio is optional
    first: Veo31Video = result.videos  # E: videos is a list
    status = t2v.get(result.id)
    status.videos[0].url  # E: videos is optional on a status


async def correct_async(client: runapi.AsyncRunAPI) -> None:
    t2v = client.veo_3_1.text_to_video
    result = await t2v.run(model="veo-3.1-fast", prompt=P, aspect_ratio="auto")
    url: str = result.videos[0].url
    task = await client.veo_3_1.upscale_video.create(
        source_task_id=result.id, output_resolution="1080p"
    )
    upscaled = await client.veo_3_1.upscale_video.wait(task.id)
    upscaled_url: str = upscaled.videos[0].url


async def wrong_async(client: runapi.AsyncRunAPI) -> None:
    t2v = client.veo_3_1.text_to_video
    await t2v.create(model="veo-3.1", prompt=P, duration_seconds=10)  # E: 4, 6 or 8 seconds
    url: str = (await t2v.get("t")).videos[0].url  # E: videos is optional on a status
