// Types of the wan operations: request bodies and answers.
// Generated from spec/openapi.yaml; do not edit.
import type { Completed } from '../core/resource.js';
import type { Uploadable } from '../core/uploads.js';
import type { MediaUrl, TaskAccepted, TaskEnvelope } from './shared.js';
export type { MediaUrl, TaskAccepted, TaskEnvelope };

/** Status payload of a Wan video task (also the callback body). */
export type WanVideoTaskStatus = TaskEnvelope & {
    /** Generated videos, present when completed. */
    videos?: Array<MediaUrl>;
  };

/** One color of a palette constraint. */
export interface WanColorPaletteEntryParam {
  /** Color as a hex code, such as `#C2D1E6`. */
  hex: string;
  /** Share of the image this color should cover. */
  ratio: number | string;
  [key: string]: unknown;
}

/** Status payload of a Wan image generation task (also the callback body). */
export type WanImageTaskStatus = TaskEnvelope & {
    /** Generated images, present when completed. */
    images?: Array<MediaUrl>;
  };

/** Body of `wan.animate.create`. */
export interface AnimateCreateParams {
  /** wan-2.2-animate-move or wan-2.2-animate-replace. */
  model: "wan-2.2-animate-move" | "wan-2.2-animate-replace";
  /** Motion reference video URL. */
  reference_video_url: string;
  /** Character or subject image URL. */
  source_image_url: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Output resolution, 480p, 580p or 720p on wan-2.2-* models. */
  output_resolution?: "480p" | "580p" | "720p";
  /** Content safety check toggle. */
  enable_safety_checker?: boolean;
}

/** A completed status: videos always present. */
export type WanVideoTaskCompleted = Completed<WanVideoTaskStatus, "videos">;

/** Body of `wan.edit_video.create` (model=wan-2.6-edit-video). */
export interface EditVideoCreateWan26EditVideoParams {
  model: "wan-2.6-edit-video";
  /** Source video URLs (required for wan-2.6-edit-video and wan-2.6-flash-edit-video). */
  source_video_urls: Array<string>;
  /** Source video URL (required for wan-2.7-edit-video). */
  source_video_url?: string;
  /** Text description of the desired edit. */
  prompt?: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** What to avoid. */
  negative_prompt?: string;
  /** Reference image URL for style guidance. */
  reference_image_url?: string;
  /** Output resolution, 720p or 1080p. */
  output_resolution?: "720p" | "1080p";
  /** Output aspect ratio. */
  aspect_ratio?: string;
  /** Output duration in seconds. */
  duration_seconds?: number;
  /** Audio handling setting. */
  audio_setting?: string;
  /** Auto-expand the prompt. */
  enable_prompt_expansion?: boolean;
  /** Add a watermark. */
  watermark?: boolean;
  /** Random seed for reproducibility. */
  seed?: number;
  /** Content safety check toggle. */
  enable_safety_checker?: boolean;
  audio?: never;
  multi_shots?: never;
}

/** Body of `wan.edit_video.create` (model=wan-2.6-flash-edit-video). */
export interface EditVideoCreateWan26FlashEditVideoParams {
  model: "wan-2.6-flash-edit-video";
  /** Source video URLs (required for wan-2.6-edit-video and wan-2.6-flash-edit-video). */
  source_video_urls: Array<string>;
  /** Source video URL (required for wan-2.7-edit-video). */
  source_video_url?: string;
  /** Text description of the desired edit. */
  prompt?: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** What to avoid. */
  negative_prompt?: string;
  /** Reference image URL for style guidance. */
  reference_image_url?: string;
  /** Output resolution, for example 720p or 1080p. */
  output_resolution?: string;
  /** Output aspect ratio. */
  aspect_ratio?: string;
  /** Output duration in seconds. */
  duration_seconds?: number;
  /** Audio handling setting. */
  audio_setting?: string;
  /** Generate audio (flash model only). */
  audio?: boolean;
  /** Multi-shot mode, several shots with transitions instead of one continuous shot (flash model only). */
  multi_shots?: boolean;
  /** Auto-expand the prompt. */
  enable_prompt_expansion?: boolean;
  /** Add a watermark. */
  watermark?: boolean;
  /** Random seed for reproducibility. */
  seed?: number;
  /** Content safety check toggle. */
  enable_safety_checker?: boolean;
}

