"""OpenAI-compatible Chat Completions and Responses APIs.

Typed stub generated from spec/openapi.yaml: one overload per request variant, so a type checker
rejects a missing required field, a value a model does not accept, an unknown field or a wrong
type. Do not edit.
"""

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Literal, overload

import httpx

from .._resource import (
    AsyncAPIResource,
    SyncAPIResource,
)
from .._streaming import AsyncStream, Stream
from .._types import NotGiven, Operation
from ..params import openai as params
from ..types import openai as types

__all__ = [
    "AsyncChat",
    "AsyncChatCompletions",
    "AsyncOpenai",
    "AsyncResponses",
    "Chat",
    "ChatCompletions",
    "Openai",
    "Responses",
]

OPERATIONS: dict[str, Operation]

class ChatCompletions(SyncAPIResource):
    """Chat completions."""

    @overload
    def create(
        self,
        *,
        model: Literal["gpt-5.2", "deepseek-v4-flash", "deepseek-v4-pro"],
        messages: Sequence[params.LlmOpenaiChatMessageParam],
        tools: (
            Sequence[
                params.LlmOpenaiWebSearchToolParam
                | params.LlmOpenaiChatFunctionToolParam
                | params.LlmOpenaiChatOtherToolParam
            ]
            | NotGiven
        ) = ...,
        reasoning_effort: Literal["low", "high"] | NotGiven = ...,
        stream: Literal[False] | NotGiven = ...,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **extra_fields: object,
    ) -> types.LlmOpenaiChatCompletion:
        """Create a chat completion (OpenAI Chat Completions API)

        OpenAI-compatible Chat Completions endpoint: point the OpenAI SDK at
        `https://runapi.ai/v1` and use a RunAPI API key. Serves `gpt-5.2` and the DeepSeek models
        `deepseek-v4-flash` (optional thinking mode) and `deepseek-v4-pro`; the Responses-API GPT
        models (gpt-5.5, gpt-5.4, Codex) use `POST /v1/responses` instead. Messages may mix text
        and `image_url` parts; `tools` supports `web_search` and function tools;
        `reasoning_effort` is `low` or `high` (default `high`). Unknown OpenAI fields are passed
        through.

        **Streaming.** With `stream: true` the answer is `text/event-stream`: each SSE `data:`
        line carries one `chat.completion.chunk` object, and the stream ends with the line
        `data: [DONE]`.

        **Billing.** Token-based; a provisional amount is reserved and adjusted to the actual
        usage (DeepSeek cached prompt tokens are billed at a reduced cache-read rate).

        `POST /v1/chat/completions`"""

    @overload
    def create(
        self,
        *,
        stream: Literal[True],
        model: Literal["gpt-5.2", "deepseek-v4-flash", "deepseek-v4-pro"],
        messages: Sequence[params.LlmOpenaiChatMessageParam],
        tools: (
            Sequence[
                params.LlmOpenaiWebSearchToolParam
                | params.LlmOpenaiChatFunctionToolParam
                | params.LlmOpenaiChatOtherToolParam
            ]
            | NotGiven
        ) = ...,
        reasoning_effort: Literal["low", "high"] | NotGiven = ...,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **extra_fields: object,
    ) -> Stream[types.LlmOpenaiChatCompletionChunk]: ...
    @overload
    def create(
        self,
        *,
        model: Literal["gpt-5.2", "deepseek-v4-flash", "deepseek-v4-pro"],
        messages: Sequence[params.LlmOpenaiChatMessageParam],
        tools: (
            Sequence[
                params.LlmOpenaiWebSearchToolParam
                | params.LlmOpenaiChatFunctionToolParam
                | params.LlmOpenaiChatOtherToolParam
            ]
            | NotGiven
        ) = ...,
        reasoning_effort: Literal["low", "high"] | NotGiven = ...,
        stream: bool | NotGiven = ...,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **extra_fields: object,
    ) -> types.LlmOpenaiChatCompletion | Stream[types.LlmOpenaiChatCompletionChunk]: ...
    def validate(
        self,
        *,
        model: Literal["gpt-5.2", "deepseek-v4-flash", "deepseek-v4-pro"],
        messages: Sequence[params.LlmOpenaiChatMessageParam],
        tools: (
            Sequence[
                params.LlmOpenaiWebSearchToolParam
                | params.LlmOpenaiChatFunctionToolParam
                | params.LlmOpenaiChatOtherToolParam
            ]
            | NotGiven
        ) = ...,
        reasoning_effort: Literal["low", "high"] | NotGiven = ...,
        stream: bool | NotGiven = ...,
        **extra_fields: object,
    ) -> None:
        """Check a `create` body against every rule of openai.chat.completions.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

class Chat(SyncAPIResource):
    """Chat."""

    @cached_property
    def completions(self) -> ChatCompletions: ...

class Responses(SyncAPIResource):
    """Responses."""

    @overload
    def create(
        self,
        *,
        model: Literal[
            "gpt-5.5",
            "gpt-5.4",
            "gpt-5-codex",
            "gpt-5.1-codex",
            "gpt-5.2-codex",
            "gpt-5.3-codex",
            "gpt-5.4-codex",
        ],
        input: (
            str
            | Sequence[
                params.LlmOpenaiResponseInputMessageParam
                | params.LlmOpenaiResponseOtherInputItemParam
            ]
        ),
        stream: Literal[False] | NotGiven = ...,
        reasoning: params.ResponsesCreateReasoning | NotGiven = ...,
        tools: (
            Sequence[params.LlmOpenaiWebSearchToolParam | params.LlmOpenaiResponseFunctionToolParam]
            | NotGiven
        ) = ...,
        tool_choice: str | NotGiven = ...,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **extra_fields: object,
    ) -> types.LlmOpenaiResponse:
        """Create a model response (OpenAI Responses API)

        OpenAI-compatible Responses endpoint for `gpt-5.5`, `gpt-5.4` and the Codex models
        (`gpt-5-codex`, `gpt-5.1-codex`, `gpt-5.2-codex`, `gpt-5.3-codex`, `gpt-5.4-codex`).
        `input` is a string or an array of input items whose content parts are `input_text`,
        `input_image` or `input_file`. `reasoning.effort` controls reasoning; `tools` holds either
        web search or function tools (not both); set `tool_choice` to `auto` with function tools.
        Unknown OpenAI fields are passed through.

        **Streaming.** With `stream: true` the answer is `text/event-stream`: each SSE `data:`
        line carries one `response.*` event object (also named on the preceding `event:` line):
        `response.output_text.delta` for text, `response.function_call_arguments.delta` for tool
        arguments and finally `response.completed` with the usage; the stream ends after
        `response.completed` (or `response.failed` / `error`).

        Rules checked before sending:
        - tools holds either web search or function tools, not both (they are mutually exclusive)

        `POST /v1/responses`"""

    @overload
    def create(
        self,
        *,
        stream: Literal[True],
        model: Literal[
            "gpt-5.5",
            "gpt-5.4",
            "gpt-5-codex",
            "gpt-5.1-codex",
            "gpt-5.2-codex",
            "gpt-5.3-codex",
            "gpt-5.4-codex",
        ],
        input: (
            str
            | Sequence[
                params.LlmOpenaiResponseInputMessageParam
                | params.LlmOpenaiResponseOtherInputItemParam
            ]
        ),
        reasoning: params.ResponsesCreateReasoning | NotGiven = ...,
        tools: (
            Sequence[params.LlmOpenaiWebSearchToolParam | params.LlmOpenaiResponseFunctionToolParam]
            | NotGiven
        ) = ...,
        tool_choice: str | NotGiven = ...,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **extra_fields: object,
    ) -> Stream[
        types.LlmOpenaiResponseCreatedEvent
        | types.LlmOpenaiResponseInProgressEvent
        | types.LlmOpenaiResponseOutputItemAddedEvent
        | types.LlmOpenaiResponseOutputItemDoneEvent
        | types.LlmOpenaiResponseOutputTextDeltaEvent
        | types.LlmOpenaiResponseOutputTextDoneEvent
        | types.LlmOpenaiResponseFunctionCallArgumentsDeltaEvent
        | types.LlmOpenaiResponseFunctionCallArgumentsDoneEvent
        | types.LlmOpenaiResponseCompletedEvent
        | types.LlmOpenaiResponseFailedEvent
        | types.LlmOpenaiResponseErrorEvent
    ]: ...
    @overload
    def create(
        self,
        *,
        model: Literal[
            "gpt-5.5",
            "gpt-5.4",
            "gpt-5-codex",
            "gpt-5.1-codex",
            "gpt-5.2-codex",
            "gpt-5.3-codex",
            "gpt-5.4-codex",
        ],
        input: (
            str
            | Sequence[
                params.LlmOpenaiResponseInputMessageParam
                | params.LlmOpenaiResponseOtherInputItemParam
            ]
        ),
        stream: bool | NotGiven = ...,
        reasoning: params.ResponsesCreateReasoning | NotGiven = ...,
        tools: (
            Sequence[params.LlmOpenaiWebSearchToolParam | params.LlmOpenaiResponseFunctionToolParam]
            | NotGiven
        ) = ...,
        tool_choice: str | NotGiven = ...,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **extra_fields: object,
    ) -> (
        types.LlmOpenaiResponse
        | Stream[
            types.LlmOpenaiResponseCreatedEvent
            | types.LlmOpenaiResponseInProgressEvent
            | types.LlmOpenaiResponseOutputItemAddedEvent
            | types.LlmOpenaiResponseOutputItemDoneEvent
            | types.LlmOpenaiResponseOutputTextDeltaEvent
            | types.LlmOpenaiResponseOutputTextDoneEvent
            | types.LlmOpenaiResponseFunctionCallArgumentsDeltaEvent
            | types.LlmOpenaiResponseFunctionCallArgumentsDoneEvent
            | types.LlmOpenaiResponseCompletedEvent
            | types.LlmOpenaiResponseFailedEvent
            | types.LlmOpenaiResponseErrorEvent
        ]
    ): ...
    def validate(
        self,
        *,
        model: Literal[
            "gpt-5.5",
            "gpt-5.4",
            "gpt-5-codex",
            "gpt-5.1-codex",
            "gpt-5.2-codex",
            "gpt-5.3-codex",
            "gpt-5.4-codex",
        ],
        input: (
            str
            | Sequence[
                params.LlmOpenaiResponseInputMessageParam
                | params.LlmOpenaiResponseOtherInputItemParam
            ]
        ),
        stream: bool | NotGiven = ...,
        reasoning: params.ResponsesCreateReasoning | NotGiven = ...,
        tools: (
            Sequence[params.LlmOpenaiWebSearchToolParam | params.LlmOpenaiResponseFunctionToolParam]
            | NotGiven
        ) = ...,
        tool_choice: str | NotGiven = ...,
        **extra_fields: object,
    ) -> None:
        """Check a `create` body against every rule of openai.responses.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

