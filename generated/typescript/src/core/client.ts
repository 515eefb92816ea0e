/**
 * HTTP transport shared by every resource: configuration, auth, encoding, errors and retries, on
 * the standard `fetch` (Node 18+, browsers, Deno, Bun, edge runtimes). It knows nothing about
 * particular operations; the generated resources call `request` with an `Operation`.
 */

import {
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
  InvalidCredentialsError,
  MissingCredentialsError,
  makeStatusError,
  ValidationError,
} from './errors.js';
import { nonFiniteProblem } from './finite.js';
import { failureKind, retryDelay, shouldRetry, type FailureKind } from './retry.js';
import type { Operation } from './types.js';
import { VERSION } from './version.js';

export const DEFAULT_BASE_URL = 'https://runapi.ai';
/** Task creates answer in well under a second, but the synchronous operations (LLM completions,
 * uploads from a URL, audio generation) can run for minutes: 10 minutes never cuts those short. */
export const DEFAULT_TIMEOUT = 600_000;
export const DEFAULT_MAX_RETRIES = 2;

export const API_KEY_ENV = 'RUNAPI_API_KEY';
export const MANAGEMENT_KEY_ENV = 'RUNAPI_MANAGEMENT_KEY';
export const BASE_URL_ENV = 'RUNAPI_BASE_URL';

const AUTH_HEADERS = ['authorization', 'x-api-key'];

export type Fetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
export type HeadersLike = Record<string, string | null | undefined>;

export interface ClientOptions {
  /** Bearer key of /api/v1 and the LLM-compatible paths. Default: `RUNAPI_API_KEY`. */
  apiKey?: string | null | undefined;
  /** Key of the management operations (keys, guardrails). Default: `RUNAPI_MANAGEMENT_KEY`. */
  managementKey?: string | null | undefined;
  /** Default: `RUNAPI_BASE_URL`, else https://runapi.ai. */
  baseURL?: string | null | undefined;
  /** Milliseconds one attempt may take, until its answer is read. Default 600000 (10 minutes). */
  timeout?: number | undefined;
  /** Retries of a failed request, by the retry policy (default 2). */
  maxRetries?: number | undefined;
  /** A `fetch` implementation (default: the global one). */
  fetch?: Fetch | undefined;
  /** Headers sent with every request; `null` removes a header the client would send. */
  defaultHeaders?: HeadersLike | undefined;
  /** Check request bodies against the spec before sending (default true). */
  validateRequests?: boolean | undefined;
}

/** Per-call options of every generated method. */
export interface RequestOptions {
  /** Abort the call (and its retries) with this signal. */
  signal?: AbortSignal | undefined;
  /** Milliseconds for each attempt of this call (overrides the client's `timeout`). */
  timeout?: number | undefined;
  maxRetries?: number | undefined;
  /** Extra headers; `null` removes a header the client would send. */
  headers?: HeadersLike | undefined;
  /** Fields merged into the JSON body after validation (for fields the spec does not know yet). */
  extraBody?: Record<string, unknown> | undefined;
  /** Override the client's `validateRequests` for this call. */
  validate?: boolean | undefined;
}

/** What a resource asks the transport to send. */
export interface RequestPlan {
  pathParams?: Record<string, string | number> | undefined;
  query?: Record<string, unknown> | undefined;
  json?: unknown;
  form?: FormData | undefined;
  stream?: boolean | undefined;
  options?: RequestOptions | undefined;
  /** `json` holds no NaN or infinity: validation found so already (no need to walk it again). */
  finite?: boolean | undefined;
}

function readEnv(name: string): string | undefined {
  // `process` exists in Node, Bun and Deno's Node compatibility; elsewhere there is no env.
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  const value = env?.[name];
  return value === undefined || value === '' ? undefined : value;
}

/** Keys are trimmed; one with whitespace or a control character inside is refused (it would be
 * sent broken, or split a header). The message never quotes the key. */
export function cleanKey(value: string | null | undefined, label: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  const key = value.trim();
  if (key === '') return undefined;
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f]/.test(key)) {
    throw new InvalidCredentialsError(`${label} contains whitespace or control characters`);
  }
  return key;
}

