// Synchronous calls, path parameters, management keys, uploads and LLM streams.
import RunApi, { toFile, type Stream } from '@runapi.ai/sdk';
import { fileFromPath } from '@runapi.ai/sdk/node';

const client = new RunApi({ apiKey: 'k', managementKey: 'm' });

export async function management(): Promise<void> {
  const created = await client.keys.create({ name: 'ci', credit_limit_cents: 500, credit_limit_reset_interval: 'monthly' });
  await client.keys.update(String(created.id), { enabled: false });
  // @ts-expect-error
  await client.keys.create({ credit_limit_reset_interval: 'yearly' });
  // @ts-expect-error
  await client.keys.update({ enabled: false });
  const removed: void = await client.keys.delete('key_1');
  void removed;
}

export async function uploads(): Promise<void> {
  await client.files.fromStream({ file: new Blob(['x']), file_name: 'a.png' });
  await client.files.fromStream({ file: await toFile(new Uint8Array([1]), 'a.png'), file_name: 'a.png' });
  await client.files.fromStream({ file: await fileFromPath('a.png'), file_name: 'a.png' });
  // @ts-expect-error
  await client.files.fromStream({ file: 'a.png', file_name: 'a.png' });
  const uploaded = await client.files.fromUrl({ file_url: 'https://example.com/a.png' });
  const link: string = uploaded.download_url;
  void link;
}

export async function llm(): Promise<void> {
  const body = { model: 'claude-sonnet-4-6' as const, max_tokens: 64, messages: [{ role: 'user' as const, content: 'Hi' }] };
  const message = await client.anthropic.messages.create(body);
  console.log(message.content);
  const stream: Stream<unknown> = await client.anthropic.messages.create({ ...body, stream: true });
  for await (const event of await client.anthropic.messages.stream(body)) {
    if (event.type === 'content_block_delta') process.stdout.write(event.delta.text ?? '');
    // @ts-expect-error
    if (event.type === 'no_such_event') console.log(event);
  }
  void stream;
  // @ts-expect-error
  await client.anthropic.messages.create({ model: 'claude-sonnet-4-6', messages: [] });
  const tokens = await client.anthropic.messages.countTokens(body);
  const count: number = tokens.input_tokens;
  void count;
}
