"""`runapi gemini-omni`: Gemini Omni video generation with reusable audio and character assets.

The group's commands as data; `runapi.cli._build` turns one into a click command when it runs.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from .._spec import Cmd, Opt

HELP = "Gemini Omni video generation with reusable audio and character assets."

_BODY_0: tuple[Opt, ...] = (
    Opt(
        "audio_id",
        "--audio-id",
        "str",
        "Preset voice ID, such as achernar, achird, charon, puck or zephyr. Required.",
        required=True,
    ),
    Opt("name", "--name", "str", "Voice name, at most 210 characters. Required.", required=True),
    Opt(
        "example_dialogue",
        "--example-dialogue",
        "str",
        "Example line spoken by the voice, at most 120 characters.",
    ),
    Opt(
        "model",
        "--model",
        "choice",
        "Model id; `gemini-omni-audio` is the only model of this endpoint, so it may be left out.",
        choices=("gemini-omni-audio",),
    ),
    Opt(
        "voice_description",
        "--voice-description",
        "str",
        "Timbre, style, pace and emotion of the voice, at most 20000 characters.",
    ),
)

_BODY_1: tuple[Opt, ...] = (
    Opt(
        "descriptions",
        "--descriptions",
        "str",
        "Character appearance, identity, style, clothing or personality, at most 20000 characters. Required.",
        required=True,
    ),
    Opt(
        "reference_image_url",
        "--reference-image-url",
        "str",
        "Character reference image URL; the image must be no larger than 20 MB. Required.",
        required=True,
    ),
    Opt(
        "audio_ids",
        "--audio-ids",
        "list",
        "Audio IDs returned by create_audio, used as voice or persona guidance. Repeat the option for each item.",
        item="str",
    ),
    Opt("character_name", "--character-name", "str", "Character name, at most 210 characters."),
    Opt(
        "model",
        "--model",
        "choice",
        "Model id; `gemini-omni-character` is the only model of this endpoint, so it may be left out.",
        choices=("gemini-omni-character",),
    ),
)

_BODY_2: tuple[Opt, ...] = (
    Opt(
        "duration_seconds",
        "--duration-seconds",
        "choice",
        "Video length in seconds - 4, 6, 8 or 10; required, but ignored when video_list is provided. Required.",
        choices=(4, 6, 8, 10),
        required=True,
    ),
    Opt(
        "prompt",
        "--prompt",
        "str",
        "Video prompt, at most 20000 characters. Required.",
        required=True,
    ),
    Opt(
        "aspect_ratio", "--aspect-ratio", "choice", "Output aspect ratio.", choices=("16:9", "9:16")
    ),
    Opt(
        "audio_ids",
        "--audio-ids",
        "list",
        "Audio IDs returned by create_audio, at most 3. Repeat the option for each item.",
        item="str",
    ),
    Opt(
        "callback_url",
        "--callback-url",
        "str",
        "URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation).",
    ),
    Opt(
        "character_ids",
        "--character-ids",
        "list",
        "Character IDs returned by create_character, at most 3; each counts 1 reference unit. Repeat the option for each item.",
        item="str",
    ),
    Opt(
        "model",
        "--model",
        "choice",
        "Model id; `gemini-omni-text-to-video` is the default and the only model of this endpoint.",
        choices=("gemini-omni-text-to-video",),
    ),
    Opt(
        "output_resolution",
        "--output-resolution",
        "choice",
        "Output resolution; defaults to 720p.",
        choices=("720p", "1080p", "4k"),
    ),
    Opt(
        "reference_image_urls",
        "--reference-image-urls",
        "list",
        "Reference image URLs, at most 7 images of at most 20 MB each; each counts 1 reference unit. Repeat the option for each item.",
        item="str",
    ),
    Opt("seed", "--seed", "int", "Random seed, an integer from 0 to 2147483647."),
    Opt(
        "video_list",
        "--video-list",
        "list",
        "Source video clips, at most 1 clip; each clip counts 2 reference units. Repeatable; each a JSON value.",
        item="json",
    ),
)

#: Intermediate groups (resources) below `runapi gemini-omni`, with their help.
SUBGROUPS: dict[tuple[str, ...], str] = {
    ("text-to-video",): "Text to video.",
}

COMMANDS: tuple[Cmd, ...] = (
    Cmd(
        name="create-audio",
        path=(),
        operation_id="gemini_omni.create_audio",
        action="call",
        call=("gemini_omni",),
        method="create_audio",
        summary="Create a Gemini Omni voice",
        help="Create a Gemini Omni voice.\n\nCreates a reusable Gemini Omni voice (`gemini-omni-audio`) from a preset voice (`audio_id`, e.g. achernar, achird, charon, puck, zephyr) and answers `200` with the new audio resource at once. Pass the returned id in `audio_ids` of create_character or text_to_video.\n\nPOST /api/v1/gemini_omni/create_audio",
        epilog="Example:\n\n\x08\n  runapi gemini-omni create-audio --audio-id achernar --name 'Acher Narrator' --voice-description 'A calm, clear, and friendly male voice suitable for tech explainers and daily conversation.' --example-dialogue 'Hello, I am achernar'",
        args=(),
        query=(),
        options=_BODY_0,
        body="json",
    ),
    Cmd(
        name="create-character",
        path=(),
        operation_id="gemini_omni.create_character",
        action="call",
        call=("gemini_omni",),
        method="create_character",
        summary="Create a Gemini Omni character",
        help="Create a Gemini Omni character.\n\nCreates a reusable Gemini Omni character (`gemini-omni-character`) from a description and a reference image (at most 20 MB), optionally guided by voices from create_audio, and answers `200` with the new character resource at once. Pass the returned id in `character_ids` of text_to_video.\n\nPOST /api/v1/gemini_omni/create_character",
        epilog="Example:\n\n\x08\n  runapi gemini-omni create-character --descriptions 'A young female character with short silver hair and a futuristic utility jacket, calm, agile, and strongly cyberpunk in style.' --reference-image-url https://cdn.runapi.ai/public/samples/reference-1.jpg --audio-ids audio_01hx8p0demo --character-name Jenny",
        args=(),
        query=(),
        options=_BODY_1,
        body="json",
    ),
    Cmd(
        name="create",
        path=("text-to-video",),
        operation_id="gemini_omni.text_to_video.create",
        action="create",
        call=("gemini_omni", "text_to_video"),
        method="create",
        summary="Create a Gemini Omni video task",
        help="Create a Gemini Omni video task.\n\nStarts a Gemini Omni (`gemini-omni-text-to-video`) video task and answers `202` with its id. The prompt (up to 20000 characters) can be combined with reference images (max 7), voices (`audio_ids`, max 3), characters (`character_ids`, max 3) and one source video clip (`video_list`, with `url`, `start` and `ends`, at most 10 seconds long). Reference inputs share a 7-unit limit: each reference image counts 1, each video clip 2 and each character ID 1. `duration_seconds` is 4, 6, 8 or 10 (ignored when `video_list` is given); `output_resolution` is 720p (default), 1080p or 4k. Poll the linked status operation or pass `callback_url`.\n\nPOST /api/v1/gemini_omni/text_to_video\n\nAnswers at once with the task (its id and status); add --wait, or use `runapi gemini-omni text-to-video run`, to wait for the result.",
        epilog="Rules checked before sending:\n\n\x08\n  rule: Reference inputs share a 7-unit limit (each reference image counts 1, each video clip 2, each character ID 1)\n  rule: each video clip must end after it starts (ends greater than start)\n  rule: the video clip may last at most 10 seconds (ends at most 10 seconds after start)\n\nExample:\n\n\x08\n  runapi gemini-omni text-to-video create --prompt 'Create a futuristic night city short film with a slow push-in shot as the character walks out from a neon-lit street.' --reference-image-urls https://cdn.runapi.ai/public/samples/reference-1.jpg --audio-ids audio_01hx8p0demo --character-ids character_01hx8p0demo --duration-seconds 8 --aspect-ratio 16:9 --output-resolution 1080p --seed 12345 --callback-url https://your-domain.com/api/callback",
        args=(),
        query=(),
        options=_BODY_2,
        body="json",
    ),
    Cmd(
        name="run",
        path=("text-to-video",),
        operation_id="gemini_omni.text_to_video.create",
        action="run",
        call=("gemini_omni", "text_to_video"),
        method="create",
        summary="Create a Gemini Omni video task and wait for the result",
        help="Create a Gemini Omni video task, then wait for the result.\n\nTakes the same options as `create`, waits with a progress line on stderr and prints the completed task; --download DIR saves its result files.",
        epilog="Rules checked before sending:\n\n\x08\n  rule: Reference inputs share a 7-unit limit (each reference image counts 1, each video clip 2, each character ID 1)\n  rule: each video clip must end after it starts (ends greater than start)\n  rule: the video clip may last at most 10 seconds (ends at most 10 seconds after start)\n\nExample:\n\n\x08\n  runapi gemini-omni text-to-video run --prompt 'Create a futuristic night city short film with a slow push-in shot as the character walks out from a neon-lit street.' --reference-image-urls https://cdn.runapi.ai/public/samples/reference-1.jpg --audio-ids audio_01hx8p0demo --character-ids character_01hx8p0demo --duration-seconds 8 --aspect-ratio 16:9 --output-resolution 1080p --seed 12345 --callback-url https://your-domain.com/api/callback",
        args=(),
        query=(),
        options=_BODY_2,
        body="json",
    ),
    Cmd(
        name="wait",
        path=("text-to-video",),
        operation_id="gemini_omni.text_to_video.get",
        action="wait",
        call=("gemini_omni", "text_to_video"),
        method="wait",
        summary="Wait for a task to finish",
        help="Wait for a task to finish and print its completed status.\n\nPolls the task with a progress line on stderr until it completes (exit 0), fails (exit 7) or --timeout passes (exit 8); --download DIR saves its result files. Completed results include: videos.",
        epilog="Example:\n\n\x08\n  runapi gemini-omni text-to-video wait ID",
        args=("id",),
        query=(),
        options=(),
        body="none",
    ),
    Cmd(
        name="get",
        path=("text-to-video",),
        operation_id="gemini_omni.text_to_video.get",
        action="get",
        call=("gemini_omni", "text_to_video"),
        method="get",
        summary="Get a Gemini Omni video task",
        help="Get a Gemini Omni video task.\n\nReturns the status of a Gemini Omni video task; `videos` is present once it has completed.\n\nGET /api/v1/gemini_omni/text_to_video/{id}",
        epilog="Example:\n\n\x08\n  runapi gemini-omni text-to-video get ID",
        args=("id",),
        query=(),
        options=(),
        body="none",
    ),
)
