"""`runapi z-image`: Z-Image text-to-image.

The group's commands as data; `runapi.cli._build` turns one into a click command when it runs.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from .._spec import Cmd, Opt

HELP = "Z-Image text-to-image."

_BODY_0: tuple[Opt, ...] = (
    Opt(
        "aspect_ratio",
        "--aspect-ratio",
        "choice",
        "Output aspect ratio (required). Required.",
        choices=("1:1", "4:3", "3:4", "16:9", "9:16"),
        required=True,
    ),
    Opt(
        "model",
        "--model",
        "choice",
        "Must be z-image. Required.",
        choices=("z-image",),
        required=True,
    ),
    Opt(
        "prompt",
        "--prompt",
        "str",
        "Image description, 1 to 1000 characters. Required.",
        required=True,
    ),
    Opt(
        "callback_url",
        "--callback-url",
        "str",
        "URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation).",
    ),
    Opt("enable_safety_checker", "--enable-safety-checker", "bool", "Content safety check toggle."),
)

#: Intermediate groups (resources) below `runapi z-image`, with their help.
SUBGROUPS: dict[tuple[str, ...], str] = {
    ("text-to-image",): "Text to image.",
}

COMMANDS: tuple[Cmd, ...] = (
    Cmd(
        name="create",
        path=("text-to-image",),
        operation_id="z_image.text_to_image.create",
        action="create",
        call=("z_image", "text_to_image"),
        method="create",
        summary="Create a Z-Image text-to-image task",
        help="Create a Z-Image text-to-image task.\n\nStarts a Z-Image text-to-image task (`z-image`) and answers `202` with its id. The prompt is 1 to 1000 characters and `aspect_ratio` is required (1:1, 4:3, 3:4, 16:9 or 9:16); the safety checker toggle is optional.\n\nPoll the linked status operation or pass `callback_url`.\n\nPOST /api/v1/z_image/text_to_image\n\nAnswers at once with the task (its id and status); add --wait, or use `runapi z-image text-to-image run`, to wait for the result.",
        epilog="Example:\n\n\x08\n  runapi z-image text-to-image create --model z-image --prompt 'Generate a photorealistic image of a cafe terrace in Paris on a crisp spring morning' --aspect-ratio 1:1 --enable-safety-checker",
        args=(),
        query=(),
        options=_BODY_0,
        body="json",
    ),
    Cmd(
        name="run",
        path=("text-to-image",),
        operation_id="z_image.text_to_image.create",
        action="run",
        call=("z_image", "text_to_image"),
        method="create",
        summary="Create a Z-Image text-to-image task and wait for the result",
        help="Create a Z-Image text-to-image task, then wait for the result.\n\nTakes the same options as `create`, waits with a progress line on stderr and prints the completed task; --download DIR saves its result files.",
        epilog="Example:\n\n\x08\n  runapi z-image text-to-image run --model z-image --prompt 'Generate a photorealistic image of a cafe terrace in Paris on a crisp spring morning' --aspect-ratio 1:1 --enable-safety-checker",
        args=(),
        query=(),
        options=_BODY_0,
        body="json",
    ),
    Cmd(
        name="wait",
        path=("text-to-image",),
        operation_id="z_image.text_to_image.get",
        action="wait",
        call=("z_image", "text_to_image"),
        method="wait",
        summary="Wait for a task to finish",
        help="Wait for a task to finish and print its completed status.\n\nPolls the task with a progress line on stderr until it completes (exit 0), fails (exit 7) or --timeout passes (exit 8); --download DIR saves its result files. Completed results include: images.",
        epilog="Example:\n\n\x08\n  runapi z-image text-to-image wait ID",
        args=("id",),
        query=(),
        options=(),
        body="none",
    ),
    Cmd(
        name="get",
        path=("text-to-image",),
        operation_id="z_image.text_to_image.get",
        action="get",
        call=("z_image", "text_to_image"),
        method="get",
        summary="Get a Z-Image text-to-image task",
        help="Get a Z-Image text-to-image task.\n\nReturns the status of a Z-Image task; completed tasks include the generated image URLs in `images`.\n\nGET /api/v1/z_image/text_to_image/{id}",
        epilog="Example:\n\n\x08\n  runapi z-image text-to-image get ID",
        args=("id",),
        query=(),
        options=(),
        body="none",
    ),
)
