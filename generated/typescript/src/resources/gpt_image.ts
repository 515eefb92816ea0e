// gpt_image: resources of the client's `gptImage` property.
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
import type * as T from '../types/gpt_image.js';

const OP_EDIT_IMAGE_CREATE: OperationSpec = { id: "gpt_image.edit_image.create", method: "POST", path: "/api/v1/gpt_image/edit_image", auth: "api_key", body: "json", answer: ["id"] };
const OP_EDIT_IMAGE_GET: OperationSpec = { id: "gpt_image.edit_image.get", method: "GET", path: "/api/v1/gpt_image/edit_image/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_TEXT_TO_IMAGE_CREATE: OperationSpec = { id: "gpt_image.text_to_image.create", method: "POST", path: "/api/v1/gpt_image/text_to_image", auth: "api_key", body: "json", answer: ["id"] };
const OP_TEXT_TO_IMAGE_GET: OperationSpec = { id: "gpt_image.text_to_image.get", method: "GET", path: "/api/v1/gpt_image/text_to_image/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };

/** Edit image. */
export interface EditImage {
  /**
   * Create a GPT Image editing task
   *
   * Starts a GPT Image (`gpt-image-1.5`) image-editing task from up to 16 `source_image_urls` and answers `202` with its id. `aspect_ratio` (1:1, 2:3 or 3:2) and `quality` (medium or high) are required. Poll the linked status operation or pass `callback_url`.
   *
   * `POST /api/v1/gpt_image/edit_image`
   */
  create(params: T.EditImageCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a GPT Image editing task
   *
   * Returns the status of a GPT Image editing task; `images` is present once it has completed and `error` once it has failed.
   *
   * `GET /api/v1/gpt_image/edit_image/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.GptImageEditImageStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: images.
   */
  wait(id: string, options?: WaitOptions<T.GptImageEditImageStatus>): Promise<T.GptImageEditImageCompleted>;

  /**
   * Create a GPT Image editing task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.EditImageCreateParams, options?: RunOptions<T.GptImageEditImageStatus>): Promise<T.GptImageEditImageCompleted>;

  /** Check a `create` body against every rule of gpt_image.edit_image.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.EditImageCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.GptImageEditImageStatus>;
}

/** Edit image. */
export class EditImage extends TaskResource<T.GptImageEditImageStatus, T.GptImageEditImageCompleted> {
  protected static override readonly group = "gpt_image";
  protected static override readonly schemas = SCHEMAS["gpt_image"];
  protected static override readonly task = { create: OP_EDIT_IMAGE_CREATE, status: OP_EDIT_IMAGE_GET, completed: ["images"] };
}

/** Text to image. */
export interface TextToImage {
  /**
   * Create a GPT Image text-to-image task
   *
   * Starts a GPT Image (`gpt-image-1.5`) text-to-image task and answers `202` with its id. `aspect_ratio` (1:1, 2:3 or 3:2) and `quality` (medium or high) are required. Poll the linked status operation or pass `callback_url`.
   *
   * `POST /api/v1/gpt_image/text_to_image`
   */
  create(params: T.TextToImageCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a GPT Image text-to-image task
   *
   * Returns the status of a GPT Image text-to-image task; `images` is present once it has completed and `error` once it has failed.
   *
   * `GET /api/v1/gpt_image/text_to_image/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.GptImageTextToImageStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: images.
   */
  wait(id: string, options?: WaitOptions<T.GptImageTextToImageStatus>): Promise<T.GptImageTextToImageCompleted>;

  /**
   * Create a GPT Image text-to-image task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.TextToImageCreateParams, options?: RunOptions<T.GptImageTextToImageStatus>): Promise<T.GptImageTextToImageCompleted>;

  /** Check a `create` body against every rule of gpt_image.text_to_image.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.TextToImageCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.GptImageTextToImageStatus>;
}

/** Text to image. */
export class TextToImage extends TaskResource<T.GptImageTextToImageStatus, T.GptImageTextToImageCompleted> {
  protected static override readonly group = "gpt_image";
  protected static override readonly schemas = SCHEMAS["gpt_image"];
  protected static override readonly task = { create: OP_TEXT_TO_IMAGE_CREATE, status: OP_TEXT_TO_IMAGE_GET, completed: ["images"] };
}

/** GPT Image generation and editing. */
export class GptImage extends APIResource {
  protected static override readonly group = "gpt_image";
  protected static override readonly schemas = SCHEMAS["gpt_image"];
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
