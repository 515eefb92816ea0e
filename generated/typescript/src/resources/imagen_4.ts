// imagen_4: resources of the client's `imagen4` property.
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
import type * as T from '../types/imagen_4.js';

const OP_REMIX_IMAGE_CREATE: OperationSpec = { id: "imagen_4.remix_image.create", method: "POST", path: "/api/v1/imagen_4/remix_image", auth: "api_key", body: "json", answer: ["id"] };
const OP_REMIX_IMAGE_GET: OperationSpec = { id: "imagen_4.remix_image.get", method: "GET", path: "/api/v1/imagen_4/remix_image/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_TEXT_TO_IMAGE_CREATE: OperationSpec = { id: "imagen_4.text_to_image.create", method: "POST", path: "/api/v1/imagen_4/text_to_image", auth: "api_key", body: "json", answer: ["id"] };
const OP_TEXT_TO_IMAGE_GET: OperationSpec = { id: "imagen_4.text_to_image.get", method: "GET", path: "/api/v1/imagen_4/text_to_image/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };

/** Remix image. */
export interface RemixImage {
  /**
   * Create an Imagen 4 pro remix-image task
   *
   * Starts a prompt-guided remix of up to 8 source images with `imagen-4-pro-remix-image` and
   * answers `202` with its id. The prompt may be up to 10000 characters; `aspect_ratio` (11 values
   * including auto), `output_resolution` (1k, 2k, 4k) and `output_format` (png, jpg) are optional.
   *
   * Poll the linked status operation or pass `callback_url`.
   *
   * `POST /api/v1/imagen_4/remix_image`
   */
  create(params: T.RemixImageCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get an Imagen 4 remix-image task
   *
   * Returns the status of an Imagen 4 remix-image task; `images` is present once it has completed.
   *
   * `GET /api/v1/imagen_4/remix_image/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.Imagen4RemixImageStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: images.
   */
  wait(id: string, options?: WaitOptions<T.Imagen4RemixImageStatus>): Promise<T.Imagen4RemixImageCompleted>;

  /**
   * Create an Imagen 4 pro remix-image task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.RemixImageCreateParams, options?: RunOptions<T.Imagen4RemixImageStatus>): Promise<T.Imagen4RemixImageCompleted>;

  /** Check a `create` body against every rule of imagen_4.remix_image.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.RemixImageCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.Imagen4RemixImageStatus>;
}

/** Remix image. */
export class RemixImage extends TaskResource<T.Imagen4RemixImageStatus, T.Imagen4RemixImageCompleted> {
  protected static override readonly group = "imagen_4";
  protected static override readonly schemas = SCHEMAS["imagen_4"];
  protected static override readonly task = { create: OP_REMIX_IMAGE_CREATE, status: OP_REMIX_IMAGE_GET, completed: ["images"] };
}

/** Text to image. */
export interface TextToImage {
  /**
   * Create an Imagen 4 text-to-image task
   *
   * Starts a Google Imagen 4 text-to-image task and answers `202` with its id. Models: `imagen-4`,
   * `imagen-4-fast` and `imagen-4-ultra`. The prompt may be up to 5000 characters; `negative_prompt`,
   * `aspect_ratio` (1:1, 16:9, 9:16, 3:4, 4:3) and `seed` apply to every model, while `output_count`
   * (1-4 images) is accepted by `imagen-4-fast` only.
   *
   * Poll the linked status operation or pass `callback_url`.
   *
   * Request shapes:
   * - model=imagen-4
   * - model=imagen-4-fast
   * - model=imagen-4-ultra
   *
   * `POST /api/v1/imagen_4/text_to_image`
   */
  create(params: T.TextToImageCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get an Imagen 4 text-to-image task
   *
   * Returns the status of an Imagen 4 text-to-image task; `images` is present once it has completed.
   *
   * `GET /api/v1/imagen_4/text_to_image/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.Imagen4TextToImageStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: images.
   */
  wait(id: string, options?: WaitOptions<T.Imagen4TextToImageStatus>): Promise<T.Imagen4TextToImageCompleted>;

  /**
   * Create an Imagen 4 text-to-image task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.TextToImageCreateParams, options?: RunOptions<T.Imagen4TextToImageStatus>): Promise<T.Imagen4TextToImageCompleted>;

  /** Check a `create` body against every rule of imagen_4.text_to_image.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.TextToImageCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.Imagen4TextToImageStatus>;
}

/** Text to image. */
export class TextToImage extends TaskResource<T.Imagen4TextToImageStatus, T.Imagen4TextToImageCompleted> {
  protected static override readonly group = "imagen_4";
  protected static override readonly schemas = SCHEMAS["imagen_4"];
  protected static override readonly task = { create: OP_TEXT_TO_IMAGE_CREATE, status: OP_TEXT_TO_IMAGE_GET, completed: ["images"] };
}

/** Google Imagen 4 image generation and remix. */
export class Imagen4 extends APIResource {
  protected static override readonly group = "imagen_4";
  protected static override readonly schemas = SCHEMAS["imagen_4"];
  #children: Record<string, unknown> = {};

  get remixImage(): RemixImage {
    return (this.#children.remixImage ??= new RemixImage(this._client)) as RemixImage;
  }

  /** The same resource as `remixImage`, by the plural name the API reference uses. */
  get remixImages(): RemixImage {
    return this.remixImage;
  }

  get textToImage(): TextToImage {
    return (this.#children.textToImage ??= new TextToImage(this._client)) as TextToImage;
  }

  /** The same resource as `textToImage`, by the plural name the API reference uses. */
  get textToImages(): TextToImage {
    return this.textToImage;
  }
}
