# Generated from spec/openapi.yaml by datamodel-code-generator. Do not edit.

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, RootModel

from runapi._models import BaseModel


class LlmOpenaiChatUsage(BaseModel):
    """
    Token usage, the basis of billing.
    """

    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    total_tokens: int | None = None


class LlmOpenaiResponseErrorEvent(BaseModel):
    """
    An error occurred after the stream started; last event.
    """

    type: Literal["error"]
    sequence_number: int | None = None
    """
    Position of the event in the stream.
    """
    code: str | None = None
    message: str | None = None
    param: str | None = None


class LlmOpenaiResponseFunctionCallArgumentsDeltaEvent(BaseModel):
    """
    Incremental function call arguments (a fragment of the JSON arguments string).
    """

    type: Literal["response.function_call_arguments.delta"]
    sequence_number: int | None = None
    """
    Position of the event in the stream.
    """
    item_id: str | None = None
    output_index: int | None = None
    delta: str


class LlmOpenaiResponseFunctionCallArgumentsDoneEvent(BaseModel):
    """
    The function call arguments are complete.
    """

    type: Literal["response.function_call_arguments.done"]
    sequence_number: int | None = None
    """
    Position of the event in the stream.
    """
    item_id: str | None = None
    output_index: int | None = None
    arguments: str


class ContentItem(BaseModel):
    type: str
    text: str | None = None
    annotations: list[dict[str, Any]] | None = None


class LlmOpenaiResponseOutputItem(BaseModel):
    """
    An output item; messages carry output_text parts, function_call items carry name and JSON arguments.
    """

    type: str
    id: str | None = None
    role: str | None = None
    status: str | None = None
    content: list[ContentItem] | None = None
    name: str | None = None
    call_id: str | None = None
    arguments: str | None = None


class LlmOpenaiResponseOutputItemAddedEvent(BaseModel):
    """
    A new output item starts at output_index.
    """

    type: Literal["response.output_item.added"]
    sequence_number: int | None = None
    """
    Position of the event in the stream.
    """
    output_index: int
    item: LlmOpenaiResponseOutputItem


class LlmOpenaiResponseOutputItemDoneEvent(BaseModel):
    """
    The output item at output_index is complete.
    """

    type: Literal["response.output_item.done"]
    sequence_number: int | None = None
    """
    Position of the event in the stream.
    """
    output_index: int
    item: LlmOpenaiResponseOutputItem


class LlmOpenaiResponseOutputTextDeltaEvent(BaseModel):
    """
    Incremental text content.
    """

    type: Literal["response.output_text.delta"]
    sequence_number: int | None = None
    """
    Position of the event in the stream.
    """
    item_id: str | None = None
    output_index: int | None = None
    content_index: int | None = None
    delta: str
    """
    The text added.
    """


class LlmOpenaiResponseOutputTextDoneEvent(BaseModel):
    """
    The text of a content part is complete.
    """

    type: Literal["response.output_text.done"]
    sequence_number: int | None = None
    """
    Position of the event in the stream.
    """
    item_id: str | None = None
    output_index: int | None = None
    content_index: int | None = None
    text: str


class LlmOpenaiResponseUsage(BaseModel):
    """
    Token usage, the basis of billing.
    """

    input_tokens: int | None = None
    output_tokens: int | None = None
    total_tokens: int | None = None


class Function(BaseModel):
    name: str | None = None
    arguments: str | None = None
    """
    JSON-encoded arguments.
    """


class LlmOpenaiToolCall(BaseModel):
    """
    A function call requested by the model (in streamed chunks fields arrive incrementally).
    """

    index: int | None = None
    id: str | None = None
    type: str | None = None
    function: Function | None = None


class Message(BaseModel):
    role: str | None = None
    content: str | None = None
    reasoning_content: str | None = None
    """
    Reasoning text, when the model returns it.
    """
    tool_calls: list[LlmOpenaiToolCall] | None = None


class Choice(BaseModel):
    index: int | None = None
    message: Message | None = None
    finish_reason: str | None = None
    """
    stop, length, tool_calls or content_filter.
    """


class LlmOpenaiChatCompletion(BaseModel):
    """
    A chat completion.
    """

    id: str
    object: Literal["chat.completion"]
    created: int | None = None
    """
    Unix time (seconds).
    """
    model: str | None = None
    choices: list[Choice]
    usage: LlmOpenaiChatUsage | None = None


class LlmOpenaiChatCompletionChunkDelta(BaseModel):
    """
    What a chunk adds to the message.
    """

    role: str | None = None
    content: str | None = None
    reasoning_content: str | None = None
    tool_calls: list[LlmOpenaiToolCall] | None = None


