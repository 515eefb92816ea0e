// anthropic: resources of the client's `anthropic` property.
// Generated from spec/openapi.yaml; do not edit.
import type { RequestOptions } from '../core/client.js';
import {
  APIResource,
  TaskResource,
  type DistributiveOmit,
  type OperationSpec,
  type RunOptions,
  type WaitOptions,
} from '../core/resource.js';
import type { Stream } from '../core/streaming.js';
import type { RawBody, VerifyOptions, WebhookHeaders } from '../core/webhooks.js';
import { SCHEMAS } from '../schemas/index.js';
import type * as T from '../types/anthropic.js';

const OP_MESSAGES_CREATE: OperationSpec = { id: "anthropic.messages.create", method: "POST", path: "/v1/messages", auth: "llm", body: "json", answer: ["id", "type", "role", "content", "model"] };
const OP_MESSAGES_COUNT_TOKENS: OperationSpec = { id: "anthropic.messages.count_tokens", method: "POST", path: "/v1/messages/count_tokens", auth: "llm", body: "json", answer: ["input_tokens"] };

/** Messages. */
export class Messages extends APIResource {
  protected static override readonly group = "anthropic";
  protected static override readonly schemas = SCHEMAS["anthropic"];

  /**
   * Create a message (Anthropic Messages API)
   *
   * Anthropic-compatible Messages endpoint: point the official Anthropic SDK (or Claude Code,
   * via `ANTHROPIC_BASE_URL`) at `https://runapi.ai` and use a RunAPI API key. Accepts the
   * standard Anthropic request shape; unknown vendor fields are passed through.
   *
   * Models: `claude-opus-4-7`, `claude-opus-4-6`, `claude-sonnet-4-6`,
   * `claude-opus-4-5-20251101`, `claude-sonnet-4-5-20250929`, `claude-haiku-4-5-20251001`
   * (the aliases `claude-opus-4-5`, `claude-sonnet-4-5`, `claude-haiku-4-5` are accepted and
   * canonicalized to the dated ids), plus the DeepSeek models `deepseek-v4-flash` and
   * `deepseek-v4-pro`.
   *
   * RunAPI extensions: `reasoning_effort` (`low` / `high`), `include_thoughts` (Claude Sonnet
   * only) and web access through a `googleSearch` function tool where supported. Media blocks
   * stay inside `messages[].content`; besides Anthropic's `image` block an OpenAI-style
   * `image_url` block is accepted.
   *
   * **Streaming.** With `stream: true` the answer is `text/event-stream`: each event is an
   * `event: <type>` line followed by a `data:` line carrying one JSON event object
   * (`message_start`, `content_block_start`, `content_block_delta`, `content_block_stop`,
   * `message_delta`, `message_stop`, plus Anthropic's `ping` and `error`). The stream ends with
   * the `message_stop` event; there is no `[DONE]` sentinel.
   *
   * **Billing.** Token-based; a provisional hold is placed when the request starts and settled
   * from the final `usage`.
   *
   * Rules checked before sending:
   * - include_thoughts is available for Claude Sonnet models only (claude-sonnet-4-6, claude-sonnet-4-5-20250929 and its alias claude-sonnet-4-5).
   *
   * `POST /v1/messages`
   */
  create(params: T.MessagesCreateParams & { stream: true }, options?: RequestOptions): Promise<Stream<T.LlmAnthropicStreamEvent>>;
  create(params: T.MessagesCreateParams & { stream?: false | undefined }, options?: RequestOptions): Promise<T.LlmAnthropicMessage>;
  create(params: T.MessagesCreateParams, options?: RequestOptions): Promise<T.LlmAnthropicMessage | Stream<T.LlmAnthropicStreamEvent>>;
  create(params: T.MessagesCreateParams, options?: RequestOptions): Promise<T.LlmAnthropicMessage | Stream<T.LlmAnthropicStreamEvent>> {
    if ((params as { stream?: unknown }).stream === true) {
      return this._stream<T.LlmAnthropicStreamEvent>(OP_MESSAGES_CREATE, params, undefined, options);
    }
    return this._call<T.LlmAnthropicMessage>(OP_MESSAGES_CREATE, params, undefined, options);
  }

  /** `create` with `stream: true`: resolves with the async iterable of its events. */
  stream(params: DistributiveOmit<T.MessagesCreateParams, 'stream'>, options?: RequestOptions): Promise<Stream<T.LlmAnthropicStreamEvent>> {
    return this._stream<T.LlmAnthropicStreamEvent>(OP_MESSAGES_CREATE, { ...params, stream: true }, undefined, options);
  }

  /**
   * Count the input tokens of a message request
   *
   * Accepts the same request shape as `POST /v1/messages` (`max_tokens` is not needed) and
   * returns a local estimate of the input tokens only. Image blocks count as a fixed 512
   * tokens rather than model-specific vision counting; use the final `usage` of
   * `POST /v1/messages` for exact billed counts.
   *
   * Rules checked before sending:
   * - include_thoughts is available for Claude Sonnet models only (claude-sonnet-4-6, claude-sonnet-4-5-20250929 and its alias claude-sonnet-4-5).
   *
   * `POST /v1/messages/count_tokens`
   */
  countTokens(params: T.MessagesCountTokensParams, options?: RequestOptions): Promise<T.LlmAnthropicTokenCount> {
    return this._call<T.LlmAnthropicTokenCount>(OP_MESSAGES_COUNT_TOKENS, params, undefined, options);
  }

  /** Check a `create` body against every rule of anthropic.messages.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validateCreate(params: T.MessagesCreateParams): Promise<void> {
    return this._validate(OP_MESSAGES_CREATE, params);
  }

  /** Check a `countTokens` body against every rule of anthropic.messages.count_tokens without sending anything; rejects with `ValidationError` naming each broken rule. */
  validateCountTokens(params: T.MessagesCountTokensParams): Promise<void> {
    return this._validate(OP_MESSAGES_COUNT_TOKENS, params);
  }
}

/** Anthropic-compatible Messages API for Claude and DeepSeek models. */
export class Anthropic extends APIResource {
  protected static override readonly group = "anthropic";
  protected static override readonly schemas = SCHEMAS["anthropic"];
  #children: Record<string, unknown> = {};

  get messages(): Messages {
    return (this.#children.messages ??= new Messages(this._client)) as Messages;
  }
}
