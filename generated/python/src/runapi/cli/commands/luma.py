"""`runapi luma`: Luma video modification.

The group's commands as data; `runapi.cli._build` turns one into a click command when it runs.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from .._spec import Cmd, Opt

HELP = "Luma video modification."

_BODY_0: tuple[Opt, ...] = (
    Opt(
        "prompt",
        "--prompt",
        "str",
        "English prompt describing how to transform the source video. Required.",
        required=True,
    ),
    Opt(
        "source_video_url",
        "--source-video-url",
        "str",
        "Publicly accessible source video URL; MP4, MOV and AVI are supported. Required.",
        required=True,
    ),
    Opt(
        "callback_url",
        "--callback-url",
        "str",
        "HTTPS webhook URL that receives a signed POST with the final status payload when the task finishes.",
    ),
    Opt(
        "model",
        "--model",
        "choice",
        "Model id; `luma-modify-video` is the only model of this endpoint, so it may be left out.",
        choices=("luma-modify-video",),
    ),
    Opt("watermark", "--watermark", "str", "Watermark identifier added to the generated video."),
)

#: Intermediate groups (resources) below `runapi luma`, with their help.
SUBGROUPS: dict[tuple[str, ...], str] = {
    ("modify-video",): "Modify video.",
}

COMMANDS: tuple[Cmd, ...] = (
    Cmd(
        name="create",
        path=("modify-video",),
        operation_id="luma.modify_video.create",
        action="create",
        call=("luma", "modify_video"),
        method="create",
        summary="Create a Luma video modification task",
        help="Create a Luma video modification task.\n\nStarts a Luma task that turns an existing, publicly accessible video (`source_video_url`; MP4, MOV or AVI) into a new variation guided by an English `prompt`, optionally with a `watermark` identifier. Submit the source video once and answer `202` with the task id; poll the linked status operation or pass an HTTPS `callback_url` to receive the final result. The result lists the generated videos and the source video used.\n\nPOST /api/v1/luma/modify_video\n\nAnswers at once with the task (its id and status); add --wait, or use `runapi luma modify-video run`, to wait for the result.",
        epilog="Example:\n\n\x08\n  runapi luma modify-video create --prompt 'Turn the street into a rainy cyberpunk night with neon reflections' --source-video-url https://storage.googleapis.com/gtv-videos-bucket/sample/ForBiggerJoyrides.mp4 --callback-url https://your-domain.com/api/callbacks/luma --watermark demo-watermark",
        args=(),
        query=(),
        options=_BODY_0,
        body="json",
    ),
    Cmd(
        name="run",
        path=("modify-video",),
        operation_id="luma.modify_video.create",
        action="run",
        call=("luma", "modify_video"),
        method="create",
        summary="Create a Luma video modification task and wait for the result",
        help="Create a Luma video modification task, then wait for the result.\n\nTakes the same options as `create`, waits with a progress line on stderr and prints the completed task; --download DIR saves its result files.",
        epilog="Example:\n\n\x08\n  runapi luma modify-video run --prompt 'Turn the street into a rainy cyberpunk night with neon reflections' --source-video-url https://storage.googleapis.com/gtv-videos-bucket/sample/ForBiggerJoyrides.mp4 --callback-url https://your-domain.com/api/callbacks/luma --watermark demo-watermark",
        args=(),
        query=(),
        options=_BODY_0,
        body="json",
    ),
    Cmd(
        name="wait",
        path=("modify-video",),
        operation_id="luma.modify_video.get",
        action="wait",
        call=("luma", "modify_video"),
        method="wait",
        summary="Wait for a task to finish",
        help="Wait for a task to finish and print its completed status.\n\nPolls the task with a progress line on stderr until it completes (exit 0), fails (exit 7) or --timeout passes (exit 8); --download DIR saves its result files. Completed results include: videos.",
        epilog="Example:\n\n\x08\n  runapi luma modify-video wait ID",
        args=("id",),
        query=(),
        options=(),
        body="none",
    ),
    Cmd(
        name="get",
        path=("modify-video",),
        operation_id="luma.modify_video.get",
        action="get",
        call=("luma", "modify_video"),
        method="get",
        summary="Get a Luma video modification task",
        help="Get a Luma video modification task.\n\nReturns the latest status of a Luma modification task; once completed, `videos` holds the generated videos and `sources` the source video used. Luma's provider-specific callback failure state is reported as `completed`, because the generation itself has succeeded.\n\nGET /api/v1/luma/modify_video/{id}",
        epilog="Example:\n\n\x08\n  runapi luma modify-video get ID",
        args=("id",),
        query=(),
        options=(),
        body="none",
    ),
)
