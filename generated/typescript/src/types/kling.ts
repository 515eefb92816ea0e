// Types of the kling operations: request bodies and answers.
// Generated from spec/openapi.yaml; do not edit.
import type { Completed } from '../core/resource.js';
import type { Uploadable } from '../core/uploads.js';
import type { MediaUrl, TaskAccepted, TaskEnvelope } from './shared.js';
export type { MediaUrl, TaskAccepted, TaskEnvelope };

/** Status payload of a Kling task (also the callback body). */
export type KlingTaskStatus = TaskEnvelope & {
    /** Generated videos, present when completed. */
    videos?: Array<MediaUrl>;
  };

/** One shot of a kling-3.0 multi-shot video. */
export interface KlingMultiPromptShotParam {
  /** Text prompt for this shot, at most 500 characters. */
  prompt: string;
  /** Duration of this shot in seconds, an integer from 1 to 12. */
  duration_seconds: number;
}

/** A named element (subject or style) referenced in prompts as `@name`. */
export interface KlingElementParam {
  /** Element name, referenced in prompts as `@name`. */
  name: string;
  /** Human-readable description of the element. */
  description: string;
  /** 2 to 4 JPG or PNG image URLs, at least 300x300 pixels and at most 10 MB each. */
  element_input_urls?: Array<string>;
  /** 1 MP4 or MOV video URL, at most 50 MB. */
  element_input_video_urls?: Array<string>;
}

/** Body of `kling.ai_avatar.create`. */
export interface AiAvatarCreateParams {
  /** Avatar model. */
  model: "kling-ai-avatar-pro" | "kling-ai-avatar-standard" | "kling-ai-avatar-v1-pro" | "kling-v1-avatar-standard";
  /** Portrait image URL, JPEG or PNG, at most 10 MB. */
  source_image_url: string;
  /** Audio file URL, MP3, WAV, AAC, MP4 or OGG, at most 10 MB. */
  source_audio_url: string;
  /** Text prompt guiding the avatar animation; required but may be empty; at most 5000 characters. */
  prompt: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}

/** A completed status: videos always present. */
export type KlingTaskCompleted = Completed<KlingTaskStatus, "videos">;

/** Body of `kling.image_to_video.create` (model=kling-v2.1-pro). */
export interface ImageToVideoCreateKlingV21ProParams {
  model: "kling-v2.1-pro";
  /** Text description of the desired video, at most 5000 characters for V2.1 models. */
  prompt: string;
  /** Source image URL to animate (required). */
  first_frame_image_url: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Final-frame image URL (kling-v2.1-pro and kling-v2.5-turbo-image-to-video-pro only). */
  last_frame_image_url?: string;
  /** Video duration in seconds, 5 or 10 (default 5). */
  duration_seconds?: 5 | 10;
  /** Output aspect ratio. */
  aspect_ratio?: "16:9" | "9:16" | "1:1";
  /** What to avoid in the generated video, at most 500 characters. */
  negative_prompt?: string;
  /** Creativity vs prompt adherence, 0 to 1. */
  cfg_scale?: number;
}

/** Body of `kling.image_to_video.create` (model=kling-v2.1-standard). */
export interface ImageToVideoCreateKlingV21StandardParams {
  model: "kling-v2.1-standard";
  /** Text description of the desired video, at most 5000 characters for V2.1 models. */
  prompt: string;
  /** Source image URL to animate (required). */
  first_frame_image_url: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Video duration in seconds, 5 or 10 (default 5). */
  duration_seconds?: 5 | 10;
  /** Output aspect ratio. */
  aspect_ratio?: "16:9" | "9:16" | "1:1";
  /** What to avoid in the generated video, at most 500 characters. */
  negative_prompt?: string;
  /** Creativity vs prompt adherence, 0 to 1. */
  cfg_scale?: number;
  last_frame_image_url?: never;
}

