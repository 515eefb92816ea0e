// Types of the topaz operations: request bodies and answers.
// Generated from spec/openapi.yaml; do not edit.
import type { Completed } from '../core/resource.js';
import type { Uploadable } from '../core/uploads.js';
import type { MediaUrl, TaskAccepted, TaskEnvelope } from './shared.js';
export type { MediaUrl, TaskAccepted, TaskEnvelope };

/** Status payload of a Topaz image upscale task (also the callback body). */
export type TopazUpscaleImageStatus = TaskEnvelope & {
    /** Upscaled images, present when completed. */
    images?: Array<MediaUrl>;
  };

/** Status payload of a Topaz video upscale task (also the callback body). */
export type TopazUpscaleVideoStatus = TaskEnvelope & {
    /** Upscaled videos, present when completed. */
    videos?: Array<MediaUrl>;
  };

/** Body of `topaz.upscale_image.create`. */
export interface UpscaleImageCreateParams {
  /** Model; topaz-upscale-image. */
  model: "topaz-upscale-image";
  /** Public input image URL. */
  source_image_url: string;
  /** Upscale factor - 1, 2, 4 or 8 (required for images). */
  upscale_factor: 1 | 2 | 4 | 8;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}

/** A completed status: images always present. */
export type TopazUpscaleImageCompleted = Completed<TopazUpscaleImageStatus, "images">;

/** Body of `topaz.upscale_video.create`. */
export interface UpscaleVideoCreateParams {
  /** Model; topaz-upscale-video. */
  model: "topaz-upscale-video";
  /** Public input video URL. */
  source_video_url: string;
  /** Upscale factor - 1, 2 or 4; when omitted the service default (2) applies. */
  upscale_factor?: 1 | 2 | 4;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}

/** A completed status: videos always present. */
export type TopazUpscaleVideoCompleted = Completed<TopazUpscaleVideoStatus, "videos">;
