"""Seedance: one overload per model of seedance.text_to_video."""
# ruff: noqa: F841, B018

from __future__ import annotations

from typing import Final

import runapi
from runapi.params.seedance import TextToVideoCreateSeedance20Params as Seedance20Params
from runapi.params.seedance import TextToVideoCreateSeedanceV1ProParams as V1ProParams
from runapi.types.seedance import SeedanceTextToVideoCompleted, SeedanceTextToVideoStatus
from runapi.types.shared import TaskAccepted

P = "A drone shot of a mountain lake at sunrise"
IMG = "https://example.com/first.png"


def correct(client: runapi.RunAPI) -> None:
    sd = client.seedance.text_to_video
    task: TaskAccepted = sd.create(
        model="seedance-1.5-pro",
        prompt=P,
        aspect_ratio="16:9",
        duration_seconds=8,
        output_resolution="720p",
        generate_audio=False,
        callback_url="https://example.com/cb",
    )
    task_id: str = task.id
    sd.create(model="seedance-1.5-pro", prompt=P, aspect_ratio="21:9", duration_seconds=12)
    sd.create(model="seedance-2.0", prompt=P)
    sd.create(model="seedance-2.0", prompt=P, duration_seconds=15, output_resolution="1080p")
    sd.create(
        model="seedance-2.0-fast",
        prompt=P,
        reference_image_urls=[IMG],
        reference_audio_urls=["https://example.com/a.mp3"],
        web_search=True,
    )
    sd.create(model="seedance-v1-lite", prompt=P, duration_seconds=5, aspect_ratio="9:21")
    sd.create(model="seedance-v1-pro", prompt=P, duration_seconds=10, seed=-1)
    sd.create(model="seedance-v1-pro-fast", prompt=P, duration_seconds=5, first_frame_image_url=IMG)
    sd.create(
        model="seedance-v1-lite",
        prompt=P,
        duration_seconds=5,
        first_frame_image_url=IMG,
        last_frame_image_url=IMG,
    )

    # run() returns the completed model: result fields are not optional.
    result = sd.run(model="seedance-2.0-fast", prompt=P, output_resolution="720p")
    url: str = result.videos[0].url
    completed: SeedanceTextToVideoCompleted = result

    # wait() after create()
    done = sd.wait(task.id, timeout=600, poll_interval=5)
    urls: list[str] = [video.url for video in done.videos]

    # get() returns the status model: fields are optional until completed.
    status: SeedanceTextToVideoStatus = sd.get(task_id)
    if status.videos is not None:
        first: str = status.videos[0].url
    last_frame: str | None = status.last_frame_image_url

    # validate() takes the same per-model shapes as create().
    sd.validate(model="seedance-v1-pro", prompt=P, duration_seconds=5, aspect_ratio="16:9")

    # Bodies built ahead of the call.
    body: Seedance20Params = {
        "model": "seedance-2.0",
        "prompt": P,
        "first_frame_image_url": IMG,
        "duration_seconds": 6,
    }
    sd.create(**body)
    sd.validate(**body)
    v1_body: V1ProParams = {
        "model": "seedance-v1-pro",
        "prompt": P,
        "duration_seconds": 10,
    }
    v1_body["aspect_ratio"] = "21:9"
    sd.run(**v1_body, wait_timeout=900)

    # A Final constant keeps its literal type.
    duration: Final = 10
    sd.create(model="seedance-v1-pro", prompt=P, duration_seconds=duration)


