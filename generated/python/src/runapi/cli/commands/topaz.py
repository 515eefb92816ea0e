"""`runapi topaz`: Topaz image and video upscaling.

The group's commands as data; `runapi.cli._build` turns one into a click command when it runs.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from .._spec import Cmd, Opt

HELP = "Topaz image and video upscaling."

_BODY_0: tuple[Opt, ...] = (
    Opt(
        "model",
        "--model",
        "choice",
        "Model; topaz-upscale-image. Required.",
        choices=("topaz-upscale-image",),
        required=True,
    ),
    Opt(
        "source_image_url",
        "--source-image-url",
        "str",
        "Public input image URL. Required.",
        required=True,
    ),
    Opt(
        "upscale_factor",
        "--upscale-factor",
        "choice",
        "Upscale factor - 1, 2, 4 or 8 (required for images). Required.",
        choices=(1, 2, 4, 8),
        required=True,
    ),
    Opt(
        "callback_url",
        "--callback-url",
        "str",
        "URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation).",
    ),
)

_BODY_1: tuple[Opt, ...] = (
    Opt(
        "model",
        "--model",
        "choice",
        "Model; topaz-upscale-video. Required.",
        choices=("topaz-upscale-video",),
        required=True,
    ),
    Opt(
        "source_video_url",
        "--source-video-url",
        "str",
        "Public input video URL. Required.",
        required=True,
    ),
    Opt(
        "callback_url",
        "--callback-url",
        "str",
        "URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation).",
    ),
    Opt(
        "upscale_factor",
        "--upscale-factor",
        "choice",
        "Upscale factor - 1, 2 or 4; when omitted the service default (2) applies.",
        choices=(1, 2, 4),
    ),
)

#: Intermediate groups (resources) below `runapi topaz`, with their help.
SUBGROUPS: dict[tuple[str, ...], str] = {
    ("upscale-image",): "Upscale image.",
    ("upscale-video",): "Upscale video.",
}

COMMANDS: tuple[Cmd, ...] = (
    Cmd(
        name="create",
        path=("upscale-image",),
        operation_id="topaz.upscale_image.create",
        action="create",
        call=("topaz", "upscale_image"),
        method="create",
        summary="Create a Topaz image upscale task",
        help="Create a Topaz image upscale task.\n\nStarts a Topaz image upscaling task (model `topaz-upscale-image`) for a public image URL and answers `202` with its id. `upscale_factor` is required: 1, 2, 4 or 8. Poll the linked status operation or pass `callback_url`; the completed task returns `images`.\n\nPOST /api/v1/topaz/upscale_image\n\nAnswers at once with the task (its id and status); add --wait, or use `runapi topaz upscale-image run`, to wait for the result.",
        epilog="Example:\n\n\x08\n  runapi topaz upscale-image create --model topaz-upscale-image --source-image-url https://cdn.runapi.ai/public/samples/upscale.jpg --upscale-factor 4",
        args=(),
        query=(),
        options=_BODY_0,
        body="json",
    ),
    Cmd(
        name="run",
        path=("upscale-image",),
        operation_id="topaz.upscale_image.create",
        action="run",
        call=("topaz", "upscale_image"),
        method="create",
        summary="Create a Topaz image upscale task and wait for the result",
        help="Create a Topaz image upscale task, then wait for the result.\n\nTakes the same options as `create`, waits with a progress line on stderr and prints the completed task; --download DIR saves its result files.",
        epilog="Example:\n\n\x08\n  runapi topaz upscale-image run --model topaz-upscale-image --source-image-url https://cdn.runapi.ai/public/samples/upscale.jpg --upscale-factor 4",
        args=(),
        query=(),
        options=_BODY_0,
        body="json",
    ),
    Cmd(
        name="wait",
        path=("upscale-image",),
        operation_id="topaz.upscale_image.get",
        action="wait",
        call=("topaz", "upscale_image"),
        method="wait",
        summary="Wait for a task to finish",
        help="Wait for a task to finish and print its completed status.\n\nPolls the task with a progress line on stderr until it completes (exit 0), fails (exit 7) or --timeout passes (exit 8); --download DIR saves its result files. Completed results include: images.",
        epilog="Example:\n\n\x08\n  runapi topaz upscale-image wait ID",
        args=("id",),
        query=(),
        options=(),
        body="none",
    ),
    Cmd(
        name="get",
        path=("upscale-image",),
        operation_id="topaz.upscale_image.get",
        action="get",
        call=("topaz", "upscale_image"),
        method="get",
        summary="Get a Topaz image upscale task",
        help="Get a Topaz image upscale task.\n\nReturns the current status of a Topaz image upscale task, and `images` when it has completed.\n\nGET /api/v1/topaz/upscale_image/{id}",
        epilog="Example:\n\n\x08\n  runapi topaz upscale-image get ID",
        args=("id",),
        query=(),
        options=(),
        body="none",
    ),
    Cmd(
        name="create",
        path=("upscale-video",),
        operation_id="topaz.upscale_video.create",
        action="create",
        call=("topaz", "upscale_video"),
        method="create",
        summary="Create a Topaz video upscale task",
        help="Create a Topaz video upscale task.\n\nStarts a Topaz video upscaling task (model `topaz-upscale-video`) for a public video URL and answers `202` with its id. `upscale_factor` is optional: 1, 2 or 4; when omitted the service default (2) applies. Poll the linked status operation or pass `callback_url`; the completed task returns `videos`.\n\nPOST /api/v1/topaz/upscale_video\n\nAnswers at once with the task (its id and status); add --wait, or use `runapi topaz upscale-video run`, to wait for the result.",
        epilog="Example:\n\n\x08\n  runapi topaz upscale-video create --model topaz-upscale-video --source-video-url https://cdn.runapi.ai/public/samples/video-lowres.mp4 --upscale-factor 2",
        args=(),
        query=(),
        options=_BODY_1,
        body="json",
    ),
    Cmd(
        name="run",
        path=("upscale-video",),
        operation_id="topaz.upscale_video.create",
        action="run",
        call=("topaz", "upscale_video"),
        method="create",
        summary="Create a Topaz video upscale task and wait for the result",
        help="Create a Topaz video upscale task, then wait for the result.\n\nTakes the same options as `create`, waits with a progress line on stderr and prints the completed task; --download DIR saves its result files.",
        epilog="Example:\n\n\x08\n  runapi topaz upscale-video run --model topaz-upscale-video --source-video-url https://cdn.runapi.ai/public/samples/video-lowres.mp4 --upscale-factor 2",
        args=(),
        query=(),
        options=_BODY_1,
        body="json",
    ),
    Cmd(
        name="wait",
        path=("upscale-video",),
        operation_id="topaz.upscale_video.get",
        action="wait",
        call=("topaz", "upscale_video"),
        method="wait",
        summary="Wait for a task to finish",
        help="Wait for a task to finish and print its completed status.\n\nPolls the task with a progress line on stderr until it completes (exit 0), fails (exit 7) or --timeout passes (exit 8); --download DIR saves its result files. Completed results include: videos.",
        epilog="Example:\n\n\x08\n  runapi topaz upscale-video wait ID",
        args=("id",),
        query=(),
        options=(),
        body="none",
    ),
    Cmd(
        name="get",
        path=("upscale-video",),
        operation_id="topaz.upscale_video.get",
        action="get",
        call=("topaz", "upscale_video"),
        method="get",
        summary="Get a Topaz video upscale task",
        help="Get a Topaz video upscale task.\n\nReturns the current status of a Topaz video upscale task, and `videos` when it has completed.\n\nGET /api/v1/topaz/upscale_video/{id}",
        epilog="Example:\n\n\x08\n  runapi topaz upscale-video get ID",
        args=("id",),
        query=(),
        options=(),
        body="none",
    ),
)
