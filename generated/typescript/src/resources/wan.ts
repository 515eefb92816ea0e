// wan: resources of the client's `wan` property.
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
import type * as T from '../types/wan.js';

const OP_ANIMATE_CREATE: OperationSpec = { id: "wan.animate.create", method: "POST", path: "/api/v1/wan/animate", auth: "api_key", body: "json", answer: ["id"] };
const OP_ANIMATE_GET: OperationSpec = { id: "wan.animate.get", method: "GET", path: "/api/v1/wan/animate/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_EDIT_VIDEO_CREATE: OperationSpec = { id: "wan.edit_video.create", method: "POST", path: "/api/v1/wan/edit_video", auth: "api_key", body: "json", answer: ["id"] };
const OP_EDIT_VIDEO_GET: OperationSpec = { id: "wan.edit_video.get", method: "GET", path: "/api/v1/wan/edit_video/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_IMAGE_TO_VIDEO_CREATE: OperationSpec = { id: "wan.image_to_video.create", method: "POST", path: "/api/v1/wan/image_to_video", auth: "api_key", body: "json", answer: ["id"] };
const OP_IMAGE_TO_VIDEO_GET: OperationSpec = { id: "wan.image_to_video.get", method: "GET", path: "/api/v1/wan/image_to_video/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_SPEECH_TO_VIDEO_CREATE: OperationSpec = { id: "wan.speech_to_video.create", method: "POST", path: "/api/v1/wan/speech_to_video", auth: "api_key", body: "json", answer: ["id"] };
const OP_SPEECH_TO_VIDEO_GET: OperationSpec = { id: "wan.speech_to_video.get", method: "GET", path: "/api/v1/wan/speech_to_video/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_TEXT_TO_IMAGE_CREATE: OperationSpec = { id: "wan.text_to_image.create", method: "POST", path: "/api/v1/wan/text_to_image", auth: "api_key", body: "json", answer: ["id"] };
const OP_TEXT_TO_IMAGE_GET: OperationSpec = { id: "wan.text_to_image.get", method: "GET", path: "/api/v1/wan/text_to_image/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_TEXT_TO_VIDEO_CREATE: OperationSpec = { id: "wan.text_to_video.create", method: "POST", path: "/api/v1/wan/text_to_video", auth: "api_key", body: "json", answer: ["id"] };
const OP_TEXT_TO_VIDEO_GET: OperationSpec = { id: "wan.text_to_video.get", method: "GET", path: "/api/v1/wan/text_to_video/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };

/** Animate. */
export interface Animate {
  /**
   * Create a Wan animation task
   *
   * Animates a character image (`source_image_url`) with the motion of a reference video
   * (`reference_video_url`) and answers `202` with the task id. Models: `wan-2.2-animate-move` and
   * `wan-2.2-animate-replace`; `output_resolution` is 480p, 580p or 720p. Poll the linked status operation
   * or pass `callback_url`.
   *
   * `POST /api/v1/wan/animate`
   */
  create(params: T.AnimateCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Wan animation task
   *
   * Returns the status of a Wan animation task (same format as the text-to-video status).
   *
   * `GET /api/v1/wan/animate/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.WanVideoTaskStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: videos.
   */
  wait(id: string, options?: WaitOptions<T.WanVideoTaskStatus>): Promise<T.WanVideoTaskCompleted>;

  /**
   * Create a Wan animation task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.AnimateCreateParams, options?: RunOptions<T.WanVideoTaskStatus>): Promise<T.WanVideoTaskCompleted>;

  /** Check a `create` body against every rule of wan.animate.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.AnimateCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.WanVideoTaskStatus>;
}

/** Animate. */
export class Animate extends TaskResource<T.WanVideoTaskStatus, T.WanVideoTaskCompleted> {
  protected static override readonly group = "wan";
  protected static override readonly schemas = SCHEMAS["wan"];
  protected static override readonly task = { create: OP_ANIMATE_CREATE, status: OP_ANIMATE_GET, completed: ["videos"] };
}

/** Edit video. */
export interface EditVideo {
  /**
   * Create a Wan video edit task
   *
   * Edits an existing video with a text prompt and answers `202` with the task id.
   * `wan-2.7-edit-video` requires one `source_video_url`; `wan-2.6-edit-video` and `wan-2.6-flash-edit-video`
   * require `source_video_urls`. `audio` and `multi_shots` are accepted only by the flash model;
   * `output_resolution` is 720p or 1080p on wan-2.6-edit-video and wan-2.7-edit-video. Poll the linked
   * status operation or pass `callback_url`.
   *
   * Request shapes:
   * - model=wan-2.6-edit-video
   * - model=wan-2.6-flash-edit-video
   * - model=wan-2.7-edit-video
   *
   * `POST /api/v1/wan/edit_video`
   */
  create(params: T.EditVideoCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Wan video edit task
   *
   * Returns the status of a Wan video edit task (same format as the text-to-video status).
   *
   * `GET /api/v1/wan/edit_video/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.WanVideoTaskStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: videos.
   */
  wait(id: string, options?: WaitOptions<T.WanVideoTaskStatus>): Promise<T.WanVideoTaskCompleted>;

  /**
   * Create a Wan video edit task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.EditVideoCreateParams, options?: RunOptions<T.WanVideoTaskStatus>): Promise<T.WanVideoTaskCompleted>;

  /** Check a `create` body against every rule of wan.edit_video.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.EditVideoCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.WanVideoTaskStatus>;
}

/** Edit video. */
export class EditVideo extends TaskResource<T.WanVideoTaskStatus, T.WanVideoTaskCompleted> {
  protected static override readonly group = "wan";
  protected static override readonly schemas = SCHEMAS["wan"];
  protected static override readonly task = { create: OP_EDIT_VIDEO_CREATE, status: OP_EDIT_VIDEO_GET, completed: ["videos"] };
}

/** Image to video. */
export interface ImageToVideo {
  /**
   * Create a Wan image-to-video task
   *
   * Starts a Wan image-to-video task and answers `202` with its id. Models and their rules:
   *
   * - `wan-2.2-a14b-image-to-video-turbo`: `first_frame_image_url` required, `prompt` optional, `aspect_ratio`;
   *   output at 480p or 720p.
   * - `wan-2.5-image-to-video`: `first_frame_image_url` and `duration_seconds` required; `aspect_ratio`,
   *   `negative_prompt`.
   * - `wan-2.6-image-to-video`: `prompt` and `first_frame_image_url` required; no `seed`.
   * - `wan-2.6-flash-image-to-video`: `prompt` and `first_frame_image_url` required; `audio`, `multi_shots`;
   *   `duration_seconds` 5, 10 or 15 (default 5); no `seed`.
   * - `wan-2.7-image-to-video`: `prompt` required; optional frame anchoring (`first_frame_image_url`,
   *   `last_frame_image_url`), continuation of `source_video_url`, `driving_audio_url`,
   *   `background_audio_url`, `ratio`, `negative_prompt`, `watermark`.
   *
   * Every model takes `acceleration`; `output_resolution` is 720p or 1080p except on wan-2.2-*. Poll the
   * linked status operation or pass `callback_url`.
   *
   * Request shapes:
   * - model=wan-2.2-a14b-image-to-video-turbo
   * - model=wan-2.5-image-to-video
   * - model=wan-2.6-image-to-video
   * - model=wan-2.6-flash-image-to-video
   * - model=wan-2.7-image-to-video
   *
   * `POST /api/v1/wan/image_to_video`
   */
  create(params: T.ImageToVideoCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Wan image-to-video task
   *
   * Returns the status of a Wan image-to-video task (same format as the text-to-video status).
   *
   * `GET /api/v1/wan/image_to_video/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.WanVideoTaskStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: videos.
   */
  wait(id: string, options?: WaitOptions<T.WanVideoTaskStatus>): Promise<T.WanVideoTaskCompleted>;

  /**
   * Create a Wan image-to-video task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.ImageToVideoCreateParams, options?: RunOptions<T.WanVideoTaskStatus>): Promise<T.WanVideoTaskCompleted>;

  /** Check a `create` body against every rule of wan.image_to_video.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.ImageToVideoCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.WanVideoTaskStatus>;
}

/** Image to video. */
export class ImageToVideo extends TaskResource<T.WanVideoTaskStatus, T.WanVideoTaskCompleted> {
  protected static override readonly group = "wan";
  protected static override readonly schemas = SCHEMAS["wan"];
  protected static override readonly task = { create: OP_IMAGE_TO_VIDEO_CREATE, status: OP_IMAGE_TO_VIDEO_GET, completed: ["videos"] };
}

/** Speech to video. */
export interface SpeechToVideo {
  /**
   * Create a Wan speech-to-video task
   *
   * Starts a speech-driven talking-head task (`wan-2.2-a14b-speech-to-video-turbo`) from a portrait
   * (`source_image_url`) and a speech track (`source_audio_url`) and answers `202` with its id. Optional
   * generation controls: `prompt`, `negative_prompt`, `num_frames`, `frames_per_second`,
   * `output_resolution` (480p, 580p or 720p), `seed`, `num_inference_steps`, `guidance_scale`, `shift`. Poll
   * the linked status operation or pass `callback_url`.
   *
   * `POST /api/v1/wan/speech_to_video`
   */
  create(params: T.SpeechToVideoCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Wan speech-to-video task
   *
   * Returns the status of a Wan speech-to-video task (same format as the text-to-video status).
   *
   * `GET /api/v1/wan/speech_to_video/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.WanVideoTaskStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: videos.
   */
  wait(id: string, options?: WaitOptions<T.WanVideoTaskStatus>): Promise<T.WanVideoTaskCompleted>;

  /**
   * Create a Wan speech-to-video task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.SpeechToVideoCreateParams, options?: RunOptions<T.WanVideoTaskStatus>): Promise<T.WanVideoTaskCompleted>;

  /** Check a `create` body against every rule of wan.speech_to_video.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.SpeechToVideoCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.WanVideoTaskStatus>;
}

/** Speech to video. */
export class SpeechToVideo extends TaskResource<T.WanVideoTaskStatus, T.WanVideoTaskCompleted> {
  protected static override readonly group = "wan";
  protected static override readonly schemas = SCHEMAS["wan"];
  protected static override readonly task = { create: OP_SPEECH_TO_VIDEO_CREATE, status: OP_SPEECH_TO_VIDEO_GET, completed: ["videos"] };
}

/** Text to image. */
export interface TextToImage {
  /**
   * Create a Wan image generation task
   *
   * Starts a Wan image generation task (`wan-2.7-image` or `wan-2.7-image-pro`) and answers `202`
   * with its id. `aspect_ratio` is one of 1:1, 16:9, 4:3, 21:9, 3:4, 9:16, 8:1, 1:8; `output_resolution` is
   * 1k, 2k or 4k; `source_image_urls` turns the task into image editing; `color_palette` and `bbox_list`
   * constrain colors and layout; `thinking_mode` (enhanced reasoning) is accepted only by
   * wan-2.7-image-pro. Poll the linked status operation or pass `callback_url`.
   *
   * Request shapes:
   * - model=wan-2.7-image
   * - model=wan-2.7-image-pro
   *
   * `POST /api/v1/wan/text_to_image`
   */
  create(params: T.TextToImageCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Wan image generation task
   *
   * Returns the status of a Wan image generation task; `images` is present once it has completed.
   *
   * `GET /api/v1/wan/text_to_image/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.WanImageTaskStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: images.
   */
  wait(id: string, options?: WaitOptions<T.WanImageTaskStatus>): Promise<T.WanImageTaskCompleted>;

  /**
   * Create a Wan image generation task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.TextToImageCreateParams, options?: RunOptions<T.WanImageTaskStatus>): Promise<T.WanImageTaskCompleted>;

  /** Check a `create` body against every rule of wan.text_to_image.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.TextToImageCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.WanImageTaskStatus>;
}

/** Text to image. */
export class TextToImage extends TaskResource<T.WanImageTaskStatus, T.WanImageTaskCompleted> {
  protected static override readonly group = "wan";
  protected static override readonly schemas = SCHEMAS["wan"];
  protected static override readonly task = { create: OP_TEXT_TO_IMAGE_CREATE, status: OP_TEXT_TO_IMAGE_GET, completed: ["images"] };
}

/** Text to video. */
export interface TextToVideo {
  /**
   * Create a Wan text-to-video task
   *
   * Starts a Wan text-to-video task and answers `202` with its id. Models and their extra fields:
   *
   * - `wan-2.2-a14b-text-to-video-turbo`: `aspect_ratio`, `acceleration` (wan-2.2-* only); output at 480p,
   *   580p or 720p.
   * - `wan-2.5-text-to-video`: `duration_seconds` is required; `aspect_ratio`, `negative_prompt`.
   * - `wan-2.6-text-to-video`: `aspect_ratio`, `multi_shots`; no `seed`.
   * - `wan-2.7-text-to-video`: `ratio` instead of `aspect_ratio`; `negative_prompt`, `watermark`,
   *   `background_audio_url`.
   * - `wan-2.7-r2v`: reference-guided video; at least one reference image or video URL
   *   (`reference_image_urls` / `reference_video_urls`) is required; `duration_seconds` from 2 to 10
   *   (default 5); `ratio`, `negative_prompt`, `watermark`.
   *
   * Every model takes the reference inputs `reference_image_urls`, `reference_video_urls`,
   * `first_frame_image_url` and `reference_audio_url`. `aspect_ratio` is one of 16:9, 9:16, 1:1, 4:3, 3:4;
   * `output_resolution` is 720p or 1080p except on wan-2.2-*. Poll the linked status operation or pass
   * `callback_url`.
   *
   * Request shapes:
   * - model=wan-2.2-a14b-text-to-video-turbo
   * - model=wan-2.5-text-to-video
   * - model=wan-2.6-text-to-video
   * - model=wan-2.7-text-to-video
   * - model=wan-2.7-r2v
   *
   * Rules checked before sending:
   * - wan-2.7-r2v needs at least one reference image or video URL (reference_image_urls or reference_video_urls)
   *
   * `POST /api/v1/wan/text_to_video`
   */
  create(params: T.TextToVideoCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Wan text-to-video task
   *
   * Returns the status of a Wan text-to-video task; `videos` is present once it has completed.
   *
   * `GET /api/v1/wan/text_to_video/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.WanVideoTaskStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: videos.
   */
  wait(id: string, options?: WaitOptions<T.WanVideoTaskStatus>): Promise<T.WanVideoTaskCompleted>;

  /**
   * Create a Wan text-to-video task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.TextToVideoCreateParams, options?: RunOptions<T.WanVideoTaskStatus>): Promise<T.WanVideoTaskCompleted>;

  /** Check a `create` body against every rule of wan.text_to_video.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.TextToVideoCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.WanVideoTaskStatus>;
}

/** Text to video. */
export class TextToVideo extends TaskResource<T.WanVideoTaskStatus, T.WanVideoTaskCompleted> {
  protected static override readonly group = "wan";
  protected static override readonly schemas = SCHEMAS["wan"];
  protected static override readonly task = { create: OP_TEXT_TO_VIDEO_CREATE, status: OP_TEXT_TO_VIDEO_GET, completed: ["videos"] };
}

/** Wan video and image generation. */
export class Wan extends APIResource {
  protected static override readonly group = "wan";
  protected static override readonly schemas = SCHEMAS["wan"];
  #children: Record<string, unknown> = {};

  get animate(): Animate {
    return (this.#children.animate ??= new Animate(this._client)) as Animate;
  }

  /** The same resource as `animate`, by the plural name the API reference uses. */
  get animates(): Animate {
    return this.animate;
  }

  get editVideo(): EditVideo {
    return (this.#children.editVideo ??= new EditVideo(this._client)) as EditVideo;
  }

  /** The same resource as `editVideo`, by the plural name the API reference uses. */
  get editVideos(): EditVideo {
    return this.editVideo;
  }

  get imageToVideo(): ImageToVideo {
    return (this.#children.imageToVideo ??= new ImageToVideo(this._client)) as ImageToVideo;
  }

  /** The same resource as `imageToVideo`, by the plural name the API reference uses. */
  get imageToVideos(): ImageToVideo {
    return this.imageToVideo;
  }

  get speechToVideo(): SpeechToVideo {
    return (this.#children.speechToVideo ??= new SpeechToVideo(this._client)) as SpeechToVideo;
  }

  /** The same resource as `speechToVideo`, by the plural name the API reference uses. */
  get speechToVideos(): SpeechToVideo {
    return this.speechToVideo;
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
}