function checkTimeout(value: number, label: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${label} must be a finite number of milliseconds above 0`);
  }
  return value;
}

function checkRetries(value: number): number {
  if (!Number.isInteger(value) || value < 0) throw new RangeError('maxRetries must be an integer >= 0');
  return value;
}

/** A path template split once: literal text at even indexes, parameter names at odd ones. */
const templates = new Map<string, string[]>();

function resolvePath(operation: Operation, params: Record<string, string | number> = {}): string {
  let parts = templates.get(operation.path);
  if (parts === undefined) templates.set(operation.path, (parts = operation.path.split(/\{([A-Za-z_][A-Za-z0-9_]*)\}/)));
  let path = parts[0] as string;
  for (let index = 1; index < parts.length; index += 2) {
    const name = parts[index] as string;
    const value = params[name];
    if (value === undefined || value === null) throw new TypeError(`${operation.id}: missing path parameter ${name}`);
    const text = String(value);
    // An empty id would silently address a different endpoint (the collection).
    if (text === '') throw new TypeError(`${operation.id}: path parameter ${name} is empty`);
    path += encodeURIComponent(text) + parts[index + 1];
  }
  return path;
}

function queryString(query: Record<string, unknown> | undefined): string {
  if (!query) return '';
  let params: URLSearchParams | undefined;
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    (params ??= new URLSearchParams()).append(key, typeof value === 'string' ? value : String(value));
  }
  const text = params?.toString();
  return text ? `?${text}` : '';
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new APIUserAbortError());
    const onAbort = () => {
      clearTimeout(timer);
      reject(new APIUserAbortError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** One attempt's signal: the caller's, plus the attempt's timeout. */
class AttemptSignal {
  readonly controller = new AbortController();
  timedOut = false;
  private readonly timer: ReturnType<typeof setTimeout>;
  /** Follows the caller's signal (made only when there is one). */
  private readonly onAbort: (() => void) | undefined;

  constructor(
    timeout: number,
    private readonly outer: AbortSignal | undefined,
  ) {
    this.timer = setTimeout(expire, timeout, this);
    if (outer !== undefined) {
      if (outer.aborted) this.controller.abort();
      this.onAbort = () => this.controller.abort();
      outer.addEventListener('abort', this.onAbort, { once: true });
    }
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** The answer has started: a stream may run as long as it needs; the caller's signal stays. */
  started(): void {
    clearTimeout(this.timer);
  }

  done(): void {
    clearTimeout(this.timer);
    if (this.onAbort !== undefined) this.outer?.removeEventListener('abort', this.onAbort);
  }
}

/** An attempt's timeout passed (one function for every attempt: no closure per call). */
function expire(attempt: AttemptSignal): void {
  attempt.timedOut = true;
  attempt.controller.abort();
}

/** A successful answer: the response, and its body text unless it is a stream. */
export interface Answer {
  response: Response;
  text: string | undefined;
}

/** The failure of one attempt (an answer with an error status, or no answer). */
type Attempt = { response: Response; attempt: AttemptSignal } | { failure: FailureKind; error: unknown };

/** Fetch-based transport. RunApi (generated) extends it with one attribute per API group. */
export class APIClient {
  readonly baseURL: string;
  readonly timeout: number;
  readonly maxRetries: number;
  readonly validateRequests: boolean;
  #apiKey: string | undefined;
  #managementKey: string | undefined;
  #fetch: Fetch;
  #defaultHeaders: HeadersLike;
  #options: ClientOptions;
  /** Headers of the calls without headers of their own, by auth kind, then stream * 2 + json:
   * the client's options never change, so each set is built once. */
  readonly #sharedHeaders = new Map<string, Array<Record<string, string> | undefined>>();

  constructor(options: ClientOptions = {}) {
    this.#options = { ...options };
    this.#apiKey = cleanKey(options.apiKey !== undefined ? options.apiKey : readEnv(API_KEY_ENV), 'apiKey');
    this.#managementKey = cleanKey(
      options.managementKey !== undefined ? options.managementKey : readEnv(MANAGEMENT_KEY_ENV),
      'managementKey',
    );
    this.baseURL = (options.baseURL || readEnv(BASE_URL_ENV) || DEFAULT_BASE_URL).replace(/\/+$/, '');
    this.timeout = checkTimeout(options.timeout ?? DEFAULT_TIMEOUT, 'timeout');
    this.maxRetries = checkRetries(options.maxRetries ?? DEFAULT_MAX_RETRIES);
    this.validateRequests = options.validateRequests ?? true;
    const found = options.fetch ?? (globalThis as { fetch?: Fetch }).fetch;
    if (typeof found !== 'function') {
      throw new TypeError('no fetch implementation: pass `fetch` to the client (Node 18+ has one built in)');
    }
    this.#fetch = options.fetch ?? ((input, init) => fetch(input, init));
    this.#defaultHeaders = { ...options.defaultHeaders };
  }

  /** Whether the client has a key for operations of this kind (for callers that check first). */
  hasKey(kind: 'apiKey' | 'managementKey'): boolean {
    return kind === 'apiKey' ? this.#apiKey !== undefined : this.#managementKey !== undefined;
  }

  /** A copy with some options changed (default headers are merged). */
  withOptions(changes: ClientOptions): this {
    const Class = this.constructor as new (options: ClientOptions) => this;
    return new Class({
      ...this.#options,
      apiKey: this.#apiKey ?? null,
      managementKey: this.#managementKey ?? null,
      baseURL: this.baseURL,
      timeout: this.timeout,
      maxRetries: this.maxRetries,
      validateRequests: this.validateRequests,
      ...changes,
      defaultHeaders: { ...this.#defaultHeaders, ...changes.defaultHeaders },
    });
  }

  get userAgent(): string {
    return `runapi-typescript/${VERSION}`;
  }

  /** Keys never print: not in console.log, JSON.stringify or string conversion. */
  toJSON(): Record<string, unknown> {
    return {
      baseURL: this.baseURL,
      apiKey: this.#apiKey ? '<redacted>' : null,
      managementKey: this.#managementKey ? '<redacted>' : null,
      timeout: this.timeout,
      maxRetries: this.maxRetries,
    };
  }

  toString(): string {
    return `${this.constructor.name}(${JSON.stringify(this.toJSON())})`;
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.toString();
  }

  private authHeaders(operation: Operation): Record<string, string> {
    if (operation.auth === 'management_key') {
      if (!this.#managementKey) throw new MissingCredentialsError('managementKey', MANAGEMENT_KEY_ENV, operation.id);
      return { authorization: `Bearer ${this.#managementKey}` };
    }
    if (!this.#apiKey) throw new MissingCredentialsError('apiKey', API_KEY_ENV, operation.id);
    if (operation.auth === 'llm') return { 'x-api-key': this.#apiKey };
    return { authorization: `Bearer ${this.#apiKey}` };
  }

  private headers(operation: Operation, plan: RequestPlan): Record<string, string> {
    const own = plan.options?.headers;
    if (own !== undefined) return this.buildHeaders(operation, plan.stream === true, plan.json !== undefined, own);
    let shared = this.#sharedHeaders.get(operation.auth);
    if (shared === undefined) this.#sharedHeaders.set(operation.auth, (shared = []));
    const index = (plan.stream ? 2 : 0) + (plan.json !== undefined ? 1 : 0);
    const found = (shared[index] ??= this.buildHeaders(operation, plan.stream === true, plan.json !== undefined, undefined));
    // A copy: a custom fetch may change the headers it is given.
    return { ...found };
  }

  private buildHeaders(operation: Operation, stream: boolean, json: boolean, own: HeadersLike | undefined): Record<string, string> {
    // A plain object of lower-case names: cheaper for fetch than a Headers instance.
    const headers: Record<string, string> = {
      'user-agent': this.userAgent,
      // A streaming call may still get a JSON error answer.
      accept: stream ? 'text/event-stream, application/json' : 'application/json',
    };
    const caller: HeadersLike = { ...this.#defaultHeaders, ...own };
    const lowered = Object.keys(caller).map((name) => name.toLowerCase());
    // A caller who sends credentials of their own (say `Authorization: Bearer` on an
    // LLM-compatible path, where either scheme works) chooses the scheme: the client then adds
    // none, so a request never carries two different keys.
    if (!AUTH_HEADERS.some((name) => lowered.includes(name))) Object.assign(headers, this.authHeaders(operation));
    if (json) headers['content-type'] = 'application/json';
    for (const [name, value] of Object.entries(caller)) {
      if (value === null || value === undefined) delete headers[name.toLowerCase()];
      else headers[name.toLowerCase()] = value;
    }
    return headers;
  }

  /**
   * Send `operation`, retrying by the policy; resolve with the successful answer, its body read
   * into `text` (left unread, `undefined`, for a stream), or throw the error class of the
   * answer's status.
   */
  async request(operation: Operation, plan: RequestPlan = {}): Promise<Answer> {
    const options = plan.options ?? {};
    const url = this.baseURL + resolvePath(operation, plan.pathParams) + queryString(plan.query);
    const headers = this.headers(operation, plan);
    const timeout = checkTimeout(options.timeout ?? this.timeout, 'timeout');
    const maxRetries = checkRetries(options.maxRetries ?? this.maxRetries);
    const unsendable = plan.json !== undefined && !plan.finite ? nonFiniteProblem(plan.json) : undefined;
    if (unsendable !== undefined) throw new ValidationError(operation.id, [unsendable]);
    const body = plan.form ?? (plan.json !== undefined ? JSON.stringify(plan.json) : undefined);
    for (let attempt = 0; ; attempt += 1) {
      const result = await this.attempt(url, operation.method, headers, body, timeout, options.signal);
      if ('response' in result && result.response.ok) {
        if (!plan.stream) return { response: result.response, text: await this.readText(result, options.signal) };
        result.attempt.started();
        return { response: result.response, text: undefined };
      }
      const outcome = 'response' in result ? result.response.status : result.failure;
      const retryAfter = 'response' in result ? result.response.headers.get('retry-after') : null;
      if (shouldRetry(operation.method, outcome, attempt, maxRetries)) {
        if ('response' in result) {
          await result.response.body?.cancel().catch(() => undefined);
          result.attempt.done();
        }
        await sleep(retryDelay(attempt, retryAfter), options.signal);
        continue;
      }
      if ('response' in result) {
        const text = await this.readText(result);
        throw makeStatusError(result.response.status, result.response.statusText, text, result.response.headers);
      }
      throw this.connectionError(result);
    }
  }

  private async attempt(
    url: string,
    method: string,
    headers: Record<string, string>,
    body: BodyInit | undefined,
    timeout: number,
    signal: AbortSignal | undefined,
  ): Promise<Attempt> {
    if (signal?.aborted) throw new APIUserAbortError();
    const attempt = new AttemptSignal(timeout, signal);
    try {
      // Never follow redirects with credentials attached: fetch drops Authorization on a
      // cross-origin redirect, but not x-api-key.
      const response = await this.#fetch(url, { method, headers, body, signal: attempt.signal, redirect: 'manual' });
      return { response, attempt };
    } catch (error) {
      attempt.done();
      if (signal?.aborted) throw new APIUserAbortError();
      if (attempt.timedOut) return { failure: 'timeout', error };
      return { failure: failureKind(error), error };
    }
  }

  /** Read the whole body within the attempt's timeout, so a stalled answer cannot hang a call. */
  private async readText(result: { response: Response; attempt: AttemptSignal }, signal?: AbortSignal): Promise<string> {
    try {
      return await result.response.text();
    } catch (error) {
      if (signal?.aborted) throw new APIUserAbortError();
      if (result.attempt.timedOut) throw new APITimeoutError();
      throw new APIConnectionError('Connection error: the answer broke off', { cause: error });
    } finally {
      result.attempt.done();
    }
  }

  private connectionError(result: { failure: FailureKind; error: unknown }): Error {
    // Only a connection that never opened (or a request never written) proves nothing was sent.
    const mayHaveReachedServer = result.failure !== 'connect' && result.failure !== 'fatal';
    if (result.failure === 'timeout') return new APITimeoutError(undefined, { mayHaveReachedServer });
    // The runtime's message describes the socket failure; it never contains request headers.
    const detail = result.error instanceof Error ? result.error.message : String(result.error);
    return new APIConnectionError(`Connection error: ${detail}`, { cause: result.error, mayHaveReachedServer });
  }
}
