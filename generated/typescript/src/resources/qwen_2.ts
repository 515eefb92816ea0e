// qwen_2: resources of the client's `qwen2` property.
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
import type * as T from '../types/qwen_2.js';

const OP_EDIT_IMAGE_CREATE: OperationSpec = { id: "qwen_2.edit_image.create", method: "POST", path: "/api/v1/qwen_2/edit_image", auth: "api_key", body: "json", answer: ["id"] };
const OP_EDIT_IMAGE_GET: OperationSpec = { id: "qwen_2.edit_image.get", method: "GET", path: "/api/v1/qwen_2/edit_image/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_REMIX_IMAGE_CREATE: OperationSpec = { id: "qwen_2.remix_image.create", method: "POST", path: "/api/v1/qwen_2/remix_image", auth: "api_key", body: "json", answer: ["id"] };
const OP_REMIX_IMAGE_GET: OperationSpec = { id: "qwen_2.remix_image.get", method: "GET", path: "/api/v1/qwen_2/remix_image/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_TEXT_TO_IMAGE_CREATE: OperationSpec = { id: "qwen_2.text_to_image.create", method: "POST", path: "/api/v1/qwen_2/text_to_image", auth: "api_key", body: "json", answer: ["id"] };
const OP_TEXT_TO_IMAGE_GET: OperationSpec = { id: "qwen_2.text_to_image.get", method: "GET", path: "/api/v1/qwen_2/text_to_image/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };

/** Edit image. */
export interface EditImage {
  /**
   * Create a Qwen 2 edit-image task
   *
   * Starts a prompt-guided edit of one source image with `qwen-2-edit-image` and answers `202` with
   * its id. The edit instruction may be up to 800 characters and the source image is JPEG, PNG or
   * WebP up to 10 MB; `aspect_ratio` (1:1, 2:3, 3:2, 3:4, 4:3, 9:16, 16:9, 21:9), `output_format`
   * (jpeg or png; default png), `seed` and the safety checker toggle are optional.
   *
   * Poll the linked status operation or pass `callback_url`.
   *
   * `POST /api/v1/qwen_2/edit_image`
   */
  create(params: T.EditImageCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Qwen 2 edit-image task
   *
   * Returns the status of a Qwen 2 edit-image task; `images` is present once it has completed. Polling and webhook payloads share this shape.
   *
   * `GET /api/v1/qwen_2/edit_image/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.Qwen2EditImageStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: images.
   */
  wait(id: string, options?: WaitOptions<T.Qwen2EditImageStatus>): Promise<T.Qwen2EditImageCompleted>;

  /**
   * Create a Qwen 2 edit-image task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.EditImageCreateParams, options?: RunOptions<T.Qwen2EditImageStatus>): Promise<T.Qwen2EditImageCompleted>;

  /** Check a `create` body against every rule of qwen_2.edit_image.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.EditImageCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.Qwen2EditImageStatus>;
}

/** Edit image. */
export class EditImage extends TaskResource<T.Qwen2EditImageStatus, T.Qwen2EditImageCompleted> {
  protected static override readonly group = "qwen_2";
  protected static override readonly schemas = SCHEMAS["qwen_2"];
  protected static override readonly task = { create: OP_EDIT_IMAGE_CREATE, status: OP_EDIT_IMAGE_GET, completed: ["images"] };
}

/** Remix image. */
export interface RemixImage {
  /**
   * Create a Qwen 2 remix-image task
   *
   * Starts a prompt-guided remix of one source image with `qwen-2-remix-image` and answers `202`
   * with its id. The prompt may be up to 5000 characters and the source image is JPEG, PNG or WebP
   * up to 10 MB. Tuning: `strength` 0-1 (default 0.8), `num_inference_steps` 2-250 (default 30),
   * `guidance_scale` 0-20 (default 2.5), `acceleration` (none, regular, high; default none),
   * `negative_prompt` up to 500 characters, `seed`, `output_format` (png or jpeg; default png).
   *
   * Poll the linked status operation or pass `callback_url`.
   *
   * `POST /api/v1/qwen_2/remix_image`
   */
  create(params: T.RemixImageCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Qwen 2 remix-image task
   *
   * Returns the status of a Qwen 2 remix-image task; `images` is present once it has completed. Polling and webhook payloads share this shape.
   *
   * `GET /api/v1/qwen_2/remix_image/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.Qwen2RemixImageStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: images.
   */
  wait(id: string, options?: WaitOptions<T.Qwen2RemixImageStatus>): Promise<T.Qwen2RemixImageCompleted>;

  /**
   * Create a Qwen 2 remix-image task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.RemixImageCreateParams, options?: RunOptions<T.Qwen2RemixImageStatus>): Promise<T.Qwen2RemixImageCompleted>;

  /** Check a `create` body against every rule of qwen_2.remix_image.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.RemixImageCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.Qwen2RemixImageStatus>;
}

/** Remix image. */
export class RemixImage extends TaskResource<T.Qwen2RemixImageStatus, T.Qwen2RemixImageCompleted> {
  protected static override readonly group = "qwen_2";
  protected static override readonly schemas = SCHEMAS["qwen_2"];
  protected static override readonly task = { create: OP_REMIX_IMAGE_CREATE, status: OP_REMIX_IMAGE_GET, completed: ["images"] };
}

/** Text to image. */
export interface TextToImage {
  /**
   * Create a Qwen 2 text-to-image task
   *
   * Starts a Qwen 2 text-to-image task (`qwen-2-text-to-image`) and answers `202` with its id. The
   * prompt may be up to 800 characters; `aspect_ratio` (1:1, 3:4, 4:3, 9:16, 16:9; default 16:9),
   * `seed`, `output_format` (png or jpeg; default png) and the safety checker toggle are optional.
   *
   * Poll the linked status operation or pass `callback_url`.
   *
   * `POST /api/v1/qwen_2/text_to_image`
   */
  create(params: T.TextToImageCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Qwen 2 text-to-image task
   *
   * Returns the status of a Qwen 2 text-to-image task; `images` is present once it has completed. Polling and webhook payloads share this shape.
   *
   * `GET /api/v1/qwen_2/text_to_image/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.Qwen2TextToImageStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: images.
   */
  wait(id: string, options?: WaitOptions<T.Qwen2TextToImageStatus>): Promise<T.Qwen2TextToImageCompleted>;

  /**
   * Create a Qwen 2 text-to-image task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.TextToImageCreateParams, options?: RunOptions<T.Qwen2TextToImageStatus>): Promise<T.Qwen2TextToImageCompleted>;

  /** Check a `create` body against every rule of qwen_2.text_to_image.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.TextToImageCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.Qwen2TextToImageStatus>;
}

/** Text to image. */
export class TextToImage extends TaskResource<T.Qwen2TextToImageStatus, T.Qwen2TextToImageCompleted> {
  protected static override readonly group = "qwen_2";
  protected static override readonly schemas = SCHEMAS["qwen_2"];
  protected static override readonly task = { create: OP_TEXT_TO_IMAGE_CREATE, status: OP_TEXT_TO_IMAGE_GET, completed: ["images"] };
}

/** Qwen 2 image generation, remix and editing. */
export class Qwen2 extends APIResource {
  protected static override readonly group = "qwen_2";
  protected static override readonly schemas = SCHEMAS["qwen_2"];
  #children: Record<string, unknown> = {};

  get editImage(): EditImage {
    return (this.#children.editImage ??= new EditImage(this._client)) as EditImage;
  }

  /** The same resource as `editImage`, by the plural name the API reference uses. */
  get editImages(): EditImage {
    return this.editImage;
  }

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