class Openai(SyncAPIResource):
    """OpenAI-compatible Chat Completions and Responses APIs."""

    @cached_property
    def chat(self) -> Chat: ...
    @cached_property
    def responses(self) -> Responses: ...

class AsyncChatCompletions(AsyncAPIResource):
    """Chat completions."""

    @overload
    async def create(
        self,
        *,
        model: Literal["gpt-5.2", "deepseek-v4-flash", "deepseek-v4-pro"],
        messages: Sequence[params.LlmOpenaiChatMessageParam],
        tools: (
            Sequence[
                params.LlmOpenaiWebSearchToolParam
                | params.LlmOpenaiChatFunctionToolParam
                | params.LlmOpenaiChatOtherToolParam
            ]
            | NotGiven
        ) = ...,
        reasoning_effort: Literal["low", "high"] | NotGiven = ...,
        stream: Literal[False] | NotGiven = ...,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **extra_fields: object,
    ) -> types.LlmOpenaiChatCompletion:
        """Create a chat completion (OpenAI Chat Completions API)

        OpenAI-compatible Chat Completions endpoint: point the OpenAI SDK at
        `https://runapi.ai/v1` and use a RunAPI API key. Serves `gpt-5.2` and the DeepSeek models
        `deepseek-v4-flash` (optional thinking mode) and `deepseek-v4-pro`; the Responses-API GPT
        models (gpt-5.5, gpt-5.4, Codex) use `POST /v1/responses` instead. Messages may mix text
        and `image_url` parts; `tools` supports `web_search` and function tools;
        `reasoning_effort` is `low` or `high` (default `high`). Unknown OpenAI fields are passed
        through.

        **Streaming.** With `stream: true` the answer is `text/event-stream`: each SSE `data:`
        line carries one `chat.completion.chunk` object, and the stream ends with the line
        `data: [DONE]`.

        **Billing.** Token-based; a provisional amount is reserved and adjusted to the actual
        usage (DeepSeek cached prompt tokens are billed at a reduced cache-read rate).

        `POST /v1/chat/completions`"""

    @overload
    async def create(
        self,
        *,
        stream: Literal[True],
        model: Literal["gpt-5.2", "deepseek-v4-flash", "deepseek-v4-pro"],
        messages: Sequence[params.LlmOpenaiChatMessageParam],
        tools: (
            Sequence[
                params.LlmOpenaiWebSearchToolParam
                | params.LlmOpenaiChatFunctionToolParam
                | params.LlmOpenaiChatOtherToolParam
            ]
            | NotGiven
        ) = ...,
        reasoning_effort: Literal["low", "high"] | NotGiven = ...,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **extra_fields: object,
    ) -> AsyncStream[types.LlmOpenaiChatCompletionChunk]: ...
    @overload
    async def create(
        self,
        *,
        model: Literal["gpt-5.2", "deepseek-v4-flash", "deepseek-v4-pro"],
        messages: Sequence[params.LlmOpenaiChatMessageParam],
        tools: (
            Sequence[
                params.LlmOpenaiWebSearchToolParam
                | params.LlmOpenaiChatFunctionToolParam
                | params.LlmOpenaiChatOtherToolParam
            ]
            | NotGiven
        ) = ...,
        reasoning_effort: Literal["low", "high"] | NotGiven = ...,
        stream: bool | NotGiven = ...,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **extra_fields: object,
    ) -> types.LlmOpenaiChatCompletion | AsyncStream[types.LlmOpenaiChatCompletionChunk]: ...
    def validate(
        self,
        *,
        model: Literal["gpt-5.2", "deepseek-v4-flash", "deepseek-v4-pro"],
        messages: Sequence[params.LlmOpenaiChatMessageParam],
        tools: (
            Sequence[
                params.LlmOpenaiWebSearchToolParam
                | params.LlmOpenaiChatFunctionToolParam
                | params.LlmOpenaiChatOtherToolParam
            ]
            | NotGiven
        ) = ...,
        reasoning_effort: Literal["low", "high"] | NotGiven = ...,
        stream: bool | NotGiven = ...,
        **extra_fields: object,
    ) -> None:
        """Check a `create` body against every rule of openai.chat.completions.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

class AsyncChat(AsyncAPIResource):
    """Chat."""

    @cached_property
    def completions(self) -> AsyncChatCompletions: ...

class AsyncResponses(AsyncAPIResource):
    """Responses."""

    @overload
    async def create(
        self,
        *,
        model: Literal[
            "gpt-5.5",
            "gpt-5.4",
            "gpt-5-codex",
            "gpt-5.1-codex",
            "gpt-5.2-codex",
            "gpt-5.3-codex",
            "gpt-5.4-codex",
        ],
        input: (
            str
            | Sequence[
                params.LlmOpenaiResponseInputMessageParam
                | params.LlmOpenaiResponseOtherInputItemParam
            ]
        ),
        stream: Literal[False] | NotGiven = ...,
        reasoning: params.ResponsesCreateReasoning | NotGiven = ...,
        tools: (
            Sequence[params.LlmOpenaiWebSearchToolParam | params.LlmOpenaiResponseFunctionToolParam]
            | NotGiven
        ) = ...,
        tool_choice: str | NotGiven = ...,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **extra_fields: object,
    ) -> types.LlmOpenaiResponse:
        """Create a model response (OpenAI Responses API)

        OpenAI-compatible Responses endpoint for `gpt-5.5`, `gpt-5.4` and the Codex models
        (`gpt-5-codex`, `gpt-5.1-codex`, `gpt-5.2-codex`, `gpt-5.3-codex`, `gpt-5.4-codex`).
        `input` is a string or an array of input items whose content parts are `input_text`,
        `input_image` or `input_file`. `reasoning.effort` controls reasoning; `tools` holds either
        web search or function tools (not both); set `tool_choice` to `auto` with function tools.
        Unknown OpenAI fields are passed through.

        **Streaming.** With `stream: true` the answer is `text/event-stream`: each SSE `data:`
        line carries one `response.*` event object (also named on the preceding `event:` line):
        `response.output_text.delta` for text, `response.function_call_arguments.delta` for tool
        arguments and finally `response.completed` with the usage; the stream ends after
        `response.completed` (or `response.failed` / `error`).

        Rules checked before sending:
        - tools holds either web search or function tools, not both (they are mutually exclusive)

        `POST /v1/responses`"""

    @overload
    async def create(
        self,
        *,
        stream: Literal[True],
        model: Literal[
            "gpt-5.5",
            "gpt-5.4",
            "gpt-5-codex",
            "gpt-5.1-codex",
            "gpt-5.2-codex",
            "gpt-5.3-codex",
            "gpt-5.4-codex",
        ],
        input: (
            str
            | Sequence[
                params.LlmOpenaiResponseInputMessageParam
                | params.LlmOpenaiResponseOtherInputItemParam
            ]
        ),
        reasoning: params.ResponsesCreateReasoning | NotGiven = ...,
        tools: (
            Sequence[params.LlmOpenaiWebSearchToolParam | params.LlmOpenaiResponseFunctionToolParam]
            | NotGiven
        ) = ...,
        tool_choice: str | NotGiven = ...,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **extra_fields: object,
    ) -> AsyncStream[
        types.LlmOpenaiResponseCreatedEvent
        | types.LlmOpenaiResponseInProgressEvent
        | types.LlmOpenaiResponseOutputItemAddedEvent
        | types.LlmOpenaiResponseOutputItemDoneEvent
        | types.LlmOpenaiResponseOutputTextDeltaEvent
        | types.LlmOpenaiResponseOutputTextDoneEvent
        | types.LlmOpenaiResponseFunctionCallArgumentsDeltaEvent
        | types.LlmOpenaiResponseFunctionCallArgumentsDoneEvent
        | types.LlmOpenaiResponseCompletedEvent
        | types.LlmOpenaiResponseFailedEvent
        | types.LlmOpenaiResponseErrorEvent
    ]: ...
    @overload
    async def create(
        self,
        *,
        model: Literal[
            "gpt-5.5",
            "gpt-5.4",
            "gpt-5-codex",
            "gpt-5.1-codex",
            "gpt-5.2-codex",
            "gpt-5.3-codex",
            "gpt-5.4-codex",
        ],
        input: (
            str
            | Sequence[
                params.LlmOpenaiResponseInputMessageParam
                | params.LlmOpenaiResponseOtherInputItemParam
            ]
        ),
        stream: bool | NotGiven = ...,
        reasoning: params.ResponsesCreateReasoning | NotGiven = ...,
        tools: (
            Sequence[params.LlmOpenaiWebSearchToolParam | params.LlmOpenaiResponseFunctionToolParam]
            | NotGiven
        ) = ...,
        tool_choice: str | NotGiven = ...,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **extra_fields: object,
    ) -> (
        types.LlmOpenaiResponse
        | AsyncStream[
            types.LlmOpenaiResponseCreatedEvent
            | types.LlmOpenaiResponseInProgressEvent
            | types.LlmOpenaiResponseOutputItemAddedEvent
            | types.LlmOpenaiResponseOutputItemDoneEvent
            | types.LlmOpenaiResponseOutputTextDeltaEvent
            | types.LlmOpenaiResponseOutputTextDoneEvent
            | types.LlmOpenaiResponseFunctionCallArgumentsDeltaEvent
            | types.LlmOpenaiResponseFunctionCallArgumentsDoneEvent
            | types.LlmOpenaiResponseCompletedEvent
            | types.LlmOpenaiResponseFailedEvent
            | types.LlmOpenaiResponseErrorEvent
        ]
    ): ...
    def validate(
        self,
        *,
        model: Literal[
            "gpt-5.5",
            "gpt-5.4",
            "gpt-5-codex",
            "gpt-5.1-codex",
            "gpt-5.2-codex",
            "gpt-5.3-codex",
            "gpt-5.4-codex",
        ],
        input: (
            str
            | Sequence[
                params.LlmOpenaiResponseInputMessageParam
                | params.LlmOpenaiResponseOtherInputItemParam
            ]
        ),
        stream: bool | NotGiven = ...,
        reasoning: params.ResponsesCreateReasoning | NotGiven = ...,
        tools: (
            Sequence[params.LlmOpenaiWebSearchToolParam | params.LlmOpenaiResponseFunctionToolParam]
            | NotGiven
        ) = ...,
        tool_choice: str | NotGiven = ...,
        **extra_fields: object,
    ) -> None:
        """Check a `create` body against every rule of openai.responses.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

class AsyncOpenai(AsyncAPIResource):
    """OpenAI-compatible Chat Completions and Responses APIs."""

    @cached_property
    def chat(self) -> AsyncChat: ...
    @cached_property
    def responses(self) -> AsyncResponses: ...
