// luma: resources of the client's `luma` property.
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
import type * as T from '../types/luma.js';

const OP_MODIFY_VIDEO_CREATE: OperationSpec = { id: "luma.modify_video.create", method: "POST", path: "/api/v1/luma/modify_video", auth: "api_key", body: "json", answer: ["id"] };
const OP_MODIFY_VIDEO_GET: OperationSpec = { id: "luma.modify_video.get", method: "GET", path: "/api/v1/luma/modify_video/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };

/** Modify video. */
export interface ModifyVideo {
  /**
   * Create a Luma video modification task
   *
   * Starts a Luma task that turns an existing, publicly accessible video (`source_video_url`;
   * MP4, MOV or AVI) into a new variation guided by an English `prompt`, optionally with a
   * `watermark` identifier. Submit the source video once and answer `202` with the task id;
   * poll the linked status operation or pass an HTTPS `callback_url` to receive the final
   * result. The result lists the generated videos and the source video used.
   *
   * `POST /api/v1/luma/modify_video`
   */
  create(params: T.ModifyVideoCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Luma video modification task
   *
   * Returns the latest status of a Luma modification task; once completed, `videos` holds the
   * generated videos and `sources` the source video used. Luma's provider-specific callback
   * failure state is reported as `completed`, because the generation itself has succeeded.
   *
   * `GET /api/v1/luma/modify_video/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.LumaModifyVideoStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: videos.
   */
  wait(id: string, options?: WaitOptions<T.LumaModifyVideoStatus>): Promise<T.LumaModifyVideoCompleted>;

  /**
   * Create a Luma video modification task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.ModifyVideoCreateParams, options?: RunOptions<T.LumaModifyVideoStatus>): Promise<T.LumaModifyVideoCompleted>;

  /** Check a `create` body against every rule of luma.modify_video.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.ModifyVideoCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.LumaModifyVideoStatus>;
}

/** Modify video. */
export class ModifyVideo extends TaskResource<T.LumaModifyVideoStatus, T.LumaModifyVideoCompleted> {
  protected static override readonly group = "luma";
  protected static override readonly schemas = SCHEMAS["luma"];
  protected static override readonly task = { create: OP_MODIFY_VIDEO_CREATE, status: OP_MODIFY_VIDEO_GET, completed: ["videos"] };
}

/** Luma video modification. */
export class Luma extends APIResource {
  protected static override readonly group = "luma";
  protected static override readonly schemas = SCHEMAS["luma"];
  #children: Record<string, unknown> = {};

  get modifyVideo(): ModifyVideo {
    return (this.#children.modifyVideo ??= new ModifyVideo(this._client)) as ModifyVideo;
  }

  /** The same resource as `modifyVideo`, by the plural name the API reference uses. */
  get modifyVideos(): ModifyVideo {
    return this.modifyVideo;
  }
}
