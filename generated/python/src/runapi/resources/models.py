"""Models available to the key, in Anthropic or OpenAI list format.

Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._resource import (
    AsyncAPIResource,
    SyncAPIResource,
)
from .._types import NOT_GIVEN, NotGiven, Operation

if TYPE_CHECKING:
    import httpx

    from ..types import models as types

__all__ = ["AsyncModels", "Models"]

OPERATIONS: dict[str, Operation] = {
    "models.list": Operation(
        operation_id="models.list",
        method="GET",
        path="/v1/models",
        auth="llm",
        body="none",
    ),
}


class Models(SyncAPIResource):
    """Models available to the key, in Anthropic or OpenAI list format."""

    _namespace = "models"

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.LlmModelsList:
        """List the language models available to the key

        One path serves both SDKs' `models.list()`: the Anthropic SDK (base URL
        `https://runapi.ai`) and the OpenAI SDK (base URL `https://runapi.ai/v1`) both call
        `GET /v1/models`. The answer is either an Anthropic list (`data` of `type: model` entries
        with `display_name` and `created_at`, plus `has_more`, `first_id`, `last_id`) or an
        OpenAI list (`object: list`, `data` of `object: model` entries with `created` and
        `owned_by`). Claude, GPT and DeepSeek models appear (DeepSeek in both formats). When the
        key has `allowed_models` restrictions only permitted models are returned.

        `GET /v1/models`"""
        request: dict[str, Any] = {
            "body": None,
            "path_params": {},
            "query": {},
            "extra_headers": extra_headers,
            "extra_body": None,
            "timeout": timeout,
        }
        return self._call(OPERATIONS["models.list"], "LlmModelsList", **request)


class AsyncModels(AsyncAPIResource):
    """Models available to the key, in Anthropic or OpenAI list format."""

    _namespace = "models"

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> types.LlmModelsList:
        """List the language models available to the key

        One path serves both SDKs' `models.list()`: the Anthropic SDK (base URL
        `https://runapi.ai`) and the OpenAI SDK (base URL `https://runapi.ai/v1`) both call
        `GET /v1/models`. The answer is either an Anthropic list (`data` of `type: model` entries
        with `display_name` and `created_at`, plus `has_more`, `first_id`, `last_id`) or an
        OpenAI list (`object: list`, `data` of `object: model` entries with `created` and
        `owned_by`). Claude, GPT and DeepSeek models appear (DeepSeek in both formats). When the
        key has `allowed_models` restrictions only permitted models are returned.

        `GET /v1/models`"""
        request: dict[str, Any] = {
            "body": None,
            "path_params": {},
            "query": {},
            "extra_headers": extra_headers,
            "extra_body": None,
            "timeout": timeout,
        }
        return await self._call(OPERATIONS["models.list"], "LlmModelsList", **request)
