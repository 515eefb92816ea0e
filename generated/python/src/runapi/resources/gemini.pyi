"""Gemini models through the OpenAI-compatible and native Gemini paths.

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
from ..params import gemini as params
from ..types import gemini as types

__all__ = [
    "AsyncChat",
    "AsyncChatCompletions",
    "AsyncGemini",
    "AsyncModels",
    "AsyncOpenai",
    "AsyncOpenaiModels",
    "Chat",
    "ChatCompletions",
    "Gemini",
    "Models",
    "Openai",
    "OpenaiModels",
]

OPERATIONS: dict[str, Operation]

class ChatCompletions(SyncAPIResource):
    """Chat completions."""

    @overload
    def create(
        self,
        *,
        model: Literal[
            "gemini-2.5-flash",
            "gemini-2.5-pro",
            "gemini-3.1-pro-preview",
            "gemini-3-flash-preview",
            "gemini-3-pro-preview",
        ],
        messages: Sequence[params.LlmGeminiChatMessageParam],
        tools: Sequence[params.LlmGeminiChatFunctionToolParam] | NotGiven = ...,
        stream: Literal[False] | NotGiven = ...,
        include_thoughts: bool | NotGiven = ...,
        reasoning_effort: Literal["low", "high"] | NotGiven = ...,
        response_format: params.ChatCompletionsCreateResponseFormat | NotGiven = ...,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **extra_fields: object,
    ) -> types.LlmGeminiChatCompletion:
        """Create a Gemini chat completion (OpenAI-compatible)

        Gemini through the OpenAI Chat Completions format: point the OpenAI SDK at
        `https://runapi.ai/v1beta/openai`. Models: `gemini-2.5-flash`, `gemini-2.5-pro`,
        `gemini-3.1-pro-preview`, `gemini-3-flash-preview`, `gemini-3-pro-preview`
        (`gemini-3.5-flash` is served only by the contents streaming endpoint). Extras:
        `include_thoughts` (thought traces), `reasoning_effort` (`low` / `high`, every model here
        except gemini-2.5-flash), `response_format` (`json_schema` structured output), Google
        Search via a `googleSearch` function tool and OpenAI-style custom function tools.
        Unknown OpenAI fields are passed through.

        **Streaming.** With `stream: true` the answer is `text/event-stream`: each SSE `data:`
        line carries one `chat.completion.chunk` object and the stream ends with `data: [DONE]`.

        Rules checked before sending:
        - reasoning_effort is supported on all Gemini models here except gemini-2.5-flash

        `POST /v1beta/openai/chat/completions`"""

    @overload
    def create(
        self,
        *,
        stream: Literal[True],
        model: Literal[
            "gemini-2.5-flash",
            "gemini-2.5-pro",
            "gemini-3.1-pro-preview",
            "gemini-3-flash-preview",
            "gemini-3-pro-preview",
        ],
        messages: Sequence[params.LlmGeminiChatMessageParam],
        tools: Sequence[params.LlmGeminiChatFunctionToolParam] | NotGiven = ...,
        include_thoughts: bool | NotGiven = ...,
        reasoning_effort: Literal["low", "high"] | NotGiven = ...,
        response_format: params.ChatCompletionsCreateResponseFormat | NotGiven = ...,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **extra_fields: object,
    ) -> Stream[types.LlmGeminiChatCompletionChunk]: ...
    @overload
    def create(
        self,
        *,
        model: Literal[
            "gemini-2.5-flash",
            "gemini-2.5-pro",
            "gemini-3.1-pro-preview",
            "gemini-3-flash-preview",
            "gemini-3-pro-preview",
        ],
        messages: Sequence[params.LlmGeminiChatMessageParam],
        tools: Sequence[params.LlmGeminiChatFunctionToolParam] | NotGiven = ...,
        stream: bool | NotGiven = ...,
        include_thoughts: bool | NotGiven = ...,
        reasoning_effort: Literal["low", "high"] | NotGiven = ...,
        response_format: params.ChatCompletionsCreateResponseFormat | NotGiven = ...,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **extra_fields: object,
    ) -> types.LlmGeminiChatCompletion | Stream[types.LlmGeminiChatCompletionChunk]: ...
    def validate(
        self,
        *,
        model: Literal[
            "gemini-2.5-flash",
            "gemini-2.5-pro",
            "gemini-3.1-pro-preview",
            "gemini-3-flash-preview",
            "gemini-3-pro-preview",
        ],
        messages: Sequence[params.LlmGeminiChatMessageParam],
        tools: Sequence[params.LlmGeminiChatFunctionToolParam] | NotGiven = ...,
        stream: bool | NotGiven = ...,
        include_thoughts: bool | NotGiven = ...,
        reasoning_effort: Literal["low", "high"] | NotGiven = ...,
        response_format: params.ChatCompletionsCreateResponseFormat | NotGiven = ...,
        **extra_fields: object,
    ) -> None:
        """Check a `create` body against every rule of gemini.chat.completions.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

