/**
 * The error classes of the SDK and the mapping from HTTP error answers to them: the Python SDK's
 * hierarchy, one class per documented status. Messages carry what the server said and what the
 * caller needs to act on, never a key: no error keeps the request's headers.
 */

/** Longest slice of a non-JSON error body quoted in a message (HTML error pages can be huge). */
const MAX_QUOTED_BODY = 500;

/** Base class of every error the SDK throws on purpose. */
export class RunApiError extends Error {
  override name = 'RunApiError';
}

/** The operation needs a key the client was not given; thrown before anything is sent. */
export class MissingCredentialsError extends RunApiError {
  override name = 'MissingCredentialsError';
  constructor(
    readonly keyName: 'apiKey' | 'managementKey',
    readonly envVar: string,
    readonly operationId: string,
  ) {
    const words = keyName === 'apiKey' ? 'an API key' : 'a management key';
    super(`${operationId} needs ${words}: pass ${keyName} to the client or set the ${envVar} environment variable`);
  }
}

/** A key given to the client is unusable (whitespace or control characters inside it). */
export class InvalidCredentialsError extends RunApiError {
  override name = 'InvalidCredentialsError';
}

/** The request body breaks the operation's documented rules; nothing was sent. */
export class ValidationError extends RunApiError {
  override name = 'ValidationError';
  readonly problems: string[];
  constructor(
    readonly operationId: string,
    problems: readonly string[],
  ) {
    const count = problems.length;
    const listed = problems.map((problem) => `  - ${problem}`).join('\n');
    super(`invalid arguments for ${operationId} (${count} ${count === 1 ? 'problem' : 'problems'}):\n${listed}`);
    this.problems = [...problems];
  }
}

/** An error tied to an HTTP exchange with RunAPI. */
export class APIError extends RunApiError {
  override name = 'APIError';
}

/** No usable answer arrived: the connection failed or broke off. */
export class APIConnectionError extends APIError {
  override name = 'APIConnectionError';
  /**
   * False only when the connection could not be opened, so nothing was sent. When true the
   * server may have received the request and acted on it: before sending a create again, check
   * whether the first one started a task.
   */
  readonly mayHaveReachedServer: boolean;
  constructor(
    message = 'Connection error.',
    options?: { cause?: unknown; mayHaveReachedServer?: boolean },
  ) {
    super(message, options);
    this.mayHaveReachedServer = options?.mayHaveReachedServer ?? true;
  }
}

/** The request timed out (the client's `timeout` passed before the answer was read). */
export class APITimeoutError extends APIConnectionError {
  override name = 'APITimeoutError';
  constructor(message = 'Request timed out.', options?: { mayHaveReachedServer?: boolean }) {
    super(message, options);
  }
}

/** The caller aborted the request through its AbortSignal. */
export class APIUserAbortError extends APIError {
  override name = 'APIUserAbortError';
  constructor(message = 'Request was aborted.') {
    super(message);
  }
}

/** A 2xx answer that cannot be read: not JSON, or not the documented shape. */
export class APIResponseValidationError extends APIError {
  override name = 'APIResponseValidationError';
  constructor(
    message: string,
    readonly status: number,
    readonly body: unknown,
  ) {
    super(message);
  }
}

/** The server reported an error inside an event stream, or sent an unreadable event. */
export class APIStreamError extends APIError {
  override name = 'APIStreamError';
  constructor(
    message: string,
    readonly body: unknown = undefined,
  ) {
    super(message);
  }
}

/** RunAPI answered with an error status (4xx or 5xx). */
export class APIStatusError extends APIError {
  override name = 'APIStatusError';
  readonly requestId: string | undefined;
  constructor(
    readonly status: number,
    readonly serverMessage: string, // what the server said (its `error` text)
    readonly body: unknown,
    readonly headers: Headers,
  ) {
    const requestId = headers.get('x-request-id') ?? undefined;
    super(`HTTP ${status}: ${serverMessage}${requestId ? ` (request id ${requestId})` : ''}`);
    this.requestId = requestId;
  }
}

