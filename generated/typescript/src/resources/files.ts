// files: resources of the client's `files` property.
// Generated from spec/openapi.yaml; do not edit.
import type { RequestOptions } from '../core/client.js';
import {
  APIResource,
  TaskResource,
  type DistributiveOmit,
  type OperationSpec,
  type RunOptions,
  type WaitOptions,
} from '../core/resource.js';
import type { Stream } from '../core/streaming.js';
import type { RawBody, VerifyOptions, WebhookHeaders } from '../core/webhooks.js';
import { SCHEMAS } from '../schemas/index.js';
import type * as T from '../types/files.js';

const OP_FROM_BASE64: OperationSpec = { id: "files.from_base64", method: "POST", path: "/api/v1/files/from_base64", auth: "api_key", body: "json", answer: ["download_url"] };
const OP_FROM_STREAM: OperationSpec = { id: "files.from_stream", method: "POST", path: "/api/v1/files/from_stream", auth: "api_key", body: "multipart", answer: ["download_url"], files: ["file"] };
const OP_FROM_URL: OperationSpec = { id: "files.from_url", method: "POST", path: "/api/v1/files/from_url", auth: "api_key", body: "json", answer: ["download_url"] };

/** Temporary file uploads (expire after 24 hours) whose download_url can be passed to generation endpoints. */
export class Files extends APIResource {
  protected static override readonly group = "files";
  protected static override readonly schemas = SCHEMAS["files"];

  /**
   * Upload a file from Base64 data
   *
   * Decodes `base64_data` (plain Base64, or a data URL such as
   * `data:image/png;base64,...`) into temporary storage and answers `201` with a
   * `download_url` (expires after 24 hours). Files may be at most 10 MB (413 otherwise);
   * unsupported file types answer 415.
   *
   * `POST /api/v1/files/from_base64`
   */
  fromBase64(params: T.FromBase64Params, options?: RequestOptions): Promise<T.FilesUploadedFile> {
    return this._call<T.FilesUploadedFile>(OP_FROM_BASE64, params, undefined, options);
  }

  /**
   * Upload a file as multipart/form-data
   *
   * Uploads the `file` part of a `multipart/form-data` body (optionally renamed with
   * `file_name`) and answers `201` with a temporary `download_url` (expires after 24 hours).
   * Files may be at most 10 MB (413 otherwise); unsupported file types answer 415.
   *
   * `POST /api/v1/files/from_stream`
   */
  fromStream(params: T.FromStreamParams, options?: RequestOptions): Promise<T.FilesUploadedFile> {
    return this._call<T.FilesUploadedFile>(OP_FROM_STREAM, params, undefined, options);
  }

  /**
   * Upload a file from a URL
   *
   * Downloads the file at `file_url` (HTTPS) into temporary storage and answers `201` with a
   * `download_url` that generation endpoints accept as an input URL (for example Suno's
   * `upload_url`). Uploaded files and their links expire after 24 hours. Files may be at most
   * 10 MB (413 otherwise); a download that takes too long answers 408; unsupported file types
   * answer 415.
   *
   * `POST /api/v1/files/from_url`
   */
  fromUrl(params: T.FromUrlParams, options?: RequestOptions): Promise<T.FilesUploadedFile> {
    return this._call<T.FilesUploadedFile>(OP_FROM_URL, params, undefined, options);
  }

  /** Check a `fromBase64` body against every rule of files.from_base64 without sending anything; rejects with `ValidationError` naming each broken rule. */
  validateFromBase64(params: T.FromBase64Params): Promise<void> {
    return this._validate(OP_FROM_BASE64, params);
  }

  /** Check a `fromStream` body against every rule of files.from_stream without sending anything; rejects with `ValidationError` naming each broken rule. */
  validateFromStream(params: T.FromStreamParams): Promise<void> {
    return this._validate(OP_FROM_STREAM, params);
  }

  /** Check a `fromUrl` body against every rule of files.from_url without sending anything; rejects with `ValidationError` naming each broken rule. */
  validateFromUrl(params: T.FromUrlParams): Promise<void> {
    return this._validate(OP_FROM_URL, params);
  }
}