/** Body of `wan.edit_video.create` (model=wan-2.7-edit-video). */
export interface EditVideoCreateWan27EditVideoParams {
  model: "wan-2.7-edit-video";
  /** Source video URL (required for wan-2.7-edit-video). */
  source_video_url: string;
  /** Source video URLs (required for wan-2.6-edit-video and wan-2.6-flash-edit-video). */
  source_video_urls?: Array<string>;
  /** Text description of the desired edit. */
  prompt?: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** What to avoid. */
  negative_prompt?: string;
  /** Reference image URL for style guidance. */
  reference_image_url?: string;
  /** Output resolution, 720p or 1080p. */
  output_resolution?: "720p" | "1080p";
  /** Output aspect ratio. */
  aspect_ratio?: "16:9" | "9:16" | "1:1" | "4:3" | "3:4";
  /** Output duration in seconds. */
  duration_seconds?: number;
  /** Audio handling setting. */
  audio_setting?: string;
  /** Auto-expand the prompt. */
  enable_prompt_expansion?: boolean;
  /** Add a watermark. */
  watermark?: boolean;
  /** Random seed for reproducibility. */
  seed?: number;
  /** Content safety check toggle. */
  enable_safety_checker?: boolean;
  audio?: never;
  multi_shots?: never;
}

/** Body of `wan.edit_video.create`: one of its request shapes. */
export type EditVideoCreateParams = EditVideoCreateWan26EditVideoParams | EditVideoCreateWan26FlashEditVideoParams | EditVideoCreateWan27EditVideoParams;

/** Body of `wan.image_to_video.create` (model=wan-2.2-a14b-image-to-video-turbo). */
export interface ImageToVideoCreateWan22A14bImageToVideoTurboParams {
  model: "wan-2.2-a14b-image-to-video-turbo";
  /** First frame source image URL (required for wan-2.2-*, wan-2.5-* and wan-2.6-*). */
  first_frame_image_url: string;
  /** Text prompt (optional for wan-2.2-* and wan-2.5-*). */
  prompt?: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Duration in seconds (required for wan-2.5-*). */
  duration_seconds?: number;
  /** Output resolution, 480p or 720p on wan-2.2-a14b-image-to-video-turbo. */
  output_resolution?: "480p" | "720p";
  /** Aspect ratio, for example 16:9 (wan-2.2-* and wan-2.5-*). */
  aspect_ratio?: string;
  /** Auto-expand the prompt. */
  enable_prompt_expansion?: boolean;
  /** Random seed for reproducibility. */
  seed?: number;
  /** Generation speed setting. */
  acceleration?: string;
  /** Content safety check toggle. */
  enable_safety_checker?: boolean;
  audio?: never;
  background_audio_url?: never;
  driving_audio_url?: never;
  last_frame_image_url?: never;
  multi_shots?: never;
  negative_prompt?: never;
  ratio?: never;
  source_video_url?: never;
  watermark?: never;
}

/** Body of `wan.image_to_video.create` (model=wan-2.5-image-to-video). */
export interface ImageToVideoCreateWan25ImageToVideoParams {
  model: "wan-2.5-image-to-video";
  /** First frame source image URL (required for wan-2.2-*, wan-2.5-* and wan-2.6-*). */
  first_frame_image_url: string;
  /** Duration in seconds (required for wan-2.5-*). */
  duration_seconds: number;
  /** Text prompt (optional for wan-2.2-* and wan-2.5-*). */
  prompt?: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Output resolution, 720p or 1080p. */
  output_resolution?: "720p" | "1080p";
  /** Aspect ratio, for example 16:9 (wan-2.2-* and wan-2.5-*). */
  aspect_ratio?: string;
  /** What to avoid (wan-2.5-* and wan-2.7-*). */
  negative_prompt?: string;
  /** Auto-expand the prompt. */
  enable_prompt_expansion?: boolean;
  /** Random seed for reproducibility. */
  seed?: number;
  /** Generation speed setting. */
  acceleration?: string;
  /** Content safety check toggle. */
  enable_safety_checker?: boolean;
  audio?: never;
  background_audio_url?: never;
  driving_audio_url?: never;
  last_frame_image_url?: never;
  multi_shots?: never;
  ratio?: never;
  source_video_url?: never;
  watermark?: never;
}

