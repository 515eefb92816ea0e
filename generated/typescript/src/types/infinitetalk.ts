// Types of the infinitetalk operations: request bodies and answers.
// Generated from spec/openapi.yaml; do not edit.
import type { Completed } from '../core/resource.js';
import type { Uploadable } from '../core/uploads.js';
import type { MediaUrl, TaskAccepted, TaskEnvelope } from './shared.js';
export type { MediaUrl, TaskAccepted, TaskEnvelope };

/** Status payload of an InfiniteTalk task (also the callback body). */
export type InfinitetalkAudioToVideoStatus = TaskEnvelope & {
    /** Generated videos, present when completed. */
    videos?: Array<MediaUrl>;
  };

/** Body of `infinitetalk.audio_to_video.create`. */
export interface AudioToVideoCreateParams {
  /** Model id; must be infinitetalk-from-audio. */
  model: "infinitetalk-from-audio";
  /** Source image URL (the face to animate). */
  source_image_url: string;
  /** Source audio URL that drives the lip sync. */
  source_audio_url: string;
  /** Prompt text, at most 5000 characters. */
  prompt: string;
  /** Output resolution, 480p or 720p. */
  output_resolution?: "480p" | "720p";
  /** Random seed, an integer between 10000 and 1000000. */
  seed?: number;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}

/** A completed status: videos always present. */
export type InfinitetalkAudioToVideoCompleted = Completed<InfinitetalkAudioToVideoStatus, "videos">;
