// @runapi.ai/sdk: the RunAPI client for TypeScript and JavaScript.
// Generated from spec/openapi.yaml (version 1.0.0); do not edit.
import { RunApi } from './client.js';

export default RunApi;
export { RunApi };
export { APIClient, DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT } from './core/client.js';
export type { ClientOptions, Fetch, HeadersLike, RequestOptions } from './core/client.js';
export {
  APIConnectionError,
  APIError,
  APIResponseValidationError,
  APIStatusError,
  APIStreamError,
  APITimeoutError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  IncompleteResultError,
  InsufficientCreditsError,
  InternalServerError,
  InvalidCredentialsError,
  MissingCredentialsError,
  NotFoundError,
  PayloadTooLargeError,
  PermissionDeniedError,
  RateLimitError,
  RequestTimeoutError,
  RunApiError,
  ServiceUnavailableError,
  TaskError,
  TaskFailedError,
  TaskTimeoutError,
  UnprocessableEntityError,
  UnsupportedMediaTypeError,
  ValidationError,
  WebhookVerificationError,
} from './core/errors.js';
export { Stream } from './core/streaming.js';
export type { ServerSentEvent } from './core/streaming.js';
export { toFile } from './core/uploads.js';
export type { NamedFile, Uploadable } from './core/uploads.js';
export type { Completed, RunOptions, WaitOptions } from './core/resource.js';
export type { PollOptions } from './core/polling.js';
export { shouldRetry, retryDelay } from './core/retry.js';
export * as webhooks from './core/webhooks.js';
export { validateRequest } from './operations.js';
export { API_VERSION, VERSION } from './core/version.js';
export type * from './types/shared.js';
export type * as Account from './types/account.js';
export type * as Anthropic from './types/anthropic.js';
export type * as Elevenlabs from './types/elevenlabs.js';
export type * as Files from './types/files.js';
export type * as Flux2 from './types/flux_2.js';
export type * as FluxKontext from './types/flux_kontext.js';
export type * as Gemini from './types/gemini.js';
export type * as GeminiOmni from './types/gemini_omni.js';
export type * as Gpt4oImage from './types/gpt_4o_image.js';
export type * as GptImage from './types/gpt_image.js';
export type * as GptImage2 from './types/gpt_image_2.js';
export type * as GrokImagine from './types/grok_imagine.js';
export type * as GuardrailAssignments from './types/guardrail_assignments.js';
export type * as Guardrails from './types/guardrails.js';
export type * as Hailuo from './types/hailuo.js';
export type * as Happyhorse from './types/happyhorse.js';
export type * as IdeogramV3 from './types/ideogram_v3.js';
export type * as Imagen4 from './types/imagen_4.js';
export type * as Infinitetalk from './types/infinitetalk.js';
export type * as Keys from './types/keys.js';
export type * as Kling from './types/kling.js';
export type * as Luma from './types/luma.js';
export type * as Models from './types/models.js';
export type * as NanoBanana from './types/nano_banana.js';
export type * as Openai from './types/openai.js';
export type * as Qwen2 from './types/qwen_2.js';
export type * as Recraft from './types/recraft.js';
export type * as Runway from './types/runway.js';
export type * as RunwayAleph from './types/runway_aleph.js';
export type * as Seedance from './types/seedance.js';
export type * as Seedream from './types/seedream.js';
export type * as Suno from './types/suno.js';
export type * as Topaz from './types/topaz.js';
export type * as Veo31 from './types/veo_3_1.js';
export type * as Wan from './types/wan.js';
export type * as ZImage from './types/z_image.js';
