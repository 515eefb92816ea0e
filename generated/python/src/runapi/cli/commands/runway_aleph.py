"""`runapi runway-aleph`: Runway Aleph video editing.

The group's commands as data; `runapi.cli._build` turns one into a click command when it runs.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from .._spec import Cmd, Opt

HELP = "Runway Aleph video editing."

_BODY_0: tuple[Opt, ...] = (
    Opt("prompt", "--prompt", "str", "Transformation prompt. Required.", required=True),
    Opt(
        "source_video_url",
        "--source-video-url",
        "str",
        "URL of the source video to transform. Required.",
        required=True,
    ),
    Opt(
        "aspect_ratio",
        "--aspect-ratio",
        "choice",
        "Output aspect ratio - 16:9, 9:16, 4:3, 3:4, 1:1 or 21:9.",
        choices=("16:9", "9:16", "4:3", "3:4", "1:1", "21:9"),
    ),
    Opt(
        "callback_url",
        "--callback-url",
        "str",
        "URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation).",
    ),
    Opt(
        "model",
        "--model",
        "choice",
        "Model id; `runway-aleph` is the only model of this endpoint, so it may be left out.",
        choices=("runway-aleph",),
    ),
    Opt(
        "reference_image_url", "--reference-image-url", "str", "Optional style reference image URL."
    ),
    Opt("seed", "--seed", "int", "Random seed."),
    Opt("watermark", "--watermark", "str", "Watermark text."),
)

#: Intermediate groups (resources) below `runapi runway-aleph`, with their help.
SUBGROUPS: dict[tuple[str, ...], str] = {
    ("edit-video",): "Edit video.",
}

COMMANDS: tuple[Cmd, ...] = (
    Cmd(
        name="create",
        path=("edit-video",),
        operation_id="runway_aleph.edit_video.create",
        action="create",
        call=("runway_aleph", "edit_video"),
        method="create",
        summary="Create a Runway Aleph video edit task",
        help="Create a Runway Aleph video edit task.\n\nStarts a Runway Aleph task that transforms an existing video (`source_video_url`) as the prompt describes, optionally guided by a style `reference_image_url`. `aspect_ratio` (16:9, 9:16, 4:3, 3:4, 1:1, 21:9), `seed` and a `watermark` text are optional. Answers `202` with the task id; the completed task returns the edited video and a cover image. Poll the linked status operation or pass `callback_url`.\n\nPOST /api/v1/runway_aleph/edit_video\n\nAnswers at once with the task (its id and status); add --wait, or use `runapi runway-aleph edit-video run`, to wait for the result.",
        epilog="Example:\n\n\x08\n  runapi runway-aleph edit-video create --prompt 'Transform the scene into moody dusk lighting' --source-video-url https://storage.googleapis.com/gtv-videos-bucket/sample/ForBiggerJoyrides.mp4 --reference-image-url https://raw.githubusercontent.com/github/explore/main/topics/python/python.png",
        args=(),
        query=(),
        options=_BODY_0,
        body="json",
    ),
    Cmd(
        name="run",
        path=("edit-video",),
        operation_id="runway_aleph.edit_video.create",
        action="run",
        call=("runway_aleph", "edit_video"),
        method="create",
        summary="Create a Runway Aleph video edit task and wait for the result",
        help="Create a Runway Aleph video edit task, then wait for the result.\n\nTakes the same options as `create`, waits with a progress line on stderr and prints the completed task; --download DIR saves its result files.",
        epilog="Example:\n\n\x08\n  runapi runway-aleph edit-video run --prompt 'Transform the scene into moody dusk lighting' --source-video-url https://storage.googleapis.com/gtv-videos-bucket/sample/ForBiggerJoyrides.mp4 --reference-image-url https://raw.githubusercontent.com/github/explore/main/topics/python/python.png",
        args=(),
        query=(),
        options=_BODY_0,
        body="json",
    ),
    Cmd(
        name="wait",
        path=("edit-video",),
        operation_id="runway_aleph.edit_video.get",
        action="wait",
        call=("runway_aleph", "edit_video"),
        method="wait",
        summary="Wait for a task to finish",
        help="Wait for a task to finish and print its completed status.\n\nPolls the task with a progress line on stderr until it completes (exit 0), fails (exit 7) or --timeout passes (exit 8); --download DIR saves its result files. Completed results include: videos.",
        epilog="Example:\n\n\x08\n  runapi runway-aleph edit-video wait ID",
        args=("id",),
        query=(),
        options=(),
        body="none",
    ),
    Cmd(
        name="get",
        path=("edit-video",),
        operation_id="runway_aleph.edit_video.get",
        action="get",
        call=("runway_aleph", "edit_video"),
        method="get",
        summary="Get a Runway Aleph video edit task",
        help="Get a Runway Aleph video edit task.\n\nReturns the status of a Runway Aleph task; once completed, `videos` holds the edited video and `images` its cover image.\n\nGET /api/v1/runway_aleph/edit_video/{id}",
        epilog="Example:\n\n\x08\n  runapi runway-aleph edit-video get ID",
        args=("id",),
        query=(),
        options=(),
        body="none",
    ),
)
