// z_image: resources of the client's `zImage` property.
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
import type * as T from '../types/z_image.js';

const OP_TEXT_TO_IMAGE_CREATE: OperationSpec = { id: "z_image.text_to_image.create", method: "POST", path: "/api/v1/z_image/text_to_image", auth: "api_key", body: "json", answer: ["id"] };
const OP_TEXT_TO_IMAGE_GET: OperationSpec = { id: "z_image.text_to_image.get", method: "GET", path: "/api/v1/z_image/text_to_image/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };

/** Text to image. */
export interface TextToImage {
  /**
   * Create a Z-Image text-to-image task
   *
   * Starts a Z-Image text-to-image task (`z-image`) and answers `202` with its id. The prompt is 1
   * to 1000 characters and `aspect_ratio` is required (1:1, 4:3, 3:4, 16:9 or 9:16); the safety
   * checker toggle is optional.
   *
   * Poll the linked status operation or pass `callback_url`.
   *
   * `POST /api/v1/z_image/text_to_image`
   */
  create(params: T.TextToImageCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Z-Image text-to-image task
   *
   * Returns the status of a Z-Image task; completed tasks include the generated image URLs in `images`.
   *
   * `GET /api/v1/z_image/text_to_image/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.ZImageTextToImageStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: images.
   */
  wait(id: string, options?: WaitOptions<T.ZImageTextToImageStatus>): Promise<T.ZImageTextToImageCompleted>;

  /**
   * Create a Z-Image text-to-image task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.TextToImageCreateParams, options?: RunOptions<T.ZImageTextToImageStatus>): Promise<T.ZImageTextToImageCompleted>;

  /** Check a `create` body against every rule of z_image.text_to_image.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.TextToImageCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.ZImageTextToImageStatus>;
}

/** Text to image. */
export class TextToImage extends TaskResource<T.ZImageTextToImageStatus, T.ZImageTextToImageCompleted> {
  protected static override readonly group = "z_image";
  protected static override readonly schemas = SCHEMAS["z_image"];
  protected static override readonly task = { create: OP_TEXT_TO_IMAGE_CREATE, status: OP_TEXT_TO_IMAGE_GET, completed: ["images"] };
}

/** Z-Image text-to-image. */
export class ZImage extends APIResource {
  protected static override readonly group = "z_image";
  protected static override readonly schemas = SCHEMAS["z_image"];
  #children: Record<string, unknown> = {};

  get textToImage(): TextToImage {
    return (this.#children.textToImage ??= new TextToImage(this._client)) as TextToImage;
  }

  /** The same resource as `textToImage`, by the plural name the API reference uses. */
  get textToImages(): TextToImage {
    return this.textToImage;
  }
}
