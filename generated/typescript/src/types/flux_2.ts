// Types of the flux_2 operations: request bodies and answers.
// Generated from spec/openapi.yaml; do not edit.
import type { Completed } from '../core/resource.js';
import type { Uploadable } from '../core/uploads.js';
import type { MediaUrl, TaskAccepted, TaskEnvelope } from './shared.js';
export type { MediaUrl, TaskAccepted, TaskEnvelope };

/** Status payload of a Flux 2 remix-image task (also the callback body). */
export type Flux2RemixImageStatus = TaskEnvelope & {
    /** Generated images, present when completed. */
    images?: Array<MediaUrl>;
  };

/** Status payload of a Flux 2 text-to-image task (also the callback body). */
export type Flux2TextToImageStatus = TaskEnvelope & {
    /** Generated images, present when completed. */
    images?: Array<MediaUrl>;
  };

/** Body of `flux_2.remix_image.create`. */
export interface RemixImageCreateParams {
  /** flux-2-pro-remix-image or flux-2-flex-remix-image. */
  model: "flux-2-pro-remix-image" | "flux-2-flex-remix-image";
  /** Text instructions for the remix, 3-5000 characters. */
  prompt: string;
  /** Source image URLs, 1 to 8 images. */
  source_image_urls: Array<string>;
  /** Output aspect ratio, or auto. */
  aspect_ratio?: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "3:2" | "2:3" | "auto";
  /** Output image resolution. */
  output_resolution?: "1k" | "2k";
  /** Content safety check toggle. */
  enable_safety_checker?: boolean;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}

/** A completed status: images always present. */
export type Flux2RemixImageCompleted = Completed<Flux2RemixImageStatus, "images">;

/** Body of `flux_2.text_to_image.create`. */
export interface TextToImageCreateParams {
  /** flux-2-pro-text-to-image or flux-2-flex-text-to-image. */
  model: "flux-2-pro-text-to-image" | "flux-2-flex-text-to-image";
  /** Text description of the desired image, 3-5000 characters. */
  prompt: string;
  /** Output aspect ratio (auto is accepted by remix_image only). */
  aspect_ratio?: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "3:2" | "2:3";
  /** Output image resolution. */
  output_resolution?: "1k" | "2k";
  /** Content safety check toggle. */
  enable_safety_checker?: boolean;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}

/** A completed status: images always present. */
export type Flux2TextToImageCompleted = Completed<Flux2TextToImageStatus, "images">;
