// Types of the runway_aleph operations: request bodies and answers.
// Generated from spec/openapi.yaml; do not edit.
import type { Completed } from '../core/resource.js';
import type { Uploadable } from '../core/uploads.js';
import type { MediaUrl, TaskAccepted, TaskEnvelope } from './shared.js';
export type { MediaUrl, TaskAccepted, TaskEnvelope };

/** Status payload of a Runway Aleph task (also the callback body). */
export type RunwayAlephEditVideoStatus = TaskEnvelope & {
    /** The edited video, present when completed. */
    videos?: Array<MediaUrl>;
    /** Cover image of the edited video, present when completed. */
    images?: Array<MediaUrl>;
  };

/** Body of `runway_aleph.edit_video.create`. */
export interface EditVideoCreateParams {
  /** Transformation prompt. */
  prompt: string;
  /** URL of the source video to transform. */
  source_video_url: string;
  /** Model id; `runway-aleph` is the only model of this endpoint, so it may be left out. */
  model?: "runway-aleph";
  /** Optional style reference image URL. */
  reference_image_url?: string;
  /** Output aspect ratio - 16:9, 9:16, 4:3, 3:4, 1:1 or 21:9. */
  aspect_ratio?: "16:9" | "9:16" | "4:3" | "3:4" | "1:1" | "21:9";
  /** Random seed. */
  seed?: number;
  /** Watermark text. */
  watermark?: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}

/** A completed status: videos always present. */
export type RunwayAlephEditVideoCompleted = Completed<RunwayAlephEditVideoStatus, "videos">;
