// ideogram_v3: resources of the client's `ideogramV3` property.
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
import type * as T from '../types/ideogram_v3.js';

const OP_EDIT_IMAGE_CREATE: OperationSpec = { id: "ideogram_v3.edit_image.create", method: "POST", path: "/api/v1/ideogram_v3/edit_image", auth: "api_key", body: "json", answer: ["id"] };
const OP_EDIT_IMAGE_GET: OperationSpec = { id: "ideogram_v3.edit_image.get", method: "GET", path: "/api/v1/ideogram_v3/edit_image/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_REFRAME_IMAGE_CREATE: OperationSpec = { id: "ideogram_v3.reframe_image.create", method: "POST", path: "/api/v1/ideogram_v3/reframe_image", auth: "api_key", body: "json", answer: ["id"] };
const OP_REFRAME_IMAGE_GET: OperationSpec = { id: "ideogram_v3.reframe_image.get", method: "GET", path: "/api/v1/ideogram_v3/reframe_image/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_REMIX_IMAGE_CREATE: OperationSpec = { id: "ideogram_v3.remix_image.create", method: "POST", path: "/api/v1/ideogram_v3/remix_image", auth: "api_key", body: "json", answer: ["id"] };
const OP_REMIX_IMAGE_GET: OperationSpec = { id: "ideogram_v3.remix_image.get", method: "GET", path: "/api/v1/ideogram_v3/remix_image/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_TEXT_TO_IMAGE_CREATE: OperationSpec = { id: "ideogram_v3.text_to_image.create", method: "POST", path: "/api/v1/ideogram_v3/text_to_image", auth: "api_key", body: "json", answer: ["id"] };
const OP_TEXT_TO_IMAGE_GET: OperationSpec = { id: "ideogram_v3.text_to_image.get", method: "GET", path: "/api/v1/ideogram_v3/text_to_image/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };

/** Edit image. */
export interface EditImage {
  /**
   * Create an Ideogram V3 inpainting task
   *
   * Starts an Ideogram V3 inpainting task and answers `202` with its id. The prompt (up to 5000
   * characters) is the fill text for the masked area; `source_image_url` (JPEG, PNG or WebP, at most
   * 10 MB) and `mask_url` (same dimensions as the source) are required. Two models share the endpoint:
   *
   * - `ideogram-v3-edit`: plain inpainting; no `style`.
   * - `ideogram-v3-character-edit`: character-guided inpainting; `reference_image_urls` is required
   *   (only the first image is used) and `style` (auto, realistic, fiction) is accepted.
   *
   * Both accept `rendering_speed` (turbo, balanced, quality; default balanced), MagicPrompt expansion,
   * `output_count` (1-4) and `seed`. Poll the linked status operation or pass `callback_url`.
   *
   * Request shapes:
   * - model=ideogram-v3-edit
   * - model=ideogram-v3-character-edit
   *
   * `POST /api/v1/ideogram_v3/edit_image`
   */
  create(params: T.EditImageCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get an Ideogram V3 inpainting task
   *
   * Returns the status of an Ideogram V3 edit task. The response shape matches the text-to-image status endpoint.
   *
   * `GET /api/v1/ideogram_v3/edit_image/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.IdeogramV3EditImageStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: images.
   */
  wait(id: string, options?: WaitOptions<T.IdeogramV3EditImageStatus>): Promise<T.IdeogramV3EditImageCompleted>;

  /**
   * Create an Ideogram V3 inpainting task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.EditImageCreateParams, options?: RunOptions<T.IdeogramV3EditImageStatus>): Promise<T.IdeogramV3EditImageCompleted>;

  /** Check a `create` body against every rule of ideogram_v3.edit_image.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.EditImageCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.IdeogramV3EditImageStatus>;
}

/** Edit image. */
export class EditImage extends TaskResource<T.IdeogramV3EditImageStatus, T.IdeogramV3EditImageCompleted> {
  protected static override readonly group = "ideogram_v3";
  protected static override readonly schemas = SCHEMAS["ideogram_v3"];
  protected static override readonly task = { create: OP_EDIT_IMAGE_CREATE, status: OP_EDIT_IMAGE_GET, completed: ["images"] };
}

/** Reframe image. */
export interface ReframeImage {
  /**
   * Create an Ideogram V3 reframe task
   *
   * Starts an Ideogram V3 reframe (`ideogram-v3-reframe`) of one source image (JPEG, PNG or WebP, at
   * most 10 MB) to the required `aspect_ratio` (1:1, 3:4, 9:16, 4:3, 16:9) and answers `202` with its
   * id. No prompt is taken; `rendering_speed` (turbo, balanced, quality; default balanced), `style`
   * (auto, general, realistic, design), `output_count` (1-4) and `seed` are optional.
   *
   * Poll the linked status operation or pass `callback_url`.
   *
   * `POST /api/v1/ideogram_v3/reframe_image`
   */
  create(params: T.ReframeImageCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get an Ideogram V3 reframe task
   *
   * Returns the status of an Ideogram V3 reframe task. The response shape matches the text-to-image status endpoint.
   *
   * `GET /api/v1/ideogram_v3/reframe_image/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.IdeogramV3ReframeImageStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: images.
   */
  wait(id: string, options?: WaitOptions<T.IdeogramV3ReframeImageStatus>): Promise<T.IdeogramV3ReframeImageCompleted>;

  /**
   * Create an Ideogram V3 reframe task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.ReframeImageCreateParams, options?: RunOptions<T.IdeogramV3ReframeImageStatus>): Promise<T.IdeogramV3ReframeImageCompleted>;

  /** Check a `create` body against every rule of ideogram_v3.reframe_image.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.ReframeImageCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.IdeogramV3ReframeImageStatus>;
}

/** Reframe image. */
export class ReframeImage extends TaskResource<T.IdeogramV3ReframeImageStatus, T.IdeogramV3ReframeImageCompleted> {
  protected static override readonly group = "ideogram_v3";
  protected static override readonly schemas = SCHEMAS["ideogram_v3"];
  protected static override readonly task = { create: OP_REFRAME_IMAGE_CREATE, status: OP_REFRAME_IMAGE_GET, completed: ["images"] };
}

/** Remix image. */
export interface RemixImage {
  /**
   * Create an Ideogram V3 remix task
   *
   * Starts an Ideogram V3 remix of one source image (JPEG, PNG or WebP, at most 10 MB) and answers
   * `202` with its id. Two models share the endpoint, with different limits:
   *
   * - `ideogram-v3-remix`: `style` auto, general, realistic or design; `strength` 0.01-1;
   *   `negative_prompt` up to 5000 characters.
   * - `ideogram-v3-character-remix`: `reference_image_urls` is required (only the first image is
   *   used); `style` auto, realistic or fiction; `strength` 0.1-1; `negative_prompt` up to 500
   *   characters; optional `style_reference_image_urls` and `reference_mask_urls` (this model only).
   *
   * Both accept a prompt of up to 5000 characters, `rendering_speed` (turbo, balanced, quality;
   * default balanced), MagicPrompt expansion, `aspect_ratio` (1:1, 3:4, 9:16, 4:3, 16:9),
   * `output_count` (1-4) and `seed`. Poll the linked status operation or pass `callback_url`.
   *
   * Request shapes:
   * - model=ideogram-v3-remix
   * - model=ideogram-v3-character-remix
   *
   * `POST /api/v1/ideogram_v3/remix_image`
   */
  create(params: T.RemixImageCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get an Ideogram V3 remix task
   *
   * Returns the status of an Ideogram V3 remix task. The response shape matches the text-to-image status endpoint.
   *
   * `GET /api/v1/ideogram_v3/remix_image/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.IdeogramV3RemixImageStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: images.
   */
  wait(id: string, options?: WaitOptions<T.IdeogramV3RemixImageStatus>): Promise<T.IdeogramV3RemixImageCompleted>;

  /**
   * Create an Ideogram V3 remix task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.RemixImageCreateParams, options?: RunOptions<T.IdeogramV3RemixImageStatus>): Promise<T.IdeogramV3RemixImageCompleted>;

  /** Check a `create` body against every rule of ideogram_v3.remix_image.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.RemixImageCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.IdeogramV3RemixImageStatus>;
}

/** Remix image. */
export class RemixImage extends TaskResource<T.IdeogramV3RemixImageStatus, T.IdeogramV3RemixImageCompleted> {
  protected static override readonly group = "ideogram_v3";
  protected static override readonly schemas = SCHEMAS["ideogram_v3"];
  protected static override readonly task = { create: OP_REMIX_IMAGE_CREATE, status: OP_REMIX_IMAGE_GET, completed: ["images"] };
}

/** Text to image. */
export interface TextToImage {
  /**
   * Create an Ideogram V3 text-to-image task
   *
   * Starts an Ideogram V3 text-to-image task and answers `202` with its id. Two models share the
   * endpoint:
   *
   * - `ideogram-v3-text-to-image`: plain generation; `style` is auto, general, realistic or design.
   * - `ideogram-v3-character`: character-guided generation; `reference_image_urls` is required (only
   *   the first image is used; JPEG, PNG or WebP, at most 10 MB in total) and `style` is auto,
   *   realistic or fiction.
   *
   * Both accept a prompt and `negative_prompt` of up to 5000 characters, `rendering_speed` (turbo,
   * balanced, quality; default balanced), MagicPrompt expansion, `aspect_ratio` (1:1, 3:4, 9:16, 4:3,
   * 16:9), `output_count` (1-4) and `seed`. Poll the linked status operation or pass `callback_url`.
   *
   * Request shapes:
   * - model=ideogram-v3-text-to-image
   * - model=ideogram-v3-character
   *
   * `POST /api/v1/ideogram_v3/text_to_image`
   */
  create(params: T.TextToImageCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get an Ideogram V3 text-to-image task
   *
   * Returns the status of an Ideogram V3 text-to-image task; `images` is present once it has completed and `error` once it has failed.
   *
   * `GET /api/v1/ideogram_v3/text_to_image/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.IdeogramV3TextToImageStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: images.
   */
  wait(id: string, options?: WaitOptions<T.IdeogramV3TextToImageStatus>): Promise<T.IdeogramV3TextToImageCompleted>;

  /**
   * Create an Ideogram V3 text-to-image task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.TextToImageCreateParams, options?: RunOptions<T.IdeogramV3TextToImageStatus>): Promise<T.IdeogramV3TextToImageCompleted>;

  /** Check a `create` body against every rule of ideogram_v3.text_to_image.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.TextToImageCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.IdeogramV3TextToImageStatus>;
}

/** Text to image. */
export class TextToImage extends TaskResource<T.IdeogramV3TextToImageStatus, T.IdeogramV3TextToImageCompleted> {
  protected static override readonly group = "ideogram_v3";
  protected static override readonly schemas = SCHEMAS["ideogram_v3"];
  protected static override readonly task = { create: OP_TEXT_TO_IMAGE_CREATE, status: OP_TEXT_TO_IMAGE_GET, completed: ["images"] };
}

/** Ideogram V3 image generation, editing, remix and reframe. */
export class IdeogramV3 extends APIResource {
  protected static override readonly group = "ideogram_v3";
  protected static override readonly schemas = SCHEMAS["ideogram_v3"];
  #children: Record<string, unknown> = {};

  get editImage(): EditImage {
    return (this.#children.editImage ??= new EditImage(this._client)) as EditImage;
  }

  /** The same resource as `editImage`, by the plural name the API reference uses. */
  get editImages(): EditImage {
    return this.editImage;
  }

  get reframeImage(): ReframeImage {
    return (this.#children.reframeImage ??= new ReframeImage(this._client)) as ReframeImage;
  }

  /** The same resource as `reframeImage`, by the plural name the API reference uses. */
  get reframeImages(): ReframeImage {
    return this.reframeImage;
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
