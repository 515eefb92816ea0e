// runway_aleph: resources of the client's `runwayAleph` property.
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
import type * as T from '../types/runway_aleph.js';

const OP_EDIT_VIDEO_CREATE: OperationSpec = { id: "runway_aleph.edit_video.create", method: "POST", path: "/api/v1/runway_aleph/edit_video", auth: "api_key", body: "json", answer: ["id"] };
const OP_EDIT_VIDEO_GET: OperationSpec = { id: "runway_aleph.edit_video.get", method: "GET", path: "/api/v1/runway_aleph/edit_video/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };

/** Edit video. */
export interface EditVideo {
  /**
   * Create a Runway Aleph video edit task
   *
   * Starts a Runway Aleph task that transforms an existing video (`source_video_url`) as the
   * prompt describes, optionally guided by a style `reference_image_url`. `aspect_ratio`
   * (16:9, 9:16, 4:3, 3:4, 1:1, 21:9), `seed` and a `watermark` text are optional. Answers
   * `202` with the task id; the completed task returns the edited video and a cover image.
   * Poll the linked status operation or pass `callback_url`.
   *
   * `POST /api/v1/runway_aleph/edit_video`
   */
  create(params: T.EditVideoCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Runway Aleph video edit task
   *
   * Returns the status of a Runway Aleph task; once completed, `videos` holds the edited video and `images` its cover image.
   *
   * `GET /api/v1/runway_aleph/edit_video/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.RunwayAlephEditVideoStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: videos.
   */
  wait(id: string, options?: WaitOptions<T.RunwayAlephEditVideoStatus>): Promise<T.RunwayAlephEditVideoCompleted>;

  /**
   * Create a Runway Aleph video edit task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.EditVideoCreateParams, options?: RunOptions<T.RunwayAlephEditVideoStatus>): Promise<T.RunwayAlephEditVideoCompleted>;

  /** Check a `create` body against every rule of runway_aleph.edit_video.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.EditVideoCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.RunwayAlephEditVideoStatus>;
}

/** Edit video. */
export class EditVideo extends TaskResource<T.RunwayAlephEditVideoStatus, T.RunwayAlephEditVideoCompleted> {
  protected static override readonly group = "runway_aleph";
  protected static override readonly schemas = SCHEMAS["runway_aleph"];
  protected static override readonly task = { create: OP_EDIT_VIDEO_CREATE, status: OP_EDIT_VIDEO_GET, completed: ["videos"] };
}

/** Runway Aleph video editing. */
export class RunwayAleph extends APIResource {
  protected static override readonly group = "runway_aleph";
  protected static override readonly schemas = SCHEMAS["runway_aleph"];
  #children: Record<string, unknown> = {};

  get editVideo(): EditVideo {
    return (this.#children.editVideo ??= new EditVideo(this._client)) as EditVideo;
  }

  /** The same resource as `editVideo`, by the plural name the API reference uses. */
  get editVideos(): EditVideo {
    return this.editVideo;
  }
}
