// gpt_4o_image: resources of the client's `gpt4oImage` property.
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
import type * as T from '../types/gpt_4o_image.js';

const OP_TEXT_TO_IMAGE_CREATE: OperationSpec = { id: "gpt_4o_image.text_to_image.create", method: "POST", path: "/api/v1/gpt_4o_image/text_to_image", auth: "api_key", body: "json", answer: ["id"] };
const OP_TEXT_TO_IMAGE_GET: OperationSpec = { id: "gpt_4o_image.text_to_image.get", method: "GET", path: "/api/v1/gpt_4o_image/text_to_image/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };

/** Text to image. */
export interface TextToImage {
  /**
   * Create a GPT-4o Image task
   *
   * Starts a GPT-4o Image (`gpt-4o-image`) task and answers `202` with its id. One endpoint covers prompt-only generation, image-guided generation from up to 5 `source_image_urls`, selective changes with a `mask_url`, and variants (`output_count` 1, 2 or 4). `prompt` is required when `source_image_urls` is blank; `aspect_ratio` (1:1, 3:2, 2:3) is always required. Poll the linked status operation or pass `callback_url`.
   *
   * Rules checked before sending:
   * - prompt is required when source_image_urls is blank
   *
   * `POST /api/v1/gpt_4o_image/text_to_image`
   */
  create(params: T.TextToImageCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a GPT-4o Image task
   *
   * Returns the status of a GPT-4o Image task, its `progress` while processing, and `images` once it has completed.
   *
   * `GET /api/v1/gpt_4o_image/text_to_image/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.Gpt4oImageTextToImageStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: images.
   */
  wait(id: string, options?: WaitOptions<T.Gpt4oImageTextToImageStatus>): Promise<T.Gpt4oImageTextToImageCompleted>;

  /**
   * Create a GPT-4o Image task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.TextToImageCreateParams, options?: RunOptions<T.Gpt4oImageTextToImageStatus>): Promise<T.Gpt4oImageTextToImageCompleted>;

  /** Check a `create` body against every rule of gpt_4o_image.text_to_image.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.TextToImageCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.Gpt4oImageTextToImageStatus>;
}

/** Text to image. */
export class TextToImage extends TaskResource<T.Gpt4oImageTextToImageStatus, T.Gpt4oImageTextToImageCompleted> {
  protected static override readonly group = "gpt_4o_image";
  protected static override readonly schemas = SCHEMAS["gpt_4o_image"];
  protected static override readonly task = { create: OP_TEXT_TO_IMAGE_CREATE, status: OP_TEXT_TO_IMAGE_GET, completed: ["images"] };
}

/** GPT-4o image generation. */
export class Gpt4oImage extends APIResource {
  protected static override readonly group = "gpt_4o_image";
  protected static override readonly schemas = SCHEMAS["gpt_4o_image"];
  #children: Record<string, unknown> = {};

  get textToImage(): TextToImage {
    return (this.#children.textToImage ??= new TextToImage(this._client)) as TextToImage;
  }

  /** The same resource as `textToImage`, by the plural name the API reference uses. */
  get textToImages(): TextToImage {
    return this.textToImage;
  }
}
