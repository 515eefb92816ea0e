// Per-model request types: `model` narrows the required and allowed fields.
import RunApi from '@runapi.ai/sdk';
import type { Seedance } from '@runapi.ai/sdk';

const client = new RunApi({ apiKey: 'k' });

export async function correct(): Promise<void> {
  await client.seedance.textToVideo.create({
    model: 'seedance-1.5-pro',
    prompt: 'A lake at dawn',
    aspect_ratio: '16:9',
    duration_seconds: 8,
    source_image_urls: ['https://example.com/a.png'],
  });
  await client.seedance.textToVideo.create({ model: 'seedance-2.0', prompt: 'A paper boat', web_search: true });
  await client.seedance.textToVideo.create({ model: 'seedance-v1-pro', prompt: 'A paper boat', duration_seconds: 5, seed: 7 });
  const body: Seedance.TextToVideoCreateParams = { model: 'seedance-2.0-fast', prompt: 'Rain', output_resolution: '720p' };
  await client.seedance.textToVideo.validate(body);
}

export async function wrong(): Promise<void> {
  // A conditional field missing: aspect_ratio is required when model is seedance-1.5-pro.
  // @ts-expect-error
  await client.seedance.textToVideo.create({ model: 'seedance-1.5-pro', prompt: 'A lake', duration_seconds: 8 });
  // A field another model owns: seed is not accepted by seedance-1.5-pro.
  // @ts-expect-error
  await client.seedance.textToVideo.create({
    model: 'seedance-1.5-pro',
    prompt: 'A lake',
    aspect_ratio: '16:9',
    duration_seconds: 8,
    seed: 7,
  });
  // A value the model does not take: seedance-1.5-pro takes 4, 8 or 12 seconds.
  // @ts-expect-error
  await client.seedance.textToVideo.create({ model: 'seedance-1.5-pro', prompt: 'A lake', aspect_ratio: '16:9', duration_seconds: 5 });
  // A bad enum value.
  // @ts-expect-error
  await client.seedance.textToVideo.create({ model: 'seedance-2.0-fast', prompt: 'Rain', output_resolution: '1080p' });
  // A model that does not exist.
  // @ts-expect-error
  await client.seedance.textToVideo.create({ model: 'seedance-9', prompt: 'A lake' });
  // A typo in a field name.
  // @ts-expect-error
  await client.seedance.textToVideo.create({ model: 'seedance-2.0', promt: 'A lake' });
  // A non-literal object with another model's field is refused too (`?: never`).
  const loose = { model: 'seedance-1.5-pro' as const, prompt: 'A lake', aspect_ratio: '16:9', duration_seconds: 8 as const, web_search: true };
  // @ts-expect-error
  await client.seedance.textToVideo.create(loose);
}
