// Types of the openai operations: request bodies and answers.
// Generated from spec/openapi.yaml; do not edit.
import type { Completed } from '../core/resource.js';
import type { Uploadable } from '../core/uploads.js';

/** One conversation message. */
export interface LlmOpenaiChatMessageParam {
  /** Author of the message, for example system, developer, user, assistant or tool. */
  role: string;
  /** Text, an array of content parts (text, image_url or another OpenAI part type), or null for an assistant message that only carries tool_calls. */
  content?: string | Array<LlmOpenaiChatContentPartParam> | null;
  name?: string;
  tool_calls?: Array<Record<string, unknown>>;
  /** Id of the tool call a tool message answers. */
  tool_call_id?: string;
  [key: string]: unknown;
}

/** A tool definition; `web_search` and OpenAI-style function tools are typed, other OpenAI tool types are passed through. */
export type LlmOpenaiChatToolParam = LlmOpenaiWebSearchToolParam | LlmOpenaiChatFunctionToolParam | LlmOpenaiChatOtherToolParam;

/** A chat completion. */
export interface LlmOpenaiChatCompletion {
  id: string;
  object: "chat.completion";
  /** Unix time (seconds). */
  created?: number;
  model?: string;
  choices: Array<({
      index?: number;
      message?: {
        role?: string;
        content?: string | null;
        /** Reasoning text, when the model returns it. */
        reasoning_content?: string | null;
        tool_calls?: Array<LlmOpenaiToolCall>;
      };
      /** stop, length, tool_calls or content_filter. */
      finish_reason?: string | null;
    })>;
  /** Token usage, the basis of billing. */
  usage?: LlmOpenaiChatUsage;
}

/**
 * The JSON object carried by one SSE `data:` line of a streamed chat completion: a
 * `chat.completion.chunk`. The stream ends with the literal line `data: [DONE]`, which is
 * not JSON.
 */
export type LlmOpenaiChatCompletionStreamEvent = LlmOpenaiChatCompletionChunk;

/** An input item - a message with role and content, or another Responses item (for example function_call_output) passed through. */
export type LlmOpenaiResponseInputItemParam = LlmOpenaiResponseInputMessageParam | LlmOpenaiResponseOtherInputItemParam;

/** A Responses tool - web_search or a function tool. */
export type LlmOpenaiResponseToolParam = LlmOpenaiWebSearchToolParam | LlmOpenaiResponseFunctionToolParam;

/** A model response. */
export interface LlmOpenaiResponse {
  id?: string;
  object?: "response";
  created_at?: number;
  model?: string;
  /** completed, in_progress, failed or incomplete. */
  status: string;
  /** Output items (message, function_call, reasoning, web_search_call, ...). */
  output: Array<LlmOpenaiResponseOutputItem>;
  /** Token usage, the basis of billing. */
  usage?: LlmOpenaiResponseUsage;
  error?: Record<string, unknown> | null;
}

/**
 * The JSON object carried by one SSE `data:` line of a streamed response (the preceding
 * `event:` line repeats its `type`). RunAPI documents `response.output_text.delta`,
 * `response.function_call_arguments.delta` and `response.completed` (the final event, with
 * usage); the other OpenAI Responses lifecycle events are listed so clients can parse a
 * full stream. The stream ends after `response.completed`, `response.failed` or `error`.
 */
export type LlmOpenaiResponseStreamEvent = LlmOpenaiResponseCreatedEvent | LlmOpenaiResponseInProgressEvent | LlmOpenaiResponseOutputItemAddedEvent | LlmOpenaiResponseOutputItemDoneEvent | LlmOpenaiResponseOutputTextDeltaEvent | LlmOpenaiResponseOutputTextDoneEvent | LlmOpenaiResponseFunctionCallArgumentsDeltaEvent | LlmOpenaiResponseFunctionCallArgumentsDoneEvent | LlmOpenaiResponseCompletedEvent | LlmOpenaiResponseFailedEvent | LlmOpenaiResponseErrorEvent;

/** A content part of a message. Text and image_url parts are typed; other OpenAI part types are passed through. */
export type LlmOpenaiChatContentPartParam = LlmOpenaiChatTextPartParam | LlmOpenaiChatImageUrlPartParam | LlmOpenaiChatOtherContentPartParam;

/** Built-in web search. */
export interface LlmOpenaiWebSearchToolParam {
  type: "web_search";
  [key: string]: unknown;
}

/** A function the model may call. */
export interface LlmOpenaiChatFunctionToolParam {
  type: "function";
  /** Function name, description and JSON Schema parameters. */
  function: LlmOpenaiFunctionDefinitionParam;
  [key: string]: unknown;
}

/** Any other OpenAI tool type, passed through. */
export interface LlmOpenaiChatOtherToolParam {
  type: string;
  [key: string]: unknown;
}

