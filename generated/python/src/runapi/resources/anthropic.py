"""Anthropic-compatible Messages API for Claude and DeepSeek models.

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

    from ..types import anthropic as types

__all__ = ["Anthropic", "AsyncAnthropic", "AsyncMessages", "Messages"]

OPERATIONS: dict[str, Operation] = {
    "anthropic.messages.create": Operation(
        operation_id="anthropic.messages.create",
        method="POST",
        path="/v1/messages",
        auth="llm",
        body="json",
    ),
    "anthropic.messages.count_tokens": Operation(
        operation_id="anthropic.messages.count_tokens",
        method="POST",
        path="/v1/messages/count_tokens",
        auth="llm",
        body="json",
    ),
}


class Messages(SyncAPIResource):
    """Messages."""

    _namespace = "anthropic"

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
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
    ):
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
                OPERATIONS["anthropic.messages.create"],
                (
                    "LlmAnthropicMessageStartEvent",
                    "LlmAnthropicContentBlockStartEvent",
                    "LlmAnthropicContentBlockDeltaEvent",
                    "LlmAnthropicContentBlockStopEvent",
                    "LlmAnthropicMessageDeltaEvent",
                    "LlmAnthropicMessageStopEvent",
                    "LlmAnthropicPingEvent",
                    "LlmAnthropicErrorEvent",
                ),
                **request,
            )
        return self._call(OPERATIONS["anthropic.messages.create"], "LlmAnthropicMessage", **request)

    def count_tokens(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.LlmAnthropicTokenCount:
        """Count the input tokens of a message request

        Accepts the same request shape as `POST /v1/messages` (`max_tokens` is not needed) and
        returns a local estimate of the input tokens only. Image blocks count as a fixed 512
        tokens rather than model-specific vision counting; use the final `usage` of
        `POST /v1/messages` for exact billed counts.

        Rules checked before sending:
        - include_thoughts is available for Claude Sonnet models only (claude-sonnet-4-6, claude-sonnet-4-5-20250929 and its alias claude-sonnet-4-5).

        `POST /v1/messages/count_tokens`"""
        request: dict[str, Any] = {
            "body": body,
            "path_params": {},
            "query": {},
            "extra_headers": extra_headers,
            "extra_body": extra_body,
            "timeout": timeout,
        }
        return self._call(
            OPERATIONS["anthropic.messages.count_tokens"], "LlmAnthropicTokenCount", **request
        )

    def validate_create(self, **body: Any) -> None:
        """Check a `create` body against every rule of anthropic.messages.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("anthropic", "anthropic.messages.create", body)

    def validate_count_tokens(self, **body: Any) -> None:
        """Check a `count_tokens` body against every rule of anthropic.messages.count_tokens without
        sending anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("anthropic", "anthropic.messages.count_tokens", body)


class Anthropic(SyncAPIResource):
    """Anthropic-compatible Messages API for Claude and DeepSeek models."""

    _namespace = "anthropic"

    @cached_property
    def messages(self) -> Messages:
        return Messages(self._client)


class AsyncMessages(AsyncAPIResource):
    """Messages."""

    _namespace = "anthropic"

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
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
    ):
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
                OPERATIONS["anthropic.messages.create"],
                (
                    "LlmAnthropicMessageStartEvent",
                    "LlmAnthropicContentBlockStartEvent",
                    "LlmAnthropicContentBlockDeltaEvent",
                    "LlmAnthropicContentBlockStopEvent",
                    "LlmAnthropicMessageDeltaEvent",
                    "LlmAnthropicMessageStopEvent",
                    "LlmAnthropicPingEvent",
                    "LlmAnthropicErrorEvent",
                ),
                **request,
            )
        return await self._call(
            OPERATIONS["anthropic.messages.create"], "LlmAnthropicMessage", **request
        )

    async def count_tokens(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **body: Any,
    ) -> types.LlmAnthropicTokenCount:
        """Count the input tokens of a message request

        Accepts the same request shape as `POST /v1/messages` (`max_tokens` is not needed) and
        returns a local estimate of the input tokens only. Image blocks count as a fixed 512
        tokens rather than model-specific vision counting; use the final `usage` of
        `POST /v1/messages` for exact billed counts.

        Rules checked before sending:
        - include_thoughts is available for Claude Sonnet models only (claude-sonnet-4-6, claude-sonnet-4-5-20250929 and its alias claude-sonnet-4-5).

        `POST /v1/messages/count_tokens`"""
        request: dict[str, Any] = {
            "body": body,
            "path_params": {},
            "query": {},
            "extra_headers": extra_headers,
            "extra_body": extra_body,
            "timeout": timeout,
        }
        return await self._call(
            OPERATIONS["anthropic.messages.count_tokens"], "LlmAnthropicTokenCount", **request
        )

    def validate_create(self, **body: Any) -> None:
        """Check a `create` body against every rule of anthropic.messages.create without sending
        anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("anthropic", "anthropic.messages.create", body)

    def validate_count_tokens(self, **body: Any) -> None:
        """Check a `count_tokens` body against every rule of anthropic.messages.count_tokens without
        sending anything; raises `runapi.ValidationError` naming each broken rule."""
        check_body("anthropic", "anthropic.messages.count_tokens", body)


class AsyncAnthropic(AsyncAPIResource):
    """Anthropic-compatible Messages API for Claude and DeepSeek models."""

    _namespace = "anthropic"

    @cached_property
    def messages(self) -> AsyncMessages:
        return AsyncMessages(self._client)
