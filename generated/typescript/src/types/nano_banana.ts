// Types of the nano_banana operations: request bodies and answers.
// Generated from spec/openapi.yaml; do not edit.
import type { Completed } from '../core/resource.js';
import type { Uploadable } from '../core/uploads.js';
import type { MediaUrl, TaskAccepted, TaskEnvelope } from './shared.js';
export type { MediaUrl, TaskAccepted, TaskEnvelope };

/** Status payload of a Nano Banana edit task (also the callback body). */
export type NanoBananaEditImageStatus = TaskEnvelope & {
    /** Edited images, present when completed. */
    images?: Array<MediaUrl>;
  };

/** Status payload of a Nano Banana text-to-image task (also the callback body). */
export type NanoBananaTextToImageStatus = TaskEnvelope & {
    /** Generated images, present when completed. */
    images?: Array<MediaUrl>;
  };

/** Body of `nano_banana.edit_image.create`. */
export interface EditImageCreateParams {
  /** The Nano Banana edit model, the only model named for this endpoint. */
  model: "nano-banana-edit";
  /** URLs of the images to edit. */
  source_image_urls: Array<string>;
  /** What to change in the source images. */
  prompt?: string;
  /** Output aspect ratio, one of 11 presets. */
  aspect_ratio?: "1:1" | "9:16" | "16:9" | "3:4" | "4:3" | "3:2" | "2:3" | "5:4" | "4:5" | "21:9" | "auto";
  /** Output file format, png or jpeg. */
  output_format?: "png" | "jpeg";
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}

/** A completed status: images always present. */
export type NanoBananaEditImageCompleted = Completed<NanoBananaEditImageStatus, "images">;

/** Body of `nano_banana.text_to_image.create` (model=nano-banana). */
export interface TextToImageCreateNanoBananaParams {
  /** The base Nano Banana model. */
  model: "nano-banana";
  /** Text description of the desired image, at most 5000 characters for nano-banana and nano-banana-pro. */
  prompt: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Output file format (default png). */
  output_format?: "png" | "jpg";
  /** Output aspect ratio, one of 11 presets (default 1:1). */
  aspect_ratio?: "1:1" | "9:16" | "16:9" | "3:4" | "4:3" | "3:2" | "2:3" | "5:4" | "4:5" | "21:9" | "auto";
  /** Reference image URLs, at most 8 images of up to 30 MB each (the size is checked by the server). An empty list means no references. */
  reference_image_urls?: Array<string>;
  output_resolution?: never;
}

/** Body of `nano_banana.text_to_image.create` (model=nano-banana-pro). */
export interface TextToImageCreateNanoBananaProParams {
  /** The Pro Nano Banana model. */
  model: "nano-banana-pro";
  /** Text description of the desired image, at most 5000 characters for nano-banana and nano-banana-pro. */
  prompt: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Output aspect ratio, one of 11 presets (default 1:1). */
  aspect_ratio?: "1:1" | "9:16" | "16:9" | "3:4" | "4:3" | "3:2" | "2:3" | "5:4" | "4:5" | "21:9" | "auto";
  /** Output resolution (default 1k); nano-banana-pro and nano-banana-2 only. */
  output_resolution?: "1k" | "2k" | "4k";
  /** Output file format (default png). */
  output_format?: "png" | "jpg";
  /** Reference image URLs, at most 8 images of up to 30 MB each (the size is checked by the server). An empty list means no references. */
  reference_image_urls?: Array<string>;
}

/** Body of `nano_banana.text_to_image.create` (model=nano-banana-2). */
export interface TextToImageCreateNanoBanana2Params {
  /** The Nano Banana V2 model. */
  model: "nano-banana-2";
  /** Text description of the desired image, at most 20000 characters for nano-banana-2. */
  prompt: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Output aspect ratio, one of 15 presets (default auto). */
  aspect_ratio?: "1:1" | "1:4" | "1:8" | "2:3" | "3:2" | "3:4" | "4:1" | "4:3" | "4:5" | "5:4" | "8:1" | "9:16" | "16:9" | "21:9" | "auto";
  /** Output resolution (default 1k); nano-banana-pro and nano-banana-2 only. */
  output_resolution?: "1k" | "2k" | "4k";
  /** Output file format (default jpg for nano-banana-2). */
  output_format?: "png" | "jpg";
  /** Reference image URLs, at most 14 images (JPEG, PNG or WebP, up to 30 MB each; type and size are checked by the server). An empty list means no references. */
  reference_image_urls?: Array<string>;
}

/** Body of `nano_banana.text_to_image.create`: one of its request shapes. */
export type TextToImageCreateParams = TextToImageCreateNanoBananaParams | TextToImageCreateNanoBananaProParams | TextToImageCreateNanoBanana2Params;

/** A completed status: images always present. */
export type NanoBananaTextToImageCompleted = Completed<NanoBananaTextToImageStatus, "images">;
