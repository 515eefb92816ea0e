// Every recorded callback verifies and parses through its task resource's `parseCallback`; a
// tampered body, a wrong secret, a stale or moved timestamp, a renamed id and a missing
// signature are refused. Deliveries are signed with the public test secret over the exact
// bytes of tests/tools/sign_fixtures.py; their timestamps are fixed (and old), so accepted cases
// pass a tolerance wide enough for any clock, and the stale case uses the default.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { CALLBACKS } from './_fixtures.mjs';
import { TEST_SECRET, callbackBody, camel, dist } from './_support.mjs';

const { RunApi, WebhookVerificationError, webhooks } = await dist('index.js');

const WIDE = 10 ** 10;
const WRONG_SECRET = btoa('some-other-callback-secret');
const client = new RunApi({ apiKey: 'unused' });

function resourceOf(callback) {
  return callback.operationId.replace(/\.create$/, '').split('.').map(camel).reduce((at, name) => at[name], client);
}

async function refused(callback, raw, headers, options) {
  await assert.rejects(resourceOf(callback).parseCallback(raw, headers, options), WebhookVerificationError);
}

test('every task create records its callbacks', () => {
  assert.ok(CALLBACKS.length >= 150, `${CALLBACKS.length} callbacks`);
});

for (const callback of CALLBACKS) {
  const raw = callbackBody(callback.body);
  const headers = Object.fromEntries(Object.entries(callback.headers).map(([k, v]) => [k, String(v)]));

  test(`parseCallback ${callback.id}`, async () => {
    const resource = resourceOf(callback);
    const status = await resource.parseCallback(raw, headers, { secret: TEST_SECRET, tolerance: WIDE });
    assert.deepEqual(status, callback.body);
    assert.equal(status.status, callback.body.status);
    // Bytes, and a Fetch Headers object, work as well.
    const bytes = new TextEncoder().encode(raw);
    const again = await resource.parseCallback(bytes, new Headers(headers), { secret: TEST_SECRET, tolerance: WIDE });
    assert.deepEqual(again, callback.body);
  });

  test(`refused when tampered, wrongly signed, stale or forged: ${callback.id}`, async () => {
    const options = { secret: TEST_SECRET, tolerance: WIDE };
    const body = JSON.parse(raw);
    body.status = body.status !== 'completed' ? 'completed' : 'failed';
    await refused(callback, callbackBody(body), headers, options);
    await refused(callback, `${raw} `, headers, options); // one byte more
    await refused(callback, raw, headers, { secret: WRONG_SECRET, tolerance: WIDE });
    await refused(callback, raw, headers, { secret: TEST_SECRET }); // stale: default tolerance
    const moved = { ...headers, 'X-Callback-Timestamp': String(Number(headers['X-Callback-Timestamp']) + 1) };
    await refused(callback, raw, moved, options);
    await refused(callback, raw, { ...headers, 'X-Callback-Id': `${headers['X-Callback-Id']}x` }, options);
    const unsigned = Object.fromEntries(Object.entries(headers).filter(([k]) => k !== 'X-Callback-Signature'));
    await refused(callback, raw, unsigned, options);
  });
}

test('several signatures: any one that matches is enough (secret rotation)', async () => {
  const [callback] = CALLBACKS;
  const raw = callbackBody(callback.body);
  const right = callback.headers['X-Callback-Signature'];
  const rotated = { ...callback.headers, 'X-Callback-Signature': `c29tZXRoaW5nIGVsc2U=, ${right}` };
  await webhooks.verify(raw, rotated, { secret: TEST_SECRET, tolerance: WIDE });
  const wrong = { ...callback.headers, 'X-Callback-Signature': 'c29tZXRoaW5nIGVsc2U=,bm9wZQ==' };
  await assert.rejects(webhooks.verify(raw, wrong, { secret: TEST_SECRET, tolerance: WIDE }), WebhookVerificationError);
});

test('a fresh delivery passes the default tolerance; one from the future does not', async () => {
  const now = Math.floor(Date.now() / 1000);
  const body = '{"id":"t","status":"completed"}';
  const signature = await webhooks.sign(body, 'cb_1', now, TEST_SECRET);
  const headers = { 'x-callback-id': 'cb_1', 'x-callback-timestamp': String(now), 'x-callback-signature': signature };
  await webhooks.verify(body, headers, { secret: TEST_SECRET });
  const later = now + 3600;
  const future = { ...headers, 'x-callback-timestamp': String(later), 'x-callback-signature': await webhooks.sign(body, 'cb_1', later, TEST_SECRET) };
  await assert.rejects(webhooks.verify(body, future, { secret: TEST_SECRET }), /future/);
});

test('a malformed secret or timestamp is refused without quoting the secret', async () => {
  const headers = { 'x-callback-id': 'a', 'x-callback-timestamp': '1', 'x-callback-signature': 'x' };
  await assert.rejects(webhooks.verify('{}', headers, { secret: 'not base64!', tolerance: WIDE }), (error) => {
    assert.ok(error instanceof WebhookVerificationError);
    assert.ok(!error.message.includes('not base64!'));
    return true;
  });
  await assert.rejects(
    webhooks.verify('{}', { ...headers, 'x-callback-timestamp': '12a' }, { secret: TEST_SECRET }),
    /integer Unix time/,
  );
});

test('a genuine delivery whose body is not a JSON object is refused with the documented error', async () => {
  const resource = resourceOf(CALLBACKS[0]);
  const bodies = ['[1, 2]', '"completed"', 'null', 'not json', new Uint8Array([0xff, 0xfe, 0x7b, 0x7d])];
  for (const raw of bodies) {
    const headers = {
      'X-Callback-Id': 'delivery-1',
      'X-Callback-Timestamp': '1767225600',
      'X-Callback-Signature': await webhooks.sign(raw, 'delivery-1', '1767225600', TEST_SECRET),
    };
    await assert.rejects(
      resource.parseCallback(raw, headers, { secret: TEST_SECRET, tolerance: WIDE }),
      (error) => error instanceof WebhookVerificationError && /callback body is not/.test(error.message),
    );
  }
});