/** Body of `wan.image_to_video.create` (model=wan-2.6-image-to-video). */
export interface ImageToVideoCreateWan26ImageToVideoParams {
  model: "wan-2.6-image-to-video";
  /** Text prompt (required for wan-2.6-*, the flash model and wan-2.7-*). */
  prompt: string;
  /** First frame source image URL (required for wan-2.2-*, wan-2.5-* and wan-2.6-*). */
  first_frame_image_url: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Duration in seconds (required for wan-2.5-*). */
  duration_seconds?: number;
  /** Output resolution, 720p or 1080p. */
  output_resolution?: "720p" | "1080p";
  /** Auto-expand the prompt. */
  enable_prompt_expansion?: boolean;
  /** Generation speed setting. */
  acceleration?: string;
  /** Content safety check toggle. */
  enable_safety_checker?: boolean;
  aspect_ratio?: never;
  audio?: never;
  background_audio_url?: never;
  driving_audio_url?: never;
  last_frame_image_url?: never;
  multi_shots?: never;
  negative_prompt?: never;
  ratio?: never;
  seed?: never;
  source_video_url?: never;
  watermark?: never;
}

/** Body of `wan.image_to_video.create` (model=wan-2.6-flash-image-to-video). */
export interface ImageToVideoCreateWan26FlashImageToVideoParams {
  model: "wan-2.6-flash-image-to-video";
  /** Text prompt (required for wan-2.6-*, the flash model and wan-2.7-*). */
  prompt: string;
  /** First frame source image URL (required for wan-2.2-*, wan-2.5-* and wan-2.6-*). */
  first_frame_image_url: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Duration in seconds, 5, 10 or 15 (default 5). */
  duration_seconds?: 5 | 10 | 15;
  /** Output resolution, 720p or 1080p (default 1080p). */
  output_resolution?: "720p" | "1080p";
  /** Auto-expand the prompt. */
  enable_prompt_expansion?: boolean;
  /** Generation speed setting. */
  acceleration?: string;
  /** Content safety check toggle. */
  enable_safety_checker?: boolean;
  /** Generate audio (flash models only). */
  audio?: boolean;
  /** Multi-shot mode, several shots with transitions instead of one continuous shot (flash models only). */
  multi_shots?: boolean;
  aspect_ratio?: never;
  background_audio_url?: never;
  driving_audio_url?: never;
  last_frame_image_url?: never;
  negative_prompt?: never;
  ratio?: never;
  seed?: never;
  source_video_url?: never;
  watermark?: never;
}

/** Body of `wan.image_to_video.create` (model=wan-2.7-image-to-video). */
export interface ImageToVideoCreateWan27ImageToVideoParams {
  model: "wan-2.7-image-to-video";
  /** Text prompt (required for wan-2.6-*, the flash model and wan-2.7-*). */
  prompt: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** First frame image URL for frame anchoring (optional for wan-2.7-*). */
  first_frame_image_url?: string;
  /** Last frame image URL (wan-2.7-* only). */
  last_frame_image_url?: string;
  /** Source video URL for continuation (wan-2.7-* only). */
  source_video_url?: string;
  /** Driving audio URL (wan-2.7-* only). */
  driving_audio_url?: string;
  /** Background audio URL (wan-2.7-* only). */
  background_audio_url?: string;
  /** Duration in seconds (required for wan-2.5-*). */
  duration_seconds?: number;
  /** Output resolution, 720p or 1080p. */
  output_resolution?: "720p" | "1080p";
  /** Ratio in the alternative format used by wan-2.7-* (instead of `aspect_ratio`). */
  ratio?: string;
  /** What to avoid (wan-2.5-* and wan-2.7-*). */
  negative_prompt?: string;
  /** Auto-expand the prompt. */
  enable_prompt_expansion?: boolean;
  /** Random seed for reproducibility. */
  seed?: number;
  /** Generation speed setting. */
  acceleration?: string;
  /** Content safety check toggle. */
  enable_safety_checker?: boolean;
  /** Add a watermark to the output (wan-2.7-* only). */
  watermark?: boolean;
  aspect_ratio?: never;
  audio?: never;
  multi_shots?: never;
}

