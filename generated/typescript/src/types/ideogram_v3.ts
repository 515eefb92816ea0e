// Types of the ideogram_v3 operations: request bodies and answers.
// Generated from spec/openapi.yaml; do not edit.
import type { Completed } from '../core/resource.js';
import type { Uploadable } from '../core/uploads.js';
import type { MediaUrl, TaskAccepted, TaskEnvelope } from './shared.js';
export type { MediaUrl, TaskAccepted, TaskEnvelope };

/** Status payload of an Ideogram V3 edit task (also the callback body); same shape as text-to-image. */
export type IdeogramV3EditImageStatus = TaskEnvelope & {
    /** Generated images, present when completed. */
    images?: Array<MediaUrl>;
  };

/** Status payload of an Ideogram V3 reframe task (also the callback body); same shape as text-to-image. */
export type IdeogramV3ReframeImageStatus = TaskEnvelope & {
    /** Generated images, present when completed. */
    images?: Array<MediaUrl>;
  };

/** Status payload of an Ideogram V3 remix task (also the callback body); same shape as text-to-image. */
export type IdeogramV3RemixImageStatus = TaskEnvelope & {
    /** Generated images, present when completed. */
    images?: Array<MediaUrl>;
  };

/** Status payload of an Ideogram V3 text-to-image task (also the callback body). */
export type IdeogramV3TextToImageStatus = TaskEnvelope & {
    /** Generated images, present when completed. */
    images?: Array<MediaUrl>;
  };

/** Body of `ideogram_v3.edit_image.create` (model=ideogram-v3-edit). */
export interface EditImageCreateIdeogramV3EditParams {
  /** Plain Ideogram V3 inpainting. */
  model: "ideogram-v3-edit";
  /** Fill text for the masked area, up to 5000 characters. */
  prompt: string;
  /** URL of the source image; JPEG, PNG or WebP, at most 10 MB (checked by the server). */
  source_image_url: string;
  /** URL of the inpaint mask; must match the source image dimensions (checked by the server). */
  mask_url: string;
  /** Character reference image URLs (required only for the character models); only the first image is used. JPEG, PNG or WebP, at most 10 MB in total (checked by the server). */
  reference_image_urls?: Array<string>;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Rendering speed (default balanced). */
  rendering_speed?: "turbo" | "balanced" | "quality";
  /** Use MagicPrompt to expand the prompt. */
  enable_prompt_expansion?: boolean;
  /** Number of images, 1 to 4. */
  output_count?: 1 | 2 | 3 | 4;
  /** Seed for the random number generator. */
  seed?: number;
  style?: never;
}

/** Body of `ideogram_v3.edit_image.create` (model=ideogram-v3-character-edit). */
export interface EditImageCreateIdeogramV3CharacterEditParams {
  /** Character-guided Ideogram V3 inpainting. */
  model: "ideogram-v3-character-edit";
  /** Fill text for the masked area, up to 5000 characters. */
  prompt: string;
  /** URL of the source image; JPEG, PNG or WebP, at most 10 MB (checked by the server). */
  source_image_url: string;
  /** URL of the inpaint mask; must match the source image dimensions (checked by the server). */
  mask_url: string;
  /** Character reference image URLs (required for the character models); only the first image is used. JPEG, PNG or WebP, at most 10 MB in total (checked by the server). */
  reference_image_urls: Array<string>;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Rendering speed (default balanced). */
  rendering_speed?: "turbo" | "balanced" | "quality";
  /** Style preset, ideogram-v3-character-edit only; auto, realistic or fiction. */
  style?: "auto" | "realistic" | "fiction";
  /** Use MagicPrompt to expand the prompt. */
  enable_prompt_expansion?: boolean;
  /** Number of images, 1 to 4. */
  output_count?: 1 | 2 | 3 | 4;
  /** Seed for the random number generator. */
  seed?: number;
}

