// Types of the flux_kontext operations: request bodies and answers.
// Generated from spec/openapi.yaml; do not edit.
import type { Completed } from '../core/resource.js';
import type { Uploadable } from '../core/uploads.js';
import type { MediaUrl, TaskAccepted, TaskEnvelope } from './shared.js';
export type { MediaUrl, TaskAccepted, TaskEnvelope };

/** Status payload of a Flux Kontext task (also the callback body). */
export type FluxKontextTextToImageStatus = TaskEnvelope & ({
    /** Generated images, present when completed. */
    images?: Array<(MediaUrl & {
          /** Original high-resolution URL, valid for 10 minutes. */
          origin_url?: string;
        })>;
  });

/** Body of `flux_kontext.text_to_image.create`. */
export interface TextToImageCreateParams {
  /** flux-kontext-pro (standard quality) or flux-kontext-max (enhanced quality). */
  model: "flux-kontext-pro" | "flux-kontext-max";
  /** Text description of the desired image, or of the edit when source_image_url is given. */
  prompt: string;
  /** Output aspect ratio (default 1:1). */
  aspect_ratio?: "21:9" | "16:9" | "4:3" | "1:1" | "3:4" | "9:16";
  /** Output file format (default jpeg). */
  output_format?: "jpeg" | "png";
  /** Source image URL; switches the task to editing mode. */
  source_image_url?: string;
  /** Automatically translate non-English prompts. */
  enable_translation?: boolean;
  /** Expand the prompt with more detail. */
  enable_prompt_expansion?: boolean;
  /** Content safety level, lower is stricter; 0-6 for generation, 0-2 for editing (with source_image_url). */
  safety_tolerance?: number;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Watermark identifier for the generated image. */
  watermark?: string;
}

/** A completed status: images always present. */
export type FluxKontextTextToImageCompleted = Completed<FluxKontextTextToImageStatus, "images">;
