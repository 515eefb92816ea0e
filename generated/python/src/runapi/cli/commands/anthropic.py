"""`runapi anthropic`: Anthropic-compatible Messages API for Claude and DeepSeek models.

The group's commands as data; `runapi.cli._build` turns one into a click command when it runs.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from .._spec import Cmd, Opt

HELP = "Anthropic-compatible Messages API for Claude and DeepSeek models."

_BODY_0: tuple[Opt, ...] = (
    Opt(
        "max_tokens",
        "--max-tokens",
        "int",
        "Maximum number of tokens to generate. Required.",
        required=True,
    ),
    Opt(
        "messages",
        "--messages",
        "list",
        "Conversation turns, each with `role` and `content`. Repeatable; each a JSON value. Required.",
        item="json",
        required=True,
    ),
    Opt(
        "model",
        "--model",
        "choice",
        "Model id. Claude: claude-opus-4-7, claude-opus-4-6, claude-sonnet-4-6, claude-opus-4-5-20251101, claude-sonnet-4-5-20250929, claude-haiku-4-5-20251001; the aliases claude-opus-4-5, claude-sonnet-4-5 and claude-haiku-4-5 are canonicalized to the dated ids. DeepSeek: deepseek-v4-flash (optional thinking mode), deepseek-v4-pro. Required.",
        choices=(
            "claude-opus-4-7",
            "claude-opus-4-6",
            "claude-sonnet-4-6",
            "claude-opus-4-5-20251101",
            "claude-sonnet-4-5-20250929",
            "claude-haiku-4-5-20251001",
            "claude-opus-4-5",
            "claude-sonnet-4-5",
            "claude-haiku-4-5",
            "deepseek-v4-flash",
            "deepseek-v4-pro",
        ),
        required=True,
    ),
    Opt(
        "include_thoughts",
        "--include-thoughts",
        "bool",
        "Claude Sonnet only - include internal reasoning output when supported.",
    ),
    Opt("metadata", "--metadata", "json", "Request metadata. A JSON object (or @file)."),
    Opt(
        "reasoning_effort",
        "--reasoning-effort",
        "choice",
        "RunAPI reasoning control, low or high.",
        choices=("low", "high"),
    ),
    Opt(
        "stop_sequences",
        "--stop-sequences",
        "list",
        "Custom sequences that stop generation. Repeat the option for each item.",
        item="str",
    ),
    Opt(
        "stream",
        "--stream",
        "bool",
        "Stream the answer as Server-Sent Events (`text/event-stream`).",
    ),
    Opt(
        "system",
        "--system",
        "value",
        "System prompt, as a string or (as Claude Code sends it) an array of text blocks. A JSON value, or plain text.",
    ),
    Opt("temperature", "--temperature", "float", "Sampling temperature, 0-1."),
    Opt(
        "thinking",
        "--thinking",
        "json",
        "Extended thinking configuration (Anthropic protocol). A JSON object (or @file).",
    ),
    Opt(
        "tool_choice", "--tool-choice", "json", "Tool selection strategy. A JSON object (or @file)."
    ),
    Opt(
        "tools",
        "--tools",
        "list",
        "Tool definitions. Web access uses a `googleSearch` function tool where the model supports it. Repeatable; each a JSON value.",
        item="json",
    ),
    Opt("top_k", "--top-k", "int", "Only sample from the top K options for each token."),
    Opt("top_p", "--top-p", "float", "Nucleus sampling threshold."),
)

_BODY_1: tuple[Opt, ...] = (
    Opt(
        "messages",
        "--messages",
        "list",
        "Conversation turns, each with `role` and `content`. Repeatable; each a JSON value. Required.",
        item="json",
        required=True,
    ),
    Opt(
        "model",
        "--model",
        "choice",
        "Model id. Claude: claude-opus-4-7, claude-opus-4-6, claude-sonnet-4-6, claude-opus-4-5-20251101, claude-sonnet-4-5-20250929, claude-haiku-4-5-20251001; the aliases claude-opus-4-5, claude-sonnet-4-5 and claude-haiku-4-5 are canonicalized to the dated ids. DeepSeek: deepseek-v4-flash (optional thinking mode), deepseek-v4-pro. Required.",
        choices=(
            "claude-opus-4-7",
            "claude-opus-4-6",
            "claude-sonnet-4-6",
            "claude-opus-4-5-20251101",
            "claude-sonnet-4-5-20250929",
            "claude-haiku-4-5-20251001",
            "claude-opus-4-5",
            "claude-sonnet-4-5",
            "claude-haiku-4-5",
            "deepseek-v4-flash",
            "deepseek-v4-pro",
        ),
        required=True,
    ),
    Opt(
        "include_thoughts",
        "--include-thoughts",
        "bool",
        "Claude Sonnet only - include internal reasoning output when supported.",
    ),
    Opt("max_tokens", "--max-tokens", "int", "Maximum number of tokens to generate."),
    Opt("metadata", "--metadata", "json", "Request metadata. A JSON object (or @file)."),
    Opt(
        "reasoning_effort",
        "--reasoning-effort",
        "choice",
        "RunAPI reasoning control, low or high.",
        choices=("low", "high"),
    ),
    Opt(
        "stop_sequences",
        "--stop-sequences",
        "list",
        "Custom sequences that stop generation. Repeat the option for each item.",
        item="str",
    ),
    Opt(
        "stream",
        "--stream",
        "bool",
        "Stream the answer as Server-Sent Events (`text/event-stream`).",
    ),
    Opt(
        "system",
        "--system",
        "value",
        "System prompt, as a string or (as Claude Code sends it) an array of text blocks. A JSON value, or plain text.",
    ),
    Opt("temperature", "--temperature", "float", "Sampling temperature, 0-1."),
    Opt(
        "thinking",
        "--thinking",
        "json",
        "Extended thinking configuration (Anthropic protocol). A JSON object (or @file).",
    ),
    Opt(
        "tool_choice", "--tool-choice", "json", "Tool selection strategy. A JSON object (or @file)."
    ),
    Opt(
        "tools",
        "--tools",
        "list",
        "Tool definitions. Web access uses a `googleSearch` function tool where the model supports it. Repeatable; each a JSON value.",
        item="json",
    ),
    Opt("top_k", "--top-k", "int", "Only sample from the top K options for each token."),
    Opt("top_p", "--top-p", "float", "Nucleus sampling threshold."),
)

#: Intermediate groups (resources) below `runapi anthropic`, with their help.
SUBGROUPS: dict[tuple[str, ...], str] = {
    ("messages",): "Messages.",
}

COMMANDS: tuple[Cmd, ...] = (
    Cmd(
        name="create",
        path=("messages",),
        operation_id="anthropic.messages.create",
        action="call",
        call=("anthropic", "messages"),
        method="create",
        summary="Create a message (Anthropic Messages API)",
        help="Create a message (Anthropic Messages API).\n\nAnthropic-compatible Messages endpoint: point the official Anthropic SDK (or Claude Code, via `ANTHROPIC_BASE_URL`) at `https://runapi.ai` and use a RunAPI API key. Accepts the standard Anthropic request shape; unknown vendor fields are passed through.\n\nModels: `claude-opus-4-7`, `claude-opus-4-6`, `claude-sonnet-4-6`, `claude-opus-4-5-20251101`, `claude-sonnet-4-5-20250929`, `claude-haiku-4-5-20251001` (the aliases `claude-opus-4-5`, `claude-sonnet-4-5`, `claude-haiku-4-5` are accepted and canonicalized to the dated ids), plus the DeepSeek models `deepseek-v4-flash` and `deepseek-v4-pro`.\n\nRunAPI extensions: `reasoning_effort` (`low` / `high`), `include_thoughts` (Claude Sonnet only) and web access through a `googleSearch` function tool where supported. Media blocks stay inside `messages[].content`; besides Anthropic's `image` block an OpenAI-style `image_url` block is accepted.\n\n\x08\n**Streaming.** With `stream: true` the answer is `text/event-stream`: each event is an\n`event: <type>` line followed by a `data:` line carrying one JSON event object\n(`message_start`, `content_block_start`, `content_block_delta`, `content_block_stop`,\n`message_delta`, `message_stop`, plus Anthropic's `ping` and `error`). The stream ends with\nthe `message_stop` event; there is no `[DONE]` sentinel.\n\n\x08\n**Billing.** Token-based; a provisional hold is placed when the request starts and settled\nfrom the final `usage`.\n\nPOST /v1/messages",
        epilog='Rules checked before sending:\n\n\x08\n  rule: include_thoughts is available for Claude Sonnet models only (claude-sonnet-4-6, claude-sonnet-4-5-20250929 and its alias claude-sonnet-4-5).\n\nExamples:\n\n\x08\n  runapi anthropic messages create --model claude-sonnet-4-6 --max-tokens 1024 --messages \'{"role":"user","content":"Hello, Claude!"}\'\n  runapi anthropic messages create --model claude-sonnet-4-6 --max-tokens 1024 --system \'You are a helpful assistant.\' --messages \'{"role":"user","content":"Explain quantum computing in simple terms."}\'',
        args=(),
        query=(),
        options=_BODY_0,
        body="json",
    ),
    Cmd(
        name="count-tokens",
        path=("messages",),
        operation_id="anthropic.messages.count_tokens",
        action="call",
        call=("anthropic", "messages"),
        method="count_tokens",
        summary="Count the input tokens of a message request",
        help="Count the input tokens of a message request.\n\nAccepts the same request shape as `POST /v1/messages` (`max_tokens` is not needed) and returns a local estimate of the input tokens only. Image blocks count as a fixed 512 tokens rather than model-specific vision counting; use the final `usage` of `POST /v1/messages` for exact billed counts.\n\nPOST /v1/messages/count_tokens",
        epilog='Rules checked before sending:\n\n\x08\n  rule: include_thoughts is available for Claude Sonnet models only (claude-sonnet-4-6, claude-sonnet-4-5-20250929 and its alias claude-sonnet-4-5).\n\nExample:\n\n\x08\n  runapi anthropic messages count-tokens --model claude-sonnet-4-6 --messages \'{"role":"user","content":"Count the tokens for this request."}\'',
        args=(),
        query=(),
        options=_BODY_1,
        body="json",
    ),
)