/** Body of `ideogram_v3.edit_image.create`: one of its request shapes. */
export type EditImageCreateParams = EditImageCreateIdeogramV3EditParams | EditImageCreateIdeogramV3CharacterEditParams;

/** A completed status: images always present. */
export type IdeogramV3EditImageCompleted = Completed<IdeogramV3EditImageStatus, "images">;

/** Body of `ideogram_v3.reframe_image.create`. */
export interface ReframeImageCreateParams {
  /** Must be ideogram-v3-reframe. */
  model: "ideogram-v3-reframe";
  /** URL of the source image; JPEG, PNG or WebP, at most 10 MB (checked by the server). */
  source_image_url: string;
  /** Target aspect ratio (required). */
  aspect_ratio: "1:1" | "3:4" | "9:16" | "4:3" | "16:9";
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Rendering speed (default balanced). */
  rendering_speed?: "turbo" | "balanced" | "quality";
  /** Style preset; auto, general, realistic or design. */
  style?: "auto" | "general" | "realistic" | "design";
  /** Number of images, 1 to 4. */
  output_count?: 1 | 2 | 3 | 4;
  /** Seed for the random number generator. */
  seed?: number;
}

/** A completed status: images always present. */
export type IdeogramV3ReframeImageCompleted = Completed<IdeogramV3ReframeImageStatus, "images">;

/** Body of `ideogram_v3.remix_image.create` (model=ideogram-v3-remix). */
export interface RemixImageCreateIdeogramV3RemixParams {
  /** Plain Ideogram V3 remix. */
  model: "ideogram-v3-remix";
  /** Text prompt, up to 5000 characters. */
  prompt: string;
  /** URL of the source image; JPEG, PNG or WebP, at most 10 MB (checked by the server). */
  source_image_url: string;
  /** Character reference image URLs (required only for the character models); only the first image is used. JPEG, PNG or WebP, at most 10 MB in total (checked by the server). */
  reference_image_urls?: Array<string>;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Rendering speed (default balanced). */
  rendering_speed?: "turbo" | "balanced" | "quality";
  /** Style preset; auto, general, realistic or design. */
  style?: "auto" | "general" | "realistic" | "design";
  /** Use MagicPrompt to expand the prompt. */
  enable_prompt_expansion?: boolean;
  /** Output aspect ratio. */
  aspect_ratio?: "1:1" | "3:4" | "9:16" | "4:3" | "16:9";
  /** Number of images, 1 to 4. */
  output_count?: 1 | 2 | 3 | 4;
  /** Seed for the random number generator. */
  seed?: number;
  /** Remix strength, 0.01 to 1 for ideogram-v3-remix. */
  strength?: number;
  /** What to exclude from the image, up to 5000 characters. */
  negative_prompt?: string;
  reference_mask_urls?: never;
  style_reference_image_urls?: never;
}

/** Body of `ideogram_v3.remix_image.create` (model=ideogram-v3-character-remix). */
export interface RemixImageCreateIdeogramV3CharacterRemixParams {
  /** Character-guided Ideogram V3 remix. */
  model: "ideogram-v3-character-remix";
  /** Text prompt, up to 5000 characters. */
  prompt: string;
  /** URL of the source image; JPEG, PNG or WebP, at most 10 MB (checked by the server). */
  source_image_url: string;
  /** Character reference image URLs (required for the character models); only the first image is used. JPEG, PNG or WebP, at most 10 MB in total (checked by the server). */
  reference_image_urls: Array<string>;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Rendering speed (default balanced). */
  rendering_speed?: "turbo" | "balanced" | "quality";
  /** Style preset for character models; auto, realistic or fiction. */
  style?: "auto" | "realistic" | "fiction";
  /** Use MagicPrompt to expand the prompt. */
  enable_prompt_expansion?: boolean;
  /** Output aspect ratio. */
  aspect_ratio?: "1:1" | "3:4" | "9:16" | "4:3" | "16:9";
  /** Number of images, 1 to 4. */
  output_count?: 1 | 2 | 3 | 4;
  /** Seed for the random number generator. */
  seed?: number;
  /** Remix strength, 0.1 to 1 for ideogram-v3-character-remix. */
  strength?: number;
  /** What to exclude from the image, up to 500 characters for ideogram-v3-character-remix. */
  negative_prompt?: string;
  /** Style reference image URLs (ideogram-v3-character-remix only). */
  style_reference_image_urls?: Array<string>;
  /** Masks for the character references (ideogram-v3-character-remix only); they apply to reference_image_urls, which this model requires. */
  reference_mask_urls?: Array<string>;
}

