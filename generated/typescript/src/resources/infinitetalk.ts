// infinitetalk: resources of the client's `infinitetalk` property.
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
import type * as T from '../types/infinitetalk.js';

const OP_AUDIO_TO_VIDEO_CREATE: OperationSpec = { id: "infinitetalk.audio_to_video.create", method: "POST", path: "/api/v1/infinitetalk/audio_to_video", auth: "api_key", body: "json", answer: ["id"] };
const OP_AUDIO_TO_VIDEO_GET: OperationSpec = { id: "infinitetalk.audio_to_video.get", method: "GET", path: "/api/v1/infinitetalk/audio_to_video/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };

/** Audio to video. */
export interface AudioToVideo {
  /**
   * Create an InfiniteTalk lip-sync task
   *
   * Starts an InfiniteTalk (`infinitetalk-from-audio`) task that animates the face in `source_image_url` to speak `source_audio_url`, guided by a prompt of up to 5000 characters, and answers `202` with its id. `output_resolution` is 480p or 720p; `seed` is 10000-1000000. Poll the linked status operation or pass `callback_url`.
   *
   * `POST /api/v1/infinitetalk/audio_to_video`
   */
  create(params: T.AudioToVideoCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get an InfiniteTalk lip-sync task
   *
   * Returns the status of an InfiniteTalk task; `videos` is present once it has completed.
   *
   * `GET /api/v1/infinitetalk/audio_to_video/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.InfinitetalkAudioToVideoStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: videos.
   */
  wait(id: string, options?: WaitOptions<T.InfinitetalkAudioToVideoStatus>): Promise<T.InfinitetalkAudioToVideoCompleted>;

  /**
   * Create an InfiniteTalk lip-sync task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.AudioToVideoCreateParams, options?: RunOptions<T.InfinitetalkAudioToVideoStatus>): Promise<T.InfinitetalkAudioToVideoCompleted>;

  /** Check a `create` body against every rule of infinitetalk.audio_to_video.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.AudioToVideoCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.InfinitetalkAudioToVideoStatus>;
}

/** Audio to video. */
export class AudioToVideo extends TaskResource<T.InfinitetalkAudioToVideoStatus, T.InfinitetalkAudioToVideoCompleted> {
  protected static override readonly group = "infinitetalk";
  protected static override readonly schemas = SCHEMAS["infinitetalk"];
  protected static override readonly task = { create: OP_AUDIO_TO_VIDEO_CREATE, status: OP_AUDIO_TO_VIDEO_GET, completed: ["videos"] };
}

/** InfiniteTalk audio-driven talking video. */
export class Infinitetalk extends APIResource {
  protected static override readonly group = "infinitetalk";
  protected static override readonly schemas = SCHEMAS["infinitetalk"];
  #children: Record<string, unknown> = {};

  get audioToVideo(): AudioToVideo {
    return (this.#children.audioToVideo ??= new AudioToVideo(this._client)) as AudioToVideo;
  }

  /** The same resource as `audioToVideo`, by the plural name the API reference uses. */
  get audioToVideos(): AudioToVideo {
    return this.audioToVideo;
  }
}
