/**
 * Wait for an asynchronous task by polling its status operation. The first check happens at
 * once; the wait between checks starts at the API reference's 5 s cadence and grows
 * geometrically (capped at 30 s), so long video jobs cost few requests while quick image jobs
 * still return promptly. No wait ever runs past the overall deadline.
 */

import { APIUserAbortError, TaskFailedError, TaskTimeoutError } from './errors.js';

export const DEFAULT_WAIT_TIMEOUT = 900_000;
export const DEFAULT_POLL_INTERVAL = 5_000;
export const DEFAULT_MAX_POLL_INTERVAL = 30_000;
const BACKOFF = 1.5;

export interface TaskState {
  id: string;
  status: string;
  error?: string | null | undefined;
}

export interface PollOptions<Status> {
  /** Milliseconds to wait in all before TaskTimeoutError (default 900000, 15 minutes). */
  timeout?: number | undefined;
  /** First wait between checks, in ms (default 5000); it grows 1.5x per check. */
  pollInterval?: number | undefined;
  /** Longest wait between checks, in ms (default 30000). */
  maxPollInterval?: number | undefined;
  /** Called after every check with the status and the milliseconds waited so far. */
  onProgress?: ((status: Status, elapsed: number) => void | Promise<void>) | undefined;
  /** Stop waiting (APIUserAbortError); the task itself keeps running. */
  signal?: AbortSignal | undefined;
}

function finite(value: number, label: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${label} must be a finite number of milliseconds above 0`);
  }
  return value;
}

function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
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

/**
 * Call `fetchStatus` until the task completes (resolves with its status), fails
 * (TaskFailedError with the server's message) or `timeout` ms pass (TaskTimeoutError).
 */
export async function poll<Status extends TaskState>(
  fetchStatus: () => Promise<Status>,
  options: PollOptions<Status> = {},
  clock: () => number = Date.now,
): Promise<Status> {
  const timeout = finite(options.timeout ?? DEFAULT_WAIT_TIMEOUT, 'timeout');
  let delay = finite(options.pollInterval ?? DEFAULT_POLL_INTERVAL, 'pollInterval');
  const longest = finite(options.maxPollInterval ?? DEFAULT_MAX_POLL_INTERVAL, 'maxPollInterval');
  if (longest < delay) throw new RangeError('maxPollInterval must be >= pollInterval');
  const started = clock();
  const deadline = started + timeout;
  for (;;) {
    if (options.signal?.aborted) throw new APIUserAbortError();
    const status = await fetchStatus();
    await options.onProgress?.(status, clock() - started);
    if (status.status === 'completed') return status;
    if (status.status === 'failed') {
      const message = status.error ? String(status.error) : 'the task failed without an error message';
      throw new TaskFailedError(status.id, message, status);
    }
    const remaining = deadline - clock();
    if (remaining <= 0) throw new TaskTimeoutError(status.id, clock() - started, status);
    await wait(Math.min(delay, remaining), options.signal);
    delay = Math.min(delay * BACKOFF, longest);
  }
}
