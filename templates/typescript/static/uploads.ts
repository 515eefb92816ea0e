/**
 * Upload inputs for multipart operations: a Blob or File, bytes, a ReadableStream, or a
 * `toFile(...)` result. Reading a file from a path needs `fs`, so it lives in the Node entry
 * (`import { fileFromPath } from '@runapi.ai/sdk/node'`); this module uses web APIs only.
 */

const DEFAULT_NAME = 'file';
const DEFAULT_TYPE = 'application/octet-stream';

/** Content with a file name (and a media type), ready to upload. */
export interface NamedFile {
  readonly blob: Blob;
  readonly name: string;
}

/** Anything an upload field accepts. */
export type Uploadable = Blob | Uint8Array | ArrayBuffer | ReadableStream<Uint8Array> | NamedFile;

// Media types of the extensions RunAPI takes, for bytes without a type.
const TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  mp4: 'video/mp4',
  mov: 'video/quicktime',
  webm: 'video/webm',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  m4a: 'audio/mp4',
  ogg: 'audio/ogg',
  flac: 'audio/flac',
  mid: 'audio/midi',
  pdf: 'application/pdf',
  json: 'application/json',
  txt: 'text/plain',
};

/** The media type of a file name's extension (application/octet-stream when unknown). */
export function guessType(name: string): string {
  const extension = name.includes('.') ? name.split('.').pop()?.toLowerCase() : undefined;
  return (extension && TYPES[extension]) || DEFAULT_TYPE;
}

function isNamedFile(value: unknown): value is NamedFile {
  return typeof value === 'object' && value !== null && 'blob' in value && 'name' in value;
}

/**
 * Name some content: `await toFile(bytes, 'photo.png')`. The type defaults to the one the
 * extension says; a stream is read to the end (fetch must know the length of a form).
 */
export async function toFile(
  content: Blob | Uint8Array | ArrayBuffer | ReadableStream<Uint8Array>,
  name: string,
  options: { type?: string | undefined } = {},
): Promise<NamedFile> {
  const type = options.type ?? (content instanceof Blob && content.type ? content.type : guessType(name));
  if (content instanceof Blob) {
    return { blob: content.type === type ? content : new Blob([content], { type }), name };
  }
  if (content instanceof ReadableStream) {
    const bytes = await new Response(content).arrayBuffer();
    return { blob: new Blob([bytes], { type }), name };
  }
  return { blob: new Blob([content as BlobPart], { type }), name };
}

/** An upload field's value as a named Blob. */
export async function asNamedFile(value: Uploadable): Promise<NamedFile> {
  if (isNamedFile(value)) return value;
  const named = (value as { name?: unknown }).name;
  const name = typeof named === 'string' && named ? named.split(/[\\/]/).pop() || DEFAULT_NAME : DEFAULT_NAME;
  return toFile(value as Blob | Uint8Array | ArrayBuffer | ReadableStream<Uint8Array>, name);
}

/** A form value as text: strings as they are, everything else as JSON (as the Python SDK sends). */
function formText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The multipart form of a body: `binary` fields as files, the rest as text parts. */
export async function toFormData(body: Record<string, unknown>, binary: readonly string[]): Promise<FormData> {
  const form = new FormData();
  for (const [key, value] of Object.entries(body)) {
    if (value === undefined || value === null) continue;
    if (binary.includes(key)) {
      for (const item of Array.isArray(value) ? value : [value]) {
        const file = await asNamedFile(item as Uploadable);
        form.append(key, file.blob, file.name);
      }
    } else {
      form.append(key, formText(value));
    }
  }
  return form;
}