/** Body of `kling.image_to_video.create` (model=kling-v2.1-master-image-to-video). */
export interface ImageToVideoCreateKlingV21MasterImageToVideoParams {
  model: "kling-v2.1-master-image-to-video";
  /** Text description of the desired video, at most 5000 characters for V2.1 models. */
  prompt: string;
  /** Source image URL to animate (required). */
  first_frame_image_url: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Video duration in seconds, 5 or 10 (default 5). */
  duration_seconds?: 5 | 10;
  /** Output aspect ratio. */
  aspect_ratio?: "16:9" | "9:16" | "1:1";
  /** What to avoid in the generated video, at most 500 characters. */
  negative_prompt?: string;
  /** Creativity vs prompt adherence, 0 to 1. */
  cfg_scale?: number;
  last_frame_image_url?: never;
}

/** Body of `kling.image_to_video.create` (model=kling-v2.5-turbo-image-to-video-pro). */
export interface ImageToVideoCreateKlingV25TurboImageToVideoProParams {
  model: "kling-v2.5-turbo-image-to-video-pro";
  /** Text description of the desired video, at most 2500 characters for V2.5 Turbo. */
  prompt: string;
  /** Source image URL to animate (required). */
  first_frame_image_url: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Final-frame image URL (kling-v2.1-pro and kling-v2.5-turbo-image-to-video-pro only). */
  last_frame_image_url?: string;
  /** Video duration in seconds, 5 or 10 (default 5). */
  duration_seconds?: 5 | 10;
  /** Output aspect ratio. */
  aspect_ratio?: "16:9" | "9:16" | "1:1";
  /** What to avoid in the generated video, at most 500 characters. */
  negative_prompt?: string;
  /** Creativity vs prompt adherence, 0 to 1. */
  cfg_scale?: number;
}

/** Body of `kling.image_to_video.create`: one of its request shapes. */
export type ImageToVideoCreateParams = ImageToVideoCreateKlingV21ProParams | ImageToVideoCreateKlingV21StandardParams | ImageToVideoCreateKlingV21MasterImageToVideoParams | ImageToVideoCreateKlingV25TurboImageToVideoProParams;

/** Body of `kling.motion_control.create`. */
export interface MotionControlCreateParams {
  /** Must be kling-3.0. */
  model: "kling-3.0";
  /** Reference motion video URL. */
  reference_video_url: string;
  /** Subject image URL; required unless it is given as source_image_url. */
  source_first_frame_image_url?: string;
  /** Subject image URL under its other field name, in place of source_first_frame_image_url. */
  source_image_url?: string;
  /** Text prompt guiding the generation, at most 2500 characters. */
  prompt?: string;
  /** Output resolution. */
  output_resolution?: "720p" | "1080p";
  /** Which source determines the character's orientation. */
  character_orientation?: "video" | "image";
  /** Which source provides the background. */
  background_source?: "video" | "image";
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}

/** Body of `kling.text_to_video.create` (model=kling-3.0, multi_shots=False). */
export interface TextToVideoCreateKling30FalseParams {
  model: "kling-3.0";
  /** Text description of the desired video; required in single-shot mode. Elements are referenced as `@name`. */
  prompt: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Whether to generate sound; must be true when `multi_shots` is true. */
  enable_sound?: boolean;
  /** Total video duration in seconds, 3 through 15. */
  duration_seconds?: number;
  /** Output aspect ratio; required unless `first_frame_image_url` is given (then it auto-adapts to the image). */
  aspect_ratio?: "16:9" | "9:16" | "1:1";
  /** Output resolution. */
  output_resolution?: "720p" | "1080p" | "4k";
  /** What to avoid in the generated video. */
  negative_prompt?: string;
  /** Creativity vs prompt adherence, 0 to 1. */
  cfg_scale?: number;
  /** Absent or false in single-shot mode. */
  multi_shots?: false;
  /** Shots of multi-shot mode; also accepted in single-shot mode, where `prompt` is still required. */
  multi_prompt?: Array<KlingMultiPromptShotParam>;
  /** First-frame image URL; makes the task image-to-video. */
  first_frame_image_url?: string;
  /** Last-frame image URL, single-shot mode only. */
  last_frame_image_url?: string;
  /** Element references - reusable subjects or styles, mentioned in `prompt` or `multi_prompt[i].prompt` as `@name`. */
  kling_elements?: Array<KlingElementParam>;
}

