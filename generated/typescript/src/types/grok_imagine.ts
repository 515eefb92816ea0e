// Types of the grok_imagine operations: request bodies and answers.
// Generated from spec/openapi.yaml; do not edit.
import type { Completed } from '../core/resource.js';
import type { Uploadable } from '../core/uploads.js';
import type { MediaUrl, TaskAccepted, TaskEnvelope } from './shared.js';
export type { MediaUrl, TaskAccepted, TaskEnvelope };

/** Status payload of a Grok Imagine image task - text-to-image or edit-image (also the callback body). */
export type GrokImagineImageStatus = TaskEnvelope & {
    /** Generated images, present when completed. */
    images?: Array<MediaUrl>;
  };

/** Status payload of a Grok Imagine video task - text-to-video, image-to-video, extend or upscale (also the callback body). */
export type GrokImagineVideoStatus = TaskEnvelope & {
    /** Generated videos, present when completed. */
    videos?: Array<MediaUrl>;
  };

/** Body of `grok_imagine.edit_image.create`. */
export interface EditImageCreateParams {
  /** Model id; must be grok-imagine-edit-image. */
  model: "grok-imagine-edit-image";
  /** Source image URL. */
  source_image_url: string;
  /** Edit prompt. */
  prompt?: string;
  /** Content safety check toggle. */
  enable_safety_checker?: boolean;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}

/** A completed status: images always present. */
export type GrokImagineImageCompleted = Completed<GrokImagineImageStatus, "images">;

/** Body of `grok_imagine.extend_video.create`. */
export interface ExtendVideoCreateParams {
  /** Task id of a prior Grok Imagine video task (grok-imagine-text-to-video or grok-imagine-image-to-video) owned by the same account. */
  source_task_id: string;
  /** Prompt guiding the extension, up to 5000 characters. */
  prompt: string;
  /** Seconds into the source video where the extension begins (0 or more). */
  start_seconds: number;
  /** Length of the appended segment in seconds, 6 or 10. */
  extension_duration_seconds: 6 | 10;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}

/** A completed status: videos always present. */
export type GrokImagineVideoCompleted = Completed<GrokImagineVideoStatus, "videos">;

/** Body of `grok_imagine.image_to_video.create`. */
export interface ImageToVideoCreateParams {
  /** Model id; must be grok-imagine-image-to-video. */
  model: "grok-imagine-image-to-video";
  /** Exactly one source image URL. Required unless source_image_url or source_task_id is provided. */
  source_image_urls?: Array<string>;
  /** The source image URL as a single string, in place of source_image_urls. */
  source_image_url?: string;
  /** Task id of a prior grok-imagine-text-to-image task. Required unless a source image is provided. */
  source_task_id?: string;
  /** With source_task_id, which generated image to animate (0-5). */
  index?: number;
  /** Motion guidance prompt, up to 5000 characters. */
  prompt?: string;
  /** Motion style; spicy is not available when source_image_urls is used. */
  motion_style?: "fun" | "normal" | "spicy";
  /** Video length in seconds, 6 through 30. */
  duration_seconds?: number;
  /** Output resolution; defaults to 480p. */
  output_resolution?: "480p" | "720p";
  /** Output aspect ratio; defaults to 16:9. */
  aspect_ratio?: "2:3" | "3:2" | "1:1" | "16:9" | "9:16";
  /** Content safety check toggle. */
  enable_safety_checker?: boolean;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}

/** Body of `grok_imagine.text_to_image.create`. */
export interface TextToImageCreateParams {
  /** Model id; must be grok-imagine-text-to-image. */
  model: "grok-imagine-text-to-image";
  /** Text prompt, up to 5000 characters. */
  prompt: string;
  /** Output aspect ratio; defaults to 1:1. */
  aspect_ratio?: "2:3" | "3:2" | "1:1" | "16:9" | "9:16";
  /** Enable Pro quality mode. */
  enable_pro?: boolean;
  /** Content safety check toggle. */
  enable_safety_checker?: boolean;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}

/** Body of `grok_imagine.text_to_video.create`. */
export interface TextToVideoCreateParams {
  /** Model id; must be grok-imagine-text-to-video. */
  model: "grok-imagine-text-to-video";
  /** Text prompt, up to 5000 characters. */
  prompt: string;
  /** Output aspect ratio; defaults to 2:3. */
  aspect_ratio?: "2:3" | "3:2" | "1:1" | "16:9" | "9:16";
  /** Motion style; defaults to normal. */
  motion_style?: "fun" | "normal" | "spicy";
  /** Video length in seconds, 6 through 30. */
  duration_seconds?: number;
  /** Output resolution; defaults to 480p. */
  output_resolution?: "480p" | "720p";
  /** Content safety check toggle. */
  enable_safety_checker?: boolean;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}

/** Body of `grok_imagine.upscale_image.create`. */
export interface UpscaleImageCreateParams {
  /** Task id of a prior Grok Imagine video task owned by the same account; the video must be 480p. */
  source_task_id: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}