def wrong(client: runapi.RunAPI) -> None:
    sd = client.seedance.text_to_video
    c = sd.create
    c(model="seedance-1.5-pro", prompt=P, duration_seconds=8)  # E: aspect_ratio missing
    c(model="seedance-1.5-pro", prompt=P, aspect_ratio="16:9")  # E: duration missing
    c(model="seedance-v1-pro", prompt=P, duration_seconds=8)  # E: v1-pro takes 5 or 10 s
    c(model="seedance-1.5-pro", prompt=P, aspect_ratio="1:1", duration_seconds=5)  # E: 4/8/12
    c(model="seedance-2.0-fast", prompt=P, output_resolution="1080p")  # E: 2.0-fast max 720p
    c(model="seedance-v1-pro-fast", prompt=P, duration_seconds=5)  # E: first frame missing
    c(model="seedance-2.0", prompt=P, seed=7)  # E: seed is a v1-* field
    c(model="seedance-v1-pro", prompt=P, duration_seconds=5, web_search=True)  # E: 2.x only
    c(model="seedance-v1-lite", prompt=P, duration_seconds=5, generate_audio=True)  # E: no audio
    c(model="seedance-2.0", prompt=P, source_image_urls=[IMG])  # E: 1.5-pro only field
    c(model="seedance-v1-pro", prompt=P, duration_seconds=5, aspect_ratio="9:21")  # E: lite only
    c(model="seedance-2.0", prompt=P, aspect_ratio="2:1")  # E: ratio not in the 2.x list
    c(model="seedance-2.0", prompt=P, lock_camera=True)  # E: lock_camera is not a 2.x field
    c(model="seedance-3.0", prompt=P)  # E: unknown model
    c(model="seedance-2.0", promt=P)  # E: typo promt
    c(model="seedance-2.0", prompt=P, duration_seconds="6")  # E: duration is an int
    c(model="seedance-2.0", prompt=P, generate_audio="yes")  # E: generate_audio is a bool
    c(prompt=P, aspect_ratio="16:9", duration_seconds=8)  # E: model missing
    sd.run(model="seedance-2.0", prompt=P, wait_timeout="10m")  # E: wait_timeout is a number
    sd.validate(model="seedance-v1-lite", prompt=P)  # E: duration_seconds missing for v1-lite

    result = sd.run(model="seedance-2.0", prompt=P)
    result.videos[0].url + 1  # E: url is a str
    count: int = result.videos  # E: videos is a list
    result.images  # E: a video result has no images
    status = sd.get("task-id")
    url: str = status.videos[0].url  # E: videos is optional on a status
    accepted = sd.create(model="seedance-2.0", prompt=P)
    accepted.task_id  # E: the task id is .id
    done: SeedanceTextToVideoCompleted = sd.get("task-id")  # E: get() is not the completed model
    sd.wait(123)  # E: task id is a str

    body: Seedance20Params = {"model": "seedance-2.0", "prompt": P, "seed": 1}  # E: v1
    v1: V1ProParams = {"model": "seedance-v1-pro", "prompt": P}  # E: duration
    v1_ok: V1ProParams = {
        "model": "seedance-v1-pro",
        "prompt": P,
        "duration_seconds": 5,
    }
    v1_ok["duration_seconds"] = 4  # E: v1-pro takes 5 or 10 s


async def correct_async(client: runapi.AsyncRunAPI) -> None:
    sd = client.seedance.text_to_video
    task = await sd.create(model="seedance-2.0", prompt=P, aspect_ratio="auto")
    done = await sd.wait(task.id)
    url: str = done.videos[0].url
    result = await sd.run(
        model="seedance-v1-lite", prompt=P, duration_seconds=10, aspect_ratio="4:3"
    )
    status = await sd.get(task.id)
    state: str = status.status
    sd.validate(model="seedance-2.0", prompt=P)


async def wrong_async(client: runapi.AsyncRunAPI) -> None:
    sd = client.seedance.text_to_video
    task = sd.create(model="seedance-2.0", prompt=P)
    task.id  # E: create() was not awaited
    await sd.create(model="seedance-2.0-fast", prompt=P, output_resolution="1080p")  # E: max 720p
    await client.account.get_balance().balance_cents  # E: await binds looser than attribute access
    sd.run(model="seedance-2.0", prompt=P).videos  # E: run() was not awaited
