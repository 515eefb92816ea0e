"""`runapi flux-kontext`: Flux Kontext text-to-image and editing.

The group's commands as data; `runapi.cli._build` turns one into a click command when it runs.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from .._spec import Cmd, Opt

HELP = "Flux Kontext text-to-image and editing."

_BODY_0: tuple[Opt, ...] = (
    Opt(
        "model",
        "--model",
        "choice",
        "flux-kontext-pro (standard quality) or flux-kontext-max (enhanced quality). Required.",
        choices=("flux-kontext-pro", "flux-kontext-max"),
        required=True,
    ),
    Opt(
        "prompt",
        "--prompt",
        "str",
        "Text description of the desired image, or of the edit when source_image_url is given. Required.",
        required=True,
    ),
    Opt(
        "aspect_ratio",
        "--aspect-ratio",
        "choice",
        "Output aspect ratio (default 1:1).",
        choices=("21:9", "16:9", "4:3", "1:1", "3:4", "9:16"),
    ),
    Opt(
        "callback_url",
        "--callback-url",
        "str",
        "URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation).",
    ),
    Opt(
        "enable_prompt_expansion",
        "--enable-prompt-expansion",
        "bool",
        "Expand the prompt with more detail.",
    ),
    Opt(
        "enable_translation",
        "--enable-translation",
        "bool",
        "Automatically translate non-English prompts.",
    ),
    Opt(
        "output_format",
        "--output-format",
        "choice",
        "Output file format (default jpeg).",
        choices=("jpeg", "png"),
    ),
    Opt(
        "safety_tolerance",
        "--safety-tolerance",
        "int",
        "Content safety level, lower is stricter; 0-6 for generation, 0-2 for editing (with source_image_url).",
    ),
    Opt(
        "source_image_url",
        "--source-image-url",
        "str",
        "Source image URL; switches the task to editing mode.",
    ),
    Opt("watermark", "--watermark", "str", "Watermark identifier for the generated image."),
)

#: Intermediate groups (resources) below `runapi flux-kontext`, with their help.
SUBGROUPS: dict[tuple[str, ...], str] = {
    ("text-to-image",): "Text to image.",
}

COMMANDS: tuple[Cmd, ...] = (
    Cmd(
        name="create",
        path=("text-to-image",),
        operation_id="flux_kontext.text_to_image.create",
        action="create",
        call=("flux_kontext", "text_to_image"),
        method="create",
        summary="Create a Flux Kontext generation or edit task",
        help="Create a Flux Kontext generation or edit task.\n\nStarts a Flux Kontext (Black Forest Labs) task and answers `202` with its id. One endpoint serves both modes of `flux-kontext-pro` (standard quality) and `flux-kontext-max` (enhanced quality):\n\n\x08\n- generation: prompt only; `safety_tolerance` 0-6;\n- editing: `source_image_url` is given and the prompt describes the edit; `safety_tolerance` 0-2.\n\nOptional: `aspect_ratio` (21:9, 16:9, 4:3, 1:1, 3:4, 9:16; default 1:1), `output_format` (jpeg or png; default jpeg), prompt translation and expansion toggles, and a `watermark` id. Poll the linked status operation or pass `callback_url`.\n\nPOST /api/v1/flux_kontext/text_to_image\n\nAnswers at once with the task (its id and status); add --wait, or use `runapi flux-kontext text-to-image run`, to wait for the result.",
        epilog="Rules checked before sending:\n\n\x08\n  rule: safety_tolerance is 0-6 for generation and at most 2 for editing (when source_image_url is given)\n\nExamples:\n\n\x08\n  runapi flux-kontext text-to-image create --model flux-kontext-pro --prompt 'A futuristic cityscape at sunset with flying cars and neon lights' --aspect-ratio 16:9 --output-format png\n  runapi flux-kontext text-to-image create --model flux-kontext-pro --prompt 'Change the background to a tropical beach' --source-image-url https://cdn.runapi.ai/public/samples/image.jpg --safety-tolerance 2",
        args=(),
        query=(),
        options=_BODY_0,
        body="json",
    ),
    Cmd(
        name="run",
        path=("text-to-image",),
        operation_id="flux_kontext.text_to_image.create",
        action="run",
        call=("flux_kontext", "text_to_image"),
        method="create",
        summary="Create a Flux Kontext generation or edit task and wait for the result",
        help="Create a Flux Kontext generation or edit task, then wait for the result.\n\nTakes the same options as `create`, waits with a progress line on stderr and prints the completed task; --download DIR saves its result files.",
        epilog="Rules checked before sending:\n\n\x08\n  rule: safety_tolerance is 0-6 for generation and at most 2 for editing (when source_image_url is given)\n\nExamples:\n\n\x08\n  runapi flux-kontext text-to-image run --model flux-kontext-pro --prompt 'A futuristic cityscape at sunset with flying cars and neon lights' --aspect-ratio 16:9 --output-format png\n  runapi flux-kontext text-to-image run --model flux-kontext-pro --prompt 'Change the background to a tropical beach' --source-image-url https://cdn.runapi.ai/public/samples/image.jpg --safety-tolerance 2",
        args=(),
        query=(),
        options=_BODY_0,
        body="json",
    ),
    Cmd(
        name="wait",
        path=("text-to-image",),
        operation_id="flux_kontext.text_to_image.get",
        action="wait",
        call=("flux_kontext", "text_to_image"),
        method="wait",
        summary="Wait for a task to finish",
        help="Wait for a task to finish and print its completed status.\n\nPolls the task with a progress line on stderr until it completes (exit 0), fails (exit 7) or --timeout passes (exit 8); --download DIR saves its result files. Completed results include: images.",
        epilog="Example:\n\n\x08\n  runapi flux-kontext text-to-image wait ID",
        args=("id",),
        query=(),
        options=(),
        body="none",
    ),
    Cmd(
        name="get",
        path=("text-to-image",),
        operation_id="flux_kontext.text_to_image.get",
        action="get",
        call=("flux_kontext", "text_to_image"),
        method="get",
        summary="Get a Flux Kontext task",
        help="Get a Flux Kontext task.\n\nReturns the status of a Flux Kontext task. When completed, `images` holds each image's CDN `url` and its original high-resolution `origin_url` (valid for 10 minutes); when failed, `error` says why.\n\nGET /api/v1/flux_kontext/text_to_image/{id}",
        epilog="Example:\n\n\x08\n  runapi flux-kontext text-to-image get ID",
        args=("id",),
        query=(),
        options=(),
        body="none",
    ),
)
