// Types of the account operations: request bodies and answers.
// Generated from spec/openapi.yaml; do not edit.
import type { Completed } from '../core/resource.js';
import type { Uploadable } from '../core/uploads.js';

/** Account balance and usage, in USD cents. */
export interface AccountBalance {
  /** Remaining credit balance in USD cents. */
  balance_cents: number;
  /** Amount spent today, in USD cents. */
  spent_cents_today?: number;
  /** Amount spent since the account was created, in USD cents. */
  spent_cents_total?: number;
}
