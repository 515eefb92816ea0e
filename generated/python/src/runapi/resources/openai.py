"""OpenAI-compatible Chat Completions and Responses APIs.

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

OPERATIONS: dict[str, Operation] = {
    "openai.chat.completions.create": Operation(
        operation_id="openai.chat.completions.create",
        method="POST",
        path="/v1/chat/completions",
        auth="llm",
        body="json",
    ),
    "openai.responses.create": Operation(
        operation_id="openai.responses.create",
        method="POST",
        path="/v1/responses",
        auth="llm",
        body="json",
    ),
}


class ChatCompletions(SyncAPIResource):
    """Chat completions."""

    _namespace = "openai"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.LlmOpenaiChatCompletion | Stream[types.LlmOpenaiChatCompletionChunk]:
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
                OPERATIONS["openai.chat.completions.create"],
                ("LlmOpenaiChatCompletionChunk",),
                **request,
            )
        return self._call(
            OPERATIONS["openai.chat.completions.create"], "LlmOpenaiChatCompletion", **request
        )

    def validate(self, **body: Any) -> None:
        """Check a `create` body against every rule of openai.chat.completions.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("openai", "openai.chat.completions.create", body)


class Chat(SyncAPIResource):
    """Chat."""

    _namespace = "openai"

    @cached_property
    def completions(self) -> ChatCompletions:
        return ChatCompletions(self._client)


class Responses(SyncAPIResource):
    """Responses."""

    _namespace = "openai"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
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
    ):
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
                OPERATIONS["openai.responses.create"],
                (
                    "LlmOpenaiResponseCreatedEvent",
                    "LlmOpenaiResponseInProgressEvent",
                    "LlmOpenaiResponseOutputItemAddedEvent",
                    "LlmOpenaiResponseOutputItemDoneEvent",
                    "LlmOpenaiResponseOutputTextDeltaEvent",
                    "LlmOpenaiResponseOutputTextDoneEvent",
                    "LlmOpenaiResponseFunctionCallArgumentsDeltaEvent",
                    "LlmOpenaiResponseFunctionCallArgumentsDoneEvent",
                    "LlmOpenaiResponseCompletedEvent",
                    "LlmOpenaiResponseFailedEvent",
                    "LlmOpenaiResponseErrorEvent",
                ),
                **request,
            )
        return self._call(OPERATIONS["openai.responses.create"], "LlmOpenaiResponse", **request)

    def validate(self, **body: Any) -> None:
        """Check a `create` body against every rule of openai.responses.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("openai", "openai.responses.create", body)


class Openai(SyncAPIResource):
    """OpenAI-compatible Chat Completions and Responses APIs."""

    _namespace = "openai"

    @cached_property
    def chat(self) -> Chat:
        return Chat(self._client)

    @cached_property
    def responses(self) -> Responses:
        return Responses(self._client)


class AsyncChatCompletions(AsyncAPIResource):
    """Chat completions."""

    _namespace = "openai"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.LlmOpenaiChatCompletion | AsyncStream[types.LlmOpenaiChatCompletionChunk]:
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
                OPERATIONS["openai.chat.completions.create"],
                ("LlmOpenaiChatCompletionChunk",),
                **request,
            )
        return await self._call(
            OPERATIONS["openai.chat.completions.create"], "LlmOpenaiChatCompletion", **request
        )

    def validate(self, **body: Any) -> None:
        """Check a `create` body against every rule of openai.chat.completions.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("openai", "openai.chat.completions.create", body)


class AsyncChat(AsyncAPIResource):
    """Chat."""

    _namespace = "openai"

    @cached_property
    def completions(self) -> AsyncChatCompletions:
        return AsyncChatCompletions(self._client)


class AsyncResponses(AsyncAPIResource):
    """Responses."""

    _namespace = "openai"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
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
    ):
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
                OPERATIONS["openai.responses.create"],
                (
                    "LlmOpenaiResponseCreatedEvent",
                    "LlmOpenaiResponseInProgressEvent",
                    "LlmOpenaiResponseOutputItemAddedEvent",
                    "LlmOpenaiResponseOutputItemDoneEvent",
                    "LlmOpenaiResponseOutputTextDeltaEvent",
                    "LlmOpenaiResponseOutputTextDoneEvent",
                    "LlmOpenaiResponseFunctionCallArgumentsDeltaEvent",
                    "LlmOpenaiResponseFunctionCallArgumentsDoneEvent",
                    "LlmOpenaiResponseCompletedEvent",
                    "LlmOpenaiResponseFailedEvent",
                    "LlmOpenaiResponseErrorEvent",
                ),
                **request,
            )
        return await self._call(
            OPERATIONS["openai.responses.create"], "LlmOpenaiResponse", **request
        )

    def validate(self, **body: Any) -> None:
        """Check a `create` body against every rule of openai.responses.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("openai", "openai.responses.create", body)


class AsyncOpenai(AsyncAPIResource):
    """OpenAI-compatible Chat Completions and Responses APIs."""

    _namespace = "openai"

    @cached_property
    def chat(self) -> AsyncChat:
        return AsyncChat(self._client)

    @cached_property
    def responses(self) -> AsyncResponses:
        return AsyncResponses(self._client)