/** Body of `ideogram_v3.remix_image.create`: one of its request shapes. */
export type RemixImageCreateParams = RemixImageCreateIdeogramV3RemixParams | RemixImageCreateIdeogramV3CharacterRemixParams;

/** A completed status: images always present. */
export type IdeogramV3RemixImageCompleted = Completed<IdeogramV3RemixImageStatus, "images">;

/** Body of `ideogram_v3.text_to_image.create` (model=ideogram-v3-text-to-image). */
export interface TextToImageCreateIdeogramV3TextToImageParams {
  /** Plain Ideogram V3 text-to-image. */
  model: "ideogram-v3-text-to-image";
  /** Text prompt, up to 5000 characters. */
  prompt: string;
  /** Character reference image URLs (required only for the character models); only the first image is used. JPEG, PNG or WebP, at most 10 MB in total (checked by the server). */
  reference_image_urls?: Array<string>;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Rendering speed (default balanced). */
  rendering_speed?: "turbo" | "balanced" | "quality";
  /** Style preset; auto, general, realistic or design. */
  style?: "auto" | "general" | "realistic" | "design";
  /** Use MagicPrompt to expand the prompt. */
  enable_prompt_expansion?: boolean;
  /** Output aspect ratio. */
  aspect_ratio?: "1:1" | "3:4" | "9:16" | "4:3" | "16:9";
  /** Number of images, 1 to 4. */
  output_count?: 1 | 2 | 3 | 4;
  /** Seed for the random number generator. */
  seed?: number;
  /** What to exclude from the image, up to 5000 characters. */
  negative_prompt?: string;
}

/** Body of `ideogram_v3.text_to_image.create` (model=ideogram-v3-character). */
export interface TextToImageCreateIdeogramV3CharacterParams {
  /** Character-guided Ideogram V3 text-to-image. */
  model: "ideogram-v3-character";
  /** Text prompt, up to 5000 characters. */
  prompt: string;
  /** Character reference image URLs (required for the character models); only the first image is used. JPEG, PNG or WebP, at most 10 MB in total (checked by the server). */
  reference_image_urls: Array<string>;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Rendering speed (default balanced). */
  rendering_speed?: "turbo" | "balanced" | "quality";
  /** Style preset for character models; auto, realistic or fiction. */
  style?: "auto" | "realistic" | "fiction";
  /** Use MagicPrompt to expand the prompt. */
  enable_prompt_expansion?: boolean;
  /** Output aspect ratio. */
  aspect_ratio?: "1:1" | "3:4" | "9:16" | "4:3" | "16:9";
  /** Number of images, 1 to 4. */
  output_count?: 1 | 2 | 3 | 4;
  /** Seed for the random number generator. */
  seed?: number;
  /** What to exclude from the image, up to 5000 characters. */
  negative_prompt?: string;
}

/** Body of `ideogram_v3.text_to_image.create`: one of its request shapes. */
export type TextToImageCreateParams = TextToImageCreateIdeogramV3TextToImageParams | TextToImageCreateIdeogramV3CharacterParams;

/** A completed status: images always present. */
export type IdeogramV3TextToImageCompleted = Completed<IdeogramV3TextToImageStatus, "images">;
