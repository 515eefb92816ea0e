// gemini_omni: resources of the client's `geminiOmni` property.
// Generated from spec/openapi.yaml; do not edit.
import type { RequestOptions } from '../core/client.js';
import {
  APIResource,
  TaskResource,
  type DistributiveOmit,
  type OperationSpec,
  type RunOptions,
  type WaitOptions,
} from '../core/resource.js';
import type { Stream } from '../core/streaming.js';
import type { RawBody, VerifyOptions, WebhookHeaders } from '../core/webhooks.js';
import { SCHEMAS } from '../schemas/index.js';
import type * as T from '../types/gemini_omni.js';

const OP_TEXT_TO_VIDEO_CREATE: OperationSpec = { id: "gemini_omni.text_to_video.create", method: "POST", path: "/api/v1/gemini_omni/text_to_video", auth: "api_key", body: "json", answer: ["id"] };
const OP_TEXT_TO_VIDEO_GET: OperationSpec = { id: "gemini_omni.text_to_video.get", method: "GET", path: "/api/v1/gemini_omni/text_to_video/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_CREATE_AUDIO: OperationSpec = { id: "gemini_omni.create_audio", method: "POST", path: "/api/v1/gemini_omni/create_audio", auth: "api_key", body: "json", answer: ["id", "audio"] };
const OP_CREATE_CHARACTER: OperationSpec = { id: "gemini_omni.create_character", method: "POST", path: "/api/v1/gemini_omni/create_character", auth: "api_key", body: "json", answer: ["id", "character"] };

/** Text to video. */
export interface TextToVideo {
  /**
   * Create a Gemini Omni video task
   *
   * Starts a Gemini Omni (`gemini-omni-text-to-video`) video task and answers `202` with its id. The prompt (up to 20000 characters) can be combined with reference images (max 7), voices (`audio_ids`, max 3), characters (`character_ids`, max 3) and one source video clip (`video_list`, with `url`, `start` and `ends`, at most 10 seconds long). Reference inputs share a 7-unit limit: each reference image counts 1, each video clip 2 and each character ID 1. `duration_seconds` is 4, 6, 8 or 10 (ignored when `video_list` is given); `output_resolution` is 720p (default), 1080p or 4k. Poll the linked status operation or pass `callback_url`.
   *
   * Rules checked before sending:
   * - Reference inputs share a 7-unit limit (each reference image counts 1, each video clip 2, each character ID 1)
   * - each video clip must end after it starts (ends greater than start)
   * - the video clip may last at most 10 seconds (ends at most 10 seconds after start)
   *
   * `POST /api/v1/gemini_omni/text_to_video`
   */
  create(params: T.TextToVideoCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Gemini Omni video task
   *
   * Returns the status of a Gemini Omni video task; `videos` is present once it has completed.
   *
   * `GET /api/v1/gemini_omni/text_to_video/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.GeminiOmniTextToVideoStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: videos.
   */
  wait(id: string, options?: WaitOptions<T.GeminiOmniTextToVideoStatus>): Promise<T.GeminiOmniTextToVideoCompleted>;

  /**
   * Create a Gemini Omni video task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.TextToVideoCreateParams, options?: RunOptions<T.GeminiOmniTextToVideoStatus>): Promise<T.GeminiOmniTextToVideoCompleted>;

  /** Check a `create` body against every rule of gemini_omni.text_to_video.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.TextToVideoCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.GeminiOmniTextToVideoStatus>;
}

/** Text to video. */
export class TextToVideo extends TaskResource<T.GeminiOmniTextToVideoStatus, T.GeminiOmniTextToVideoCompleted> {
  protected static override readonly group = "gemini_omni";
  protected static override readonly schemas = SCHEMAS["gemini_omni"];
  protected static override readonly task = { create: OP_TEXT_TO_VIDEO_CREATE, status: OP_TEXT_TO_VIDEO_GET, completed: ["videos"] };
}

/** Gemini Omni video generation with reusable audio and character assets. */
export class GeminiOmni extends APIResource {
  protected static override readonly group = "gemini_omni";
  protected static override readonly schemas = SCHEMAS["gemini_omni"];
  #children: Record<string, unknown> = {};

  get textToVideo(): TextToVideo {
    return (this.#children.textToVideo ??= new TextToVideo(this._client)) as TextToVideo;
  }

  /** The same resource as `textToVideo`, by the plural name the API reference uses. */
  get textToVideos(): TextToVideo {
    return this.textToVideo;
  }

  /**
   * Create a Gemini Omni voice
   *
   * Creates a reusable Gemini Omni voice (`gemini-omni-audio`) from a preset voice (`audio_id`, e.g. achernar, achird, charon, puck, zephyr) and answers `200` with the new audio resource at once. Pass the returned id in `audio_ids` of create_character or text_to_video.
   *
   * `POST /api/v1/gemini_omni/create_audio`
   */
  createAudio(params: T.CreateAudioParams, options?: RequestOptions): Promise<T.GeminiOmniCreateAudioResponse> {
    return this._call<T.GeminiOmniCreateAudioResponse>(OP_CREATE_AUDIO, params, undefined, options);
  }

  /**
   * Create a Gemini Omni character
   *
   * Creates a reusable Gemini Omni character (`gemini-omni-character`) from a description and a reference image (at most 20 MB), optionally guided by voices from create_audio, and answers `200` with the new character resource at once. Pass the returned id in `character_ids` of text_to_video.
   *
   * `POST /api/v1/gemini_omni/create_character`
   */
  createCharacter(params: T.CreateCharacterParams, options?: RequestOptions): Promise<T.GeminiOmniCreateCharacterResponse> {
    return this._call<T.GeminiOmniCreateCharacterResponse>(OP_CREATE_CHARACTER, params, undefined, options);
  }

  /** Check a `createAudio` body against every rule of gemini_omni.create_audio without sending anything; rejects with `ValidationError` naming each broken rule. */
  validateCreateAudio(params: T.CreateAudioParams): Promise<void> {
    return this._validate(OP_CREATE_AUDIO, params);
  }

  /** Check a `createCharacter` body against every rule of gemini_omni.create_character without sending anything; rejects with `ValidationError` naming each broken rule. */
  validateCreateCharacter(params: T.CreateCharacterParams): Promise<void> {
    return this._validate(OP_CREATE_CHARACTER, params);
  }
}
