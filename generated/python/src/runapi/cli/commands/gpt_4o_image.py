"""`runapi gpt-4o-image`: GPT-4o image generation.

The group's commands as data; `runapi.cli._build` turns one into a click command when it runs.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from .._spec import Cmd, Opt

HELP = "GPT-4o image generation."

_BODY_0: tuple[Opt, ...] = (
    Opt(
        "aspect_ratio",
        "--aspect-ratio",
        "choice",
        "Output aspect ratio. Required.",
        choices=("1:1", "3:2", "2:3"),
        required=True,
    ),
    Opt(
        "model",
        "--model",
        "choice",
        "Model id; must be gpt-4o-image. Required.",
        choices=("gpt-4o-image",),
        required=True,
    ),
    Opt(
        "callback_url",
        "--callback-url",
        "str",
        "URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation).",
    ),
    Opt("enable_prompt_expansion", "--enable-prompt-expansion", "bool", "Prompt expansion toggle."),
    Opt("mask_url", "--mask-url", "str", "Mask image URL for selective changes."),
    Opt(
        "output_count",
        "--output-count",
        "choice",
        "Number of generated images - 1, 2 or 4.",
        choices=(1, 2, 4),
    ),
    Opt(
        "prompt",
        "--prompt",
        "str",
        "Text prompt; required when source_image_urls is blank (omitted or empty).",
    ),
    Opt(
        "source_image_urls",
        "--source-image-urls",
        "list",
        "Up to 5 source image URLs for image-guided generation. Repeat the option for each item.",
        item="str",
    ),
)

#: Intermediate groups (resources) below `runapi gpt-4o-image`, with their help.
SUBGROUPS: dict[tuple[str, ...], str] = {
    ("text-to-image",): "Text to image.",
}

COMMANDS: tuple[Cmd, ...] = (
    Cmd(
        name="create",
        path=("text-to-image",),
        operation_id="gpt_4o_image.text_to_image.create",
        action="create",
        call=("gpt_4o_image", "text_to_image"),
        method="create",
        summary="Create a GPT-4o Image task",
        help="Create a GPT-4o Image task.\n\nStarts a GPT-4o Image (`gpt-4o-image`) task and answers `202` with its id. One endpoint covers prompt-only generation, image-guided generation from up to 5 `source_image_urls`, selective changes with a `mask_url`, and variants (`output_count` 1, 2 or 4). `prompt` is required when `source_image_urls` is blank; `aspect_ratio` (1:1, 3:2, 2:3) is always required. Poll the linked status operation or pass `callback_url`.\n\nPOST /api/v1/gpt_4o_image/text_to_image\n\nAnswers at once with the task (its id and status); add --wait, or use `runapi gpt-4o-image text-to-image run`, to wait for the result.",
        epilog="Rules checked before sending:\n\n\x08\n  rule: prompt is required when source_image_urls is blank\n\nExample:\n\n\x08\n  runapi gpt-4o-image text-to-image create --model gpt-4o-image --prompt 'A premium watch product photo on black stone' --aspect-ratio 1:1 --source-image-urls https://raw.githubusercontent.com/github/explore/main/topics/python/python.png --output-count 2",
        args=(),
        query=(),
        options=_BODY_0,
        body="json",
    ),
    Cmd(
        name="run",
        path=("text-to-image",),
        operation_id="gpt_4o_image.text_to_image.create",
        action="run",
        call=("gpt_4o_image", "text_to_image"),
        method="create",
        summary="Create a GPT-4o Image task and wait for the result",
        help="Create a GPT-4o Image task, then wait for the result.\n\nTakes the same options as `create`, waits with a progress line on stderr and prints the completed task; --download DIR saves its result files.",
        epilog="Rules checked before sending:\n\n\x08\n  rule: prompt is required when source_image_urls is blank\n\nExample:\n\n\x08\n  runapi gpt-4o-image text-to-image run --model gpt-4o-image --prompt 'A premium watch product photo on black stone' --aspect-ratio 1:1 --source-image-urls https://raw.githubusercontent.com/github/explore/main/topics/python/python.png --output-count 2",
        args=(),
        query=(),
        options=_BODY_0,
        body="json",
    ),
    Cmd(
        name="wait",
        path=("text-to-image",),
        operation_id="gpt_4o_image.text_to_image.get",
        action="wait",
        call=("gpt_4o_image", "text_to_image"),
        method="wait",
        summary="Wait for a task to finish",
        help="Wait for a task to finish and print its completed status.\n\nPolls the task with a progress line on stderr until it completes (exit 0), fails (exit 7) or --timeout passes (exit 8); --download DIR saves its result files. Completed results include: images.",
        epilog="Example:\n\n\x08\n  runapi gpt-4o-image text-to-image wait ID",
        args=("id",),
        query=(),
        options=(),
        body="none",
    ),
    Cmd(
        name="get",
        path=("text-to-image",),
        operation_id="gpt_4o_image.text_to_image.get",
        action="get",
        call=("gpt_4o_image", "text_to_image"),
        method="get",
        summary="Get a GPT-4o Image task",
        help="Get a GPT-4o Image task.\n\nReturns the status of a GPT-4o Image task, its `progress` while processing, and `images` once it has completed.\n\nGET /api/v1/gpt_4o_image/text_to_image/{id}",
        epilog="Example:\n\n\x08\n  runapi gpt-4o-image text-to-image get ID",
        args=("id",),
        query=(),
        options=(),
        body="none",
    ),
)
