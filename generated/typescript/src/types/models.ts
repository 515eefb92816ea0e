// Types of the models operations: request bodies and answers.
// Generated from spec/openapi.yaml; do not edit.
import type { Completed } from '../core/resource.js';
import type { Uploadable } from '../core/uploads.js';

/** A model list in Anthropic format or in OpenAI format (see the operation description for how the format is chosen). */
export type LlmModelsList = LlmModelsAnthropicList | LlmModelsOpenaiList;

/** Anthropic Models API list. */
export interface LlmModelsAnthropicList {
  data: Array<LlmModelsAnthropicModel>;
  /** Whether more models follow. */
  has_more: boolean;
  /** Id of the first model listed. */
  first_id?: string | null;
  /** Id of the last model listed. */
  last_id?: string | null;
}

/** OpenAI List Models answer. */
export interface LlmModelsOpenaiList {
  object: "list";
  data: Array<LlmModelsOpenaiModel>;
}

/** One model in Anthropic format. */
export interface LlmModelsAnthropicModel {
  type: "model";
  id: string;
  display_name?: string;
  created_at?: string;
}

/** One model in OpenAI format. */
export interface LlmModelsOpenaiModel {
  id: string;
  object: "model";
  /** Unix time (seconds). */
  created?: number;
  owned_by?: string;
}
