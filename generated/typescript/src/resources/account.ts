// account: resources of the client's `account` property.
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
import type * as T from '../types/account.js';

const OP_GET_BALANCE: OperationSpec = { id: "account.get_balance", method: "GET", path: "/api/v1/me/balance", auth: "api_key", body: "none", answer: ["balance_cents"] };

/** Account balance and usage. */
export class Account extends APIResource {
  protected static override readonly group = "account";
  protected static override readonly schemas = SCHEMAS["account"];

  /**
   * Get the account balance
   *
   * Returns the account's remaining balance and its spending today and in total, all in USD
   * cents. Authenticated with a regular API key (`Authorization: Bearer`).
   *
   * `GET /api/v1/me/balance`
   */
  getBalance(options?: RequestOptions): Promise<T.AccountBalance> {
    return this._call<T.AccountBalance>(OP_GET_BALANCE, undefined, undefined, options);
  }
}
