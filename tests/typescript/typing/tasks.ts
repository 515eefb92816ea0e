// wait()/run() resolve with the completed type (result fields required); callbacks parse into
// the status type; the reference's own snippet type-checks as written.
import RunApi, { TaskFailedError, type NanoBanana } from '@runapi.ai/sdk';

const client = new RunApi({ apiKey: 'k' });

export async function completed(): Promise<string> {
  const done = await client.nanoBanana.textToImage.run({ model: 'nano-banana', prompt: 'A cat' });
  const status: 'completed' = done.status;
  const url: string = done.images[0]!.url;
  const waited = await client.nanoBanana.textToImage.wait('id', { pollInterval: 1000, onProgress: (s, ms) => void [s.status, ms] });
  return status + url + waited.images.length;
}

export async function status(): Promise<void> {
  const current = await client.nanoBanana.textToImage.get('id');
  // Results are optional until the task has completed.
  // @ts-expect-error
  current.images.length;
  if (current.status === 'failed') console.log(current.error);
  // @ts-expect-error
  if (current.status === 'done') console.log('never');
}

export async function callback(raw: string, headers: Headers): Promise<NanoBanana.NanoBananaTextToImageStatus> {
  const parsed = await client.nanoBanana.textToImage.parseCallback(raw, headers, { secret: 'c2VjcmV0' });
  // @ts-expect-error
  await client.nanoBanana.textToImage.parseCallback(raw, headers, { tolerance: 10 });
  return parsed;
}

export async function reference(): Promise<void> {
  const client = new RunApi({ apiKey: 'YOUR_API_KEY' });
  await client.nanoBanana.textToImages.create({
    model: 'nano-banana',
    prompt: 'A mountain landscape',
  });
}

export async function errors(): Promise<void> {
  try {
    await client.nanoBanana.textToImage.run({ model: 'nano-banana', prompt: 'A cat' }, { wait: { timeout: 60_000 } });
  } catch (error) {
    if (error instanceof TaskFailedError) console.log(error.serverMessage, error.taskId);
  }
  // Options are typed: a timeout is a number of milliseconds.
  // @ts-expect-error
  await client.nanoBanana.textToImage.get('id', { timeout: '10s' });
  // A task id is required.
  // @ts-expect-error
  await client.nanoBanana.textToImage.get();
  // No such resource.
  // @ts-expect-error
  await client.nanoBanana.textToVideo.create({ model: 'nano-banana', prompt: 'A cat' });
}
