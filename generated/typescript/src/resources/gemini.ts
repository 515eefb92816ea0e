// gemini: resources of the client's `gemini` property.
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
import type * as T from '../types/gemini.js';

const OP_CHAT_COMPLETIONS_CREATE: OperationSpec = { id: "gemini.chat.completions.create", method: "POST", path: "/v1beta/openai/chat/completions", auth: "llm", body: "json", answer: ["id", "object", "choices"] };
const OP_OPENAI_MODELS_LIST: OperationSpec = { id: "gemini.openai.models.list", method: "GET", path: "/v1beta/openai/models", auth: "llm", body: "none", answer: ["object", "data"] };
const OP_MODELS_LIST: OperationSpec = { id: "gemini.models.list", method: "GET", path: "/v1beta/models", auth: "llm", body: "none", answer: ["models"] };
const OP_MODELS_STREAM_GENERATE_CONTENT: OperationSpec = { id: "gemini.models.stream_generate_content", method: "POST", path: "/v1beta/models/{model}:streamGenerateContent", auth: "llm", body: "json", query: ["alt"] };

/** Chat completions. */
export class ChatCompletions extends APIResource {
  protected static override readonly group = "gemini";
  protected static override readonly schemas = SCHEMAS["gemini"];

  /**
   * Create a Gemini chat completion (OpenAI-compatible)
   *
   * Gemini through the OpenAI Chat Completions format: point the OpenAI SDK at
   * `https://runapi.ai/v1beta/openai`. Models: `gemini-2.5-flash`, `gemini-2.5-pro`,
   * `gemini-3.1-pro-preview`, `gemini-3-flash-preview`, `gemini-3-pro-preview`
   * (`gemini-3.5-flash` is served only by the contents streaming endpoint). Extras:
   * `include_thoughts` (thought traces), `reasoning_effort` (`low` / `high`, every model here
   * except gemini-2.5-flash), `response_format` (`json_schema` structured output), Google
   * Search via a `googleSearch` function tool and OpenAI-style custom function tools.
   * Unknown OpenAI fields are passed through.
   *
   * **Streaming.** With `stream: true` the answer is `text/event-stream`: each SSE `data:`
   * line carries one `chat.completion.chunk` object and the stream ends with `data: [DONE]`.
   *
   * Rules checked before sending:
   * - reasoning_effort is supported on all Gemini models here except gemini-2.5-flash
   *
   * `POST /v1beta/openai/chat/completions`
   */
  create(params: T.ChatCompletionsCreateParams & { stream: true }, options?: RequestOptions): Promise<Stream<T.LlmGeminiChatCompletionStreamEvent>>;
  create(params: T.ChatCompletionsCreateParams & { stream?: false | undefined }, options?: RequestOptions): Promise<T.LlmGeminiChatCompletion>;
  create(params: T.ChatCompletionsCreateParams, options?: RequestOptions): Promise<T.LlmGeminiChatCompletion | Stream<T.LlmGeminiChatCompletionStreamEvent>>;
  create(params: T.ChatCompletionsCreateParams, options?: RequestOptions): Promise<T.LlmGeminiChatCompletion | Stream<T.LlmGeminiChatCompletionStreamEvent>> {
    if ((params as { stream?: unknown }).stream === true) {
      return this._stream<T.LlmGeminiChatCompletionStreamEvent>(OP_CHAT_COMPLETIONS_CREATE, params, undefined, options);
    }
    return this._call<T.LlmGeminiChatCompletion>(OP_CHAT_COMPLETIONS_CREATE, params, undefined, options);
  }

  /** `create` with `stream: true`: resolves with the async iterable of its events. */
  stream(params: DistributiveOmit<T.ChatCompletionsCreateParams, 'stream'>, options?: RequestOptions): Promise<Stream<T.LlmGeminiChatCompletionStreamEvent>> {
    return this._stream<T.LlmGeminiChatCompletionStreamEvent>(OP_CHAT_COMPLETIONS_CREATE, { ...params, stream: true }, undefined, options);
  }

