// openai: resources of the client's `openai` property.
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
import type * as T from '../types/openai.js';

const OP_CHAT_COMPLETIONS_CREATE: OperationSpec = { id: "openai.chat.completions.create", method: "POST", path: "/v1/chat/completions", auth: "llm", body: "json", answer: ["id", "object", "choices"] };
const OP_RESPONSES_CREATE: OperationSpec = { id: "openai.responses.create", method: "POST", path: "/v1/responses", auth: "llm", body: "json", answer: ["output", "status"] };

/** Chat completions. */
export class ChatCompletions extends APIResource {
  protected static override readonly group = "openai";
  protected static override readonly schemas = SCHEMAS["openai"];

  /**
   * Create a chat completion (OpenAI Chat Completions API)
   *
   * OpenAI-compatible Chat Completions endpoint: point the OpenAI SDK at
   * `https://runapi.ai/v1` and use a RunAPI API key. Serves `gpt-5.2` and the DeepSeek models
   * `deepseek-v4-flash` (optional thinking mode) and `deepseek-v4-pro`; the Responses-API GPT
   * models (gpt-5.5, gpt-5.4, Codex) use `POST /v1/responses` instead. Messages may mix text
   * and `image_url` parts; `tools` supports `web_search` and function tools;
   * `reasoning_effort` is `low` or `high` (default `high`). Unknown OpenAI fields are passed
   * through.
   *
   * **Streaming.** With `stream: true` the answer is `text/event-stream`: each SSE `data:`
   * line carries one `chat.completion.chunk` object, and the stream ends with the line
   * `data: [DONE]`.
   *
   * **Billing.** Token-based; a provisional amount is reserved and adjusted to the actual
   * usage (DeepSeek cached prompt tokens are billed at a reduced cache-read rate).
   *
   * `POST /v1/chat/completions`
   */
  create(params: T.ChatCompletionsCreateParams & { stream: true }, options?: RequestOptions): Promise<Stream<T.LlmOpenaiChatCompletionStreamEvent>>;
  create(params: T.ChatCompletionsCreateParams & { stream?: false | undefined }, options?: RequestOptions): Promise<T.LlmOpenaiChatCompletion>;
  create(params: T.ChatCompletionsCreateParams, options?: RequestOptions): Promise<T.LlmOpenaiChatCompletion | Stream<T.LlmOpenaiChatCompletionStreamEvent>>;
  create(params: T.ChatCompletionsCreateParams, options?: RequestOptions): Promise<T.LlmOpenaiChatCompletion | Stream<T.LlmOpenaiChatCompletionStreamEvent>> {
    if ((params as { stream?: unknown }).stream === true) {
      return this._stream<T.LlmOpenaiChatCompletionStreamEvent>(OP_CHAT_COMPLETIONS_CREATE, params, undefined, options);
    }
    return this._call<T.LlmOpenaiChatCompletion>(OP_CHAT_COMPLETIONS_CREATE, params, undefined, options);
  }

  /** `create` with `stream: true`: resolves with the async iterable of its events. */
  stream(params: DistributiveOmit<T.ChatCompletionsCreateParams, 'stream'>, options?: RequestOptions): Promise<Stream<T.LlmOpenaiChatCompletionStreamEvent>> {
    return this._stream<T.LlmOpenaiChatCompletionStreamEvent>(OP_CHAT_COMPLETIONS_CREATE, { ...params, stream: true }, undefined, options);
  }

  /** Check a `create` body against every rule of openai.chat.completions.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.ChatCompletionsCreateParams): Promise<void> {
    return this._validate(OP_CHAT_COMPLETIONS_CREATE, params);
  }
}

/** Chat. */
export class Chat extends APIResource {
  protected static override readonly group = "openai";
  protected static override readonly schemas = SCHEMAS["openai"];
  #children: Record<string, unknown> = {};

  get completions(): ChatCompletions {
    return (this.#children.completions ??= new ChatCompletions(this._client)) as ChatCompletions;
  }
}

/** Responses. */
export class Responses extends APIResource {
  protected static override readonly group = "openai";
  protected static override readonly schemas = SCHEMAS["openai"];

  /**
   * Create a model response (OpenAI Responses API)
   *
   * OpenAI-compatible Responses endpoint for `gpt-5.5`, `gpt-5.4` and the Codex models
   * (`gpt-5-codex`, `gpt-5.1-codex`, `gpt-5.2-codex`, `gpt-5.3-codex`, `gpt-5.4-codex`).
   * `input` is a string or an array of input items whose content parts are `input_text`,
   * `input_image` or `input_file`. `reasoning.effort` controls reasoning; `tools` holds either
   * web search or function tools (not both); set `tool_choice` to `auto` with function tools.
   * Unknown OpenAI fields are passed through.
   *
   * **Streaming.** With `stream: true` the answer is `text/event-stream`: each SSE `data:`
   * line carries one `response.*` event object (also named on the preceding `event:` line):
   * `response.output_text.delta` for text, `response.function_call_arguments.delta` for tool
   * arguments and finally `response.completed` with the usage; the stream ends after
   * `response.completed` (or `response.failed` / `error`).
   *
   * Rules checked before sending:
   * - tools holds either web search or function tools, not both (they are mutually exclusive)
   *
   * `POST /v1/responses`
   */
  create(params: T.ResponsesCreateParams & { stream: true }, options?: RequestOptions): Promise<Stream<T.LlmOpenaiResponseStreamEvent>>;
  create(params: T.ResponsesCreateParams & { stream?: false | undefined }, options?: RequestOptions): Promise<T.LlmOpenaiResponse>;
  create(params: T.ResponsesCreateParams, options?: RequestOptions): Promise<T.LlmOpenaiResponse | Stream<T.LlmOpenaiResponseStreamEvent>>;
  create(params: T.ResponsesCreateParams, options?: RequestOptions): Promise<T.LlmOpenaiResponse | Stream<T.LlmOpenaiResponseStreamEvent>> {
    if ((params as { stream?: unknown }).stream === true) {
      return this._stream<T.LlmOpenaiResponseStreamEvent>(OP_RESPONSES_CREATE, params, undefined, options);
    }
    return this._call<T.LlmOpenaiResponse>(OP_RESPONSES_CREATE, params, undefined, options);
  }

  /** `create` with `stream: true`: resolves with the async iterable of its events. */
  stream(params: DistributiveOmit<T.ResponsesCreateParams, 'stream'>, options?: RequestOptions): Promise<Stream<T.LlmOpenaiResponseStreamEvent>> {
    return this._stream<T.LlmOpenaiResponseStreamEvent>(OP_RESPONSES_CREATE, { ...params, stream: true }, undefined, options);
  }

  /** Check a `create` body against every rule of openai.responses.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.ResponsesCreateParams): Promise<void> {
    return this._validate(OP_RESPONSES_CREATE, params);
  }
}

/** OpenAI-compatible Chat Completions and Responses APIs. */
export class Openai extends APIResource {
  protected static override readonly group = "openai";
  protected static override readonly schemas = SCHEMAS["openai"];
  #children: Record<string, unknown> = {};

  get chat(): Chat {
    return (this.#children.chat ??= new Chat(this._client)) as Chat;
  }

  get responses(): Responses {
    return (this.#children.responses ??= new Responses(this._client)) as Responses;
  }
}