/** Body of `wan.image_to_video.create`: one of its request shapes. */
export type ImageToVideoCreateParams = ImageToVideoCreateWan22A14bImageToVideoTurboParams | ImageToVideoCreateWan25ImageToVideoParams | ImageToVideoCreateWan26ImageToVideoParams | ImageToVideoCreateWan26FlashImageToVideoParams | ImageToVideoCreateWan27ImageToVideoParams;

/** Body of `wan.speech_to_video.create`. */
export interface SpeechToVideoCreateParams {
  /** Must be wan-2.2-a14b-speech-to-video-turbo. */
  model: "wan-2.2-a14b-speech-to-video-turbo";
  /** Portrait source image URL. */
  source_image_url: string;
  /** Driving speech audio URL. */
  source_audio_url: string;
  /** Additional description prompt. */
  prompt?: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Number of output frames. */
  num_frames?: number;
  /** Frames per second. */
  frames_per_second?: number;
  /** Output resolution, 480p, 580p or 720p on wan-2.2-* models. */
  output_resolution?: "480p" | "580p" | "720p";
  /** What to avoid. */
  negative_prompt?: string;
  /** Random seed for reproducibility. */
  seed?: number;
  /** Denoising steps. */
  num_inference_steps?: number;
  /** Classifier-free guidance scale. */
  guidance_scale?: number;
  /** Noise shift. */
  shift?: number;
  /** Content safety check toggle. */
  enable_safety_checker?: boolean;
}

/** Body of `wan.text_to_image.create` (model=wan-2.7-image). */
export interface TextToImageCreateWan27ImageParams {
  model: "wan-2.7-image";
  /** Text description of the image. */
  prompt: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Output aspect ratio. */
  aspect_ratio?: "1:1" | "16:9" | "4:3" | "21:9" | "3:4" | "9:16" | "8:1" | "1:8";
  /** Output resolution, 1k, 2k or 4k. */
  output_resolution?: "1k" | "2k" | "4k";
  /** Number of images to generate. */
  output_count?: number;
  /** Sequential generation mode. */
  enable_sequential?: boolean;
  /** Add a watermark. */
  watermark?: boolean;
  /** Random seed for reproducibility. */
  seed?: number;
  /** Content safety check toggle. */
  enable_safety_checker?: boolean;
  /** Source image URLs for image editing. */
  source_image_urls?: Array<string>;
  /** Color palette constraints, each item `{hex, ratio}`. */
  color_palette?: Array<WanColorPaletteEntryParam>;
  /** Bounding box constraints. */
  bbox_list?: Array<unknown>;
  thinking_mode?: never;
}

/** Body of `wan.text_to_image.create` (model=wan-2.7-image-pro). */
export interface TextToImageCreateWan27ImageProParams {
  model: "wan-2.7-image-pro";
  /** Text description of the image. */
  prompt: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Output aspect ratio. */
  aspect_ratio?: "1:1" | "16:9" | "4:3" | "21:9" | "3:4" | "9:16" | "8:1" | "1:8";
  /** Output resolution, 1k, 2k or 4k. */
  output_resolution?: "1k" | "2k" | "4k";
  /** Number of images to generate. */
  output_count?: number;
  /** Sequential generation mode. */
  enable_sequential?: boolean;
  /** Enhanced reasoning mode (wan-2.7-image-pro only). */
  thinking_mode?: boolean;
  /** Add a watermark. */
  watermark?: boolean;
  /** Random seed for reproducibility. */
  seed?: number;
  /** Content safety check toggle. */
  enable_safety_checker?: boolean;
  /** Source image URLs for image editing. */
  source_image_urls?: Array<string>;
  /** Color palette constraints, each item `{hex, ratio}`. */
  color_palette?: Array<WanColorPaletteEntryParam>;
  /** Bounding box constraints. */
  bbox_list?: Array<unknown>;
}

