// Types of the qwen_2 operations: request bodies and answers.
// Generated from spec/openapi.yaml; do not edit.
import type { Completed } from '../core/resource.js';
import type { Uploadable } from '../core/uploads.js';
import type { MediaUrl, TaskAccepted, TaskEnvelope } from './shared.js';
export type { MediaUrl, TaskAccepted, TaskEnvelope };

/** Status payload of a Qwen 2 edit-image task (also the callback body). */
export type Qwen2EditImageStatus = TaskEnvelope & {
    /** Result images, present when completed. */
    images?: Array<MediaUrl>;
  };

/** Status payload of a Qwen 2 remix-image task (also the callback body). */
export type Qwen2RemixImageStatus = TaskEnvelope & {
    /** Result images, present when completed. */
    images?: Array<MediaUrl>;
  };

/** Status payload of a Qwen 2 text-to-image task (also the callback body). */
export type Qwen2TextToImageStatus = TaskEnvelope & {
    /** Result images, present when completed. */
    images?: Array<MediaUrl>;
  };

/** Body of `qwen_2.edit_image.create`. */
export interface EditImageCreateParams {
  /** Must be qwen-2-edit-image. */
  model: "qwen-2-edit-image";
  /** Edit instruction, up to 800 characters. */
  prompt: string;
  /** Source image URL; JPEG, PNG or WebP up to 10 MB (type and size are checked by the server). */
  source_image_url: string;
  /** Output aspect ratio. */
  aspect_ratio?: "1:1" | "2:3" | "3:2" | "3:4" | "4:3" | "9:16" | "16:9" | "21:9";
  /** Output file format (default png). */
  output_format?: "jpeg" | "png";
  /** Seed for reproducible results. */
  seed?: number;
  /** Content safety check toggle. */
  enable_safety_checker?: boolean;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}

/** A completed status: images always present. */
export type Qwen2EditImageCompleted = Completed<Qwen2EditImageStatus, "images">;

/** Body of `qwen_2.remix_image.create`. */
export interface RemixImageCreateParams {
  /** Must be qwen-2-remix-image. */
  model: "qwen-2-remix-image";
  /** Remix prompt, up to 5000 characters. */
  prompt: string;
  /** Source image URL; JPEG, PNG or WebP up to 10 MB (type and size are checked by the server). */
  source_image_url: string;
  /** Denoising strength from 0 to 1 (default 0.8). */
  strength?: number;
  /** Output file format (default png). */
  output_format?: "png" | "jpeg";
  /** Acceleration level (default none). */
  acceleration?: "none" | "regular" | "high";
  /** Negative prompt, up to 500 characters. */
  negative_prompt?: string;
  /** Seed for reproducible results. */
  seed?: number;
  /** Number of inference steps from 2 to 250 (default 30). */
  num_inference_steps?: number;
  /** Prompt adherence from 0 to 20 (default 2.5). */
  guidance_scale?: number;
  /** Content safety check toggle. */
  enable_safety_checker?: boolean;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}

/** A completed status: images always present. */
export type Qwen2RemixImageCompleted = Completed<Qwen2RemixImageStatus, "images">;

/** Body of `qwen_2.text_to_image.create`. */
export interface TextToImageCreateParams {
  /** Must be qwen-2-text-to-image. */
  model: "qwen-2-text-to-image";
  /** Text prompt, up to 800 characters. */
  prompt: string;
  /** Output aspect ratio (default 16:9). */
  aspect_ratio?: "1:1" | "3:4" | "4:3" | "9:16" | "16:9";
  /** Seed for reproducible results. */
  seed?: number;
  /** Output file format (default png). */
  output_format?: "png" | "jpeg";
  /** Content safety check toggle. */
  enable_safety_checker?: boolean;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}

/** A completed status: images always present. */
export type Qwen2TextToImageCompleted = Completed<Qwen2TextToImageStatus, "images">;