  /** Check a `create` body against every rule of gemini.chat.completions.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.ChatCompletionsCreateParams): Promise<void> {
    return this._validate(OP_CHAT_COMPLETIONS_CREATE, params);
  }
}

/** Openai models. */
export class OpenaiModels extends APIResource {
  protected static override readonly group = "gemini";
  protected static override readonly schemas = SCHEMAS["gemini"];

  /**
   * List Gemini models (OpenAI format)
   *
   * What the OpenAI SDK's `models.list()` calls with base URL
   * `https://runapi.ai/v1beta/openai`: the Gemini models available to the key in OpenAI List
   * Models format (restricted by the key's `allowed_models`, if any).
   *
   * `GET /v1beta/openai/models`
   */
  list(options?: RequestOptions): Promise<T.LlmGeminiOpenaiModelList> {
    return this._call<T.LlmGeminiOpenaiModelList>(OP_OPENAI_MODELS_LIST, undefined, undefined, options);
  }
}

/** Chat. */
export class Chat extends APIResource {
  protected static override readonly group = "gemini";
  protected static override readonly schemas = SCHEMAS["gemini"];
  #children: Record<string, unknown> = {};

  get completions(): ChatCompletions {
    return (this.#children.completions ??= new ChatCompletions(this._client)) as ChatCompletions;
  }
}

/** Models. */
export class Models extends APIResource {
  protected static override readonly group = "gemini";
  protected static override readonly schemas = SCHEMAS["gemini"];

  /**
   * List Gemini models (Google AI format)
   *
   * Returns the Gemini models available to the key in the Google AI `models.list` format.
   * When the key has `allowed_models` restrictions only permitted models are listed. (The
   * OpenAI SDK with base URL `https://runapi.ai/v1beta/openai` calls
   * `GET /v1beta/openai/models` instead, which answers in OpenAI list format.)
   *
   * `GET /v1beta/models`
   */
  list(options?: RequestOptions): Promise<T.LlmGeminiModelList> {
    return this._call<T.LlmGeminiModelList>(OP_MODELS_LIST, undefined, undefined, options);
  }

  /**
   * Stream generated content (native Gemini contents API)
   *
   * Native Gemini `streamGenerateContent` for `gemini-3-flash-preview` and `gemini-3.5-flash`;
   * the model is taken from the URL path. The body is a Gemini contents request (`contents`,
   * `tools` with `functionDeclarations`, `generationConfig.thinkingConfig`, ...); unknown
   * Gemini fields are passed through.
   *
   * **Streaming.** The answer is `text/event-stream`: each SSE `data:` line carries one
   * `GenerateContentResponse` chunk (candidates with content parts - text, thought parts,
   * function calls - plus `usageMetadata`); the last chunk has a `finishReason` and the stream
   * then closes (no `[DONE]` sentinel).
   *
   * `POST /v1beta/models/{model}:streamGenerateContent`
   */
  streamGenerateContent(model: string, params: T.ModelsStreamGenerateContentParams, options?: RequestOptions): Promise<Stream<T.LlmGeminiStreamEvent>> {
    return this._stream<T.LlmGeminiStreamEvent>(OP_MODELS_STREAM_GENERATE_CONTENT, params, { "model": model }, options);
  }

  /** Check a `streamGenerateContent` body against every rule of gemini.models.stream_generate_content without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.ModelsStreamGenerateContentParams): Promise<void> {
    return this._validate(OP_MODELS_STREAM_GENERATE_CONTENT, params);
  }
}

/** Openai. */
export class Openai extends APIResource {
  protected static override readonly group = "gemini";
  protected static override readonly schemas = SCHEMAS["gemini"];
  #children: Record<string, unknown> = {};

  get models(): OpenaiModels {
    return (this.#children.models ??= new OpenaiModels(this._client)) as OpenaiModels;
  }
}

/** Gemini models through the OpenAI-compatible and native Gemini paths. */
export class Gemini extends APIResource {
  protected static override readonly group = "gemini";
  protected static override readonly schemas = SCHEMAS["gemini"];
  #children: Record<string, unknown> = {};

  get chat(): Chat {
    return (this.#children.chat ??= new Chat(this._client)) as Chat;
  }

  get models(): Models {
    return (this.#children.models ??= new Models(this._client)) as Models;
  }

  get openai(): Openai {
    return (this.#children.openai ??= new Openai(this._client)) as Openai;
  }
}
