// Types of the anthropic operations: request bodies and answers.
// Generated from spec/openapi.yaml; do not edit.
import type { Completed } from '../core/resource.js';
import type { Uploadable } from '../core/uploads.js';

/** One conversation turn. */
export interface LlmAnthropicInputMessageParam {
  /** Author of the turn (`user` or `assistant` in the Anthropic protocol). */
  role: string;
  /** Plain text, or an array of content blocks (text, images, tool use and results, thinking). */
  content: string | Array<LlmAnthropicInputContentBlockParam>;
  [key: string]: unknown;
}

/** A text block. */
export interface LlmAnthropicTextBlockParam {
  type: "text";
  text: string;
  [key: string]: unknown;
}

/** A tool definition, either Anthropic's (`name` + `input_schema`) or the OpenAI-style function form used for web access (`{"type": "function", "function": {"name": "googleSearch"}}`). */
export type LlmAnthropicToolParam = LlmAnthropicNamedToolParam | LlmAnthropicFunctionToolParam;

/** A generated message. */
export interface LlmAnthropicMessage {
  id: string;
  type: "message";
  role: "assistant";
  /** Output blocks (`text`, `thinking`, `tool_use`, ...). */
  content: Array<LlmAnthropicOutputContentBlock>;
  model: string;
  /** Why generation stopped (end_turn, max_tokens, stop_sequence, tool_use, ...); null in message_start. */
  stop_reason?: string | null;
  stop_sequence?: string | null;
  /** Token usage; the basis of billing. */
  usage?: LlmAnthropicUsage;
}

/**
 * The JSON object carried by one SSE `data:` line of a streamed message (the line before it
 * is `event: <type>`). Order: `message_start`, then per block `content_block_start`,
 * `content_block_delta`..., `content_block_stop`, then `message_delta` and finally
 * `message_stop`, which ends the stream. `ping` may appear anywhere; `error` reports a
 * failure mid-stream.
 */
export type LlmAnthropicStreamEvent = LlmAnthropicMessageStartEvent | LlmAnthropicContentBlockStartEvent | LlmAnthropicContentBlockDeltaEvent | LlmAnthropicContentBlockStopEvent | LlmAnthropicMessageDeltaEvent | LlmAnthropicMessageStopEvent | LlmAnthropicPingEvent | LlmAnthropicErrorEvent;

/** Estimated input tokens. */
export interface LlmAnthropicTokenCount {
  input_tokens: number;
}

/** A content block of an input message. Known block types are typed; other Anthropic block types (for example `document`) are passed through. */
export type LlmAnthropicInputContentBlockParam = LlmAnthropicTextBlockParam | LlmAnthropicImageBlockParam | LlmAnthropicImageUrlBlockParam | LlmAnthropicToolUseBlockParam | LlmAnthropicToolResultBlockParam | LlmAnthropicThinkingBlockParam | LlmAnthropicOtherContentBlockParam;

/** An Anthropic tool - a custom tool with its input schema, or an Anthropic server tool of a versioned type. */
export interface LlmAnthropicNamedToolParam {
  /** Tool name. */
  name: string;
  description?: string;
  /** JSON Schema of the tool input. */
  input_schema?: Record<string, unknown>;
  /** Tool type (custom tools omit it or send `custom`; Anthropic server tools use their versioned type). */
  type?: string;
  [key: string]: unknown;
}

