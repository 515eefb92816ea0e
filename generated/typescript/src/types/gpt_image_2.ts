// Types of the gpt_image_2 operations: request bodies and answers.
// Generated from spec/openapi.yaml; do not edit.
import type { Completed } from '../core/resource.js';
import type { Uploadable } from '../core/uploads.js';
import type { MediaUrl, TaskAccepted, TaskEnvelope } from './shared.js';
export type { MediaUrl, TaskAccepted, TaskEnvelope };

/** Status payload of a GPT Image 2 editing task (also the callback body). */
export type GptImage2EditImageStatus = TaskEnvelope & {
    /** Edited images, present when completed. */
    images?: Array<MediaUrl>;
  };

/** Status payload of a GPT Image 2 text-to-image task (also the callback body). */
export type GptImage2TextToImageStatus = TaskEnvelope & {
    /** Generated images, present when completed. */
    images?: Array<MediaUrl>;
  };

/** Body of `gpt_image_2.edit_image.create`. */
export interface EditImageCreateParams {
  /** Model id; must be gpt-image-2. */
  model: "gpt-image-2";
  /** Text prompt, at most 20,000 characters. */
  prompt: string;
  /** Source image URLs, at most 16 images. */
  source_image_urls: Array<string>;
  /** Output aspect ratio. When it is auto or omitted, only 1k output is available. */
  aspect_ratio?: "auto" | "1:1" | "9:16" | "16:9" | "4:3" | "3:4";
  /** Output resolution. 4k is not available for 1:1; auto or unset aspect_ratio supports only 1k. */
  output_resolution?: "1k" | "2k" | "4k";
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}

/** A completed status: images always present. */
export type GptImage2EditImageCompleted = Completed<GptImage2EditImageStatus, "images">;

/** Body of `gpt_image_2.text_to_image.create`. */
export interface TextToImageCreateParams {
  /** Model id; must be gpt-image-2. */
  model: "gpt-image-2";
  /** Text prompt, at most 20,000 characters. */
  prompt: string;
  /** Output aspect ratio. When it is auto or omitted, only 1k output is available. */
  aspect_ratio?: "auto" | "1:1" | "9:16" | "16:9" | "4:3" | "3:4";
  /** Output resolution. 4k is not available for 1:1; auto or unset aspect_ratio supports only 1k. */
  output_resolution?: "1k" | "2k" | "4k";
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}

/** A completed status: images always present. */
export type GptImage2TextToImageCompleted = Completed<GptImage2TextToImageStatus, "images">;
