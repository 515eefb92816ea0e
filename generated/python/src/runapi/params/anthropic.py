"""Request bodies of the anthropic operations, one TypedDict per accepted shape.

Use them to build a body ahead of a call (`client.anthropic...create(**body)`); type
checkers then hold the body to the same per-model rules as the call itself.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal, Required, TypedDict

__all__ = [
    "LlmAnthropicFunctionToolParam",
    "LlmAnthropicFunctionToolParamFunction",
    "LlmAnthropicImageBlockParam",
    "LlmAnthropicImageBlockParamSource",
    "LlmAnthropicImageUrlBlockParam",
    "LlmAnthropicImageUrlBlockParamImageUrl",
    "LlmAnthropicInputMessageParam",
    "LlmAnthropicNamedToolParam",
    "LlmAnthropicOtherContentBlockParam",
    "LlmAnthropicTextBlockParam",
    "LlmAnthropicThinkingBlockParam",
    "LlmAnthropicToolResultBlockParam",
    "LlmAnthropicToolUseBlockParam",
    "MessagesCountTokensMetadata",
    "MessagesCountTokensThinking",
    "MessagesCountTokensToolChoice",
    "MessagesCreateMetadata",
    "MessagesCreateThinking",
    "MessagesCreateToolChoice",
]


class LlmAnthropicInputMessageParam(TypedDict, total=False):
    """An item of LlmAnthropicInputMessageParam."""

    role: Required[str]
    """Author of the turn (`user` or `assistant` in the Anthropic protocol)."""

    content: Required[
        str
        | Sequence[
            LlmAnthropicTextBlockParam
            | LlmAnthropicImageBlockParam
            | LlmAnthropicImageUrlBlockParam
            | LlmAnthropicToolUseBlockParam
            | LlmAnthropicToolResultBlockParam
            | LlmAnthropicThinkingBlockParam
            | LlmAnthropicOtherContentBlockParam
        ]
    ]
    """Plain text, or an array of content blocks (text, images, tool use and results, thinking)."""


class LlmAnthropicTextBlockParam(TypedDict, total=False):
    """An item of LlmAnthropicTextBlockParam."""

    type: Required[Literal["text"]]

    text: Required[str]


class LlmAnthropicImageBlockParam(TypedDict, total=False):
    """An item of LlmAnthropicImageBlockParam."""

    type: Required[Literal["image"]]

    source: Required[LlmAnthropicImageBlockParamSource]


class LlmAnthropicImageBlockParamSource(TypedDict, total=False):
    """An item of LlmAnthropicImageBlockParamSource."""

    type: Required[str]
    """Source kind, for example base64 or url."""

    media_type: str
    """MIME type of base64 data, for example image/png."""

    data: str
    """Base64 image data (source type base64)."""

    url: str
    """Image URL (source type url)."""


class LlmAnthropicImageUrlBlockParam(TypedDict, total=False):
    """An item of LlmAnthropicImageUrlBlockParam."""

    type: Required[Literal["image_url"]]

    image_url: Required[LlmAnthropicImageUrlBlockParamImageUrl]


class LlmAnthropicImageUrlBlockParamImageUrl(TypedDict, total=False):
    """An item of LlmAnthropicImageUrlBlockParamImageUrl."""

    url: Required[str]
    """Image URL."""


class LlmAnthropicToolUseBlockParam(TypedDict, total=False):
    """An item of LlmAnthropicToolUseBlockParam."""

    type: Required[Literal["tool_use"]]

    id: Required[str]

    name: Required[str]

    input: Required[Mapping[str, object]]


class LlmAnthropicToolResultBlockParam(TypedDict, total=False):
    """An item of LlmAnthropicToolResultBlockParam."""

    type: Required[Literal["tool_result"]]

    tool_use_id: Required[str]

    content: str | Sequence[Mapping[str, object]]

    is_error: bool


class LlmAnthropicThinkingBlockParam(TypedDict, total=False):
    """An item of LlmAnthropicThinkingBlockParam."""

    type: Required[Literal["thinking"]]

    thinking: Required[str]

    signature: str


class LlmAnthropicOtherContentBlockParam(TypedDict, total=False):
    """An item of LlmAnthropicOtherContentBlockParam."""

    type: Required[str]


class LlmAnthropicNamedToolParam(TypedDict, total=False):
    """An item of LlmAnthropicNamedToolParam."""

    name: Required[str]
    """Tool name."""

    description: str

    input_schema: Mapping[str, object]
    """JSON Schema of the tool input."""

    type: str
    """Tool type (custom tools omit it or send `custom`; Anthropic server tools use their versioned
    type)."""


class LlmAnthropicFunctionToolParam(TypedDict, total=False):
    """An item of LlmAnthropicFunctionToolParam."""

    type: Required[Literal["function"]]

    function: Required[LlmAnthropicFunctionToolParamFunction]


class LlmAnthropicFunctionToolParamFunction(TypedDict, total=False):
    """An item of LlmAnthropicFunctionToolParamFunction."""

    name: Required[str]
    """Function name; `googleSearch` enables web access."""

    description: str

    parameters: Mapping[str, object]


class MessagesCreateToolChoice(TypedDict, total=False):
    """An item of MessagesCreateToolChoice."""

    type: Required[str]
    """The strategy, for example auto (model decides), any (must use a tool), tool (must use the
    named tool) or none."""

    name: str
    """Tool name, with type tool."""

    disable_parallel_tool_use: bool


class MessagesCreateThinking(TypedDict, total=False):
    """An item of MessagesCreateThinking."""

    type: Required[str]
    """Thinking mode, for example enabled, disabled or adaptive."""

    budget_tokens: int
    """Tokens the model may spend thinking (Anthropic's type enabled takes a budget)."""


class MessagesCreateMetadata(TypedDict, total=False):
    """An item of MessagesCreateMetadata."""

    user_id: str | None
    """Opaque identifier of the end user."""


class MessagesCountTokensToolChoice(TypedDict, total=False):
    """An item of MessagesCountTokensToolChoice."""

    type: Required[str]
    """The strategy, for example auto (model decides), any (must use a tool), tool (must use the
    named tool) or none."""

    name: str
    """Tool name, with type tool."""

    disable_parallel_tool_use: bool


class MessagesCountTokensThinking(TypedDict, total=False):
    """An item of MessagesCountTokensThinking."""

    type: Required[str]
    """Thinking mode, for example enabled, disabled or adaptive."""

    budget_tokens: int
    """Tokens the model may spend thinking (Anthropic's type enabled takes a budget)."""


class MessagesCountTokensMetadata(TypedDict, total=False):
    """An item of MessagesCountTokensMetadata."""

    user_id: str | None
    """Opaque identifier of the end user."""
