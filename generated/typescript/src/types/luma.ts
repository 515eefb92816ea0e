// Types of the luma operations: request bodies and answers.
// Generated from spec/openapi.yaml; do not edit.
import type { Completed } from '../core/resource.js';
import type { Uploadable } from '../core/uploads.js';
import type { MediaUrl, TaskAccepted, TaskEnvelope } from './shared.js';
export type { MediaUrl, TaskAccepted, TaskEnvelope };

/** Status payload of a Luma modification task (also the callback body). */
export type LumaModifyVideoStatus = TaskEnvelope & {
    /** Generated videos, present when completed. */
    videos?: Array<MediaUrl>;
    /** Source video URLs used for the modification. */
    sources?: Array<MediaUrl>;
  };

/** Body of `luma.modify_video.create`. */
export interface ModifyVideoCreateParams {
  /** English prompt describing how to transform the source video. */
  prompt: string;
  /** Publicly accessible source video URL; MP4, MOV and AVI are supported. */
  source_video_url: string;
  /** Model id; `luma-modify-video` is the only model of this endpoint, so it may be left out. */
  model?: "luma-modify-video";
  /** HTTPS webhook URL that receives a signed POST with the final status payload when the task finishes. */
  callback_url?: string;
  /** Watermark identifier added to the generated video. */
  watermark?: string;
}

/** A completed status: videos always present. */
export type LumaModifyVideoCompleted = Completed<LumaModifyVideoStatus, "videos">;
