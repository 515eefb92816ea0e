"""Gemini models through the OpenAI-compatible and native Gemini paths.

Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

from .._resource import (
    AsyncAPIResource,
    SyncAPIResource,
)
from .._streaming import AsyncStream, Stream
from .._types import NOT_GIVEN, NotGiven, Operation
from .._validation import check_body

if TYPE_CHECKING:
    import httpx

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

OPERATIONS: dict[str, Operation] = {
    "gemini.models.list": Operation(
        operation_id="gemini.models.list",
        method="GET",
        path="/v1beta/models",
        auth="llm",
        body="none",
    ),
    "gemini.models.stream_generate_content": Operation(
        operation_id="gemini.models.stream_generate_content",
        method="POST",
        path="/v1beta/models/{model}:streamGenerateContent",
        auth="llm",
        body="json",
    ),
    "gemini.chat.completions.create": Operation(
        operation_id="gemini.chat.completions.create",
        method="POST",
        path="/v1beta/openai/chat/completions",
        auth="llm",
        body="json",
    ),
    "gemini.openai.models.list": Operation(
        operation_id="gemini.openai.models.list",
        method="GET",
        path="/v1beta/openai/models",
        auth="llm",
        body="none",
    ),
}


class ChatCompletions(SyncAPIResource):
    """Chat completions."""

    _namespace = "gemini"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.LlmGeminiChatCompletion | Stream[types.LlmGeminiChatCompletionChunk]:
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
        request: dict[str, Any] = {
            "body": body,
            "path_params": {},
            "query": {},
            "extra_headers": extra_headers,
            "extra_body": extra_body,
            "timeout": timeout,
        }
        if body.get("stream") is True:
            return self._stream(
                OPERATIONS["gemini.chat.completions.create"],
                ("LlmGeminiChatCompletionChunk",),
                **request,
            )
        return self._call(
            OPERATIONS["gemini.chat.completions.create"], "LlmGeminiChatCompletion", **request
        )

    def validate(self, **body: Any) -> None:
        """Check a `create` body against every rule of gemini.chat.completions.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("gemini", "gemini.chat.completions.create", body)


class OpenaiModels(SyncAPIResource):
    """Openai models."""

    _namespace = "gemini"

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.LlmGeminiOpenaiModelList:
        """List Gemini models (OpenAI format)

        What the OpenAI SDK's `models.list()` calls with base URL
        `https://runapi.ai/v1beta/openai`: the Gemini models available to the key in OpenAI List
        Models format (restricted by the key's `allowed_models`, if any).

        `GET /v1beta/openai/models`"""
        request: dict[str, Any] = {
            "body": None,
            "path_params": {},
            "query": {},
            "extra_headers": extra_headers,
            "extra_body": None,
            "timeout": timeout,
        }
        return self._call(
            OPERATIONS["gemini.openai.models.list"], "LlmGeminiOpenaiModelList", **request
        )


class Chat(SyncAPIResource):
    """Chat."""

    _namespace = "gemini"

    @cached_property
    def completions(self) -> ChatCompletions:
        return ChatCompletions(self._client)


