// kling: resources of the client's `kling` property.
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
import type * as T from '../types/kling.js';

const OP_AI_AVATAR_CREATE: OperationSpec = { id: "kling.ai_avatar.create", method: "POST", path: "/api/v1/kling/ai_avatar", auth: "api_key", body: "json", answer: ["id"] };
const OP_AI_AVATAR_GET: OperationSpec = { id: "kling.ai_avatar.get", method: "GET", path: "/api/v1/kling/ai_avatar/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_IMAGE_TO_VIDEO_CREATE: OperationSpec = { id: "kling.image_to_video.create", method: "POST", path: "/api/v1/kling/image_to_video", auth: "api_key", body: "json", answer: ["id"] };
const OP_IMAGE_TO_VIDEO_GET: OperationSpec = { id: "kling.image_to_video.get", method: "GET", path: "/api/v1/kling/image_to_video/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_MOTION_CONTROL_CREATE: OperationSpec = { id: "kling.motion_control.create", method: "POST", path: "/api/v1/kling/motion_control", auth: "api_key", body: "json", answer: ["id"] };
const OP_MOTION_CONTROL_GET: OperationSpec = { id: "kling.motion_control.get", method: "GET", path: "/api/v1/kling/motion_control/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_TEXT_TO_VIDEO_CREATE: OperationSpec = { id: "kling.text_to_video.create", method: "POST", path: "/api/v1/kling/text_to_video", auth: "api_key", body: "json", answer: ["id"] };
const OP_TEXT_TO_VIDEO_GET: OperationSpec = { id: "kling.text_to_video.get", method: "GET", path: "/api/v1/kling/text_to_video/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };

/** Ai avatar. */
export interface AiAvatar {
  /**
   * Create a Kling AI Avatar task
   *
   * Animates a portrait (`source_image_url`, JPEG or PNG up to 10 MB) to match spoken audio
   * (`source_audio_url`, MP3, WAV, AAC, MP4 or OGG up to 10 MB) with lip-sync and head movement, and answers
   * `202` with the task id. Models: `kling-ai-avatar-pro`, `kling-ai-avatar-standard`,
   * `kling-ai-avatar-v1-pro`, `kling-v1-avatar-standard`. `prompt` is required but may be empty (at most
   * 5000 characters). Poll the linked status operation or pass `callback_url`.
   *
   * `POST /api/v1/kling/ai_avatar`
   */
  create(params: T.AiAvatarCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Kling AI Avatar task
   *
   * Returns the status of a Kling AI Avatar task; `videos` is present once it has completed.
   *
   * `GET /api/v1/kling/ai_avatar/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.KlingTaskStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: videos.
   */
  wait(id: string, options?: WaitOptions<T.KlingTaskStatus>): Promise<T.KlingTaskCompleted>;

  /**
   * Create a Kling AI Avatar task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.AiAvatarCreateParams, options?: RunOptions<T.KlingTaskStatus>): Promise<T.KlingTaskCompleted>;

  /** Check a `create` body against every rule of kling.ai_avatar.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.AiAvatarCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.KlingTaskStatus>;
}

/** Ai avatar. */
export class AiAvatar extends TaskResource<T.KlingTaskStatus, T.KlingTaskCompleted> {
  protected static override readonly group = "kling";
  protected static override readonly schemas = SCHEMAS["kling"];
  protected static override readonly task = { create: OP_AI_AVATAR_CREATE, status: OP_AI_AVATAR_GET, completed: ["videos"] };
}

/** Image to video. */
export interface ImageToVideo {
  /**
   * Create a Kling V2.1 / V2.5 image-to-video task
   *
   * Starts a Kling V2.1 / V2.5 image-to-video task from `first_frame_image_url` and answers `202` with its id.
   *
   * - `kling-v2.1-pro`: optional final frame (`last_frame_image_url`); prompt up to 5000 characters.
   * - `kling-v2.1-standard`, `kling-v2.1-master-image-to-video`: prompt up to 5000 characters; no final frame.
   * - `kling-v2.5-turbo-image-to-video-pro`: optional final frame; prompt up to 2500 characters.
   *
   * Every model takes `duration_seconds` 5 or 10 (default 5), `aspect_ratio` 16:9, 9:16 or 1:1,
   * `negative_prompt` up to 500 characters and `cfg_scale` 0-1. Poll the linked status operation or
   * pass `callback_url`.
   *
   * Request shapes:
   * - model=kling-v2.1-pro
   * - model=kling-v2.1-standard
   * - model=kling-v2.1-master-image-to-video
   * - model=kling-v2.5-turbo-image-to-video-pro
   *
   * `POST /api/v1/kling/image_to_video`
   */
  create(params: T.ImageToVideoCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Kling V2.1 / V2.5 image-to-video task
   *
   * Returns the status of a Kling V2.1 / V2.5 image-to-video task; `videos` is present once it has completed.
   *
   * `GET /api/v1/kling/image_to_video/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.KlingTaskStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: videos.
   */
  wait(id: string, options?: WaitOptions<T.KlingTaskStatus>): Promise<T.KlingTaskCompleted>;

  /**
   * Create a Kling V2.1 / V2.5 image-to-video task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.ImageToVideoCreateParams, options?: RunOptions<T.KlingTaskStatus>): Promise<T.KlingTaskCompleted>;

  /** Check a `create` body against every rule of kling.image_to_video.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.ImageToVideoCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.KlingTaskStatus>;
}

/** Image to video. */
export class ImageToVideo extends TaskResource<T.KlingTaskStatus, T.KlingTaskCompleted> {
  protected static override readonly group = "kling";
  protected static override readonly schemas = SCHEMAS["kling"];
  protected static override readonly task = { create: OP_IMAGE_TO_VIDEO_CREATE, status: OP_IMAGE_TO_VIDEO_GET, completed: ["videos"] };
}

/** Motion control. */
export interface MotionControl {
  /**
   * Create a Kling motion control task
   *
   * Transfers the motion of `reference_video_url` onto the subject of `source_first_frame_image_url`
   * (also accepted as `source_image_url`; model `kling-3.0`) and answers `202` with the task id. Optional: `prompt` (at most 2500 characters),
   * `output_resolution` 720p or 1080p, and whether the character orientation (`character_orientation`) and the
   * background (`background_source`) come from the video or the image. Poll the linked status operation or
   * pass `callback_url`.
   *
   * Rules checked before sending:
   * - the subject image is required - source_first_frame_image_url or source_image_url
   *
   * `POST /api/v1/kling/motion_control`
   */
  create(params: T.MotionControlCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Kling motion control task
   *
   * Returns the status of a Kling motion control task; `videos` is present once it has completed.
   *
   * `GET /api/v1/kling/motion_control/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.KlingTaskStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: videos.
   */
  wait(id: string, options?: WaitOptions<T.KlingTaskStatus>): Promise<T.KlingTaskCompleted>;

  /**
   * Create a Kling motion control task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.MotionControlCreateParams, options?: RunOptions<T.KlingTaskStatus>): Promise<T.KlingTaskCompleted>;

  /** Check a `create` body against every rule of kling.motion_control.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.MotionControlCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.KlingTaskStatus>;
}

/** Motion control. */
export class MotionControl extends TaskResource<T.KlingTaskStatus, T.KlingTaskCompleted> {
  protected static override readonly group = "kling";
  protected static override readonly schemas = SCHEMAS["kling"];
  protected static override readonly task = { create: OP_MOTION_CONTROL_CREATE, status: OP_MOTION_CONTROL_GET, completed: ["videos"] };
}

/** Text to video. */
export interface TextToVideo {
  /**
   * Create a Kling text-to-video task
   *
   * Starts a Kling video task and answers `202` with its id. Serves kling-3.0 and the V2.1 / V2.5
   * text-to-video models:
   *
   * - `kling-3.0`: single-shot (default; `prompt` required) or multi-shot (`multi_shots: true`, with
   *   `multi_prompt` shots of 1-12 s and at most 500 characters each, and `enable_sound: true`);
   *   `duration_seconds` 3-15; `aspect_ratio` 16:9, 9:16 or 1:1, required unless `first_frame_image_url`
   *   turns the task into image-to-video; `output_resolution` 720p, 1080p or 4k; `last_frame_image_url`
   *   in single-shot mode only; `negative_prompt` and `cfg_scale` 0-1; reusable `kling_elements`
   *   referenced in prompts as `@name`.
   * - `kling-v2.1-master-text-to-video`: prompt up to 5000 characters, negative prompt up to 500.
   * - `kling-v2.5-turbo-text-to-video-pro`: prompt and negative prompt up to 2500 characters.
   *   Both V2 models take `duration_seconds` 5 or 10 (default 5), `aspect_ratio`, `cfg_scale` 0-1
   *   and `enable_sound`.
   *
   * Poll the linked status operation or pass `callback_url`.
   *
   * Request shapes:
   * - model=kling-3.0, multi_shots=False
   * - model=kling-3.0, multi_shots=True
   * - model=kling-v2.1-master-text-to-video
   * - model=kling-v2.5-turbo-text-to-video-pro
   *
   * Rules checked before sending:
   * - aspect_ratio is required unless first_frame_image_url is provided
   *
   * `POST /api/v1/kling/text_to_video`
   */
  create(params: T.TextToVideoCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Kling text-to-video task
   *
   * Returns the status of a Kling text-to-video task; `videos` is present once it has completed.
   *
   * `GET /api/v1/kling/text_to_video/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.KlingTaskStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: videos.
   */
  wait(id: string, options?: WaitOptions<T.KlingTaskStatus>): Promise<T.KlingTaskCompleted>;

  /**
   * Create a Kling text-to-video task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.TextToVideoCreateParams, options?: RunOptions<T.KlingTaskStatus>): Promise<T.KlingTaskCompleted>;

  /** Check a `create` body against every rule of kling.text_to_video.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.TextToVideoCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.KlingTaskStatus>;
}

/** Text to video. */
export class TextToVideo extends TaskResource<T.KlingTaskStatus, T.KlingTaskCompleted> {
  protected static override readonly group = "kling";
  protected static override readonly schemas = SCHEMAS["kling"];
  protected static override readonly task = { create: OP_TEXT_TO_VIDEO_CREATE, status: OP_TEXT_TO_VIDEO_GET, completed: ["videos"] };
}

/** Kling video generation, avatars and motion control. */
export class Kling extends APIResource {
  protected static override readonly group = "kling";
  protected static override readonly schemas = SCHEMAS["kling"];
  #children: Record<string, unknown> = {};

  get aiAvatar(): AiAvatar {
    return (this.#children.aiAvatar ??= new AiAvatar(this._client)) as AiAvatar;
  }

  /** The same resource as `aiAvatar`, by the plural name the API reference uses. */
  get aiAvatars(): AiAvatar {
    return this.aiAvatar;
  }

  get imageToVideo(): ImageToVideo {
    return (this.#children.imageToVideo ??= new ImageToVideo(this._client)) as ImageToVideo;
  }

  /** The same resource as `imageToVideo`, by the plural name the API reference uses. */
  get imageToVideos(): ImageToVideo {
    return this.imageToVideo;
  }

  get motionControl(): MotionControl {
    return (this.#children.motionControl ??= new MotionControl(this._client)) as MotionControl;
  }

  /** The same resource as `motionControl`, by the plural name the API reference uses. */
  get motionControls(): MotionControl {
    return this.motionControl;
  }

  get textToVideo(): TextToVideo {
    return (this.#children.textToVideo ??= new TextToVideo(this._client)) as TextToVideo;
  }

  /** The same resource as `textToVideo`, by the plural name the API reference uses. */
  get textToVideos(): TextToVideo {
    return this.textToVideo;
  }
}
