// models: resources of the client's `models` property.
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
import type * as T from '../types/models.js';

const OP_LIST: OperationSpec = { id: "models.list", method: "GET", path: "/v1/models", auth: "llm", body: "none", answer: [] };

/** Models available to the key, in Anthropic or OpenAI list format. */
export class Models extends APIResource {
  protected static override readonly group = "models";
  protected static override readonly schemas = SCHEMAS["models"];

  /**
   * List the language models available to the key
   *
   * One path serves both SDKs' `models.list()`: the Anthropic SDK (base URL
   * `https://runapi.ai`) and the OpenAI SDK (base URL `https://runapi.ai/v1`) both call
   * `GET /v1/models`. The answer is either an Anthropic list (`data` of `type: model` entries
   * with `display_name` and `created_at`, plus `has_more`, `first_id`, `last_id`) or an
   * OpenAI list (`object: list`, `data` of `object: model` entries with `created` and
   * `owned_by`). Claude, GPT and DeepSeek models appear (DeepSeek in both formats). When the
   * key has `allowed_models` restrictions only permitted models are returned.
   *
   * `GET /v1/models`
   */
  list(options?: RequestOptions): Promise<T.LlmModelsList> {
    return this._call<T.LlmModelsList>(OP_LIST, undefined, undefined, options);
  }
}
