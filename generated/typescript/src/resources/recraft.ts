// recraft: resources of the client's `recraft` property.
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
import type * as T from '../types/recraft.js';

const OP_REMOVE_BACKGROUND_CREATE: OperationSpec = { id: "recraft.remove_background.create", method: "POST", path: "/api/v1/recraft/remove_background", auth: "api_key", body: "json", answer: ["id"] };
const OP_REMOVE_BACKGROUND_GET: OperationSpec = { id: "recraft.remove_background.get", method: "GET", path: "/api/v1/recraft/remove_background/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_UPSCALE_IMAGE_CREATE: OperationSpec = { id: "recraft.upscale_image.create", method: "POST", path: "/api/v1/recraft/upscale_image", auth: "api_key", body: "json", answer: ["id"] };
const OP_UPSCALE_IMAGE_GET: OperationSpec = { id: "recraft.upscale_image.get", method: "GET", path: "/api/v1/recraft/upscale_image/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };

/** Remove background. */
export interface RemoveBackground {
  /**
   * Create a Recraft background-removal task
   *
   * Starts a Recraft background removal for one image (`recraft-remove-background`) and answers
   * `202` with its id. Poll the linked status operation or pass `callback_url`.
   *
   * `POST /api/v1/recraft/remove_background`
   */
  create(params: T.RemoveBackgroundCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Recraft background-removal task
   *
   * Returns the status of a Recraft background-removal task; `images` holds the processed image once completed, `error` the reason once failed.
   *
   * `GET /api/v1/recraft/remove_background/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.RecraftRemoveBackgroundStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: images.
   */
  wait(id: string, options?: WaitOptions<T.RecraftRemoveBackgroundStatus>): Promise<T.RecraftRemoveBackgroundCompleted>;

  /**
   * Create a Recraft background-removal task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.RemoveBackgroundCreateParams, options?: RunOptions<T.RecraftRemoveBackgroundStatus>): Promise<T.RecraftRemoveBackgroundCompleted>;

  /** Check a `create` body against every rule of recraft.remove_background.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.RemoveBackgroundCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.RecraftRemoveBackgroundStatus>;
}

/** Remove background. */
export class RemoveBackground extends TaskResource<T.RecraftRemoveBackgroundStatus, T.RecraftRemoveBackgroundCompleted> {
  protected static override readonly group = "recraft";
  protected static override readonly schemas = SCHEMAS["recraft"];
  protected static override readonly task = { create: OP_REMOVE_BACKGROUND_CREATE, status: OP_REMOVE_BACKGROUND_GET, completed: ["images"] };
}

/** Upscale image. */
export interface UpscaleImage {
  /**
   * Create a Recraft upscale task
   *
   * Starts a Recraft crisp upscale of one image (`recraft-crisp-upscale`) and answers `202` with its
   * id. Poll the linked status operation or pass `callback_url`.
   *
   * `POST /api/v1/recraft/upscale_image`
   */
  create(params: T.UpscaleImageCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Recraft upscale task
   *
   * Returns the status of a Recraft upscale task; `images` holds the processed image once completed, `error` the reason once failed.
   *
   * `GET /api/v1/recraft/upscale_image/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.RecraftUpscaleImageStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: images.
   */
  wait(id: string, options?: WaitOptions<T.RecraftUpscaleImageStatus>): Promise<T.RecraftUpscaleImageCompleted>;

  /**
   * Create a Recraft upscale task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.UpscaleImageCreateParams, options?: RunOptions<T.RecraftUpscaleImageStatus>): Promise<T.RecraftUpscaleImageCompleted>;

  /** Check a `create` body against every rule of recraft.upscale_image.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.UpscaleImageCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.RecraftUpscaleImageStatus>;
}

/** Upscale image. */
export class UpscaleImage extends TaskResource<T.RecraftUpscaleImageStatus, T.RecraftUpscaleImageCompleted> {
  protected static override readonly group = "recraft";
  protected static override readonly schemas = SCHEMAS["recraft"];
  protected static override readonly task = { create: OP_UPSCALE_IMAGE_CREATE, status: OP_UPSCALE_IMAGE_GET, completed: ["images"] };
}

/** Recraft upscaling and background removal. */
export class Recraft extends APIResource {
  protected static override readonly group = "recraft";
  protected static override readonly schemas = SCHEMAS["recraft"];
  #children: Record<string, unknown> = {};

  get removeBackground(): RemoveBackground {
    return (this.#children.removeBackground ??= new RemoveBackground(this._client)) as RemoveBackground;
  }

  /** The same resource as `removeBackground`, by the plural name the API reference uses. */
  get removeBackgrounds(): RemoveBackground {
    return this.removeBackground;
  }

  get upscaleImage(): UpscaleImage {
    return (this.#children.upscaleImage ??= new UpscaleImage(this._client)) as UpscaleImage;
  }

  /** The same resource as `upscaleImage`, by the plural name the API reference uses. */
  get upscaleImages(): UpscaleImage {
    return this.upscaleImage;
  }
}
