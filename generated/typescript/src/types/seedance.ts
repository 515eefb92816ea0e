// Types of the seedance operations: request bodies and answers.
// Generated from spec/openapi.yaml; do not edit.
import type { Completed } from '../core/resource.js';
import type { Uploadable } from '../core/uploads.js';
import type { MediaUrl, TaskAccepted, TaskEnvelope } from './shared.js';
export type { MediaUrl, TaskAccepted, TaskEnvelope };

/** Status payload of a Seedance task (also the callback body). */
export type SeedanceTextToVideoStatus = TaskEnvelope & {
    /** Generated videos, present when completed. */
    videos?: Array<MediaUrl>;
    /** Last frame of the video, present when the request included a last frame image. */
    last_frame_image_url?: string;
  };

/** Body of `seedance.text_to_video.create` (model=seedance-1.5-pro). */
export interface TextToVideoCreateSeedance15ProParams {
  model: "seedance-1.5-pro";
  /** Text prompt, 3-2500 characters for seedance-1.5-pro. */
  prompt: string;
  /** Output aspect ratio, required for seedance-1.5-pro: 1:1, 4:3, 3:4, 16:9, 9:16 or 21:9. */
  aspect_ratio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "21:9";
  /** Video length in seconds; seedance-1.5-pro requires 4, 8 or 12. */
  duration_seconds: 4 | 8 | 12;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Output resolution. */
  output_resolution?: "480p" | "720p" | "1080p";
  /** Whether to generate audio (1.5-pro and 2.x only). */
  generate_audio?: boolean;
  /** Content safety check toggle. */
  enable_safety_checker?: boolean;
  /** Up to 2 source images for image-to-video (seedance-1.5-pro only). */
  source_image_urls?: Array<string>;
  /** Lock camera movement. */
  lock_camera?: boolean;
  first_frame_image_url?: never;
  last_frame_image_url?: never;
  reference_audio_urls?: never;
  reference_image_urls?: never;
  reference_video_urls?: never;
  seed?: never;
  web_search?: never;
}

/** Body of `seedance.text_to_video.create` (model=seedance-2.0). */
export interface TextToVideoCreateSeedance20Params {
  model: "seedance-2.0";
  /** Text prompt, 3-20000 characters for seedance-2.0 / seedance-2.0-fast. */
  prompt: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Output aspect ratio (optional for 2.x). */
  aspect_ratio?: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "21:9" | "auto";
  /** Output resolution, 480p, 720p or 1080p. */
  output_resolution?: "480p" | "720p" | "1080p";
  /** Video length in seconds, an integer from 4 to 15 for 2.x. */
  duration_seconds?: number;
  /** Whether to generate audio (1.5-pro and 2.x only). */
  generate_audio?: boolean;
  /** Content safety check toggle. */
  enable_safety_checker?: boolean;
  /** Frame mode - image URL of the first frame. */
  first_frame_image_url?: string;
  /** Frame mode - image URL of the last frame. */
  last_frame_image_url?: string;
  /** Reference mode - up to 9 reference image URLs. */
  reference_image_urls?: Array<string>;
  /** Reference mode - at most 3 reference videos, 15 seconds in total (the total is checked by the server). */
  reference_video_urls?: Array<string>;
  /** Reference mode - up to 3 reference audio URLs; needs at least one reference image or video. */
  reference_audio_urls?: Array<string>;
  /** Optional web search toggle (2.x only). */
  web_search?: boolean;
  lock_camera?: never;
  seed?: never;
  source_image_urls?: never;
}

/** Body of `seedance.text_to_video.create` (model=seedance-2.0-fast). */
export interface TextToVideoCreateSeedance20FastParams {
  model: "seedance-2.0-fast";
  /** Text prompt, 3-20000 characters for seedance-2.0 / seedance-2.0-fast. */
  prompt: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Output aspect ratio (optional for 2.x). */
  aspect_ratio?: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "21:9" | "auto";
  /** Output resolution; seedance-2.0-fast supports 480p and 720p. */
  output_resolution?: "480p" | "720p";
  /** Video length in seconds, an integer from 4 to 15 for 2.x. */
  duration_seconds?: number;
  /** Whether to generate audio (1.5-pro and 2.x only). */
  generate_audio?: boolean;
  /** Content safety check toggle. */
  enable_safety_checker?: boolean;
  /** Frame mode - image URL of the first frame. */
  first_frame_image_url?: string;
  /** Frame mode - image URL of the last frame. */
  last_frame_image_url?: string;
  /** Reference mode - up to 9 reference image URLs. */
  reference_image_urls?: Array<string>;
  /** Reference mode - at most 3 reference videos, 15 seconds in total (the total is checked by the server). */
  reference_video_urls?: Array<string>;
  /** Reference mode - up to 3 reference audio URLs; needs at least one reference image or video. */
  reference_audio_urls?: Array<string>;
  /** Optional web search toggle (2.x only). */
  web_search?: boolean;
  lock_camera?: never;
  seed?: never;
  source_image_urls?: never;
}