/** A function call requested by the model (in streamed chunks fields arrive incrementally). */
export interface LlmOpenaiToolCall {
  index?: number;
  id?: string;
  type?: string;
  function?: {
    name?: string;
    /** JSON-encoded arguments. */
    arguments?: string;
  };
}

/** Token usage, the basis of billing. */
export interface LlmOpenaiChatUsage {
  prompt_tokens?: number;
  completion_tokens?: number;
  total_tokens?: number;
}

/** One streamed increment of a chat completion; the last chunk has a finish_reason (and may carry usage). */
export interface LlmOpenaiChatCompletionChunk {
  id: string;
  object: "chat.completion.chunk";
  created?: number;
  model?: string;
  choices: Array<LlmOpenaiChatCompletionChunkChoice>;
  usage?: LlmOpenaiChatUsage | null;
}

/** A message input item. */
export interface LlmOpenaiResponseInputMessageParam {
  type?: "message";
  /** Author of the message, for example user, assistant, system or developer. */
  role: string;
  content: string | Array<LlmOpenaiResponseInputContentParam>;
  [key: string]: unknown;
}

/** Any other Responses input item (for example function_call_output), passed through. */
export interface LlmOpenaiResponseOtherInputItemParam {
  type: string;
  [key: string]: unknown;
}

/** A function tool, in the nested form (`function` object) or OpenAI's flat Responses form (`name`, `parameters` on the tool). */
export type LlmOpenaiResponseFunctionToolParam = ({
  type: "function";
  /** Function name, description and JSON Schema parameters. */
  function?: LlmOpenaiFunctionDefinitionParam;
  name?: string;
  description?: string;
  parameters?: Record<string, unknown>;
  strict?: boolean;
  [key: string]: unknown;
}) & (unknown);

/** An output item; messages carry output_text parts, function_call items carry name and JSON arguments. */
export interface LlmOpenaiResponseOutputItem {
  type: string;
  id?: string;
  role?: string;
  status?: string;
  content?: Array<{
      type: string;
      text?: string;
      annotations?: Array<Record<string, unknown>>;
    }>;
  name?: string;
  call_id?: string;
  arguments?: string;
}

/** Token usage, the basis of billing. */
export interface LlmOpenaiResponseUsage {
  input_tokens?: number;
  output_tokens?: number;
  total_tokens?: number;
}

/** The response was created (first event). */
export interface LlmOpenaiResponseCreatedEvent {
  type: "response.created";
  /** Position of the event in the stream. */
  sequence_number?: number;
  /** A model response. */
  response: LlmOpenaiResponse;
}

/** The response is being generated. */
export interface LlmOpenaiResponseInProgressEvent {
  type: "response.in_progress";
  /** Position of the event in the stream. */
  sequence_number?: number;
  /** A model response. */
  response: LlmOpenaiResponse;
}

/** A new output item starts at output_index. */
export interface LlmOpenaiResponseOutputItemAddedEvent {
  type: "response.output_item.added";
  /** Position of the event in the stream. */
  sequence_number?: number;
  output_index: number;
  /** An output item; messages carry output_text parts, function_call items carry name and JSON arguments. */
  item: LlmOpenaiResponseOutputItem;
}

/** The output item at output_index is complete. */
export interface LlmOpenaiResponseOutputItemDoneEvent {
  type: "response.output_item.done";
  /** Position of the event in the stream. */
  sequence_number?: number;
  output_index: number;
  /** An output item; messages carry output_text parts, function_call items carry name and JSON arguments. */
  item: LlmOpenaiResponseOutputItem;
}

/** Incremental text content. */
export interface LlmOpenaiResponseOutputTextDeltaEvent {
  type: "response.output_text.delta";
  /** Position of the event in the stream. */
  sequence_number?: number;
  item_id?: string;
  output_index?: number;
  content_index?: number;
  /** The text added. */
  delta: string;
}

/** The text of a content part is complete. */
export interface LlmOpenaiResponseOutputTextDoneEvent {
  type: "response.output_text.done";
  /** Position of the event in the stream. */
  sequence_number?: number;
  item_id?: string;
  output_index?: number;
  content_index?: number;
  text: string;
}

/** Incremental function call arguments (a fragment of the JSON arguments string). */
export interface LlmOpenaiResponseFunctionCallArgumentsDeltaEvent {
  type: "response.function_call_arguments.delta";
  /** Position of the event in the stream. */
  sequence_number?: number;
  item_id?: string;
  output_index?: number;
  delta: string;
}

/** The function call arguments are complete. */
export interface LlmOpenaiResponseFunctionCallArgumentsDoneEvent {
  type: "response.function_call_arguments.done";
  /** Position of the event in the stream. */
  sequence_number?: number;
  item_id?: string;
  output_index?: number;
  arguments: string;
}

/** Final event, with the complete response and its usage data. */
export interface LlmOpenaiResponseCompletedEvent {
  type: "response.completed";
  /** Position of the event in the stream. */
  sequence_number?: number;
  /** A model response. */
  response: LlmOpenaiResponse;
}

