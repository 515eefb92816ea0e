// Types of the happyhorse operations: request bodies and answers.
// Generated from spec/openapi.yaml; do not edit.
import type { Completed } from '../core/resource.js';
import type { Uploadable } from '../core/uploads.js';
import type { MediaUrl, TaskAccepted, TaskEnvelope } from './shared.js';
export type { MediaUrl, TaskAccepted, TaskEnvelope };

/** Status payload of a HappyHorse task (also the callback body). */
export type HappyhorseTaskStatus = TaskEnvelope & {
    /** Generated videos, present when completed. */
    videos?: Array<MediaUrl>;
  };

/** Body of `happyhorse.edit_video.create`. */
export interface EditVideoCreateParams {
  /** Must be happyhorse-edit-video. */
  model: "happyhorse-edit-video";
  /** Edit instruction, at most 5000 non-Chinese characters or 2500 Chinese characters. */
  prompt: string;
  /** One public MP4 or MOV source video URL, 3-60 seconds long (the length is checked by the server). */
  source_video_url: string;
  /** 0-5 public reference image URLs. */
  reference_image_urls?: Array<string>;
  /** Output resolution, 720p or 1080p (default 1080p). */
  output_resolution?: "720p" | "1080p";
  /** Audio handling, auto or original (default auto). */
  audio_setting?: "auto" | "original";
  /** Random seed, an integer from 0 to 2147483647. */
  seed?: number;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}

/** A completed status: videos always present. */
export type HappyhorseTaskCompleted = Completed<HappyhorseTaskStatus, "videos">;

/** Body of `happyhorse.image_to_video.create`. */
export interface ImageToVideoCreateParams {
  /** Must be happyhorse-image-to-video. */
  model: "happyhorse-image-to-video";
  /** Public first-frame image URL. */
  first_frame_image_url: string;
  /** Video prompt, at most 5000 non-Chinese characters or 2500 Chinese characters. */
  prompt?: string;
  /** Output resolution, 720p or 1080p (default 1080p). */
  output_resolution?: "720p" | "1080p";
  /** Video length in seconds, an integer from 3 to 15 (default 5). */
  duration_seconds?: number;
  /** Random seed, an integer from 0 to 2147483647. */
  seed?: number;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}

/** Body of `happyhorse.text_to_video.create` (model=happyhorse-text-to-video). */
export interface TextToVideoCreateHappyhorseTextToVideoParams {
  model: "happyhorse-text-to-video";
  /** Video prompt, at most 5000 non-Chinese characters or 2500 Chinese characters. */
  prompt: string;
  /** Output resolution, 720p or 1080p (default 1080p). */
  output_resolution?: "720p" | "1080p";
  /** Aspect ratio (default 16:9). */
  aspect_ratio?: "16:9" | "9:16" | "1:1" | "4:3" | "3:4";
  /** Video length in seconds, an integer from 3 to 15 (default 5). */
  duration_seconds?: number;
  /** Random seed, an integer from 0 to 2147483647. */
  seed?: number;
  /** Public reference image URLs; the order maps to character1, character2 and so on. */
  reference_image_urls?: Array<string>;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}

/** Body of `happyhorse.text_to_video.create` (model=happyhorse-character). */
export interface TextToVideoCreateHappyhorseCharacterParams {
  model: "happyhorse-character";
  /** Video prompt, at most 5000 non-Chinese characters or 2500 Chinese characters. */
  prompt: string;
  /** 1-9 public reference image URLs (required for happyhorse-character); the order maps to character1, character2 and so on. */
  reference_image_urls: Array<string>;
  /** Output resolution, 720p or 1080p (default 1080p). */
  output_resolution?: "720p" | "1080p";
  /** Aspect ratio (default 16:9). */
  aspect_ratio?: "16:9" | "9:16" | "1:1" | "4:3" | "3:4";
  /** Video length in seconds, an integer from 3 to 15 (default 5). */
  duration_seconds?: number;
  /** Random seed, an integer from 0 to 2147483647. */
  seed?: number;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}

/** Body of `happyhorse.text_to_video.create`: one of its request shapes. */
export type TextToVideoCreateParams = TextToVideoCreateHappyhorseTextToVideoParams | TextToVideoCreateHappyhorseCharacterParams;
