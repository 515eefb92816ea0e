// Types of the runway operations: request bodies and answers.
// Generated from spec/openapi.yaml; do not edit.
import type { Completed } from '../core/resource.js';
import type { Uploadable } from '../core/uploads.js';
import type { MediaUrl, TaskAccepted, TaskEnvelope } from './shared.js';
export type { MediaUrl, TaskAccepted, TaskEnvelope };

/** Status payload of a Runway extension task (also the callback body). */
export type RunwayExtendVideoStatus = TaskEnvelope & {
    /** The extended video, present when completed. */
    videos?: Array<RunwayVideo>;
    /** Cover image of the video, present when completed. */
    images?: Array<MediaUrl>;
  };

/** Status payload of a Runway video task (also the callback body). */
export type RunwayTextToVideoStatus = TaskEnvelope & {
    /** Generated videos, present when completed. */
    videos?: Array<RunwayVideo>;
    /** Cover image of the video, present when completed. */
    images?: Array<MediaUrl>;
  };

/** A generated Runway video. URLs are temporary; download results you want to keep. */
export interface RunwayVideo {
  /** Identifier of the generated video. */
  id?: string;
  /** Video download URL. */
  url: string;
}

/** Body of `runway.extend_video.create`. */
export interface ExtendVideoCreateParams {
  /** Id of the Runway task whose video is continued. */
  source_task_id: string;
  /** How to continue the video. */
  prompt: string;
  /** Output resolution, 720p or 1080p. */
  output_resolution: "720p" | "1080p";
  /** Model id; `runway` is the only model of this endpoint, so it may be left out. */
  model?: "runway";
  /** Watermark text. */
  watermark?: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}

/** A completed status: videos always present. */
export type RunwayExtendVideoCompleted = Completed<RunwayExtendVideoStatus, "videos">;

/** Body of `runway.text_to_video.create`. */
export interface TextToVideoCreateParams {
  /** Video prompt. */
  prompt: string;
  /** Video length in seconds, 5 or 10. */
  duration_seconds: 5 | 10;
  /** Output resolution, 720p or 1080p. */
  output_resolution: "720p" | "1080p";
  /** Model id; `runway` is the only model of this endpoint, so it may be left out. */
  model?: "runway";
  /** First frame image for image-to-video. */
  first_frame_image_url?: string;
  /** Output aspect ratio: 16:9, 9:16, 1:1, 4:3 or 3:4. Required for text-to-video; not accepted together with first_frame_image_url. */
  aspect_ratio?: "16:9" | "9:16" | "1:1" | "4:3" | "3:4";
  /** Watermark text. */
  watermark?: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}

/** A completed status: videos always present. */
export type RunwayTextToVideoCompleted = Completed<RunwayTextToVideoStatus, "videos">;