/** Body of `seedance.text_to_video.create` (model=seedance-v1-lite). */
export interface TextToVideoCreateSeedanceV1LiteParams {
  model: "seedance-v1-lite";
  /** Text prompt, 3-10000 characters for seedance-v1-*. */
  prompt: string;
  /** Video length in seconds; seedance-v1-* requires 5 or 10. */
  duration_seconds: 5 | 10;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Output aspect ratio; required for text-to-video, rejected in image-to-video mode (derived from the image). */
  aspect_ratio?: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "9:21";
  /** Output resolution. */
  output_resolution?: "480p" | "720p" | "1080p";
  /** Content safety check toggle. */
  enable_safety_checker?: boolean;
  /** Lock camera movement. */
  lock_camera?: boolean;
  /** Random seed in [-1, 2147483647]; -1 means random. */
  seed?: number;
  /** First frame image URL; switches to image-to-video mode. */
  first_frame_image_url?: string;
  /** End frame image URL for image-to-video. */
  last_frame_image_url?: string;
  generate_audio?: never;
  reference_audio_urls?: never;
  reference_image_urls?: never;
  reference_video_urls?: never;
  source_image_urls?: never;
  web_search?: never;
}

/** Body of `seedance.text_to_video.create` (model=seedance-v1-pro). */
export interface TextToVideoCreateSeedanceV1ProParams {
  model: "seedance-v1-pro";
  /** Text prompt, 3-10000 characters for seedance-v1-*. */
  prompt: string;
  /** Video length in seconds; seedance-v1-* requires 5 or 10. */
  duration_seconds: 5 | 10;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Output aspect ratio; required for text-to-video, rejected in image-to-video mode (derived from the image). */
  aspect_ratio?: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "21:9";
  /** Output resolution. */
  output_resolution?: "480p" | "720p" | "1080p";
  /** Content safety check toggle. */
  enable_safety_checker?: boolean;
  /** Lock camera movement. */
  lock_camera?: boolean;
  /** Random seed in [-1, 2147483647]; -1 means random. */
  seed?: number;
  /** First frame image URL; switches to image-to-video mode. */
  first_frame_image_url?: string;
  generate_audio?: never;
  last_frame_image_url?: never;
  reference_audio_urls?: never;
  reference_image_urls?: never;
  reference_video_urls?: never;
  source_image_urls?: never;
  web_search?: never;
}

/** Body of `seedance.text_to_video.create` (model=seedance-v1-pro-fast). */
export interface TextToVideoCreateSeedanceV1ProFastParams {
  model: "seedance-v1-pro-fast";
  /** Text prompt, 3-10000 characters for seedance-v1-*. */
  prompt: string;
  /** Video length in seconds; seedance-v1-* requires 5 or 10. */
  duration_seconds: 5 | 10;
  /** First frame image URL (required; seedance-v1-pro-fast is image-to-video only). */
  first_frame_image_url: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Output resolution; seedance-v1-pro-fast supports 720p and 1080p. */
  output_resolution?: "720p" | "1080p";
  /** Content safety check toggle. */
  enable_safety_checker?: boolean;
  aspect_ratio?: never;
  generate_audio?: never;
  last_frame_image_url?: never;
  lock_camera?: never;
  reference_audio_urls?: never;
  reference_image_urls?: never;
  reference_video_urls?: never;
  seed?: never;
  source_image_urls?: never;
  web_search?: never;
}

/** Body of `seedance.text_to_video.create`: one of its request shapes. */
export type TextToVideoCreateParams = TextToVideoCreateSeedance15ProParams | TextToVideoCreateSeedance20Params | TextToVideoCreateSeedance20FastParams | TextToVideoCreateSeedanceV1LiteParams | TextToVideoCreateSeedanceV1ProParams | TextToVideoCreateSeedanceV1ProFastParams;

/** A completed status: videos always present. */
export type SeedanceTextToVideoCompleted = Completed<SeedanceTextToVideoStatus, "videos">;
