// Types of the guardrails operations: request bodies and answers.
// Generated from spec/openapi.yaml; do not edit.
import type { Completed } from '../core/resource.js';
import type { Uploadable } from '../core/uploads.js';

/** The account's guardrails. */
export interface ManagementGuardrailList {
  guardrails: Array<ManagementGuardrail>;
}

/** A scoped model spending cap. It only counts requests in its scope and never rejects requests outside it. */
export interface ManagementModelBudgetParam {
  /** include counts only the listed models; exclude counts every model except them. */
  match_mode?: "include" | "exclude";
  /** Public model identifiers. */
  models?: Array<string>;
  /** Cap in USD cents. */
  credit_limit_cents?: number;
  /** Reset cadence of this budget (daily, weekly or monthly); null makes it a lifetime cap. */
  credit_limit_reset_interval?: "daily" | "weekly" | "monthly" | null;
  [key: string]: unknown;
}

/** One guardrail wrapped in `guardrail`. */
export interface ManagementGuardrailEnvelope {
  /** A guardrail. */
  guardrail: ManagementGuardrail;
}

/** A guardrail. */
export interface ManagementGuardrail {
  id: string;
  name: string;
  description?: string | null;
  enabled?: boolean;
  credit_limit_cents?: number | null;
  credit_limit_reset_interval?: string | null;
  allowed_models?: Array<string> | null;
  blocked_models?: Array<string> | null;
  allowed_providers?: Array<string> | null;
  blocked_providers?: Array<string> | null;
  model_budgets?: Array<({
      match_mode?: string;
      models?: Array<string>;
      credit_limit_cents?: number | null;
      credit_limit_reset_interval?: string | null;
    })> | null;
  /** Number of keys and members the guardrail is assigned to. */
  assignment_count?: number;
  created_at?: string;
}

/** Body of `guardrails.create`. */
export interface CreateParams {
  /** Unique guardrail name within the account (case-insensitive). */
  name: string;
  /** Free-form description. */
  description?: string | null;
  /** Whether the guardrail is enforced; defaults to true. */
  enabled?: boolean;
  /** Total spend cap (USD cents) across every key and member assigned to this guardrail; when creating a guardrail, a cap must be sent together with credit_limit_reset_interval. */
  credit_limit_cents?: number | null;
  /** Reset cadence of the total cap - daily, weekly or monthly. */
  credit_limit_reset_interval?: "daily" | "weekly" | "monthly" | null;
  /** Allowlist of public model identifiers; empty or null allows all. */
  allowed_models?: Array<string> | null;
  /** Model blocklist; always wins over the allowlist. */
  blocked_models?: Array<string> | null;
  /** Allowlist of provider names; empty or null allows all. */
  allowed_providers?: Array<string> | null;
  /** Provider blocklist. */
  blocked_providers?: Array<string> | null;
  /** Scoped model spend caps. */
  model_budgets?: Array<ManagementModelBudgetParam> | null;
}

/** Body of `guardrails.update`. */
export interface UpdateParams {
  /** Unique guardrail name within the account (case-insensitive). */
  name?: string;
  /** Free-form description. */
  description?: string | null;
  /** Whether the guardrail is enforced; defaults to true. */
  enabled?: boolean;
  /** Total spend cap (USD cents) across every key and member assigned to this guardrail; when creating a guardrail, a cap must be sent together with credit_limit_reset_interval. */
  credit_limit_cents?: number | null;
  /** Reset cadence of the total cap - daily, weekly or monthly. */
  credit_limit_reset_interval?: "daily" | "weekly" | "monthly" | null;
  /** Allowlist of public model identifiers; empty or null allows all. */
  allowed_models?: Array<string> | null;
  /** Model blocklist; always wins over the allowlist. */
  blocked_models?: Array<string> | null;
  /** Allowlist of provider names; empty or null allows all. */
  allowed_providers?: Array<string> | null;
  /** Provider blocklist. */
  blocked_providers?: Array<string> | null;
  /** Scoped model spend caps. */
  model_budgets?: Array<ManagementModelBudgetParam> | null;
}
