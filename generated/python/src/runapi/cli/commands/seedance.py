"""`runapi seedance`: Seedance video generation.

The group's commands as data; `runapi.cli._build` turns one into a click command when it runs.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from .._spec import Cmd, Opt

HELP = "Seedance video generation."

_BODY_0: tuple[Opt, ...] = (
    Opt(
        "model",
        "--model",
        "choice",
        "Selects the request shape (see below). Required.",
        choices=(
            "seedance-1.5-pro",
            "seedance-2.0",
            "seedance-2.0-fast",
            "seedance-v1-lite",
            "seedance-v1-pro",
            "seedance-v1-pro-fast",
        ),
        required=True,
    ),
    Opt(
        "prompt",
        "--prompt",
        "str",
        "Text prompt, 3-2500 characters for seedance-1.5-pro. Required.",
        required=True,
    ),
    Opt(
        "aspect_ratio",
        "--aspect-ratio",
        "choice",
        "Output aspect ratio, required for seedance-1.5-pro: 1:1, 4:3, 3:4, 16:9, 9:16 or 21:9. Only for: model=seedance-1.5-pro, model=seedance-2.0, model=seedance-2.0-fast, model=seedance-v1-lite, model=seedance-v1-pro.",
        choices=("1:1", "4:3", "3:4", "16:9", "9:16", "21:9", "auto", "9:21"),
    ),
    Opt(
        "callback_url",
        "--callback-url",
        "str",
        "URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation).",
    ),
    Opt(
        "duration_seconds",
        "--duration-seconds",
        "int",
        "Video length in seconds; seedance-1.5-pro requires 4, 8 or 12.",
    ),
    Opt("enable_safety_checker", "--enable-safety-checker", "bool", "Content safety check toggle."),
    Opt(
        "first_frame_image_url",
        "--first-frame-image-url",
        "str",
        "Frame mode - image URL of the first frame. Only for: model=seedance-2.0, model=seedance-2.0-fast, model=seedance-v1-lite, model=seedance-v1-pro, model=seedance-v1-pro-fast.",
    ),
    Opt(
        "generate_audio",
        "--generate-audio",
        "bool",
        "Whether to generate audio (1.5-pro and 2.x only). Only for: model=seedance-1.5-pro, model=seedance-2.0, model=seedance-2.0-fast.",
    ),
    Opt(
        "last_frame_image_url",
        "--last-frame-image-url",
        "str",
        "Frame mode - image URL of the last frame. Only for: model=seedance-2.0, model=seedance-2.0-fast, model=seedance-v1-lite.",
    ),
    Opt(
        "lock_camera",
        "--lock-camera",
        "bool",
        "Lock camera movement. Only for: model=seedance-1.5-pro, model=seedance-v1-lite, model=seedance-v1-pro.",
    ),
    Opt(
        "output_resolution",
        "--output-resolution",
        "choice",
        "Output resolution.",
        choices=("480p", "720p", "1080p"),
    ),
    Opt(
        "reference_audio_urls",
        "--reference-audio-urls",
        "list",
        "Reference mode - up to 3 reference audio URLs; needs at least one reference image or video. Repeat the option for each item. Only for: model=seedance-2.0, model=seedance-2.0-fast.",
        item="str",
    ),
    Opt(
        "reference_image_urls",
        "--reference-image-urls",
        "list",
        "Reference mode - up to 9 reference image URLs. Repeat the option for each item. Only for: model=seedance-2.0, model=seedance-2.0-fast.",
        item="str",
    ),
    Opt(
        "reference_video_urls",
        "--reference-video-urls",
        "list",
        "Reference mode - at most 3 reference videos, 15 seconds in total (the total is checked by the server). Repeat the option for each item. Only for: model=seedance-2.0, model=seedance-2.0-fast.",
        item="str",
    ),
    Opt(
        "seed",
        "--seed",
        "int",
        "Random seed in [-1, 2147483647]; -1 means random. Only for: model=seedance-v1-lite, model=seedance-v1-pro.",
    ),
    Opt(
        "source_image_urls",
        "--source-image-urls",
        "list",
        "Up to 2 source images for image-to-video (seedance-1.5-pro only). Repeat the option for each item. Only for: model=seedance-1.5-pro.",
        item="str",
    ),
    Opt(
        "web_search",
        "--web-search",
        "bool",
        "Optional web search toggle (2.x only). Only for: model=seedance-2.0, model=seedance-2.0-fast.",
    ),
)

#: Intermediate groups (resources) below `runapi seedance`, with their help.
SUBGROUPS: dict[tuple[str, ...], str] = {
    ("text-to-video",): "Text to video.",
}

COMMANDS: tuple[Cmd, ...] = (
    Cmd(
        name="create",
        path=("text-to-video",),
        operation_id="seedance.text_to_video.create",
        action="create",
        call=("seedance", "text_to_video"),
        method="create",
        summary="Create a Seedance video task",
        help="Create a Seedance video task.\n\nStarts a Seedance video generation task and answers `202` with its id. One endpoint serves every Seedance model and mode:\n\n\x08\n- `seedance-1.5-pro`: text-to-video, or image-to-video with up to 2 `source_image_urls`;\n  `aspect_ratio` and `duration_seconds` (4, 8 or 12) are required.\n- `seedance-2.0` / `seedance-2.0-fast`: text-to-video, frame mode (`first_frame_image_url`,\n  optional `last_frame_image_url`) or multimodal reference mode (`reference_*_urls`);\n  `duration_seconds` is an integer from 4 to 15.\n- `seedance-v1-lite` / `seedance-v1-pro`: 5 s or 10 s clips; text-to-video needs\n  `aspect_ratio`, while `first_frame_image_url` switches to image-to-video, where the\n  aspect ratio is derived from the image and must not be sent.\n- `seedance-v1-pro-fast`: image-to-video only (`first_frame_image_url` required).\n\nPoll the linked status operation or pass `callback_url`.\n\nPOST /api/v1/seedance/text_to_video\n\nAnswers at once with the task (its id and status); add --wait, or use `runapi seedance text-to-video run`, to wait for the result.",
        epilog="Request shapes (chosen by model):\n\n\x08\n  model=seedance-1.5-pro\n    required: --model, --prompt, --aspect-ratio, --duration-seconds\n\n\x08\n  model=seedance-2.0\n    required: --model, --prompt\n    rule: reference_audio_urls requires at least one reference_image_urls or reference_video_urls\n\n\x08\n  model=seedance-2.0-fast\n    required: --model, --prompt\n    rule: reference_audio_urls requires at least one reference_image_urls or reference_video_urls\n\n\x08\n  model=seedance-v1-lite\n    required: --model, --prompt, --duration-seconds\n    rule: aspect_ratio is required for text-to-video and rejected in image-to-video mode (when first_frame_image_url is given)\n\n\x08\n  model=seedance-v1-pro\n    required: --model, --prompt, --duration-seconds\n    rule: aspect_ratio is required for text-to-video and rejected in image-to-video mode (when first_frame_image_url is given)\n\n\x08\n  model=seedance-v1-pro-fast\n    required: --model, --prompt, --duration-seconds, --first-frame-image-url\n\nExample:\n\n\x08\n  runapi seedance text-to-video create --model seedance-1.5-pro --prompt 'A cinematic drone shot of a mountain lake at sunrise with mist rising from the water' --aspect-ratio 16:9 --output-resolution 720p --duration-seconds 8 --no-generate-audio --callback-url https://your-domain.com/api/callback",
        args=(),
        query=(),
        options=_BODY_0,
        body="json",
    ),
    Cmd(
        name="run",
        path=("text-to-video",),
        operation_id="seedance.text_to_video.create",
        action="run",
        call=("seedance", "text_to_video"),
        method="create",
        summary="Create a Seedance video task and wait for the result",
        help="Create a Seedance video task, then wait for the result.\n\nTakes the same options as `create`, waits with a progress line on stderr and prints the completed task; --download DIR saves its result files.",
        epilog="Request shapes (chosen by model):\n\n\x08\n  model=seedance-1.5-pro\n    required: --model, --prompt, --aspect-ratio, --duration-seconds\n\n\x08\n  model=seedance-2.0\n    required: --model, --prompt\n    rule: reference_audio_urls requires at least one reference_image_urls or reference_video_urls\n\n\x08\n  model=seedance-2.0-fast\n    required: --model, --prompt\n    rule: reference_audio_urls requires at least one reference_image_urls or reference_video_urls\n\n\x08\n  model=seedance-v1-lite\n    required: --model, --prompt, --duration-seconds\n    rule: aspect_ratio is required for text-to-video and rejected in image-to-video mode (when first_frame_image_url is given)\n\n\x08\n  model=seedance-v1-pro\n    required: --model, --prompt, --duration-seconds\n    rule: aspect_ratio is required for text-to-video and rejected in image-to-video mode (when first_frame_image_url is given)\n\n\x08\n  model=seedance-v1-pro-fast\n    required: --model, --prompt, --duration-seconds, --first-frame-image-url\n\nExample:\n\n\x08\n  runapi seedance text-to-video run --model seedance-1.5-pro --prompt 'A cinematic drone shot of a mountain lake at sunrise with mist rising from the water' --aspect-ratio 16:9 --output-resolution 720p --duration-seconds 8 --no-generate-audio --callback-url https://your-domain.com/api/callback",
        args=(),
        query=(),
        options=_BODY_0,
        body="json",
    ),
    Cmd(
        name="wait",
        path=("text-to-video",),
        operation_id="seedance.text_to_video.get",
        action="wait",
        call=("seedance", "text_to_video"),
        method="wait",
        summary="Wait for a task to finish",
        help="Wait for a task to finish and print its completed status.\n\nPolls the task with a progress line on stderr until it completes (exit 0), fails (exit 7) or --timeout passes (exit 8); --download DIR saves its result files. Completed results include: videos.",
        epilog="Example:\n\n\x08\n  runapi seedance text-to-video wait ID",
        args=("id",),
        query=(),
        options=(),
        body="none",
    ),
    Cmd(
        name="get",
        path=("text-to-video",),
        operation_id="seedance.text_to_video.get",
        action="get",
        call=("seedance", "text_to_video"),
        method="get",
        summary="Get a Seedance video task",
        help="Get a Seedance video task.\n\nReturns the status of a Seedance task; `videos` is present once it has completed.\n\nGET /api/v1/seedance/text_to_video/{id}",
        epilog="Example:\n\n\x08\n  runapi seedance text-to-video get ID",
        args=("id",),
        query=(),
        options=(),
        body="none",
    ),
)