class LlmOpenaiResponse(BaseModel):
    """
    A model response.
    """

    id: str | None = None
    object: Literal["response"] | None = None
    created_at: int | None = None
    model: str | None = None
    status: str
    """
    completed, in_progress, failed or incomplete.
    """
    output: list[LlmOpenaiResponseOutputItem]
    """
    Output items (message, function_call, reasoning, web_search_call, ...).
    """
    usage: LlmOpenaiResponseUsage | None = None
    error: dict[str, Any] | None = None


class LlmOpenaiResponseCompletedEvent(BaseModel):
    """
    Final event, with the complete response and its usage data.
    """

    type: Literal["response.completed"]
    sequence_number: int | None = None
    """
    Position of the event in the stream.
    """
    response: LlmOpenaiResponse


class LlmOpenaiResponseCreatedEvent(BaseModel):
    """
    The response was created (first event).
    """

    type: Literal["response.created"]
    sequence_number: int | None = None
    """
    Position of the event in the stream.
    """
    response: LlmOpenaiResponse


class LlmOpenaiResponseFailedEvent(BaseModel):
    """
    The response failed; last event.
    """

    type: Literal["response.failed"]
    sequence_number: int | None = None
    """
    Position of the event in the stream.
    """
    response: LlmOpenaiResponse


class LlmOpenaiResponseInProgressEvent(BaseModel):
    """
    The response is being generated.
    """

    type: Literal["response.in_progress"]
    sequence_number: int | None = None
    """
    Position of the event in the stream.
    """
    response: LlmOpenaiResponse


class LlmOpenaiResponseStreamEvent(
    RootModel[
        LlmOpenaiResponseCreatedEvent
        | LlmOpenaiResponseInProgressEvent
        | LlmOpenaiResponseOutputItemAddedEvent
        | LlmOpenaiResponseOutputItemDoneEvent
        | LlmOpenaiResponseOutputTextDeltaEvent
        | LlmOpenaiResponseOutputTextDoneEvent
        | LlmOpenaiResponseFunctionCallArgumentsDeltaEvent
        | LlmOpenaiResponseFunctionCallArgumentsDoneEvent
        | LlmOpenaiResponseCompletedEvent
        | LlmOpenaiResponseFailedEvent
        | LlmOpenaiResponseErrorEvent
    ]
):
    root: (
        LlmOpenaiResponseCreatedEvent
        | LlmOpenaiResponseInProgressEvent
        | LlmOpenaiResponseOutputItemAddedEvent
        | LlmOpenaiResponseOutputItemDoneEvent
        | LlmOpenaiResponseOutputTextDeltaEvent
        | LlmOpenaiResponseOutputTextDoneEvent
        | LlmOpenaiResponseFunctionCallArgumentsDeltaEvent
        | LlmOpenaiResponseFunctionCallArgumentsDoneEvent
        | LlmOpenaiResponseCompletedEvent
        | LlmOpenaiResponseFailedEvent
        | LlmOpenaiResponseErrorEvent
    ) = Field(..., discriminator="type")
    """
    The JSON object carried by one SSE `data:` line of a streamed response (the preceding
    `event:` line repeats its `type`). RunAPI documents `response.output_text.delta`,
    `response.function_call_arguments.delta` and `response.completed` (the final event, with
    usage); the other OpenAI Responses lifecycle events are listed so clients can parse a
    full stream. The stream ends after `response.completed`, `response.failed` or `error`.

    """


class LlmOpenaiChatCompletionChunkChoice(BaseModel):
    """
    One choice of a streamed chunk; finish_reason is set on its last chunk.
    """

    index: int | None = None
    delta: LlmOpenaiChatCompletionChunkDelta | None = None
    finish_reason: str | None = None
    """
    stop, length, tool_calls or content_filter on the last chunk; null before.
    """


class LlmOpenaiChatCompletionChunk(BaseModel):
    """
    One streamed increment of a chat completion; the last chunk has a finish_reason (and may carry usage).
    """

    id: str
    object: Literal["chat.completion.chunk"]
    created: int | None = None
    model: str | None = None
    choices: list[LlmOpenaiChatCompletionChunkChoice]
    usage: LlmOpenaiChatUsage | None = None


class LlmOpenaiChatCompletionStreamEvent(RootModel[LlmOpenaiChatCompletionChunk]):
    root: LlmOpenaiChatCompletionChunk = Field(..., discriminator="object")
    """
    The JSON object carried by one SSE `data:` line of a streamed chat completion: a
    `chat.completion.chunk`. The stream ends with the literal line `data: [DONE]`, which is
    not JSON.

    """
