// Types of the keys operations: request bodies and answers.
// Generated from spec/openapi.yaml; do not edit.
import type { Completed } from '../core/resource.js';
import type { Uploadable } from '../core/uploads.js';

/** A standard API key (without its secret). */
export interface ManagementApiKey {
  /** Key id, for example token_123. */
  id: string;
  /** Friendly name. */
  name?: string | null;
  /** The key with its middle masked. */
  masked_token?: string;
  /** When false, requests with this key answer 401. */
  enabled: boolean;
  /** Spending cap in USD cents; null means no cap. */
  credit_limit_cents?: number | null;
  /** Reset cadence; null makes the cap a lifetime budget. */
  credit_limit_reset_interval?: "daily" | "weekly" | "monthly" | null;
  /** Model allowlist; null means all models. */
  allowed_models?: Array<string> | null;
  /** Directly attached guardrail, if any. */
  guardrail_id?: string | null;
  last_used_at?: string | null;
  created_at?: string;
}

/** A newly created key, including its secret (returned only this once). */
export type ManagementCreatedApiKey = ManagementApiKey & {
    /** The secret API key; store it now, it is never shown again. */
    key: string;
  };

/** An API key with its spending so far. */
export type ManagementApiKeyDetail = ManagementApiKey & {
    credit_usage_cents_total?: number;
    credit_usage_cents_today?: number;
    credit_usage_cents_this_week?: number;
    credit_usage_cents_this_month?: number;
  };

export type KeysListResponse = Array<ManagementApiKey>;

/** Body of `keys.create`. */
export interface CreateParams {
  /** Friendly name for the API key. */
  name?: string;
  /** Per-key spending cap in USD cents; a lifetime cap unless credit_limit_reset_interval is set. */
  credit_limit_cents?: number;
  /** Reset cadence of a spending cap. */
  credit_limit_reset_interval?: "daily" | "weekly" | "monthly";
  /** Restrict the key to these models (for example gpt-5.4, claude-opus-4-6); omit, null or an empty array allows all models. */
  allowed_models?: Array<string> | null;
  /** When false, requests with this key are rejected with 401. */
  enabled?: boolean;
  /** Guardrail to attach at creation (for example guardrail_abc123). */
  guardrail_id?: string;
}

/** Body of `keys.update`. */
export interface UpdateParams {
  /** Friendly name. */
  name?: string;
  /** New spending cap in USD cents; null or an empty string clears it. */
  credit_limit_cents?: number | "" | null;
  /** Reset cadence of the cap - daily, weekly or monthly. */
  credit_limit_reset_interval?: "daily" | "weekly" | "monthly" | null;
  /** Replaces the allowlist absolutely; null or an empty array clears it, omit to keep it. */
  allowed_models?: Array<string> | null;
  /** false revokes authentication immediately; true re-enables the key. */
  enabled?: boolean;
}
