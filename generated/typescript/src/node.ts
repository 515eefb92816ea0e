/**
 * The Node entry, `@runapi.ai/sdk/node`: what needs Node's own modules, kept out of the core so
 * browsers, Deno and edge runtimes never load them.
 *
 * ```ts
 * import { fileFromPath } from '@runapi.ai/sdk/node';
 * await client.files.fromStream({ file: await fileFromPath('photo.png'), file_name: 'photo.png' });
 * ```
 */

import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { webcrypto } from 'node:crypto';

import { toFile, type NamedFile } from './core/uploads.js';

// Node 18 has WebCrypto only behind a flag as a global; webhook verification needs it.
if ((globalThis as { crypto?: unknown }).crypto === undefined) {
  Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });
}

/** A file on disk, ready to upload; its name is the path's last segment. */
export async function fileFromPath(path: string, options: { name?: string; type?: string } = {}): Promise<NamedFile> {
  const bytes = await readFile(path);
  return toFile(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), options.name ?? basename(path), {
    type: options.type,
  });
}

export { toFile };
export type { NamedFile };
