"""Models available to the key, in Anthropic or OpenAI list format.

Typed stub generated from spec/openapi.yaml: one overload per request variant, so a type checker
rejects a missing required field, a value a model does not accept, an unknown field or a wrong
type. Do not edit.
"""

from collections.abc import Mapping

import httpx

from .._resource import (
    AsyncAPIResource,
    SyncAPIResource,
)
from .._types import NotGiven, Operation
from ..types import models as types

__all__ = ["AsyncModels", "Models"]

OPERATIONS: dict[str, Operation]

class Models(SyncAPIResource):
    """Models available to the key, in Anthropic or OpenAI list format."""

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
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

class AsyncModels(AsyncAPIResource):
    """Models available to the key, in Anthropic or OpenAI list format."""

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: float | httpx.Timeout | NotGiven | None = ...,
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
