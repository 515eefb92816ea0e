"""LLMs: anthropic.messages and openai chat/responses, including streaming."""
# ruff: noqa: F841, B018

from __future__ import annotations

from typing import Literal

import runapi
from runapi.params.anthropic import LlmAnthropicInputMessageParam
from runapi.params.openai import LlmOpenaiChatMessageParam, LlmOpenaiResponseInputMessageParam
from runapi.types.anthropic import (
    LlmAnthropicContentBlockDeltaEvent,
    LlmAnthropicMessage,
)
from runapi.types.openai import LlmOpenaiChatCompletion, LlmOpenaiResponse

# Message lists typed with the SDK's TypedDicts, as a caller who builds them ahead would.
M: list[LlmAnthropicInputMessageParam] = [{"role": "user", "content": "Write a haiku about rain."}]
C: list[LlmOpenaiChatMessageParam] = [{"role": "user", "content": "Write a haiku about rain."}]
R: list[LlmOpenaiResponseInputMessageParam] = [{"role": "user", "content": "A haiku, please."}]


def anthropic_correct(client: runapi.RunAPI) -> None:
    msgs = client.anthropic.messages
    message: LlmAnthropicMessage = msgs.create(
        model="claude-sonnet-4-6", max_tokens=256, messages=M
    )
    role: Literal["assistant"] = message.role
    for block in message.content:
        if block.type == "text" and block.text is not None:
            text: str = block.text
    if message.usage is not None:
        output_tokens: int | None = message.usage.output_tokens
    msgs.create(
        model="deepseek-v4-pro",
        max_tokens=1024,
        messages=M,
        system="You are terse.",
        temperature=0.2,
        reasoning_effort="low",
        stop_sequences=["\n\n"],
    )
    msgs.create(
        model="claude-opus-4-7",
        max_tokens=2048,
        messages=M,
        thinking={"type": "enabled", "budget_tokens": 1024},
        anthropic_beta_field=True,  # unknown vendor fields pass through
    )
    msgs.create(model="claude-opus-4-7", max_tokens=2048, messages=M, thinking={"type": "adaptive"})

    parts: list[str] = []
    for event in msgs.create(model="claude-haiku-4-5", max_tokens=128, messages=M, stream=True):
        if event.type == "content_block_delta" and event.delta.text is not None:
            parts.append(event.delta.text)
        elif event.type == "message_start":
            model_id: str = event.message.model
        elif event.type == "error":
            reason: str | None = event.error.message
    with msgs.create(model="claude-opus-4-6", max_tokens=64, messages=M, stream=True) as stream:
        for event in stream:
            if isinstance(event, LlmAnthropicContentBlockDeltaEvent):
                index: int = event.index

    tokens: int = msgs.count_tokens(model="claude-sonnet-4-5", messages=M).input_tokens
    msgs.validate_create(model="claude-sonnet-4-6", max_tokens=10, messages=M)


def anthropic_wrong(client: runapi.RunAPI) -> None:
    msgs = client.anthropic.messages
    msgs.create(model="gpt-5.2", max_tokens=256, messages=M)  # E: not an Anthropic-API model
    msgs.create(model="claude-sonnet-4-6", messages=M)  # E: max_tokens missing
    msgs.create(model="claude-sonnet-4-6", max_tokens="256", messages=M)  # E: an int
    msgs.create(  # E: reasoning_effort is low or high
        model="claude-sonnet-4-6", max_tokens=9, messages=M, reasoning_effort="medium"
    )
    msgs.create(model="claude-sonnet-4-6", max_tokens=9, messages=M, temperature="hot")  # E: number
    msgs.create(model="claude-sonnet-4-6", max_tokens=9, messages="hello")  # E: a list of turns
    msgs.create(model="claude-sonnet-4-6", max_tokens=9, messages=M, system=42)  # E: str or blocks
    message = msgs.create(model="claude-sonnet-4-6", max_tokens=9, messages=M)
    message.content[0].text.upper()  # E: text is absent on tool_use / thinking blocks
    message.choices  # E: that is the OpenAI shape
    stream = msgs.create(model="claude-sonnet-4-6", max_tokens=9, messages=M, stream=True)
    stream.content  # E: a stream has no content, iterate it
    for event in stream:
        event.delta  # E: only delta events carry a delta
    msgs.count_tokens(model="claude-sonnet-4-6", messages=M).output_tokens  # E: input only


