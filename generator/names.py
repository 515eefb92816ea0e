"""Name conversions shared by the build step and the targets."""

from __future__ import annotations

import re


def pascal(name: str) -> str:
    """`text_to_video` / `llm-anthropic` / `gpt_4o` -> `TextToVideo` / `LlmAnthropic` / `Gpt4o`."""
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]+", name) if part)