/** The OpenAI-style function form; `{"type": "function", "function": {"name": "googleSearch"}}` enables web access. */
export interface LlmAnthropicFunctionToolParam {
  type: "function";
  function: {
    /** Function name; `googleSearch` enables web access. */
    name: string;
    description?: string;
    parameters?: Record<string, unknown>;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

/** One output block; `text` carries text, `thinking` reasoning, `tool_use` a tool call. */
export interface LlmAnthropicOutputContentBlock {
  type: string;
  text?: string;
  thinking?: string;
  signature?: string;
  id?: string;
  name?: string;
  input?: Record<string, unknown>;
}

/** Token usage; the basis of billing. */
export interface LlmAnthropicUsage {
  input_tokens?: number;
  output_tokens?: number;
  cache_creation_input_tokens?: number | null;
  cache_read_input_tokens?: number | null;
}

/** Session started; carries the message metadata with empty content. */
export interface LlmAnthropicMessageStartEvent {
  type: "message_start";
  /** A generated message. */
  message: LlmAnthropicMessage;
}

/** A new content block begins at `index`. */
export interface LlmAnthropicContentBlockStartEvent {
  type: "content_block_start";
  index: number;
  /** One output block; `text` carries text, `thinking` reasoning, `tool_use` a tool call. */
  content_block: LlmAnthropicOutputContentBlock;
}

/** Incremental content for the block at `index` (text_delta, input_json_delta, thinking_delta or signature_delta). */
export interface LlmAnthropicContentBlockDeltaEvent {
  type: "content_block_delta";
  index: number;
  delta: {
    /** text_delta, input_json_delta, thinking_delta or signature_delta. */
    type: string;
    text?: string;
    partial_json?: string;
    thinking?: string;
    signature?: string;
  };
}

/** The block at `index` is complete. */
export interface LlmAnthropicContentBlockStopEvent {
  type: "content_block_stop";
  index: number;
}

/** Final message metadata (stop_reason, cumulative output usage). */
export interface LlmAnthropicMessageDeltaEvent {
  type: "message_delta";
  delta: {
    stop_reason?: string | null;
    stop_sequence?: string | null;
  };
  /** Token usage; the basis of billing. */
  usage?: LlmAnthropicUsage;
}

/** The stream is complete; no further events follow. */
export interface LlmAnthropicMessageStopEvent {
  type: "message_stop";
}

/** Keep-alive event; ignore it. */
export interface LlmAnthropicPingEvent {
  type: "ping";
}

/** An error that occurred after the stream started. */
export interface LlmAnthropicErrorEvent {
  type: "error";
  error: {
    type?: string;
    message?: string;
  };
}

/** Anthropic image block with a base64 or URL source. */
export interface LlmAnthropicImageBlockParam {
  type: "image";
  source: {
    /** Source kind, for example base64 or url. */
    type: string;
    /** MIME type of base64 data, for example image/png. */
    media_type?: string;
    /** Base64 image data (source type base64). */
    data?: string;
    /** Image URL (source type url). */
    url?: string;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

/** OpenAI-style image block accepted by RunAPI inside `messages[].content`. */
export interface LlmAnthropicImageUrlBlockParam {
  type: "image_url";
  image_url: {
    /** Image URL. */
    url: string;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

/** A tool call made by the assistant in an earlier turn. */
export interface LlmAnthropicToolUseBlockParam {
  type: "tool_use";
  id: string;
  name: string;
  input: Record<string, unknown>;
  [key: string]: unknown;
}

/** The result of a tool call, sent in a user turn. */
export interface LlmAnthropicToolResultBlockParam {
  type: "tool_result";
  tool_use_id: string;
  content?: string | Array<Record<string, unknown>>;
  is_error?: boolean;
  [key: string]: unknown;
}

/** A thinking block returned by an earlier turn (sent back unchanged). */
export interface LlmAnthropicThinkingBlockParam {
  type: "thinking";
  thinking: string;
  signature?: string;
  [key: string]: unknown;
}

/** Any other Anthropic content block type (for example document or redacted_thinking), passed through. */
export interface LlmAnthropicOtherContentBlockParam {
  type: string;
  [key: string]: unknown;
}

/** Body of `anthropic.messages.create`. */
export interface MessagesCreateParams {
  /**
   * Model id. Claude: claude-opus-4-7, claude-opus-4-6, claude-sonnet-4-6,
   * claude-opus-4-5-20251101, claude-sonnet-4-5-20250929, claude-haiku-4-5-20251001; the
   * aliases claude-opus-4-5, claude-sonnet-4-5 and claude-haiku-4-5 are canonicalized to the
   * dated ids. DeepSeek: deepseek-v4-flash (optional thinking mode), deepseek-v4-pro.
   */
  model: "claude-opus-4-7" | "claude-opus-4-6" | "claude-sonnet-4-6" | "claude-opus-4-5-20251101" | "claude-sonnet-4-5-20250929" | "claude-haiku-4-5-20251001" | "claude-opus-4-5" | "claude-sonnet-4-5" | "claude-haiku-4-5" | "deepseek-v4-flash" | "deepseek-v4-pro";
  /** Conversation turns, each with `role` and `content`. */
  messages: Array<LlmAnthropicInputMessageParam>;
  /** Maximum number of tokens to generate. */
  max_tokens: number;
  /** System prompt, as a string or (as Claude Code sends it) an array of text blocks. */
  system?: string | Array<LlmAnthropicTextBlockParam>;
  /** Stream the answer as Server-Sent Events (`text/event-stream`). */
  stream?: boolean;
  /** Sampling temperature, 0-1. */
  temperature?: number;
  /** Nucleus sampling threshold. */
  top_p?: number;
  /** Only sample from the top K options for each token. */
  top_k?: number;
  /** Tool definitions. Web access uses a `googleSearch` function tool where the model supports it. */
  tools?: Array<LlmAnthropicToolParam>;
  /** Tool selection strategy. */
  tool_choice?: {
    /** The strategy, for example auto (model decides), any (must use a tool), tool (must use the named tool) or none. */
    type: string;
    /** Tool name, with type tool. */
    name?: string;
    disable_parallel_tool_use?: boolean;
    [key: string]: unknown;
  };
  /** Custom sequences that stop generation. */
  stop_sequences?: Array<string>;
  /** Extended thinking configuration (Anthropic protocol). */
  thinking?: {
    /** Thinking mode, for example enabled, disabled or adaptive. */
    type: string;
    /** Tokens the model may spend thinking (Anthropic's type enabled takes a budget). */
    budget_tokens?: number;
    [key: string]: unknown;
  };
  /** RunAPI reasoning control, low or high. */
  reasoning_effort?: "low" | "high";
  /** Claude Sonnet only - include internal reasoning output when supported. */
  include_thoughts?: boolean;
  /** Request metadata. */
  metadata?: {
    /** Opaque identifier of the end user. */
    user_id?: string | null;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

/** Body of `anthropic.messages.count_tokens`. */
export interface MessagesCountTokensParams {
  /**
   * Model id. Claude: claude-opus-4-7, claude-opus-4-6, claude-sonnet-4-6,
   * claude-opus-4-5-20251101, claude-sonnet-4-5-20250929, claude-haiku-4-5-20251001; the
   * aliases claude-opus-4-5, claude-sonnet-4-5 and claude-haiku-4-5 are canonicalized to the
   * dated ids. DeepSeek: deepseek-v4-flash (optional thinking mode), deepseek-v4-pro.
   */
  model: "claude-opus-4-7" | "claude-opus-4-6" | "claude-sonnet-4-6" | "claude-opus-4-5-20251101" | "claude-sonnet-4-5-20250929" | "claude-haiku-4-5-20251001" | "claude-opus-4-5" | "claude-sonnet-4-5" | "claude-haiku-4-5" | "deepseek-v4-flash" | "deepseek-v4-pro";
  /** Conversation turns, each with `role` and `content`. */
  messages: Array<LlmAnthropicInputMessageParam>;
  /** Maximum number of tokens to generate. */
  max_tokens?: number;
  /** System prompt, as a string or (as Claude Code sends it) an array of text blocks. */
  system?: string | Array<LlmAnthropicTextBlockParam>;
  /** Stream the answer as Server-Sent Events (`text/event-stream`). */
  stream?: boolean;
  /** Sampling temperature, 0-1. */
  temperature?: number;
  /** Nucleus sampling threshold. */
  top_p?: number;
  /** Only sample from the top K options for each token. */
  top_k?: number;
  /** Tool definitions. Web access uses a `googleSearch` function tool where the model supports it. */
  tools?: Array<LlmAnthropicToolParam>;
  /** Tool selection strategy. */
  tool_choice?: {
    /** The strategy, for example auto (model decides), any (must use a tool), tool (must use the named tool) or none. */
    type: string;
    /** Tool name, with type tool. */
    name?: string;
    disable_parallel_tool_use?: boolean;
    [key: string]: unknown;
  };
  /** Custom sequences that stop generation. */
  stop_sequences?: Array<string>;
  /** Extended thinking configuration (Anthropic protocol). */
  thinking?: {
    /** Thinking mode, for example enabled, disabled or adaptive. */
    type: string;
    /** Tokens the model may spend thinking (Anthropic's type enabled takes a budget). */
    budget_tokens?: number;
    [key: string]: unknown;
  };
  /** RunAPI reasoning control, low or high. */
  reasoning_effort?: "low" | "high";
  /** Claude Sonnet only - include internal reasoning output when supported. */
  include_thoughts?: boolean;
  /** Request metadata. */
  metadata?: {
    /** Opaque identifier of the end user. */
    user_id?: string | null;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}
