"""The API groups of the `runapi` command: CLI name -> (module, summary), and their media kinds.

All `runapi --help` needs; a group's module under `commands/` is imported only when it runs.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

OPERATIONS = 190

GROUPS: dict[str, tuple[str, str]] = {
    "account": ("account", "Account balance and usage."),
    "anthropic": ("anthropic", "Anthropic-compatible Messages API for Claude and DeepSeek models."),
    "elevenlabs": (
        "elevenlabs",
        "ElevenLabs speech, dialogue, sound effects, transcription and audio isolation.",
    ),
    "files": (
        "files",
        "Temporary file uploads (expire after 24 hours) whose download_url can be passed to generation endpoints.",
    ),
    "flux-2": ("flux_2", "Flux 2 text-to-image and image remix."),
    "flux-kontext": ("flux_kontext", "Flux Kontext text-to-image and editing."),
    "gemini": ("gemini", "Gemini models through the OpenAI-compatible and native Gemini paths."),
    "gemini-omni": (
        "gemini_omni",
        "Gemini Omni video generation with reusable audio and character assets.",
    ),
    "gpt-4o-image": ("gpt_4o_image", "GPT-4o image generation."),
    "gpt-image": ("gpt_image", "GPT Image generation and editing."),
    "gpt-image-2": ("gpt_image_2", "GPT Image 2 generation and editing."),
    "grok-imagine": ("grok_imagine", "Grok Imagine images and videos."),
    "guardrail-assignments": (
        "guardrail_assignments",
        "List, attach and remove guardrail assignments.",
    ),
    "guardrails": ("guardrails", "List, create, get, delete and update guardrails."),
    "hailuo": ("hailuo", "Hailuo text-to-video and image-to-video."),
    "happyhorse": ("happyhorse", "HappyHorse video generation and editing."),
    "ideogram-v3": ("ideogram_v3", "Ideogram V3 image generation, editing, remix and reframe."),
    "imagen-4": ("imagen_4", "Google Imagen 4 image generation and remix."),
    "infinitetalk": ("infinitetalk", "InfiniteTalk audio-driven talking video."),
    "keys": ("keys", "List, create, get, delete and update API keys."),
    "kling": ("kling", "Kling video generation, avatars and motion control."),
    "luma": ("luma", "Luma video modification."),
    "models": ("models", "Models available to the key, in Anthropic or OpenAI list format."),
    "nano-banana": ("nano_banana", "Nano Banana image generation and editing."),
    "openai": ("openai", "OpenAI-compatible Chat Completions and Responses APIs."),
    "qwen-2": ("qwen_2", "Qwen 2 image generation, remix and editing."),
    "recraft": ("recraft", "Recraft upscaling and background removal."),
    "runway": ("runway", "Runway video generation and extension."),
    "runway-aleph": ("runway_aleph", "Runway Aleph video editing."),
    "seedance": ("seedance", "Seedance video generation."),
    "seedream": ("seedream", "Seedream image generation and editing."),
    "suno": ("suno", "Suno music, lyrics, vocals, stems, MIDI, voices and artwork."),
    "topaz": ("topaz", "Topaz image and video upscaling."),
    "veo-3-1": ("veo_3_1", "Google Veo 3.1 video generation, extension and upscaling."),
    "wan": ("wan", "Wan video and image generation."),
    "z-image": ("z_image", "Z-Image text-to-image."),
}

#: Media kinds (the spec's x-tagGroups), in order: (kind id, title, CLI names of its groups).
KINDS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "video",
        "Video",
        (
            "gemini-omni",
            "grok-imagine",
            "hailuo",
            "happyhorse",
            "infinitetalk",
            "kling",
            "luma",
            "runway",
            "runway-aleph",
            "seedance",
            "topaz",
            "veo-3-1",
            "wan",
        ),
    ),
    (
        "image",
        "Image",
        (
            "flux-2",
            "flux-kontext",
            "gpt-4o-image",
            "gpt-image",
            "gpt-image-2",
            "grok-imagine",
            "ideogram-v3",
            "imagen-4",
            "nano-banana",
            "qwen-2",
            "recraft",
            "seedream",
            "topaz",
            "wan",
            "z-image",
        ),
    ),
    ("music", "Music and audio", ("suno",)),
    ("speech", "Speech", ("elevenlabs",)),
    ("llm", "LLM", ("anthropic", "gemini", "models", "openai")),
    (
        "account",
        "Account and management",
        ("account", "files", "guardrail-assignments", "guardrails", "keys"),
    ),
)