/** Body of `wan.text_to_image.create`: one of its request shapes. */
export type TextToImageCreateParams = TextToImageCreateWan27ImageParams | TextToImageCreateWan27ImageProParams;

/** A completed status: images always present. */
export type WanImageTaskCompleted = Completed<WanImageTaskStatus, "images">;

/** Body of `wan.text_to_video.create` (model=wan-2.2-a14b-text-to-video-turbo). */
export interface TextToVideoCreateWan22A14bTextToVideoTurboParams {
  model: "wan-2.2-a14b-text-to-video-turbo";
  /** Text description of the video to generate. */
  prompt: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Duration in seconds (required for wan-2.5-*). */
  duration_seconds?: number;
  /** Output resolution, 480p, 580p or 720p on wan-2.2-* models. */
  output_resolution?: "480p" | "580p" | "720p";
  /** Aspect ratio (not applicable for wan-2.7-*, which use `ratio`). */
  aspect_ratio?: "16:9" | "9:16" | "1:1" | "4:3" | "3:4";
  /** Reference image URLs that guide the video; wan-2.7-r2v needs at least one reference image or video URL. */
  reference_image_urls?: Array<string>;
  /** Reference video URLs that guide the video; wan-2.7-r2v needs at least one reference image or video URL. */
  reference_video_urls?: Array<string>;
  /** First frame image URL. */
  first_frame_image_url?: string;
  /** Reference audio URL. */
  reference_audio_url?: string;
  /** Auto-expand the prompt. */
  enable_prompt_expansion?: boolean;
  /** Random seed for reproducibility. */
  seed?: number;
  /** Generation speed setting. */
  acceleration?: string;
  /** Content safety check toggle. */
  enable_safety_checker?: boolean;
  background_audio_url?: never;
  multi_shots?: never;
  negative_prompt?: never;
  ratio?: never;
  watermark?: never;
}

/** Body of `wan.text_to_video.create` (model=wan-2.5-text-to-video). */
export interface TextToVideoCreateWan25TextToVideoParams {
  model: "wan-2.5-text-to-video";
  /** Text description of the video to generate. */
  prompt: string;
  /** Duration in seconds (required for wan-2.5-*). */
  duration_seconds: number;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Output resolution, 720p or 1080p. */
  output_resolution?: "720p" | "1080p";
  /** Aspect ratio (not applicable for wan-2.7-*, which use `ratio`). */
  aspect_ratio?: "16:9" | "9:16" | "1:1" | "4:3" | "3:4";
  /** What to avoid in the video (wan-2.5-* and wan-2.7-*). */
  negative_prompt?: string;
  /** Reference image URLs that guide the video; wan-2.7-r2v needs at least one reference image or video URL. */
  reference_image_urls?: Array<string>;
  /** Reference video URLs that guide the video; wan-2.7-r2v needs at least one reference image or video URL. */
  reference_video_urls?: Array<string>;
  /** First frame image URL. */
  first_frame_image_url?: string;
  /** Reference audio URL. */
  reference_audio_url?: string;
  /** Auto-expand the prompt. */
  enable_prompt_expansion?: boolean;
  /** Random seed for reproducibility. */
  seed?: number;
  /** Content safety check toggle. */
  enable_safety_checker?: boolean;
  acceleration?: never;
  background_audio_url?: never;
  multi_shots?: never;
  ratio?: never;
  watermark?: never;
}

/** Body of `wan.text_to_video.create` (model=wan-2.6-text-to-video). */
export interface TextToVideoCreateWan26TextToVideoParams {
  model: "wan-2.6-text-to-video";
  /** Text description of the video to generate. */
  prompt: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Duration in seconds (required for wan-2.5-*). */
  duration_seconds?: number;
  /** Output resolution, 720p or 1080p. */
  output_resolution?: "720p" | "1080p";
  /** Aspect ratio (not applicable for wan-2.7-*, which use `ratio`). */
  aspect_ratio?: "16:9" | "9:16" | "1:1" | "4:3" | "3:4";
  /** Reference image URLs that guide the video; wan-2.7-r2v needs at least one reference image or video URL. */
  reference_image_urls?: Array<string>;
  /** Reference video URLs that guide the video; wan-2.7-r2v needs at least one reference image or video URL. */
  reference_video_urls?: Array<string>;
  /** First frame image URL. */
  first_frame_image_url?: string;
  /** Reference audio URL. */
  reference_audio_url?: string;
  /** Auto-expand the prompt. */
  enable_prompt_expansion?: boolean;
  /** Content safety check toggle. */
  enable_safety_checker?: boolean;
  /** Multi-shot mode, several shots with transitions instead of one continuous shot. */
  multi_shots?: boolean;
  acceleration?: never;
  background_audio_url?: never;
  negative_prompt?: never;
  ratio?: never;
  seed?: never;
  watermark?: never;
}

