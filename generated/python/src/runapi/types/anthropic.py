# Generated from spec/openapi.yaml by datamodel-code-generator. Do not edit.

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, RootModel

from runapi._models import BaseModel


class Delta(BaseModel):
    type: str
    """
    text_delta, input_json_delta, thinking_delta or signature_delta.
    """
    text: str | None = None
    partial_json: str | None = None
    thinking: str | None = None
    signature: str | None = None


class LlmAnthropicContentBlockDeltaEvent(BaseModel):
    """
    Incremental content for the block at `index` (text_delta, input_json_delta, thinking_delta or signature_delta).
    """

    type: Literal["content_block_delta"]
    index: int
    delta: Delta


class LlmAnthropicContentBlockStopEvent(BaseModel):
    """
    The block at `index` is complete.
    """

    type: Literal["content_block_stop"]
    index: int


class Error(BaseModel):
    type: str | None = None
    message: str | None = None


class LlmAnthropicErrorEvent(BaseModel):
    """
    An error that occurred after the stream started.
    """

    type: Literal["error"]
    error: Error


class DeltaModel(BaseModel):
    stop_reason: str | None = None
    stop_sequence: str | None = None


class LlmAnthropicMessageStopEvent(BaseModel):
    """
    The stream is complete; no further events follow.
    """

    type: Literal["message_stop"]


class LlmAnthropicOutputContentBlock(BaseModel):
    """
    One output block; `text` carries text, `thinking` reasoning, `tool_use` a tool call.
    """

    type: str
    text: str | None = None
    thinking: str | None = None
    signature: str | None = None
    id: str | None = None
    name: str | None = None
    input: dict[str, Any] | None = None


class LlmAnthropicPingEvent(BaseModel):
    """
    Keep-alive event; ignore it.
    """

    type: Literal["ping"]


class LlmAnthropicTokenCount(BaseModel):
    """
    Estimated input tokens.
    """

    input_tokens: int


class LlmAnthropicUsage(BaseModel):
    """
    Token usage; the basis of billing.
    """

    input_tokens: int | None = None
    output_tokens: int | None = None
    cache_creation_input_tokens: int | None = None
    cache_read_input_tokens: int | None = None


class LlmAnthropicContentBlockStartEvent(BaseModel):
    """
    A new content block begins at `index`.
    """

    type: Literal["content_block_start"]
    index: int
    content_block: LlmAnthropicOutputContentBlock


class LlmAnthropicMessage(BaseModel):
    """
    A generated message.
    """

    id: str
    type: Literal["message"]
    role: Literal["assistant"]
    content: list[LlmAnthropicOutputContentBlock]
    """
    Output blocks (`text`, `thinking`, `tool_use`, ...).
    """
    model: str
    stop_reason: str | None = None
    """
    Why generation stopped (end_turn, max_tokens, stop_sequence, tool_use, ...); null in message_start.
    """
    stop_sequence: str | None = None
    usage: LlmAnthropicUsage | None = None


class LlmAnthropicMessageDeltaEvent(BaseModel):
    """
    Final message metadata (stop_reason, cumulative output usage).
    """

    type: Literal["message_delta"]
    delta: DeltaModel
    usage: LlmAnthropicUsage | None = None


class LlmAnthropicMessageStartEvent(BaseModel):
    """
    Session started; carries the message metadata with empty content.
    """

    type: Literal["message_start"]
    message: LlmAnthropicMessage


class LlmAnthropicStreamEvent(
    RootModel[
        LlmAnthropicMessageStartEvent
        | LlmAnthropicContentBlockStartEvent
        | LlmAnthropicContentBlockDeltaEvent
        | LlmAnthropicContentBlockStopEvent
        | LlmAnthropicMessageDeltaEvent
        | LlmAnthropicMessageStopEvent
        | LlmAnthropicPingEvent
        | LlmAnthropicErrorEvent
    ]
):
    root: (
        LlmAnthropicMessageStartEvent
        | LlmAnthropicContentBlockStartEvent
        | LlmAnthropicContentBlockDeltaEvent
        | LlmAnthropicContentBlockStopEvent
        | LlmAnthropicMessageDeltaEvent
        | LlmAnthropicMessageStopEvent
        | LlmAnthropicPingEvent
        | LlmAnthropicErrorEvent
    ) = Field(..., discriminator="type")
    """
    The JSON object carried by one SSE `data:` line of a streamed message (the line before it
    is `event: <type>`). Order: `message_start`, then per block `content_block_start`,
    `content_block_delta`..., `content_block_stop`, then `message_delta` and finally
    `message_stop`, which ends the stream. `ping` may appear anywhere; `error` reports a
    failure mid-stream.

    """
