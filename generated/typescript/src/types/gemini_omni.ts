// Types of the gemini_omni operations: request bodies and answers.
// Generated from spec/openapi.yaml; do not edit.
import type { Completed } from '../core/resource.js';
import type { Uploadable } from '../core/uploads.js';
import type { MediaUrl, TaskAccepted, TaskEnvelope } from './shared.js';
export type { MediaUrl, TaskAccepted, TaskEnvelope };

/** A source video clip, trimmed to [start, ends]. */
export interface GeminiOmniVideoClipParam {
  /** Video URL. */
  url: string;
  /** Clip start, in seconds. */
  start: number;
  /** Clip end, in seconds; must be greater than start and at most 10 seconds after it. */
  ends: number;
}

/** Status payload of a Gemini Omni video task (also the callback body). */
export type GeminiOmniTextToVideoStatus = TaskEnvelope & {
    /** Generated videos, present when completed. */
    videos?: Array<MediaUrl>;
  };

/** The created voice resource; pass its id in audio_ids. */
export interface GeminiOmniCreateAudioResponse {
  /** Audio ID, used in audio_ids of create_character and text_to_video. */
  id: string;
  /** The voice resource. */
  audio: {
    /** Audio ID. */
    id?: string;
    /** Voice name. */
    name?: string;
  };
}

/** The created character resource; pass its id in character_ids. */
export interface GeminiOmniCreateCharacterResponse {
  /** Character ID, used in character_ids of text_to_video. */
  id: string;
  /** The character resource. */
  character: {
    /** Character ID. */
    id?: string;
    /** Character name. */
    name?: string;
    /** Images of the character. */
    images?: Array<MediaUrl>;
  };
}

/** Body of `gemini_omni.text_to_video.create`. */
export interface TextToVideoCreateParams {
  /** Video prompt, at most 20000 characters. */
  prompt: string;
  /** Video length in seconds - 4, 6, 8 or 10; required, but ignored when video_list is provided. */
  duration_seconds: 4 | 6 | 8 | 10;
  /** Model id; `gemini-omni-text-to-video` is the default and the only model of this endpoint. */
  model?: "gemini-omni-text-to-video";
  /** Reference image URLs, at most 7 images of at most 20 MB each; each counts 1 reference unit. */
  reference_image_urls?: Array<string>;
  /** Audio IDs returned by create_audio, at most 3. */
  audio_ids?: Array<string>;
  /** Character IDs returned by create_character, at most 3; each counts 1 reference unit. */
  character_ids?: Array<string>;
  /** Source video clips, at most 1 clip; each clip counts 2 reference units. */
  video_list?: Array<GeminiOmniVideoClipParam>;
  /** Output aspect ratio. */
  aspect_ratio?: "16:9" | "9:16";
  /** Output resolution; defaults to 720p. */
  output_resolution?: "720p" | "1080p" | "4k";
  /** Random seed, an integer from 0 to 2147483647. */
  seed?: number;
  /** URL that receives a signed POST with the final status payload when the task finishes (see the callbacks of this operation). */
  callback_url?: string;
}

/** A completed status: videos always present. */
export type GeminiOmniTextToVideoCompleted = Completed<GeminiOmniTextToVideoStatus, "videos">;

/** Body of `gemini_omni.create_audio`. */
export interface CreateAudioParams {
  /** Preset voice ID, such as achernar, achird, charon, puck or zephyr. */
  audio_id: string;
  /** Voice name, at most 210 characters. */
  name: string;
  /** Model id; `gemini-omni-audio` is the only model of this endpoint, so it may be left out. */
  model?: "gemini-omni-audio";
  /** Timbre, style, pace and emotion of the voice, at most 20000 characters. */
  voice_description?: string;
  /** Example line spoken by the voice, at most 120 characters. */
  example_dialogue?: string;
}

/** Body of `gemini_omni.create_character`. */
export interface CreateCharacterParams {
  /** Character appearance, identity, style, clothing or personality, at most 20000 characters. */
  descriptions: string;
  /** Character reference image URL; the image must be no larger than 20 MB. */
  reference_image_url: string;
  /** Model id; `gemini-omni-character` is the only model of this endpoint, so it may be left out. */
  model?: "gemini-omni-character";
  /** Audio IDs returned by create_audio, used as voice or persona guidance. */
  audio_ids?: Array<string>;
  /** Character name, at most 210 characters. */
  character_name?: string;
}
