"""Anthropic-compatible Messages API for Claude and DeepSeek models.

Typed stub generated from spec/openapi.yaml: one overload per request variant, so a type checker
rejects a missing required field, a value a model does not accept, an unknown field or a wrong
type. Do not edit.
"""

import builtins
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
from ..params import anthropic as params
from ..types import anthropic as types

__all__ = ["Anthropic", "AsyncAnthropic", "AsyncMessages", "Messages"]

OPERATIONS: dict[str, Operation]

class Messages(SyncAPIResource):
    """Messages."""

    @overload
    def create(
        self,
        *,
        model: Literal[
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
        ],
        messages: Sequence[params.LlmAnthropicInputMessageParam],
        max_tokens: int,
        system: str | Sequence[params.LlmAnthropicTextBlockParam] | NotGiven = ...,
        stream: Literal[False] | NotGiven = ...,
        temperature: float | NotGiven = ...,
        top_p: float | NotGiven = ...,
        top_k: int | NotGiven = ...,
        tools: (
            Sequence[params.LlmAnthropicNamedToolParam | params.LlmAnthropicFunctionToolParam]
            | NotGiven
        ) = ...,
        tool_choice: params.MessagesCreateToolChoice | NotGiven = ...,
        stop_sequences: builtins.list[str] | tuple[str, ...] | NotGiven = ...,
        thinking: params.MessagesCreateThinking | NotGiven = ...,
        reasoning_effort: Literal["low", "high"] | NotGiven = ...,
        include_thoughts: bool | NotGiven = ...,
        metadata: params.MessagesCreateMetadata | NotGiven = ...,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **extra_fields: object,
    ) -> types.LlmAnthropicMessage:
        """Create a message (Anthropic Messages API)

        Anthropic-compatible Messages endpoint: point the official Anthropic SDK (or Claude Code,
        via `ANTHROPIC_BASE_URL`) at `https://runapi.ai` and use a RunAPI API key. Accepts the
        standard Anthropic request shape; unknown vendor fields are passed through.

        Models: `claude-opus-4-7`, `claude-opus-4-6`, `claude-sonnet-4-6`,
        `claude-opus-4-5-20251101`, `claude-sonnet-4-5-20250929`, `claude-haiku-4-5-20251001`
        (the aliases `claude-opus-4-5`, `claude-sonnet-4-5`, `claude-haiku-4-5` are accepted and
        canonicalized to the dated ids), plus the DeepSeek models `deepseek-v4-flash` and
        `deepseek-v4-pro`.

        RunAPI extensions: `reasoning_effort` (`low` / `high`), `include_thoughts` (Claude Sonnet
        only) and web access through a `googleSearch` function tool where supported. Media blocks
        stay inside `messages[].content`; besides Anthropic's `image` block an OpenAI-style
        `image_url` block is accepted.

        **Streaming.** With `stream: true` the answer is `text/event-stream`: each event is an
        `event: <type>` line followed by a `data:` line carrying one JSON event object
        (`message_start`, `content_block_start`, `content_block_delta`, `content_block_stop`,
        `message_delta`, `message_stop`, plus Anthropic's `ping` and `error`). The stream ends with
        the `message_stop` event; there is no `[DONE]` sentinel.

        **Billing.** Token-based; a provisional hold is placed when the request starts and settled
        from the final `usage`.

        Rules checked before sending:
        - include_thoughts is available for Claude Sonnet models only (claude-sonnet-4-6, claude-sonnet-4-5-20250929 and its alias claude-sonnet-4-5).

        `POST /v1/messages`"""

    @overload
    def create(
        self,
        *,
        stream: Literal[True],
        model: Literal[
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
        ],
        messages: Sequence[params.LlmAnthropicInputMessageParam],
        max_tokens: int,
        system: str | Sequence[params.LlmAnthropicTextBlockParam] | NotGiven = ...,
        temperature: float | NotGiven = ...,
        top_p: float | NotGiven = ...,
        top_k: int | NotGiven = ...,
        tools: (
            Sequence[params.LlmAnthropicNamedToolParam | params.LlmAnthropicFunctionToolParam]
            | NotGiven
        ) = ...,
        tool_choice: params.MessagesCreateToolChoice | NotGiven = ...,
        stop_sequences: builtins.list[str] | tuple[str, ...] | NotGiven = ...,
        thinking: params.MessagesCreateThinking | NotGiven = ...,
        reasoning_effort: Literal["low", "high"] | NotGiven = ...,
        include_thoughts: bool | NotGiven = ...,
        metadata: params.MessagesCreateMetadata | NotGiven = ...,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **extra_fields: object,
    ) -> Stream[
        types.LlmAnthropicMessageStartEvent
        | types.LlmAnthropicContentBlockStartEvent
        | types.LlmAnthropicContentBlockDeltaEvent
        | types.LlmAnthropicContentBlockStopEvent
        | types.LlmAnthropicMessageDeltaEvent
        | types.LlmAnthropicMessageStopEvent
        | types.LlmAnthropicPingEvent
        | types.LlmAnthropicErrorEvent
    ]: ...
    @overload
    def create(
        self,
        *,
        model: Literal[
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
        ],
        messages: Sequence[params.LlmAnthropicInputMessageParam],
        max_tokens: int,
        system: str | Sequence[params.LlmAnthropicTextBlockParam] | NotGiven = ...,
        stream: bool | NotGiven = ...,
        temperature: float | NotGiven = ...,
        top_p: float | NotGiven = ...,
        top_k: int | NotGiven = ...,
        tools: (
            Sequence[params.LlmAnthropicNamedToolParam | params.LlmAnthropicFunctionToolParam]
            | NotGiven
        ) = ...,
        tool_choice: params.MessagesCreateToolChoice | NotGiven = ...,
        stop_sequences: builtins.list[str] | tuple[str, ...] | NotGiven = ...,
        thinking: params.MessagesCreateThinking | NotGiven = ...,
        reasoning_effort: Literal["low", "high"] | NotGiven = ...,
        include_thoughts: bool | NotGiven = ...,
        metadata: params.MessagesCreateMetadata | NotGiven = ...,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **extra_fields: object,
    ) -> (
        types.LlmAnthropicMessage
        | Stream[
            types.LlmAnthropicMessageStartEvent
            | types.LlmAnthropicContentBlockStartEvent
            | types.LlmAnthropicContentBlockDeltaEvent
            | types.LlmAnthropicContentBlockStopEvent
            | types.LlmAnthropicMessageDeltaEvent
            | types.LlmAnthropicMessageStopEvent
            | types.LlmAnthropicPingEvent
            | types.LlmAnthropicErrorEvent
        ]
    ): ...
    def count_tokens(
        self,
        *,
        model: Literal[
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
        ],
        messages: Sequence[params.LlmAnthropicInputMessageParam],
        max_tokens: int | NotGiven = ...,
        system: str | Sequence[params.LlmAnthropicTextBlockParam] | NotGiven = ...,
        stream: bool | NotGiven = ...,
        temperature: float | NotGiven = ...,
        top_p: float | NotGiven = ...,
        top_k: int | NotGiven = ...,
        tools: (
            Sequence[params.LlmAnthropicNamedToolParam | params.LlmAnthropicFunctionToolParam]
            | NotGiven
        ) = ...,
        tool_choice: params.MessagesCountTokensToolChoice | NotGiven = ...,
        stop_sequences: builtins.list[str] | tuple[str, ...] | NotGiven = ...,
        thinking: params.MessagesCountTokensThinking | NotGiven = ...,
        reasoning_effort: Literal["low", "high"] | NotGiven = ...,
        include_thoughts: bool | NotGiven = ...,
        metadata: params.MessagesCountTokensMetadata | NotGiven = ...,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **extra_fields: object,
    ) -> types.LlmAnthropicTokenCount:
        """Count the input tokens of a message request

        Accepts the same request shape as `POST /v1/messages` (`max_tokens` is not needed) and
        returns a local estimate of the input tokens only. Image blocks count as a fixed 512
        tokens rather than model-specific vision counting; use the final `usage` of
        `POST /v1/messages` for exact billed counts.

        Rules checked before sending:
        - include_thoughts is available for Claude Sonnet models only (claude-sonnet-4-6, claude-sonnet-4-5-20250929 and its alias claude-sonnet-4-5).

        `POST /v1/messages/count_tokens`"""

    def validate_create(
        self,
        *,
        model: Literal[
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
        ],
        messages: Sequence[params.LlmAnthropicInputMessageParam],
        max_tokens: int,
        system: str | Sequence[params.LlmAnthropicTextBlockParam] | NotGiven = ...,
        stream: bool | NotGiven = ...,
        temperature: float | NotGiven = ...,
        top_p: float | NotGiven = ...,
        top_k: int | NotGiven = ...,
        tools: (
            Sequence[params.LlmAnthropicNamedToolParam | params.LlmAnthropicFunctionToolParam]
            | NotGiven
        ) = ...,
        tool_choice: params.MessagesCreateToolChoice | NotGiven = ...,
        stop_sequences: builtins.list[str] | tuple[str, ...] | NotGiven = ...,
        thinking: params.MessagesCreateThinking | NotGiven = ...,
        reasoning_effort: Literal["low", "high"] | NotGiven = ...,
        include_thoughts: bool | NotGiven = ...,
        metadata: params.MessagesCreateMetadata | NotGiven = ...,
        **extra_fields: object,
    ) -> None:
        """Check a `create` body against every rule of anthropic.messages.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def validate_count_tokens(
        self,
        *,
        model: Literal[
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
        ],
        messages: Sequence[params.LlmAnthropicInputMessageParam],
        max_tokens: int | NotGiven = ...,
        system: str | Sequence[params.LlmAnthropicTextBlockParam] | NotGiven = ...,
        stream: bool | NotGiven = ...,
        temperature: float | NotGiven = ...,
        top_p: float | NotGiven = ...,
        top_k: int | NotGiven = ...,
        tools: (
            Sequence[params.LlmAnthropicNamedToolParam | params.LlmAnthropicFunctionToolParam]
            | NotGiven
        ) = ...,
        tool_choice: params.MessagesCountTokensToolChoice | NotGiven = ...,
        stop_sequences: builtins.list[str] | tuple[str, ...] | NotGiven = ...,
        thinking: params.MessagesCountTokensThinking | NotGiven = ...,
        reasoning_effort: Literal["low", "high"] | NotGiven = ...,
        include_thoughts: bool | NotGiven = ...,
        metadata: params.MessagesCountTokensMetadata | NotGiven = ...,
        **extra_fields: object,
    ) -> None:
        """Check a `count_tokens` body against every rule of anthropic.messages.count_tokens without
        sending anything; raises `runapi.ValidationError` naming each broken rule."""

class Anthropic(SyncAPIResource):
    """Anthropic-compatible Messages API for Claude and DeepSeek models."""

    @cached_property
    def messages(self) -> Messages: ...

class AsyncMessages(AsyncAPIResource):
    """Messages."""

    @overload
    async def create(
        self,
        *,
        model: Literal[
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
        ],
        messages: Sequence[params.LlmAnthropicInputMessageParam],
        max_tokens: int,
        system: str | Sequence[params.LlmAnthropicTextBlockParam] | NotGiven = ...,
        stream: Literal[False] | NotGiven = ...,
        temperature: float | NotGiven = ...,
        top_p: float | NotGiven = ...,
        top_k: int | NotGiven = ...,
        tools: (
            Sequence[params.LlmAnthropicNamedToolParam | params.LlmAnthropicFunctionToolParam]
            | NotGiven
        ) = ...,
        tool_choice: params.MessagesCreateToolChoice | NotGiven = ...,
        stop_sequences: builtins.list[str] | tuple[str, ...] | NotGiven = ...,
        thinking: params.MessagesCreateThinking | NotGiven = ...,
        reasoning_effort: Literal["low", "high"] | NotGiven = ...,
        include_thoughts: bool | NotGiven = ...,
        metadata: params.MessagesCreateMetadata | NotGiven = ...,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **extra_fields: object,
    ) -> types.LlmAnthropicMessage:
        """Create a message (Anthropic Messages API)

        Anthropic-compatible Messages endpoint: point the official Anthropic SDK (or Claude Code,
        via `ANTHROPIC_BASE_URL`) at `https://runapi.ai` and use a RunAPI API key. Accepts the
        standard Anthropic request shape; unknown vendor fields are passed through.

        Models: `claude-opus-4-7`, `claude-opus-4-6`, `claude-sonnet-4-6`,
        `claude-opus-4-5-20251101`, `claude-sonnet-4-5-20250929`, `claude-haiku-4-5-20251001`
        (the aliases `claude-opus-4-5`, `claude-sonnet-4-5`, `claude-haiku-4-5` are accepted and
        canonicalized to the dated ids), plus the DeepSeek models `deepseek-v4-flash` and
        `deepseek-v4-pro`.

        RunAPI extensions: `reasoning_effort` (`low` / `high`), `include_thoughts` (Claude Sonnet
        only) and web access through a `googleSearch` function tool where supported. Media blocks
        stay inside `messages[].content`; besides Anthropic's `image` block an OpenAI-style
        `image_url` block is accepted.

        **Streaming.** With `stream: true` the answer is `text/event-stream`: each event is an
        `event: <type>` line followed by a `data:` line carrying one JSON event object
        (`message_start`, `content_block_start`, `content_block_delta`, `content_block_stop`,
        `message_delta`, `message_stop`, plus Anthropic's `ping` and `error`). The stream ends with
        the `message_stop` event; there is no `[DONE]` sentinel.

        **Billing.** Token-based; a provisional hold is placed when the request starts and settled
        from the final `usage`.

        Rules checked before sending:
        - include_thoughts is available for Claude Sonnet models only (claude-sonnet-4-6, claude-sonnet-4-5-20250929 and its alias claude-sonnet-4-5).

        `POST /v1/messages`"""

    @overload
    async def create(
        self,
        *,
        stream: Literal[True],
        model: Literal[
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
        ],
        messages: Sequence[params.LlmAnthropicInputMessageParam],
        max_tokens: int,
        system: str | Sequence[params.LlmAnthropicTextBlockParam] | NotGiven = ...,
        temperature: float | NotGiven = ...,
        top_p: float | NotGiven = ...,
        top_k: int | NotGiven = ...,
        tools: (
            Sequence[params.LlmAnthropicNamedToolParam | params.LlmAnthropicFunctionToolParam]
            | NotGiven
        ) = ...,
        tool_choice: params.MessagesCreateToolChoice | NotGiven = ...,
        stop_sequences: builtins.list[str] | tuple[str, ...] | NotGiven = ...,
        thinking: params.MessagesCreateThinking | NotGiven = ...,
        reasoning_effort: Literal["low", "high"] | NotGiven = ...,
        include_thoughts: bool | NotGiven = ...,
        metadata: params.MessagesCreateMetadata | NotGiven = ...,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **extra_fields: object,
    ) -> AsyncStream[
        types.LlmAnthropicMessageStartEvent
        | types.LlmAnthropicContentBlockStartEvent
        | types.LlmAnthropicContentBlockDeltaEvent
        | types.LlmAnthropicContentBlockStopEvent
        | types.LlmAnthropicMessageDeltaEvent
        | types.LlmAnthropicMessageStopEvent
        | types.LlmAnthropicPingEvent
        | types.LlmAnthropicErrorEvent
    ]: ...
    @overload
    async def create(
        self,
        *,
        model: Literal[
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
        ],
        messages: Sequence[params.LlmAnthropicInputMessageParam],
        max_tokens: int,
        system: str | Sequence[params.LlmAnthropicTextBlockParam] | NotGiven = ...,
        stream: bool | NotGiven = ...,
        temperature: float | NotGiven = ...,
        top_p: float | NotGiven = ...,
        top_k: int | NotGiven = ...,
        tools: (
            Sequence[params.LlmAnthropicNamedToolParam | params.LlmAnthropicFunctionToolParam]
            | NotGiven
        ) = ...,
        tool_choice: params.MessagesCreateToolChoice | NotGiven = ...,
        stop_sequences: builtins.list[str] | tuple[str, ...] | NotGiven = ...,
        thinking: params.MessagesCreateThinking | NotGiven = ...,
        reasoning_effort: Literal["low", "high"] | NotGiven = ...,
        include_thoughts: bool | NotGiven = ...,
        metadata: params.MessagesCreateMetadata | NotGiven = ...,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **extra_fields: object,
    ) -> (
        types.LlmAnthropicMessage
        | AsyncStream[
            types.LlmAnthropicMessageStartEvent
            | types.LlmAnthropicContentBlockStartEvent
            | types.LlmAnthropicContentBlockDeltaEvent
            | types.LlmAnthropicContentBlockStopEvent
            | types.LlmAnthropicMessageDeltaEvent
            | types.LlmAnthropicMessageStopEvent
            | types.LlmAnthropicPingEvent
            | types.LlmAnthropicErrorEvent
        ]
    ): ...
    async def count_tokens(
        self,
        *,
        model: Literal[
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
        ],
        messages: Sequence[params.LlmAnthropicInputMessageParam],
        max_tokens: int | NotGiven = ...,
        system: str | Sequence[params.LlmAnthropicTextBlockParam] | NotGiven = ...,
        stream: bool | NotGiven = ...,
        temperature: float | NotGiven = ...,
        top_p: float | NotGiven = ...,
        top_k: int | NotGiven = ...,
        tools: (
            Sequence[params.LlmAnthropicNamedToolParam | params.LlmAnthropicFunctionToolParam]
            | NotGiven
        ) = ...,
        tool_choice: params.MessagesCountTokensToolChoice | NotGiven = ...,
        stop_sequences: builtins.list[str] | tuple[str, ...] | NotGiven = ...,
        thinking: params.MessagesCountTokensThinking | NotGiven = ...,
        reasoning_effort: Literal["low", "high"] | NotGiven = ...,
        include_thoughts: bool | NotGiven = ...,
        metadata: params.MessagesCountTokensMetadata | NotGiven = ...,
        extra_headers: Mapping[str, str] | None = ...,
        extra_body: Mapping[str, object] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
        **extra_fields: object,
    ) -> types.LlmAnthropicTokenCount:
        """Count the input tokens of a message request

        Accepts the same request shape as `POST /v1/messages` (`max_tokens` is not needed) and
        returns a local estimate of the input tokens only. Image blocks count as a fixed 512
        tokens rather than model-specific vision counting; use the final `usage` of
        `POST /v1/messages` for exact billed counts.

        Rules checked before sending:
        - include_thoughts is available for Claude Sonnet models only (claude-sonnet-4-6, claude-sonnet-4-5-20250929 and its alias claude-sonnet-4-5).

        `POST /v1/messages/count_tokens`"""

    def validate_create(
        self,
        *,
        model: Literal[
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
        ],
        messages: Sequence[params.LlmAnthropicInputMessageParam],
        max_tokens: int,
        system: str | Sequence[params.LlmAnthropicTextBlockParam] | NotGiven = ...,
        stream: bool | NotGiven = ...,
        temperature: float | NotGiven = ...,
        top_p: float | NotGiven = ...,
        top_k: int | NotGiven = ...,
        tools: (
            Sequence[params.LlmAnthropicNamedToolParam | params.LlmAnthropicFunctionToolParam]
            | NotGiven
        ) = ...,
        tool_choice: params.MessagesCreateToolChoice | NotGiven = ...,
        stop_sequences: builtins.list[str] | tuple[str, ...] | NotGiven = ...,
        thinking: params.MessagesCreateThinking | NotGiven = ...,
        reasoning_effort: Literal["low", "high"] | NotGiven = ...,
        include_thoughts: bool | NotGiven = ...,
        metadata: params.MessagesCreateMetadata | NotGiven = ...,
        **extra_fields: object,
    ) -> None:
        """Check a `create` body against every rule of anthropic.messages.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""

    def validate_count_tokens(
        self,
        *,
        model: Literal[
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
        ],
        messages: Sequence[params.LlmAnthropicInputMessageParam],
        max_tokens: int | NotGiven = ...,
        system: str | Sequence[params.LlmAnthropicTextBlockParam] | NotGiven = ...,
        stream: bool | NotGiven = ...,
        temperature: float | NotGiven = ...,
        top_p: float | NotGiven = ...,
        top_k: int | NotGiven = ...,
        tools: (
            Sequence[params.LlmAnthropicNamedToolParam | params.LlmAnthropicFunctionToolParam]
            | NotGiven
        ) = ...,
        tool_choice: params.MessagesCountTokensToolChoice | NotGiven = ...,
        stop_sequences: builtins.list[str] | tuple[str, ...] | NotGiven = ...,
        thinking: params.MessagesCountTokensThinking | NotGiven = ...,
        reasoning_effort: Literal["low", "high"] | NotGiven = ...,
        include_thoughts: bool | NotGiven = ...,
        metadata: params.MessagesCountTokensMetadata | NotGiven = ...,
        **extra_fields: object,
    ) -> None:
        """Check a `count_tokens` body against every rule of anthropic.messages.count_tokens without
        sending anything; raises `runapi.ValidationError` naming each broken rule."""

class AsyncAnthropic(AsyncAPIResource):
    """Anthropic-compatible Messages API for Claude and DeepSeek models."""

    @cached_property
    def messages(self) -> AsyncMessages: ...
