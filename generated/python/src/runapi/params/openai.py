"""Request bodies of the openai operations, one TypedDict per accepted shape.

Use them to build a body ahead of a call (`client.openai...create(**body)`); type
checkers then hold the body to the same per-model rules as the call itself.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal, Required, TypedDict

__all__ = [
    "LlmOpenaiChatFunctionToolParam",
    "LlmOpenaiChatFunctionToolParamFunction",
    "LlmOpenaiChatImageUrlPartParam",
    "LlmOpenaiChatImageUrlPartParamImageUrl",
    "LlmOpenaiChatMessageParam",
    "LlmOpenaiChatOtherContentPartParam",
    "LlmOpenaiChatOtherToolParam",
    "LlmOpenaiChatTextPartParam",
    "LlmOpenaiInputFileParam",
    "LlmOpenaiInputImageParam",
    "LlmOpenaiInputTextParam",
    "LlmOpenaiResponseFunctionToolParam",
    "LlmOpenaiResponseFunctionToolParamFunction",
    "LlmOpenaiResponseInputMessageParam",
    "LlmOpenaiResponseOtherInputItemParam",
    "LlmOpenaiWebSearchToolParam",
    "ResponsesCreateReasoning",
]


class LlmOpenaiChatMessageParam(TypedDict, total=False):
    """An item of LlmOpenaiChatMessageParam."""

    role: Required[str]
    """Author of the message, for example system, developer, user, assistant or tool."""

    content: (
        str
        | Sequence[
            LlmOpenaiChatTextPartParam
            | LlmOpenaiChatImageUrlPartParam
            | LlmOpenaiChatOtherContentPartParam
        ]
        | None
    )
    """Text, an array of content parts (text, image_url or another OpenAI part type), or null for
    an assistant message that only carries tool_calls."""

    name: str

    tool_calls: Sequence[Mapping[str, object]]

    tool_call_id: str
    """Id of the tool call a tool message answers."""


class LlmOpenaiChatTextPartParam(TypedDict, total=False):
    """An item of LlmOpenaiChatTextPartParam."""

    type: Required[Literal["text"]]

    text: Required[str]


class LlmOpenaiChatImageUrlPartParam(TypedDict, total=False):
    """An item of LlmOpenaiChatImageUrlPartParam."""

    type: Required[Literal["image_url"]]

    image_url: Required[LlmOpenaiChatImageUrlPartParamImageUrl]


class LlmOpenaiChatImageUrlPartParamImageUrl(TypedDict, total=False):
    """An item of LlmOpenaiChatImageUrlPartParamImageUrl."""

    url: Required[str]
    """Image URL or data URL."""

    detail: str
    """Image detail, for example auto, low or high."""


class LlmOpenaiChatOtherContentPartParam(TypedDict, total=False):
    """An item of LlmOpenaiChatOtherContentPartParam."""

    type: Required[str]


class LlmOpenaiWebSearchToolParam(TypedDict, total=False):
    """An item of LlmOpenaiWebSearchToolParam."""

    type: Required[Literal["web_search"]]


class LlmOpenaiChatFunctionToolParam(TypedDict, total=False):
    """An item of LlmOpenaiChatFunctionToolParam."""

    type: Required[Literal["function"]]

    function: Required[LlmOpenaiChatFunctionToolParamFunction]
    """Function name, description and JSON Schema parameters."""


class LlmOpenaiChatFunctionToolParamFunction(TypedDict, total=False):
    """An item of LlmOpenaiChatFunctionToolParamFunction."""

    name: Required[str]

    description: str

    parameters: Mapping[str, object]
    """JSON Schema of the arguments."""

    strict: bool


class LlmOpenaiChatOtherToolParam(TypedDict, total=False):
    """An item of LlmOpenaiChatOtherToolParam."""

    type: Required[str]


class LlmOpenaiResponseInputMessageParam(TypedDict, total=False):
    """An item of LlmOpenaiResponseInputMessageParam."""

    type: Literal["message"]

    role: Required[str]
    """Author of the message, for example user, assistant, system or developer."""

    content: Required[
        str | Sequence[LlmOpenaiInputTextParam | LlmOpenaiInputImageParam | LlmOpenaiInputFileParam]
    ]


class LlmOpenaiInputTextParam(TypedDict, total=False):
    """An item of LlmOpenaiInputTextParam."""

    type: Required[Literal["input_text"]]

    text: Required[str]


class LlmOpenaiInputImageParam(TypedDict, total=False):
    """An item of LlmOpenaiInputImageParam."""

    type: Required[Literal["input_image"]]

    image_url: str

    file_id: str

    detail: str
    """Image detail, for example auto, low or high."""


class LlmOpenaiInputFileParam(TypedDict, total=False):
    """An item of LlmOpenaiInputFileParam."""

    type: Required[Literal["input_file"]]

    file_url: str

    file_data: str

    file_id: str

    filename: str


class LlmOpenaiResponseOtherInputItemParam(TypedDict, total=False):
    """An item of LlmOpenaiResponseOtherInputItemParam."""

    type: Required[str]


class ResponsesCreateReasoning(TypedDict, total=False):
    """An item of ResponsesCreateReasoning."""

    effort: str
    """Reasoning effort, for example minimal, low, medium or high."""

    summary: str
    """Reasoning summary, for example auto, concise or detailed."""


class LlmOpenaiResponseFunctionToolParam(TypedDict, total=False):
    """An item of LlmOpenaiResponseFunctionToolParam."""

    type: Required[Literal["function"]]

    function: LlmOpenaiResponseFunctionToolParamFunction
    """Function name, description and JSON Schema parameters."""

    name: str

    description: str

    parameters: Mapping[str, object]

    strict: bool


class LlmOpenaiResponseFunctionToolParamFunction(TypedDict, total=False):
    """An item of LlmOpenaiResponseFunctionToolParamFunction."""

    name: Required[str]

    description: str

    parameters: Mapping[str, object]
    """JSON Schema of the arguments."""

    strict: bool
