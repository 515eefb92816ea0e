// grok_imagine: resources of the client's `grokImagine` property.
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
import type * as T from '../types/grok_imagine.js';

const OP_EDIT_IMAGE_CREATE: OperationSpec = { id: "grok_imagine.edit_image.create", method: "POST", path: "/api/v1/grok_imagine/edit_image", auth: "api_key", body: "json", answer: ["id"] };
const OP_EDIT_IMAGE_GET: OperationSpec = { id: "grok_imagine.edit_image.get", method: "GET", path: "/api/v1/grok_imagine/edit_image/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_EXTEND_VIDEO_CREATE: OperationSpec = { id: "grok_imagine.extend_video.create", method: "POST", path: "/api/v1/grok_imagine/extend_video", auth: "api_key", body: "json", answer: ["id"] };
const OP_EXTEND_VIDEO_GET: OperationSpec = { id: "grok_imagine.extend_video.get", method: "GET", path: "/api/v1/grok_imagine/extend_video/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_IMAGE_TO_VIDEO_CREATE: OperationSpec = { id: "grok_imagine.image_to_video.create", method: "POST", path: "/api/v1/grok_imagine/image_to_video", auth: "api_key", body: "json", answer: ["id"] };
const OP_IMAGE_TO_VIDEO_GET: OperationSpec = { id: "grok_imagine.image_to_video.get", method: "GET", path: "/api/v1/grok_imagine/image_to_video/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_TEXT_TO_IMAGE_CREATE: OperationSpec = { id: "grok_imagine.text_to_image.create", method: "POST", path: "/api/v1/grok_imagine/text_to_image", auth: "api_key", body: "json", answer: ["id"] };
const OP_TEXT_TO_IMAGE_GET: OperationSpec = { id: "grok_imagine.text_to_image.get", method: "GET", path: "/api/v1/grok_imagine/text_to_image/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_TEXT_TO_VIDEO_CREATE: OperationSpec = { id: "grok_imagine.text_to_video.create", method: "POST", path: "/api/v1/grok_imagine/text_to_video", auth: "api_key", body: "json", answer: ["id"] };
const OP_TEXT_TO_VIDEO_GET: OperationSpec = { id: "grok_imagine.text_to_video.get", method: "GET", path: "/api/v1/grok_imagine/text_to_video/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_UPSCALE_IMAGE_CREATE: OperationSpec = { id: "grok_imagine.upscale_image.create", method: "POST", path: "/api/v1/grok_imagine/upscale_image", auth: "api_key", body: "json", answer: ["id"] };
const OP_UPSCALE_IMAGE_GET: OperationSpec = { id: "grok_imagine.upscale_image.get", method: "GET", path: "/api/v1/grok_imagine/upscale_image/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };

/** Edit image. */
export interface EditImage {
  /**
   * Create a Grok Imagine edit-image task
   *
   * Starts a Grok Imagine (`grok-imagine-edit-image`) task that re-interprets a single `source_image_url`, optionally guided by a prompt, and answers `202` with its id. Poll the linked status operation or pass `callback_url`.
   *
   * `POST /api/v1/grok_imagine/edit_image`
   */
  create(params: T.EditImageCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Grok Imagine edit-image task
   *
   * Returns the status of a Grok Imagine edit-image task; `images` is present once it has completed.
   *
   * `GET /api/v1/grok_imagine/edit_image/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.GrokImagineImageStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: images.
   */
  wait(id: string, options?: WaitOptions<T.GrokImagineImageStatus>): Promise<T.GrokImagineImageCompleted>;

  /**
   * Create a Grok Imagine edit-image task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.EditImageCreateParams, options?: RunOptions<T.GrokImagineImageStatus>): Promise<T.GrokImagineImageCompleted>;

  /** Check a `create` body against every rule of grok_imagine.edit_image.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.EditImageCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.GrokImagineImageStatus>;
}

/** Edit image. */
export class EditImage extends TaskResource<T.GrokImagineImageStatus, T.GrokImagineImageCompleted> {
  protected static override readonly group = "grok_imagine";
  protected static override readonly schemas = SCHEMAS["grok_imagine"];
  protected static override readonly task = { create: OP_EDIT_IMAGE_CREATE, status: OP_EDIT_IMAGE_GET, completed: ["images"] };
}

/** Extend video. */
export interface ExtendVideo {
  /**
   * Extend a Grok Imagine video
   *
   * Starts a task that appends a 6 or 10 second segment to a video produced by a prior Grok Imagine text-to-video or image-to-video task of the same account, beginning `start_seconds` into the source video, and answers `202` with its id. Poll the linked status operation or pass `callback_url`.
   *
   * `POST /api/v1/grok_imagine/extend_video`
   */
  create(params: T.ExtendVideoCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Grok Imagine extend-video task
   *
   * Returns the status of a Grok Imagine extend-video task; `videos` is present once it has completed.
   *
   * `GET /api/v1/grok_imagine/extend_video/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.GrokImagineVideoStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: videos.
   */
  wait(id: string, options?: WaitOptions<T.GrokImagineVideoStatus>): Promise<T.GrokImagineVideoCompleted>;

  /**
   * Extend a Grok Imagine video, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.ExtendVideoCreateParams, options?: RunOptions<T.GrokImagineVideoStatus>): Promise<T.GrokImagineVideoCompleted>;

  /** Check a `create` body against every rule of grok_imagine.extend_video.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.ExtendVideoCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.GrokImagineVideoStatus>;
}

/** Extend video. */
export class ExtendVideo extends TaskResource<T.GrokImagineVideoStatus, T.GrokImagineVideoCompleted> {
  protected static override readonly group = "grok_imagine";
  protected static override readonly schemas = SCHEMAS["grok_imagine"];
  protected static override readonly task = { create: OP_EXTEND_VIDEO_CREATE, status: OP_EXTEND_VIDEO_GET, completed: ["videos"] };
}

/** Image to video. */
export interface ImageToVideo {
  /**
   * Create a Grok Imagine image-to-video task
   *
   * Starts a Grok Imagine (`grok-imagine-image-to-video`) task that animates one image and answers `202` with its id. The source is `source_image_urls` (a single image URL; `source_image_url` takes it as a plain string) or `source_task_id` (a prior grok-imagine-text-to-image task, with `index` 0-5 choosing the image). `motion_style` spicy is not available with `source_image_urls`. `duration_seconds` is 6-30 and `aspect_ratio` defaults to 16:9. Poll the linked status operation or pass `callback_url`.
   *
   * Rules checked before sending:
   * - a source is required - source_image_urls (or source_image_url) or source_task_id
   * - spicy is not available when source_image_urls is used
   *
   * `POST /api/v1/grok_imagine/image_to_video`
   */
  create(params: T.ImageToVideoCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Grok Imagine image-to-video task
   *
   * Returns the status of a Grok Imagine image-to-video task; `videos` is present once it has completed.
   *
   * `GET /api/v1/grok_imagine/image_to_video/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.GrokImagineVideoStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: videos.
   */
  wait(id: string, options?: WaitOptions<T.GrokImagineVideoStatus>): Promise<T.GrokImagineVideoCompleted>;

  /**
   * Create a Grok Imagine image-to-video task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.ImageToVideoCreateParams, options?: RunOptions<T.GrokImagineVideoStatus>): Promise<T.GrokImagineVideoCompleted>;

  /** Check a `create` body against every rule of grok_imagine.image_to_video.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.ImageToVideoCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.GrokImagineVideoStatus>;
}

/** Image to video. */
export class ImageToVideo extends TaskResource<T.GrokImagineVideoStatus, T.GrokImagineVideoCompleted> {
  protected static override readonly group = "grok_imagine";
  protected static override readonly schemas = SCHEMAS["grok_imagine"];
  protected static override readonly task = { create: OP_IMAGE_TO_VIDEO_CREATE, status: OP_IMAGE_TO_VIDEO_GET, completed: ["videos"] };
}

/** Text to image. */
export interface TextToImage {
  /**
   * Create a Grok Imagine text-to-image task
   *
   * Starts a Grok Imagine (`grok-imagine-text-to-image`) image task from a prompt of up to 5000 characters and answers `202` with its id. `aspect_ratio` defaults to 1:1; `enable_pro` turns on Pro quality. Its images can be animated with image_to_video via `source_task_id`. Poll the linked status operation or pass `callback_url`.
   *
   * `POST /api/v1/grok_imagine/text_to_image`
   */
  create(params: T.TextToImageCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Grok Imagine text-to-image task
   *
   * Returns the status of a Grok Imagine text-to-image task; `images` is present once it has completed.
   *
   * `GET /api/v1/grok_imagine/text_to_image/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.GrokImagineImageStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: images.
   */
  wait(id: string, options?: WaitOptions<T.GrokImagineImageStatus>): Promise<T.GrokImagineImageCompleted>;

  /**
   * Create a Grok Imagine text-to-image task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.TextToImageCreateParams, options?: RunOptions<T.GrokImagineImageStatus>): Promise<T.GrokImagineImageCompleted>;

  /** Check a `create` body against every rule of grok_imagine.text_to_image.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.TextToImageCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.GrokImagineImageStatus>;
}

/** Text to image. */
export class TextToImage extends TaskResource<T.GrokImagineImageStatus, T.GrokImagineImageCompleted> {
  protected static override readonly group = "grok_imagine";
  protected static override readonly schemas = SCHEMAS["grok_imagine"];
  protected static override readonly task = { create: OP_TEXT_TO_IMAGE_CREATE, status: OP_TEXT_TO_IMAGE_GET, completed: ["images"] };
}

/** Text to video. */
export interface TextToVideo {
  /**
   * Create a Grok Imagine text-to-video task
   *
   * Starts a Grok Imagine (`grok-imagine-text-to-video`) video task from a prompt of up to 5000 characters and answers `202` with its id. Options: `aspect_ratio` (default 2:3), `motion_style` fun/normal/spicy (default normal), `duration_seconds` 6-30, `output_resolution` 480p/720p (default 480p). Poll the linked status operation or pass `callback_url`.
   *
   * `POST /api/v1/grok_imagine/text_to_video`
   */
  create(params: T.TextToVideoCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Grok Imagine text-to-video task
   *
   * Returns the status of a Grok Imagine text-to-video task; `videos` is present once it has completed.
   *
   * `GET /api/v1/grok_imagine/text_to_video/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.GrokImagineVideoStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: videos.
   */
  wait(id: string, options?: WaitOptions<T.GrokImagineVideoStatus>): Promise<T.GrokImagineVideoCompleted>;

  /**
   * Create a Grok Imagine text-to-video task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.TextToVideoCreateParams, options?: RunOptions<T.GrokImagineVideoStatus>): Promise<T.GrokImagineVideoCompleted>;

  /** Check a `create` body against every rule of grok_imagine.text_to_video.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.TextToVideoCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.GrokImagineVideoStatus>;
}

/** Text to video. */
export class TextToVideo extends TaskResource<T.GrokImagineVideoStatus, T.GrokImagineVideoCompleted> {
  protected static override readonly group = "grok_imagine";
  protected static override readonly schemas = SCHEMAS["grok_imagine"];
  protected static override readonly task = { create: OP_TEXT_TO_VIDEO_CREATE, status: OP_TEXT_TO_VIDEO_GET, completed: ["videos"] };
}

/** Upscale image. */
export interface UpscaleImage {
  /**
   * Upscale a Grok Imagine video
   *
   * Starts a task that upscales the video of a prior Grok Imagine video task of the same account and answers `202` with its id. Despite the `upscale_image` path, the input and output are videos; only 480p source videos are supported. Poll the linked status operation or pass `callback_url`.
   *
   * `POST /api/v1/grok_imagine/upscale_image`
   */
  create(params: T.UpscaleImageCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Grok Imagine upscale task
   *
   * Returns the status of a Grok Imagine upscale task; `videos` (the upscaled video) is present once it has completed.
   *
   * `GET /api/v1/grok_imagine/upscale_image/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.GrokImagineVideoStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: videos.
   */
  wait(id: string, options?: WaitOptions<T.GrokImagineVideoStatus>): Promise<T.GrokImagineVideoCompleted>;

  /**
   * Upscale a Grok Imagine video, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.UpscaleImageCreateParams, options?: RunOptions<T.GrokImagineVideoStatus>): Promise<T.GrokImagineVideoCompleted>;

  /** Check a `create` body against every rule of grok_imagine.upscale_image.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.UpscaleImageCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.GrokImagineVideoStatus>;
}

/** Upscale image. */
export class UpscaleImage extends TaskResource<T.GrokImagineVideoStatus, T.GrokImagineVideoCompleted> {
  protected static override readonly group = "grok_imagine";
  protected static override readonly schemas = SCHEMAS["grok_imagine"];
  protected static override readonly task = { create: OP_UPSCALE_IMAGE_CREATE, status: OP_UPSCALE_IMAGE_GET, completed: ["videos"] };
}

/** Grok Imagine images and videos. */
export class GrokImagine extends APIResource {
  protected static override readonly group = "grok_imagine";
  protected static override readonly schemas = SCHEMAS["grok_imagine"];
  #children: Record<string, unknown> = {};

  get editImage(): EditImage {
    return (this.#children.editImage ??= new EditImage(this._client)) as EditImage;
  }

  /** The same resource as `editImage`, by the plural name the API reference uses. */
  get editImages(): EditImage {
    return this.editImage;
  }

  get extendVideo(): ExtendVideo {
    return (this.#children.extendVideo ??= new ExtendVideo(this._client)) as ExtendVideo;
  }

  /** The same resource as `extendVideo`, by the plural name the API reference uses. */
  get extendVideos(): ExtendVideo {
    return this.extendVideo;
  }

  get imageToVideo(): ImageToVideo {
    return (this.#children.imageToVideo ??= new ImageToVideo(this._client)) as ImageToVideo;
  }

  /** The same resource as `imageToVideo`, by the plural name the API reference uses. */
  get imageToVideos(): ImageToVideo {
    return this.imageToVideo;
  }

  get textToImage(): TextToImage {
    return (this.#children.textToImage ??= new TextToImage(this._client)) as TextToImage;
  }

  /** The same resource as `textToImage`, by the plural name the API reference uses. */
  get textToImages(): TextToImage {
    return this.textToImage;
  }

  get textToVideo(): TextToVideo {
    return (this.#children.textToVideo ??= new TextToVideo(this._client)) as TextToVideo;
  }

  /** The same resource as `textToVideo`, by the plural name the API reference uses. */
  get textToVideos(): TextToVideo {
    return this.textToVideo;
  }

  get upscaleImage(): UpscaleImage {
    return (this.#children.upscaleImage ??= new UpscaleImage(this._client)) as UpscaleImage;
  }

  /** The same resource as `upscaleImage`, by the plural name the API reference uses. */
  get upscaleImages(): UpscaleImage {
    return this.upscaleImage;
  }
}
