// hailuo: resources of the client's `hailuo` property.
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
import type * as T from '../types/hailuo.js';

const OP_IMAGE_TO_VIDEO_CREATE: OperationSpec = { id: "hailuo.image_to_video.create", method: "POST", path: "/api/v1/hailuo/image_to_video", auth: "api_key", body: "json", answer: ["id"] };
const OP_IMAGE_TO_VIDEO_GET: OperationSpec = { id: "hailuo.image_to_video.get", method: "GET", path: "/api/v1/hailuo/image_to_video/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_TEXT_TO_VIDEO_CREATE: OperationSpec = { id: "hailuo.text_to_video.create", method: "POST", path: "/api/v1/hailuo/text_to_video", auth: "api_key", body: "json", answer: ["id"] };
const OP_TEXT_TO_VIDEO_GET: OperationSpec = { id: "hailuo.text_to_video.get", method: "GET", path: "/api/v1/hailuo/text_to_video/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };

/** Image to video. */
export interface ImageToVideo {
  /**
   * Create a Hailuo image-to-video task
   *
   * Starts a Hailuo image-to-video task from `first_frame_image_url` and answers `202` with its id.
   *
   * - `hailuo-02-image-to-video-pro`: fixed pro profile; prompt up to 1500 characters; optional
   *   `last_frame_image_url` and `prompt_optimizer` (hailuo-02-* only).
   * - `hailuo-02-image-to-video-standard`: `duration_seconds` 6 or 10, `output_resolution` 512p or 768p,
   *   optional `last_frame_image_url` and `prompt_optimizer`; prompt up to 1500 characters.
   * - `hailuo-2.3-image-to-video-pro` / `hailuo-2.3-image-to-video-standard`: `duration_seconds` 6 or 10,
   *   `output_resolution` 768p or 1080p; prompt up to 5000 characters.
   *
   * Poll the linked status operation or pass `callback_url`.
   *
   * Request shapes:
   * - model=hailuo-02-image-to-video-pro
   * - model=hailuo-02-image-to-video-standard
   * - model=hailuo-2.3-image-to-video-pro
   * - model=hailuo-2.3-image-to-video-standard
   *
   * `POST /api/v1/hailuo/image_to_video`
   */
  create(params: T.ImageToVideoCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Hailuo image-to-video task
   *
   * Returns the status of a Hailuo image-to-video task; `videos` is present once it has completed.
   *
   * `GET /api/v1/hailuo/image_to_video/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.HailuoTaskStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: videos.
   */
  wait(id: string, options?: WaitOptions<T.HailuoTaskStatus>): Promise<T.HailuoTaskCompleted>;

  /**
   * Create a Hailuo image-to-video task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.ImageToVideoCreateParams, options?: RunOptions<T.HailuoTaskStatus>): Promise<T.HailuoTaskCompleted>;

  /** Check a `create` body against every rule of hailuo.image_to_video.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.ImageToVideoCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.HailuoTaskStatus>;
}

/** Image to video. */
export class ImageToVideo extends TaskResource<T.HailuoTaskStatus, T.HailuoTaskCompleted> {
  protected static override readonly group = "hailuo";
  protected static override readonly schemas = SCHEMAS["hailuo"];
  protected static override readonly task = { create: OP_IMAGE_TO_VIDEO_CREATE, status: OP_IMAGE_TO_VIDEO_GET, completed: ["videos"] };
}

/** Text to video. */
export interface TextToVideo {
  /**
   * Create a Hailuo text-to-video task
   *
   * Starts a Hailuo text-to-video task and answers `202` with its id. Models:
   * `hailuo-02-text-to-video-pro` (a fixed pro profile) and `hailuo-02-text-to-video-standard`, the only
   * one that accepts `duration_seconds` (6 or 10, default 6). `prompt` is at most 1500 characters;
   * `prompt_optimizer` enables Hailuo prompt optimization. Poll the linked status operation or pass
   * `callback_url`.
   *
   * Request shapes:
   * - model=hailuo-02-text-to-video-pro
   * - model=hailuo-02-text-to-video-standard
   *
   * `POST /api/v1/hailuo/text_to_video`
   */
  create(params: T.TextToVideoCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Hailuo text-to-video task
   *
   * Returns the status of a Hailuo text-to-video task; `videos` is present once it has completed.
   *
   * `GET /api/v1/hailuo/text_to_video/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.HailuoTaskStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: videos.
   */
  wait(id: string, options?: WaitOptions<T.HailuoTaskStatus>): Promise<T.HailuoTaskCompleted>;

  /**
   * Create a Hailuo text-to-video task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.TextToVideoCreateParams, options?: RunOptions<T.HailuoTaskStatus>): Promise<T.HailuoTaskCompleted>;

  /** Check a `create` body against every rule of hailuo.text_to_video.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.TextToVideoCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.HailuoTaskStatus>;
}

/** Text to video. */
export class TextToVideo extends TaskResource<T.HailuoTaskStatus, T.HailuoTaskCompleted> {
  protected static override readonly group = "hailuo";
  protected static override readonly schemas = SCHEMAS["hailuo"];
  protected static override readonly task = { create: OP_TEXT_TO_VIDEO_CREATE, status: OP_TEXT_TO_VIDEO_GET, completed: ["videos"] };
}

/** Hailuo text-to-video and image-to-video. */
export class Hailuo extends APIResource {
  protected static override readonly group = "hailuo";
  protected static override readonly schemas = SCHEMAS["hailuo"];
  #children: Record<string, unknown> = {};

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