class Models(SyncAPIResource):
    """Models."""

    _namespace = "gemini"

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.LlmGeminiModelList:
        """List Gemini models (Google AI format)

        Returns the Gemini models available to the key in the Google AI `models.list` format.
        When the key has `allowed_models` restrictions only permitted models are listed. (The
        OpenAI SDK with base URL `https://runapi.ai/v1beta/openai` calls
        `GET /v1beta/openai/models` instead, which answers in OpenAI list format.)

        `GET /v1beta/models`"""
        request: dict[str, Any] = {
            "body": None,
            "path_params": {},
            "query": {},
            "extra_headers": extra_headers,
            "extra_body": None,
            "timeout": timeout,
        }
        return self._call(OPERATIONS["gemini.models.list"], "LlmGeminiModelList", **request)

    def stream_generate_content(
        self,
        model: str,
        *,
        alt: Any = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
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
        request: dict[str, Any] = {
            "body": body,
            "path_params": {
                "model": model,
            },
            "query": {
                "alt": alt,
            },
            "extra_headers": extra_headers,
            "extra_body": extra_body,
            "timeout": timeout,
        }
        return self._stream(
            OPERATIONS["gemini.models.stream_generate_content"],
            ("LlmGeminiGenerateContentResponse",),
            **request,
        )

    def validate(self, **body: Any) -> None:
        """Check a `stream_generate_content` body against every rule of
        gemini.models.stream_generate_content without sending anything; raises
        `runapi.ValidationError` naming each broken rule."""
        check_body("gemini", "gemini.models.stream_generate_content", body)


class Openai(SyncAPIResource):
    """Openai."""

    _namespace = "gemini"

    @cached_property
    def models(self) -> OpenaiModels:
        return OpenaiModels(self._client)


class Gemini(SyncAPIResource):
    """Gemini models through the OpenAI-compatible and native Gemini paths."""

    _namespace = "gemini"

    @cached_property
    def chat(self) -> Chat:
        return Chat(self._client)

    @cached_property
    def models(self) -> Models:
        return Models(self._client)

    @cached_property
    def openai(self) -> Openai:
        return Openai(self._client)


class AsyncChatCompletions(AsyncAPIResource):
    """Chat completions."""

    _namespace = "gemini"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.LlmGeminiChatCompletion | AsyncStream[types.LlmGeminiChatCompletionChunk]:
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
        request: dict[str, Any] = {
            "body": body,
            "path_params": {},
            "query": {},
            "extra_headers": extra_headers,
            "extra_body": extra_body,
            "timeout": timeout,
        }
        if body.get("stream") is True:
            return await self._stream(
                OPERATIONS["gemini.chat.completions.create"],
                ("LlmGeminiChatCompletionChunk",),
                **request,
            )
        return await self._call(
            OPERATIONS["gemini.chat.completions.create"], "LlmGeminiChatCompletion", **request
        )

    def validate(self, **body: Any) -> None:
        """Check a `create` body against every rule of gemini.chat.completions.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("gemini", "gemini.chat.completions.create", body)


class AsyncOpenaiModels(AsyncAPIResource):
    """Openai models."""

    _namespace = "gemini"

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.LlmGeminiOpenaiModelList:
        """List Gemini models (OpenAI format)

        What the OpenAI SDK's `models.list()` calls with base URL
        `https://runapi.ai/v1beta/openai`: the Gemini models available to the key in OpenAI List
        Models format (restricted by the key's `allowed_models`, if any).

        `GET /v1beta/openai/models`"""
        request: dict[str, Any] = {
            "body": None,
            "path_params": {},
            "query": {},
            "extra_headers": extra_headers,
            "extra_body": None,
            "timeout": timeout,
        }
        return await self._call(
            OPERATIONS["gemini.openai.models.list"], "LlmGeminiOpenaiModelList", **request
        )


class AsyncChat(AsyncAPIResource):
    """Chat."""

    _namespace = "gemini"

    @cached_property
    def completions(self) -> AsyncChatCompletions:
        return AsyncChatCompletions(self._client)


class AsyncModels(AsyncAPIResource):
    """Models."""

    _namespace = "gemini"

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.LlmGeminiModelList:
        """List Gemini models (Google AI format)

        Returns the Gemini models available to the key in the Google AI `models.list` format.
        When the key has `allowed_models` restrictions only permitted models are listed. (The
        OpenAI SDK with base URL `https://runapi.ai/v1beta/openai` calls
        `GET /v1beta/openai/models` instead, which answers in OpenAI list format.)

        `GET /v1beta/models`"""
        request: dict[str, Any] = {
            "body": None,
            "path_params": {},
            "query": {},
            "extra_headers": extra_headers,
            "extra_body": None,
            "timeout": timeout,
        }
        return await self._call(OPERATIONS["gemini.models.list"], "LlmGeminiModelList", **request)

    async def stream_generate_content(
        self,
        model: str,
        *,
        alt: Any = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
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
        request: dict[str, Any] = {
            "body": body,
            "path_params": {
                "model": model,
            },
            "query": {
                "alt": alt,
            },
            "extra_headers": extra_headers,
            "extra_body": extra_body,
            "timeout": timeout,
        }
        return await self._stream(
            OPERATIONS["gemini.models.stream_generate_content"],
            ("LlmGeminiGenerateContentResponse",),
            **request,
        )

    def validate(self, **body: Any) -> None:
        """Check a `stream_generate_content` body against every rule of
        gemini.models.stream_generate_content without sending anything; raises
        `runapi.ValidationError` naming each broken rule."""
        check_body("gemini", "gemini.models.stream_generate_content", body)


class AsyncOpenai(AsyncAPIResource):
    """Openai."""

    _namespace = "gemini"

    @cached_property
    def models(self) -> AsyncOpenaiModels:
        return AsyncOpenaiModels(self._client)


class AsyncGemini(AsyncAPIResource):
    """Gemini models through the OpenAI-compatible and native Gemini paths."""

    _namespace = "gemini"

    @cached_property
    def chat(self) -> AsyncChat:
        return AsyncChat(self._client)

    @cached_property
    def models(self) -> AsyncModels:
        return AsyncModels(self._client)

    @cached_property
    def openai(self) -> AsyncOpenai:
        return AsyncOpenai(self._client)
