// Types of the guardrail_assignments operations: request bodies and answers.
// Generated from spec/openapi.yaml; do not edit.
import type { Completed } from '../core/resource.js';
import type { Uploadable } from '../core/uploads.js';

/** Assignments visible to the management key. */
export interface ManagementGuardrailAssignmentList {
  guardrail_assignments: Array<ManagementGuardrailAssignment>;
}

/** One assignment wrapped in `guardrail_assignment`. */
export interface ManagementGuardrailAssignmentEnvelope {
  /** A link between one guardrail and one API key or account member. */
  guardrail_assignment: ManagementGuardrailAssignment;
}

/** A link between one guardrail and one API key or account member. */
export interface ManagementGuardrailAssignment {
  id: string;
  guardrail_id: string;
  api_token_id?: string | null;
  account_user_id?: string | null;
  created_at?: string;
}

/** Body of `guardrail_assignments.create`. */
export interface CreateParams {
  /** Prefix id of the guardrail (for example guardrail_abc123). */
  guardrail_id: string;
  /** Prefix id of the API key to attach the guardrail to. */
  api_token_id?: string;
  /** Prefix id of the account member (admin only). */
  account_user_id?: string;
}
