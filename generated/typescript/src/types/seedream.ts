// Types of the seedream operations: request bodies and answers.
// Generated from spec/openapi.yaml; do not edit.
import type { Completed } from '../core/resource.js';
import type { Uploadable } from '../core/uploads.js';
import type { MediaUrl, TaskAccepted, TaskEnvelope } from './shared.js';
export type { MediaUrl, TaskAccepted, TaskEnvelope };

/** Status payload of a Seedream image edit task (also the callback body). */
export type SeedreamEditImageStatus = TaskEnvelope & {
    /** Edited images, present when completed. */
    images?: Array<MediaUrl>;
  };

/** Status payload of a Seedream text-to-image task (also the callback body). */
export type SeedreamTextToImageStatus = TaskEnvelope & {
    /** Generated images, present when completed. */
    images?: Array<MediaUrl>;
  };

/** Body of `seedream.edit_image.create` (model=seedream-4.5-edit). */
export interface EditImageCreateSeedream45EditParams {
  model: "seedream-4.5-edit";
  /** Text prompt; 4.5 models accept 1-3000 characters. */
  prompt: string;
  /** Source image URLs to edit, 1 to 14 images. */
  source_image_urls: Array<string>;
  /** Output aspect ratio; required for the 4.5 and 5-Lite models, optional for v4. */
  aspect_ratio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "2:3" | "3:2" | "21:9";
  /** Output quality, basic or high; required for the 4.5 and 5-Lite models, optional for v4. */
  output_quality: "basic" | "high";
  /** Optional content safety check toggle (default false). */
  enable_safety_checker?: boolean;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  output_count?: never;
  output_format?: never;
  output_resolution?: never;
  seed?: never;
}

/** Body of `seedream.edit_image.create` (model=seedream-5-lite-edit). */
export interface EditImageCreateSeedream5LiteEditParams {
  model: "seedream-5-lite-edit";
  /** Text prompt; 5-Lite models accept 3-3000 characters. */
  prompt: string;
  /** Source image URLs to edit, 1 to 14 images. */
  source_image_urls: Array<string>;
  /** Output aspect ratio; required for the 4.5 and 5-Lite models, optional for v4. */
  aspect_ratio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "2:3" | "3:2" | "21:9";
  /** Output quality, basic or high; required for the 4.5 and 5-Lite models, optional for v4. */
  output_quality: "basic" | "high";
  /** Output image format, png or jpeg (5-Lite models only); default png. */
  output_format?: "png" | "jpeg";
  /** Optional content safety check toggle (default false). */
  enable_safety_checker?: boolean;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  output_count?: never;
  output_resolution?: never;
  seed?: never;
}

/** Body of `seedream.edit_image.create` (model=seedream-v4-edit). */
export interface EditImageCreateSeedreamV4EditParams {
  model: "seedream-v4-edit";
  /** Text prompt; v4 models accept 1-5000 characters. */
  prompt: string;
  /** Source image URLs to edit; v4 edit accepts 1 to 10. */
  source_image_urls: Array<string>;
  /** Output aspect ratio; required for the 4.5 and 5-Lite models, optional for v4. */
  aspect_ratio?: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "2:3" | "3:2" | "21:9";
  /** Output quality, basic or high; required for the 4.5 and 5-Lite models, optional for v4. */
  output_quality?: "basic" | "high";
  /** Output resolution (v4 only) - 1k, 2k or 4k; default 1k. */
  output_resolution?: "1k" | "2k" | "4k";
  /** Number of images (v4 only), 1-6; default 1. */
  output_count?: number;
  /** Random seed for reproducible output (v4 only). */
  seed?: number;
  /** Optional content safety check toggle (default false). */
  enable_safety_checker?: boolean;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  output_format?: never;
}

/** Body of `seedream.edit_image.create`: one of its request shapes. */
export type EditImageCreateParams = EditImageCreateSeedream45EditParams | EditImageCreateSeedream5LiteEditParams | EditImageCreateSeedreamV4EditParams;

/** A completed status: images always present. */
export type SeedreamEditImageCompleted = Completed<SeedreamEditImageStatus, "images">;

/** Body of `seedream.text_to_image.create` (model=seedream-4.5-text-to-image). */
export interface TextToImageCreateSeedream45TextToImageParams {
  model: "seedream-4.5-text-to-image";
  /** Text prompt; 4.5 models accept 1-3000 characters. */
  prompt: string;
  /** Output aspect ratio; required for the 4.5 and 5-Lite models, optional for v4. */
  aspect_ratio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "2:3" | "3:2" | "21:9";
  /** Output quality, basic or high; required for the 4.5 and 5-Lite models, optional for v4. */
  output_quality: "basic" | "high";
  /** Optional content safety check toggle (default false). */
  enable_safety_checker?: boolean;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  output_count?: never;
  output_format?: never;
  output_resolution?: never;
  seed?: never;
}

/** Body of `seedream.text_to_image.create` (model=seedream-5-lite-text-to-image). */
export interface TextToImageCreateSeedream5LiteTextToImageParams {
  model: "seedream-5-lite-text-to-image";
  /** Text prompt; 5-Lite models accept 3-3000 characters. */
  prompt: string;
  /** Output aspect ratio; required for the 4.5 and 5-Lite models, optional for v4. */
  aspect_ratio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "2:3" | "3:2" | "21:9";
  /** Output quality, basic or high; required for the 4.5 and 5-Lite models, optional for v4. */
  output_quality: "basic" | "high";
  /** Output image format, png or jpeg (5-Lite models only); default png. */
  output_format?: "png" | "jpeg";
  /** Optional content safety check toggle (default false). */
  enable_safety_checker?: boolean;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  output_count?: never;
  output_resolution?: never;
  seed?: never;
}

/** Body of `seedream.text_to_image.create` (model=seedream-v4-text-to-image). */
export interface TextToImageCreateSeedreamV4TextToImageParams {
  model: "seedream-v4-text-to-image";
  /** Text prompt; v4 models accept 1-5000 characters. */
  prompt: string;
  /** Output aspect ratio; required for the 4.5 and 5-Lite models, optional for v4. */
  aspect_ratio?: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "2:3" | "3:2" | "21:9";
  /** Output quality, basic or high; required for the 4.5 and 5-Lite models, optional for v4. */
  output_quality?: "basic" | "high";
  /** Output resolution (v4 only) - 1k, 2k or 4k; default 1k. */
  output_resolution?: "1k" | "2k" | "4k";
  /** Number of images (v4 only), 1-6; default 1. */
  output_count?: number;
  /** Random seed for reproducible output (v4 only). */
  seed?: number;
  /** Optional content safety check toggle (default false). */
  enable_safety_checker?: boolean;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  output_format?: never;
}

/** Body of `seedream.text_to_image.create`: one of its request shapes. */
export type TextToImageCreateParams = TextToImageCreateSeedream45TextToImageParams | TextToImageCreateSeedream5LiteTextToImageParams | TextToImageCreateSeedreamV4TextToImageParams;

/** A completed status: images always present. */
export type SeedreamTextToImageCompleted = Completed<SeedreamTextToImageStatus, "images">;
