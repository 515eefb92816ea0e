/**
 * Behaviour shared by every generated resource: validate, send, read, stream, wait, verify
 * callbacks. Generated classes declare their operations, types and docs; the logic lives here
 * once.
 */

import type { Answer, APIClient, RequestOptions } from './client.js';
import { APIResponseValidationError, IncompleteResultError, WebhookVerificationError } from './errors.js';
import { poll, type PollOptions, type TaskState } from './polling.js';
import { Stream } from './streaming.js';
import type { Operation } from './types.js';
import { toFormData } from './uploads.js';
import type { SchemaLoader } from './validation.js';
import { verify, type RawBody, type VerifyOptions, type WebhookHeaders } from './webhooks.js';

type Validation = typeof import('./validation.js');
let validation: Promise<Validation> | undefined;
/** The validator once loaded: every later body is checked without waiting. */
let validator: Validation | undefined;

/**
 * The validator (the JSON Schema evaluator, the x-runapi-rules, the messages), loaded with the
 * first body checked, as each group's schemas are: a client that never validates never loads it.
 */
export function loadValidation(): Promise<Validation> {
  if (validation === undefined) {
    validation = import('./validation.js');
    // A failed load (a bundler that dropped the chunk) may be retried by the next call.
    validation.then(
      (loaded) => (validator = loaded),
      () => (validation = undefined),
    );
  }
  return validation;
}

/** What a generated method tells the runtime about its operation. */
export interface OperationSpec extends Operation {
  /** Top-level fields a successful JSON answer always has; `null`: the answer is not an object. */
  readonly answer?: readonly string[] | null | undefined;
  /** Body fields that travel as query parameters. */
  readonly query?: readonly string[] | undefined;
  /** Multipart fields that carry files. */
  readonly files?: readonly string[] | undefined;
}

/** A task resource's operations: the create, its status, and the completed result fields. */
export interface TaskSpec {
  readonly create: OperationSpec;
  readonly status: OperationSpec;
  readonly completed: readonly string[];
}

/** `wait()` options: the polling schedule, plus the options of each status request. */
export type WaitOptions<Status> = PollOptions<Status> & {
  /** Options of every status request the wait sends (headers, per-request timeout, retries). */
  request?: Omit<RequestOptions, 'signal' | 'extraBody' | 'validate'> | undefined;
};
/** `run()` options: the create request's, and `wait` for the wait. */
export type RunOptions<Status> = RequestOptions & { wait?: WaitOptions<Status> | undefined };

/** Keys of every member of a union (Omit on a union would keep only the shared keys). */
export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A status whose result fields are present: what `wait()` and `run()` resolve with. */
export type Completed<Status, Fields extends keyof Status> = Status & { status: 'completed' } & {
  [F in Fields]-?: NonNullable<Status[F]>;
};

export class APIResource {
  /** The group the resource belongs to, and how to load its schemas (set by generated code). */
  protected static readonly group: string = '';
  protected static readonly schemas: SchemaLoader | undefined = undefined;

  constructor(protected readonly _client: APIClient) {}

  private get _group(): string {
    return (this.constructor as typeof APIResource).group;
  }

  private get _schemas(): SchemaLoader {
    const loader = (this.constructor as typeof APIResource).schemas;
    if (loader === undefined) throw new Error(`${this._group}: no request schemas`);
    return loader;
  }

  /** Reject with ValidationError unless `params` is a body the operation accepts. */
  protected async _validate(operation: OperationSpec, params: object): Promise<void> {
    await this._check(operation, this._bodyOf(operation, params));
  }

  /**
   * `_validate` of a body already without its query fields. Once the validator and the group's
   * schemas are loaded it decides at once (throws, or returns nothing to wait for); before, it
   * returns the promise of the check.
   */
  private _check(operation: OperationSpec, given: Record<string, unknown>): Promise<void> | undefined {
    if (validator === undefined) return loadValidation().then(() => this._check(operation, given));
    const body = validator.withoutUndefined(given) as Record<string, unknown>;
    // Files are checked as present values (the schema says `format: binary`).
    for (const name of operation.files ?? []) {
      if (body[name] !== undefined && typeof body[name] !== 'string') body[name] = '';
    }
    return validator.checkBody(this._group, this._schemas, operation.id, body);
  }

  private _bodyOf(operation: OperationSpec, params: object): Record<string, unknown> {
    const query = operation.query ?? [];
    return Object.fromEntries(Object.entries(params).filter(([key]) => !query.includes(key)));
  }

