// Types of the gpt_4o_image operations: request bodies and answers.
// Generated from spec/openapi.yaml; do not edit.
import type { Completed } from '../core/resource.js';
import type { Uploadable } from '../core/uploads.js';
import type { MediaUrl, TaskAccepted, TaskEnvelope } from './shared.js';
export type { MediaUrl, TaskAccepted, TaskEnvelope };

/** Status payload of a GPT-4o Image task (also the callback body). */
export type Gpt4oImageTextToImageStatus = TaskEnvelope & ({
    /** Task progress while processing. */
    progress?: number | string;
    /** Generated images, present when completed. */
    images?: Array<MediaUrl>;
  });

/** Body of `gpt_4o_image.text_to_image.create`. */
export interface TextToImageCreateParams {
  /** Model id; must be gpt-4o-image. */
  model: "gpt-4o-image";
  /** Output aspect ratio. */
  aspect_ratio: "1:1" | "3:2" | "2:3";
  /** Text prompt; required when source_image_urls is blank (omitted or empty). */
  prompt?: string;
  /** Up to 5 source image URLs for image-guided generation. */
  source_image_urls?: Array<string>;
  /** Mask image URL for selective changes. */
  mask_url?: string;
  /** Number of generated images - 1, 2 or 4. */
  output_count?: 1 | 2 | 4;
  /** Prompt expansion toggle. */
  enable_prompt_expansion?: boolean;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}

/** A completed status: images always present. */
export type Gpt4oImageTextToImageCompleted = Completed<Gpt4oImageTextToImageStatus, "images">;
