// topaz: resources of the client's `topaz` property.
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
import type * as T from '../types/topaz.js';

const OP_UPSCALE_IMAGE_CREATE: OperationSpec = { id: "topaz.upscale_image.create", method: "POST", path: "/api/v1/topaz/upscale_image", auth: "api_key", body: "json", answer: ["id"] };
const OP_UPSCALE_IMAGE_GET: OperationSpec = { id: "topaz.upscale_image.get", method: "GET", path: "/api/v1/topaz/upscale_image/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_UPSCALE_VIDEO_CREATE: OperationSpec = { id: "topaz.upscale_video.create", method: "POST", path: "/api/v1/topaz/upscale_video", auth: "api_key", body: "json", answer: ["id"] };
const OP_UPSCALE_VIDEO_GET: OperationSpec = { id: "topaz.upscale_video.get", method: "GET", path: "/api/v1/topaz/upscale_video/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };

/** Upscale image. */
export interface UpscaleImage {
  /**
   * Create a Topaz image upscale task
   *
   * Starts a Topaz image upscaling task (model `topaz-upscale-image`) for a public image URL
   * and answers `202` with its id. `upscale_factor` is required: 1, 2, 4 or 8. Poll the
   * linked status operation or pass `callback_url`; the completed task returns `images`.
   *
   * `POST /api/v1/topaz/upscale_image`
   */
  create(params: T.UpscaleImageCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Topaz image upscale task
   *
   * Returns the current status of a Topaz image upscale task, and `images` when it has completed.
   *
   * `GET /api/v1/topaz/upscale_image/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.TopazUpscaleImageStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: images.
   */
  wait(id: string, options?: WaitOptions<T.TopazUpscaleImageStatus>): Promise<T.TopazUpscaleImageCompleted>;

  /**
   * Create a Topaz image upscale task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.UpscaleImageCreateParams, options?: RunOptions<T.TopazUpscaleImageStatus>): Promise<T.TopazUpscaleImageCompleted>;

  /** Check a `create` body against every rule of topaz.upscale_image.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.UpscaleImageCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.TopazUpscaleImageStatus>;
}

/** Upscale image. */
export class UpscaleImage extends TaskResource<T.TopazUpscaleImageStatus, T.TopazUpscaleImageCompleted> {
  protected static override readonly group = "topaz";
  protected static override readonly schemas = SCHEMAS["topaz"];
  protected static override readonly task = { create: OP_UPSCALE_IMAGE_CREATE, status: OP_UPSCALE_IMAGE_GET, completed: ["images"] };
}

/** Upscale video. */
export interface UpscaleVideo {
  /**
   * Create a Topaz video upscale task
   *
   * Starts a Topaz video upscaling task (model `topaz-upscale-video`) for a public video URL
   * and answers `202` with its id. `upscale_factor` is optional: 1, 2 or 4; when omitted the
   * service default (2) applies. Poll the linked status operation or pass `callback_url`; the
   * completed task returns `videos`.
   *
   * `POST /api/v1/topaz/upscale_video`
   */
  create(params: T.UpscaleVideoCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Topaz video upscale task
   *
   * Returns the current status of a Topaz video upscale task, and `videos` when it has completed.
   *
   * `GET /api/v1/topaz/upscale_video/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.TopazUpscaleVideoStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: videos.
   */
  wait(id: string, options?: WaitOptions<T.TopazUpscaleVideoStatus>): Promise<T.TopazUpscaleVideoCompleted>;

  /**
   * Create a Topaz video upscale task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.UpscaleVideoCreateParams, options?: RunOptions<T.TopazUpscaleVideoStatus>): Promise<T.TopazUpscaleVideoCompleted>;

  /** Check a `create` body against every rule of topaz.upscale_video.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.UpscaleVideoCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.TopazUpscaleVideoStatus>;
}

/** Upscale video. */
export class UpscaleVideo extends TaskResource<T.TopazUpscaleVideoStatus, T.TopazUpscaleVideoCompleted> {
  protected static override readonly group = "topaz";
  protected static override readonly schemas = SCHEMAS["topaz"];
  protected static override readonly task = { create: OP_UPSCALE_VIDEO_CREATE, status: OP_UPSCALE_VIDEO_GET, completed: ["videos"] };
}

/** Topaz image and video upscaling. */
export class Topaz extends APIResource {
  protected static override readonly group = "topaz";
  protected static override readonly schemas = SCHEMAS["topaz"];
  #children: Record<string, unknown> = {};

  get upscaleImage(): UpscaleImage {
    return (this.#children.upscaleImage ??= new UpscaleImage(this._client)) as UpscaleImage;
  }

  /** The same resource as `upscaleImage`, by the plural name the API reference uses. */
  get upscaleImages(): UpscaleImage {
    return this.upscaleImage;
  }

  get upscaleVideo(): UpscaleVideo {
    return (this.#children.upscaleVideo ??= new UpscaleVideo(this._client)) as UpscaleVideo;
  }

  /** The same resource as `upscaleVideo`, by the plural name the API reference uses. */
  get upscaleVideos(): UpscaleVideo {
    return this.upscaleVideo;
  }
}
