"""Grok Imagine: images, videos, extension and upscale."""
# ruff: noqa: F841, B018

from __future__ import annotations

import runapi

P = "A cozy reading nook with a cat, watercolor"
IMG = "https://example.com/room.png"


def correct(client: runapi.RunAPI) -> None:
    grok = client.grok_imagine
    image = grok.text_to_image.run(
        model="grok-imagine-text-to-image", prompt=P, aspect_ratio="2:3", enable_pro=True
    )
    image_url: str = image.images[0].url
    grok.image_to_video.create(model="grok-imagine-image-to-video", source_image_urls=[IMG])
    grok.image_to_video.create(model="grok-imagine-image-to-video", source_image_url=IMG)
    video = grok.image_to_video.run(
        model="grok-imagine-image-to-video",
        source_task_id=image.id,
        index=2,
        motion_style="spicy",
        output_resolution="480p",
    )
    video_url: str = video.videos[0].url
    grok.text_to_video.create(
        model="grok-imagine-text-to-video", prompt=P, duration_seconds=6, motion_style="fun"
    )
    grok.extend_video.create(
        source_task_id=video.id, prompt="keep going", start_seconds=3, extension_duration_seconds=10
    )
    grok.edit_image.create(model="grok-imagine-edit-image", source_image_url=IMG)
    upscaled = grok.upscale_image.run(source_task_id=video.id)
    upscaled_url: str = upscaled.videos[0].url


def wrong(client: runapi.RunAPI) -> None:
    grok = client.grok_imagine
    grok.extend_video.create(
        source_task_id="t",
        prompt=P,
        start_seconds=3,
        extension_duration_seconds=8,  # E: extension is 6 or 10 s
    )
    grok.extend_video.create(
        source_task_id="t",
        prompt=P,
        start_seconds=1.5,  # E: start_seconds is an int
        extension_duration_seconds=6,
    )
    grok.extend_video.create(source_task_id="t", prompt=P, start_seconds=0)  # E: duration missing
    grok.text_to_video.create(
        model="grok-imagine-text-to-video",
        prompt=P,
        output_resolution="1080p",  # E: 480p or 720p
    )
    grok.text_to_video.create(
        model="grok-imagine-text-to-video",
        prompt=P,
        motion_style="crazy",  # E: fun, normal or spicy
    )
    grok.text_to_image.create(
        model="grok-imagine-text-to-image",
        prompt=P,
        enable_pro="yes",  # E: a bool
    )
    grok.text_to_image.create(model="grok-imagine-text-to-image")  # E: prompt missing
    grok.edit_image.create(model="grok-imagine-edit-image", prompt=P)  # E: source image missing
    grok.image_to_video.create(
        model="grok-imagine-image-to-video",
        source_image_url=[IMG],  # E: source_image_url is one URL
    )
    grok.upscale_image.create(source_task_id="t", model="grok-imagine-upscale")  # E: no model field
    grok.image_to_video.create(
        model="grok-imagine-text-to-video",  # E: wrong model for image_to_video
        source_image_urls=[IMG],
    )
    image = grok.upscale_image.run(source_task_id="t")
    image.images  # E: upscale_image answers a video


async def async_usage(client: runapi.AsyncRunAPI) -> None:
    video = await client.grok_imagine.text_to_video.run(
        model="grok-imagine-text-to-video", prompt=P
    )
    url: str = video.videos[0].url
    await client.grok_imagine.text_to_image.create(model="grok-imagine-text-to-image")  # E: prompt
