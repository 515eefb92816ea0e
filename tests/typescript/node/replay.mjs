// Every recorded exchange of tests/fixtures, replayed through the TypeScript client against a
// mock `fetch`: the exact method, path, query, auth header and body sent, and what came back
// (the recorded answer, every streamed event, nothing for 204, or the error class of the status).
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { EXCHANGES, OPERATIONS } from './_fixtures.mjs';
import { BASE_URL, camel, dist, expectedErrorClass, resolveCall, ssePayloads } from './_support.mjs';

const { RunApi, Stream, APIStatusError, toFile } = await dist('index.js');

const AUTH = ['authorization', 'x-api-key', 'x-goog-api-key'];
const CLIENT_HEADERS = ['content-type', 'content-length', ...AUTH];
// Keys for the credential an operation must NOT use: picking the wrong one changes the header.
const WRONG_API_KEY = 'WRONG-API-KEY-NOT-FOR-THIS-OPERATION';
const WRONG_MANAGEMENT_KEY = 'WRONG-MANAGEMENT-KEY-NOT-FOR-THIS-OPERATION';

function pathArgs(template, concrete) {
  const parts = template.split(/(\{[^}]+\})/);
  const pattern = parts.map((p) => (p.startsWith('{') ? '([^/]+)' : p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');
  const match = new RegExp(`^${pattern}$`).exec(concrete);
  assert.ok(match, `${concrete} does not match ${template}`);
  return match.slice(1).map(decodeURIComponent);
}

async function buildCall(exchange) {
  const op = OPERATIONS[exchange.operationId];
  const url = new URL(exchange.request.path, BASE_URL);
  const args = pathArgs(op.path, url.pathname);
  const params = {};
  for (const [name, value] of url.searchParams) {
    assert.ok(op.query.includes(name), `unknown query parameter ${name}`);
    params[name] = value;
  }
  Object.assign(params, exchange.request.body ?? {});
  const form = exchange.request.form;
  if (form) {
    Object.assign(params, form.fields ?? {});
    for (const part of form.files ?? []) {
      params[part.name] = await toFile(new TextEncoder().encode(String(part.content ?? '')), part.filename, {
        type: part.content_type,
      });
    }
  }
  const headers = exchange.request.headers ?? {};
  const auth = Object.entries(headers).filter(([k]) => AUTH.includes(k.toLowerCase()));
  assert.equal(auth.length, 1, 'expected exactly one recorded auth header');
  const [[authName, authValue]] = auth;
  const token = String(authValue).replace(/^Bearer /, '');
  const extra = Object.fromEntries(
    Object.entries(headers)
      .filter(([k]) => !CLIENT_HEADERS.includes(k.toLowerCase()))
      .map(([k, v]) => [k, String(v)]),
  );
  const management = op.security.includes('ManagementKeyAuth');
  if (op.security.includes('ApiKeyHeader') && op.security.includes('ApiKeyAuth') && authName.toLowerCase() === 'authorization') {
    // The LLM paths take either scheme; replay the one the exchange was recorded with.
    extra.Authorization = String(authValue);
  }
  return {
    args,
    params,
    hasParams: op.hasBody || op.query.length > 0,
    apiKey: management ? WRONG_API_KEY : token,
    managementKey: management ? token : WRONG_MANAGEMENT_KEY,
    headers: extra,
    expectedAuth: [authName.toLowerCase(), String(authValue)],
  };
}

function answerFor(exchange) {
  const { status, headers = {}, body, body_raw: raw } = exchange.response;
  const init = { status, headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, String(v)])) };
  if (raw !== undefined) return new Response(String(raw), init);
  if (body !== undefined) return new Response(JSON.stringify(body), init);
  return new Response(null, init);
}

async function replay(exchange, call, validate) {
  const sent = [];
  const fetch = async (url, init) => {
    sent.push({ url: new URL(url), init });
    return answerFor(exchange);
  };
  const client = new RunApi({
    apiKey: call.apiKey,
    managementKey: call.managementKey,
    baseURL: BASE_URL,
    maxRetries: 0,
    fetch,
    validateRequests: validate,
  });
  const [resource, method] = resolveCall(client, exchange.operationId);
  const options = { headers: call.headers };
  const args = [...call.args, ...(call.hasParams ? [call.params] : []), options];
  try {
    const result = await resource[method](...args);
    const events = result instanceof Stream ? await result.toArray() : undefined;
    return { sent, result, events };
  } catch (error) {
    return { sent, error };
  }
}

