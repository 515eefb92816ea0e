"""Request bodies of the gemini operations, one TypedDict per accepted shape.

Use them to build a body ahead of a call (`client.gemini...create(**body)`); type
checkers then hold the body to the same per-model rules as the call itself.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal, Required, TypedDict

__all__ = [
    "ChatCompletionsCreateResponseFormat",
    "ChatCompletionsCreateResponseFormatJsonSchema",
    "LlmGeminiChatFunctionToolParam",
    "LlmGeminiChatFunctionToolParamFunction",
    "LlmGeminiChatImageUrlPartParam",
    "LlmGeminiChatImageUrlPartParamImageUrl",
    "LlmGeminiChatMessageParam",
    "LlmGeminiChatOtherContentPartParam",
    "LlmGeminiChatTextPartParam",
    "LlmGeminiContentParam",
    "LlmGeminiPartParam",
    "LlmGeminiPartParamFileData",
    "LlmGeminiPartParamFunctionCall",
    "LlmGeminiPartParamFunctionResponse",
    "LlmGeminiPartParamInlineData",
    "LlmGeminiToolParam",
    "LlmGeminiToolParamFunctionDeclarationsItem",
    "ModelsStreamGenerateContentGenerationConfig",
    "ModelsStreamGenerateContentGenerationConfigThinkingConfig",
    "ModelsStreamGenerateContentSafetySettingsItem",
    "ModelsStreamGenerateContentSystemInstruction",
    "ModelsStreamGenerateContentToolConfig",
    "ModelsStreamGenerateContentToolConfigFunctionCallingConfig",
]


class LlmGeminiChatMessageParam(TypedDict, total=False):
    """An item of LlmGeminiChatMessageParam."""

    role: Required[str]
    """Author of the message, for example system, user, assistant or tool."""

    content: (
        str
        | Sequence[
            LlmGeminiChatTextPartParam
            | LlmGeminiChatImageUrlPartParam
            | LlmGeminiChatOtherContentPartParam
        ]
        | None
    )
    """Text, an array of content parts (text, image_url or another OpenAI part type), or null for
    an assistant message that only carries tool_calls."""

    name: str

    tool_calls: Sequence[Mapping[str, object]]

    tool_call_id: str


class LlmGeminiChatTextPartParam(TypedDict, total=False):
    """An item of LlmGeminiChatTextPartParam."""

    type: Required[Literal["text"]]

    text: Required[str]


class LlmGeminiChatImageUrlPartParam(TypedDict, total=False):
    """An item of LlmGeminiChatImageUrlPartParam."""

    type: Required[Literal["image_url"]]

    image_url: Required[LlmGeminiChatImageUrlPartParamImageUrl]


class LlmGeminiChatImageUrlPartParamImageUrl(TypedDict, total=False):
    """An item of LlmGeminiChatImageUrlPartParamImageUrl."""

    url: Required[str]

    detail: str
    """Image detail, for example auto, low or high."""


class LlmGeminiChatOtherContentPartParam(TypedDict, total=False):
    """An item of LlmGeminiChatOtherContentPartParam."""

    type: Required[str]


class LlmGeminiChatFunctionToolParam(TypedDict, total=False):
    """An item of LlmGeminiChatFunctionToolParam."""

    type: Required[Literal["function"]]

    function: Required[LlmGeminiChatFunctionToolParamFunction]


class LlmGeminiChatFunctionToolParamFunction(TypedDict, total=False):
    """An item of LlmGeminiChatFunctionToolParamFunction."""

    name: Required[str]

    description: str

    parameters: Mapping[str, object]


class ChatCompletionsCreateResponseFormat(TypedDict, total=False):
    """An item of ChatCompletionsCreateResponseFormat."""

    type: Required[Literal["json_schema"]]
    """Must be json_schema."""

    json_schema: Required[ChatCompletionsCreateResponseFormatJsonSchema]
    """The schema and its name."""


class ChatCompletionsCreateResponseFormatJsonSchema(TypedDict, total=False):
    """An item of ChatCompletionsCreateResponseFormatJsonSchema."""

    name: str

    description: str

    schema: Mapping[str, object]
    """JSON Schema the output must follow."""

    strict: bool


class LlmGeminiContentParam(TypedDict, total=False):
    """An item of LlmGeminiContentParam."""

    role: str
    """Author of the turn, for example user or model."""

    parts: Required[Sequence[LlmGeminiPartParam]]


class LlmGeminiPartParam(TypedDict, total=False):
    """An item of LlmGeminiPartParam."""

    text: str

    thought: bool

    thoughtSignature: str

    inlineData: LlmGeminiPartParamInlineData

    fileData: LlmGeminiPartParamFileData

    functionCall: LlmGeminiPartParamFunctionCall

    functionResponse: LlmGeminiPartParamFunctionResponse


class LlmGeminiPartParamInlineData(TypedDict, total=False):
    """An item of LlmGeminiPartParamInlineData."""

    mimeType: Required[str]

    data: Required[str]
    """Base64 bytes."""


class LlmGeminiPartParamFileData(TypedDict, total=False):
    """An item of LlmGeminiPartParamFileData."""

    mimeType: str

    fileUri: Required[str]


class LlmGeminiPartParamFunctionCall(TypedDict, total=False):
    """An item of LlmGeminiPartParamFunctionCall."""

    name: Required[str]

    args: Mapping[str, object]


class LlmGeminiPartParamFunctionResponse(TypedDict, total=False):
    """An item of LlmGeminiPartParamFunctionResponse."""

    name: Required[str]

    response: Required[Mapping[str, object]]


class ModelsStreamGenerateContentSystemInstruction(TypedDict, total=False):
    """An item of ModelsStreamGenerateContentSystemInstruction."""

    role: str
    """Author of the turn, for example user or model."""

    parts: Required[Sequence[LlmGeminiPartParam]]


class LlmGeminiToolParam(TypedDict, total=False):
    """An item of LlmGeminiToolParam."""

    functionDeclarations: Sequence[LlmGeminiToolParamFunctionDeclarationsItem]

    googleSearch: Mapping[str, object]


class LlmGeminiToolParamFunctionDeclarationsItem(TypedDict, total=False):
    """An item of LlmGeminiToolParamFunctionDeclarationsItem."""

    name: Required[str]

    description: str

    parameters: Mapping[str, object]
    """OpenAPI-style schema of the arguments (types in upper case, e.g. OBJECT, STRING)."""


class ModelsStreamGenerateContentToolConfig(TypedDict, total=False):
    """An item of ModelsStreamGenerateContentToolConfig."""

    functionCallingConfig: ModelsStreamGenerateContentToolConfigFunctionCallingConfig


class ModelsStreamGenerateContentToolConfigFunctionCallingConfig(TypedDict, total=False):
    """An item of ModelsStreamGenerateContentToolConfigFunctionCallingConfig."""

    mode: str
    """Function calling mode, for example AUTO, ANY or NONE."""

    allowedFunctionNames: list[str] | tuple[str, ...]


class ModelsStreamGenerateContentGenerationConfig(TypedDict, total=False):
    """An item of ModelsStreamGenerateContentGenerationConfig."""

    temperature: float

    topP: float

    topK: int

    maxOutputTokens: int

    candidateCount: int

    stopSequences: list[str] | tuple[str, ...]

    responseMimeType: str

    responseSchema: Mapping[str, object]

    thinkingConfig: ModelsStreamGenerateContentGenerationConfigThinkingConfig
    """Thinking controls."""


class ModelsStreamGenerateContentGenerationConfigThinkingConfig(TypedDict, total=False):
    """An item of ModelsStreamGenerateContentGenerationConfigThinkingConfig."""

    includeThoughts: bool
    """Return thought parts."""

    thinkingLevel: str
    """Thinking depth, for example low or high."""

    thinkingBudget: int
    """Thinking token budget (-1 lets the model decide)."""


class ModelsStreamGenerateContentSafetySettingsItem(TypedDict, total=False):
    """An item of ModelsStreamGenerateContentSafetySettingsItem."""

    category: str

    threshold: str
