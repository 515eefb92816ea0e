// happyhorse: resources of the client's `happyhorse` property.
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
import type * as T from '../types/happyhorse.js';

const OP_EDIT_VIDEO_CREATE: OperationSpec = { id: "happyhorse.edit_video.create", method: "POST", path: "/api/v1/happyhorse/edit_video", auth: "api_key", body: "json", answer: ["id"] };
const OP_EDIT_VIDEO_GET: OperationSpec = { id: "happyhorse.edit_video.get", method: "GET", path: "/api/v1/happyhorse/edit_video/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_IMAGE_TO_VIDEO_CREATE: OperationSpec = { id: "happyhorse.image_to_video.create", method: "POST", path: "/api/v1/happyhorse/image_to_video", auth: "api_key", body: "json", answer: ["id"] };
const OP_IMAGE_TO_VIDEO_GET: OperationSpec = { id: "happyhorse.image_to_video.get", method: "GET", path: "/api/v1/happyhorse/image_to_video/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_TEXT_TO_VIDEO_CREATE: OperationSpec = { id: "happyhorse.text_to_video.create", method: "POST", path: "/api/v1/happyhorse/text_to_video", auth: "api_key", body: "json", answer: ["id"] };
const OP_TEXT_TO_VIDEO_GET: OperationSpec = { id: "happyhorse.text_to_video.get", method: "GET", path: "/api/v1/happyhorse/text_to_video/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };

/** Edit video. */
export interface EditVideo {
  /**
   * Create a HappyHorse edit-video task
   *
   * Edits a source video (`source_video_url`, one public MP4 or MOV of 3-60 seconds, model
   * `happyhorse-edit-video`) following the `prompt` instruction, optionally guided by 0-5
   * `reference_image_urls`, and answers `202` with the task id. `output_resolution` 720p or 1080p
   * (default 1080p); `audio_setting` auto or original (default auto); `seed` 0-2147483647. Poll the linked
   * status operation or pass `callback_url`.
   *
   * `POST /api/v1/happyhorse/edit_video`
   */
  create(params: T.EditVideoCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a HappyHorse edit-video task
   *
   * Returns the status of a HappyHorse edit-video task; `videos` is present once it has completed.
   *
   * `GET /api/v1/happyhorse/edit_video/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.HappyhorseTaskStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: videos.
   */
  wait(id: string, options?: WaitOptions<T.HappyhorseTaskStatus>): Promise<T.HappyhorseTaskCompleted>;

  /**
   * Create a HappyHorse edit-video task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.EditVideoCreateParams, options?: RunOptions<T.HappyhorseTaskStatus>): Promise<T.HappyhorseTaskCompleted>;

  /** Check a `create` body against every rule of happyhorse.edit_video.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.EditVideoCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.HappyhorseTaskStatus>;
}

/** Edit video. */
export class EditVideo extends TaskResource<T.HappyhorseTaskStatus, T.HappyhorseTaskCompleted> {
  protected static override readonly group = "happyhorse";
  protected static override readonly schemas = SCHEMAS["happyhorse"];
  protected static override readonly task = { create: OP_EDIT_VIDEO_CREATE, status: OP_EDIT_VIDEO_GET, completed: ["videos"] };
}

/** Image to video. */
export interface ImageToVideo {
  /**
   * Create a HappyHorse image-to-video task
   *
   * Animates a first-frame image (`first_frame_image_url`, model `happyhorse-image-to-video`) and
   * answers `202` with the task id. Optional: `prompt` (at most 5000 non-Chinese or 2500 Chinese
   * characters), `output_resolution` 720p or 1080p (default 1080p), `duration_seconds` 3-15 (default 5),
   * `seed` 0-2147483647. Poll the linked status operation or pass `callback_url`.
   *
   * `POST /api/v1/happyhorse/image_to_video`
   */
  create(params: T.ImageToVideoCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a HappyHorse image-to-video task
   *
   * Returns the status of a HappyHorse image-to-video task; `videos` is present once it has completed.
   *
   * `GET /api/v1/happyhorse/image_to_video/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.HappyhorseTaskStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: videos.
   */
  wait(id: string, options?: WaitOptions<T.HappyhorseTaskStatus>): Promise<T.HappyhorseTaskCompleted>;

  /**
   * Create a HappyHorse image-to-video task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.ImageToVideoCreateParams, options?: RunOptions<T.HappyhorseTaskStatus>): Promise<T.HappyhorseTaskCompleted>;

  /** Check a `create` body against every rule of happyhorse.image_to_video.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.ImageToVideoCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.HappyhorseTaskStatus>;
}

/** Image to video. */
export class ImageToVideo extends TaskResource<T.HappyhorseTaskStatus, T.HappyhorseTaskCompleted> {
  protected static override readonly group = "happyhorse";
  protected static override readonly schemas = SCHEMAS["happyhorse"];
  protected static override readonly task = { create: OP_IMAGE_TO_VIDEO_CREATE, status: OP_IMAGE_TO_VIDEO_GET, completed: ["videos"] };
}

/** Text to video. */
export interface TextToVideo {
  /**
   * Create a HappyHorse text-to-video task
   *
   * Starts a HappyHorse text-to-video task and answers `202` with its id. `happyhorse-text-to-video`
   * generates from the prompt (optionally with `reference_image_urls`); `happyhorse-character` requires
   * 1-9 `reference_image_urls`, whose order maps to character1, character2, ... in the prompt. Prompt: at most 5000 non-Chinese or 2500
   * Chinese characters. `output_resolution` 720p or 1080p (default 1080p), `aspect_ratio` 16:9, 9:16, 1:1,
   * 4:3 or 3:4 (default 16:9), `duration_seconds` 3-15 (default 5), `seed` 0-2147483647. Poll the linked
   * status operation or pass `callback_url`.
   *
   * Request shapes:
   * - model=happyhorse-text-to-video
   * - model=happyhorse-character
   *
   * `POST /api/v1/happyhorse/text_to_video`
   */
  create(params: T.TextToVideoCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a HappyHorse text-to-video task
   *
   * Returns the status of a HappyHorse text-to-video task; `videos` is present once it has completed.
   *
   * `GET /api/v1/happyhorse/text_to_video/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.HappyhorseTaskStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: videos.
   */
  wait(id: string, options?: WaitOptions<T.HappyhorseTaskStatus>): Promise<T.HappyhorseTaskCompleted>;

  /**
   * Create a HappyHorse text-to-video task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.TextToVideoCreateParams, options?: RunOptions<T.HappyhorseTaskStatus>): Promise<T.HappyhorseTaskCompleted>;

  /** Check a `create` body against every rule of happyhorse.text_to_video.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.TextToVideoCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.HappyhorseTaskStatus>;
}

/** Text to video. */
export class TextToVideo extends TaskResource<T.HappyhorseTaskStatus, T.HappyhorseTaskCompleted> {
  protected static override readonly group = "happyhorse";
  protected static override readonly schemas = SCHEMAS["happyhorse"];
  protected static override readonly task = { create: OP_TEXT_TO_VIDEO_CREATE, status: OP_TEXT_TO_VIDEO_GET, completed: ["videos"] };
}

/** HappyHorse video generation and editing. */
export class Happyhorse extends APIResource {
  protected static override readonly group = "happyhorse";
  protected static override readonly schemas = SCHEMAS["happyhorse"];
  #children: Record<string, unknown> = {};

  get editVideo(): EditVideo {
    return (this.#children.editVideo ??= new EditVideo(this._client)) as EditVideo;
  }

  /** The same resource as `editVideo`, by the plural name the API reference uses. */
  get editVideos(): EditVideo {
    return this.editVideo;
  }

  get imageToVideo(): ImageToVideo {
    return (this.#children.imageToVideo ??= new ImageToVideo(this._client)) as ImageToVideo;
  }

  /** The same resource as `imageToVideo`, by the plural name the API reference uses. */
  get imageToVideos(): ImageToVideo {
    return this.imageToVideo;
  }

  get textToVideo(): TextToVideo {
    return (this.#children.textToVideo ??= new TextToVideo(this._client)) as TextToVideo;
  }

  /** The same resource as `textToVideo`, by the plural name the API reference uses. */
  get textToVideos(): TextToVideo {
    return this.textToVideo;
  }
}