class OpenaiModels(SyncAPIResource):
    """Openai models."""

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.LlmGeminiOpenaiModelList:
        """List Gemini models (OpenAI format)

        What the OpenAI SDK's `models.list()` calls with base URL
        `https://runapi.ai/v1beta/openai`: the Gemini models available to the key in OpenAI List
        Models format (restricted by the key's `allowed_models`, if any).

        `GET /v1beta/openai/models`"""

class Chat(SyncAPIResource):
    """Chat."""

    @cached_property
    def completions(self) -> ChatCompletions: ...

class Models(SyncAPIResource):
    """Models."""

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.LlmGeminiModelList:
        """List Gemini models (Google AI format)

        Returns the Gemini models available to the key in the Google AI `models.list` format.
        When the key has `allowed_models` restrictions only permitted models are listed. (The
        OpenAI SDK with base URL `https://runapi.ai/v1beta/openai` calls
        `GET /v1beta/openai/models` instead, which answers in OpenAI list format.)

        `GET /v1beta/models`"""

    def stream_generate_content(
        self,
        model: Literal["gemini-3-flash-preview", "gemini-3.5-flash"],
        *,
        alt: str | NotGiven = ...,
        contents: Sequence[params.LlmGeminiContentParam],
        stream: bool | NotGiven = ...,
        systemInstruction: params.ModelsStreamGenerateContentSystemInstruction | NotGiven = ...,
        tools: Sequence[params.LlmGeminiToolParam] | NotGiven = ...,
        toolConfig: params.ModelsStreamGenerateContentToolConfig | NotGiven = ...,
        generationConfig: params.ModelsStreamGenerateContentGenerationConfig | NotGiven = ...,
        safetySettings: (
            Sequence[params.ModelsStreamGenerateContentSafetySettingsItem] | NotGiven
        ) = ...,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **extra_fields: object,
    ) -> Stream[types.LlmGeminiGenerateContentResponse]:
        """Stream generated content (native Gemini contents API)

        Native Gemini `streamGenerateContent` for `gemini-3-flash-preview` and `gemini-3.5-flash`;
        the model is taken from the URL path. The body is a Gemini contents request (`contents`,
        `tools` with `functionDeclarations`, `generationConfig.thinkingConfig`, ...); unknown
        Gemini fields are passed through.

        **Streaming.** The answer is `text/event-stream`: each SSE `data:` line carries one
        `GenerateContentResponse` chunk (candidates with content parts - text, thought parts,
        function calls - plus `usageMetadata`); the last chunk has a `finishReason` and the stream
        then closes (no `[DONE]` sentinel).

        `POST /v1beta/models/{model}:streamGenerateContent`"""

    def validate(
        self,
        *,
        contents: Sequence[params.LlmGeminiContentParam],
        stream: bool | NotGiven = ...,
        systemInstruction: params.ModelsStreamGenerateContentSystemInstruction | NotGiven = ...,
        tools: Sequence[params.LlmGeminiToolParam] | NotGiven = ...,
        toolConfig: params.ModelsStreamGenerateContentToolConfig | NotGiven = ...,
        generationConfig: params.ModelsStreamGenerateContentGenerationConfig | NotGiven = ...,
        safetySettings: (
            Sequence[params.ModelsStreamGenerateContentSafetySettingsItem] | NotGiven
        ) = ...,
        **extra_fields: object,
    ) -> None:
        """Check a `stream_generate_content` body against every rule of
        gemini.models.stream_generate_content without sending anything; raises
        `runapi.ValidationError` naming each broken rule."""

class Openai(SyncAPIResource):
    """Openai."""

    @cached_property
    def models(self) -> OpenaiModels: ...