/** 400: invalid parameters or a malformed request. */
export class BadRequestError extends APIStatusError {
  override name = 'BadRequestError';
}
/** 401: the key is invalid or missing. */
export class AuthenticationError extends APIStatusError {
  override name = 'AuthenticationError';
}
/** 402: the account does not have enough credits. */
export class InsufficientCreditsError extends APIStatusError {
  override name = 'InsufficientCreditsError';
}
/** 403: the key may not do this, or reached its credit limit. */
export class PermissionDeniedError extends APIStatusError {
  override name = 'PermissionDeniedError';
}
/** 404: the task or resource does not exist. */
export class NotFoundError extends APIStatusError {
  override name = 'NotFoundError';
}
/** 408: the server timed out (for example fetching a source file). */
export class RequestTimeoutError extends APIStatusError {
  override name = 'RequestTimeoutError';
}
/** 413: the file exceeds the maximum allowed size. */
export class PayloadTooLargeError extends APIStatusError {
  override name = 'PayloadTooLargeError';
}
/** 415: the file type is not supported. */
export class UnsupportedMediaTypeError extends APIStatusError {
  override name = 'UnsupportedMediaTypeError';
}
/** 422: validation failed, or the result is still being generated. */
export class UnprocessableEntityError extends APIStatusError {
  override name = 'UnprocessableEntityError';
}
/** 429: too many requests; retry later. */
export class RateLimitError extends APIStatusError {
  override name = 'RateLimitError';
}
/** 500 and any other 5xx: something went wrong on RunAPI's side. */
export class InternalServerError extends APIStatusError {
  override name = 'InternalServerError';
}
/** 503: temporary service interruption. */
export class ServiceUnavailableError extends InternalServerError {
  override name = 'ServiceUnavailableError';
}

type StatusErrorClass = new (status: number, serverMessage: string, body: unknown, headers: Headers) => APIStatusError;

const STATUS_ERRORS: Record<number, StatusErrorClass> = {
  400: BadRequestError,
  401: AuthenticationError,
  402: InsufficientCreditsError,
  403: PermissionDeniedError,
  404: NotFoundError,
  408: RequestTimeoutError,
  413: PayloadTooLargeError,
  415: UnsupportedMediaTypeError,
  422: UnprocessableEntityError,
  429: RateLimitError,
  503: ServiceUnavailableError,
};

/** An asynchronous task did not produce a result. */
export class TaskError extends RunApiError {
  override name = 'TaskError';
  constructor(
    message: string,
    readonly taskId: string,
  ) {
    super(message);
  }
}

/** The task finished with status `failed`; `serverMessage` is the server's error text. */
export class TaskFailedError extends TaskError {
  override name = 'TaskFailedError';
  constructor(
    taskId: string,
    readonly serverMessage: string,
    readonly status: unknown,
  ) {
    super(`task ${taskId} failed: ${serverMessage}`, taskId);
  }
}

/** The task was still running when the polling deadline passed (it may still finish). */
export class TaskTimeoutError extends TaskError {
  override name = 'TaskTimeoutError';
  constructor(
    taskId: string,
    readonly waited: number, // milliseconds
    readonly lastStatus: unknown,
  ) {
    super(`task ${taskId} did not finish within ${(waited / 1000).toFixed(1)} s; poll it again later`, taskId);
  }
}

/** The task says `completed` but lacks result fields a completed task always has. */
export class IncompleteResultError extends TaskError {
  override name = 'IncompleteResultError';
  constructor(
    taskId: string,
    readonly missing: readonly string[],
    readonly status: unknown,
  ) {
    super(`task ${taskId} completed without ${missing.join(', ')}`, taskId);
  }
}

/** A callback delivery failed signature verification; do not trust its body. */
export class WebhookVerificationError extends RunApiError {
  override name = 'WebhookVerificationError';
}

/**
 * The human-readable message of an error body, in RunAPI's or a vendor's shape: `{"error": "..."}`,
 * `{"error": {"message": "..."}}`, `{"type": "error", "error": {...}}` or `{"message": "..."}`.
 */
export function errorMessageFromBody(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const record = body as Record<string, unknown>;
  const error = record.error;
  if (typeof error === 'string' && error) return error;
  if (typeof error === 'object' && error !== null) {
    const message = (error as Record<string, unknown>).message;
    if (typeof message === 'string' && message) return message;
  }
  const message = record.message;
  return typeof message === 'string' && message ? message : undefined;
}

/** The error for an answer with an error status; `text` is its body. */
export function makeStatusError(status: number, statusText: string, text: string, headers: Headers): APIStatusError {
  let body: unknown = text || undefined;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  let message = errorMessageFromBody(body);
  if (message === undefined) {
    message = statusText || 'error';
    if (typeof body === 'string' && body.trim()) message += ` - ${body.trim().slice(0, MAX_QUOTED_BODY)}`;
  }
  const Class = STATUS_ERRORS[status] ?? (status >= 500 ? InternalServerError : APIStatusError);
  return new Class(status, message, body, headers);
}
