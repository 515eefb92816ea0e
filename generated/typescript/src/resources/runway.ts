// runway: resources of the client's `runway` property.
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
import type * as T from '../types/runway.js';

const OP_EXTEND_VIDEO_CREATE: OperationSpec = { id: "runway.extend_video.create", method: "POST", path: "/api/v1/runway/extend_video", auth: "api_key", body: "json", answer: ["id"] };
const OP_EXTEND_VIDEO_GET: OperationSpec = { id: "runway.extend_video.get", method: "GET", path: "/api/v1/runway/extend_video/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_TEXT_TO_VIDEO_CREATE: OperationSpec = { id: "runway.text_to_video.create", method: "POST", path: "/api/v1/runway/text_to_video", auth: "api_key", body: "json", answer: ["id"] };
const OP_TEXT_TO_VIDEO_GET: OperationSpec = { id: "runway.text_to_video.get", method: "GET", path: "/api/v1/runway/text_to_video/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };

/** Extend video. */
export interface ExtendVideo {
  /**
   * Extend a Runway video
   *
   * Starts a task that continues the video of an earlier Runway task (`source_task_id`) as the
   * prompt describes, at `720p` or `1080p` (`output_resolution`, required), with an optional
   * `watermark` text. Answers `202` with the id of the extension task; poll the linked status
   * operation or pass `callback_url`.
   *
   * `POST /api/v1/runway/extend_video`
   */
  create(params: T.ExtendVideoCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Runway extension task
   *
   * Returns the status of a Runway extension task; once completed, `videos` holds the extended video and `images` its cover image.
   *
   * `GET /api/v1/runway/extend_video/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.RunwayExtendVideoStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: videos.
   */
  wait(id: string, options?: WaitOptions<T.RunwayExtendVideoStatus>): Promise<T.RunwayExtendVideoCompleted>;

  /**
   * Extend a Runway video, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.ExtendVideoCreateParams, options?: RunOptions<T.RunwayExtendVideoStatus>): Promise<T.RunwayExtendVideoCompleted>;

  /** Check a `create` body against every rule of runway.extend_video.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.ExtendVideoCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.RunwayExtendVideoStatus>;
}

/** Extend video. */
export class ExtendVideo extends TaskResource<T.RunwayExtendVideoStatus, T.RunwayExtendVideoCompleted> {
  protected static override readonly group = "runway";
  protected static override readonly schemas = SCHEMAS["runway"];
  protected static override readonly task = { create: OP_EXTEND_VIDEO_CREATE, status: OP_EXTEND_VIDEO_GET, completed: ["videos"] };
}

/** Text to video. */
export interface TextToVideo {
  /**
   * Create a Runway video task
   *
   * Starts a Runway video generation task and answers `202` with its id. Without
   * `first_frame_image_url` it is text-to-video and `aspect_ratio` (16:9, 9:16, 1:1, 4:3 or
   * 3:4) is required; with `first_frame_image_url` the image becomes the first frame
   * (image-to-video) and `aspect_ratio` is not accepted.
   * `duration_seconds` (5 or 10) and `output_resolution` (`720p` or `1080p`) are always
   * required; an optional `watermark` text can be added. The completed task returns the
   * videos and a cover image. Poll the linked status operation or pass `callback_url`; a
   * completed video can be continued with `runway.extend_video.create`.
   *
   * Rules checked before sending:
   * - aspect_ratio is not accepted together with first_frame_image_url
   * - aspect_ratio is required for text-to-video (when first_frame_image_url is not given)
   *
   * `POST /api/v1/runway/text_to_video`
   */
  create(params: T.TextToVideoCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Runway video task
   *
   * Returns the status of a Runway video task; once completed, `videos` holds the generated videos (with their ids) and `images` the cover image.
   *
   * `GET /api/v1/runway/text_to_video/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.RunwayTextToVideoStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: videos.
   */
  wait(id: string, options?: WaitOptions<T.RunwayTextToVideoStatus>): Promise<T.RunwayTextToVideoCompleted>;

  /**
   * Create a Runway video task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.TextToVideoCreateParams, options?: RunOptions<T.RunwayTextToVideoStatus>): Promise<T.RunwayTextToVideoCompleted>;

  /** Check a `create` body against every rule of runway.text_to_video.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.TextToVideoCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.RunwayTextToVideoStatus>;
}

/** Text to video. */
export class TextToVideo extends TaskResource<T.RunwayTextToVideoStatus, T.RunwayTextToVideoCompleted> {
  protected static override readonly group = "runway";
  protected static override readonly schemas = SCHEMAS["runway"];
  protected static override readonly task = { create: OP_TEXT_TO_VIDEO_CREATE, status: OP_TEXT_TO_VIDEO_GET, completed: ["videos"] };
}

/** Runway video generation and extension. */
export class Runway extends APIResource {
  protected static override readonly group = "runway";
  protected static override readonly schemas = SCHEMAS["runway"];
  #children: Record<string, unknown> = {};

  get extendVideo(): ExtendVideo {
    return (this.#children.extendVideo ??= new ExtendVideo(this._client)) as ExtendVideo;
  }

  /** The same resource as `extendVideo`, by the plural name the API reference uses. */
  get extendVideos(): ExtendVideo {
    return this.extendVideo;
  }

  get textToVideo(): TextToVideo {
    return (this.#children.textToVideo ??= new TextToVideo(this._client)) as TextToVideo;
  }

  /** The same resource as `textToVideo`, by the plural name the API reference uses. */
  get textToVideos(): TextToVideo {
    return this.textToVideo;
  }
}
