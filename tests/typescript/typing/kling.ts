// Nested discriminators (model, then multi_shots) and nested item types.
import RunApi from '@runapi.ai/sdk';

const client = new RunApi({ apiKey: 'k' });

export async function correct(): Promise<void> {
  await client.kling.textToVideo.create({ model: 'kling-3.0', prompt: 'A fox', aspect_ratio: '16:9' });
  await client.kling.textToVideo.create({
    model: 'kling-3.0',
    multi_shots: true,
    enable_sound: true,
    multi_prompt: [{ prompt: 'Shot one', duration_seconds: 5 }],
  });
}

export async function wrong(): Promise<void> {
  // Multi-shot mode requires multi_prompt.
  // @ts-expect-error
  await client.kling.textToVideo.create({ model: 'kling-3.0', multi_shots: true, enable_sound: true });
  // multi_shots requires enable_sound: true.
  // @ts-expect-error
  await client.kling.textToVideo.create({ model: 'kling-3.0', multi_shots: true, enable_sound: false, multi_prompt: [] });
  // last_frame_image_url is single-shot only.
  // @ts-expect-error
  await client.kling.textToVideo.create({
    model: 'kling-3.0',
    multi_shots: true,
    enable_sound: true,
    multi_prompt: [{ prompt: 'Shot', duration_seconds: 5 }],
    last_frame_image_url: 'https://example.com/last.png',
  });
  // A nested item of the wrong type.
  await client.kling.textToVideo.create({
    model: 'kling-3.0',
    multi_shots: true,
    enable_sound: true,
    // @ts-expect-error
    multi_prompt: [{ prompt: 'Shot', duration_seconds: 'five' }],
  });
}
