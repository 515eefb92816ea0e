// seedance: resources of the client's `seedance` property.
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
import type * as T from '../types/seedance.js';

const OP_TEXT_TO_VIDEO_CREATE: OperationSpec = { id: "seedance.text_to_video.create", method: "POST", path: "/api/v1/seedance/text_to_video", auth: "api_key", body: "json", answer: ["id"] };
const OP_TEXT_TO_VIDEO_GET: OperationSpec = { id: "seedance.text_to_video.get", method: "GET", path: "/api/v1/seedance/text_to_video/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };

/** Text to video. */
export interface TextToVideo {
  /**
   * Create a Seedance video task
   *
   * Starts a Seedance video generation task and answers `202` with its id. One endpoint serves
   * every Seedance model and mode:
   *
   * - `seedance-1.5-pro`: text-to-video, or image-to-video with up to 2 `source_image_urls`;
   *   `aspect_ratio` and `duration_seconds` (4, 8 or 12) are required.
   * - `seedance-2.0` / `seedance-2.0-fast`: text-to-video, frame mode (`first_frame_image_url`,
   *   optional `last_frame_image_url`) or multimodal reference mode (`reference_*_urls`);
   *   `duration_seconds` is an integer from 4 to 15.
   * - `seedance-v1-lite` / `seedance-v1-pro`: 5 s or 10 s clips; text-to-video needs
   *   `aspect_ratio`, while `first_frame_image_url` switches to image-to-video, where the
   *   aspect ratio is derived from the image and must not be sent.
   * - `seedance-v1-pro-fast`: image-to-video only (`first_frame_image_url` required).
   *
   * Poll the linked status operation or pass `callback_url`.
   *
   * Request shapes:
   * - model=seedance-1.5-pro
   * - model=seedance-2.0
   * - model=seedance-2.0-fast
   * - model=seedance-v1-lite
   * - model=seedance-v1-pro
   * - model=seedance-v1-pro-fast
   *
   * Rules checked before sending:
   * - aspect_ratio is required for text-to-video and rejected in image-to-video mode (when first_frame_image_url is given)
   * - reference_audio_urls requires at least one reference_image_urls or reference_video_urls
   *
   * `POST /api/v1/seedance/text_to_video`
   */
  create(params: T.TextToVideoCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Seedance video task
   *
   * Returns the status of a Seedance task; `videos` is present once it has completed.
   *
   * `GET /api/v1/seedance/text_to_video/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.SeedanceTextToVideoStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: videos.
   */
  wait(id: string, options?: WaitOptions<T.SeedanceTextToVideoStatus>): Promise<T.SeedanceTextToVideoCompleted>;

  /**
   * Create a Seedance video task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.TextToVideoCreateParams, options?: RunOptions<T.SeedanceTextToVideoStatus>): Promise<T.SeedanceTextToVideoCompleted>;

  /** Check a `create` body against every rule of seedance.text_to_video.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.TextToVideoCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.SeedanceTextToVideoStatus>;
}

/** Text to video. */
export class TextToVideo extends TaskResource<T.SeedanceTextToVideoStatus, T.SeedanceTextToVideoCompleted> {
  protected static override readonly group = "seedance";
  protected static override readonly schemas = SCHEMAS["seedance"];
  protected static override readonly task = { create: OP_TEXT_TO_VIDEO_CREATE, status: OP_TEXT_TO_VIDEO_GET, completed: ["videos"] };
}

/** Seedance video generation. */
export class Seedance extends APIResource {
  protected static override readonly group = "seedance";
  protected static override readonly schemas = SCHEMAS["seedance"];
  #children: Record<string, unknown> = {};

  get textToVideo(): TextToVideo {
    return (this.#children.textToVideo ??= new TextToVideo(this._client)) as TextToVideo;
  }

  /** The same resource as `textToVideo`, by the plural name the API reference uses. */
  get textToVideos(): TextToVideo {
    return this.textToVideo;
  }
}
