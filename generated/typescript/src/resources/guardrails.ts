// guardrails: resources of the client's `guardrails` property.
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
import type * as T from '../types/guardrails.js';

const OP_LIST: OperationSpec = { id: "guardrails.list", method: "GET", path: "/api/v1/guardrails", auth: "management_key", body: "none", answer: ["guardrails"] };
const OP_CREATE: OperationSpec = { id: "guardrails.create", method: "POST", path: "/api/v1/guardrails", auth: "management_key", body: "json", answer: ["guardrail"] };
const OP_GET: OperationSpec = { id: "guardrails.get", method: "GET", path: "/api/v1/guardrails/{id}", auth: "management_key", body: "none", answer: ["guardrail"] };
const OP_DELETE: OperationSpec = { id: "guardrails.delete", method: "DELETE", path: "/api/v1/guardrails/{id}", auth: "management_key", body: "none" };
const OP_UPDATE: OperationSpec = { id: "guardrails.update", method: "PATCH", path: "/api/v1/guardrails/{id}", auth: "management_key", body: "json", answer: ["guardrail"] };

/** API keys, guardrails and guardrail assignments, authenticated with a management key. */
export class Guardrails extends APIResource {
  protected static override readonly group = "guardrails";
  protected static override readonly schemas = SCHEMAS["guardrails"];

  /**
   * List guardrails
   *
   * Lists the account's guardrails - reusable policy templates with model and provider allow/block lists, a total spending cap and per-model budgets.
   *
   * `GET /api/v1/guardrails`
   */
  list(options?: RequestOptions): Promise<T.ManagementGuardrailList> {
    return this._call<T.ManagementGuardrailList>(OP_LIST, undefined, undefined, options);
  }

  /**
   * Create a guardrail
   *
   * Creates a guardrail; any management key may create one in its account. `name` is unique
   * within the account (case-insensitive). Blocklists always win over allowlists; empty or
   * null allowlists allow everything. A total cap (`credit_limit_cents`) must be sent
   * together with its `credit_limit_reset_interval`. `model_budgets` are scoped caps that only
   * count requests in their scope (they never reject requests outside it): `include` counts
   * only the listed models, `exclude` counts every model except them (new models are counted
   * by default).
   *
   * Rules checked before sending:
   * - credit_limit_cents must be set together with credit_limit_reset_interval
   *
   * `POST /api/v1/guardrails`
   */
  create(params: T.CreateParams, options?: RequestOptions): Promise<T.ManagementGuardrailEnvelope> {
    return this._call<T.ManagementGuardrailEnvelope>(OP_CREATE, params, undefined, options);
  }

  /**
   * Get a guardrail
   *
   * Returns one guardrail wrapped in `{"guardrail": {...}}`.
   *
   * `GET /api/v1/guardrails/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.ManagementGuardrailEnvelope> {
    return this._call<T.ManagementGuardrailEnvelope>(OP_GET, undefined, { "id": id }, options);
  }

  /**
   * Delete a guardrail
   *
   * Soft-deletes the guardrail and destroys all its assignments; its name becomes available again. Same permission rule as update.
   *
   * `DELETE /api/v1/guardrails/{id}`
   */
  delete(id: string, options?: RequestOptions): Promise<void> {
    return this._call<void>(OP_DELETE, undefined, { "id": id }, options);
  }

  /**
   * Update a guardrail
   *
   * Scalar fields (`name`, `description`, `enabled`, `credit_limit_cents`,
   * `credit_limit_reset_interval`) are overwritten when present and kept when omitted. Rule
   * arrays (`allowed_models`, `blocked_models`, `allowed_providers`, `blocked_providers`) and
   * `model_budgets` are replaced absolutely when present; null or `[]` clears them. Account
   * admins may update any guardrail; other management keys only guardrails they created
   * while those are assigned solely to their own API keys (403 otherwise).
   *
   * `PATCH /api/v1/guardrails/{id}`
   */
  update(id: string, params: T.UpdateParams = {}, options?: RequestOptions): Promise<T.ManagementGuardrailEnvelope> {
    return this._call<T.ManagementGuardrailEnvelope>(OP_UPDATE, params, { "id": id }, options);
  }

  /** Check a `create` body against every rule of guardrails.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validateCreate(params: T.CreateParams): Promise<void> {
    return this._validate(OP_CREATE, params);
  }

  /** Check a `update` body against every rule of guardrails.update without sending anything; rejects with `ValidationError` naming each broken rule. */
  validateUpdate(params: T.UpdateParams): Promise<void> {
    return this._validate(OP_UPDATE, params);
  }
}
