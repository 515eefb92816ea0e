// elevenlabs: resources of the client's `elevenlabs` property.
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
import type * as T from '../types/elevenlabs.js';

const OP_ISOLATE_AUDIO_CREATE: OperationSpec = { id: "elevenlabs.isolate_audio.create", method: "POST", path: "/api/v1/elevenlabs/isolate_audio", auth: "api_key", body: "json", answer: ["id"] };
const OP_ISOLATE_AUDIO_GET: OperationSpec = { id: "elevenlabs.isolate_audio.get", method: "GET", path: "/api/v1/elevenlabs/isolate_audio/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_SPEECH_TO_TEXT_CREATE: OperationSpec = { id: "elevenlabs.speech_to_text.create", method: "POST", path: "/api/v1/elevenlabs/speech_to_text", auth: "api_key", body: "json", answer: ["id"] };
const OP_SPEECH_TO_TEXT_GET: OperationSpec = { id: "elevenlabs.speech_to_text.get", method: "GET", path: "/api/v1/elevenlabs/speech_to_text/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_TEXT_TO_DIALOGUE_CREATE: OperationSpec = { id: "elevenlabs.text_to_dialogue.create", method: "POST", path: "/api/v1/elevenlabs/text_to_dialogue", auth: "api_key", body: "json", answer: ["id"] };
const OP_TEXT_TO_DIALOGUE_GET: OperationSpec = { id: "elevenlabs.text_to_dialogue.get", method: "GET", path: "/api/v1/elevenlabs/text_to_dialogue/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_TEXT_TO_SOUND_CREATE: OperationSpec = { id: "elevenlabs.text_to_sound.create", method: "POST", path: "/api/v1/elevenlabs/text_to_sound", auth: "api_key", body: "json", answer: ["id"] };
const OP_TEXT_TO_SOUND_GET: OperationSpec = { id: "elevenlabs.text_to_sound.get", method: "GET", path: "/api/v1/elevenlabs/text_to_sound/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };
const OP_TEXT_TO_SPEECH_CREATE: OperationSpec = { id: "elevenlabs.text_to_speech.create", method: "POST", path: "/api/v1/elevenlabs/text_to_speech", auth: "api_key", body: "json", answer: ["id"] };
const OP_TEXT_TO_SPEECH_GET: OperationSpec = { id: "elevenlabs.text_to_speech.get", method: "GET", path: "/api/v1/elevenlabs/text_to_speech/{id}", auth: "api_key", body: "none", answer: ["id", "status"] };

/** Isolate audio. */
export interface IsolateAudio {
  /**
   * Create an ElevenLabs audio isolation task
   *
   * Starts an ElevenLabs audio isolation task (`audio-isolation`) that removes background noise from the audio at `source_audio_url`, and answers `202` with its id. Poll the linked status operation or pass `callback_url`.
   *
   * `POST /api/v1/elevenlabs/isolate_audio`
   */
  create(params: T.IsolateAudioCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get an ElevenLabs audio isolation task
   *
   * Returns the status of an ElevenLabs audio isolation task; `audios` is present once it has completed.
   *
   * `GET /api/v1/elevenlabs/isolate_audio/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.ElevenlabsAudioStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: audios.
   */
  wait(id: string, options?: WaitOptions<T.ElevenlabsAudioStatus>): Promise<T.ElevenlabsAudioCompleted>;

  /**
   * Create an ElevenLabs audio isolation task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.IsolateAudioCreateParams, options?: RunOptions<T.ElevenlabsAudioStatus>): Promise<T.ElevenlabsAudioCompleted>;

  /** Check a `create` body against every rule of elevenlabs.isolate_audio.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.IsolateAudioCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.ElevenlabsAudioStatus>;
}

/** Isolate audio. */
export class IsolateAudio extends TaskResource<T.ElevenlabsAudioStatus, T.ElevenlabsAudioCompleted> {
  protected static override readonly group = "elevenlabs";
  protected static override readonly schemas = SCHEMAS["elevenlabs"];
  protected static override readonly task = { create: OP_ISOLATE_AUDIO_CREATE, status: OP_ISOLATE_AUDIO_GET, completed: ["audios"] };
}

/** Speech to text. */
export interface SpeechToText {
  /**
   * Create an ElevenLabs transcription task
   *
   * Starts an ElevenLabs speech-to-text task (`speech-to-text`) for the audio at `source_audio_url` and answers `202` with its id. `diarize` labels speakers and `tag_audio_events` tags events such as applause or laughter. Poll the linked status operation or pass `callback_url`.
   *
   * `POST /api/v1/elevenlabs/speech_to_text`
   */
  create(params: T.SpeechToTextCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get an ElevenLabs transcription task
   *
   * Returns the status of an ElevenLabs speech-to-text task; `text` (the transcript) is present once it has completed.
   *
   * `GET /api/v1/elevenlabs/speech_to_text/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.ElevenlabsSpeechToTextStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: text.
   */
  wait(id: string, options?: WaitOptions<T.ElevenlabsSpeechToTextStatus>): Promise<T.ElevenlabsSpeechToTextCompleted>;

  /**
   * Create an ElevenLabs transcription task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.SpeechToTextCreateParams, options?: RunOptions<T.ElevenlabsSpeechToTextStatus>): Promise<T.ElevenlabsSpeechToTextCompleted>;

  /** Check a `create` body against every rule of elevenlabs.speech_to_text.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.SpeechToTextCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.ElevenlabsSpeechToTextStatus>;
}

/** Speech to text. */
export class SpeechToText extends TaskResource<T.ElevenlabsSpeechToTextStatus, T.ElevenlabsSpeechToTextCompleted> {
  protected static override readonly group = "elevenlabs";
  protected static override readonly schemas = SCHEMAS["elevenlabs"];
  protected static override readonly task = { create: OP_SPEECH_TO_TEXT_CREATE, status: OP_SPEECH_TO_TEXT_GET, completed: ["text"] };
}

/** Text to dialogue. */
export interface TextToDialogue {
  /**
   * Create an ElevenLabs dialogue task
   *
   * Starts an ElevenLabs multi-speaker dialogue task (`text-to-dialogue-v3`) and answers `202` with its id. `dialogue` lists the lines in order, each with its `text` and `voice`; the texts may total at most 5000 characters. `stability` is 0, 0.5 or 1. Poll the linked status operation or pass `callback_url`.
   *
   * Rules checked before sending:
   * - the dialogue text may total at most 5000 characters
   *
   * `POST /api/v1/elevenlabs/text_to_dialogue`
   */
  create(params: T.TextToDialogueCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get an ElevenLabs dialogue task
   *
   * Returns the status of an ElevenLabs dialogue task; `audios` is present once it has completed.
   *
   * `GET /api/v1/elevenlabs/text_to_dialogue/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.ElevenlabsAudioStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: audios.
   */
  wait(id: string, options?: WaitOptions<T.ElevenlabsAudioStatus>): Promise<T.ElevenlabsAudioCompleted>;

  /**
   * Create an ElevenLabs dialogue task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.TextToDialogueCreateParams, options?: RunOptions<T.ElevenlabsAudioStatus>): Promise<T.ElevenlabsAudioCompleted>;

  /** Check a `create` body against every rule of elevenlabs.text_to_dialogue.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.TextToDialogueCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.ElevenlabsAudioStatus>;
}

/** Text to dialogue. */
export class TextToDialogue extends TaskResource<T.ElevenlabsAudioStatus, T.ElevenlabsAudioCompleted> {
  protected static override readonly group = "elevenlabs";
  protected static override readonly schemas = SCHEMAS["elevenlabs"];
  protected static override readonly task = { create: OP_TEXT_TO_DIALOGUE_CREATE, status: OP_TEXT_TO_DIALOGUE_GET, completed: ["audios"] };
}

/** Text to sound. */
export interface TextToSound {
  /**
   * Create an ElevenLabs sound-effect task
   *
   * Starts an ElevenLabs sound-effect task (`sound-effect-v2`) from a prompt of up to 5000 characters and answers `202` with its id. Options: `loop`, `duration_seconds` 0.5-22, `prompt_influence` 0-1 and `output_format` (codec and bitrate, e.g. mp3_44100_128). Poll the linked status operation or pass `callback_url`.
   *
   * `POST /api/v1/elevenlabs/text_to_sound`
   */
  create(params: T.TextToSoundCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get an ElevenLabs sound-effect task
   *
   * Returns the status of an ElevenLabs sound-effect task; `audios` is present once it has completed.
   *
   * `GET /api/v1/elevenlabs/text_to_sound/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.ElevenlabsAudioStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: audios.
   */
  wait(id: string, options?: WaitOptions<T.ElevenlabsAudioStatus>): Promise<T.ElevenlabsAudioCompleted>;

  /**
   * Create an ElevenLabs sound-effect task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.TextToSoundCreateParams, options?: RunOptions<T.ElevenlabsAudioStatus>): Promise<T.ElevenlabsAudioCompleted>;

  /** Check a `create` body against every rule of elevenlabs.text_to_sound.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.TextToSoundCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.ElevenlabsAudioStatus>;
}

/** Text to sound. */
export class TextToSound extends TaskResource<T.ElevenlabsAudioStatus, T.ElevenlabsAudioCompleted> {
  protected static override readonly group = "elevenlabs";
  protected static override readonly schemas = SCHEMAS["elevenlabs"];
  protected static override readonly task = { create: OP_TEXT_TO_SOUND_CREATE, status: OP_TEXT_TO_SOUND_GET, completed: ["audios"] };
}

/** Text to speech. */
export interface TextToSpeech {
  /**
   * Create an ElevenLabs text-to-speech task
   *
   * Starts an ElevenLabs speech task for up to 5000 characters of text and answers `202` with its id. Models: `text-to-speech-turbo-v2.5` (`voice` optional, defaulting to EkK5I93UQWFDigLMpZcX) and `text-to-speech-multilingual-v2` (`voice` required). Voice settings: `stability`, `similarity_boost` and `style` 0-1, `speed` 0.7-1.2; `timestamps` returns word timestamps. Poll the linked status operation or pass `callback_url`.
   *
   * Request shapes:
   * - model=text-to-speech-turbo-v2.5
   * - model=text-to-speech-multilingual-v2
   *
   * `POST /api/v1/elevenlabs/text_to_speech`
   */
  create(params: T.TextToSpeechCreateParams, options?: RequestOptions): Promise<T.TaskAccepted>;

  /**
   * Get an ElevenLabs text-to-speech task
   *
   * Returns the status of an ElevenLabs speech task; `audios` is present once it has completed.
   *
   * `GET /api/v1/elevenlabs/text_to_speech/{id}`
   */
  get(id: string, options?: RequestOptions): Promise<T.ElevenlabsAudioStatus>;

  /**
   * Wait for the task to finish and resolve with its completed status.
   *
   * Polls the status operation at once, then every 5 s growing to `maxPollInterval`; rejects with `TaskFailedError` (the server's message) when the task fails, `TaskTimeoutError` after `timeout` ms and `IncompleteResultError` when a completed status lacks its results. `onProgress(status, elapsedMs)` runs after every check. Completed results always include: audios.
   */
  wait(id: string, options?: WaitOptions<T.ElevenlabsAudioStatus>): Promise<T.ElevenlabsAudioCompleted>;

  /**
   * Create an ElevenLabs text-to-speech task, then wait for it to finish (`create` + `wait`); resolves with the completed status.
   *
   * Takes the body of `create`; `options.wait` controls the wait as in `wait`.
   */
  run(params: T.TextToSpeechCreateParams, options?: RunOptions<T.ElevenlabsAudioStatus>): Promise<T.ElevenlabsAudioCompleted>;

  /** Check a `create` body against every rule of elevenlabs.text_to_speech.create without sending anything; rejects with `ValidationError` naming each broken rule. */
  validate(params: T.TextToSpeechCreateParams): Promise<void>;

  /** Verify a callback delivery's signature (see `webhooks.verify`) and parse its body into the task status. Pass the raw body exactly as received, and the request headers. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<T.ElevenlabsAudioStatus>;
}

/** Text to speech. */
export class TextToSpeech extends TaskResource<T.ElevenlabsAudioStatus, T.ElevenlabsAudioCompleted> {
  protected static override readonly group = "elevenlabs";
  protected static override readonly schemas = SCHEMAS["elevenlabs"];
  protected static override readonly task = { create: OP_TEXT_TO_SPEECH_CREATE, status: OP_TEXT_TO_SPEECH_GET, completed: ["audios"] };
}

/** ElevenLabs speech, dialogue, sound effects, transcription and audio isolation. */
export class Elevenlabs extends APIResource {
  protected static override readonly group = "elevenlabs";
  protected static override readonly schemas = SCHEMAS["elevenlabs"];
  #children: Record<string, unknown> = {};

  get isolateAudio(): IsolateAudio {
    return (this.#children.isolateAudio ??= new IsolateAudio(this._client)) as IsolateAudio;
  }

  /** The same resource as `isolateAudio`, by the plural name the API reference uses. */
  get isolateAudios(): IsolateAudio {
    return this.isolateAudio;
  }

  get speechToText(): SpeechToText {
    return (this.#children.speechToText ??= new SpeechToText(this._client)) as SpeechToText;
  }

  /** The same resource as `speechToText`, by the plural name the API reference uses. */
  get speechToTexts(): SpeechToText {
    return this.speechToText;
  }

  get textToDialogue(): TextToDialogue {
    return (this.#children.textToDialogue ??= new TextToDialogue(this._client)) as TextToDialogue;
  }

  /** The same resource as `textToDialogue`, by the plural name the API reference uses. */
  get textToDialogues(): TextToDialogue {
    return this.textToDialogue;
  }

  get textToSound(): TextToSound {
    return (this.#children.textToSound ??= new TextToSound(this._client)) as TextToSound;
  }

  /** The same resource as `textToSound`, by the plural name the API reference uses. */
  get textToSounds(): TextToSound {
    return this.textToSound;
  }

  get textToSpeech(): TextToSpeech {
    return (this.#children.textToSpeech ??= new TextToSpeech(this._client)) as TextToSpeech;
  }

  /** The same resource as `textToSpeech`, by the plural name the API reference uses. */
  get textToSpeeches(): TextToSpeech {
    return this.textToSpeech;
  }
}
