"""GPT Image 2: text_to_image and edit_image."""
# ruff: noqa: F841, B018

from __future__ import annotations

import runapi
from runapi.params.gpt_image_2 import EditImageCreateParams as GptEditParams
from runapi.types.gpt_image_2 import GptImage2TextToImageCompleted

P = "A cozy reading nook with a cat, watercolor"
IMG = "https://example.com/room.png"


def correct(client: runapi.RunAPI) -> None:
    gpt = client.gpt_image_2
    gpt.text_to_image.create(model="gpt-image-2", prompt=P)
    result: GptImage2TextToImageCompleted = gpt.text_to_image.run(
        model="gpt-image-2", prompt=P, aspect_ratio="4:3", output_resolution="2k"
    )
    url: str = result.images[0].url
    edit: GptEditParams = {
        "model": "gpt-image-2",
        "prompt": "add a plant",
        "source_image_urls": [IMG],
    }
    edit["output_resolution"] = "4k"
    edited = gpt.edit_image.run(**edit, poll_interval=2)
    edited_url: str = edited.images[-1].url


def wrong(client: runapi.RunAPI) -> None:
    gpt = client.gpt_image_2
    gpt.edit_image.create(model="gpt-image-2", prompt=P)  # E: source_image_urls missing
    gpt.text_to_image.create(model="gpt-image-2", prompt=P, output_resolution="8k")  # E: 1k/2k/4k
    gpt.text_to_image.create(model="gpt-image-2", prompt=P, aspect_ratio="21:9")  # E: not listed
    gpt.text_to_image.create(model="gpt-image-1", prompt=P)  # E: unknown model
    gpt.text_to_image.create(model="gpt-image-2", prompt=P, source_image_urls=[IMG])  # E: edit only
    gpt.text_to_image.create(model="gpt-image-2", prompt=P, n=2)  # E: unknown parameter
    edit: GptEditParams = {"model": "gpt-image-2", "prompt": P, "source_image_url": IMG}  # E: urls
    result = gpt.text_to_image.run(model="gpt-image-2", prompt=P)
    result.images[0].width  # E: MediaUrl has only url


async def async_usage(client: runapi.AsyncRunAPI) -> None:
    result = await client.gpt_image_2.text_to_image.run(model="gpt-image-2", prompt=P)
    url: str = result.images[0].url
    url2: str = client.gpt_image_2.text_to_image.get("t").images[0].url  # E: not awaited
