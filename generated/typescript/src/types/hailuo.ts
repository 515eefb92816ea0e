// Types of the hailuo operations: request bodies and answers.
// Generated from spec/openapi.yaml; do not edit.
import type { Completed } from '../core/resource.js';
import type { Uploadable } from '../core/uploads.js';
import type { MediaUrl, TaskAccepted, TaskEnvelope } from './shared.js';
export type { MediaUrl, TaskAccepted, TaskEnvelope };

/** Status payload of a Hailuo task (also the callback body). */
export type HailuoTaskStatus = TaskEnvelope & {
    /** Generated videos, present when completed. */
    videos?: Array<MediaUrl>;
  };

/** Body of `hailuo.image_to_video.create` (model=hailuo-02-image-to-video-pro). */
export interface ImageToVideoCreateHailuo02ImageToVideoProParams {
  model: "hailuo-02-image-to-video-pro";
  /** Text prompt, at most 1500 characters on hailuo-02-*. */
  prompt: string;
  /** Public first-frame image URL. */
  first_frame_image_url: string;
  /** Last-frame image URL (hailuo-02-* only). */
  last_frame_image_url?: string;
  /** Enable Hailuo prompt optimization (hailuo-02-* only). */
  prompt_optimizer?: boolean;
  /** Content safety check toggle. */
  enable_safety_checker?: boolean;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  duration_seconds?: never;
  output_resolution?: never;
}

/** Body of `hailuo.image_to_video.create` (model=hailuo-02-image-to-video-standard). */
export interface ImageToVideoCreateHailuo02ImageToVideoStandardParams {
  model: "hailuo-02-image-to-video-standard";
  /** Text prompt, at most 1500 characters on hailuo-02-*. */
  prompt: string;
  /** Public first-frame image URL. */
  first_frame_image_url: string;
  /** Last-frame image URL (hailuo-02-* only). */
  last_frame_image_url?: string;
  /** Video length in seconds, 6 or 10 (standard and 2.3 models only). */
  duration_seconds?: 6 | 10;
  /** Output resolution, 512p or 768p on hailuo-02-image-to-video-standard. */
  output_resolution?: "512p" | "768p";
  /** Enable Hailuo prompt optimization (hailuo-02-* only). */
  prompt_optimizer?: boolean;
  /** Content safety check toggle. */
  enable_safety_checker?: boolean;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}

/** Body of `hailuo.image_to_video.create` (model=hailuo-2.3-image-to-video-pro). */
export interface ImageToVideoCreateHailuo23ImageToVideoProParams {
  model: "hailuo-2.3-image-to-video-pro";
  /** Text prompt, at most 5000 characters on hailuo-2.3-*. */
  prompt: string;
  /** Public first-frame image URL. */
  first_frame_image_url: string;
  /** Video length in seconds, 6 or 10 (standard and 2.3 models only). */
  duration_seconds?: 6 | 10;
  /** Output resolution, 768p or 1080p on hailuo-2.3-* models. */
  output_resolution?: "768p" | "1080p";
  /** Content safety check toggle. */
  enable_safety_checker?: boolean;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  last_frame_image_url?: never;
  prompt_optimizer?: never;
}

/** Body of `hailuo.image_to_video.create` (model=hailuo-2.3-image-to-video-standard). */
export interface ImageToVideoCreateHailuo23ImageToVideoStandardParams {
  model: "hailuo-2.3-image-to-video-standard";
  /** Text prompt, at most 5000 characters on hailuo-2.3-*. */
  prompt: string;
  /** Public first-frame image URL. */
  first_frame_image_url: string;
  /** Video length in seconds, 6 or 10 (standard and 2.3 models only). */
  duration_seconds?: 6 | 10;
  /** Output resolution, 768p or 1080p on hailuo-2.3-* models. */
  output_resolution?: "768p" | "1080p";
  /** Content safety check toggle. */
  enable_safety_checker?: boolean;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  last_frame_image_url?: never;
  prompt_optimizer?: never;
}

/** Body of `hailuo.image_to_video.create`: one of its request shapes. */
export type ImageToVideoCreateParams = ImageToVideoCreateHailuo02ImageToVideoProParams | ImageToVideoCreateHailuo02ImageToVideoStandardParams | ImageToVideoCreateHailuo23ImageToVideoProParams | ImageToVideoCreateHailuo23ImageToVideoStandardParams;

/** A completed status: videos always present. */
export type HailuoTaskCompleted = Completed<HailuoTaskStatus, "videos">;

/** Body of `hailuo.text_to_video.create` (model=hailuo-02-text-to-video-pro). */
export interface TextToVideoCreateHailuo02TextToVideoProParams {
  model: "hailuo-02-text-to-video-pro";
  /** Text prompt, at most 1500 characters on hailuo-02-*. */
  prompt: string;
  /** Enable Hailuo prompt optimization (hailuo-02-* only). */
  prompt_optimizer?: boolean;
  /** Content safety check toggle. */
  enable_safety_checker?: boolean;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  duration_seconds?: never;
}

/** Body of `hailuo.text_to_video.create` (model=hailuo-02-text-to-video-standard). */
export interface TextToVideoCreateHailuo02TextToVideoStandardParams {
  model: "hailuo-02-text-to-video-standard";
  /** Text prompt, at most 1500 characters on hailuo-02-*. */
  prompt: string;
  /** Video length in seconds, 6 or 10 (default 6); hailuo-02-text-to-video-standard only. */
  duration_seconds?: 6 | 10;
  /** Enable Hailuo prompt optimization (hailuo-02-* only). */
  prompt_optimizer?: boolean;
  /** Content safety check toggle. */
  enable_safety_checker?: boolean;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}

/** Body of `hailuo.text_to_video.create`: one of its request shapes. */
export type TextToVideoCreateParams = TextToVideoCreateHailuo02TextToVideoProParams | TextToVideoCreateHailuo02TextToVideoStandardParams;
