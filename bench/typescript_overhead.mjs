// Per-call overhead of the TypeScript SDK against raw fetch, on a local server, for the same
// requests (a task create and a status get). Prints one JSON line: microseconds per call each.
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';

const dist = process.argv[2];
const CALLS = Number(process.argv[3] ?? 400);
const ROUNDS = Number(process.argv[4] ?? 7);
const { default: RunApi } = await import(pathToFileURL(`${dist}/index.js`).href);

const TASK = '550e8400-e29b-41d4-a716-446655440000';
const BODY = {
  model: 'seedance-1.5-pro',
  prompt: 'A cinematic drone shot of a mountain lake at sunrise',
  aspect_ratio: '16:9',
  duration_seconds: 8,
  output_resolution: '720p',
};
const ACCEPTED = JSON.stringify({ id: TASK, status: 'processing' });
const STATUS = JSON.stringify({ id: TASK, status: 'completed', videos: [{ url: 'https://tempfile.runapi.ai/v.mp4' }] });

const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    const text = req.method === 'POST' ? ACCEPTED : STATUS;
    res.writeHead(req.method === 'POST' ? 202 : 200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  });
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;
const headers = { authorization: 'Bearer k', 'content-type': 'application/json', accept: 'application/json' };
const sdk = new RunApi({ apiKey: 'k', baseURL: base, maxRetries: 0 });

async function raw() {
  for (let i = 0; i < CALLS; i += 1) {
    await (await fetch(`${base}/api/v1/seedance/text_to_video`, { method: 'POST', headers, body: JSON.stringify(BODY) })).json();
    await (await fetch(`${base}/api/v1/seedance/text_to_video/${TASK}`, { headers })).json();
  }
}

async function viaSdk() {
  for (let i = 0; i < CALLS; i += 1) {
    await sdk.seedance.textToVideo.create(BODY);
    await sdk.seedance.textToVideo.get(TASK);
  }
}

async function time(run) {
  const started = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - started) / 1e3 / (2 * CALLS);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
await raw();
await viaSdk(); // warm up: schemas, validators, connection pool
const rawTimes = [];
const sdkTimes = [];
for (let round = 0; round < ROUNDS; round += 1) {
  // Interleaved, so drift on the machine hits both alike.
  rawTimes.push(await time(raw));
  sdkTimes.push(await time(viaSdk));
}
server.close();
console.log(JSON.stringify({ raw: median(rawTimes), sdk: median(sdkTimes), calls: 2 * CALLS, rounds: ROUNDS }));
