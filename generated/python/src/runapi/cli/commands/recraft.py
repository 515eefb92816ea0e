"""`runapi recraft`: Recraft upscaling and background removal.

The group's commands as data; `runapi.cli._build` turns one into a click command when it runs.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from .._spec import Cmd, Opt

HELP = "Recraft upscaling and background removal."

_BODY_0: tuple[Opt, ...] = (
    Opt(
        "model",
        "--model",
        "choice",
        "Must be recraft-remove-background. Required.",
        choices=("recraft-remove-background",),
        required=True,
    ),
    Opt(
        "source_image_url",
        "--source-image-url",
        "str",
        "URL of the image to process. Required.",
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
        "Must be recraft-crisp-upscale. Required.",
        choices=("recraft-crisp-upscale",),
        required=True,
    ),
    Opt(
        "source_image_url",
        "--source-image-url",
        "str",
        "URL of the image to process. Required.",
        required=True,
    ),
    Opt(
        "callback_url",
        "--callback-url",
        "str",
        "URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation).",
    ),
)

#: Intermediate groups (resources) below `runapi recraft`, with their help.
SUBGROUPS: dict[tuple[str, ...], str] = {
    ("remove-background",): "Remove background.",
    ("upscale-image",): "Upscale image.",
}

COMMANDS: tuple[Cmd, ...] = (
    Cmd(
        name="create",
        path=("remove-background",),
        operation_id="recraft.remove_background.create",
        action="create",
        call=("recraft", "remove_background"),
        method="create",
        summary="Create a Recraft background-removal task",
        help="Create a Recraft background-removal task.\n\nStarts a Recraft background removal for one image (`recraft-remove-background`) and answers `202` with its id. Poll the linked status operation or pass `callback_url`.\n\nPOST /api/v1/recraft/remove_background\n\nAnswers at once with the task (its id and status); add --wait, or use `runapi recraft remove-background run`, to wait for the result.",
        epilog="Example:\n\n\x08\n  runapi recraft remove-background create --model recraft-remove-background --source-image-url https://cdn.runapi.ai/public/samples/remove-bg.jpg",
        args=(),
        query=(),
        options=_BODY_0,
        body="json",
    ),
    Cmd(
        name="run",
        path=("remove-background",),
        operation_id="recraft.remove_background.create",
        action="run",
        call=("recraft", "remove_background"),
        method="create",
        summary="Create a Recraft background-removal task and wait for the result",
        help="Create a Recraft background-removal task, then wait for the result.\n\nTakes the same options as `create`, waits with a progress line on stderr and prints the completed task; --download DIR saves its result files.",
        epilog="Example:\n\n\x08\n  runapi recraft remove-background run --model recraft-remove-background --source-image-url https://cdn.runapi.ai/public/samples/remove-bg.jpg",
        args=(),
        query=(),
        options=_BODY_0,
        body="json",
    ),
    Cmd(
        name="wait",
        path=("remove-background",),
        operation_id="recraft.remove_background.get",
        action="wait",
        call=("recraft", "remove_background"),
        method="wait",
        summary="Wait for a task to finish",
        help="Wait for a task to finish and print its completed status.\n\nPolls the task with a progress line on stderr until it completes (exit 0), fails (exit 7) or --timeout passes (exit 8); --download DIR saves its result files. Completed results include: images.",
        epilog="Example:\n\n\x08\n  runapi recraft remove-background wait ID",
        args=("id",),
        query=(),
        options=(),
        body="none",
    ),
    Cmd(
        name="get",
        path=("remove-background",),
        operation_id="recraft.remove_background.get",
        action="get",
        call=("recraft", "remove_background"),
        method="get",
        summary="Get a Recraft background-removal task",
        help="Get a Recraft background-removal task.\n\nReturns the status of a Recraft background-removal task; `images` holds the processed image once completed, `error` the reason once failed.\n\nGET /api/v1/recraft/remove_background/{id}",
        epilog="Example:\n\n\x08\n  runapi recraft remove-background get ID",
        args=("id",),
        query=(),
        options=(),
        body="none",
    ),
    Cmd(
        name="create",
        path=("upscale-image",),
        operation_id="recraft.upscale_image.create",
        action="create",
        call=("recraft", "upscale_image"),
        method="create",
        summary="Create a Recraft upscale task",
        help="Create a Recraft upscale task.\n\nStarts a Recraft crisp upscale of one image (`recraft-crisp-upscale`) and answers `202` with its id. Poll the linked status operation or pass `callback_url`.\n\nPOST /api/v1/recraft/upscale_image\n\nAnswers at once with the task (its id and status); add --wait, or use `runapi recraft upscale-image run`, to wait for the result.",
        epilog="Example:\n\n\x08\n  runapi recraft upscale-image create --model recraft-crisp-upscale --source-image-url https://cdn.runapi.ai/public/samples/upscale.jpg",
        args=(),
        query=(),
        options=_BODY_1,
        body="json",
    ),
    Cmd(
        name="run",
        path=("upscale-image",),
        operation_id="recraft.upscale_image.create",
        action="run",
        call=("recraft", "upscale_image"),
        method="create",
        summary="Create a Recraft upscale task and wait for the result",
        help="Create a Recraft upscale task, then wait for the result.\n\nTakes the same options as `create`, waits with a progress line on stderr and prints the completed task; --download DIR saves its result files.",
        epilog="Example:\n\n\x08\n  runapi recraft upscale-image run --model recraft-crisp-upscale --source-image-url https://cdn.runapi.ai/public/samples/upscale.jpg",
        args=(),
        query=(),
        options=_BODY_1,
        body="json",
    ),
    Cmd(
        name="wait",
        path=("upscale-image",),
        operation_id="recraft.upscale_image.get",
        action="wait",
        call=("recraft", "upscale_image"),
        method="wait",
        summary="Wait for a task to finish",
        help="Wait for a task to finish and print its completed status.\n\nPolls the task with a progress line on stderr until it completes (exit 0), fails (exit 7) or --timeout passes (exit 8); --download DIR saves its result files. Completed results include: images.",
        epilog="Example:\n\n\x08\n  runapi recraft upscale-image wait ID",
        args=("id",),
        query=(),
        options=(),
        body="none",
    ),
    Cmd(
        name="get",
        path=("upscale-image",),
        operation_id="recraft.upscale_image.get",
        action="get",
        call=("recraft", "upscale_image"),
        method="get",
        summary="Get a Recraft upscale task",
        help="Get a Recraft upscale task.\n\nReturns the status of a Recraft upscale task; `images` holds the processed image once completed, `error` the reason once failed.\n\nGET /api/v1/recraft/upscale_image/{id}",
        epilog="Example:\n\n\x08\n  runapi recraft upscale-image get ID",
        args=("id",),
        query=(),
        options=(),
        body="none",
    ),
)
