// guardrail_assignments: resources of the client's `guardrailAssignments` property.
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
import type * as T from '../types/guardrail_assignments.js';

const OP_LIST: OperationSpec = { id: "guardrail_assignments.list", method: "GET", path: "/api/v1/guardrail_assignments", auth: "management_key", body: "none", answer: ["guardrail_assignments"] };
const OP_CREATE: OperationSpec = { id: "guardrail_assignments.create", method: "POST", path: "/api/v1/guardrail_assignments", auth: "management_key", body: "json", answer: ["guardrail_assignment"] };
const OP_DELETE: OperationSpec = { id: "guardrail_assignments.delete", method: "DELETE", path: "/api/v1/guardrail_assignments/{id}", auth: "management_key", body: "none" };

/** API keys, guardrails and guardrail assignments, authenticated with a management key. */
export class GuardrailAssignments extends APIResource {
  protected static override readonly group = "guardrail_assignments";
  protected static override readonly schemas = SCHEMAS["guardrail_assignments"];

  /**
   * List guardrail assignments
   *
   * Returns `{"guardrail_assignments": [...]}`. Account admins see every assignment in the account; other management keys only those on their own API keys.
   *
   * `GET /api/v1/guardrail_assignments`
   */
  list(options?: RequestOptions): Promise<T.ManagementGuardrailAssignmentList> {
    return this._call<T.ManagementGuardrailAssignmentList>(OP_LIST, undefined, undefined, options);
  }

  /**
   * Attach a guardrail to an API key or member
   *
   * Links one guardrail to one API key (`api_token_id`) or one account member
   * (`account_user_id`, admin only) - exactly one of the two. Each target may have at most one
   * direct assignment: 422 if it already has one. To replace a guardrail, delete the existing
   * assignment and create a new one.
   *
   * Rules checked before sending:
   * - Provide exactly one of api_token_id or account_user_id
   *
   * `POST /api/v1/guardrail_assignments`
   */
  create(params: T.CreateParams, options?: RequestOptions): Promise<T.ManagementGuardrailAssignmentEnvelope> {
    return this._call<T.ManagementGuardrailAssignmentEnvelope>(OP_CREATE, params, undefined, options);
  }

  /**
   * Remove a guardrail assignment
   *
   * Removes the guardrail from its target without affecting the guardrail or the target.
   *
   * `DELETE /api/v1/guardrail_assignments/{id}`
   */
  delete(id: string, options?: RequestOptions): Promise<void> {
    return this._call<void>(OP_DELETE, undefined, { "id": id }, options);
  }

  /** Check a `create` body against every rule of guardrail_assignments.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.CreateParams): Promise<void> {
    return this._validate(OP_CREATE, params);
  }
}