class Gemini(SyncAPIResource):
    """Gemini models through the OpenAI-compatible and native Gemini paths."""

    @cached_property
    def chat(self) -> Chat: ...
    @cached_property
    def models(self) -> Models: ...
    @cached_property
    def openai(self) -> Openai: ...

class AsyncChatCompletions(AsyncAPIResource):
    """Chat completions."""

    @overload
    async def create(
        self,
        *,
        model: Literal[
            "gemini-2.5-flash",
            "gemini-2.5-pro",
            "gemini-3.1-pro-preview",
            "gemini-3-flash-preview",
            "gemini-3-pro-preview",
        ],
        messages: Sequence[params.LlmGeminiChatMessageParam],
        tools: Sequence[params.LlmGeminiChatFunctionToolParam] | NotGiven = ...,
        stream: Literal[False] | NotGiven = ...,
        include_thoughts: bool | NotGiven = ...,
        reasoning_effort: Literal["low", "high"] | NotGiven = ...,
        response_format: params.ChatCompletionsCreateResponseFormat | NotGiven = ...,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **extra_fields: object,
    ) -> types.LlmGeminiChatCompletion:
        """Create a Gemini chat completion (OpenAI-compatible)

        Gemini through the OpenAI Chat Completions format: point the OpenAI SDK at
        `https://runapi.ai/v1beta/openai`. Models: `gemini-2.5-flash`, `gemini-2.5-pro`,
        `gemini-3.1-pro-preview`, `gemini-3-flash-preview`, `gemini-3-pro-preview`
        (`gemini-3.5-flash` is served only by the contents streaming endpoint). Extras:
        `include_thoughts` (thought traces), `reasoning_effort` (`low` / `high`, every model here
        except gemini-2.5-flash), `response_format` (`json_schema` structured output), Google
        Search via a `googleSearch` function tool and OpenAI-style custom function tools.
        Unknown OpenAI fields are passed through.

        **Streaming.** With `stream: true` the answer is `text/event-stream`: each SSE `data:`
        line carries one `chat.completion.chunk` object and the stream ends with `data: [DONE]`.

        Rules checked before sending:
        - reasoning_effort is supported on all Gemini models here except gemini-2.5-flash

        `POST /v1beta/openai/chat/completions`"""

    @overload
    async def create(
        self,
        *,
        stream: Literal[True],
        model: Literal[
            "gemini-2.5-flash",
            "gemini-2.5-pro",
            "gemini-3.1-pro-preview",
            "gemini-3-flash-preview",
            "gemini-3-pro-preview",
        ],
        messages: Sequence[params.LlmGeminiChatMessageParam],
        tools: Sequence[params.LlmGeminiChatFunctionToolParam] | NotGiven = ...,
        include_thoughts: bool | NotGiven = ...,
        reasoning_effort: Literal["low", "high"] | NotGiven = ...,
        response_format: params.ChatCompletionsCreateResponseFormat | NotGiven = ...,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **extra_fields: object,
    ) -> AsyncStream[types.LlmGeminiChatCompletionChunk]: ...
    @overload
    async def create(
        self,
        *,
        model: Literal[
            "gemini-2.5-flash",
            "gemini-2.5-pro",
            "gemini-3.1-pro-preview",
            "gemini-3-flash-preview",
            "gemini-3-pro-preview",
        ],
        messages: Sequence[params.LlmGeminiChatMessageParam],
        tools: Sequence[params.LlmGeminiChatFunctionToolParam] | NotGiven = ...,
        stream: bool | NotGiven = ...,
        include_thoughts: bool | NotGiven = ...,
        reasoning_effort: Literal["low", "high"] | NotGiven = ...,
        response_format: params.ChatCompletionsCreateResponseFormat | NotGiven = ...,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **extra_fields: object,
    ) -> types.LlmGeminiChatCompletion | AsyncStream[types.LlmGeminiChatCompletionChunk]: ...
    def validate(
        self,
        *,
        model: Literal[
            "gemini-2.5-flash",
            "gemini-2.5-pro",
            "gemini-3.1-pro-preview",
            "gemini-3-flash-preview",
            "gemini-3-pro-preview",
        ],
        messages: Sequence[params.LlmGeminiChatMessageParam],
        tools: Sequence[params.LlmGeminiChatFunctionToolParam] | NotGiven = ...,
        stream: bool | NotGiven = ...,
        include_thoughts: bool | NotGiven = ...,
        reasoning_effort: Literal["low", "high"] | NotGiven = ...,
        response_format: params.ChatCompletionsCreateResponseFormat | NotGiven = ...,
        **extra_fields: object,
    ) -> None:
        """Check a `create` body against every rule of gemini.chat.completions.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

class AsyncOpenaiModels(AsyncAPIResource):
    """Openai models."""

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.LlmGeminiOpenaiModelList:
        """List Gemini models (OpenAI format)

        What the OpenAI SDK's `models.list()` calls with base URL
        `https://runapi.ai/v1beta/openai`: the Gemini models available to the key in OpenAI List
        Models format (restricted by the key's `allowed_models`, if any).

        `GET /v1beta/openai/models`"""

class AsyncChat(AsyncAPIResource):
    """Chat."""

    @cached_property
    def completions(self) -> AsyncChatCompletions: ...

class AsyncModels(AsyncAPIResource):
    """Models."""

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
    ) -> types.LlmGeminiModelList:
        """List Gemini models (Google AI format)

        Returns the Gemini models available to the key in the Google AI `models.list` format.
        When the key has `allowed_models` restrictions only permitted models are listed. (The
        OpenAI SDK with base URL `https://runapi.ai/v1beta/openai` calls
        `GET /v1beta/openai/models` instead, which answers in OpenAI list format.)

        `GET /v1beta/models`"""

    async def stream_generate_content(
        self,
        model: Literal["gemini-3-flash-preview", "gemini-3.5-flash"],
        *,
        alt: str | NotGiven = ...,
        contents: Sequence[params.LlmGeminiContentParam],
        stream: bool | NotGiven = ...,
        systemInstruction: params.ModelsStreamGenerateContentSystemInstruction | NotGiven = ...,
        tools: Sequence[params.LlmGeminiToolParam] | NotGiven = ...,
        toolConfig: params.ModelsStreamGenerateContentToolConfig | NotGiven = ...,
        generationConfig: params.ModelsStreamGenerateContentGenerationConfig | NotGiven = ...,
        safetySettings: (
            Sequence[params.ModelsStreamGenerateContentSafetySettingsItem] | NotGiven
        ) = ...,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **extra_fields: object,
    ) -> AsyncStream[types.LlmGeminiGenerateContentResponse]:
        """Stream generated content (native Gemini contents API)

        Native Gemini `streamGenerateContent` for `gemini-3-flash-preview` and `gemini-3.5-flash`;
        the model is taken from the URL path. The body is a Gemini contents request (`contents`,
        `tools` with `functionDeclarations`, `generationConfig.thinkingConfig`, ...); unknown
        Gemini fields are passed through.

        **Streaming.** The answer is `text/event-stream`: each SSE `data:` line carries one
        `GenerateContentResponse` chunk (candidates with content parts - text, thought parts,
        function calls - plus `usageMetadata`); the last chunk has a `finishReason` and the stream
        then closes (no `[DONE]` sentinel).

        `POST /v1beta/models/{model}:streamGenerateContent`"""

    def validate(
        self,
        *,
        contents: Sequence[params.LlmGeminiContentParam],
        stream: bool | NotGiven = ...,
        systemInstruction: params.ModelsStreamGenerateContentSystemInstruction | NotGiven = ...,
        tools: Sequence[params.LlmGeminiToolParam] | NotGiven = ...,
        toolConfig: params.ModelsStreamGenerateContentToolConfig | NotGiven = ...,
        generationConfig: params.ModelsStreamGenerateContentGenerationConfig | NotGiven = ...,
        safetySettings: (
            Sequence[params.ModelsStreamGenerateContentSafetySettingsItem] | NotGiven
        ) = ...,
        **extra_fields: object,
    ) -> None:
        """Check a `stream_generate_content` body against every rule of
        gemini.models.stream_generate_content without sending anything; raises
        `runapi.ValidationError` naming each broken rule."""

class AsyncOpenai(AsyncAPIResource):
    """Openai."""

    @cached_property
    def models(self) -> AsyncOpenaiModels: ...

class AsyncGemini(AsyncAPIResource):
    """Gemini models through the OpenAI-compatible and native Gemini paths."""

    @cached_property
    def chat(self) -> AsyncChat: ...
    @cached_property
    def models(self) -> AsyncModels: ...
    @cached_property
    def openai(self) -> AsyncOpenai: ...
