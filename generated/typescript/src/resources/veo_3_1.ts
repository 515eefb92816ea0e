// veo_3_1: resources of the client's `veo31` property.
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
import type * as T from '../types/veo_3_1.js';

const OP_EXTEND_VIDEO_CREATE: OperationSpec = { id: "veo_3_1.extend_video.create", method: "POST", path: "/api/v1/veo_3_1/extend_video", auth: "api_key", body: "json", answer: ["id"] };
const OP_EXTEND_VIDEO_GET: OperationSpec = { id: "veo_3_1.extend_video.get", method: "GET", path: "/api/v1/veo_3_1/extend_video/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_TEXT_TO_VIDEO_CREATE: OperationSpec = { id: "veo_3_1.text_to_video.create", method: "POST", path: "/api/v1/veo_3_1/text_to_video", auth: "api_key", body: "json", answer: ["id"] };
const OP_TEXT_TO_VIDEO_GET: OperationSpec = { id: "veo_3_1.text_to_video.get", method: "GET", path: "/api/v1/veo_3_1/text_to_video/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_UPSCALE_VIDEO_CREATE: OperationSpec = { id: "veo_3_1.upscale_video.create", method: "POST", path: "/api/v1/veo_3_1/upscale_video", auth: "api_key", body: "json", answer: ["id"] };
const OP_UPSCALE_VIDEO_GET: OperationSpec = { id: "veo_3_1.upscale_video.get", method: "GET", path: "/api/v1/veo_3_1/upscale_video/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };

/** Extend video. */
export interface ExtendVideo {
  /**
   * Extend a Veo 3.1 video
   *
   * Starts a task that extends an existing Veo 3.1 video: new content is generated from the
   * original video (identified by the id of its generation task, `source_task_id`) and a text
   * prompt describing the continuation. Optional `seeds` (10000-99999) and `watermark` text.
   * Answers `202` with the id of the extension task; poll the linked status operation or pass
   * `callback_url` (same payload as text-to-video).
   *
   * `POST /api/v1/veo_3_1/extend_video`
   */
  create(params: T.ExtendVideoCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Veo 3.1 extension task
   *
   * Returns the status of a Veo 3.1 extension task; once completed, `videos` holds the extended video and `sources` the original one.
   *
   * `GET /api/v1/veo_3_1/extend_video/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.Veo31ExtendVideoStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: videos.
   */
  wait(id: string, options?: WaitOptions<T.Veo31ExtendVideoStatus>): Promise<T.Veo31ExtendVideoCompleted>;

  /**
   * Extend a Veo 3.1 video, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.ExtendVideoCreateParams, options?: RunOptions<T.Veo31ExtendVideoStatus>): Promise<T.Veo31ExtendVideoCompleted>;

  /** Check a `create` body against every rule of veo_3_1.extend_video.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.ExtendVideoCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.Veo31ExtendVideoStatus>;
}

/** Extend video. */
export class ExtendVideo extends TaskResource<T.Veo31ExtendVideoStatus, T.Veo31ExtendVideoCompleted> {
  protected static override readonly group = "veo_3_1";
  protected static override readonly schemas = SCHEMAS["veo_3_1"];
  protected static override readonly task = { create: OP_EXTEND_VIDEO_CREATE, status: OP_EXTEND_VIDEO_GET, completed: ["videos"] };
}

/** Text to video. */
export interface TextToVideo {
  /**
   * Create a Veo 3.1 video task
   *
   * Starts a Google Veo 3.1 video generation task and answers `202` with its id. Two models:
   * `veo-3.1` (Quality, highest fidelity) and `veo-3.1-fast` (Fast, for iterations and drafts).
   * One endpoint serves three input modes, chosen with `input_mode`:
   *
   * - `text` (the default): text-to-video from the prompt alone.
   * - `first_and_last_frames`: image-to-video; `first_frame_image_url` is required and an
   *   optional `last_frame_image_url` makes a smooth transition between the two images.
   * - `reference`: generation guided by 1-3 `reference_image_urls`; only `veo-3.1-fast`
   *   and only the `16:9` aspect ratio are accepted in this mode.
   *
   * Every mode takes `aspect_ratio` (`16:9`, `9:16`, `auto`; default `16:9`),
   * `duration_seconds` (4, 6 or 8; default 8), `seeds` (10000-99999), `enable_translation`
   * (default true) and an optional `watermark` text. Poll the linked status operation or pass
   * `callback_url`. Completed videos can be extended (`veo_3_1.extend_video.create`) or
   * upscaled to 1080p / 4k (`veo_3_1.upscale_video.create`).
   *
   * Request shapes:
   * - model=veo-3.1
   * - model=veo-3.1-fast
   *
   * Rules checked before sending:
   * - aspect_ratio must be 16:9 when input_mode is reference
   * - first_frame_image_url is required when input_mode is first_and_last_frames
   * - reference_image_urls is required when input_mode is reference
   *
   * `POST /api/v1/veo_3_1/text_to_video`
   */
  create(params: T.TextToVideoCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Veo 3.1 video task
   *
   * Returns the status of a Veo 3.1 generation task; `videos` (url, resolution, has_audio) is present once it has completed, and image-to-video results also carry the input images in `sources`.
   *
   * `GET /api/v1/veo_3_1/text_to_video/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.Veo31TextToVideoStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: videos.
   */
  wait(id: string, options?: WaitOptions<T.Veo31TextToVideoStatus>): Promise<T.Veo31TextToVideoCompleted>;

  /**
   * Create a Veo 3.1 video task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.TextToVideoCreateParams, options?: RunOptions<T.Veo31TextToVideoStatus>): Promise<T.Veo31TextToVideoCompleted>;

  /** Check a `create` body against every rule of veo_3_1.text_to_video.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.TextToVideoCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.Veo31TextToVideoStatus>;
}

/** Text to video. */
export class TextToVideo extends TaskResource<T.Veo31TextToVideoStatus, T.Veo31TextToVideoCompleted> {
  protected static override readonly group = "veo_3_1";
  protected static override readonly schemas = SCHEMAS["veo_3_1"];
  protected static override readonly task = { create: OP_TEXT_TO_VIDEO_CREATE, status: OP_TEXT_TO_VIDEO_GET, completed: ["videos"] };
}

/** Upscale video. */
export interface UpscaleVideo {
  /**
   * Request a 1080p or 4k Veo 3.1 video
   *
   * Starts a task that produces a high-definition (`1080p`) or ultra-high-definition (`4k`)
   * version of a video from a completed Veo 3.1 generation task (`source_task_id`). `index`
   * picks the video when the source task generated several (default 0). Answers `202` with
   * the id of the conversion task; the status payload and callback reference
   * `source_task_id`. A 4k version is not always available; the task then fails.
   *
   * `POST /api/v1/veo_3_1/upscale_video`
   */
  create(params: T.UpscaleVideoCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Veo 3.1 upscale task
   *
   * Returns the status of a 1080p or 4k conversion task, with its `source_task_id`; `videos` (url, resolution) is present once it has completed.
   *
   * `GET /api/v1/veo_3_1/upscale_video/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.Veo31UpscaleVideoStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: videos.
   */
  wait(id: string, options?: WaitOptions<T.Veo31UpscaleVideoStatus>): Promise<T.Veo31UpscaleVideoCompleted>;

  /**
   * Request a 1080p or 4k Veo 3.1 video, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.UpscaleVideoCreateParams, options?: RunOptions<T.Veo31UpscaleVideoStatus>): Promise<T.Veo31UpscaleVideoCompleted>;

  /** Check a `create` body against every rule of veo_3_1.upscale_video.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.UpscaleVideoCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.Veo31UpscaleVideoStatus>;
}

/** Upscale video. */
export class UpscaleVideo extends TaskResource<T.Veo31UpscaleVideoStatus, T.Veo31UpscaleVideoCompleted> {
  protected static override readonly group = "veo_3_1";
  protected static override readonly schemas = SCHEMAS["veo_3_1"];
  protected static override readonly task = { create: OP_UPSCALE_VIDEO_CREATE, status: OP_UPSCALE_VIDEO_GET, completed: ["videos"] };
}

/** Google Veo 3.1 video generation, extension and upscaling. */
export class Veo31 extends APIResource {
  protected static override readonly group = "veo_3_1";
  protected static override readonly schemas = SCHEMAS["veo_3_1"];
  #children: Record<string, unknown> = {};

  get extendVideo(): ExtendVideo {
    return (this.#children.extendVideo ??= new ExtendVideo(this._client)) as ExtendVideo;
  }

  /** The same resource as `extendVideo`, by the plural name the API reference uses. */
  get extendVideos(): ExtendVideo {
    return this.extendVideo;
  }

  get textToVideo(): TextToVideo {
    return (this.#children.textToVideo ??= new TextToVideo(this._client)) as TextToVideo;
  }

  /** The same resource as `textToVideo`, by the plural name the API reference uses. */
  get textToVideos(): TextToVideo {
    return this.textToVideo;
  }

  get upscaleVideo(): UpscaleVideo {
    return (this.#children.upscaleVideo ??= new UpscaleVideo(this._client)) as UpscaleVideo;
  }

  /** The same resource as `upscaleVideo`, by the plural name the API reference uses. */
  get upscaleVideos(): UpscaleVideo {
    return this.upscaleVideo;
  }
}
