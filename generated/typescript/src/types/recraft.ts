// Types of the recraft operations: request bodies and answers.
// Generated from spec/openapi.yaml; do not edit.
import type { Completed } from '../core/resource.js';
import type { Uploadable } from '../core/uploads.js';
import type { MediaUrl, TaskAccepted, TaskEnvelope } from './shared.js';
export type { MediaUrl, TaskAccepted, TaskEnvelope };

/** Status payload of a Recraft background-removal task (also the callback body). */
export type RecraftRemoveBackgroundStatus = TaskEnvelope & {
    /** Processed images, present when completed. */
    images?: Array<MediaUrl>;
  };

/** Status payload of a Recraft upscale task (also the callback body). */
export type RecraftUpscaleImageStatus = TaskEnvelope & {
    /** Processed images, present when completed. */
    images?: Array<MediaUrl>;
  };

/** Body of `recraft.remove_background.create`. */
export interface RemoveBackgroundCreateParams {
  /** Must be recraft-remove-background. */
  model: "recraft-remove-background";
  /** URL of the image to process. */
  source_image_url: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}

/** A completed status: images always present. */
export type RecraftRemoveBackgroundCompleted = Completed<RecraftRemoveBackgroundStatus, "images">;

/** Body of `recraft.upscale_image.create`. */
export interface UpscaleImageCreateParams {
  /** Must be recraft-crisp-upscale. */
  model: "recraft-crisp-upscale";
  /** URL of the image to process. */
  source_image_url: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}

/** A completed status: images always present. */
export type RecraftUpscaleImageCompleted = Completed<RecraftUpscaleImageStatus, "images">;
