/**
 * Server-Sent Events as async iterators. Parsing follows the WHATWG event-stream rules: `event`,
 * `data`, `id` and `retry` fields, one optional space after the colon, `data` lines joined with
 * newlines, `:` comments ignored, an event dispatched at a blank line only when it carried data.
 */

import { APIStreamError, errorMessageFromBody } from './errors.js';

const DONE = '[DONE]';

export interface ServerSentEvent {
  event: string | undefined;
  data: string;
  id: string | undefined;
  retry: number | undefined;
}

/** Turns lines (without their terminators) into events. */
export class SSEDecoder {
  private event: string | undefined;
  private data: string[] = [];
  private lastId: string | undefined;
  private retry: number | undefined;

  /** Feed one line; returns the event a blank line completes, if any. */
  decode(line: string): ServerSentEvent | undefined {
    if (line === '') return this.dispatch();
    if (line.startsWith(':')) return undefined;
    const colon = line.indexOf(':');
    const name = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (name === 'data') this.data.push(value);
    else if (name === 'event') this.event = value;
    else if (name === 'id') {
      if (!value.includes('\0')) this.lastId = value;
    } else if (name === 'retry' && /^\d+$/.test(value)) this.retry = Number(value);
    return undefined;
  }

  /**
   * The event still pending when the body ends. Strict SSE drops an event no blank line
   * completes; the API's LLM streams end with their last `data:` line (the final chunk, with
   * usage and stop reason), so it is kept.
   */
  flush(): ServerSentEvent | undefined {
    return this.dispatch();
  }

  private dispatch(): ServerSentEvent | undefined {
    const [event, data] = [this.event, this.data];
    this.event = undefined;
    this.data = [];
    if (data.length === 0) return undefined;
    // The last event id persists across events, as the spec requires.
    return { event, data: data.join('\n'), id: this.lastId, retry: this.retry };
  }
}

/** The lines of a byte stream, split at \n, \r\n or \r. */
async function* lines(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  const reader = body.getReader();
  let buffer = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
      for (;;) {
        const index = buffer.search(/[\r\n]/);
        if (index < 0) break;
        // A \r at the very end may be the first half of a \r\n still on its way.
        if (buffer[index] === '\r' && index === buffer.length - 1 && !done) break;
        yield buffer.slice(0, index);
        const width = buffer[index] === '\r' && buffer[index + 1] === '\n' ? 2 : 1;
        buffer = buffer.slice(index + width);
      }
      if (done) break;
    }
    if (buffer !== '') yield buffer;
  } finally {
    reader.releaseLock();
  }
}

/** The raw events of an SSE body, up to and excluding `[DONE]`. */
export async function* events(body: ReadableStream<Uint8Array>): AsyncGenerator<ServerSentEvent> {
  const decoder = new SSEDecoder();
  for await (const line of lines(body)) {
    const event = decoder.decode(line);
    if (event === undefined) continue;
    if (event.data === DONE) return;
    yield event;
  }
  const last = decoder.flush();
  if (last !== undefined && last.data !== DONE) yield last;
}

function isErrorPayload(payload: unknown): boolean {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return false;
  const record = payload as Record<string, unknown>;
  if (record.type === 'error') return true;
  // OpenAI- and Gemini-style errors arrive as a bare {"error": {...}} chunk.
  return !('type' in record) && Boolean(record.error);
}

/** The JSON payload of an event; throws APIStreamError for error events. */
export function decodeEvent(event: ServerSentEvent): unknown {
  let payload: unknown;
  try {
    payload = JSON.parse(event.data);
  } catch {
    if (event.event === 'error') throw new APIStreamError(event.data || 'stream error', event.data);
    throw new APIStreamError(`stream event is not valid JSON: ${JSON.stringify(event.data.slice(0, 200))}`, event.data);
  }
  if (event.event === 'error' || isErrorPayload(payload)) {
    throw new APIStreamError(errorMessageFromBody(payload) ?? 'stream error', payload);
  }
  return payload;
}

/**
 * The events of a streaming answer, typed: `for await (const event of stream) { ... }`. Leaving
 * the loop early (break, return, an exception) closes the connection; so does `abort()`.
 */
export class Stream<Event> implements AsyncIterable<Event> {
  private used = false;

  constructor(
    readonly response: Response,
    private readonly controller?: AbortController,
  ) {}

  async *[Symbol.asyncIterator](): AsyncGenerator<Event> {
    if (this.used) throw new Error('a stream can be iterated once');
    this.used = true;
    const body = this.response.body;
    if (body === null) return;
    let finished = false;
    try {
      for await (const event of events(body)) yield decodeEvent(event) as Event;
      finished = true;
    } finally {
      if (!finished) await body.cancel().catch(() => undefined);
    }
  }

  /** Stop reading and close the connection. */
  abort(): void {
    this.controller?.abort();
    this.response.body?.cancel().catch(() => undefined);
  }

  /** Every remaining event, in order. */
  async toArray(): Promise<Event[]> {
    const found: Event[] = [];
    for await (const event of this) found.push(event);
    return found;
  }
}
