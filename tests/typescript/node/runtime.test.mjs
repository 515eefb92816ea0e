// The runtime's behaviour: the retry policy (a POST is never resent once it may have reached the
// server), Retry-After, timeouts, AbortSignal, polling, SSE, keys, uploads, answers that cannot be
// read, validateRequest. Requests go to a local server on 127.0.0.1 or to a mock fetch.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { inspect } from 'node:util';

import { PACKAGE, dist } from './_support.mjs';

const sdk = await dist('index.js');
const { RunApi, shouldRetry, retryDelay } = sdk;
const { fileFromPath } = await dist('node.js');

const TASK = '550e8400-e29b-41d4-a716-446655440000';
const BODY = { model: 'nano-banana', prompt: 'A mountain landscape' };

/** A local server whose answers the test scripts; records every request. */
function server() {
  const state = { requests: [], answers: [] };
  const http = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      state.requests.push({ method: req.method, url: req.url, headers: req.headers, body });
      const answer = state.answers.shift() ?? { status: 200, body: { id: TASK, status: 'completed', images: [{ url: 'u' }] } };
      if (answer.destroy) return req.socket.destroy();
      setTimeout(() => {
        res.writeHead(answer.status, { 'content-type': answer.type ?? 'application/json', ...answer.headers });
        res.end(typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body));
      }, answer.delay ?? 0);
    });
  });
  return {
    state,
    start: () => new Promise((resolve) => http.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${http.address().port}`))),
    stop: () => new Promise((resolve) => { http.closeAllConnections(); http.close(resolve); }),
  };
}

describe('retry policy', () => {
  test('the table: idempotent methods retry, a POST only when it provably was not processed', () => {
    for (const method of ['GET', 'DELETE', 'PATCH']) {
      for (const outcome of [408, 429, 500, 502, 503, 504, 'connect', 'timeout', 'disconnect']) {
        assert.equal(shouldRetry(method, outcome, 0, 2), true, `${method} ${outcome}`);
      }
      for (const outcome of [400, 401, 402, 404, 422, 'fatal']) assert.equal(shouldRetry(method, outcome, 0, 2), false);
    }
    assert.equal(shouldRetry('POST', 'connect', 0, 2), true);
    assert.equal(shouldRetry('POST', 429, 0, 2), true);
    for (const outcome of [408, 500, 502, 503, 504, 'timeout', 'disconnect']) {
      assert.equal(shouldRetry('POST', outcome, 0, 2), false, `POST ${outcome} may have been processed`);
    }
    assert.equal(shouldRetry('GET', 503, 2, 2), false, 'no retry past maxRetries');
  });

  test('backoff: full jitter under a doubling ceiling; Retry-After wins, capped at 60 s', () => {
    assert.equal(retryDelay(0, null, 0, () => 1), 500);
    assert.equal(retryDelay(3, null, 0, () => 1), 4000);
    assert.equal(retryDelay(10, null, 0, () => 1), 8000);
    assert.equal(retryDelay(0, null, 0, () => 0.25), 125);
    assert.equal(retryDelay(0, '2', 0), 2000);
    assert.equal(retryDelay(0, '1000', 0), 60_000);
    const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');
    assert.equal(retryDelay(0, 'Wed, 21 Oct 2015 07:28:05 GMT', now), 5000);
    assert.equal(retryDelay(0, 'garbage', 0, () => 1), 500);
  });

  describe('against a local server', () => {
    const local = server();
    let baseURL;
    before(async () => (baseURL = await local.start()));
    after(() => local.stop());
    const client = () => new RunApi({ apiKey: 'k', baseURL, maxRetries: 2 });

    test('a POST answered 500 is not sent again', async () => {
      local.state.requests = [];
      local.state.answers = [{ status: 500, body: { error: 'boom' } }, { status: 202, body: { id: TASK, status: 'processing' } }];
      await assert.rejects(client().nanoBanana.textToImage.create(BODY), sdk.InternalServerError);
      assert.equal(local.state.requests.length, 1);
    });

    test('a POST that timed out is not sent again', async () => {
      local.state.requests = [];
      // Timeout and delay leave room for a busy machine (make test runs its steps at once): the
      // request must have arrived before the client gives up, and its answer come well after.
      local.state.answers = [{ status: 202, body: { id: TASK, status: 'processing' }, delay: 1500 }];
      await assert.rejects(client().nanoBanana.textToImage.create(BODY, { timeout: 400 }), sdk.APITimeoutError);
      assert.equal(local.state.requests.length, 1);
    });

    test('a POST whose connection broke is not sent again', async () => {
      local.state.requests = [];
      local.state.answers = [{ destroy: true }];
      await assert.rejects(client().nanoBanana.textToImage.create(BODY), sdk.APIConnectionError);
      assert.equal(local.state.requests.length, 1);
    });

    test('a POST answered 429 is retried after Retry-After', async () => {
      local.state.requests = [];
      local.state.answers = [
        { status: 429, body: { error: 'slow down' }, headers: { 'retry-after': '0' } },
        { status: 202, body: { id: TASK, status: 'processing' } },
      ];
      const accepted = await client().nanoBanana.textToImage.create(BODY);
      assert.equal(accepted.id, TASK);
      assert.equal(local.state.requests.length, 2);
      assert.equal(local.state.requests[0].body, local.state.requests[1].body);
    });

    test('a GET answered 503 is retried, then succeeds', async () => {
      local.state.requests = [];
      local.state.answers = [{ status: 503, body: { error: 'later' }, headers: { 'retry-after': '0' } }];
      const status = await client().nanoBanana.textToImage.get(TASK);
      assert.equal(status.status, 'completed');
      assert.equal(local.state.requests.length, 2);
    });

    test('a GET that timed out is retried; maxRetries bounds the attempts', async () => {
      local.state.requests = [];
      local.state.answers = [0, 1, 2].map(() => ({ status: 200, body: {}, delay: 200 }));
      await assert.rejects(
        client().nanoBanana.textToImage.get(TASK, { timeout: 30, maxRetries: 1 }),
        sdk.APITimeoutError,
      );
      assert.equal(local.state.requests.length, 2);
    });

    test('an aborted call rejects with APIUserAbortError and is not retried', async () => {
      local.state.requests = [];
      local.state.answers = [{ status: 200, body: {}, delay: 300 }];
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 30);
      await assert.rejects(client().nanoBanana.textToImage.get(TASK, { signal: controller.signal }), sdk.APIUserAbortError);
      assert.equal(local.state.requests.length, 1);
    });

    test('headers: auth, JSON, user agent; LLM paths use x-api-key; management calls the management key', async () => {
      local.state.requests = [];
      local.state.answers = [
        { status: 202, body: { id: TASK, status: 'processing' } },
        { status: 200, body: { input_tokens: 3 } },
        { status: 200, body: { data: [], total_count: 0 } },
      ];
      const c = new RunApi({ apiKey: 'api-key', managementKey: 'mgmt-key', baseURL, defaultHeaders: { 'x-trace': '1' } });
      await c.nanoBanana.textToImage.create(BODY);
      await c.anthropic.messages.countTokens({ model: 'claude-sonnet-4-6', messages: [{ role: 'user', content: 'hi' }] });
      await c.keys.list().catch(() => undefined);
      const [create, llm, keys] = local.state.requests;
      assert.equal(create.headers.authorization, 'Bearer api-key');
      assert.equal(create.headers['content-type'], 'application/json');
      assert.equal(create.headers.accept, 'application/json');
      assert.match(create.headers['user-agent'], /^runapi-typescript\//);
      assert.equal(create.headers['x-trace'], '1');
      assert.equal(llm.headers['x-api-key'], 'api-key');
      assert.equal(llm.headers.authorization, undefined);
      assert.equal(keys.headers.authorization, 'Bearer mgmt-key');
    });
  });

  test('a connection that could not be made is retried, even for a POST', async () => {
    let calls = 0;
    const fetch = async () => {
      calls += 1;
      if (calls === 1) throw new TypeError('fetch failed', { cause: Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }) });
      return new Response(JSON.stringify({ id: TASK, status: 'processing' }), { status: 202 });
    };
    const client = new RunApi({ apiKey: 'k', fetch });
    const accepted = await client.nanoBanana.textToImage.create(BODY);
    assert.equal(accepted.id, TASK);
    assert.equal(calls, 2);
  });
});

describe('keys and options', () => {
  test('keys never print', () => {
    const client = new RunApi({ apiKey: 'sk-secret-123', managementKey: 'mk-secret-456' });
    for (const text of [inspect(client), String(client), JSON.stringify(client), inspect(client, { showHidden: true, depth: 5 })]) {
      assert.ok(!text.includes('secret'), text);
    }
  });

  test('keys are trimmed; one with whitespace or a control character inside is refused, unquoted', () => {
    assert.doesNotThrow(() => new RunApi({ apiKey: '  sk-abc \n' }));
    for (const bad of ['sk abc', 'sk\tabc', 'sk\u0000abc', 'sk\nabc']) {
      assert.throws(() => new RunApi({ apiKey: bad }), (error) => {
        assert.ok(error instanceof sdk.InvalidCredentialsError);
        assert.ok(!error.message.includes('sk'), error.message);
        return true;
      });
    }
  });

  test('only finite, positive timeouts', () => {
    for (const timeout of [Infinity, NaN, 0, -1]) assert.throws(() => new RunApi({ apiKey: 'k', timeout }), RangeError);
    const client = new RunApi({ apiKey: 'k', fetch: async () => new Response('{}') });
    return assert.rejects(client.account.getBalance({ timeout: Infinity }), RangeError);
  });

  test('RUNAPI_API_KEY and RUNAPI_BASE_URL are read from process.env', async () => {
    process.env.RUNAPI_API_KEY = 'env-key';
    process.env.RUNAPI_BASE_URL = 'https://env.example/';
    try {
      const sent = [];
      const client = new RunApi({ fetch: async (url, init) => (sent.push([url, init]), new Response('{"balance_cents": 100}')) });
      assert.equal(client.baseURL, 'https://env.example');
      await client.account.getBalance();
      assert.equal(sent[0][0], 'https://env.example/api/v1/me/balance');
      assert.equal(new Headers(sent[0][1].headers).get('authorization'), 'Bearer env-key');
    } finally {
      delete process.env.RUNAPI_API_KEY;
      delete process.env.RUNAPI_BASE_URL;
    }
  });

  test('a missing key fails before anything is sent', async () => {
    let sent = 0;
    const client = new RunApi({ apiKey: null, managementKey: null, fetch: async () => (sent++, new Response('{}')) });
    await assert.rejects(client.nanoBanana.textToImage.create(BODY), sdk.MissingCredentialsError);
    await assert.rejects(client.keys.list(), /RUNAPI_MANAGEMENT_KEY/);
    assert.equal(sent, 0);
  });

  test('withOptions copies, with changes', () => {
    const client = new RunApi({ apiKey: 'k', maxRetries: 5 });
    const copy = client.withOptions({ timeout: 1000 });
    assert.equal(copy.maxRetries, 5);
    assert.equal(copy.timeout, 1000);
    assert.ok(copy.hasKey('apiKey'));
  });
});

describe('answers', () => {
  const answering = (body, status = 200, type = 'application/json') =>
    new RunApi({ apiKey: 'k', fetch: async () => new Response(body, { status, headers: { 'content-type': type } }) });

  test('a 2xx answer that is not JSON, or lacks documented fields, is an APIResponseValidationError', async () => {
    await assert.rejects(answering('<html>oops</html>').nanoBanana.textToImage.get(TASK), sdk.APIResponseValidationError);
    await assert.rejects(answering('[1, 2]').nanoBanana.textToImage.get(TASK), /not a JSON object/);
    await assert.rejects(answering('{"id": "x"}').nanoBanana.textToImage.get(TASK), /lacks status/);
  });

  test('error answers map to one class per status, with the server message and request id', async () => {
    const client = new RunApi({
      apiKey: 'k',
      fetch: async () => new Response('{"error": "Insufficient credits"}', { status: 402, headers: { 'x-request-id': 'req_1' } }),
    });
    await assert.rejects(client.nanoBanana.textToImage.create(BODY), (error) => {
      assert.ok(error instanceof sdk.InsufficientCreditsError);
      assert.equal(error.serverMessage, 'Insufficient credits');
      assert.equal(error.requestId, 'req_1');
      assert.equal(error.message, 'HTTP 402: Insufficient credits (request id req_1)');
      return true;
    });
  });
});

describe('waiting for a task', () => {
  const statuses = (list, seen) =>
    new RunApi({
      apiKey: 'k',
      fetch: async (url, init) => {
        seen?.push(new Headers(init.headers));
        return new Response(JSON.stringify(list.length > 1 ? list.shift() : list[0]));
      },
    });

  test('polls until completed, reporting progress; status requests take the wait request options', async () => {
    const progress = [];
    const seen = [];
    const client = statuses(
      [{ id: TASK, status: 'processing' }, { id: TASK, status: 'processing' }, { id: TASK, status: 'completed', images: [{ url: 'u' }] }],
      seen,
    );
    const done = await client.nanoBanana.textToImage.wait(TASK, {
      pollInterval: 5,
      maxPollInterval: 10,
      onProgress: (status, elapsed) => progress.push([status.status, typeof elapsed]),
      request: { headers: { 'x-poll': 'yes' } },
    });
    assert.equal(done.images[0].url, 'u');
    assert.deepEqual(progress, [['processing', 'number'], ['processing', 'number'], ['completed', 'number']]);
    assert.ok(seen.every((h) => h.get('x-poll') === 'yes'));
  });

  test('a failed task rejects with TaskFailedError carrying the server message', async () => {
    const client = statuses([{ id: TASK, status: 'failed', error: 'content policy' }]);
    await assert.rejects(client.nanoBanana.textToImage.wait(TASK, { pollInterval: 5 }), (error) => {
      assert.ok(error instanceof sdk.TaskFailedError);
      assert.equal(error.serverMessage, 'content policy');
      assert.equal(error.taskId, TASK);
      return true;
    });
  });

  test('the deadline rejects with TaskTimeoutError; an abort with APIUserAbortError', async () => {
    const client = statuses([{ id: TASK, status: 'processing' }]);
    await assert.rejects(client.nanoBanana.textToImage.wait(TASK, { pollInterval: 10, timeout: 40 }), sdk.TaskTimeoutError);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    await assert.rejects(
      client.nanoBanana.textToImage.wait(TASK, { pollInterval: 1000, signal: controller.signal }),
      sdk.APIUserAbortError,
    );
  });

  test('a completed status without its result fields is an IncompleteResultError', async () => {
    const client = statuses([{ id: TASK, status: 'completed' }]);
    await assert.rejects(client.nanoBanana.textToImage.wait(TASK), (error) => {
      assert.ok(error instanceof sdk.IncompleteResultError);
      assert.deepEqual(error.missing, ['images']);
      return true;
    });
  });

  test('polling settings must be finite', async () => {
    const client = statuses([{ id: TASK, status: 'processing' }]);
    await assert.rejects(client.nanoBanana.textToImage.wait(TASK, { timeout: Infinity }), RangeError);
  });

  test('run = create + wait', async () => {
    const answers = [{ id: TASK, status: 'processing' }, { id: TASK, status: 'completed', images: [{ url: 'u' }] }];
    const client = statuses(answers);
    const done = await client.nanoBanana.textToImage.run(BODY, { wait: { pollInterval: 5 } });
    assert.equal(done.status, 'completed');
  });
});

describe('streams', () => {
  const streaming = (chunks, seen) =>
    new RunApi({
      apiKey: 'k',
      fetch: async (url, init) => {
        seen?.push([url, init]);
        const encoder = new TextEncoder();
        const body = new ReadableStream({
          start(controller) {
            for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
            controller.close();
          },
        });
        return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
      },
    });
  const messages = { model: 'claude-sonnet-4-6', max_tokens: 64, messages: [{ role: 'user', content: 'hi' }] };

  test('events split across chunks and line endings arrive whole, in order; [DONE] ends the stream', async () => {
    const seen = [];
    const client = streaming(
      [': keep-alive\r\n', 'event: message_start\r\ndata: {"type":"mess', 'age_start"}\r\n\r\n', 'data: {"type":"ping"}\n\n', 'data: [DONE]\n\n', 'data: {"type":"after"}\n\n'],
      seen,
    );
    const stream = await client.anthropic.messages.create({ ...messages, stream: true });
    const events = [];
    for await (const event of stream) events.push(event.type);
    assert.deepEqual(events, ['message_start', 'ping']);
    assert.equal(new Headers(seen[0][1].headers).get('accept'), 'text/event-stream, application/json');
    assert.equal(JSON.parse(seen[0][1].body).stream, true);
  });

  test('stream() sets stream: true; a final event without a blank line is kept', async () => {
    const seen = [];
    const client = streaming(['data: {"type":"message_stop"}'], seen);
    const stream = await client.anthropic.messages.stream(messages);
    assert.deepEqual((await stream.toArray()).map((e) => e.type), ['message_stop']);
    assert.equal(JSON.parse(seen[0][1].body).stream, true);
  });

  test('an error event rejects the iteration with APIStreamError', async () => {
    const client = streaming(['event: error\ndata: {"type":"error","error":{"message":"overloaded"}}\n\n']);
    const stream = await client.anthropic.messages.stream(messages);
    await assert.rejects(stream.toArray(), (error) => error instanceof sdk.APIStreamError && error.message === 'overloaded');
  });
});

describe('uploads', () => {
  const capture = () => {
    const sent = [];
    const client = new RunApi({
      apiKey: 'k',
      fetch: async (url, init) => {
        sent.push(init.body);
        return new Response(JSON.stringify({ file_name: 'a', download_url: 'u', file_size: 1, mime_type: 'image/png', uploaded_at: 'now' }), { status: 201 });
      },
    });
    return { client, sent };
  };
  const part = async (form) => {
    const file = form.get('file');
    return [file.name, file.type, await file.text(), form.get('file_name')];
  };

  test('from a Blob, a File, bytes, a ReadableStream, toFile and a path (Node entry)', async () => {
    const { client, sent } = capture();
    const folder = mkdtempSync(join(tmpdir(), 'runapi-upload-'));
    writeFileSync(join(folder, 'photo.png'), 'png bytes');
    const stream = new ReadableStream({ start: (c) => (c.enqueue(new TextEncoder().encode('streamed')), c.close()) });
    const inputs = [
      new Blob(['blob bytes'], { type: 'image/png' }),
      new File(['file bytes'], 'cat.png', { type: 'image/png' }),
      new TextEncoder().encode('raw bytes'),
      stream,
      await sdk.toFile(new TextEncoder().encode('named'), 'named.webp'),
      await fileFromPath(join(folder, 'photo.png')),
    ];
    for (const file of inputs) await client.files.fromStream({ file, file_name: 'x.png' });
    const parts = await Promise.all(sent.map(part));
    assert.deepEqual(parts, [
      ['file', 'image/png', 'blob bytes', 'x.png'],
      ['cat.png', 'image/png', 'file bytes', 'x.png'],
      ['file', 'application/octet-stream', 'raw bytes', 'x.png'],
      ['file', 'application/octet-stream', 'streamed', 'x.png'],
      ['named.webp', 'image/webp', 'named', 'x.png'],
      ['photo.png', 'image/png', 'png bytes', 'x.png'],
    ]);
  });
});

describe('validation', () => {
  test('validateRequest by HTTP identity', async () => {
    await sdk.validateRequest('POST', '/api/v1/nano_banana/text_to_image', BODY);
    await assert.rejects(
      sdk.validateRequest('post', '/api/v1/seedance/text_to_video', { model: 'seedance-1.5-pro', prompt: 'A lake at dawn' }),
      (error) => error instanceof sdk.ValidationError && error.problems.includes('aspect_ratio is required when model is seedance-1.5-pro'),
    );
    await assert.rejects(sdk.validateRequest('GET', '/api/v1/me/balance', {}), TypeError);
  });

  test('an invalid body is refused before anything is sent; validate: false sends it anyway', async () => {
    let sent = 0;
    const client = new RunApi({ apiKey: 'k', fetch: async () => (sent++, new Response('{"id":"t","status":"processing"}', { status: 202 })) });
    await assert.rejects(client.nanoBanana.textToImage.create({ model: 'nano-banana' }), sdk.ValidationError);
    assert.equal(sent, 0);
    await client.nanoBanana.textToImage.create({ model: 'nano-banana' }, { validate: false });
    assert.equal(sent, 1);
  });
});

describe('names and entries', () => {
  test('a task resource answers to its plural, as the API reference spells it', () => {
    const client = new RunApi({ apiKey: 'k' });
    assert.equal(client.nanoBanana.textToImages, client.nanoBanana.textToImage);
    assert.equal(client.suno.generateLyrics, client.suno.generateLyrics);
    assert.equal(client.seedance, client.seedance, 'one resource object per group');
  });

  test('the core imports no Node-only module; only the Node entry does', () => {
    const files = [];
    const walk = (folder) => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (path.endsWith('.js')) files.push(path);
      }
    };
    walk(join(PACKAGE, 'dist'));
    const offenders = files.filter((f) => !f.endsWith('/dist/node.js') && /from ['"]node:|require\(|process\.binding/.test(readFileSync(f, 'utf8')));
    assert.deepEqual(offenders, []);
    assert.match(readFileSync(join(PACKAGE, 'dist', 'node.js'), 'utf8'), /from ['"]node:fs\/promises['"]/);
  });
});

test('NaN and infinities are refused before sending, validation on or off (JSON.stringify would send null)', async () => {
  let sent = 0;
  const fetch = async () => (sent++, new Response(JSON.stringify({ id: TASK }), { status: 202 }));
  for (const validateRequests of [true, false]) {
    const client = new RunApi({ apiKey: 'k', fetch, validateRequests, maxRetries: 0 });
    for (const bad of [NaN, Infinity, -Infinity]) {
      await assert.rejects(
        client.kling.textToVideo.create({ model: 'kling-3.0', prompt: 'p', aspect_ratio: '16:9', cfg_scale: bad }),
        (error) =>
          error instanceof sdk.ValidationError &&
          error.problems.length === 1 &&
          error.problems[0] === 'cfg_scale must be a finite number (JSON has no NaN or Infinity)',
      );
    }
    await assert.rejects(
      client.openai.chat.completions.create({ model: 'gpt-5.2', messages: [{ role: 'user', content: 'hi' }], metadata: { deep: [1, NaN] } }),
      (error) => error instanceof sdk.ValidationError && /metadata\.deep\.1 must be a finite number/.test(error.problems[0]),
    );
  }
  assert.equal(sent, 0);
});
