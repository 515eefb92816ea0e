// Shared helpers of the node tests: the built package, names, streams and errors. The bundled
// spec and the recorded fixtures are _fixtures.mjs's: parsing them costs a process a second, so
// only the tests that read them load it.
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const PACKAGE = join(PROJECT, 'generated', 'typescript');
export const BASE_URL = 'https://api.test';
// The public test secret of tests/tools/sign_fixtures.py.
export const TEST_SECRET = 'cnVuYXBpLXRlc3QtY2FsbGJhY2stc2VjcmV0LW5vdC1yZWFs';

/** A module of the built package (generated/typescript/dist). */
export function dist(path) {
  return import(pathToFileURL(join(PACKAGE, 'dist', path)).href);
}

/** The exact bytes a recorded callback was signed over (tests/tools/sign_fixtures.py). */
export function callbackBody(body) {
  return JSON.stringify(body);
}

export function camel(segment) {
  const [head, ...rest] = segment.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return head[0].toLowerCase() + head.slice(1) + rest.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
}

/** The resource object and method name of an operationId on a client. */
export function resolveCall(client, operationId) {
  const segments = operationId.split('.').map(camel);
  const method = segments.pop();
  const target = segments.reduce((at, name) => at[name], client);
  if (typeof target?.[method] !== 'function') throw new Error(`${operationId}: no method ${method}`);
  return [target, method];
}

/** The JSON payloads of a recorded SSE body, in order ([DONE] excluded). */
export function ssePayloads(raw) {
  const payloads = [];
  let data = [];
  for (const line of [...raw.split(/\r\n|\n|\r/), '']) {
    if (line === '') {
      if (data.length && data.join('\n') !== '[DONE]') payloads.push(JSON.parse(data.join('\n')));
      data = [];
    } else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
  }
  return payloads;
}

export const STATUS_ERRORS = {
  400: 'BadRequestError',
  401: 'AuthenticationError',
  402: 'InsufficientCreditsError',
  403: 'PermissionDeniedError',
  404: 'NotFoundError',
  408: 'RequestTimeoutError',
  413: 'PayloadTooLargeError',
  415: 'UnsupportedMediaTypeError',
  422: 'UnprocessableEntityError',
  429: 'RateLimitError',
  500: 'InternalServerError',
  503: 'ServiceUnavailableError',
};

export function expectedErrorClass(status) {
  return STATUS_ERRORS[status] ?? (status >= 500 ? 'InternalServerError' : 'APIStatusError');
}
