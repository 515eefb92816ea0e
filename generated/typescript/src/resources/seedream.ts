// seedream: resources of the client's `seedream` property.
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
import type * as T from '../types/seedream.js';

const OP_EDIT_IMAGE_CREATE: OperationSpec = { id: "seedream.edit_image.create", method: "POST", path: "/api/v1/seedream/edit_image", auth: "api_key", body: "json", answer: ["id"] };
const OP_EDIT_IMAGE_GET: OperationSpec = { id: "seedream.edit_image.get", method: "GET", path: "/api/v1/seedream/edit_image/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_TEXT_TO_IMAGE_CREATE: OperationSpec = { id: "seedream.text_to_image.create", method: "POST", path: "/api/v1/seedream/text_to_image", auth: "api_key", body: "json", answer: ["id"] };
const OP_TEXT_TO_IMAGE_GET: OperationSpec = { id: "seedream.text_to_image.get", method: "GET", path: "/api/v1/seedream/text_to_image/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };

/** Edit image. */
export interface EditImage {
  /**
   * Create a Seedream image edit task
   *
   * Starts a Seedream image edit task from `source_image_urls` and a prompt, and answers `202`
   * with its id. Three models:
   *
   * - `seedream-4.5-edit` (prompt 1-3000 characters) and `seedream-5-lite-edit` (prompt 3-3000
   *   characters): 1 to 14 source images; `aspect_ratio` and `output_quality` (`basic` or
   *   `high`) are required; 5-Lite also takes `output_format` (`png` or `jpeg`; default png).
   * - `seedream-v4-edit` (prompt 1-5000 characters): 1 to 10 source images; `aspect_ratio` and
   *   `output_quality` are optional and the v4-only `output_resolution` (1k, 2k, 4k; default
   *   1k), `output_count` (1-6 images, default 1) and `seed` are accepted.
   *
   * `enable_safety_checker` (default false) is accepted by every model. Poll the linked status
   * operation or pass `callback_url`.
   *
   * Request shapes:
   * - model=seedream-4.5-edit
   * - model=seedream-5-lite-edit
   * - model=seedream-v4-edit
   *
   * `POST /api/v1/seedream/edit_image`
   */
  create(params: T.EditImageCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Seedream image edit task
   *
   * Returns the status of a Seedream image edit task; `images` is present once it has completed.
   *
   * `GET /api/v1/seedream/edit_image/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.SeedreamEditImageStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: images.
   */
  wait(id: string, options?: WaitOptions<T.SeedreamEditImageStatus>): Promise<T.SeedreamEditImageCompleted>;

  /**
   * Create a Seedream image edit task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.EditImageCreateParams, options?: RunOptions<T.SeedreamEditImageStatus>): Promise<T.SeedreamEditImageCompleted>;

  /** Check a `create` body against every rule of seedream.edit_image.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.EditImageCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.SeedreamEditImageStatus>;
}

/** Edit image. */
export class EditImage extends TaskResource<T.SeedreamEditImageStatus, T.SeedreamEditImageCompleted> {
  protected static override readonly group = "seedream";
  protected static override readonly schemas = SCHEMAS["seedream"];
  protected static override readonly task = { create: OP_EDIT_IMAGE_CREATE, status: OP_EDIT_IMAGE_GET, completed: ["images"] };
}

/** Text to image. */
export interface TextToImage {
  /**
   * Create a Seedream text-to-image task
   *
   * Starts a Seedream text-to-image task and answers `202` with its id. Three models:
   *
   * - `seedream-4.5-text-to-image` (prompt 1-3000 characters) and
   *   `seedream-5-lite-text-to-image` (prompt 3-3000 characters): `aspect_ratio` and
   *   `output_quality` (`basic` or `high`) are required; 5-Lite also takes `output_format`
   *   (`png` or `jpeg`; default png).
   * - `seedream-v4-text-to-image` (prompt 1-5000 characters): `aspect_ratio` and
   *   `output_quality` are optional and the v4-only `output_resolution` (1k, 2k, 4k; default
   *   1k), `output_count` (1-6 images, default 1) and `seed` are accepted.
   *
   * `enable_safety_checker` (default false) is accepted by every model. Poll the linked status
   * operation or pass `callback_url`.
   *
   * Request shapes:
   * - model=seedream-4.5-text-to-image
   * - model=seedream-5-lite-text-to-image
   * - model=seedream-v4-text-to-image
   *
   * `POST /api/v1/seedream/text_to_image`
   */
  create(params: T.TextToImageCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Seedream text-to-image task
   *
   * Returns the status of a Seedream text-to-image task; `images` is present once it has completed.
   *
   * `GET /api/v1/seedream/text_to_image/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.SeedreamTextToImageStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: images.
   */
  wait(id: string, options?: WaitOptions<T.SeedreamTextToImageStatus>): Promise<T.SeedreamTextToImageCompleted>;

  /**
   * Create a Seedream text-to-image task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.TextToImageCreateParams, options?: RunOptions<T.SeedreamTextToImageStatus>): Promise<T.SeedreamTextToImageCompleted>;

  /** Check a `create` body against every rule of seedream.text_to_image.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.TextToImageCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.SeedreamTextToImageStatus>;
}

/** Text to image. */
export class TextToImage extends TaskResource<T.SeedreamTextToImageStatus, T.SeedreamTextToImageCompleted> {
  protected static override readonly group = "seedream";
  protected static override readonly schemas = SCHEMAS["seedream"];
  protected static override readonly task = { create: OP_TEXT_TO_IMAGE_CREATE, status: OP_TEXT_TO_IMAGE_GET, completed: ["images"] };
}

/** Seedream image generation and editing. */
export class Seedream extends APIResource {
  protected static override readonly group = "seedream";
  protected static override readonly schemas = SCHEMAS["seedream"];
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
