"""Wan: video (text, image, speech, edit, animate) and image models."""
# ruff: noqa: F841, B018

from __future__ import annotations

import runapi
from runapi.params.wan import TextToImageCreateWan27ImageProParams as ImageProParams
from runapi.types.wan import WanImageTaskCompleted, WanVideoTaskCompleted

P = "A lighthouse on a cliff during a storm"
IMG = "https://example.com/cliff.png"
VID = "https://example.com/clip.mp4"


def correct(client: runapi.RunAPI) -> None:
    wan = client.wan
    wan.text_to_video.create(model="wan-2.5-text-to-video", prompt=P, duration_seconds=5)
    wan.text_to_video.create(
        model="wan-2.2-a14b-text-to-video-turbo",
        prompt=P,
        aspect_ratio="4:3",
        output_resolution="720p",
        acceleration="regular",
    )
    wan.text_to_video.create(
        model="wan-2.7-text-to-video", prompt=P, ratio="16:9", watermark=False, duration_seconds=7.5
    )
    wan.text_to_video.create(
        model="wan-2.7-r2v", prompt=P, reference_image_urls=[IMG], reference_video_urls=[VID]
    )
    wan.image_to_video.create(
        model="wan-2.5-image-to-video", first_frame_image_url=IMG, duration_seconds=10
    )
    wan.image_to_video.create(
        model="wan-2.6-flash-image-to-video",
        prompt=P,
        first_frame_image_url=IMG,
        audio=True,
        multi_shots=False,
    )
    wan.image_to_video.create(model="wan-2.7-image-to-video", prompt=P, source_video_url=VID)
    wan.image_to_video.create(model="wan-2.7-image-to-video", prompt=P, acceleration="high")
    wan.text_to_video.create(
        model="wan-2.6-text-to-video", prompt=P, multi_shots=True, reference_image_urls=[IMG]
    )
    wan.edit_video.create(
        model="wan-2.6-edit-video", source_video_urls=[VID], prompt="make it snow"
    )
    wan.edit_video.create(model="wan-2.7-edit-video", source_video_url=VID, audio_setting="keep")
    wan.animate.create(model="wan-2.2-animate-move", reference_video_url=VID, source_image_url=IMG)
    wan.speech_to_video.create(
        model="wan-2.2-a14b-speech-to-video-turbo",
        source_image_url=IMG,
        source_audio_url="https://example.com/speech.wav",
        num_frames=80,
        guidance_scale=3.5,
    )

    video: WanVideoTaskCompleted = wan.text_to_video.run(
        model="wan-2.6-text-to-video", prompt=P, aspect_ratio="9:16"
    )
    video_url: str = video.videos[0].url
    image: WanImageTaskCompleted = wan.text_to_image.run(
        model="wan-2.7-image", prompt=P, aspect_ratio="8:1", output_count=2
    )
    image_urls: list[str] = [item.url for item in image.images]

    pro: ImageProParams = {"model": "wan-2.7-image-pro", "prompt": P, "thinking_mode": True}
    pro["color_palette"] = [{"hex": "#1E90FF", "ratio": "40%"}]
    wan.text_to_image.validate(**pro)
    wan.text_to_image.create(**pro)


def wrong(client: runapi.RunAPI) -> None:
    wan = client.wan
    t2v = wan.text_to_video.create
    t2v(model="wan-2.5-text-to-video", prompt=P)  # E: duration_seconds required for wan-2.5
    t2v(model="wan-2.7-text-to-video", prompt=P, aspect_ratio="16:9")  # E: 2.7 uses ratio
    t2v(model="wan-2.6-text-to-video", prompt=P, ratio="16:9")  # E: ratio is wan-2.7 only
    t2v(model="wan-2.6-text-to-video", prompt=P, aspect_ratio="21:9")  # E: ratio not listed
    t2v(model="wan-2.6-text-to-video", prompt=P, negative_prompt="x")  # E: 2.5 / 2.7 only
    t2v(model="wan-2.5-text-to-video", prompt=P, duration_seconds="5")  # E: a number
    t2v(model="wan-2.6-text-to-video", prompt=P, seed=1)  # E: wan-2.6 takes no seed
    t2v(model="wan-2.7-text-to-video", prompt=P, seed=1.5)  # E: seed is an int
    t2v(model="wan-2.2-a14b-text-to-video-turbo", prompt=P, output_resolution="1080p")  # E: <=720p
    t2v(model="wan-3", prompt=P)  # E: unknown model

    i2v = wan.image_to_video.create
    i2v(model="wan-2.6-image-to-video", first_frame_image_url=IMG)  # E: prompt missing
    i2v(model="wan-2.5-image-to-video", prompt=P, duration_seconds=5)  # E: first frame missing
    i2v(model="wan-2.6-image-to-video", prompt=P, first_frame_image_url=IMG, audio=True)  # E: flash
    i2v(model="wan-2.7-image-to-video", prompt=P, aspect_ratio="16:9")  # E: 2.7 uses ratio

    wan.edit_video.create(model="wan-2.7-edit-video", source_video_urls=[VID])  # E: needs the url
    wan.edit_video.create(model="wan-2.6-edit-video", source_video_url=VID)  # E: needs the urls
    wan.edit_video.create(  # E: multi_shots is flash only
        model="wan-2.6-edit-video", source_video_urls=[VID], multi_shots=True
    )
    wan.animate.create(
        model="wan-2.2-animate",  # E: -move or -replace
        reference_video_url=VID,
        source_image_url=IMG,
    )
    wan.speech_to_video.create(  # E: source_audio_url missing
        model="wan-2.2-a14b-speech-to-video-turbo", source_image_url=IMG
    )

    t2i = wan.text_to_image.create
    t2i(model="wan-2.7-image", prompt=P, thinking_mode=True)  # E: thinking_mode is pro only
    t2i(model="wan-2.7-image", prompt=P, aspect_ratio="5:4")  # E: ratio not listed
    t2i(model="wan-2.7-image-pro", prompt=P, output_count="2")  # E: an int

    image = wan.text_to_image.run(model="wan-2.7-image", prompt=P)
    image.videos  # E: an image task has images
    url: bytes = image.images[0].url  # E: url is a str
    status = wan.text_to_video.get("t")
    status.videos[0]  # E: optional on a status


async def correct_async(client: runapi.AsyncRunAPI) -> None:
    result = await client.wan.image_to_video.run(
        model="wan-2.2-a14b-image-to-video-turbo", first_frame_image_url=IMG
    )
    url: str = result.videos[0].url


async def wrong_async(client: runapi.AsyncRunAPI) -> None:
    await client.wan.text_to_video.run(model="wan-2.5-text-to-video", prompt=P)  # E: duration
