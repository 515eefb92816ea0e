/**
 * Verify the signature of RunAPI's task callbacks (the POSTs sent to your `callback_url`), with
 * WebCrypto, so it runs wherever the SDK runs.
 *
 * Each delivery carries `X-Callback-Id`, `X-Callback-Timestamp` and `X-Callback-Signature`: one
 * or more comma-separated values of
 * `base64(HMAC-SHA256(base64decode(secret), "{id}.{timestamp}.{raw body}"))`. Several values
 * appear while a secret is being rotated; the delivery is authentic if any of them matches.
 * Verify the raw body exactly as received, before parsing it: re-serialised JSON differs.
 */

import { WebhookVerificationError } from './errors.js';

export const ID_HEADER = 'X-Callback-Id';
export const TIMESTAMP_HEADER = 'X-Callback-Timestamp';
export const SIGNATURE_HEADER = 'X-Callback-Signature';
/** Five minutes bounds replays of a captured delivery while allowing ordinary clock skew. */
export const DEFAULT_TOLERANCE = 300;

/** A Fetch `Headers`, or a plain object such as Node's `req.headers`. */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;
export type RawBody = string | Uint8Array | ArrayBuffer;

export interface VerifyOptions {
  /** The callback secret (base64), from the dashboard's API Keys page. */
  secret: string;
  /** Seconds a delivery may be old (or early), default 300. */
  tolerance?: number | undefined;
  /** Unix seconds to judge the timestamp by (default: now). */
  now?: number | undefined;
}

function subtle(): SubtleCrypto {
  const found = (globalThis as { crypto?: Crypto }).crypto?.subtle;
  if (found === undefined) {
    throw new WebhookVerificationError(
      "WebCrypto is not available: on Node 18 import '@runapi.ai/sdk/node' once, or run with --experimental-global-webcrypto",
    );
  }
  return found;
}

function header(headers: WebhookHeaders, name: string): string {
  let value: string | string[] | null | undefined;
  if (typeof (headers as Headers).get === 'function') {
    value = (headers as Headers).get(name);
  } else {
    const wanted = name.toLowerCase();
    const entry = Object.entries(headers).find(([key]) => key.toLowerCase() === wanted);
    value = entry?.[1];
  }
  const text = Array.isArray(value) ? value.join(',') : value;
  if (text === null || text === undefined || text.trim() === '') {
    throw new WebhookVerificationError(`missing ${name} header`);
  }
  return text;
}

function decodeSecret(secret: string): Uint8Array<ArrayBuffer> {
  // As strict as Python's base64.b64decode(validate=True): the alphabet, with padding.
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(secret) || secret.length % 4 !== 0) {
    // The message never quotes the secret.
    throw new WebhookVerificationError('the webhook secret is not valid base64');
  }
  const binary = atob(secret);
  if (binary.length === 0) throw new WebhookVerificationError('the webhook secret is empty');
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

function bytesOf(body: RawBody): Uint8Array {
  if (typeof body === 'string') return new TextEncoder().encode(body);
  return body instanceof Uint8Array ? body : new Uint8Array(body);
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Equal strings, in time that depends on their length only. */
function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i += 1) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

/** The signature RunAPI sends for this body (for tests and local tools). */
export async function sign(rawBody: RawBody, callbackId: string, timestamp: string | number, secret: string): Promise<string> {
  const crypto = subtle();
  const key = await crypto.importKey('raw', decodeSecret(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const prefix = new TextEncoder().encode(`${callbackId}.${timestamp}.`);
  const body = bytesOf(rawBody);
  const signed = new Uint8Array(prefix.length + body.length);
  signed.set(prefix);
  signed.set(body, prefix.length);
  return toBase64(new Uint8Array(await crypto.sign('HMAC', key, signed)));
}

/**
 * Reject (WebhookVerificationError) unless the delivery is authentic and recent; resolve when it
 * is. Header names are matched case-insensitively.
 */
export async function verify(rawBody: RawBody, headers: WebhookHeaders, options: VerifyOptions): Promise<void> {
  const callbackId = header(headers, ID_HEADER);
  const timestamp = header(headers, TIMESTAMP_HEADER).trim();
  const signatures = header(headers, SIGNATURE_HEADER)
    .split(',')
    .map((part) => part.trim());
  if (!/^[0-9]+$/.test(timestamp)) {
    throw new WebhookVerificationError(`${TIMESTAMP_HEADER} is not an integer Unix time`);
  }
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  const age = (options.now ?? Date.now() / 1000) - Number(timestamp);
  if (age > tolerance) throw new WebhookVerificationError('the callback timestamp is too old (possible replay)');
  if (age < -tolerance) throw new WebhookVerificationError('the callback timestamp is too far in the future');
  const expected = await sign(rawBody, callbackId, timestamp, options.secret);
  // Compare against every candidate (no early exit), so timing reveals nothing about which.
  const matches = signatures.map((candidate) => constantTimeEqual(expected, candidate));
  if (!matches.some(Boolean)) throw new WebhookVerificationError('no signature in the callback matches');
}