  private async _send(
    operation: OperationSpec,
    params: object | undefined,
    pathParams: Record<string, string | number> | undefined,
    options: RequestOptions | undefined,
    stream: boolean,
  ): Promise<Answer> {
    const given = (params ?? {}) as Record<string, unknown>;
    let query: Record<string, unknown> | undefined;
    for (const name of operation.query ?? []) {
      if (given[name] !== undefined) (query ??= {})[name] = given[name];
    }
    let json: unknown;
    let form: FormData | undefined;
    let finite = false;
    if (operation.body !== 'none') {
      const body = this._bodyOf(operation, given);
      const validate = options?.validate ?? this._client.validateRequests;
      if (validate) {
        const pending = this._check(operation, body);
        if (pending !== undefined) await pending;
      }
      const extra = options?.extraBody;
      // `body` is this call's own copy already: merged into only when there is something to merge.
      const payload = extra === undefined ? body : { ...body, ...extra };
      if (operation.body === 'multipart') form = await toFormData(payload, operation.files ?? []);
      else json = payload;
      // Validation refuses NaN and infinities first; fields merged after it are checked on sending.
      finite = validate && extra === undefined;
    }
    return this._client.request(operation, { pathParams, query, json, form, stream, options, finite });
  }

  /** Send, and read the JSON answer (`undefined` for an answer without a body). */
  protected async _call<Result>(
    operation: OperationSpec,
    params: object | undefined,
    pathParams?: Record<string, string | number>,
    options?: RequestOptions,
  ): Promise<Result> {
    const answer = await this._send(operation, params, pathParams, options, false);
    return parseAnswer(operation, answer.response.status, answer.text ?? '') as Result;
  }

  /** Send, and iterate the SSE answer's events. */
  protected async _stream<Event>(
    operation: OperationSpec,
    params: object | undefined,
    pathParams?: Record<string, string | number>,
    options?: RequestOptions,
  ): Promise<Stream<Event>> {
    const answer = await this._send(operation, params, pathParams, options, true);
    return new Stream<Event>(answer.response);
  }
}

/** The body of a successful answer, checked for the documented shape. */
export function parseAnswer(operation: OperationSpec, status: number, text: string): unknown {
  if (operation.answer === undefined && text === '') return undefined;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new APIResponseValidationError(
      `${operation.id}: the answer is not JSON (${JSON.stringify(text.slice(0, 200))})`,
      status,
      text,
    );
  }
  const expected = operation.answer;
  if (expected === undefined) return body;
  if (expected !== null) {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new APIResponseValidationError(`${operation.id}: the answer is not a JSON object`, status, body);
    }
    const missing = expected.filter((name) => !Object.hasOwn(body, name));
    if (missing.length > 0) {
      throw new APIResponseValidationError(
        `${operation.id}: the answer lacks ${missing.join(', ')}`,
        status,
        body,
      );
    }
  }
  return body;
}

/** A create operation with its status operation: create, get, wait, run, validate, callbacks. */
export class TaskResource<Status extends TaskState, Done extends Status> extends APIResource {
  protected static readonly task: TaskSpec | undefined = undefined;

  private get _task(): TaskSpec {
    const found = (this.constructor as typeof TaskResource).task;
    if (found === undefined) throw new Error('not a task resource');
    return found;
  }

  // The public task methods, typed per resource by the generated interface of the same name.

  /** Start the task; resolves with its id. */
  create(params: object, options?: RequestOptions): Promise<unknown> {
    return this._call(this._task.create, params, undefined, options);
  }

  /** The task's current status. */
  get(id: string, options?: RequestOptions): Promise<Status> {
    return this._call<Status>(this._task.status, undefined, { id }, options);
  }

  /** Poll until the task completes; resolves with the completed status. */
  async wait(id: string, options: WaitOptions<Status> = {}): Promise<Done> {
    const request: RequestOptions = { ...options.request, signal: options.signal };
    const status = await poll(() => this.get(id, request), options);
    const missing = this._task.completed.filter((name) => {
      const value = (status as Record<string, unknown>)[name];
      return value === undefined || value === null;
    });
    if (missing.length > 0) throw new IncompleteResultError(status.id, missing, status);
    return status as Done;
  }

  /** `create`, then `wait`. */
  async run(params: object, options: RunOptions<Status> = {}): Promise<Done> {
    const { wait, ...request } = options;
    const accepted = (await this.create(params, request)) as { id: string };
    return this.wait(accepted.id, { signal: request.signal, ...wait });
  }

  /** Check a `create` body without sending it. */
  validate(params: object): Promise<void> {
    return this._validate(this._task.create, params);
  }

  /** Verify a callback delivery and parse its body into the task status. */
  parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<Status> {
    return this._parseCallback(rawBody, headers, options);
  }

  protected async _parseCallback(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<Status> {
    await verify(rawBody, headers, options);
    return parseAnswer(this._task.status, 200, callbackText(rawBody)) as Status;
  }
}

/**
 * A verified callback's body as text holding a JSON object; anything else is refused like a bad
 * signature, so a receiver has one error to answer 400 on.
 */
function callbackText(rawBody: RawBody): string {
  let text = '';
  let data: unknown;
  try {
    text = typeof rawBody === 'string' ? rawBody : new TextDecoder('utf-8', { fatal: true }).decode(rawBody);
    data = JSON.parse(text);
  } catch {
    // data stays undefined
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new WebhookVerificationError('the callback body is not a JSON object');
  }
  return text;
}
