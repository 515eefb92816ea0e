# Generated from spec/openapi.yaml by datamodel-code-generator. Do not edit.

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, RootModel

from runapi._models import BaseModel


class Message(BaseModel):
    role: str | None = None
    content: str | None = None
    reasoning_content: str | None = None
    """
    Thought traces, when include_thoughts is set and the model returns them.
    """
    tool_calls: list[dict[str, Any]] | None = None


class Choice(BaseModel):
    index: int | None = None
    message: Message | None = None
    finish_reason: str | None = None


class LlmGeminiChatCompletionChunkDelta(BaseModel):
    """
    What a chunk adds to the message.
    """

    role: str | None = None
    content: str | None = None
    reasoning_content: str | None = None
    tool_calls: list[dict[str, Any]] | None = None


class LlmGeminiChatUsage(BaseModel):
    """
    Token usage, the basis of billing.
    """

    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    total_tokens: int | None = None


class UsageMetadata(BaseModel):
    promptTokenCount: int | None = None
    candidatesTokenCount: int | None = None
    thoughtsTokenCount: int | None = None
    totalTokenCount: int | None = None


class LlmGeminiModel(BaseModel):
    """
    One Gemini model.
    """

    name: str
    """
    Resource name, `models/<id>`.
    """
    version: str | None = None
    displayName: str | None = None
    description: str | None = None
    inputTokenLimit: int | None = None
    outputTokenLimit: int | None = None
    supportedGenerationMethods: list[str] | None = None


class LlmGeminiModelList(BaseModel):
    """
    Google AI models.list answer.
    """

    models: list[LlmGeminiModel]
    nextPageToken: str | None = None


class Datum(BaseModel):
    id: str
    object: Literal["model"]
    created: int | None = None
    """
    Unix time (seconds).
    """
    owned_by: str | None = None


class LlmGeminiOpenaiModelList(BaseModel):
    """
    OpenAI List Models answer.
    """

    object: Literal["list"]
    data: list[Datum]


class InlineData(BaseModel):
    mimeType: str
    data: str
    """
    Base64 bytes.
    """


class FileData(BaseModel):
    mimeType: str | None = None
    fileUri: str


class FunctionCall(BaseModel):
    name: str
    args: dict[str, Any] | None = None


class FunctionResponse(BaseModel):
    name: str
    response: dict[str, Any]


class LlmGeminiPart(BaseModel):
    """
    A part - text, inline data, file data, a function call or a function response (thought parts carry `thought: true`).
    """

    text: str | None = None
    thought: bool | None = None
    thoughtSignature: str | None = None
    inlineData: InlineData | None = None
    fileData: FileData | None = None
    functionCall: FunctionCall | None = None
    functionResponse: FunctionResponse | None = None


class LlmGeminiChatCompletion(BaseModel):
    """
    A chat completion.
    """

    id: str
    object: Literal["chat.completion"]
    created: int | None = None
    model: str | None = None
    choices: list[Choice]
    usage: LlmGeminiChatUsage | None = None


class LlmGeminiChatCompletionChunkChoice(BaseModel):
    """
    One choice of a streamed chunk; finish_reason is set on its last chunk.
    """

    index: int | None = None
    delta: LlmGeminiChatCompletionChunkDelta | None = None
    finish_reason: str | None = None
    """
    stop, length, tool_calls or content_filter on the last chunk; null before.
    """


class Content(BaseModel):
    role: str | None = None
    parts: list[LlmGeminiPart] | None = None


class Candidate(BaseModel):
    content: Content | None = None
    finishReason: str | None = None
    """
    STOP, MAX_TOKENS, SAFETY, ... on the last chunk.
    """
    index: int | None = None


class LlmGeminiGenerateContentResponse(BaseModel):
    """
    One streamed chunk of generated content.
    """

    candidates: list[Candidate] | None = None
    usageMetadata: UsageMetadata | None = None
    modelVersion: str | None = None
    responseId: str | None = None


class LlmGeminiStreamEvent(RootModel[LlmGeminiGenerateContentResponse]):
    root: LlmGeminiGenerateContentResponse
    """
    The JSON object carried by one SSE `data:` line of `streamGenerateContent`: a
    `GenerateContentResponse` chunk. Gemini chunks have no type field, so there is one event
    kind; the stream closes after the chunk that carries `finishReason`.

    """


class LlmGeminiChatCompletionChunk(BaseModel):
    """
    One streamed increment of a chat completion.
    """

    id: str
    object: Literal["chat.completion.chunk"]
    created: int | None = None
    model: str | None = None
    choices: list[LlmGeminiChatCompletionChunkChoice]
    usage: LlmGeminiChatUsage | None = None
    """
    Token usage, on the last chunk when the stream reports it.
    """


class LlmGeminiChatCompletionStreamEvent(RootModel[LlmGeminiChatCompletionChunk]):
    root: LlmGeminiChatCompletionChunk = Field(..., discriminator="object")
    """
    The JSON object carried by one SSE `data:` line of a streamed Gemini chat completion: a
    `chat.completion.chunk`. The stream ends with the literal line `data: [DONE]`.

    """
