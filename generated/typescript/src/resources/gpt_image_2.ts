// gpt_image_2: resources of the client's `gptImage2` property.
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
import type * as T from '../types/gpt_image_2.js';

const OP_EDIT_IMAGE_CREATE: OperationSpec = { id: "gpt_image_2.edit_image.create", method: "POST", path: "/api/v1/gpt_image_2/edit_image", auth: "api_key", body: "json", answer: ["id"] };
const OP_EDIT_IMAGE_GET: OperationSpec = { id: "gpt_image_2.edit_image.get", method: "GET", path: "/api/v1/gpt_image_2/edit_image/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_TEXT_TO_IMAGE_CREATE: OperationSpec = { id: "gpt_image_2.text_to_image.create", method: "POST", path: "/api/v1/gpt_image_2/text_to_image", auth: "api_key", body: "json", answer: ["id"] };
const OP_TEXT_TO_IMAGE_GET: OperationSpec = { id: "gpt_image_2.text_to_image.get", method: "GET", path: "/api/v1/gpt_image_2/text_to_image/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };

/** Edit image. */
export interface EditImage {
  /**
   * Create a GPT Image 2 editing task
   *
   * Starts a GPT Image 2 (`gpt-image-2`) image-editing task from up to 16 `source_image_urls` and answers `202` with its id. Resolution rules: a 1:1 image cannot be 4k, and when `aspect_ratio` is `auto` or omitted only `1k` is available. Poll the linked status operation or pass `callback_url`.
   *
   * Rules checked before sending:
   * - A 1:1 image cannot be 4k
   * - auto/unset aspect_ratio only supports 1k output_resolution.
   *
   * `POST /api/v1/gpt_image_2/edit_image`
   */
  create(params: T.EditImageCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a GPT Image 2 editing task
   *
   * Returns the status of a GPT Image 2 editing task; `images` is present once it has completed.
   *
   * `GET /api/v1/gpt_image_2/edit_image/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.GptImage2EditImageStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: images.
   */
  wait(id: string, options?: WaitOptions<T.GptImage2EditImageStatus>): Promise<T.GptImage2EditImageCompleted>;

  /**
   * Create a GPT Image 2 editing task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.EditImageCreateParams, options?: RunOptions<T.GptImage2EditImageStatus>): Promise<T.GptImage2EditImageCompleted>;

  /** Check a `create` body against every rule of gpt_image_2.edit_image.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.EditImageCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.GptImage2EditImageStatus>;
}

/** Edit image. */
export class EditImage extends TaskResource<T.GptImage2EditImageStatus, T.GptImage2EditImageCompleted> {
  protected static override readonly group = "gpt_image_2";
  protected static override readonly schemas = SCHEMAS["gpt_image_2"];
  protected static override readonly task = { create: OP_EDIT_IMAGE_CREATE, status: OP_EDIT_IMAGE_GET, completed: ["images"] };
}

/** Text to image. */
export interface TextToImage {
  /**
   * Create a GPT Image 2 text-to-image task
   *
   * Starts a GPT Image 2 (`gpt-image-2`) text-to-image task and answers `202` with its id. The prompt may hold up to 20,000 characters; `aspect_ratio` (auto, 1:1, 9:16, 16:9, 4:3, 3:4) and `output_resolution` (1k, 2k, 4k) are optional. Resolution rules: a 1:1 image cannot be 4k, and when `aspect_ratio` is `auto` or omitted only `1k` is available. Poll the linked status operation or pass `callback_url`.
   *
   * Rules checked before sending:
   * - A 1:1 image cannot be 4k
   * - auto/unset aspect_ratio only supports 1k output_resolution.
   *
   * `POST /api/v1/gpt_image_2/text_to_image`
   */
  create(params: T.TextToImageCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a GPT Image 2 text-to-image task
   *
   * Returns the status of a GPT Image 2 text-to-image task; `images` is present once it has completed.
   *
   * `GET /api/v1/gpt_image_2/text_to_image/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.GptImage2TextToImageStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: images.
   */
  wait(id: string, options?: WaitOptions<T.GptImage2TextToImageStatus>): Promise<T.GptImage2TextToImageCompleted>;

  /**
   * Create a GPT Image 2 text-to-image task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.TextToImageCreateParams, options?: RunOptions<T.GptImage2TextToImageStatus>): Promise<T.GptImage2TextToImageCompleted>;

  /** Check a `create` body against every rule of gpt_image_2.text_to_image.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.TextToImageCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.GptImage2TextToImageStatus>;
}

/** Text to image. */
export class TextToImage extends TaskResource<T.GptImage2TextToImageStatus, T.GptImage2TextToImageCompleted> {
  protected static override readonly group = "gpt_image_2";
  protected static override readonly schemas = SCHEMAS["gpt_image_2"];
  protected static override readonly task = { create: OP_TEXT_TO_IMAGE_CREATE, status: OP_TEXT_TO_IMAGE_GET, completed: ["images"] };
}

/** GPT Image 2 generation and editing. */
export class GptImage2 extends APIResource {
  protected static override readonly group = "gpt_image_2";
  protected static override readonly schemas = SCHEMAS["gpt_image_2"];
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