async function checkSent(exchange, call, sent) {
  assert.equal(sent.length, 1, 'one request');
  const [{ url, init }] = sent;
  const recorded = new URL(exchange.request.path, BASE_URL);
  assert.equal(init.method, exchange.request.method);
  assert.equal(url.origin, BASE_URL);
  assert.equal(url.pathname, recorded.pathname);
  assert.deepEqual([...url.searchParams], [...recorded.searchParams]);
  const headers = new Headers(init.headers);
  const auth = AUTH.filter((name) => headers.has(name)).map((name) => [name, headers.get(name)]);
  assert.deepEqual(auth, [call.expectedAuth]);
  for (const [name, value] of Object.entries(call.headers)) assert.equal(headers.get(name), value, name);
  if (exchange.request.body !== undefined) {
    assert.match(headers.get('content-type') ?? '', /^application\/json/);
    assert.deepEqual(JSON.parse(init.body), exchange.request.body);
  } else if (exchange.request.form) {
    const form = exchange.request.form;
    assert.ok(init.body instanceof FormData, 'a multipart body');
    const fields = {};
    const files = [];
    for (const [name, value] of init.body.entries()) {
      if (typeof value === 'string') fields[name] = value;
      else files.push([name, value.name, value.type, await value.text()]);
    }
    assert.deepEqual(fields, Object.fromEntries(Object.entries(form.fields ?? {}).map(([k, v]) => [k, String(v)])));
    assert.deepEqual(
      files,
      (form.files ?? []).map((f) => [f.name, f.filename, f.content_type, String(f.content ?? '')]),
    );
  } else {
    assert.equal(init.body, undefined, 'no request body');
  }
}

function checkError(exchange, error) {
  assert.ok(error instanceof APIStatusError, `expected an APIStatusError, got ${error}`);
  assert.equal(error.constructor.name, expectedErrorClass(exchange.response.status));
  assert.equal(error.status, exchange.response.status);
  const body = exchange.response.body;
  assert.deepEqual(error.body, body);
  const recorded = body?.error;
  if (typeof recorded === 'string') assert.equal(error.serverMessage, recorded);
  else if (recorded?.message) assert.equal(error.serverMessage, recorded.message);
  const headers = Object.fromEntries(Object.entries(exchange.response.headers ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)]));
  assert.equal(error.requestId, headers['x-request-id']);
  // No key in what an error says.
  assert.ok(!String(error).includes('YOUR_API_TOKEN') || JSON.stringify(body ?? '').includes('YOUR_API_TOKEN'));
}

function checkSuccess(exchange, outcome) {
  assert.equal(outcome.error, undefined, String(outcome.error));
  if (exchange.response.status === 204) {
    assert.equal(outcome.result, undefined);
  } else if (exchange.response.body_raw !== undefined) {
    assert.ok(outcome.result instanceof Stream, 'a stream');
    assert.deepEqual(outcome.events, ssePayloads(String(exchange.response.body_raw)));
  } else {
    assert.deepEqual(outcome.result, exchange.response.body);
  }
}

test('every fixture exchange is replayed', () => {
  assert.ok(EXCHANGES.length >= 500, `${EXCHANGES.length} exchanges`);
});

for (const exchange of EXCHANGES) {
  test(`replay ${exchange.id}`, async () => {
    const call = await buildCall(exchange);
    const failing = exchange.response.status >= 400;
    // Error exchanges may carry bodies the spec refuses (that is why they failed): send them as
    // recorded, as the Python contract test does.
    const outcome = await replay(exchange, call, !failing);
    await checkSent(exchange, call, outcome.sent);
    if (failing) checkError(exchange, outcome.error);
    else checkSuccess(exchange, outcome);
  });
}

test('names follow the operationId', () => {
  const client = new RunApi({ apiKey: 'k' });
  for (const operationId of Object.keys(OPERATIONS)) {
    const [resource, method] = resolveCall(client, operationId);
    assert.equal(typeof resource[method], 'function', operationId);
    assert.equal(method, camel(operationId.split('.').at(-1)));
  }
});