/** Body of `wan.text_to_video.create` (model=wan-2.7-text-to-video). */
export interface TextToVideoCreateWan27TextToVideoParams {
  model: "wan-2.7-text-to-video";
  /** Text description of the video to generate. */
  prompt: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Duration in seconds (required for wan-2.5-*). */
  duration_seconds?: number;
  /** Output resolution, 720p or 1080p. */
  output_resolution?: "720p" | "1080p";
  /** Ratio in the alternative format used by wan-2.7-* (instead of `aspect_ratio`). */
  ratio?: string;
  /** What to avoid in the video (wan-2.5-* and wan-2.7-*). */
  negative_prompt?: string;
  /** Reference image URLs that guide the video; wan-2.7-r2v needs at least one reference image or video URL. */
  reference_image_urls?: Array<string>;
  /** Reference video URLs that guide the video; wan-2.7-r2v needs at least one reference image or video URL. */
  reference_video_urls?: Array<string>;
  /** First frame image URL. */
  first_frame_image_url?: string;
  /** Reference audio URL. */
  reference_audio_url?: string;
  /** Auto-expand the prompt. */
  enable_prompt_expansion?: boolean;
  /** Random seed for reproducibility. */
  seed?: number;
  /** Content safety check toggle. */
  enable_safety_checker?: boolean;
  /** Add a watermark to the output (wan-2.7-* only). */
  watermark?: boolean;
  /** Background audio URL (wan-2.7-text-to-video only). */
  background_audio_url?: string;
  acceleration?: never;
  aspect_ratio?: never;
  multi_shots?: never;
}

/** Body of `wan.text_to_video.create` (model=wan-2.7-r2v). */
export interface TextToVideoCreateWan27R2vParams {
  model: "wan-2.7-r2v";
  /** Text description of the video to generate. */
  prompt: string;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
  /** Duration in seconds, from 2 to 10 (default 5). */
  duration_seconds?: number;
  /** Output resolution, 720p or 1080p. */
  output_resolution?: "720p" | "1080p";
  /** Ratio in the alternative format used by wan-2.7-* (instead of `aspect_ratio`). */
  ratio?: string;
  /** What to avoid in the video (wan-2.5-* and wan-2.7-*). */
  negative_prompt?: string;
  /** Reference image URLs that guide the video; wan-2.7-r2v needs at least one reference image or video URL. */
  reference_image_urls?: Array<string>;
  /** Reference video URLs that guide the video; wan-2.7-r2v needs at least one reference image or video URL. */
  reference_video_urls?: Array<string>;
  /** First frame image URL. */
  first_frame_image_url?: string;
  /** Reference audio URL. */
  reference_audio_url?: string;
  /** Auto-expand the prompt. */
  enable_prompt_expansion?: boolean;
  /** Random seed for reproducibility. */
  seed?: number;
  /** Content safety check toggle. */
  enable_safety_checker?: boolean;
  /** Add a watermark to the output (wan-2.7-* only). */
  watermark?: boolean;
  acceleration?: never;
  aspect_ratio?: never;
  background_audio_url?: never;
  multi_shots?: never;
}

/** Body of `wan.text_to_video.create`: one of its request shapes. */
export type TextToVideoCreateParams = TextToVideoCreateWan22A14bTextToVideoTurboParams | TextToVideoCreateWan25TextToVideoParams | TextToVideoCreateWan26TextToVideoParams | TextToVideoCreateWan27TextToVideoParams | TextToVideoCreateWan27R2vParams;
