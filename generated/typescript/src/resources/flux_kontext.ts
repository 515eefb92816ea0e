// flux_kontext: resources of the client's `fluxKontext` property.
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
import type * as T from '../types/flux_kontext.js';

const OP_TEXT_TO_IMAGE_CREATE: OperationSpec = { id: "flux_kontext.text_to_image.create", method: "POST", path: "/api/v1/flux_kontext/text_to_image", auth: "api_key", body: "json", answer: ["id"] };
const OP_TEXT_TO_IMAGE_GET: OperationSpec = { id: "flux_kontext.text_to_image.get", method: "GET", path: "/api/v1/flux_kontext/text_to_image/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };

/** Text to image. */
export interface TextToImage {
  /**
   * Create a Flux Kontext generation or edit task
   *
   * Starts a Flux Kontext (Black Forest Labs) task and answers `202` with its id. One endpoint serves
   * both modes of `flux-kontext-pro` (standard quality) and `flux-kontext-max` (enhanced quality):
   *
   * - generation: prompt only; `safety_tolerance` 0-6;
   * - editing: `source_image_url` is given and the prompt describes the edit; `safety_tolerance` 0-2.
   *
   * Optional: `aspect_ratio` (21:9, 16:9, 4:3, 1:1, 3:4, 9:16; default 1:1), `output_format`
   * (jpeg or png; default jpeg), prompt translation and expansion toggles, and a `watermark` id.
   * Poll the linked status operation or pass `callback_url`.
   *
   * Rules checked before sending:
   * - safety_tolerance is 0-6 for generation and at most 2 for editing (when source_image_url is given)
   *
   * `POST /api/v1/flux_kontext/text_to_image`
   */
  create(params: T.TextToImageCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Flux Kontext task
   *
   * Returns the status of a Flux Kontext task. When completed, `images` holds each image's CDN `url` and its original high-resolution `origin_url` (valid for 10 minutes); when failed, `error` says why.
   *
   * `GET /api/v1/flux_kontext/text_to_image/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.FluxKontextTextToImageStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: images.
   */
  wait(id: string, options?: WaitOptions<T.FluxKontextTextToImageStatus>): Promise<T.FluxKontextTextToImageCompleted>;

  /**
   * Create a Flux Kontext generation or edit task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.TextToImageCreateParams, options?: RunOptions<T.FluxKontextTextToImageStatus>): Promise<T.FluxKontextTextToImageCompleted>;

  /** Check a `create` body against every rule of flux_kontext.text_to_image.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.TextToImageCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.FluxKontextTextToImageStatus>;
}

/** Text to image. */
export class TextToImage extends TaskResource<T.FluxKontextTextToImageStatus, T.FluxKontextTextToImageCompleted> {
  protected static override readonly group = "flux_kontext";
  protected static override readonly schemas = SCHEMAS["flux_kontext"];
  protected static override readonly task = { create: OP_TEXT_TO_IMAGE_CREATE, status: OP_TEXT_TO_IMAGE_GET, completed: ["images"] };
}

/** Flux Kontext text-to-image and editing. */
export class FluxKontext extends APIResource {
  protected static override readonly group = "flux_kontext";
  protected static override readonly schemas = SCHEMAS["flux_kontext"];
  #children: Record<string, unknown> = {};

  get textToImage(): TextToImage {
    return (this.#children.textToImage ??= new TextToImage(this._client)) as TextToImage;
  }

  /** The same resource as `textToImage`, by the plural name the API reference uses. */
  get textToImages(): TextToImage {
    return this.textToImage;
  }
}
