"""`runapi infinitetalk`: InfiniteTalk audio-driven talking video.

The group's commands as data; `runapi.cli._build` turns one into a click command when it runs.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from .._spec import Cmd, Opt

HELP = "InfiniteTalk audio-driven talking video."

_BODY_0: tuple[Opt, ...] = (
    Opt(
        "model",
        "--model",
        "choice",
        "Model id; must be infinitetalk-from-audio. Required.",
        choices=("infinitetalk-from-audio",),
        required=True,
    ),
    Opt(
        "prompt",
        "--prompt",
        "str",
        "Prompt text, at most 5000 characters. Required.",
        required=True,
    ),
    Opt(
        "source_audio_url",
        "--source-audio-url",
        "str",
        "Source audio URL that drives the lip sync. Required.",
        required=True,
    ),
    Opt(
        "source_image_url",
        "--source-image-url",
        "str",
        "Source image URL (the face to animate). Required.",
        required=True,
    ),
    Opt(
        "callback_url",
        "--callback-url",
        "str",
        "URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation).",
    ),
    Opt(
        "output_resolution",
        "--output-resolution",
        "choice",
        "Output resolution, 480p or 720p.",
        choices=("480p", "720p"),
    ),
    Opt("seed", "--seed", "int", "Random seed, an integer between 10000 and 1000000."),
)

#: Intermediate groups (resources) below `runapi infinitetalk`, with their help.
SUBGROUPS: dict[tuple[str, ...], str] = {
    ("audio-to-video",): "Audio to video.",
}

COMMANDS: tuple[Cmd, ...] = (
    Cmd(
        name="create",
        path=("audio-to-video",),
        operation_id="infinitetalk.audio_to_video.create",
        action="create",
        call=("infinitetalk", "audio_to_video"),
        method="create",
        summary="Create an InfiniteTalk lip-sync task",
        help="Create an InfiniteTalk lip-sync task.\n\nStarts an InfiniteTalk (`infinitetalk-from-audio`) task that animates the face in `source_image_url` to speak `source_audio_url`, guided by a prompt of up to 5000 characters, and answers `202` with its id. `output_resolution` is 480p or 720p; `seed` is 10000-1000000. Poll the linked status operation or pass `callback_url`.\n\nPOST /api/v1/infinitetalk/audio_to_video\n\nAnswers at once with the task (its id and status); add --wait, or use `runapi infinitetalk audio-to-video run`, to wait for the result.",
        epilog="Example:\n\n\x08\n  runapi infinitetalk audio-to-video create --model infinitetalk-from-audio --source-image-url https://cdn.runapi.ai/public/samples/portrait.jpg --source-audio-url https://cdn.runapi.ai/public/samples/voice.mp3 --prompt 'A young woman with long dark hair talking on a podcast.' --output-resolution 480p --seed 12345 --callback-url https://example.com/callback",
        args=(),
        query=(),
        options=_BODY_0,
        body="json",
    ),
    Cmd(
        name="run",
        path=("audio-to-video",),
        operation_id="infinitetalk.audio_to_video.create",
        action="run",
        call=("infinitetalk", "audio_to_video"),
        method="create",
        summary="Create an InfiniteTalk lip-sync task and wait for the result",
        help="Create an InfiniteTalk lip-sync task, then wait for the result.\n\nTakes the same options as `create`, waits with a progress line on stderr and prints the completed task; --download DIR saves its result files.",
        epilog="Example:\n\n\x08\n  runapi infinitetalk audio-to-video run --model infinitetalk-from-audio --source-image-url https://cdn.runapi.ai/public/samples/portrait.jpg --source-audio-url https://cdn.runapi.ai/public/samples/voice.mp3 --prompt 'A young woman with long dark hair talking on a podcast.' --output-resolution 480p --seed 12345 --callback-url https://example.com/callback",
        args=(),
        query=(),
        options=_BODY_0,
        body="json",
    ),
    Cmd(
        name="wait",
        path=("audio-to-video",),
        operation_id="infinitetalk.audio_to_video.get",
        action="wait",
        call=("infinitetalk", "audio_to_video"),
        method="wait",
        summary="Wait for a task to finish",
        help="Wait for a task to finish and print its completed status.\n\nPolls the task with a progress line on stderr until it completes (exit 0), fails (exit 7) or --timeout passes (exit 8); --download DIR saves its result files. Completed results include: videos.",
        epilog="Example:\n\n\x08\n  runapi infinitetalk audio-to-video wait ID",
        args=("id",),
        query=(),
        options=(),
        body="none",
    ),
    Cmd(
        name="get",
        path=("audio-to-video",),
        operation_id="infinitetalk.audio_to_video.get",
        action="get",
        call=("infinitetalk", "audio_to_video"),
        method="get",
        summary="Get an InfiniteTalk lip-sync task",
        help="Get an InfiniteTalk lip-sync task.\n\nReturns the status of an InfiniteTalk task; `videos` is present once it has completed.\n\nGET /api/v1/infinitetalk/audio_to_video/{id}",
        epilog="Example:\n\n\x08\n  runapi infinitetalk audio-to-video get ID",
        args=("id",),
        query=(),
        options=(),
        body="none",
    ),
)