def openai_correct(client: runapi.RunAPI) -> None:
    chat = client.openai.chat.completions
    completion: LlmOpenaiChatCompletion = chat.create(model="gpt-5.2", messages=C)
    choice = completion.choices[0]
    if choice.message is not None and choice.message.content is not None:
        answer: str = choice.message.content
    chat.create(model="deepseek-v4-flash", messages=C, reasoning_effort="low", tools=[])
    for chunk in chat.create(model="deepseek-v4-pro", messages=C, stream=True):
        for delta_choice in chunk.choices:
            if delta_choice.delta is not None:
                piece: str | None = delta_choice.delta.content

    responses = client.openai.responses
    response: LlmOpenaiResponse = responses.create(model="gpt-5.5", input="Summarize this.")
    state: str = response.status
    for item in response.output:
        for content in item.content or []:
            content_text: str | None = content.text
    responses.create(
        model="gpt-5.4-codex", input=R, tool_choice="auto", tools=[{"type": "function"}]
    )
    # Values the reference does not list are left to the API (OpenAI's newer reasoning efforts).
    responses.create(model="gpt-5.5", input="hi", reasoning={"effort": "xhigh"}, tool_choice="none")
    for event in responses.create(model="gpt-5.4", input="Hello", stream=True):
        if event.type == "response.output_text.delta":
            delta: str = event.delta
        elif event.type == "response.completed":
            final: LlmOpenaiResponse = event.response


def openai_wrong(client: runapi.RunAPI) -> None:
    chat = client.openai.chat.completions
    chat.create(model="gpt-5.5", messages=C)  # E: gpt-5.5 is served by responses
    chat.create(model="gpt-5.2")  # E: messages missing
    chat.create(model="gpt-5.2", messages=C, reasoning_effort="medium")  # E: low or high
    chat.create(model="gpt-5.2", messages=C).choices[0].message.content  # E: message optional
    completion = chat.create(model="gpt-5.2", messages=C)
    completion.output  # E: that is the Responses shape
    responses = client.openai.responses
    responses.create(model="gpt-5.2", input="hi")  # E: gpt-5.2 is chat completions only
    responses.create(model="gpt-5.5")  # E: input missing
    responses.create(  # E: tool_choice is a string
        model="gpt-5.5", input="hi", tool_choice={"type": "function", "name": "f"}
    )
    responses.create(model="gpt-5.5", input=42)  # E: text or input items
    responses.create(model="gpt-5.5", input="hi").output_text  # E: no output_text helper
    for event in responses.create(model="gpt-5.5", input="hi", stream=True):
        event.delta  # E: only delta events carry a delta


async def async_usage(client: runapi.AsyncRunAPI) -> None:
    msgs = client.anthropic.messages
    message = await msgs.create(model="claude-sonnet-4-6", max_tokens=64, messages=M)
    stop: str | None = message.stop_reason
    stream = await msgs.create(model="claude-sonnet-4-6", max_tokens=64, messages=M, stream=True)
    async for event in stream:
        if event.type == "message_delta":
            stop_reason: str | None = event.delta.stop_reason
    chunks = await client.openai.chat.completions.create(model="gpt-5.2", messages=C, stream=True)
    async for chunk in chunks:
        chunk_id: str = chunk.id
    stream2 = await msgs.create(model="claude-sonnet-4-6", max_tokens=9, messages=M, stream=True)
    events = list(stream2)  # E: an async stream needs async for
    await msgs.create(model="claude-sonnet-4-6", messages=M)  # E: max_tokens missing
