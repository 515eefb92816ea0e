"""Ideogram V3: overloads per model of text_to_image, edit, remix and reframe."""
# ruff: noqa: F841

from __future__ import annotations

import runapi
from runapi.params.ideogram_v3 import (
    RemixImageCreateIdeogramV3CharacterRemixParams as CharacterRemixParams,
)

P = "A cozy reading nook with a cat, watercolor"
IMG = "https://example.com/room.png"
MASK = "https://example.com/mask.png"


def correct(client: runapi.RunAPI) -> None:
    ideo = client.ideogram_v3
    ideo.text_to_image.create(
        model="ideogram-v3-text-to-image",
        prompt=P,
        rendering_speed="quality",
        style="design",
        output_count=4,
        negative_prompt="text",
    )
    ideo.text_to_image.create(
        model="ideogram-v3-character", prompt=P, reference_image_urls=[IMG], style="fiction"
    )
    ideo.edit_image.create(model="ideogram-v3-edit", prompt=P, source_image_url=IMG, mask_url=MASK)
    # reference_image_urls is optional on the plain models (required on the character ones)
    ideo.text_to_image.create(
        model="ideogram-v3-text-to-image", prompt=P, reference_image_urls=[IMG]
    )
    ideo.edit_image.create(
        model="ideogram-v3-edit",
        prompt=P,
        source_image_url=IMG,
        mask_url=MASK,
        reference_image_urls=[IMG],
    )
    ideo.remix_image.create(
        model="ideogram-v3-remix", prompt=P, source_image_url=IMG, reference_image_urls=[IMG]
    )
    ideo.reframe_image.create(
        model="ideogram-v3-reframe", source_image_url=IMG, aspect_ratio="9:16"
    )
    ideo.remix_image.create(model="ideogram-v3-remix", prompt=P, source_image_url=IMG, strength=0.3)
    remix: CharacterRemixParams = {
        "model": "ideogram-v3-character-remix",
        "prompt": P,
        "source_image_url": IMG,
        "reference_image_urls": [IMG],
        "style_reference_image_urls": [IMG],
    }
    result = ideo.remix_image.run(**remix)
    urls: list[str] = [image.url for image in result.images]


def wrong(client: runapi.RunAPI) -> None:
    ideo = client.ideogram_v3
    ideo.edit_image.create(  # E: character edit needs reference_image_urls
        model="ideogram-v3-character-edit", prompt=P, source_image_url=IMG, mask_url=MASK
    )
    ideo.edit_image.create(model="ideogram-v3-edit", prompt=P, source_image_url=IMG)  # E: mask
    ideo.edit_image.create(  # E: style is not an ideogram-v3-edit field
        model="ideogram-v3-edit", prompt=P, source_image_url=IMG, mask_url=MASK, style="auto"
    )
    t2i = ideo.text_to_image.create
    t2i(model="ideogram-v3-text-to-image", prompt=P, style="fiction")  # E: character styles only
    t2i(  # E: design is not a character style
        model="ideogram-v3-character", prompt=P, reference_image_urls=[IMG], style="design"
    )
    t2i(model="ideogram-v3-text-to-image", prompt=P, output_count=5)  # E: 1 to 4 images
    t2i(model="ideogram-v3-text-to-image", prompt=P, rendering_speed="fast")  # E: not listed
    t2i(model="ideogram-v3-character", prompt=P)  # E: reference_image_urls missing
    ideo.reframe_image.create(model="ideogram-v3-reframe", source_image_url=IMG)  # E: aspect ratio
    ideo.reframe_image.create(  # E: reframe takes no prompt
        model="ideogram-v3-reframe", source_image_url=IMG, aspect_ratio="1:1", prompt=P
    )
    ideo.remix_image.create(  # E: strength is a number
        model="ideogram-v3-remix", prompt=P, source_image_url=IMG, strength="0.5"
    )
    ideo.remix_image.create(  # E: style references are character-remix only
        model="ideogram-v3-remix", prompt=P, source_image_url=IMG, style_reference_image_urls=[IMG]
    )


async def async_usage(client: runapi.AsyncRunAPI) -> None:
    ideo = client.ideogram_v3
    task = await ideo.text_to_image.create(model="ideogram-v3-text-to-image", prompt=P)
    status = await ideo.text_to_image.get(task.id)
    if status.images:
        first: str = status.images[0].url
    await ideo.reframe_image.create(model="ideogram-v3-reframe", source_image_url=IMG)  # E: ratio
