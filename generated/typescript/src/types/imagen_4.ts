// Types of the imagen_4 operations: request bodies and answers.
// Generated from spec/openapi.yaml; do not edit.
import type { Completed } from '../core/resource.js';
import type { Uploadable } from '../core/uploads.js';
import type { MediaUrl, TaskAccepted, TaskEnvelope } from './shared.js';
export type { MediaUrl, TaskAccepted, TaskEnvelope };

/** Status payload of an Imagen 4 remix-image task (also the callback body). */
export type Imagen4RemixImageStatus = TaskEnvelope & {
    /** Generated images, present when completed. */
    images?: Array<MediaUrl>;
  };

/** Status payload of an Imagen 4 text-to-image task (also the callback body). */
export type Imagen4TextToImageStatus = TaskEnvelope & {
    /** Generated images, present when completed. */
    images?: Array<MediaUrl>;
  };

/** Body of `imagen_4.remix_image.create`. */
export interface RemixImageCreateParams {
  /** The Imagen 4 pro remix-image model. */
  model: "imagen-4-pro-remix-image";
  /** Text prompt, up to 10000 characters. */
  prompt: string;
  /** Public source image URLs, 1 to 8 images. */
  source_image_urls: Array<string>;
  /** Output aspect ratio. */
  aspect_ratio?: "1:1" | "2:3" | "3:2" | "3:4" | "4:3" | "4:5" | "5:4" | "9:16" | "16:9" | "21:9" | "auto";
  /** Output resolution. */
  output_resolution?: "1k" | "2k" | "4k";
  /** Output file format. */
  output_format?: "png" | "jpg";
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}

/** A completed status: images always present. */
export type Imagen4RemixImageCompleted = Completed<Imagen4RemixImageStatus, "images">;

/** Body of `imagen_4.text_to_image.create` (model=imagen-4). */
export interface TextToImageCreateImagen4Params {
  /** The standard Imagen 4 model. */
  model: "imagen-4";
  /** Text prompt, up to 5000 characters. */
  prompt: string;
  /** Content to discourage in the image. */
  negative_prompt?: string;
  /** Output aspect ratio. */
  aspect_ratio?: "1:1" | "16:9" | "9:16" | "3:4" | "4:3";
  /** Seed for reproducible images. */
  seed?: number;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  output_count?: never;
}

/** Body of `imagen_4.text_to_image.create` (model=imagen-4-fast). */
export interface TextToImageCreateImagen4FastParams {
  /** The fast Imagen 4 model. */
  model: "imagen-4-fast";
  /** Text prompt, up to 5000 characters. */
  prompt: string;
  /** Content to discourage in the image. */
  negative_prompt?: string;
  /** Output aspect ratio. */
  aspect_ratio?: "1:1" | "16:9" | "9:16" | "3:4" | "4:3";
  /** Number of images to generate (imagen-4-fast only). */
  output_count?: 1 | 2 | 3 | 4;
  /** Seed for reproducible images. */
  seed?: number;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}

/** Body of `imagen_4.text_to_image.create` (model=imagen-4-ultra). */
export interface TextToImageCreateImagen4UltraParams {
  /** The Imagen 4 Ultra model. */
  model: "imagen-4-ultra";
  /** Text prompt, up to 5000 characters. */
  prompt: string;
  /** Content to discourage in the image. */
  negative_prompt?: string;
  /** Output aspect ratio. */
  aspect_ratio?: "1:1" | "16:9" | "9:16" | "3:4" | "4:3";
  /** Seed for reproducible images. */
  seed?: number;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  output_count?: never;
}

/** Body of `imagen_4.text_to_image.create`: one of its request shapes. */
export type TextToImageCreateParams = TextToImageCreateImagen4Params | TextToImageCreateImagen4FastParams | TextToImageCreateImagen4UltraParams;

/** A completed status: images always present. */
export type Imagen4TextToImageCompleted = Completed<Imagen4TextToImageStatus, "images">;
