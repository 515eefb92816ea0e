// Types several groups share (task envelope, accepted task, common shapes).
// Generated from spec/openapi.yaml; do not edit.
import type { Uploadable } from '../core/uploads.js';

/** A generated file. URLs are temporary; download results you want to keep. */
export interface MediaUrl {
  /** Download URL of the file. */
  url: string;
}

/** Answer of a create operation; poll the linked status operation with `id`. */
export interface TaskAccepted {
  /** Unique task identifier. */
  id: string;
  /** Lifecycle state of an asynchronous task. */
  status?: TaskState;
}

/** Fields shared by every task status payload (and callback body). Result fields are present when `status` is `completed`. */
export interface TaskEnvelope {
  /** Task identifier. */
  id: string;
  /** Lifecycle state of an asynchronous task. */
  status: TaskState;
  /** Model that ran the task, when reported. */
  model?: string;
  /** Error message; present when `status` is `failed`. */
  error?: string | null;
}

/** Lifecycle state of an asynchronous task. */
export type TaskState = "processing" | "completed" | "failed";
