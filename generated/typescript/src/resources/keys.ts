// keys: resources of the client's `keys` property.
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
import type * as T from '../types/keys.js';

const OP_LIST: OperationSpec = { id: "keys.list", method: "GET", path: "/api/v1/keys", auth: "management_key", body: "none", answer: null };
const OP_CREATE: OperationSpec = { id: "keys.create", method: "POST", path: "/api/v1/keys", auth: "management_key", body: "json", answer: ["id", "enabled", "key"] };
const OP_GET: OperationSpec = { id: "keys.get", method: "GET", path: "/api/v1/keys/{id}", auth: "management_key", body: "none", answer: ["id", "enabled"] };
const OP_DELETE: OperationSpec = { id: "keys.delete", method: "DELETE", path: "/api/v1/keys/{id}", auth: "management_key", body: "none" };
const OP_UPDATE: OperationSpec = { id: "keys.update", method: "PATCH", path: "/api/v1/keys/{id}", auth: "management_key", body: "json", answer: ["id", "enabled"] };

/** API keys, guardrails and guardrail assignments, authenticated with a management key. */
export class Keys extends APIResource {
  protected static override readonly group = "keys";
  protected static override readonly schemas = SCHEMAS["keys"];

  /**
   * List API keys
   *
   * Lists the account's standard API keys (the secret itself is never listed, only `masked_token`). Requires a management key.
   *
   * `GET /api/v1/keys`
   */
  list(options?: RequestOptions): Promise<T.KeysListResponse> {
    return this._call<T.KeysListResponse>(OP_LIST, undefined, undefined, options);
  }

  /**
   * Create an API key
   *
   * Creates a standard API key. `credit_limit_cents` alone is a lifetime budget; with
   * `credit_limit_reset_interval` the cap resets each daily, weekly or monthly window.
   * `allowed_models` restricts the key to a fixed set of models (requests for other models
   * answer 422); omit it, or send null or `[]`, to allow all models. `enabled: false` makes
   * requests with the key answer 401. `guardrail_id` attaches a reusable guardrail. The
   * secret `key` is returned only once, in this answer.
   *
   * `POST /api/v1/keys`
   */
  create(params: T.CreateParams = {}, options?: RequestOptions): Promise<T.ManagementCreatedApiKey> {
    return this._call<T.ManagementCreatedApiKey>(OP_CREATE, params, undefined, options);
  }

  /**
   * Get an API key
   *
   * Returns one API key with its spending so far (total, today, this week, this month, in USD cents).
   *
   * `GET /api/v1/keys/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.ManagementApiKeyDetail> {
    return this._call<T.ManagementApiKeyDetail>(OP_GET, undefined, { "id": id }, options);
  }

  /**
   * Delete an API key
   *
   * Revokes and deletes the API key.
   *
   * `DELETE /api/v1/keys/{id}`
   */
  delete(id: string, options?: RequestOptions): Promise<void> {
    return this._call<void>(OP_DELETE, undefined, { "id": id }, options);
  }

  /**
   * Update an API key
   *
   * Updates fields that are present and leaves omitted ones unchanged. Send
   * `credit_limit_cents` as null or an empty string to clear the cap. `allowed_models` is
   * replaced absolutely: null or `[]` clears the allowlist, omitting it keeps it.
   * `enabled: false` revokes authentication immediately and `true` re-enables it,
   * independently of the cap. `guardrail_id` is not accepted here; use the guardrail
   * assignment operations to replace or remove a key's guardrail.
   *
   * Rules checked before sending:
   * - guardrail_id is not accepted when updating a key; use the guardrail assignment operations
   *
   * `PATCH /api/v1/keys/{id}`
   */
  update(id: string, params: T.UpdateParams = {}, options?: RequestOptions): Promise<T.ManagementApiKey> {
    return this._call<T.ManagementApiKey>(OP_UPDATE, params, { "id": id }, options);
  }

  /** Check a `create` body against every rule of keys.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validateCreate(params: T.CreateParams): Promise<void> {
    return this._validate(OP_CREATE, params);
  }

  /** Check a `update` body against every rule of keys.update without sending anything; rejects with `ValidationError` naming each broken rule. */
  validateUpdate(params: T.UpdateParams): Promise<void> {
    return this._validate(OP_UPDATE, params);
  }
}
