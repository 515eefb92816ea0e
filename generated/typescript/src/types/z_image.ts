// Types of the z_image operations: request bodies and answers.
// Generated from spec/openapi.yaml; do not edit.
import type { Completed } from '../core/resource.js';
import type { Uploadable } from '../core/uploads.js';
import type { MediaUrl, TaskAccepted, TaskEnvelope } from './shared.js';
export type { MediaUrl, TaskAccepted, TaskEnvelope };

/** Status payload of a Z-Image task (also the callback body). */
export type ZImageTextToImageStatus = TaskEnvelope & {
    /** Generated images, present when completed. */
    images?: Array<MediaUrl>;
  };

/** Body of `z_image.text_to_image.create`. */
export interface TextToImageCreateParams {
  /** Must be z-image. */
  model: "z-image";
  /** Image description, 1 to 1000 characters. */
  prompt: string;
  /** Output aspect ratio (required). */
  aspect_ratio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16";
  /** Content safety check toggle. */
  enable_safety_checker?: boolean;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}

/** A completed status: images always present. */
export type ZImageTextToImageCompleted = Completed<ZImageTextToImageStatus, "images">;
