// Types of the gpt_image operations: request bodies and answers.
// Generated from spec/openapi.yaml; do not edit.
import type { Completed } from '../core/resource.js';
import type { Uploadable } from '../core/uploads.js';
import type { MediaUrl, TaskAccepted, TaskEnvelope } from './shared.js';
export type { MediaUrl, TaskAccepted, TaskEnvelope };

/** Status payload of a GPT Image editing task (also the callback body). */
export type GptImageEditImageStatus = TaskEnvelope & {
    /** Edited images, present when completed. */
    images?: Array<MediaUrl>;
  };

/** Status payload of a GPT Image text-to-image task (also the callback body). */
export type GptImageTextToImageStatus = TaskEnvelope & {
    /** Generated images, present when completed. */
    images?: Array<MediaUrl>;
  };

/** Body of `gpt_image.edit_image.create`. */
export interface EditImageCreateParams {
  /** Model id; gpt-image-1.5 is the only GPT Image model. */
  model: "gpt-image-1.5";
  /** Text description of the desired edit. */
  prompt: string;
  /** Source image URLs to edit, at most 16 images. */
  source_image_urls: Array<string>;
  /** Output aspect ratio. */
  aspect_ratio: "1:1" | "2:3" | "3:2";
  /** Output quality. */
  quality: "medium" | "high";
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}

/** A completed status: images always present. */
export type GptImageEditImageCompleted = Completed<GptImageEditImageStatus, "images">;

/** Body of `gpt_image.text_to_image.create`. */
export interface TextToImageCreateParams {
  /** Model id; gpt-image-1.5 is the only GPT Image model. */
  model: "gpt-image-1.5";
  /** Text description of the desired image. */
  prompt: string;
  /** Output aspect ratio. */
  aspect_ratio: "1:1" | "2:3" | "3:2";
  /** Output quality. */
  quality: "medium" | "high";
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}

/** A completed status: images always present. */
export type GptImageTextToImageCompleted = Completed<GptImageTextToImageStatus, "images">;
