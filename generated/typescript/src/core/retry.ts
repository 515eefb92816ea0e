/**
 * The retry policy, as pure functions (the Python SDK's, templates/python/README.md):
 *
 * - at most `maxRetries` retries (default 2), with exponential backoff and full jitter (0.5 s
 *   doubling, capped at 8 s), or after the server's `Retry-After` (seconds or an HTTP date, capped
 *   at 60 s);
 * - GET, DELETE and PATCH (idempotent here) are retried on 408, 429, 500, 502, 503, 504,
 *   connection errors and timeouts;
 * - POST starts billed work: it is retried only when the request provably never reached the
 *   server (the connection could not be made) or the server said it did not process it (429).
 *   A timeout or a 5xx after sending is never retried: the user must never pay twice.
 */

/**
 * Why no answer arrived:
 * - `connect`: the connection could not be established, so the request never left the client;
 * - `timeout`: the request was (perhaps partly) sent, then no answer came in time;
 * - `disconnect`: the connection broke after the request may have been sent (also every failure
 *   a runtime does not explain, such as a browser's "Failed to fetch");
 * - `fatal`: a local error no retry can fix.
 */
export type FailureKind = 'connect' | 'timeout' | 'disconnect' | 'fatal';

export const INITIAL_RETRY_DELAY = 500;
export const MAX_RETRY_DELAY = 8_000;
export const MAX_RETRY_AFTER = 60_000;

// PATCH is idempotent for RunAPI's management resources (it sets fields, never increments).
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'DELETE', 'PATCH']);
const RETRYABLE_STATUSES = new Set([408, 429, 500, 502, 503, 504]);

/** Whether to retry after a failed attempt; `attempt` counts the retries already made. */
export function shouldRetry(method: string, outcome: number | FailureKind, attempt: number, maxRetries: number): boolean {
  if (attempt >= maxRetries || outcome === 'fatal') return false;
  if (IDEMPOTENT.has(method.toUpperCase())) {
    return typeof outcome === 'number' ? RETRYABLE_STATUSES.has(outcome) : true;
  }
  return outcome === 'connect' || outcome === 429;
}

/** Milliseconds to wait before retry number `attempt + 1`. */
export function retryDelay(
  attempt: number,
  retryAfter: string | null | undefined,
  now: number = Date.now(),
  random: () => number = Math.random,
): number {
  const server = parseRetryAfter(retryAfter, now);
  if (server !== undefined) return Math.min(server, MAX_RETRY_AFTER);
  const ceiling = Math.min(MAX_RETRY_DELAY, INITIAL_RETRY_DELAY * 2 ** Math.min(attempt, 32));
  return ceiling * random();
}

function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  let millis: number;
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) {
    millis = Number(text) * 1000;
  } else {
    const date = Date.parse(text);
    if (Number.isNaN(date)) return undefined;
    millis = date - now;
  }
  return Number.isFinite(millis) ? Math.max(millis, 0) : undefined;
}

/** Error codes of Node's fetch (undici) that mean the connection was never made. */
const CONNECT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_CONNECT',
]);

/** Classify an exception thrown by `fetch` (not an abort: the caller handles those). */
export function failureKind(error: unknown): FailureKind {
  let cause: unknown = error;
  for (let depth = 0; depth < 4 && cause && typeof cause === 'object'; depth += 1) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string' && CONNECT_CODES.has(code)) return 'connect';
    if (code === 'ERR_INVALID_URL' || code === 'ERR_INVALID_ARG_TYPE') return 'fatal';
    cause = (cause as { cause?: unknown }).cause;
  }
  return 'disconnect';
}
