// flux_2: resources of the client's `flux2` property.
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
import type * as T from '../types/flux_2.js';

const OP_REMIX_IMAGE_CREATE: OperationSpec = { id: "flux_2.remix_image.create", method: "POST", path: "/api/v1/flux_2/remix_image", auth: "api_key", body: "json", answer: ["id"] };
const OP_REMIX_IMAGE_GET: OperationSpec = { id: "flux_2.remix_image.get", method: "GET", path: "/api/v1/flux_2/remix_image/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_TEXT_TO_IMAGE_CREATE: OperationSpec = { id: "flux_2.text_to_image.create", method: "POST", path: "/api/v1/flux_2/text_to_image", auth: "api_key", body: "json", answer: ["id"] };
const OP_TEXT_TO_IMAGE_GET: OperationSpec = { id: "flux_2.text_to_image.get", method: "GET", path: "/api/v1/flux_2/text_to_image/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };

/** Remix image. */
export interface RemixImage {
  /**
   * Create a Flux 2 remix-image task
   *
   * Starts a Flux 2 prompt-guided remix of 1-8 source images with `flux-2-pro-remix-image` or
   * `flux-2-flex-remix-image` and answers `202` with its id. The prompt must be 3-5000 characters;
   * `aspect_ratio` (1:1, 4:3, 3:4, 16:9, 9:16, 3:2, 2:3 or auto), `output_resolution` (1k, 2k) and
   * the safety checker toggle are optional.
   *
   * Poll the linked status operation or pass `callback_url`.
   *
   * `POST /api/v1/flux_2/remix_image`
   */
  create(params: T.RemixImageCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Flux 2 remix-image task
   *
   * Returns the status of a Flux 2 remix-image task; `images` is present once it has completed and `error` once it has failed.
   *
   * `GET /api/v1/flux_2/remix_image/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.Flux2RemixImageStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: images.
   */
  wait(id: string, options?: WaitOptions<T.Flux2RemixImageStatus>): Promise<T.Flux2RemixImageCompleted>;

  /**
   * Create a Flux 2 remix-image task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.RemixImageCreateParams, options?: RunOptions<T.Flux2RemixImageStatus>): Promise<T.Flux2RemixImageCompleted>;

  /** Check a `create` body against every rule of flux_2.remix_image.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.RemixImageCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.Flux2RemixImageStatus>;
}

/** Remix image. */
export class RemixImage extends TaskResource<T.Flux2RemixImageStatus, T.Flux2RemixImageCompleted> {
  protected static override readonly group = "flux_2";
  protected static override readonly schemas = SCHEMAS["flux_2"];
  protected static override readonly task = { create: OP_REMIX_IMAGE_CREATE, status: OP_REMIX_IMAGE_GET, completed: ["images"] };
}

/** Text to image. */
export interface TextToImage {
  /**
   * Create a Flux 2 text-to-image task
   *
   * Starts a Flux 2 (Black Forest Labs) prompt-only generation task with `flux-2-pro-text-to-image`
   * or `flux-2-flex-text-to-image` and answers `202` with its id. The prompt must be 3-5000
   * characters; `aspect_ratio` (1:1, 4:3, 3:4, 16:9, 9:16, 3:2, 2:3), `output_resolution` (1k, 2k)
   * and the safety checker toggle are optional. Use `remix_image` when source images should guide
   * the result.
   *
   * Poll the linked status operation or pass `callback_url`.
   *
   * `POST /api/v1/flux_2/text_to_image`
   */
  create(params: T.TextToImageCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Flux 2 text-to-image task
   *
   * Returns the status of a Flux 2 text-to-image task; `images` is present once it has completed and `error` once it has failed.
   *
   * `GET /api/v1/flux_2/text_to_image/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.Flux2TextToImageStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: images.
   */
  wait(id: string, options?: WaitOptions<T.Flux2TextToImageStatus>): Promise<T.Flux2TextToImageCompleted>;

  /**
   * Create a Flux 2 text-to-image task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.TextToImageCreateParams, options?: RunOptions<T.Flux2TextToImageStatus>): Promise<T.Flux2TextToImageCompleted>;

  /** Check a `create` body against every rule of flux_2.text_to_image.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.TextToImageCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.Flux2TextToImageStatus>;
}

/** Text to image. */
export class TextToImage extends TaskResource<T.Flux2TextToImageStatus, T.Flux2TextToImageCompleted> {
  protected static override readonly group = "flux_2";
  protected static override readonly schemas = SCHEMAS["flux_2"];
  protected static override readonly task = { create: OP_TEXT_TO_IMAGE_CREATE, status: OP_TEXT_TO_IMAGE_GET, completed: ["images"] };
}

/** Flux 2 text-to-image and image remix. */
export class Flux2 extends APIResource {
  protected static override readonly group = "flux_2";
  protected static override readonly schemas = SCHEMAS["flux_2"];
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
