// Types of the veo_3_1 operations: request bodies and answers.
// Generated from spec/openapi.yaml; do not edit.
import type { Completed } from '../core/resource.js';
import type { Uploadable } from '../core/uploads.js';
import type { MediaUrl, TaskAccepted, TaskEnvelope } from './shared.js';
export type { MediaUrl, TaskAccepted, TaskEnvelope };

/** Status payload of a Veo 3.1 extension task (also the callback body); same format as text-to-video. */
export type Veo31ExtendVideoStatus = TaskEnvelope & {
    /** The extended video, present when completed. */
    videos?: Array<Veo31Video>;
    /** The original video that was extended. */
    sources?: Array<MediaUrl>;
  };

/** Status payload of a Veo 3.1 generation task (also the callback body). */
export type Veo31TextToVideoStatus = TaskEnvelope & {
    /** Generated videos, present when completed. */
    videos?: Array<Veo31Video>;
    /** Input image URLs (image-to-video results). */
    sources?: Array<MediaUrl>;
  };

/** Status payload of a Veo 3.1 1080p / 4k conversion task (also the callback body). */
export type Veo31UpscaleVideoStatus = TaskEnvelope & {
    /** The source video generation task id. */
    source_task_id?: string;
    /** The converted video, present when completed. */
    videos?: Array<Veo31Video>;
  };

/** A generated Veo 3.1 video. URLs are temporary; download results you want to keep. */
export interface Veo31Video {
  /** Video download URL. */
  url: string;
  /** Video resolution, for example 720p, 1080p or 4k. */
  resolution?: string;
  /** Whether the video has audio. */
  has_audio?: boolean;
}

/** Body of `veo_3_1.extend_video.create`. */
export interface ExtendVideoCreateParams {
  /** Task id of the original Veo 3.1 video generation. */
  source_task_id: string;
  /** Text description of the extension content. */
  prompt: string;
  /** Random seed for reproducibility (10000-99999). */
  seeds?: number;
  /** Optional watermark text to add to the extended video. */
  watermark?: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}

/** A completed status: videos always present. */
export type Veo31ExtendVideoCompleted = Completed<Veo31ExtendVideoStatus, "videos">;

/** Body of `veo_3_1.text_to_video.create` (model=veo-3.1). */
export interface TextToVideoCreateVeo31Params {
  /** Text description of the desired video content (for image to video, how the video should animate). */
  prompt: string;
  /** veo-3.1, the Quality model with the highest fidelity. */
  model: "veo-3.1";
  /** Input mode - text (default) or first_and_last_frames (image to video). reference requires veo-3.1-fast. */
  input_mode?: "text" | "first_and_last_frames";
  /** First frame image URL (image to video); required when input_mode is first_and_last_frames. */
  first_frame_image_url?: string;
  /** Optional last frame image URL (image to video); the video transitions from the first to the last frame. */
  last_frame_image_url?: string;
  /** Video aspect ratio - 16:9, 9:16 or auto (default 16:9). */
  aspect_ratio?: "16:9" | "9:16" | "auto";
  /** Generated video duration - 4, 6 or 8 seconds (default 8). */
  duration_seconds?: 4 | 6 | 8;
  /** Random seed for reproducibility (10000-99999). */
  seeds?: number;
  /** Auto-translate the prompt to English (default true). */
  enable_translation?: boolean;
  /** Optional watermark text to add to the video. */
  watermark?: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  reference_image_urls?: never;
}

/** Body of `veo_3_1.text_to_video.create` (model=veo-3.1-fast). */
export interface TextToVideoCreateVeo31FastParams {
  /** Text description of the desired video content (for image to video, how the video should animate). */
  prompt: string;
  /** veo-3.1-fast, the Fast model; the only model for reference mode. */
  model: "veo-3.1-fast";
  /** Input mode - text (default), first_and_last_frames (image to video) or reference (reference images). */
  input_mode?: "text" | "first_and_last_frames" | "reference";
  /** First frame image URL (image to video); required when input_mode is first_and_last_frames. */
  first_frame_image_url?: string;
  /** Optional last frame image URL (image to video); the video transitions from the first to the last frame. */
  last_frame_image_url?: string;
  /** Array of 1-3 reference image URLs; required when input_mode is reference. */
  reference_image_urls?: Array<string>;
  /** Video aspect ratio - 16:9, 9:16 or auto (default 16:9); must be 16:9 when input_mode is reference. */
  aspect_ratio?: "16:9" | "9:16" | "auto";
  /** Generated video duration - 4, 6 or 8 seconds (default 8). */
  duration_seconds?: 4 | 6 | 8;
  /** Random seed for reproducibility (10000-99999). */
  seeds?: number;
  /** Auto-translate the prompt to English (default true). */
  enable_translation?: boolean;
  /** Optional watermark text to add to the video. */
  watermark?: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}

/** Body of `veo_3_1.text_to_video.create`: one of its request shapes. */
export type TextToVideoCreateParams = TextToVideoCreateVeo31Params | TextToVideoCreateVeo31FastParams;

/** A completed status: videos always present. */
export type Veo31TextToVideoCompleted = Completed<Veo31TextToVideoStatus, "videos">;

/** Body of `veo_3_1.upscale_video.create`. */
export interface UpscaleVideoCreateParams {
  /** The task id of a completed Veo 3.1 video generation. */
  source_task_id: string;
  /** Output resolution - 1080p (high definition) or 4k (ultra high definition). */
  output_resolution: "1080p" | "4k";
  /** Index of the video to convert when the source task generated several (default 0). */
  index?: number;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}

/** A completed status: videos always present. */
export type Veo31UpscaleVideoCompleted = Completed<Veo31UpscaleVideoStatus, "videos">;