/** Body of `kling.text_to_video.create` (model=kling-3.0, multi_shots=True). */
export interface TextToVideoCreateKling30TrueParams {
  model: "kling-3.0";
  /** Must be true when `multi_shots` is true. */
  enable_sound: true;
  /** True selects multi-shot mode. */
  multi_shots: true;
  /** Ordered shots of multi-shot mode (required there), one `{prompt, duration_seconds}` item per shot. */
  multi_prompt: Array<KlingMultiPromptShotParam>;
  /** Optional overall prompt in multi-shot mode (each shot has its own prompt). */
  prompt?: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Total video duration in seconds, 3 through 15. */
  duration_seconds?: number;
  /** Output aspect ratio; required unless `first_frame_image_url` is given (then it auto-adapts to the image). */
  aspect_ratio?: "16:9" | "9:16" | "1:1";
  /** Output resolution. */
  output_resolution?: "720p" | "1080p" | "4k";
  /** What to avoid in the generated video. */
  negative_prompt?: string;
  /** Creativity vs prompt adherence, 0 to 1. */
  cfg_scale?: number;
  /** First-frame image URL; makes the task image-to-video. */
  first_frame_image_url?: string;
  /** Element references - reusable subjects or styles, mentioned in `prompt` or `multi_prompt[i].prompt` as `@name`. */
  kling_elements?: Array<KlingElementParam>;
  last_frame_image_url?: never;
}

/** Body of `kling.text_to_video.create` (model=kling-v2.1-master-text-to-video). */
export interface TextToVideoCreateKlingV21MasterTextToVideoParams {
  model: "kling-v2.1-master-text-to-video";
  /** Text description of the desired video, at most 5000 characters for V2.1 models. */
  prompt: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Video duration in seconds, 5 or 10 (default 5). */
  duration_seconds?: 5 | 10;
  /** Output aspect ratio. */
  aspect_ratio?: "16:9" | "9:16" | "1:1";
  /** What to avoid in the generated video, at most 500 characters. */
  negative_prompt?: string;
  /** Creativity vs prompt adherence, 0 to 1. */
  cfg_scale?: number;
  /** Whether to generate sound. */
  enable_sound?: boolean;
  first_frame_image_url?: never;
  kling_elements?: never;
  last_frame_image_url?: never;
  multi_prompt?: never;
  multi_shots?: never;
  output_resolution?: never;
}

/** Body of `kling.text_to_video.create` (model=kling-v2.5-turbo-text-to-video-pro). */
export interface TextToVideoCreateKlingV25TurboTextToVideoProParams {
  model: "kling-v2.5-turbo-text-to-video-pro";
  /** Text description of the desired video, at most 2500 characters for V2.5 Turbo. */
  prompt: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Video duration in seconds, 5 or 10 (default 5). */
  duration_seconds?: 5 | 10;
  /** Output aspect ratio. */
  aspect_ratio?: "16:9" | "9:16" | "1:1";
  /** What to avoid in the generated video, at most 2500 characters for V2.5 Turbo text-to-video. */
  negative_prompt?: string;
  /** Creativity vs prompt adherence, 0 to 1. */
  cfg_scale?: number;
  /** Whether to generate sound. */
  enable_sound?: boolean;
  first_frame_image_url?: never;
  kling_elements?: never;
  last_frame_image_url?: never;
  multi_prompt?: never;
  multi_shots?: never;
  output_resolution?: never;
}

/** Body of `kling.text_to_video.create`: one of its request shapes. */
export type TextToVideoCreateParams = TextToVideoCreateKling30FalseParams | TextToVideoCreateKling30TrueParams | TextToVideoCreateKlingV21MasterTextToVideoParams | TextToVideoCreateKlingV25TurboTextToVideoProParams;
