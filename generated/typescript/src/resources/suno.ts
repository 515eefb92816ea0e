// suno: resources of the client's `suno` property.
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
import type * as T from '../types/suno.js';

const OP_ADD_INSTRUMENTAL_CREATE: OperationSpec = { id: "suno.add_instrumental.create", method: "POST", path: "/api/v1/suno/add_instrumental", auth: "api_key", body: "json", answer: ["id"] };
const OP_ADD_INSTRUMENTAL_GET: OperationSpec = { id: "suno.add_instrumental.get", method: "GET", path: "/api/v1/suno/add_instrumental/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_ADD_VOCALS_CREATE: OperationSpec = { id: "suno.add_vocals.create", method: "POST", path: "/api/v1/suno/add_vocals", auth: "api_key", body: "json", answer: ["id"] };
const OP_ADD_VOCALS_GET: OperationSpec = { id: "suno.add_vocals.get", method: "GET", path: "/api/v1/suno/add_vocals/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_CONVERT_AUDIO_CREATE: OperationSpec = { id: "suno.convert_audio.create", method: "POST", path: "/api/v1/suno/convert_audio", auth: "api_key", body: "json", answer: ["id"] };
const OP_CONVERT_AUDIO_GET: OperationSpec = { id: "suno.convert_audio.get", method: "GET", path: "/api/v1/suno/convert_audio/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_COVER_AUDIO_CREATE: OperationSpec = { id: "suno.cover_audio.create", method: "POST", path: "/api/v1/suno/cover_audio", auth: "api_key", body: "json", answer: ["id"] };
const OP_COVER_AUDIO_GET: OperationSpec = { id: "suno.cover_audio.get", method: "GET", path: "/api/v1/suno/cover_audio/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_CREATE_MASHUP_CREATE: OperationSpec = { id: "suno.create_mashup.create", method: "POST", path: "/api/v1/suno/create_mashup", auth: "api_key", body: "json", answer: ["id"] };
const OP_CREATE_MASHUP_GET: OperationSpec = { id: "suno.create_mashup.get", method: "GET", path: "/api/v1/suno/create_mashup/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_EXTEND_MUSIC_CREATE: OperationSpec = { id: "suno.extend_music.create", method: "POST", path: "/api/v1/suno/extend_music", auth: "api_key", body: "json", answer: ["id"] };
const OP_EXTEND_MUSIC_GET: OperationSpec = { id: "suno.extend_music.get", method: "GET", path: "/api/v1/suno/extend_music/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_GENERATE_ARTWORK_CREATE: OperationSpec = { id: "suno.generate_artwork.create", method: "POST", path: "/api/v1/suno/generate_artwork", auth: "api_key", body: "json", answer: ["id"] };
const OP_GENERATE_ARTWORK_GET: OperationSpec = { id: "suno.generate_artwork.get", method: "GET", path: "/api/v1/suno/generate_artwork/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_GENERATE_LYRICS_CREATE: OperationSpec = { id: "suno.generate_lyrics.create", method: "POST", path: "/api/v1/suno/generate_lyrics", auth: "api_key", body: "json", answer: ["id"] };
const OP_GENERATE_LYRICS_GET: OperationSpec = { id: "suno.generate_lyrics.get", method: "GET", path: "/api/v1/suno/generate_lyrics/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_GENERATE_MIDI_CREATE: OperationSpec = { id: "suno.generate_midi.create", method: "POST", path: "/api/v1/suno/generate_midi", auth: "api_key", body: "json", answer: ["id"] };
const OP_GENERATE_MIDI_GET: OperationSpec = { id: "suno.generate_midi.get", method: "GET", path: "/api/v1/suno/generate_midi/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_GENERATE_VOICE_CREATE: OperationSpec = { id: "suno.generate_voice.create", method: "POST", path: "/api/v1/suno/generate_voice", auth: "api_key", body: "json", answer: ["id"] };
const OP_GENERATE_VOICE_GET: OperationSpec = { id: "suno.generate_voice.get", method: "GET", path: "/api/v1/suno/generate_voice/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_REGENERATE_VALIDATION_PHRASE_CREATE: OperationSpec = { id: "suno.regenerate_validation_phrase.create", method: "POST", path: "/api/v1/suno/regenerate_validation_phrase", auth: "api_key", body: "json", answer: ["id"] };
const OP_REGENERATE_VALIDATION_PHRASE_GET: OperationSpec = { id: "suno.regenerate_validation_phrase.get", method: "GET", path: "/api/v1/suno/regenerate_validation_phrase/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_REPLACE_SECTION_CREATE: OperationSpec = { id: "suno.replace_section.create", method: "POST", path: "/api/v1/suno/replace_section", auth: "api_key", body: "json", answer: ["id"] };
const OP_REPLACE_SECTION_GET: OperationSpec = { id: "suno.replace_section.get", method: "GET", path: "/api/v1/suno/replace_section/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_SEPARATE_AUDIO_STEMS_CREATE: OperationSpec = { id: "suno.separate_audio_stems.create", method: "POST", path: "/api/v1/suno/separate_audio_stems", auth: "api_key", body: "json", answer: ["id"] };
const OP_SEPARATE_AUDIO_STEMS_GET: OperationSpec = { id: "suno.separate_audio_stems.get", method: "GET", path: "/api/v1/suno/separate_audio_stems/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_TEXT_TO_MUSIC_CREATE: OperationSpec = { id: "suno.text_to_music.create", method: "POST", path: "/api/v1/suno/text_to_music", auth: "api_key", body: "json", answer: ["id"] };
const OP_TEXT_TO_MUSIC_GET: OperationSpec = { id: "suno.text_to_music.get", method: "GET", path: "/api/v1/suno/text_to_music/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_TEXT_TO_SOUND_CREATE: OperationSpec = { id: "suno.text_to_sound.create", method: "POST", path: "/api/v1/suno/text_to_sound", auth: "api_key", body: "json", answer: ["id"] };
const OP_TEXT_TO_SOUND_GET: OperationSpec = { id: "suno.text_to_sound.get", method: "GET", path: "/api/v1/suno/text_to_sound/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_VISUALIZE_MUSIC_CREATE: OperationSpec = { id: "suno.visualize_music.create", method: "POST", path: "/api/v1/suno/visualize_music", auth: "api_key", body: "json", answer: ["id"] };
const OP_VISUALIZE_MUSIC_GET: OperationSpec = { id: "suno.visualize_music.get", method: "GET", path: "/api/v1/suno/visualize_music/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_VOICE_TO_VALIDATION_PHRASE_CREATE: OperationSpec = { id: "suno.voice_to_validation_phrase.create", method: "POST", path: "/api/v1/suno/voice_to_validation_phrase", auth: "api_key", body: "json", answer: ["id"] };
const OP_VOICE_TO_VALIDATION_PHRASE_GET: OperationSpec = { id: "suno.voice_to_validation_phrase.get", method: "GET", path: "/api/v1/suno/voice_to_validation_phrase/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_BOOST_STYLE: OperationSpec = { id: "suno.boost_style", method: "POST", path: "/api/v1/suno/boost_style", auth: "api_key", body: "json", answer: ["style"] };
const OP_CHECK_VOICE: OperationSpec = { id: "suno.check_voice", method: "POST", path: "/api/v1/suno/check_voice", auth: "api_key", body: "json", answer: ["is_available"] };
const OP_GENERATE_PERSONA: OperationSpec = { id: "suno.generate_persona", method: "POST", path: "/api/v1/suno/generate_persona", auth: "api_key", body: "json", answer: ["persona"] };
const OP_GET_TIMESTAMPED_LYRICS: OperationSpec = { id: "suno.get_timestamped_lyrics", method: "POST", path: "/api/v1/suno/get_timestamped_lyrics", auth: "api_key", body: "json", answer: [] };

/** Add instrumental. */
export interface AddInstrumental {
  /**
   * Create a Suno add-instrumental task
   *
   * Generates a musical accompaniment for an uploaded audio file (`upload_url`; the
   * `download_url` of `files.from_url` works and expires after 24 hours) and answers `202` with
   * the task id. `title`, `tags` (style and characteristics), `negative_tags` (styles to
   * exclude) and `model` are required. Models: `suno-v5`, `suno-v4.5-plus`, `suno-v4.5-all`,
   * `suno-v4.5`, `suno-v4`. Callbacks are sent at each generation stage.
   *
   * `POST /api/v1/suno/add_instrumental`
   */
  create(params: T.AddInstrumentalCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Suno add-instrumental task
   *
   * Returns the status of a Suno add-instrumental task; `audios` is present once the tracks are ready.
   *
   * `GET /api/v1/suno/add_instrumental/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.SunoMusicStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: audios.
   */
  wait(id: string, options?: WaitOptions<T.SunoMusicStatus>): Promise<T.SunoMusicCompleted>;

  /**
   * Create a Suno add-instrumental task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.AddInstrumentalCreateParams, options?: RunOptions<T.SunoMusicStatus>): Promise<T.SunoMusicCompleted>;

  /** Check a `create` body against every rule of suno.add_instrumental.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.AddInstrumentalCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.SunoMusicStatus>;
}

/** Add instrumental. */
export class AddInstrumental extends TaskResource<T.SunoMusicStatus, T.SunoMusicCompleted> {
  protected static override readonly group = "suno";
  protected static override readonly schemas = SCHEMAS["suno"];
  protected static override readonly task = { create: OP_ADD_INSTRUMENTAL_CREATE, status: OP_ADD_INSTRUMENTAL_GET, completed: ["audios"] };
}

/** Add vocals. */
export interface AddVocals {
  /**
   * Create a Suno add-vocals task
   *
   * Sings the exact `lyrics` over an uploaded instrumental (`upload_url`; the `download_url` of
   * `files.from_url` works and expires after 24 hours) and answers `202` with the task id.
   * `title`, `style` and `model` are required. Models: `suno-v5`, `suno-v4.5-plus`,
   * `suno-v4.5-all`, `suno-v4.5`, `suno-v4`. Callbacks are sent at each generation stage.
   *
   * `POST /api/v1/suno/add_vocals`
   */
  create(params: T.AddVocalsCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Suno add-vocals task
   *
   * Returns the status of a Suno add-vocals task; `audios` is present once the tracks are ready.
   *
   * `GET /api/v1/suno/add_vocals/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.SunoMusicStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: audios.
   */
  wait(id: string, options?: WaitOptions<T.SunoMusicStatus>): Promise<T.SunoMusicCompleted>;

  /**
   * Create a Suno add-vocals task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.AddVocalsCreateParams, options?: RunOptions<T.SunoMusicStatus>): Promise<T.SunoMusicCompleted>;

  /** Check a `create` body against every rule of suno.add_vocals.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.AddVocalsCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.SunoMusicStatus>;
}

/** Add vocals. */
export class AddVocals extends TaskResource<T.SunoMusicStatus, T.SunoMusicCompleted> {
  protected static override readonly group = "suno";
  protected static override readonly schemas = SCHEMAS["suno"];
  protected static override readonly task = { create: OP_ADD_VOCALS_CREATE, status: OP_ADD_VOCALS_GET, completed: ["audios"] };
}

/** Convert audio. */
export interface ConvertAudio {
  /**
   * Convert a Suno track to WAV
   *
   * Starts a task that converts one track (`audio_id`) of a finished Suno music task
   * (`task_id`) to high-quality WAV and answers `202` with its id. The completed task carries
   * `wav_url`. Poll the linked status operation or pass `callback_url`.
   *
   * `POST /api/v1/suno/convert_audio`
   */
  create(params: T.ConvertAudioCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Suno WAV conversion task
   *
   * Returns the status of a WAV conversion task; `wav_url` is present once it has completed.
   *
   * `GET /api/v1/suno/convert_audio/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.SunoConvertAudioStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: wav_url.
   */
  wait(id: string, options?: WaitOptions<T.SunoConvertAudioStatus>): Promise<T.SunoConvertAudioCompleted>;

  /**
   * Convert a Suno track to WAV, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.ConvertAudioCreateParams, options?: RunOptions<T.SunoConvertAudioStatus>): Promise<T.SunoConvertAudioCompleted>;

  /** Check a `create` body against every rule of suno.convert_audio.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.ConvertAudioCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.SunoConvertAudioStatus>;
}

/** Convert audio. */
export class ConvertAudio extends TaskResource<T.SunoConvertAudioStatus, T.SunoConvertAudioCompleted> {
  protected static override readonly group = "suno";
  protected static override readonly schemas = SCHEMAS["suno"];
  protected static override readonly task = { create: OP_CONVERT_AUDIO_CREATE, status: OP_CONVERT_AUDIO_GET, completed: ["wav_url"] };
}

/** Cover audio. */
export interface CoverAudio {
  /**
   * Create a Suno cover of an uploaded audio file
   *
   * Transforms an uploaded audio file (`upload_url`, at most 8 minutes; the `download_url` of
   * `files.from_url` works and expires after 24 hours) into a new style while keeping its core
   * melody, and answers `202` with the task id. `vocal_mode` picks the request shape:
   * `auto_lyrics` (lyrics written from the cover brief in `prompt`; `lyrics`, `style` and
   * `title` are not accepted), `exact_lyrics` (`lyrics`, `style` and `title` required) or
   * `instrumental` (`style` and `title` required, no `prompt` or `lyrics`).
   *
   * Models: `suno-v5`, `suno-v4.5-plus`, `suno-v4.5-all`, `suno-v4.5`, `suno-v4`;
   * `persona_type: voice` needs `suno-v5`. Callbacks are sent at each generation stage.
   *
   * Request shapes:
   * - vocal_mode=auto_lyrics
   * - vocal_mode=exact_lyrics
   * - vocal_mode=instrumental
   *
   * Rules checked before sending:
   * - persona_type voice is available for suno-v5 only
   *
   * `POST /api/v1/suno/cover_audio`
   */
  create(params: T.CoverAudioCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Suno cover task
   *
   * Returns the status of a Suno upload-and-cover task; `audios` is present once the cover tracks are ready.
   *
   * `GET /api/v1/suno/cover_audio/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.SunoMusicStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: audios.
   */
  wait(id: string, options?: WaitOptions<T.SunoMusicStatus>): Promise<T.SunoMusicCompleted>;

  /**
   * Create a Suno cover of an uploaded audio file, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.CoverAudioCreateParams, options?: RunOptions<T.SunoMusicStatus>): Promise<T.SunoMusicCompleted>;

  /** Check a `create` body against every rule of suno.cover_audio.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.CoverAudioCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.SunoMusicStatus>;
}

/** Cover audio. */
export class CoverAudio extends TaskResource<T.SunoMusicStatus, T.SunoMusicCompleted> {
  protected static override readonly group = "suno";
  protected static override readonly schemas = SCHEMAS["suno"];
  protected static override readonly task = { create: OP_COVER_AUDIO_CREATE, status: OP_COVER_AUDIO_GET, completed: ["audios"] };
}

/** Create mashup. */
export interface CreateMashup {
  /**
   * Create a Suno mashup task
   *
   * Combines exactly two publicly accessible audio files (`upload_url_list`) into a new
   * composition and answers `202` with the task id. `vocal_mode` picks the request shape:
   * `auto_lyrics` (lyrics written from the mashup brief in `prompt`; `lyrics`, `style` and
   * `title` are not accepted), `exact_lyrics` (`lyrics`, `style` and `title` required) or
   * `instrumental` (`style` and `title` required, no `prompt` or `lyrics`).
   *
   * Models: `suno-v5`, `suno-v4.5-plus`, `suno-v4.5-all`, `suno-v4.5`, `suno-v4`;
   * `persona_type: voice` needs `suno-v5`. Callbacks are sent at each generation stage.
   *
   * Request shapes:
   * - vocal_mode=auto_lyrics
   * - vocal_mode=exact_lyrics
   * - vocal_mode=instrumental
   *
   * Rules checked before sending:
   * - persona_type voice is available for suno-v5 only
   *
   * `POST /api/v1/suno/create_mashup`
   */
  create(params: T.CreateMashupCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Suno mashup task
   *
   * Returns the status of a Suno mashup task; `audios` is present once the mashup tracks are ready.
   *
   * `GET /api/v1/suno/create_mashup/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.SunoMusicStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: audios.
   */
  wait(id: string, options?: WaitOptions<T.SunoMusicStatus>): Promise<T.SunoMusicCompleted>;

  /**
   * Create a Suno mashup task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.CreateMashupCreateParams, options?: RunOptions<T.SunoMusicStatus>): Promise<T.SunoMusicCompleted>;

  /** Check a `create` body against every rule of suno.create_mashup.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.CreateMashupCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.SunoMusicStatus>;
}

/** Create mashup. */
export class CreateMashup extends TaskResource<T.SunoMusicStatus, T.SunoMusicCompleted> {
  protected static override readonly group = "suno";
  protected static override readonly schemas = SCHEMAS["suno"];
  protected static override readonly task = { create: OP_CREATE_MASHUP_CREATE, status: OP_CREATE_MASHUP_GET, completed: ["audios"] };
}

/** Extend music. */
export interface ExtendMusic {
  /**
   * Create a Suno music extension task
   *
   * Extends a track while keeping its style and answers `202` with the task id. The source is
   * a Suno track (`audio_id`, or `task_id`), an uploaded file (`upload_url`, at most 8 minutes;
   * the `download_url` of `files.from_url` works and expires after 24 hours) or an audio URL
   * (`audio_url`); at least one is required.
   *
   * `parameter_mode` picks the request shape:
   *
   * - `source`: inherit the source track's parameters. With `upload_url`, `prompt` is required.
   * - `custom`: give the parameters in this request: `style`, `title` and `continue_at`
   *   (the second at which the extension starts) are required, and `prompt` is required
   *   unless `instrumental` is true or `lyrics` are given (lyrics apply to uploaded audio).
   *   `persona_id`/`persona_type` and `vocal_gender` take effect in custom mode only.
   *
   * Models: `suno-v5`, `suno-v4.5-plus`, `suno-v4.5-all`, `suno-v4.5`, `suno-v4`;
   * `persona_type: voice` needs `suno-v5`. Callbacks are sent at each generation stage.
   *
   * Request shapes:
   * - parameter_mode=source
   * - parameter_mode=custom
   *
   * Rules checked before sending:
   * - one of audio_id, upload_url, task_id or audio_url is required (the track to extend)
   * - persona_type voice is available for suno-v5 only
   * - prompt is required when parameter_mode is custom unless instrumental is true or lyrics are given
   * - prompt is required when parameter_mode is source and upload_url is given
   *
   * `POST /api/v1/suno/extend_music`
   */
  create(params: T.ExtendMusicCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Suno music extension task
   *
   * Returns the status of a Suno extension task (from `audio_id` or `upload_url`); `audios` is present once the extended tracks are ready.
   *
   * `GET /api/v1/suno/extend_music/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.SunoMusicStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: audios.
   */
  wait(id: string, options?: WaitOptions<T.SunoMusicStatus>): Promise<T.SunoMusicCompleted>;

  /**
   * Create a Suno music extension task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.ExtendMusicCreateParams, options?: RunOptions<T.SunoMusicStatus>): Promise<T.SunoMusicCompleted>;

  /** Check a `create` body against every rule of suno.extend_music.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.ExtendMusicCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.SunoMusicStatus>;
}

/** Extend music. */
export class ExtendMusic extends TaskResource<T.SunoMusicStatus, T.SunoMusicCompleted> {
  protected static override readonly group = "suno";
  protected static override readonly schemas = SCHEMAS["suno"];
  protected static override readonly task = { create: OP_EXTEND_MUSIC_CREATE, status: OP_EXTEND_MUSIC_GET, completed: ["audios"] };
}

/** Generate artwork. */
export interface GenerateArtwork {
  /**
   * Generate cover art for Suno music
   *
   * Starts a task that creates personalized cover images for the music of a finished Suno
   * music task (`task_id`) and answers `202` with its id. The completed task usually holds 2
   * cover images in different styles (`covers`); their URLs are kept for 14 days. Poll the
   * linked status operation or pass `callback_url`.
   *
   * `POST /api/v1/suno/generate_artwork`
   */
  create(params: T.GenerateArtworkCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Suno cover art task
   *
   * Returns the status of a cover art task; `covers` is empty until the task has completed, then holds the cover images (kept for 14 days).
   *
   * `GET /api/v1/suno/generate_artwork/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.SunoGenerateArtworkStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: covers.
   */
  wait(id: string, options?: WaitOptions<T.SunoGenerateArtworkStatus>): Promise<T.SunoGenerateArtworkCompleted>;

  /**
   * Generate cover art for Suno music, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.GenerateArtworkCreateParams, options?: RunOptions<T.SunoGenerateArtworkStatus>): Promise<T.SunoGenerateArtworkCompleted>;

  /** Check a `create` body against every rule of suno.generate_artwork.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.GenerateArtworkCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.SunoGenerateArtworkStatus>;
}

/** Generate artwork. */
export class GenerateArtwork extends TaskResource<T.SunoGenerateArtworkStatus, T.SunoGenerateArtworkCompleted> {
  protected static override readonly group = "suno";
  protected static override readonly schemas = SCHEMAS["suno"];
  protected static override readonly task = { create: OP_GENERATE_ARTWORK_CREATE, status: OP_GENERATE_ARTWORK_GET, completed: ["covers"] };
}

/** Generate lyrics. */
export interface GenerateLyrics {
  /**
   * Create a Suno lyrics generation task
   *
   * Writes song lyrics from a theme, style or subject (`prompt`, at most 200 characters) and
   * answers `202` with the task id. The result is a `lyrics` list of one or more entries, each
   * with a `title` and structured `text` (verse/chorus sections). The callback is sent once,
   * when the task completes or fails.
   *
   * `POST /api/v1/suno/generate_lyrics`
   */
  create(params: T.GenerateLyricsCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Suno lyrics generation task
   *
   * Returns the status of a Suno lyrics task; `lyrics` is empty until the task has completed.
   *
   * `GET /api/v1/suno/generate_lyrics/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.SunoGenerateLyricsStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: lyrics.
   */
  wait(id: string, options?: WaitOptions<T.SunoGenerateLyricsStatus>): Promise<T.SunoGenerateLyricsCompleted>;

  /**
   * Create a Suno lyrics generation task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.GenerateLyricsCreateParams, options?: RunOptions<T.SunoGenerateLyricsStatus>): Promise<T.SunoGenerateLyricsCompleted>;

  /** Check a `create` body against every rule of suno.generate_lyrics.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.GenerateLyricsCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.SunoGenerateLyricsStatus>;
}

/** Generate lyrics. */
export class GenerateLyrics extends TaskResource<T.SunoGenerateLyricsStatus, T.SunoGenerateLyricsCompleted> {
  protected static override readonly group = "suno";
  protected static override readonly schemas = SCHEMAS["suno"];
  protected static override readonly task = { create: OP_GENERATE_LYRICS_CREATE, status: OP_GENERATE_LYRICS_GET, completed: ["lyrics"] };
}

/** Generate midi. */
export interface GenerateMidi {
  /**
   * Generate MIDI from separated Suno stems
   *
   * Starts a task that converts the stems of a completed `split_stem` separation task
   * (`suno.separate_audio_stems.create` with `type: split_stem`) into MIDI note data and answers
   * `202` with its id. The completed task lists the detected `instruments`, each with its
   * `notes` (MIDI pitch 0-127, start and end time in seconds, velocity). Poll the linked status
   * operation or pass `callback_url`.
   *
   * `POST /api/v1/suno/generate_midi`
   */
  create(params: T.GenerateMidiCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Suno MIDI generation task
   *
   * Returns the status of a MIDI generation task; `instruments` is empty until the task has completed, then lists each detected instrument with its notes.
   *
   * `GET /api/v1/suno/generate_midi/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.SunoGenerateMidiStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: instruments.
   */
  wait(id: string, options?: WaitOptions<T.SunoGenerateMidiStatus>): Promise<T.SunoGenerateMidiCompleted>;

  /**
   * Generate MIDI from separated Suno stems, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.GenerateMidiCreateParams, options?: RunOptions<T.SunoGenerateMidiStatus>): Promise<T.SunoGenerateMidiCompleted>;

  /** Check a `create` body against every rule of suno.generate_midi.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.GenerateMidiCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.SunoGenerateMidiStatus>;
}

/** Generate midi. */
export class GenerateMidi extends TaskResource<T.SunoGenerateMidiStatus, T.SunoGenerateMidiCompleted> {
  protected static override readonly group = "suno";
  protected static override readonly schemas = SCHEMAS["suno"];
  protected static override readonly task = { create: OP_GENERATE_MIDI_CREATE, status: OP_GENERATE_MIDI_GET, completed: ["instruments"] };
}

/** Generate voice. */
export interface GenerateVoice {
  /**
   * Create a reusable Suno custom voice
   *
   * Creates a custom voice from a validation phrase task (`task_id` from
   * `suno.voice_to_validation_phrase.create` or `suno.regenerate_validation_phrase.create`) and
   * a recording of the user reading that phrase (`verify_url`); answers `202` with the task id.
   * Optional `voice_name`, `description`, `style` tags and `singer_skill_level` describe the
   * voice.
   *
   * The completed task carries `voice_id`: confirm it with `suno.check_voice`, then use it as
   * `persona_id` with `persona_type: voice` on the Suno v5 music generation operations that
   * support personas. `callback_url` must be an HTTPS URL.
   *
   * `POST /api/v1/suno/generate_voice`
   */
  create(params: T.GenerateVoiceCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Suno custom voice task
   *
   * Returns the status of a custom voice task; `voice_id` is present once it has completed.
   *
   * `GET /api/v1/suno/generate_voice/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.SunoGenerateVoiceStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: voice_id.
   */
  wait(id: string, options?: WaitOptions<T.SunoGenerateVoiceStatus>): Promise<T.SunoGenerateVoiceCompleted>;

  /**
   * Create a reusable Suno custom voice, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.GenerateVoiceCreateParams, options?: RunOptions<T.SunoGenerateVoiceStatus>): Promise<T.SunoGenerateVoiceCompleted>;

  /** Check a `create` body against every rule of suno.generate_voice.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.GenerateVoiceCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.SunoGenerateVoiceStatus>;
}

/** Generate voice. */
export class GenerateVoice extends TaskResource<T.SunoGenerateVoiceStatus, T.SunoGenerateVoiceCompleted> {
  protected static override readonly group = "suno";
  protected static override readonly schemas = SCHEMAS["suno"];
  protected static override readonly task = { create: OP_GENERATE_VOICE_CREATE, status: OP_GENERATE_VOICE_GET, completed: ["voice_id"] };
}

/** Regenerate validation phrase. */
export interface RegenerateValidationPhrase {
  /**
   * Regenerate a Suno voice validation phrase
   *
   * Starts a task that produces a new validation phrase for an earlier validation phrase task
   * (from `suno.voice_to_validation_phrase.create` or an earlier regeneration) owned by the
   * same account, and answers `202` with its id. Use it when the previous phrase expired, was
   * hard to read, or must be replaced before the user records the verification audio. The new
   * task id can be passed to `suno.generate_voice.create`. `callback_url` must be an HTTPS URL.
   *
   * `POST /api/v1/suno/regenerate_validation_phrase`
   */
  create(params: T.RegenerateValidationPhraseCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Suno regenerated validation phrase task
   *
   * Returns the status of a validation phrase regeneration task; `validation_phrase` holds the new phrase once it has completed.
   *
   * `GET /api/v1/suno/regenerate_validation_phrase/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.SunoRegenerateValidationPhraseStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: validation_phrase.
   */
  wait(id: string, options?: WaitOptions<T.SunoRegenerateValidationPhraseStatus>): Promise<T.SunoRegenerateValidationPhraseCompleted>;

  /**
   * Regenerate a Suno voice validation phrase, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.RegenerateValidationPhraseCreateParams, options?: RunOptions<T.SunoRegenerateValidationPhraseStatus>): Promise<T.SunoRegenerateValidationPhraseCompleted>;

  /** Check a `create` body against every rule of suno.regenerate_validation_phrase.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.RegenerateValidationPhraseCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.SunoRegenerateValidationPhraseStatus>;
}

/** Regenerate validation phrase. */
export class RegenerateValidationPhrase extends TaskResource<T.SunoRegenerateValidationPhraseStatus, T.SunoRegenerateValidationPhraseCompleted> {
  protected static override readonly group = "suno";
  protected static override readonly schemas = SCHEMAS["suno"];
  protected static override readonly task = { create: OP_REGENERATE_VALIDATION_PHRASE_CREATE, status: OP_REGENERATE_VALIDATION_PHRASE_GET, completed: ["validation_phrase"] };
}

/** Replace section. */
export interface ReplaceSection {
  /**
   * Create a Suno section replacement task
   *
   * Regenerates the time segment from `infill_start_time` to `infill_end_time` (seconds, two
   * decimals; at least 10 seconds long) of a generated track (`task_id` + `audio_id`) with new
   * `lyrics`, `tags` and `title`, and answers `202` with the task id. `full_lyrics` may carry
   * the complete lyrics after the change. The result is a single `track`.
   *
   * Rules checked before sending:
   * - infill_end_time must be at least 10 seconds after infill_start_time
   *
   * `POST /api/v1/suno/replace_section`
   */
  create(params: T.ReplaceSectionCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Suno section replacement task
   *
   * Returns the status of a Suno replace-section task; `track` is present once it has completed.
   *
   * `GET /api/v1/suno/replace_section/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.SunoReplaceSectionStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: track.
   */
  wait(id: string, options?: WaitOptions<T.SunoReplaceSectionStatus>): Promise<T.SunoReplaceSectionCompleted>;

  /**
   * Create a Suno section replacement task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.ReplaceSectionCreateParams, options?: RunOptions<T.SunoReplaceSectionStatus>): Promise<T.SunoReplaceSectionCompleted>;

  /** Check a `create` body against every rule of suno.replace_section.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.ReplaceSectionCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.SunoReplaceSectionStatus>;
}

/** Replace section. */
export class ReplaceSection extends TaskResource<T.SunoReplaceSectionStatus, T.SunoReplaceSectionCompleted> {
  protected static override readonly group = "suno";
  protected static override readonly schemas = SCHEMAS["suno"];
  protected static override readonly task = { create: OP_REPLACE_SECTION_CREATE, status: OP_REPLACE_SECTION_GET, completed: ["track"] };
}

/** Separate audio stems. */
export interface SeparateAudioStems {
  /**
   * Separate a Suno track into stems
   *
   * Starts a stem separation task for one track (`audio_id`) of a finished Suno music task
   * (`task_id`) and answers `202` with its id. Two separation types exist (priced differently,
   * see Suno pricing):
   *
   * - `separate_vocal` (default): vocals and accompaniment, 2 tracks
   *   (`separated_audios.vocal_url` and `separated_audios.instrumental_url`);
   * - `split_stem`: one track per instrument, 12 or more tracks (backing vocals, bass, brass,
   *   drums, FX, guitar, keyboard, piano, percussion, strings, synth, vocals, woodwinds).
   *
   * The id of a completed `split_stem` task is the input of `suno.generate_midi.create`.
   * Poll the linked status operation or pass `callback_url`.
   *
   * `POST /api/v1/suno/separate_audio_stems`
   */
  create(params: T.SeparateAudioStemsCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Suno stem separation task
   *
   * Returns the status of a stem separation task; `separated_audios` holds the stem URLs once it has completed (2 for `separate_vocal`, 12 or more for `split_stem`).
   *
   * `GET /api/v1/suno/separate_audio_stems/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.SunoSeparateAudioStemsStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: separated_audios.
   */
  wait(id: string, options?: WaitOptions<T.SunoSeparateAudioStemsStatus>): Promise<T.SunoSeparateAudioStemsCompleted>;

  /**
   * Separate a Suno track into stems, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.SeparateAudioStemsCreateParams, options?: RunOptions<T.SunoSeparateAudioStemsStatus>): Promise<T.SunoSeparateAudioStemsCompleted>;

  /** Check a `create` body against every rule of suno.separate_audio_stems.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.SeparateAudioStemsCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.SunoSeparateAudioStemsStatus>;
}

/** Separate audio stems. */
export class SeparateAudioStems extends TaskResource<T.SunoSeparateAudioStemsStatus, T.SunoSeparateAudioStemsCompleted> {
  protected static override readonly group = "suno";
  protected static override readonly schemas = SCHEMAS["suno"];
  protected static override readonly task = { create: OP_SEPARATE_AUDIO_STEMS_CREATE, status: OP_SEPARATE_AUDIO_STEMS_GET, completed: ["separated_audios"] };
}

/** Text to music. */
export interface TextToMusic {
  /**
   * Create a Suno music generation task
   *
   * Starts a Suno song generation task from text and answers `202` with its id. `vocal_mode`
   * picks the request shape:
   *
   * - `auto_lyrics`: Suno writes the lyrics from the song brief in `prompt` (at most 3000
   *   characters); `lyrics`, `style`, `title`, `negative_tags` and `vocal_gender` are not
   *   accepted.
   * - `exact_lyrics`: the song sings `lyrics` word for word; `style` and `title` are required,
   *   `prompt` is not accepted.
   * - `instrumental`: no vocals; `style` and `title` are required; `prompt`, `lyrics` and
   *   `vocal_gender` are not accepted.
   *
   * Models: `suno-v5` (superior musical expression, faster, up to 8 min), `suno-v4.5-plus`,
   * `suno-v4.5-all`, `suno-v4.5` (up to 8 min) and `suno-v4` (up to 4 min). A persona created
   * with `suno.generate_persona` can be applied with `persona_id`; `persona_type` is ignored
   * without it, and `persona_type: voice` needs `suno-v5`. `vocal_gender` only raises the
   * probability of a male or female voice.
   *
   * With `callback_url`, a callback is sent at every generation stage (`text_generated`,
   * `first_audio_ready`, `all_audios_ready`, `failed`); otherwise poll the linked status
   * operation.
   *
   * Request shapes:
   * - vocal_mode=auto_lyrics
   * - vocal_mode=exact_lyrics
   * - vocal_mode=instrumental
   *
   * Rules checked before sending:
   * - persona_type voice is available for suno-v5 only
   *
   * `POST /api/v1/suno/text_to_music`
   */
  create(params: T.TextToMusicCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Suno music generation task
   *
   * Returns the status of a Suno music generation task. `generation_stage` shows how far it got; `audios` is present once tracks are ready.
   *
   * `GET /api/v1/suno/text_to_music/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.SunoMusicStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: audios.
   */
  wait(id: string, options?: WaitOptions<T.SunoMusicStatus>): Promise<T.SunoMusicCompleted>;

  /**
   * Create a Suno music generation task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.TextToMusicCreateParams, options?: RunOptions<T.SunoMusicStatus>): Promise<T.SunoMusicCompleted>;

  /** Check a `create` body against every rule of suno.text_to_music.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.TextToMusicCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.SunoMusicStatus>;
}

/** Text to music. */
export class TextToMusic extends TaskResource<T.SunoMusicStatus, T.SunoMusicCompleted> {
  protected static override readonly group = "suno";
  protected static override readonly schemas = SCHEMAS["suno"];
  protected static override readonly task = { create: OP_TEXT_TO_MUSIC_CREATE, status: OP_TEXT_TO_MUSIC_GET, completed: ["audios"] };
}

/** Text to sound. */
export interface TextToSound {
  /**
   * Create a Suno sound generation task
   *
   * Generates ambient audio, sound effects or loopable tracks from a text `prompt` (at most 500
   * characters) and answers `202` with the task id. Models: `suno-v5` and `suno-v5.5`.
   * `sound_loop` makes the audio loop, `sound_tempo` sets the BPM (1-300), `sound_key` the
   * musical key (any key when omitted), and `grab_lyrics` captures lyric subtitles for later
   * retrieval. Callbacks are sent at each generation stage.
   *
   * `POST /api/v1/suno/text_to_sound`
   */
  create(params: T.TextToSoundCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Suno sound generation task
   *
   * Returns the status of a Suno sound generation task; `audios` is present once the sounds are ready.
   *
   * `GET /api/v1/suno/text_to_sound/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.SunoMusicStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: audios.
   */
  wait(id: string, options?: WaitOptions<T.SunoMusicStatus>): Promise<T.SunoMusicCompleted>;

  /**
   * Create a Suno sound generation task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.TextToSoundCreateParams, options?: RunOptions<T.SunoMusicStatus>): Promise<T.SunoMusicCompleted>;

  /** Check a `create` body against every rule of suno.text_to_sound.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.TextToSoundCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.SunoMusicStatus>;
}

/** Text to sound. */
export class TextToSound extends TaskResource<T.SunoMusicStatus, T.SunoMusicCompleted> {
  protected static override readonly group = "suno";
  protected static override readonly schemas = SCHEMAS["suno"];
  protected static override readonly task = { create: OP_TEXT_TO_SOUND_CREATE, status: OP_TEXT_TO_SOUND_GET, completed: ["audios"] };
}

/** Visualize music. */
export interface VisualizeMusic {
  /**
   * Create a Suno music video
   *
   * Starts a task that renders an MP4 video with visualizations for one track (`audio_id`) of
   * a finished Suno music task (`task_id`) and answers `202` with its id. Optional `author`
   * (artist name) and `domain_name` (watermark) are shown on the video, at most 50 characters
   * each. The completed task carries `video_url`. Poll the linked status operation or pass
   * `callback_url`.
   *
   * `POST /api/v1/suno/visualize_music`
   */
  create(params: T.VisualizeMusicCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Suno music video task
   *
   * Returns the status of a music video task; `video_url` is present once it has completed.
   *
   * `GET /api/v1/suno/visualize_music/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.SunoVisualizeMusicStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: video_url.
   */
  wait(id: string, options?: WaitOptions<T.SunoVisualizeMusicStatus>): Promise<T.SunoVisualizeMusicCompleted>;

  /**
   * Create a Suno music video, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.VisualizeMusicCreateParams, options?: RunOptions<T.SunoVisualizeMusicStatus>): Promise<T.SunoVisualizeMusicCompleted>;

  /** Check a `create` body against every rule of suno.visualize_music.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.VisualizeMusicCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.SunoVisualizeMusicStatus>;
}

/** Visualize music. */
export class VisualizeMusic extends TaskResource<T.SunoVisualizeMusicStatus, T.SunoVisualizeMusicCompleted> {
  protected static override readonly group = "suno";
  protected static override readonly schemas = SCHEMAS["suno"];
  protected static override readonly task = { create: OP_VISUALIZE_MUSIC_CREATE, status: OP_VISUALIZE_MUSIC_GET, completed: ["video_url"] };
}

/** Voice to validation phrase. */
export interface VoiceToValidationPhrase {
  /**
   * Create a Suno voice validation phrase
   *
   * First step of creating a custom Suno voice. Starts a task that takes a vocal segment of a
   * source recording (`voice_url`, from `vocal_start_seconds` to `vocal_end_seconds`, whole
   * seconds, end after start) and produces a `validation_phrase` (optionally in a chosen
   * `language`) that the user reads aloud for verification; answers `202` with the task id.
   *
   * Next steps: record the user reading the phrase and pass this task id with the recording to
   * `suno.generate_voice.create` (or get a new phrase with
   * `suno.regenerate_validation_phrase.create`). `callback_url` must be an HTTPS URL.
   *
   * Rules checked before sending:
   * - vocal_end_seconds must be greater than vocal_start_seconds
   *
   * `POST /api/v1/suno/voice_to_validation_phrase`
   */
  create(params: T.VoiceToValidationPhraseCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get a Suno voice validation phrase task
   *
   * Returns the status of a validation phrase task; `validation_phrase` is present once it has completed (`provider_status` is then `wait_validating`).
   *
   * `GET /api/v1/suno/voice_to_validation_phrase/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.SunoVoiceToValidationPhraseStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: validation_phrase.
   */
  wait(id: string, options?: WaitOptions<T.SunoVoiceToValidationPhraseStatus>): Promise<T.SunoVoiceToValidationPhraseCompleted>;

  /**
   * Create a Suno voice validation phrase, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.VoiceToValidationPhraseCreateParams, options?: RunOptions<T.SunoVoiceToValidationPhraseStatus>): Promise<T.SunoVoiceToValidationPhraseCompleted>;

  /** Check a `create` body against every rule of suno.voice_to_validation_phrase.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.VoiceToValidationPhraseCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.SunoVoiceToValidationPhraseStatus>;
}

/** Voice to validation phrase. */
export class VoiceToValidationPhrase extends TaskResource<T.SunoVoiceToValidationPhraseStatus, T.SunoVoiceToValidationPhraseCompleted> {
  protected static override readonly group = "suno";
  protected static override readonly schemas = SCHEMAS["suno"];
  protected static override readonly task = { create: OP_VOICE_TO_VALIDATION_PHRASE_CREATE, status: OP_VOICE_TO_VALIDATION_PHRASE_GET, completed: ["validation_phrase"] };
}

/** Suno music, lyrics, vocals, stems, MIDI, voices and artwork. */
export class Suno extends APIResource {
  protected static override readonly group = "suno";
  protected static override readonly schemas = SCHEMAS["suno"];
  #children: Record<string, unknown> = {};

  get addInstrumental(): AddInstrumental {
    return (this.#children.addInstrumental ??= new AddInstrumental(this._client)) as AddInstrumental;
  }

  /** The same resource as `addInstrumental`, by the plural name the API reference uses. */
  get addInstrumentals(): AddInstrumental {
    return this.addInstrumental;
  }

  get addVocals(): AddVocals {
    return (this.#children.addVocals ??= new AddVocals(this._client)) as AddVocals;
  }

  get convertAudio(): ConvertAudio {
    return (this.#children.convertAudio ??= new ConvertAudio(this._client)) as ConvertAudio;
  }

  /** The same resource as `convertAudio`, by the plural name the API reference uses. */
  get convertAudios(): ConvertAudio {
    return this.convertAudio;
  }

  get coverAudio(): CoverAudio {
    return (this.#children.coverAudio ??= new CoverAudio(this._client)) as CoverAudio;
  }

  /** The same resource as `coverAudio`, by the plural name the API reference uses. */
  get coverAudios(): CoverAudio {
    return this.coverAudio;
  }

  get createMashup(): CreateMashup {
    return (this.#children.createMashup ??= new CreateMashup(this._client)) as CreateMashup;
  }

  /** The same resource as `createMashup`, by the plural name the API reference uses. */
  get createMashups(): CreateMashup {
    return this.createMashup;
  }

  get extendMusic(): ExtendMusic {
    return (this.#children.extendMusic ??= new ExtendMusic(this._client)) as ExtendMusic;
  }

  /** The same resource as `extendMusic`, by the plural name the API reference uses. */
  get extendMusics(): ExtendMusic {
    return this.extendMusic;
  }

  get generateArtwork(): GenerateArtwork {
    return (this.#children.generateArtwork ??= new GenerateArtwork(this._client)) as GenerateArtwork;
  }

  /** The same resource as `generateArtwork`, by the plural name the API reference uses. */
  get generateArtworks(): GenerateArtwork {
    return this.generateArtwork;
  }

  get generateLyrics(): GenerateLyrics {
    return (this.#children.generateLyrics ??= new GenerateLyrics(this._client)) as GenerateLyrics;
  }

  get generateMidi(): GenerateMidi {
    return (this.#children.generateMidi ??= new GenerateMidi(this._client)) as GenerateMidi;
  }

  /** The same resource as `generateMidi`, by the plural name the API reference uses. */
  get generateMidis(): GenerateMidi {
    return this.generateMidi;
  }

  get generateVoice(): GenerateVoice {
    return (this.#children.generateVoice ??= new GenerateVoice(this._client)) as GenerateVoice;
  }

  /** The same resource as `generateVoice`, by the plural name the API reference uses. */
  get generateVoices(): GenerateVoice {
    return this.generateVoice;
  }

  get regenerateValidationPhrase(): RegenerateValidationPhrase {
    return (this.#children.regenerateValidationPhrase ??= new RegenerateValidationPhrase(this._client)) as RegenerateValidationPhrase;
  }

  /** The same resource as `regenerateValidationPhrase`, by the plural name the API reference uses. */
  get regenerateValidationPhrases(): RegenerateValidationPhrase {
    return this.regenerateValidationPhrase;
  }

  get replaceSection(): ReplaceSection {
    return (this.#children.replaceSection ??= new ReplaceSection(this._client)) as ReplaceSection;
  }

  /** The same resource as `replaceSection`, by the plural name the API reference uses. */
  get replaceSections(): ReplaceSection {
    return this.replaceSection;
  }

  get separateAudioStems(): SeparateAudioStems {
    return (this.#children.separateAudioStems ??= new SeparateAudioStems(this._client)) as SeparateAudioStems;
  }

  get textToMusic(): TextToMusic {
    return (this.#children.textToMusic ??= new TextToMusic(this._client)) as TextToMusic;
  }

  /** The same resource as `textToMusic`, by the plural name the API reference uses. */
  get textToMusics(): TextToMusic {
    return this.textToMusic;
  }

  get textToSound(): TextToSound {
    return (this.#children.textToSound ??= new TextToSound(this._client)) as TextToSound;
  }

  /** The same resource as `textToSound`, by the plural name the API reference uses. */
  get textToSounds(): TextToSound {
    return this.textToSound;
  }

  get visualizeMusic(): VisualizeMusic {
    return (this.#children.visualizeMusic ??= new VisualizeMusic(this._client)) as VisualizeMusic;
  }

  /** The same resource as `visualizeMusic`, by the plural name the API reference uses. */
  get visualizeMusics(): VisualizeMusic {
    return this.visualizeMusic;
  }

  get voiceToValidationPhrase(): VoiceToValidationPhrase {
    return (this.#children.voiceToValidationPhrase ??= new VoiceToValidationPhrase(this._client)) as VoiceToValidationPhrase;
  }

  /** The same resource as `voiceToValidationPhrase`, by the plural name the API reference uses. */
  get voiceToValidationPhrases(): VoiceToValidationPhrase {
    return this.voiceToValidationPhrase;
  }

  /**
   * Boost a Suno music style description
   *
   * Expands concise style keywords or a brief description into a richer music style description for more detailed prompts. Synchronous - the enhanced `style` is in the `200` answer.
   *
   * `POST /api/v1/suno/boost_style`
   */
  boostStyle(params: T.BoostStyleParams, options?: RequestOptions): Promise<T.SunoBoostStyleResponse> {
    return this._call<T.SunoBoostStyleResponse>(OP_BOOST_STYLE, params, undefined, options);
  }

  /**
   * Check that a Suno custom voice is available
   *
   * Synchronously checks whether the custom voice of a completed `suno.generate_voice.create`
   * task (`task_id`) is available, before its `voice_id` is used as `persona_id` with
   * `persona_type: voice`. Answers `200` with `is_available`.
   *
   * `POST /api/v1/suno/check_voice`
   */
  checkVoice(params: T.CheckVoiceParams, options?: RequestOptions): Promise<T.SunoCheckVoiceResponse> {
    return this._call<T.SunoCheckVoiceResponse>(OP_CHECK_VOICE, params, undefined, options);
  }

  /**
   * Create a Suno persona from a generated track
   *
   * Creates a reusable music Persona from one generated track (`task_id` + `audio_id`), with a
   * recognizable `name` and a `description` of its musical characteristics. Synchronous - the
   * persona is in the `200` answer. Pass its `id` as `persona_id` to music generation,
   * extension, cover and mashup requests.
   *
   * `POST /api/v1/suno/generate_persona`
   */
  generatePersona(params: T.GeneratePersonaParams, options?: RequestOptions): Promise<T.SunoGeneratePersonaResponse> {
    return this._call<T.SunoGeneratePersonaResponse>(OP_GENERATE_PERSONA, params, undefined, options);
  }

  /**
   * Get timestamped lyrics of a Suno track
   *
   * Returns word-level timestamped lyrics of one generated track (`task_id` + `audio_id`) for
   * synchronized display during playback, plus waveform data. Synchronous - there is no
   * processing status.
   *
   * `POST /api/v1/suno/get_timestamped_lyrics`
   */
  getTimestampedLyrics(params: T.GetTimestampedLyricsParams, options?: RequestOptions): Promise<T.SunoTimestampedLyrics> {
    return this._call<T.SunoTimestampedLyrics>(OP_GET_TIMESTAMPED_LYRICS, params, undefined, options);
  }

  /** Check a `boostStyle` body against every rule of suno.boost_style without sending anything; rejects with `ValidationError` naming each broken rule. */
  validateBoostStyle(params: T.BoostStyleParams): Promise<void> {
    return this._validate(OP_BOOST_STYLE, params);
  }

  /** Check a `checkVoice` body against every rule of suno.check_voice without sending anything; rejects with `ValidationError` naming each broken rule. */
  validateCheckVoice(params: T.CheckVoiceParams): Promise<void> {
    return this._validate(OP_CHECK_VOICE, params);
  }

  /** Check a `generatePersona` body against every rule of suno.generate_persona without sending anything; rejects with `ValidationError` naming each broken rule. */
  validateGeneratePersona(params: T.GeneratePersonaParams): Promise<void> {
    return this._validate(OP_GENERATE_PERSONA, params);
  }

  /** Check a `getTimestampedLyrics` body against every rule of suno.get_timestamped_lyrics without sending anything; rejects with `ValidationError` naming each broken rule. */
  validateGetTimestampedLyrics(params: T.GetTimestampedLyricsParams): Promise<void> {
    return this._validate(OP_GET_TIMESTAMPED_LYRICS, params);
  }
}