/** The response failed; last event. */
export interface LlmOpenaiResponseFailedEvent {
  type: "response.failed";
  /** Position of the event in the stream. */
  sequence_number?: number;
  /** A model response. */
  response: LlmOpenaiResponse;
}

/** An error occurred after the stream started; last event. */
export interface LlmOpenaiResponseErrorEvent {
  type: "error";
  /** Position of the event in the stream. */
  sequence_number?: number;
  code?: string | null;
  message?: string;
  param?: string | null;
}

/** Text content. */
export interface LlmOpenaiChatTextPartParam {
  type: "text";
  text: string;
  [key: string]: unknown;
}

/** Image content by URL (or data URL). */
export interface LlmOpenaiChatImageUrlPartParam {
  type: "image_url";
  image_url: {
    /** Image URL or data URL. */
    url: string;
    /** Image detail, for example auto, low or high. */
    detail?: string;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

/** Any other OpenAI content part type (for example input_audio or file), passed through. */
export interface LlmOpenaiChatOtherContentPartParam {
  type: string;
  [key: string]: unknown;
}

/** Function name, description and JSON Schema parameters. */
export interface LlmOpenaiFunctionDefinitionParam {
  name: string;
  description?: string;
  /** JSON Schema of the arguments. */
  parameters?: Record<string, unknown>;
  strict?: boolean;
  [key: string]: unknown;
}

/** One choice of a streamed chunk; finish_reason is set on its last chunk. */
export interface LlmOpenaiChatCompletionChunkChoice {
  index?: number;
  /** What a chunk adds to the message. */
  delta?: LlmOpenaiChatCompletionChunkDelta;
  /** stop, length, tool_calls or content_filter on the last chunk; null before. */
  finish_reason?: string | null;
}

/** A content part of an input message; supported types: input_text, input_image, input_file. */
export type LlmOpenaiResponseInputContentParam = LlmOpenaiInputTextParam | LlmOpenaiInputImageParam | LlmOpenaiInputFileParam;

/** What a chunk adds to the message. */
export interface LlmOpenaiChatCompletionChunkDelta {
  role?: string;
  content?: string | null;
  reasoning_content?: string | null;
  tool_calls?: Array<LlmOpenaiToolCall>;
}

/** Text input. */
export interface LlmOpenaiInputTextParam {
  type: "input_text";
  text: string;
  [key: string]: unknown;
}

/** Image input by URL (or data URL) or uploaded file id. */
export interface LlmOpenaiInputImageParam {
  type: "input_image";
  image_url?: string;
  file_id?: string;
  /** Image detail, for example auto, low or high. */
  detail?: string;
  [key: string]: unknown;
}

/** File input by URL, Base64 data or file id. */
export interface LlmOpenaiInputFileParam {
  type: "input_file";
  file_url?: string;
  file_data?: string;
  file_id?: string;
  filename?: string;
  [key: string]: unknown;
}

/** Body of `openai.chat.completions.create`. */
export interface ChatCompletionsCreateParams {
  /** Model id. gpt-5.2 is the Chat Completions GPT model; deepseek-v4-flash (optional thinking mode) and deepseek-v4-pro are also served here. Other GPT models use /v1/responses. */
  model: "gpt-5.2" | "deepseek-v4-flash" | "deepseek-v4-pro";
  /** Conversation messages with role and content (text or multimodal parts). */
  messages: Array<LlmOpenaiChatMessageParam>;
  /** Tool definitions; supports `web_search` and OpenAI-style function tools. */
  tools?: Array<LlmOpenaiChatToolParam>;
  /** Reasoning effort, low or high. */
  reasoning_effort?: "low" | "high";
  /** Stream the answer as Server-Sent Events (chat.completion.chunk objects, then `data [DONE]`). */
  stream?: boolean;
  [key: string]: unknown;
}

/** Body of `openai.responses.create`. */
export interface ResponsesCreateParams {
  /** Model id (Responses API models). */
  model: "gpt-5.5" | "gpt-5.4" | "gpt-5-codex" | "gpt-5.1-codex" | "gpt-5.2-codex" | "gpt-5.3-codex" | "gpt-5.4-codex";
  /** A text string or an array of input items (messages with input_text, input_image and input_file parts). */
  input: string | Array<LlmOpenaiResponseInputItemParam>;
  /** Stream the answer as Server-Sent Events (response.* events). */
  stream?: boolean;
  /** Reasoning configuration. */
  reasoning?: {
    /** Reasoning effort, for example minimal, low, medium or high. */
    effort?: string;
    /** Reasoning summary, for example auto, concise or detailed. */
    summary?: string;
    [key: string]: unknown;
  };
  /** Web search or function calling tools (mutually exclusive). */
  tools?: Array<LlmOpenaiResponseToolParam>;
  /** Tool selection; set it to auto when using function tools. */
  tool_choice?: string;
  [key: string]: unknown;
}
