// Preloaded (`node --import`) by the example runs: replaces the global fetch with a local mock of
// the API, so examples written against https://runapi.ai run without a network. Every request is
// reported on stderr at exit, one `MOCK <method> <path>` line each; run_examples.mjs, which runs
// many examples in one process, takes each one's requests with takeRequests() instead.
const requests = [];

/** The requests made since the last call, in order (`<method> <path>` each). */
export function takeRequests() {
  return requests.splice(0);
}
const TASK = { id: '550e8400-e29b-41d4-a716-446655440000', status: 'processing' };
const DONE = { ...TASK, status: 'completed', images: [{ url: 'https://file.runapi.ai/a.png' }], videos: [{ url: 'https://file.runapi.ai/v.mp4' }] };
const MESSAGE = {
  id: 'msg_1', type: 'message', role: 'assistant', model: 'claude-sonnet-4-6',
  content: [{ type: 'text', text: 'Hi' }], stop_reason: 'end_turn', usage: { input_tokens: 3, output_tokens: 2 },
};
const CHAT = {
  id: 'chatcmpl_1', object: 'chat.completion', created: 1700000000, model: 'gpt-5.2',
  choices: [{ index: 0, message: { role: 'assistant', content: 'Hello!' }, finish_reason: 'stop' }],
};
const EVENTS = [
  { type: 'message_start', message: MESSAGE },
  { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'Lines of logic flow' } },
  { type: 'message_stop' },
].map((e) => `event: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`).join('');
const UPLOADED = {
  file_name: 'photo.png', download_url: 'https://file.runapi.ai/u/photo.png', file_size: 4,
  mime_type: 'image/png', uploaded_at: '2025-01-24T10:30:00Z',
};

const json = (status, body) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

globalThis.fetch = async (input, init = {}) => {
  const url = new URL(String(input));
  const method = init.method ?? 'GET';
  requests.push(`${method} ${url.pathname}`);
  if (url.hostname !== 'runapi.ai') return json(404, { error: `unexpected host ${url.hostname}` });
  const body = typeof init.body === 'string' ? JSON.parse(init.body) : {};
  const path = url.pathname;
  if (path === '/api/v1/me/balance') return json(429, { error: 'Rate limit exceeded' });
  if (path === '/api/v1/files/from_stream') return json(201, UPLOADED);
  if (path === '/api/v1/keys' && method === 'GET') return json(200, []);
  if (path === '/v1/messages') {
    if (body.stream) return new Response(EVENTS, { headers: { 'content-type': 'text/event-stream' } });
    return json(200, MESSAGE);
  }
  if (path.endsWith('/chat/completions')) return json(200, { ...CHAT, model: body.model ?? CHAT.model });
  if (path.startsWith('/api/v1/') && method === 'POST') return json(202, TASK);
  if (path.startsWith('/api/v1/') && method === 'GET') return json(200, DONE);
  return json(404, { error: 'not found' });
};

process.on('exit', () => {
  for (const line of requests) process.stderr.write(`MOCK ${line}\n`);
});
