"""`runapi gemini`: Gemini models through the OpenAI-compatible and native Gemini paths.

The group's commands as data; `runapi.cli._build` turns one into a click command when it runs.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from .._spec import Cmd, Opt

HELP = "Gemini models through the OpenAI-compatible and native Gemini paths."

_BODY_0: tuple[Opt, ...] = (
    Opt(
        "contents",
        "--contents",
        "list",
        "Conversation turns. Repeatable; each a JSON value. Required.",
        item="json",
        required=True,
    ),
    Opt(
        "generationConfig",
        "--generation-config",
        "json",
        "Generation settings. A JSON object (or @file).",
    ),
    Opt(
        "safetySettings", "--safety-settings", "list", "Repeatable; each a JSON value.", item="json"
    ),
    Opt(
        "stream", "--stream", "bool", "Accepted for compatibility; the endpoint streams either way."
    ),
    Opt(
        "systemInstruction",
        "--system-instruction",
        "json",
        "One turn - a role and its parts. A JSON object (or @file).",
    ),
    Opt(
        "toolConfig",
        "--tool-config",
        "json",
        "Function calling configuration. A JSON object (or @file).",
    ),
    Opt(
        "tools",
        "--tools",
        "list",
        "Tools; function calling through `functionDeclarations`. Repeatable; each a JSON value.",
        item="json",
    ),
)

_QUERY_1: tuple[Opt, ...] = (
    Opt(
        "alt",
        "--alt",
        "str",
        "Response encoding as in Google's API; `sse` asks for Server-Sent Events.",
    ),
)

_BODY_2: tuple[Opt, ...] = (
    Opt(
        "messages",
        "--messages",
        "list",
        "Conversation messages with role and content. Repeatable; each a JSON value. Required.",
        item="json",
        required=True,
    ),
    Opt(
        "model",
        "--model",
        "choice",
        "Gemini model id. Required.",
        choices=(
            "gemini-2.5-flash",
            "gemini-2.5-pro",
            "gemini-3.1-pro-preview",
            "gemini-3-flash-preview",
            "gemini-3-pro-preview",
        ),
        required=True,
    ),
    Opt(
        "include_thoughts",
        "--include-thoughts",
        "bool",
        "Include Gemini thought traces in the response.",
    ),
    Opt(
        "reasoning_effort",
        "--reasoning-effort",
        "choice",
        "Reasoning effort, low or high; supported on every Gemini model here except gemini-2.5-flash.",
        choices=("low", "high"),
    ),
    Opt(
        "response_format",
        "--response-format",
        "json",
        "Structured output schema; type must be json_schema. A JSON object (or @file).",
    ),
    Opt("stream", "--stream", "bool", "Stream the answer as Server-Sent Events."),
    Opt(
        "tools",
        "--tools",
        "list",
        "Tool definitions. Google Search uses a `googleSearch` function tool; custom functions follow OpenAI-style tool objects. Repeatable; each a JSON value.",
        item="json",
    ),
)

#: Intermediate groups (resources) below `runapi gemini`, with their help.
SUBGROUPS: dict[tuple[str, ...], str] = {
    ("chat",): "Chat.",
    ("chat", "completions"): "Completions.",
    ("models",): "Models.",
    ("openai",): "Openai.",
    ("openai", "models"): "Models.",
}

COMMANDS: tuple[Cmd, ...] = (
    Cmd(
        name="list",
        path=("models",),
        operation_id="gemini.models.list",
        action="call",
        call=("gemini", "models"),
        method="list",
        summary="List Gemini models (Google AI format)",
        help="List Gemini models (Google AI format).\n\nReturns the Gemini models available to the key in the Google AI `models.list` format. When the key has `allowed_models` restrictions only permitted models are listed. (The OpenAI SDK with base URL `https://runapi.ai/v1beta/openai` calls `GET /v1beta/openai/models` instead, which answers in OpenAI list format.)\n\nGET /v1beta/models",
        epilog="Example:\n\n\x08\n  runapi gemini models list",
        args=(),
        query=(),
        options=(),
        body="none",
    ),
    Cmd(
        name="stream-generate-content",
        path=("models",),
        operation_id="gemini.models.stream_generate_content",
        action="call",
        call=("gemini", "models"),
        method="stream_generate_content",
        summary="Stream generated content (native Gemini contents API)",
        help="Stream generated content (native Gemini contents API).\n\nNative Gemini `streamGenerateContent` for `gemini-3-flash-preview` and `gemini-3.5-flash`; the model is taken from the URL path. The body is a Gemini contents request (`contents`, `tools` with `functionDeclarations`, `generationConfig.thinkingConfig`, ...); unknown Gemini fields are passed through.\n\n\x08\n**Streaming.** The answer is `text/event-stream`: each SSE `data:` line carries one\n`GenerateContentResponse` chunk (candidates with content parts - text, thought parts,\nfunction calls - plus `usageMetadata`); the last chunk has a `finishReason` and the stream\nthen closes (no `[DONE]` sentinel).\n\nPOST /v1beta/models/{model}:streamGenerateContent",
        epilog='Example:\n\n\x08\n  runapi gemini models stream-generate-content MODEL --stream --contents \'{"role":"user","parts":[{"text":"What is the weather in Beijing today?"}]}\' --tools \'{"functionDeclarations":[{"name":"get_weather_forecast","description":"Get the weather forecast for a given location","parameters":{"type":"OBJECT","properties":{"location":{"type":"STRING"}},"required":["location"]}}]}\' --generation-config \'{"thinkingConfig":{"includeThoughts":true,"thinkingLevel":"high"}}\'',
        args=("model",),
        query=_QUERY_1,
        options=_BODY_0,
        body="json",
    ),
    Cmd(
        name="create",
        path=("chat", "completions"),
        operation_id="gemini.chat.completions.create",
        action="call",
        call=("gemini", "chat", "completions"),
        method="create",
        summary="Create a Gemini chat completion (OpenAI-compatible)",
        help="Create a Gemini chat completion (OpenAI-compatible).\n\nGemini through the OpenAI Chat Completions format: point the OpenAI SDK at `https://runapi.ai/v1beta/openai`. Models: `gemini-2.5-flash`, `gemini-2.5-pro`, `gemini-3.1-pro-preview`, `gemini-3-flash-preview`, `gemini-3-pro-preview` (`gemini-3.5-flash` is served only by the contents streaming endpoint). Extras: `include_thoughts` (thought traces), `reasoning_effort` (`low` / `high`, every model here except gemini-2.5-flash), `response_format` (`json_schema` structured output), Google Search via a `googleSearch` function tool and OpenAI-style custom function tools. Unknown OpenAI fields are passed through.\n\n\x08\n**Streaming.** With `stream: true` the answer is `text/event-stream`: each SSE `data:`\nline carries one `chat.completion.chunk` object and the stream ends with `data: [DONE]`.\n\nPOST /v1beta/openai/chat/completions",
        epilog='Rules checked before sending:\n\n\x08\n  rule: reasoning_effort is supported on all Gemini models here except gemini-2.5-flash\n\nExamples:\n\n\x08\n  runapi gemini chat completions create --model gemini-2.5-flash --messages \'{"role":"user","content":"Hello!"}\'\n  runapi gemini chat completions create --model gemini-2.5-pro --messages \'{"role":"user","content":"Summarize the latest AI news."}\' --include-thoughts --reasoning-effort high',
        args=(),
        query=(),
        options=_BODY_2,
        body="json",
    ),
    Cmd(
        name="list",
        path=("openai", "models"),
        operation_id="gemini.openai.models.list",
        action="call",
        call=("gemini", "openai", "models"),
        method="list",
        summary="List Gemini models (OpenAI format)",
        help="List Gemini models (OpenAI format).\n\nWhat the OpenAI SDK's `models.list()` calls with base URL `https://runapi.ai/v1beta/openai`: the Gemini models available to the key in OpenAI List Models format (restricted by the key's `allowed_models`, if any).\n\nGET /v1beta/openai/models",
        epilog="Example:\n\n\x08\n  runapi gemini openai models list",
        args=(),
        query=(),
        options=(),
        body="none",
    ),
)
