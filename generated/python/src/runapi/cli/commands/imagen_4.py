"""`runapi imagen-4`: Google Imagen 4 image generation and remix.

The group's commands as data; `runapi.cli._build` turns one into a click command when it runs.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from .._spec import Cmd, Opt

HELP = "Google Imagen 4 image generation and remix."

_BODY_0: tuple[Opt, ...] = (
    Opt(
        "model",
        "--model",
        "choice",
        "The Imagen 4 pro remix-image model. Required.",
        choices=("imagen-4-pro-remix-image",),
        required=True,
    ),
    Opt(
        "prompt", "--prompt", "str", "Text prompt, up to 10000 characters. Required.", required=True
    ),
    Opt(
        "source_image_urls",
        "--source-image-urls",
        "list",
        "Public source image URLs, 1 to 8 images. Repeat the option for each item. Required.",
        item="str",
        required=True,
    ),
    Opt(
        "aspect_ratio",
        "--aspect-ratio",
        "choice",
        "Output aspect ratio.",
        choices=("1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9", "21:9", "auto"),
    ),
    Opt(
        "callback_url",
        "--callback-url",
        "str",
        "URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation).",
    ),
    Opt(
        "output_format", "--output-format", "choice", "Output file format.", choices=("png", "jpg")
    ),
    Opt(
        "output_resolution",
        "--output-resolution",
        "choice",
        "Output resolution.",
        choices=("1k", "2k", "4k"),
    ),
)

_BODY_1: tuple[Opt, ...] = (
    Opt(
        "model",
        "--model",
        "choice",
        "Selects the request shape (see below). Required.",
        choices=("imagen-4", "imagen-4-fast", "imagen-4-ultra"),
        required=True,
    ),
    Opt(
        "prompt", "--prompt", "str", "Text prompt, up to 5000 characters. Required.", required=True
    ),
    Opt(
        "aspect_ratio",
        "--aspect-ratio",
        "choice",
        "Output aspect ratio.",
        choices=("1:1", "16:9", "9:16", "3:4", "4:3"),
    ),
    Opt(
        "callback_url",
        "--callback-url",
        "str",
        "URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation).",
    ),
    Opt("negative_prompt", "--negative-prompt", "str", "Content to discourage in the image."),
    Opt(
        "output_count",
        "--output-count",
        "choice",
        "Number of images to generate (imagen-4-fast only). Only for: model=imagen-4-fast.",
        choices=(1, 2, 3, 4),
    ),
    Opt("seed", "--seed", "int", "Seed for reproducible images."),
)

#: Intermediate groups (resources) below `runapi imagen-4`, with their help.
SUBGROUPS: dict[tuple[str, ...], str] = {
    ("remix-image",): "Remix image.",
    ("text-to-image",): "Text to image.",
}

COMMANDS: tuple[Cmd, ...] = (
    Cmd(
        name="create",
        path=("remix-image",),
        operation_id="imagen_4.remix_image.create",
        action="create",
        call=("imagen_4", "remix_image"),
        method="create",
        summary="Create an Imagen 4 pro remix-image task",
        help="Create an Imagen 4 pro remix-image task.\n\nStarts a prompt-guided remix of up to 8 source images with `imagen-4-pro-remix-image` and answers `202` with its id. The prompt may be up to 10000 characters; `aspect_ratio` (11 values including auto), `output_resolution` (1k, 2k, 4k) and `output_format` (png, jpg) are optional.\n\nPoll the linked status operation or pass `callback_url`.\n\nPOST /api/v1/imagen_4/remix_image\n\nAnswers at once with the task (its id and status); add --wait, or use `runapi imagen-4 remix-image run`, to wait for the result.",
        epilog="Example:\n\n\x08\n  runapi imagen-4 remix-image create --model imagen-4-pro-remix-image --prompt 'Restyle the reference image as a clean editorial poster' --source-image-urls https://upload.wikimedia.org/wikipedia/commons/a/a9/Example.jpg --aspect-ratio auto --output-resolution 2k --output-format png",
        args=(),
        query=(),
        options=_BODY_0,
        body="json",
    ),
    Cmd(
        name="run",
        path=("remix-image",),
        operation_id="imagen_4.remix_image.create",
        action="run",
        call=("imagen_4", "remix_image"),
        method="create",
        summary="Create an Imagen 4 pro remix-image task and wait for the result",
        help="Create an Imagen 4 pro remix-image task, then wait for the result.\n\nTakes the same options as `create`, waits with a progress line on stderr and prints the completed task; --download DIR saves its result files.",
        epilog="Example:\n\n\x08\n  runapi imagen-4 remix-image run --model imagen-4-pro-remix-image --prompt 'Restyle the reference image as a clean editorial poster' --source-image-urls https://upload.wikimedia.org/wikipedia/commons/a/a9/Example.jpg --aspect-ratio auto --output-resolution 2k --output-format png",
        args=(),
        query=(),
        options=_BODY_0,
        body="json",
    ),
    Cmd(
        name="wait",
        path=("remix-image",),
        operation_id="imagen_4.remix_image.get",
        action="wait",
        call=("imagen_4", "remix_image"),
        method="wait",
        summary="Wait for a task to finish",
        help="Wait for a task to finish and print its completed status.\n\nPolls the task with a progress line on stderr until it completes (exit 0), fails (exit 7) or --timeout passes (exit 8); --download DIR saves its result files. Completed results include: images.",
        epilog="Example:\n\n\x08\n  runapi imagen-4 remix-image wait ID",
        args=("id",),
        query=(),
        options=(),
        body="none",
    ),
    Cmd(
        name="get",
        path=("remix-image",),
        operation_id="imagen_4.remix_image.get",
        action="get",
        call=("imagen_4", "remix_image"),
        method="get",
        summary="Get an Imagen 4 remix-image task",
        help="Get an Imagen 4 remix-image task.\n\nReturns the status of an Imagen 4 remix-image task; `images` is present once it has completed.\n\nGET /api/v1/imagen_4/remix_image/{id}",
        epilog="Example:\n\n\x08\n  runapi imagen-4 remix-image get ID",
        args=("id",),
        query=(),
        options=(),
        body="none",
    ),
    Cmd(
        name="create",
        path=("text-to-image",),
        operation_id="imagen_4.text_to_image.create",
        action="create",
        call=("imagen_4", "text_to_image"),
        method="create",
        summary="Create an Imagen 4 text-to-image task",
        help="Create an Imagen 4 text-to-image task.\n\nStarts a Google Imagen 4 text-to-image task and answers `202` with its id. Models: `imagen-4`, `imagen-4-fast` and `imagen-4-ultra`. The prompt may be up to 5000 characters; `negative_prompt`, `aspect_ratio` (1:1, 16:9, 9:16, 3:4, 4:3) and `seed` apply to every model, while `output_count` (1-4 images) is accepted by `imagen-4-fast` only.\n\nPoll the linked status operation or pass `callback_url`.\n\nPOST /api/v1/imagen_4/text_to_image\n\nAnswers at once with the task (its id and status); add --wait, or use `runapi imagen-4 text-to-image run`, to wait for the result.",
        epilog="Request shapes (chosen by model):\n\n\x08\n  model=imagen-4\n    required: --model, --prompt\n\n\x08\n  model=imagen-4-fast\n    required: --model, --prompt\n\n\x08\n  model=imagen-4-ultra\n    required: --model, --prompt\n\nExample:\n\n\x08\n  runapi imagen-4 text-to-image create --model imagen-4-fast --prompt 'A warm editorial photo of a glass studio' --aspect-ratio 16:9",
        args=(),
        query=(),
        options=_BODY_1,
        body="json",
    ),
    Cmd(
        name="run",
        path=("text-to-image",),
        operation_id="imagen_4.text_to_image.create",
        action="run",
        call=("imagen_4", "text_to_image"),
        method="create",
        summary="Create an Imagen 4 text-to-image task and wait for the result",
        help="Create an Imagen 4 text-to-image task, then wait for the result.\n\nTakes the same options as `create`, waits with a progress line on stderr and prints the completed task; --download DIR saves its result files.",
        epilog="Request shapes (chosen by model):\n\n\x08\n  model=imagen-4\n    required: --model, --prompt\n\n\x08\n  model=imagen-4-fast\n    required: --model, --prompt\n\n\x08\n  model=imagen-4-ultra\n    required: --model, --prompt\n\nExample:\n\n\x08\n  runapi imagen-4 text-to-image run --model imagen-4-fast --prompt 'A warm editorial photo of a glass studio' --aspect-ratio 16:9",
        args=(),
        query=(),
        options=_BODY_1,
        body="json",
    ),
    Cmd(
        name="wait",
        path=("text-to-image",),
        operation_id="imagen_4.text_to_image.get",
        action="wait",
        call=("imagen_4", "text_to_image"),
        method="wait",
        summary="Wait for a task to finish",
        help="Wait for a task to finish and print its completed status.\n\nPolls the task with a progress line on stderr until it completes (exit 0), fails (exit 7) or --timeout passes (exit 8); --download DIR saves its result files. Completed results include: images.",
        epilog="Example:\n\n\x08\n  runapi imagen-4 text-to-image wait ID",
        args=("id",),
        query=(),
        options=(),
        body="none",
    ),
    Cmd(
        name="get",
        path=("text-to-image",),
        operation_id="imagen_4.text_to_image.get",
        action="get",
        call=("imagen_4", "text_to_image"),
        method="get",
        summary="Get an Imagen 4 text-to-image task",
        help="Get an Imagen 4 text-to-image task.\n\nReturns the status of an Imagen 4 text-to-image task; `images` is present once it has completed.\n\nGET /api/v1/imagen_4/text_to_image/{id}",
        epilog="Example:\n\n\x08\n  runapi imagen-4 text-to-image get ID",
        args=("id",),
        query=(),
        options=(),
        body="none",
    ),
)
