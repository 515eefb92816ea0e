// nano_banana: resources of the client's `nanoBanana` property.
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
import type * as T from '../types/nano_banana.js';

const OP_EDIT_IMAGE_CREATE: OperationSpec = { id: "nano_banana.edit_image.create", method: "POST", path: "/api/v1/nano_banana/edit_image", auth: "api_key", body: "json", answer: ["id"] };
const OP_EDIT_IMAGE_GET: OperationSpec = { id: "nano_banana.edit_image.get", method: "GET", path: "/api/v1/nano_banana/edit_image/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_TEXT_TO_IMAGE_CREATE: OperationSpec = { id: "nano_banana.text_to_image.create", method: "POST", path: "/api/v1/nano_banana/text_to_image", auth: "api_key", body: "json", answer: ["id"] };
const OP_TEXT_TO_IMAGE_GET: OperationSpec = { id: "nano_banana.text_to_image.get", method: "GET", path: "/api/v1/nano_banana/text_to_image/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };

/** Edit image. */
export interface EditImage {
  /**
   * Create a Nano Banana edit task
   *
   * Starts a Nano Banana image edit task (model `nano-banana-edit`: edit or modify existing images)
   * and answers `202` with its id. `source_image_urls` (the images to edit) is required; `prompt`,
   * `aspect_ratio` (1:1, 9:16, 16:9, 3:4, 4:3, 3:2, 2:3, 5:4, 4:5, 21:9 or auto) and
   * `output_format` (png or jpeg) are optional. Poll the linked status operation or pass
   * `callback_url`.
   *
   * `POST /api/v1/nano_banana/edit_image`
   */
  create(params: T.EditImageCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Nano Banana edit task
   *
   * Returns the status of a Nano Banana edit task.
   *
   * `GET /api/v1/nano_banana/edit_image/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.NanoBananaEditImageStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: images.
   */
  wait(id: string, options?: WaitOptions<T.NanoBananaEditImageStatus>): Promise<T.NanoBananaEditImageCompleted>;

  /**
   * Create a Nano Banana edit task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.EditImageCreateParams, options?: RunOptions<T.NanoBananaEditImageStatus>): Promise<T.NanoBananaEditImageCompleted>;

  /** Check a `create` body against every rule of nano_banana.edit_image.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.EditImageCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.NanoBananaEditImageStatus>;
}

/** Edit image. */
export class EditImage extends TaskResource<T.NanoBananaEditImageStatus, T.NanoBananaEditImageCompleted> {
  protected static override readonly group = "nano_banana";
  protected static override readonly schemas = SCHEMAS["nano_banana"];
  protected static override readonly task = { create: OP_EDIT_IMAGE_CREATE, status: OP_EDIT_IMAGE_GET, completed: ["images"] };
}

/** Text to image. */
export interface TextToImage {
  /**
   * Create a Nano Banana text-to-image task
   *
   * Starts a Nano Banana image generation task and answers `202` with its id. One endpoint serves
   * the three text-to-image models:
   *
   * - `nano-banana` (Base): up to 1024px; size set with `aspect_ratio` only (11 presets, default 1:1);
   *   prompt up to 5000 characters; up to 8 reference images; png (default) or jpg.
   * - `nano-banana-pro` (Pro): up to 4K; `aspect_ratio` (11 presets, default 1:1) plus
   *   `output_resolution` (1k, 2k, 4k; default 1k); prompt up to 5000 characters; up to 8 reference images.
   * - `nano-banana-2` (V2): up to 4K; `aspect_ratio` (15 presets incl. 1:4, 1:8, 4:1, 8:1; default auto)
   *   plus `output_resolution`; prompt up to 20000 characters; up to 14 reference images
   *   (JPEG, PNG or WebP); jpg by default.
   *
   * Reference images may be up to 30 MB each. Poll the linked status operation or pass `callback_url`.
   *
   * Request shapes:
   * - model=nano-banana
   * - model=nano-banana-pro
   * - model=nano-banana-2
   *
   * `POST /api/v1/nano_banana/text_to_image`
   */
  create(params: T.TextToImageCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Nano Banana text-to-image task
   *
   * Returns the status of a Nano Banana text-to-image task; `images` is present once it has completed. Poll every 5 seconds; tasks usually finish in 10-30 seconds.
   *
   * `GET /api/v1/nano_banana/text_to_image/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.NanoBananaTextToImageStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: images.
   */
  wait(id: string, options?: WaitOptions<T.NanoBananaTextToImageStatus>): Promise<T.NanoBananaTextToImageCompleted>;

  /**
   * Create a Nano Banana text-to-image task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.TextToImageCreateParams, options?: RunOptions<T.NanoBananaTextToImageStatus>): Promise<T.NanoBananaTextToImageCompleted>;

  /** Check a `create` body against every rule of nano_banana.text_to_image.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.TextToImageCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.NanoBananaTextToImageStatus>;
}

/** Text to image. */
export class TextToImage extends TaskResource<T.NanoBananaTextToImageStatus, T.NanoBananaTextToImageCompleted> {
  protected static override readonly group = "nano_banana";
  protected static override readonly schemas = SCHEMAS["nano_banana"];
  protected static override readonly task = { create: OP_TEXT_TO_IMAGE_CREATE, status: OP_TEXT_TO_IMAGE_GET, completed: ["images"] };
}

/** Nano Banana image generation and editing. */
export class NanoBanana extends APIResource {
  protected static override readonly group = "nano_banana";
  protected static override readonly schemas = SCHEMAS["nano_banana"];
  #children: Record<string, unknown> = {};

  get editImage(): EditImage {
    return (this.#children.editImage ??= new EditImage(this._client)) as EditImage;
  }

  /** The same resource as `editImage`, by the plural name the API reference uses. */
  get editImages(): EditImage {
    return this.editImage;
  }

  get textToImage(): TextToImage {
    return (this.#children.textToImage ??= new TextToImage(this._client)) as TextToImage;
  }

  /** The same resource as `textToImage`, by the plural name the API reference uses. */
  get textToImages(): TextToImage {
    return this.textToImage;
  }
}
