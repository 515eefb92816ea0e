"""`runapi openai`: OpenAI-compatible Chat Completions and Responses APIs.

The group's commands as data; `runapi.cli._build` turns one into a click command when it runs.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from .._spec import Cmd, Opt

HELP = "OpenAI-compatible Chat Completions and Responses APIs."

_BODY_0: tuple[Opt, ...] = (
    Opt(
        "messages",
        "--messages",
        "list",
        "Conversation messages with role and content (text or multimodal parts). Repeatable; each a JSON value. Required.",
        item="json",
        required=True,
    ),
    Opt(
        "model",
        "--model",
        "choice",
        "Model id. gpt-5.2 is the Chat Completions GPT model; deepseek-v4-flash (optional thinking mode) and deepseek-v4-pro are also served here. Other GPT models use /v1/responses. Required.",
        choices=("gpt-5.2", "deepseek-v4-flash", "deepseek-v4-pro"),
        required=True,
    ),
    Opt(
        "reasoning_effort",
        "--reasoning-effort",
        "choice",
        "Reasoning effort, low or high.",
        choices=("low", "high"),
    ),
    Opt(
        "stream",
        "--stream",
        "bool",
        "Stream the answer as Server-Sent Events (chat.completion.chunk objects, then `data [DONE]`).",
    ),
    Opt(
        "tools",
        "--tools",
        "list",
        "Tool definitions; supports `web_search` and OpenAI-style function tools. Repeatable; each a JSON value.",
        item="json",
    ),
)

_BODY_1: tuple[Opt, ...] = (
    Opt(
        "input",
        "--input",
        "value",
        "A text string or an array of input items (messages with input_text, input_image and input_file parts). A JSON value, or plain text. Required.",
        required=True,
    ),
    Opt(
        "model",
        "--model",
        "choice",
        "Model id (Responses API models). Required.",
        choices=(
            "gpt-5.5",
            "gpt-5.4",
            "gpt-5-codex",
            "gpt-5.1-codex",
            "gpt-5.2-codex",
            "gpt-5.3-codex",
            "gpt-5.4-codex",
        ),
        required=True,
    ),
    Opt("reasoning", "--reasoning", "json", "Reasoning configuration. A JSON object (or @file)."),
    Opt(
        "stream", "--stream", "bool", "Stream the answer as Server-Sent Events (response.* events)."
    ),
    Opt(
        "tool_choice",
        "--tool-choice",
        "str",
        "Tool selection; set it to auto when using function tools.",
    ),
    Opt(
        "tools",
        "--tools",
        "list",
        "Web search or function calling tools (mutually exclusive). Repeatable; each a JSON value.",
        item="json",
    ),
)

#: Intermediate groups (resources) below `runapi openai`, with their help.
SUBGROUPS: dict[tuple[str, ...], str] = {
    ("chat",): "Chat.",
    ("chat", "completions"): "Completions.",
    ("responses",): "Responses.",
}

COMMANDS: tuple[Cmd, ...] = (
    Cmd(
        name="create",
        path=("chat", "completions"),
        operation_id="openai.chat.completions.create",
        action="call",
        call=("openai", "chat", "completions"),
        method="create",
        summary="Create a chat completion (OpenAI Chat Completions API)",
        help="Create a chat completion (OpenAI Chat Completions API).\n\nOpenAI-compatible Chat Completions endpoint: point the OpenAI SDK at `https://runapi.ai/v1` and use a RunAPI API key. Serves `gpt-5.2` and the DeepSeek models `deepseek-v4-flash` (optional thinking mode) and `deepseek-v4-pro`; the Responses-API GPT models (gpt-5.5, gpt-5.4, Codex) use `POST /v1/responses` instead. Messages may mix text and `image_url` parts; `tools` supports `web_search` and function tools; `reasoning_effort` is `low` or `high` (default `high`). Unknown OpenAI fields are passed through.\n\n\x08\n**Streaming.** With `stream: true` the answer is `text/event-stream`: each SSE `data:`\nline carries one `chat.completion.chunk` object, and the stream ends with the line\n`data: [DONE]`.\n\n\x08\n**Billing.** Token-based; a provisional amount is reserved and adjusted to the actual\nusage (DeepSeek cached prompt tokens are billed at a reduced cache-read rate).\n\nPOST /v1/chat/completions",
        epilog='Examples:\n\n\x08\n  runapi openai chat completions create --model gpt-5.2 --messages \'{"role":"user","content":"Hello!"}\'\n  runapi openai chat completions create --model gpt-5.2 --messages \'{"role":"user","content":"Explain quantum computing in one sentence."}\' --reasoning-effort high',
        args=(),
        query=(),
        options=_BODY_0,
        body="json",
    ),
    Cmd(
        name="create",
        path=("responses",),
        operation_id="openai.responses.create",
        action="call",
        call=("openai", "responses"),
        method="create",
        summary="Create a model response (OpenAI Responses API)",
        help="Create a model response (OpenAI Responses API).\n\nOpenAI-compatible Responses endpoint for `gpt-5.5`, `gpt-5.4` and the Codex models (`gpt-5-codex`, `gpt-5.1-codex`, `gpt-5.2-codex`, `gpt-5.3-codex`, `gpt-5.4-codex`). `input` is a string or an array of input items whose content parts are `input_text`, `input_image` or `input_file`. `reasoning.effort` controls reasoning; `tools` holds either web search or function tools (not both); set `tool_choice` to `auto` with function tools. Unknown OpenAI fields are passed through.\n\n\x08\n**Streaming.** With `stream: true` the answer is `text/event-stream`: each SSE `data:`\nline carries one `response.*` event object (also named on the preceding `event:` line):\n`response.output_text.delta` for text, `response.function_call_arguments.delta` for tool\narguments and finally `response.completed` with the usage; the stream ends after\n`response.completed` (or `response.failed` / `error`).\n\nPOST /v1/responses",
        epilog='Rules checked before sending:\n\n\x08\n  rule: tools holds either web search or function tools, not both (they are mutually exclusive)\n\nExamples:\n\n\x08\n  runapi openai responses create --model gpt-5.4 --input \'Explain the theory of relativity.\' --reasoning \'{"effort":"medium"}\'\n  runapi openai responses create --model gpt-5.4 --input \'[{"role":"user","content":[{"type":"input_text","text":"Describe this image"},{"type":"input_image","image_url":"https://cdn.runapi.ai/public/samples/image.jpg"}]}]\'',
        args=(),
        query=(),
        options=_BODY_1,
        body="json",
    ),
)
